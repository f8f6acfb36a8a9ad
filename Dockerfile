# One container: the bot with its content baked in (mount another folder and set
# BOT_CONTENT_DIR to change a phone number without rebuilding; invalid content refuses to start).
# The install steps are deploy/install.sh, which CI runs too in a fresh virtual environment.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    BOT_STATE_DB=/var/lib/wegwijs/bot-state.sqlite3 \
    BOT_CACHE_DIR=/var/lib/wegwijs/cache \
    LOG_LEVEL=WARNING

WORKDIR /app
COPY requirements.lock pyproject.toml README.md LICENSE ./
COPY deploy/install.sh deploy/install.sh
COPY bot ./bot
COPY flows ./flows
COPY locales ./locales
COPY data ./data
RUN sh deploy/install.sh /usr/local \
    && useradd --system --uid 10001 --home-dir /var/lib/wegwijs wegwijs \
    && mkdir -p /var/lib/wegwijs \
    && chown wegwijs /var/lib/wegwijs

USER 10001
# Train the model and fill the cache in the image: the first start is then as quick as
# any other, and stays within the memory budget (training needs about twice as much).
RUN python -m bot warm
VOLUME ["/var/lib/wegwijs"]
EXPOSE 8080
STOPSIGNAL SIGINT
HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 CMD ["python", "-m", "bot", "health"]
ENTRYPOINT ["python", "-m", "bot"]
CMD ["run"]

# Build a wheel (content included), then install it into a slim runtime image.
FROM python:3.11-slim AS build
WORKDIR /src
COPY pyproject.toml README.md LICENSE ./
COPY bot ./bot
COPY flows ./flows
COPY locales ./locales
COPY data ./data
RUN pip wheel --no-deps --wheel-dir /wheels .

FROM python:3.11-slim
RUN useradd --create-home --uid 10001 wegwijs
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir /wheels/*.whl && rm -rf /wheels
USER wegwijs
WORKDIR /home/wegwijs
ENV BOT_STATE_DB=/home/wegwijs/state/bot-state.sqlite3 \
    LOG_LEVEL=INFO \
    PYTHONUNBUFFERED=1
VOLUME ["/home/wegwijs/state"]
EXPOSE 8080
STOPSIGNAL SIGINT
# Refuse to start on invalid content, then run (override with "webhook" for webhook mode).
ENTRYPOINT ["python", "-m", "bot"]
CMD ["run"]

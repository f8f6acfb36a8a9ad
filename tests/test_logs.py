"""The log scrubber: library records keep no data, whether formatted late or already."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator

import pytest

from bot.logs import SafeFormatter, Scrub

PERSON = "Amina Yusuf"
TEXT = "mijn man slaat me"
TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"


@pytest.fixture
def logged() -> Iterator[io.StringIO]:
    out = io.StringIO()
    handler = logging.StreamHandler(out)
    handler.addFilter(Scrub())
    handler.setFormatter(SafeFormatter("%(levelname)s %(name)s %(message)s"))
    loggers = [logging.getLogger(name) for name in ("telegram.ext.Updater", "bot.test")]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.addHandler(handler)
        logger.setLevel(logging.DEBUG)
    yield out
    for logger, level in zip(loggers, levels, strict=True):
        logger.removeHandler(handler)
        logger.setLevel(level)


def test_library_messages_keep_only_their_fixed_words(logged: io.StringIO) -> None:
    library = logging.getLogger("telegram.ext.Updater")
    update = f"Update(update_id=7, message=Message(text={TEXT!r}, from_user=User({PERSON!r})))"
    library.warning("Error while processing %s", update)  # formatted late
    library.warning(f"Error while processing {update}")  # already formatted (an f-string)
    library.warning(f"Dropped an update from {PERSON} saying {TEXT}")  # no marker at all
    library.error(f"Invalid server response: https://api.telegram.org/bot{TOKEN}/getUpdates")
    library.warning(f"Could not deliver to {TEXT} at all today")  # lower-case words
    library.warning(f"تعذر الإرسال إلى {PERSON}")  # another script
    assert logged.getvalue().splitlines() == [
        "WARNING telegram.ext.Updater Error while processing",
        "WARNING telegram.ext.Updater Error while processing",
        "WARNING telegram.ext.Updater Dropped an update from",
        "ERROR telegram.ext.Updater Invalid server response",
        "WARNING telegram.ext.Updater Could not deliver to",  # the word limit
        "WARNING telegram.ext.Updater (library message)",
    ]
    assert all(s not in logged.getvalue() for s in (PERSON, TEXT, TOKEN, "update_id"))


def test_own_messages_keep_their_text_with_tokens_masked(logged: io.StringIO) -> None:
    logging.getLogger("bot.test").warning("request to %s failed", f"/bot{TOKEN}/sendMessage")
    expected = "WARNING bot.test request to /bot<token>/sendMessage failed"
    assert logged.getvalue().strip() == expected


def test_a_library_whose_name_starts_like_ours_is_scrubbed(logged: io.StringIO) -> None:
    handler = logging.getLogger("bot.test").handlers[-1]
    other = logging.getLogger("botocore.client")
    other.addHandler(handler)
    try:
        other.warning("request for %s failed", PERSON)
    finally:
        other.removeHandler(handler)
    assert logged.getvalue().strip() == "WARNING botocore.client request for"

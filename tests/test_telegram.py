"""End to end: the real `python -m bot run|webhook` (PTB) against the fake Bot API."""

from __future__ import annotations

import html
import os
import socket
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from bot.app import Wegwijs, build_app
from bot.channels.telegram import (
    FORGED,
    decode_callback,
    encode_callback,
    split_text,
)
from bot.config import load_settings
from bot.content.targets import CATEGORY, ORGANIZATION, PHASE, Target
from bot.engine.events import Choice, Event
from bot.markup import HtmlMarkup
from bot.render import RenderedButton
from tests.fake_bot_api import TOKEN, Call, FakeBotApi
from tests.support import (
    ROOT,
    WEBHOOK_SECRET,
    BotProcess,
    bot_cli,
    bot_env,
    free_port,
    inline_data,
    plain,
    polling_bot,
    post,
)

BOT_NAME = "WegwijsTestBot"


# --- fixtures ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def wegwijs(tmp_path_factory: pytest.TempPathFactory) -> Wegwijs:
    """The same content, in this process: expected texts and labels come from here."""
    state = tmp_path_factory.mktemp("reference") / "state.sqlite3"
    content = os.environ.get("BOT_CONTENT_DIR", str(ROOT))
    return build_app(
        load_settings(
            {"BOT_STATE_DB": str(state), "BOT_SECRET": "reference", "BOT_CONTENT_DIR": content}
        )
    )


@pytest.fixture(scope="module")
def bot(api: FakeBotApi, tmp_path_factory: pytest.TempPathFactory) -> Iterator[BotProcess]:
    process = polling_bot(api, tmp_path_factory.mktemp("polling"), timeout=20)
    yield process
    process.stop()


# --- helpers ----------------------------------------------------------------------------


def talk(
    api: FakeBotApi, user: int, text: str, lang: str | None = "en", expect: int = 1
) -> list[Call]:
    since = api.mark()
    api.send_text(user, text, lang)
    return api.wait_calls("sendMessage", expect, since=since, chat_id=user)


def press(
    api: FakeBotApi,
    user: int,
    data: str,
    lang: str | None = "en",
    expect: int = 1,
    *,
    old: bool = False,
) -> list[Call]:
    since = api.mark()
    api.press(user, data, lang, old=old)
    return api.wait_calls("answer", expect, since=since, chat_id=user)


def expected(wegwijs: Wegwijs, lang: str, event: Event) -> str:
    """The text the bot should send for `event` from a fresh user in `lang`."""
    key = wegwijs.key("reference", f"{lang}-{event}")
    wegwijs.store.forget(key)
    messages = wegwijs.answer(
        key, event, lang_hint=lang, markup=HtmlMarkup(), now=datetime.now(UTC)
    ).messages
    return plain(messages[0].text)


def msg(wegwijs: Wegwijs, lang: str, msg_id: str, **args: Any) -> str:
    return html.escape(wegwijs.localizer.format(lang, msg_id, args or None), quote=False)


def reply_labels(call: Call) -> list[str]:
    rows = call.params["reply_markup"]["keyboard"]
    return [
        button if isinstance(button, str) else button["text"] for row in rows for button in row
    ]


# --- pure parts -------------------------------------------------------------------------


def test_callback_codec_round_trips_and_fits_64_bytes() -> None:
    way = (Target(CATEGORY, "children"), Target(PHASE, "registration"))
    button = RenderedButton("x", Target(ORGANIZATION, "nidos"), way)
    data = encode_callback(button)
    assert data == "n2|o.nidos|c.children,p.registration"
    assert decode_callback(data) == Choice(Target(ORGANIZATION, "nidos"), way)
    deep = RenderedButton(
        "x",
        Target(ORGANIZATION, "stichting-vluchteling"),
        tuple(Target(PHASE, f"step-{n}") for n in range(9)),
    )
    data = encode_callback(deep)
    assert len(data.encode()) <= 64
    decoded = decode_callback(data)
    assert decoded.target == Target(ORGANIZATION, "stichting-vluchteling")
    assert decoded.path == deep.path[: len(decoded.path)]  # the oldest steps went first
    assert len(decoded.path) >= 2
    # Buttons sent before this version still work.
    assert decode_callback("n1|category:legal|phase:registration") == Choice(
        Target(CATEGORY, "legal"), (Target(PHASE, "registration"),)
    )
    for forged in ("", "garbage", "n0|category:legal|", "n1||", "n2||x", "n1|a|b|c", None):
        assert decode_callback(forged) == FORGED


def test_split_text_at_paragraphs() -> None:
    paragraphs = ["a" * 3000, "b" * 3000, "c" * 100]
    parts = split_text("\n\n".join(paragraphs))
    assert parts == ["a" * 3000, "b" * 3000 + "\n\n" + "c" * 100]
    assert split_text("short") == ["short"]
    assert all(len(p) <= 4096 for p in split_text("x" * 10000))


# --- polling, end to end ----------------------------------------------------------------


def test_start_in_dutch_with_persistent_keyboard(
    api: FakeBotApi, bot: BotProcess, wegwijs: Wegwijs
) -> None:
    first, second = talk(api, 1001, "/start", "nl", expect=2)
    assert plain(first.params["text"]) == msg(wegwijs, "nl", "welcome")
    assert first.params["parse_mode"] == "HTML"
    keyboard = first.params["reply_markup"]
    assert keyboard["is_persistent"] is True
    assert keyboard["resize_keyboard"] is True
    labels = [
        wegwijs.localizer.format("nl", m)
        for m in ("nav-emergency", "category-legal", "category-health", "nav-menu")
    ]
    assert reply_labels(first) == labels
    assert msg(wegwijs, "nl", "main-menu-intro") in plain(second.params["text"])
    rows = second.params["reply_markup"]["inline_keyboard"]
    assert all(len(row) == 1 for row in rows[:-1])
    assert all(data.startswith("n2|") for data in inline_data(second))


def test_start_in_arabic_or_english(api: FakeBotApi, bot: BotProcess, wegwijs: Wegwijs) -> None:
    lang = "ar" if "ar" in wegwijs.content.locales else "en"
    first, _ = talk(api, 1002, "/start", "ar", expect=2)
    assert plain(first.params["text"]) == msg(wegwijs, lang, "welcome")


def test_commands_menu_is_localized(api: FakeBotApi, bot: BotProcess, wegwijs: Wegwijs) -> None:
    api.wait_calls("setMyCommands", 2)  # done in post_init, before polling started
    calls = [c for c in api.calls if c.method == "setMyCommands"]
    assert all(len(c.params.get("language_code", "en")) == 2 for c in calls)
    langs = {c.params.get("language_code") for c in calls}
    assert "nl" in langs
    assert None in langs  # the default, in English
    assert {
        "command": "menu",
        "description": wegwijs.localizer.format("nl", "command-menu"),
    } in api.commands[("default", "nl")]
    assert api.commands[("default", "")][0]["description"] == wegwijs.localizer.format(
        "en", "command-start"
    )


def test_persistent_buttons_work_deep_in_a_flow(
    api: FakeBotApi, bot: BotProcess, wegwijs: Wegwijs
) -> None:
    user = 1003
    _, menu = talk(api, user, "/start", "en", expect=2)
    procedure = next(d for d in inline_data(menu) if "category:" not in d and "lang" not in d)
    (screen,) = press(api, user, procedure)
    (deeper,) = press(api, user, inline_data(screen)[0])
    assert plain(deeper.params["text"]) != plain(screen.params["text"])

    emergency = wegwijs.localizer.format("en", "nav-emergency")
    (reply,) = talk(api, user, emergency)
    assert plain(reply.params["text"]) == expected(
        wegwijs, "en", Choice(Target(CATEGORY, "emergency"))
    )
    (reply,) = talk(api, user, wegwijs.localizer.format("nl", "category-legal"))  # any locale
    assert plain(reply.params["text"]) == expected(
        wegwijs, "en", Choice(Target(CATEGORY, "legal"))
    )
    (reply,) = talk(api, user, wegwijs.localizer.format("en", "category-health"))
    assert plain(reply.params["text"]) == expected(
        wegwijs, "en", Choice(Target(CATEGORY, "health"))
    )
    (reply,) = talk(api, user, wegwijs.localizer.format("en", "nav-menu"))
    assert msg(wegwijs, "en", "main-menu-intro") in plain(reply.params["text"])
    assert "keyboard" not in reply.params["reply_markup"]  # inline keyboards between starts


def test_location_is_answered(api: FakeBotApi, bot: BotProcess, wegwijs: Wegwijs) -> None:
    since = api.mark()
    api.send_location(1006)
    (reply,) = api.wait_calls("sendMessage", since=since, chat_id=1006)
    assert plain(reply.params["text"]).startswith(msg(wegwijs, "en", "location-not-used"))


def test_forged_callback_data_is_an_expired_button(
    api: FakeBotApi, bot: BotProcess, wegwijs: Wegwijs
) -> None:
    expired = msg(wegwijs, "en", "button-expired")
    for data in ("n1|no-such-screen|", "garbage", "n9|category:legal|"):
        since = api.mark()
        (reply,) = press(api, 1005, data)
        assert plain(reply.params["text"]).startswith(expired)
        assert api.wait_calls("answerCallbackQuery", since=since)


def test_group_messages_are_ignored_except_addressed_commands(
    api: FakeBotApi, bot: BotProcess, wegwijs: Wegwijs
) -> None:
    user, since = 1007, api.mark()
    api.send_text(user, "hello everyone", "nl", chat_type="group")
    api.send_text(user, "/start", "nl", chat_type="supergroup")
    api.send_text(user, f"/start@{BOT_NAME}", "nl", chat_type="group")
    talk(api, user, "/help", "nl")  # handled after the group updates: they are done too
    group_replies = [
        c for c in api.calls[since:] if c.method == "sendMessage" and int(c.params["chat_id"]) < 0
    ]
    assert [plain(c.params["text"]) for c in group_replies] == [
        msg(wegwijs, "nl", "group-use-private", bot=f"@{BOT_NAME}")
    ]


def test_old_inline_button_works_after_restart(
    api: FakeBotApi, bot: BotProcess, wegwijs: Wegwijs
) -> None:
    user = 1004
    _, menu = talk(api, user, "/start", "nl", expect=2)
    legal = next(d for d in inline_data(menu) if "|c.legal|" in d)
    since = api.mark()
    bot.restart()
    api.wait_calls("getUpdates", since=since, timeout=20)
    (reply,) = press(api, user, legal, "nl")
    assert plain(reply.params["text"]) == expected(
        wegwijs, "nl", Choice(Target(CATEGORY, "legal"))
    )
    (reply,) = press(api, user, legal, "nl", old=True)  # on a message Telegram no longer shows
    assert plain(reply.params["text"]) == expected(
        wegwijs, "nl", Choice(Target(CATEGORY, "legal"))
    )
    assert not plain(reply.params["text"]).startswith(msg(wegwijs, "nl", "button-expired"))


def test_language_change_sends_keyboard_in_new_language(
    api: FakeBotApi, bot: BotProcess, wegwijs: Wegwijs
) -> None:
    user = 1008
    talk(api, user, "/start", "en", expect=2)
    first, _ = press(api, user, "n2|l.nl|", expect=2)
    assert reply_labels(first)[0] == wegwijs.localizer.format("nl", "nav-emergency")
    (asked,) = talk(api, user, "/forget", "en")
    assert plain(asked.params["text"]) == msg(wegwijs, "nl", "forget-ask")
    (done,) = press(api, user, "n2|do:forget|", "en")
    assert plain(done.params["text"]).startswith(msg(wegwijs, "nl", "forget-done"))


def test_a_failed_send_is_survived_and_explained(
    api: FakeBotApi, bot: BotProcess, wegwijs: Wegwijs
) -> None:
    user = 1009
    talk(api, user, "/start", "nl", expect=2)
    api.fail_next("sendMessage")
    since = api.mark()
    api.send_text(user, "/help", "nl")
    failed, apology = api.wait_calls("sendMessage", 2, since=since, chat_id=user)
    assert plain(failed.params["text"]) != plain(apology.params["text"])
    assert plain(apology.params["text"]) == msg(wegwijs, "nl", "error-something-went-wrong")
    assert "112" in plain(apology.params["text"])
    assert "keyboard" in apology.params["reply_markup"]
    assert "BadRequest" in bot.output()
    (reply,) = talk(api, user, "/menu", "nl")  # still running
    assert msg(wegwijs, "nl", "main-menu-intro") in plain(reply.params["text"])


def test_no_user_id_or_text_in_the_log(api: FakeBotApi, bot: BotProcess, wegwijs: Wegwijs) -> None:
    user, secret_text = 987654321, "zebra quokka pangolin"
    talk(api, user, "/start", "en", expect=2)
    talk(api, user, secret_text)
    log = bot.output()
    assert str(user) not in log
    assert secret_text not in log
    assert TOKEN not in log


# --- webhook ----------------------------------------------------------------------------


@pytest.fixture
def webhook_bot(api: FakeBotApi, tmp_path: Path) -> Iterator[str]:
    port = free_port()
    env = bot_env(
        api,
        tmp_path / "state.sqlite3",
        WEBHOOK_URL="https://example.invalid/telegram",
        WEBHOOK_SECRET=WEBHOOK_SECRET,
        WEBHOOK_LISTEN="127.0.0.1",
        PORT=str(port),
    )
    process = BotProcess("webhook", env, tmp_path / "bot.log")
    since = api.mark()
    process.start()
    (call,) = api.wait_calls("setWebhook", since=since, timeout=20)
    assert call.params["url"] == "https://example.invalid/telegram"
    assert call.params["secret_token"] == WEBHOOK_SECRET
    deadline = time.monotonic() + 10
    while True:  # the server listens right after setWebhook
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)
    yield f"http://127.0.0.1:{port}/telegram"
    process.stop()
    assert str(2001) not in process.output()


def test_webhook_checks_the_secret_token(
    api: FakeBotApi, webhook_bot: str, wegwijs: Wegwijs
) -> None:
    update = {"update_id": 1, **api.text_update(2001, "/start", "nl")}
    since = api.mark()
    assert post(webhook_bot, update, {}) == 403
    assert post(webhook_bot, update, {"X-Telegram-Bot-Api-Secret-Token": "wrong"}) == 403
    assert post(webhook_bot, update, {"X-Telegram-Bot-Api-Secret-Token": WEBHOOK_SECRET}) == 200
    first, second = api.wait_calls("sendMessage", 2, since=since, chat_id=2001)
    assert plain(first.params["text"]) == msg(wegwijs, "nl", "welcome")
    assert msg(wegwijs, "nl", "main-menu-intro") in plain(second.params["text"])
    assert len(api.replies(2001, since)) == 2  # the refused posts were not handled


def test_webhook_needs_url_and_secret(api: FakeBotApi, tmp_path: Path) -> None:
    env = bot_env(api, tmp_path / "state.sqlite3", WEBHOOK_URL="https://example.invalid/telegram")
    done = bot_cli("webhook", env=env)
    assert done.returncode == 2
    assert "WEBHOOK_SECRET" in done.stderr


def test_organisation_card_sends_a_contact(
    api: FakeBotApi, bot: BotProcess, wegwijs: Wegwijs
) -> None:
    user = 1011
    talk(api, user, "/start", "en", expect=2)  # a returning user: the link opens the card itself
    (card,) = talk(api, user, "/start organization_veilig-thuis", "en")
    assert "<b>Veilig Thuis</b>" in card.params["text"]
    contact_button = next(d for d in inline_data(card) if "|k." in d)
    since = api.mark()
    api.press(user, contact_button, "en")
    (contact,) = api.wait_calls("sendContact", 1, since=since, chat_id=user)
    assert contact.params["phone_number"] == "0800-2000"
    assert contact.params["first_name"] == "Veilig Thuis"
    (note,) = api.wait_calls("sendMessage", 1, since=since, chat_id=user)
    assert plain(note.params["text"]) == msg(wegwijs, "en", "card-contact-sent")


def test_a_poster_link_offers_the_languages_first_and_returns_to_its_screen(
    api: FakeBotApi, bot: BotProcess, wegwijs: Wegwijs
) -> None:
    user = 1020
    first = talk(api, user, "/start phase_registration", "en")[-1]
    labels = (
        [b["text"] for row in first.params["reply_markup"]["inline_keyboard"] for b in row]
        if "inline_keyboard" in first.params["reply_markup"]
        else []
    )
    if not labels:  # the persistent keyboard came first; the language list is the next message
        first = api.wait_calls("sendMessage", 2, chat_id=user)[-1]
        labels = [
            b["text"] for row in first.params["reply_markup"]["inline_keyboard"] for b in row
        ]
    assert "ትግርኛ" in labels
    tigrinya = next(d for d in inline_data(first) if "|l.ti|" in d)
    replies = press(api, user, tigrinya, "en", expect=2)
    assert msg(wegwijs, "ti", "phase-registration") in plain(replies[-1].params["text"]) or msg(
        wegwijs, "ti", "phase-registration"
    ) in plain(replies[0].params["text"])


def test_dari_gets_its_own_command_menu_in_its_chat(
    api: FakeBotApi, bot: BotProcess, wegwijs: Wegwijs
) -> None:
    user = 1021
    since = api.mark()
    talk(api, user, "/start", "fa-AF", expect=2)
    (call,) = api.wait_calls("setMyCommands", since=since, timeout=10)
    assert call.params["scope"] == {"type": "chat", "chat_id": user}
    assert call.params["commands"][1]["description"] == wegwijs.localizer.format(
        "prs", "command-menu"
    )
    since = api.mark()
    press(api, user, "n2|l.en|", "fa-AF", expect=2)  # English chosen: Dari's menu goes
    (dropped,) = api.wait_calls("deleteMyCommands", since=since, timeout=10)
    assert dropped.params["scope"] == {"type": "chat", "chat_id": user}
    since = api.mark()
    talk(api, user, "/start", "fa-AF", expect=2)  # English kept: no command call at all
    press(api, user, "n2|l.prs|", "fa-AF", expect=2)  # after the /start's turn: in order
    api.wait_calls("setMyCommands", since=since, timeout=10)
    menus = [c.method for c in api.calls[since:] if c.method.endswith("MyCommands")]
    assert menus == ["setMyCommands"]  # the press's, for Dari; none for the /start
    talk(api, user, "/forget", "fa-AF")
    since = api.mark()
    press(api, user, "n2|do:forget|", "fa-AF")  # forgotten: the menu would still tell Dari
    (dropped,) = api.wait_calls("deleteMyCommands", since=since, timeout=10)
    assert dropped.params["scope"] == {"type": "chat", "chat_id": user}
    press(api, user, "n2|l.prs|", "fa-AF", expect=2)  # Dari again, then forget and erase
    talk(api, user, "/forget", "fa-AF")
    since = api.mark()
    press(api, user, "n2|do:forget-erase|", "fa-AF")
    (dropped,) = api.wait_calls("deleteMyCommands", since=since, timeout=10)
    assert dropped.params["scope"] == {"type": "chat", "chat_id": user}


def test_a_button_press_changes_the_screen_in_place(
    api: FakeBotApi, bot: BotProcess, wegwijs: Wegwijs
) -> None:
    user = 1022
    _, menu = talk(api, user, "/start", "en", expect=2)
    legal = next(d for d in inline_data(menu) if "|c.legal|" in d)
    (edited,) = press(api, user, legal)
    assert edited.method == "editMessageText"
    assert plain(edited.params["text"]) == expected(
        wegwijs, "en", Choice(Target(CATEGORY, "legal"))
    )
    *_, sent = press(api, user, legal, old=True, expect=2)  # too old to edit: a new message
    assert sent.method == "sendMessage"

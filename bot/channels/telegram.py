"""The Telegram channel (python-telegram-bot): the only module that imports `telegram`."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import html
import json
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from time import monotonic
from typing import Any

from telegram import (
    BotCommand,
    BotCommandScopeChat,
    BotCommandScopeDefault,
    CallbackQuery,
    Message,
    Update,
)
from telegram._utils.types import JSONDict
from telegram.constants import (
    CallbackQueryLimit,
    ChatType,
    InlineKeyboardButtonLimit,
    MessageLimit,
    ParseMode,
)
from telegram.error import BadRequest, Forbidden, TelegramError
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackContext,
    CallbackQueryHandler,
    ContextTypes,
    ExtBot,
    MessageHandler,
    filters,
)
from telegram.request import HTTPXRequest

from bot import heap
from bot.app import Parts, Wegwijs, build_app, pick_language
from bot.channels import MENU_COMMANDS, parse_command
from bot.channels.conversation import Blocked, converse
from bot.channels.telegram_flow import (
    CONNECTIONS,
    ORDINARY,
    URGENT,
    FloodGuard,
    PriorityRateLimiter,
    UserOrderedProcessor,
    sender_of,
)
from bot.config import Settings
from bot.content.targets import Target, compact, from_compact
from bot.coordination import LEASE_SECONDS, SendBudget, UserTurns
from bot.engine.events import Choice, Event, Location, Text, Unreadable
from bot.errors import ConfigError, ContentError
from bot.journal import Journal
from bot.markup import HtmlMarkup, Markup
from bot.metrics import Metrics
from bot.offload import beside_turns, off_loop
from bot.render import Rendered, RenderedButton
from bot.store import WRITE_SECONDS

log = logging.getLogger(__name__)

ALLOWED_UPDATES = ["message", "callback_query"]
CALLBACK_VERSION = "n2"
LEGACY_VERSION = "n1"  # `n1|target|origin`, sent before the way back travelled in full
FORGED = Choice(Target("forged", "x"))
RateArgs = dict[str, Any]  # rate_limit_args: {"priority": URGENT or ORDINARY}
MAX_INLINE_BUTTONS = 100
SEND_RETRIES = 3
DELETE_BATCH = 100  # deleteMessages takes at most 100 ids
ERASE_NOTICE_SECONDS = 60.0


# --- pure helpers: callback codec, text splitting --------------------------------------


def encode_callback(button: RenderedButton) -> str:
    """`n2|<target>|<way back, newest first>`; the oldest steps go when 64 bytes would not do.

    Targets travel in their compact form (`c.legal`), so the way back fits in 64 bytes.
    """
    if button.target is None:
        raise ValueError("a link button carries no callback data")
    path = [compact(step) for step in button.path]
    while True:
        data = f"{CALLBACK_VERSION}|{compact(button.target)}|{','.join(path)}"
        if len(data.encode()) <= InlineKeyboardButtonLimit.MAX_CALLBACK_DATA or not path:
            return data
        path.pop()


def decode_callback(data: str | None) -> Choice:
    """The Choice a button carries; anything unknown or forged becomes an expired button."""
    parts = (data or "").split("|")
    if len(parts) != 3 or not parts[1]:
        return FORGED
    if parts[0] == LEGACY_VERSION:
        return Choice(Target.parse(parts[1]), (Target.parse(parts[2]),) if parts[2] else ())
    if parts[0] != CALLBACK_VERSION:
        return FORGED
    way = tuple(from_compact(step) for step in parts[2].split(",") if step)
    return Choice(from_compact(parts[1]), way)


def _units(text: str) -> int:
    """Length as Telegram counts it (UTF-16 code units), before entity parsing: an upper bound."""
    return len(text.encode("utf-16-le")) // 2


def split_text(text: str, limit: int = MessageLimit.MAX_TEXT_LENGTH) -> list[str]:
    """Cut at paragraph boundaries (then lines, then hard) so that every part fits a message."""
    if _units(text) <= limit:
        return [text]  # most screens: one message, measured once
    parts: list[str] = []
    current = ""
    for piece in text.split("\n\n"):
        candidate = f"{current}\n\n{piece}" if current else piece
        if _units(candidate) <= limit:
            current = candidate
            continue
        if current:
            parts.append(current)
        current = piece
        while _units(current) > limit:  # one huge paragraph: cut at a line, else hard
            cut = current.rfind("\n", 0, limit)
            cut = cut if cut > 0 else limit // 2  # half: safe for any UTF-16 width
            parts.append(current[:cut])
            current = current[cut:].lstrip("\n")
    parts.append(current)
    return [part for part in parts if part.strip()] or [text]


# --- dependencies -----------------------------------------------------------------------


def utc_today() -> date:
    return datetime.now(UTC).date()


@dataclass(slots=True)
class Deps:
    """What handlers need, kept in `bot_data` and reached through `context.deps`."""

    app: Wegwijs
    keyboard_events: dict[str, Event] = field(default_factory=dict)
    today: Callable[[], date] = utc_today  # the retention job's clock (tests set it)
    journal: Journal | None = None
    turns: UserTurns | None = None  # replicas: per-user order shared through Redis
    metrics: Metrics = field(default_factory=Metrics)
    flood: FloodGuard = field(default_factory=FloodGuard)
    received: dict[int, float] = field(default_factory=dict)  # update id -> when it came in

    def __post_init__(self) -> None:
        """The persistent keyboard's labels in every language -> what pressing one means."""
        for lang in self.app.content.locales:
            for row in self.app.content.menu:
                for option in row:
                    if not option.label or not self.app.localizer.has(lang, option.label):
                        continue
                    label = self.app.localizer.format(lang, option.label, label=True).strip()
                    event = Choice(option.to)
                    if self.keyboard_events.setdefault(label, event) != event:
                        log.warning("keyboard label of %s in %s is ambiguous", option.label, lang)


class WegwijsContext(
    CallbackContext[ExtBot[RateArgs], dict[Any, Any], dict[Any, Any], dict[Any, Any]]
):
    """CallbackContext with one typed accessor for our dependencies."""

    @property
    def deps(self) -> Deps:
        deps = self.bot_data["deps"]
        if not isinstance(deps, Deps):
            raise TypeError("bot_data['deps'] is not set up")
        return deps


# --- keyboards --------------------------------------------------------------------------


def reply_keyboard(parts: Parts, lang: str) -> str:
    """The content's always-on menu as Telegram's persistent keyboard (JSON, built once)."""
    localizer = parts.renderer.localizer
    labels = (
        tuple(localizer.format(lang, o.label or "", label=True) for o in row)
        for row in parts.content.menu
    )
    return _reply_keyboard(tuple(labels))


@functools.lru_cache(maxsize=256)
def _reply_keyboard(rows: tuple[tuple[str, ...], ...]) -> str:
    keyboard = [[{"text": label} for label in row] for row in rows]
    return json.dumps({"keyboard": keyboard, "resize_keyboard": True, "is_persistent": True})


def _button(button: RenderedButton) -> dict[str, str]:
    if button.url:
        return {"text": button.label, "url": button.url}
    return {"text": button.label, "callback_data": encode_callback(button)}


@functools.lru_cache(maxsize=1024)
def inline_keyboard(message: Rendered) -> str | None:
    """Content buttons one per row, then share/feedback/erase two per row, then navigation.

    As the JSON Telegram takes, built once per set of buttons (a screen in a language), and
    found by the message itself when it is one bot.app kept (no buttons to compare then).
    """
    if not message.buttons and not message.nav and not message.extras:
        return None
    return _inline_keyboard(tuple(message.buttons), tuple(message.extras), tuple(message.nav))


@functools.lru_cache(maxsize=4096)
def _inline_keyboard(
    buttons: tuple[RenderedButton, ...],
    extras: tuple[RenderedButton, ...],
    nav: tuple[RenderedButton, ...],
) -> str:
    room = MAX_INLINE_BUTTONS - len(nav) - len(extras)
    rows = [[_button(b)] for b in buttons[:room]]
    rows += [[_button(b) for b in extras[i : i + 2]] for i in range(0, len(extras), 2)]
    if nav:
        rows.append([_button(b) for b in nav])
    return json.dumps({"inline_keyboard": rows}, ensure_ascii=False)


def covered(message: Rendered, menu: set[Target]) -> bool:
    """Whether every button of the message is also on the persistent keyboard."""
    return all(b.target in menu for b in (*message.buttons, *message.nav, *message.extras))


# --- one turn ---------------------------------------------------------------------------


async def send(
    bot: ExtBot[RateArgs],
    chat_id: int,
    text: str,
    markup: str | None,
    urgent: RateArgs | None = None,
) -> list[int]:
    """Send one rendered text, split if needed; the keyboard goes on the last part."""
    parts = split_text(text)
    sent = []
    for number, part in enumerate(parts, start=1):
        params: dict[str, Any] = {"chat_id": chat_id, "text": part, "parse_mode": ParseMode.HTML}
        if markup is not None and number == len(parts):
            params["reply_markup"] = markup
        message = await post(bot, "sendMessage", params, urgent)
        sent.append(int(message["message_id"]))
    return sent


async def post(
    bot: ExtBot[RateArgs], endpoint: str, params: dict[str, Any], urgent: RateArgs | None
) -> Any:
    """A Bot API call with ready JSON, through the rate limiter; the raw result, not parsed.

    Sends are most of what a turn costs: PTB would rebuild and re-serialise each keyboard
    and parse every sent message back into objects, of which only the id is needed.
    """
    api_kwargs = {} if urgent is None else bot._merge_api_rl_kwargs({}, urgent)
    return await bot._post(endpoint, params, api_kwargs=api_kwargs)


async def answer(update: Update, context: WegwijsContext, event: Event) -> None:
    """One person's event: the flood guard, then the turn every channel shares (converse)."""
    app, user, chat = context.deps.app, update.effective_user, update.effective_chat
    if user is None or chat is None:  # a message from an old button may be inaccessible
        return
    key = app.key("telegram", str(user.id))
    allowed, first_over = context.deps.flood.allow(user.id)
    if not allowed:
        await slow_down(update, context, key, first_over)
        return
    pressed = update.callback_query.message if update.callback_query else None
    shown = [m.message_id for m in (update.message, pressed) if m]
    found = await converse(
        app,
        TelegramOutbox(update, context),
        key,
        event,
        lang_hint=user.language_code,
        now=datetime.now(UTC),
        shown=shown,
    )
    received = context.deps.received.get(update.update_id)
    if found is not None and received is not None:
        urgent = any(m.urgent for m in found.messages)
        context.deps.metrics.answered(urgent, monotonic() - received)


class TelegramOutbox:
    """The Outbox of one Telegram chat (bot.channels.conversation)."""

    def __init__(self, update: Update, context: WegwijsContext) -> None:
        self.update, self.context = update, context
        self.markup: Markup = HtmlMarkup(context.bot.username)
        self.chat_id = update.effective_chat.id if update.effective_chat else 0

    async def show(self, messages: list[Rendered], *, lang: str, first_screen: bool) -> list[int]:
        """A button press is answered (its spinner stopped) and its screen changed in place
        where it can be; a first screen brings the persistent keyboard and command menu."""
        context, query = self.context, self.update.callback_query
        try:
            if query is not None:
                await answer_query(query, messages)
                if all(m.toast for m in messages):
                    return []
            keyboard = reply_keyboard(context.deps.app.parts, lang) if first_screen else None
            if keyboard is None and await edit_in_place(context, query, messages):
                return []
            sent = await deliver(context, self.chat_id, messages, keyboard)
            if keyboard is not None:  # the command menu in that language too
                await chat_menu(context, self.chat_id, lang, chosen=query is not None)
        except Forbidden as exc:
            raise Blocked from exc
        return sent

    async def forget(self) -> None:
        with contextlib.suppress(TelegramError):  # the menu would still tell the language
            await self.context.bot.delete_my_commands(BotCommandScopeChat(self.chat_id))

    async def erase(self, message_ids: list[int], notice: list[Rendered]) -> None:
        try:
            if self.update.callback_query is not None:
                await answer_query(self.update.callback_query, notice)
            await erase_chat(self.context, self.chat_id, message_ids, notice)
        except Forbidden as exc:
            raise Blocked from exc


async def edit_in_place(
    context: WegwijsContext, query: CallbackQuery | None, messages: list[Rendered]
) -> bool:
    """A button press changes the screen it is on, instead of adding a message to the chat.

    Half the messages against Telegram's limit, and a shorter chat on the phone. Only for a
    single screen that fits one message, with no contact card; False if it cannot be done.
    """
    if query is None or query.message is None or not isinstance(query.message, Message):
        return False
    if len(messages) != 1 or messages[0].contact or messages[0].toast:
        return False
    rendered = messages[0]
    if len(split_text(rendered.text)) != 1:
        return False
    urgent = {"priority": URGENT if rendered.urgent else ORDINARY}
    params: dict[str, Any] = {
        "chat_id": query.message.chat_id,
        "message_id": query.message.message_id,
        "text": rendered.text,
        "parse_mode": ParseMode.HTML,
    }
    keyboard = inline_keyboard(rendered)
    if keyboard is not None:
        params["reply_markup"] = keyboard
    try:
        await post(context.bot, "editMessageText", params, urgent)
    except BadRequest:  # too old, unchanged, or not the bot's: send a new message instead
        return False
    return True


async def slow_down(update: Update, context: WegwijsContext, key: str, say_so: bool) -> None:
    """Too many messages at once: one polite notice, then quiet until it calms down."""
    context.deps.metrics.flood.inc()
    with contextlib.suppress(TelegramError):
        if update.callback_query is not None:
            await update.callback_query.answer()
        if say_so and update.effective_chat is not None:
            app = context.deps.app
            parts = app.parts  # one content for the notice, whatever a reload does meanwhile
            hint = update.effective_user.language_code if update.effective_user else None
            lang = await off_loop(app.state.remote, lambda: app.language_of(key, hint, parts))
            text = HtmlMarkup().text(parts.renderer.localizer.format(lang, "flood-slow-down"))
            await send(context.bot, update.effective_chat.id, text, None)


async def answer_query(query: CallbackQuery, messages: list[Rendered]) -> None:
    """Stop the button's spinner; a short "thank you" shows as a pop-up instead of a message."""
    toast = next((m.text for m in messages if m.toast), None)
    text = (
        html.unescape(toast)[: CallbackQueryLimit.ANSWER_CALLBACK_QUERY_TEXT_LENGTH]
        if toast
        else None
    )
    with contextlib.suppress(BadRequest):  # a query over 15 minutes old can no longer be answered
        await query.answer(text)


async def erase_chat(
    context: WegwijsContext, chat_id: int, message_ids: list[int], messages: list[Rendered]
) -> None:
    """Delete the chat's recent messages (sorted, once each), then say how to delete the chat
    (the notice itself is gone in a minute)."""
    for start in range(0, len(message_ids), DELETE_BATCH):
        with contextlib.suppress(BadRequest):  # too old or already gone: nothing to delete
            await context.bot.delete_messages(chat_id, message_ids[start : start + DELETE_BATCH])
    sent = await deliver(context, chat_id, messages, None)
    if context.job_queue is not None:
        context.job_queue.run_once(delete_later, ERASE_NOTICE_SECONDS, data=(chat_id, sent))


async def delete_later(context: CallbackContext[Any, Any, Any, Any]) -> None:
    data = context.job.data if context.job else None
    if not isinstance(data, tuple):
        return
    chat_id, ids = data
    with contextlib.suppress(TelegramError):
        await context.bot.delete_messages(chat_id, ids)


async def deliver(
    context: WegwijsContext, chat_id: int, messages: list[Rendered], keyboard: str | None
) -> list[int]:
    """Send the rendered messages; the first paragraph may carry the persistent keyboard."""
    sent: list[int] = []
    for rendered in messages:
        if rendered.toast:
            continue
        urgent = {"priority": URGENT if rendered.urgent else ORDINARY}
        if rendered.contact:
            name, number = rendered.contact
            card = await context.bot.send_contact(
                chat_id, phone_number=number, first_name=name, rate_limit_args=urgent
            )
            sent.append(card.message_id)
        inline = inline_keyboard(rendered)
        head, sep, rest = rendered.text.partition("\n\n")
        if keyboard is not None and sep:  # the first paragraph carries the reply keyboard
            sent += await send(context.bot, chat_id, head, keyboard, urgent)
            keyboard = None
            rendered = Rendered(rest, rendered.buttons, rendered.nav, extras=rendered.extras)
        elif keyboard is not None and covered(
            rendered, {o.to for row in context.deps.app.content.menu for o in row}
        ):
            inline, keyboard = keyboard, None
        sent += await send(context.bot, chat_id, rendered.text, inline, urgent)
    return sent


# --- handlers ---------------------------------------------------------------------------


async def on_command(update: Update, context: WegwijsContext) -> None:
    if update.effective_message and update.effective_message.text:
        await answer(update, context, parse_command(update.effective_message.text))


async def on_text(update: Update, context: WegwijsContext) -> None:
    text = (update.effective_message and update.effective_message.text) or ""
    event = context.deps.keyboard_events.get(text.strip()) or Text(text)
    await answer(update, context, event)


async def on_location(update: Update, context: WegwijsContext) -> None:
    await answer(update, context, Location())


async def on_caption(update: Update, context: WegwijsContext) -> None:
    """A photo or document with a caption: the caption is read as text."""
    caption = (update.effective_message and update.effective_message.caption) or ""
    await answer(update, context, Text(caption))


async def on_other(update: Update, context: WegwijsContext) -> None:
    """A sticker, voice message, photo, contact ...: say what the bot can read, with the menu."""
    await answer(update, context, Unreadable())


async def on_callback(update: Update, context: WegwijsContext) -> None:
    query = update.callback_query
    if query is None:
        return
    if update.effective_chat is not None and update.effective_chat.type == ChatType.PRIVATE:
        await answer(update, context, decode_callback(query.data))
    else:
        await query.answer()


async def on_group_command(update: Update, context: WegwijsContext) -> None:
    """In groups, answer only commands addressed to this bot, pointing to a private chat."""
    message, user = update.effective_message, update.effective_user
    if message is None or user is None or not message.text:
        return
    word = message.text.split()[0]
    if not context.bot.username or not word.lower().endswith(f"@{context.bot.username.lower()}"):
        return
    app = context.deps.app
    lang = pick_language(user.language_code, app.content.locales)
    text = app.localizer.format(lang, "group-use-private", {"bot": f"@{context.bot.username}"})
    await message.reply_text(HtmlMarkup().text(text), parse_mode=ParseMode.HTML)


async def on_error(update: object, context: WegwijsContext) -> None:
    """Log the error class only; in a private chat, tell the user and show the keyboard."""
    log.error("telegram handler failed: %s", type(context.error).__name__, exc_info=context.error)
    if not isinstance(update, Update) or isinstance(context.error, Forbidden):
        return
    chat, user = update.effective_chat, update.effective_user
    if chat is None or user is None or chat.type != ChatType.PRIVATE:
        return
    app = context.deps.app
    parts = app.parts  # one content for the notice, whatever a reload does meanwhile
    key, hint = app.key("telegram", str(user.id)), user.language_code
    lang = await off_loop(app.state.remote, lambda: app.language_of(key, hint, parts))
    text = HtmlMarkup().text(parts.renderer.localizer.format(lang, "error-something-went-wrong"))
    try:
        await send(context.bot, chat.id, text, reply_keyboard(parts, lang))
    except TelegramError as exc:
        log.warning("could not send the error message: %s", type(exc).__name__)


# --- start up ---------------------------------------------------------------------------


async def replay(application: Application) -> None:  # type: ignore[type-arg]
    """Updates received but never answered (a crash, a dead replica): answer them now."""
    deps: Deps = application.bot_data["deps"]
    if deps.journal is None:
        return
    journal = deps.journal
    waiting = await off_loop(journal.shared, journal.waiting)
    bot = application.bot
    for raw in waiting:
        update = Update.de_json(bot._readable(raw) if isinstance(bot, TolerantBot) else raw, bot)
        await application.update_queue.put(update)
    if waiting:
        deps.metrics.replayed.inc(len(waiting))
        log.info("answering %d updates received before a restart", len(waiting))


async def receive(application: Application, raw: dict[str, Any]) -> None:  # type: ignore[type-arg]
    """One update from the webhook: kept (sealed) before Telegram hears it arrived, then queued.

    A redelivered update (Telegram did not get our answer to its request) is not queued again.
    """
    deps: Deps = application.bot_data["deps"]
    bot = application.bot
    update = Update.de_json(bot._readable(raw) if isinstance(bot, TolerantBot) else raw, bot)
    if deps.journal is not None:
        sender = sender_of(update)
        queue = deps.app.key("telegram", str(sender)) if sender is not None else None
        journal = deps.journal
        if update.update_id not in await off_loop(
            journal.shared, lambda: journal.keep([raw], queue)
        ):
            return
    await application.update_queue.put(update)


async def keep_alive(context: WegwijsContext) -> None:
    """Replicas only: say this one is alive, keep its user locks, take over a dead one's work."""
    deps = context.deps
    if deps.journal is None:
        return
    await beside_turns(deps.journal.pending.beat)
    if deps.turns is not None:
        await deps.turns.renew()
    await replay(context.application)


async def expire_idle(context: WegwijsContext) -> None:
    """The daily retention job: rows idle longer than the retention period are deleted."""
    deleted = context.deps.app.store.expire(context.deps.today())
    log.info("retention: %d idle rows deleted", deleted)


async def write_messages(context: WegwijsContext) -> None:
    """Message ids kept for "Erase this chat" reach the disk within WRITE_SECONDS, idle or not."""
    context.deps.app.store.write()


async def on_start_up(application: Application) -> None:  # type: ignore[type-arg]
    await replay(application)
    await set_commands(application)
    if application.job_queue is not None:
        jobs = application.job_queue
        jobs.run_repeating(expire_idle, interval=timedelta(days=1), first=time(3, 0))
        state = application.bot_data["deps"].app.state
        if not state.remote:  # SQLite writes message ids behind; Redis at once
            jobs.run_repeating(write_messages, interval=WRITE_SECONDS, first=WRITE_SECONDS)
        else:
            # Three beats within the replica timeout: one late beat does not make a replica
            # dead. The same job renews this replica's user locks, three times a lease too.
            every = min(state.pending.timeout, LEASE_SECONDS) / 3
            jobs.run_repeating(keep_alive, interval=every, first=every)


def menu_commands(app: Wegwijs, lang: str) -> list[BotCommand]:
    return [BotCommand(c, app.localizer.format(lang, f"command-{c}")) for c in MENU_COMMANDS]


def has_own_menu(lang: str) -> bool:
    """Telegram keys command menus by two-letter codes only (not prs, ckb, kmr)."""
    return len(lang) == 2


async def set_commands(application: Application) -> None:  # type: ignore[type-arg]
    """Localized command menus: English as the default, one per two-letter locale."""
    app = application.bot_data["deps"].app
    await application.bot.set_my_commands(menu_commands(app, "en"), BotCommandScopeDefault())
    for lang in filter(has_own_menu, app.content.locales):
        await application.bot.set_my_commands(
            menu_commands(app, lang), BotCommandScopeDefault(), lang
        )


async def chat_menu(context: WegwijsContext, chat_id: int, lang: str, *, chosen: bool) -> None:
    """A language without a two-letter code gets its command menu in this chat only.

    `chosen`: the person has just picked the language (a first screen from a button; a
    /start is a message); only then is the menu of this chat's earlier language removed.
    """
    with contextlib.suppress(TelegramError):
        if has_own_menu(lang):
            if chosen:
                await context.bot.delete_my_commands(BotCommandScopeChat(chat_id))
        else:
            await context.bot.set_my_commands(
                menu_commands(context.deps.app, lang), BotCommandScopeChat(chat_id)
            )


def has_id(raw: object) -> bool:
    return isinstance(raw, dict) and isinstance(raw.get("update_id"), int)


class TolerantBot(ExtBot[RateArgs]):
    """An ExtBot that keeps fetched updates in the journal and drops one it cannot parse.

    python-telegram-bot acknowledges updates when it fetches the next batch, before they
    are answered: each batch is first written (encrypted) to the journal, so a crash loses
    nothing; it is deleted from there once answered. PTB also parses a batch in one go: one
    update it cannot read (Telegram's API ahead of the library) fails them all, is retried
    forever and is logged with every user's data. Here each update is tried alone; one that
    fails is replaced by its bare id, so it is acknowledged and nothing else waits.
    """

    def __init__(self, *args: Any, journal: Journal | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        with self._unfrozen():  # PTB freezes its objects; these two are ours
            self.journal = journal
            # The next update id to ask for: PTB advances its offset only past the updates it
            # is given, so one left out at the end of a batch would come back at once, again
            # and again, until someone wrote.
            self.next_offset = [0]

    async def _post(self, endpoint: str, data: JSONDict | None = None, **kwargs: Any) -> Any:
        if endpoint == "getUpdates" and data is not None:
            data = {**data, "offset": max(int(data.get("offset") or 0), self.next_offset[0])}
        result = await super()._post(endpoint, data, **kwargs)
        if endpoint != "getUpdates" or not isinstance(result, list):
            return result
        ids = [raw["update_id"] for raw in result if has_id(raw)]
        self.next_offset[0] = max([self.next_offset[0], *(i + 1 for i in ids)])
        if self.journal is not None:
            # After a crash Telegram sends again what it sent before: an update still pending
            # (being answered from the journal) or answered lately is not new: it is left out.
            journal, kept = self.journal, [raw for raw in result if isinstance(raw, dict)]
            new = set(await off_loop(journal.shared, lambda: journal.keep(kept)))
            result = [raw for raw in result if not has_id(raw) or raw["update_id"] in new]
        return [self._readable(raw) for raw in result]

    def _readable(self, raw: Any) -> Any:
        try:
            Update.de_json(raw, self)
        except Exception as exc:
            update_id = raw.get("update_id") if isinstance(raw, dict) else None
            log.warning(
                "skipped update %s that could not be read: %s", update_id, type(exc).__name__
            )
            return {"update_id": update_id if isinstance(update_id, int) else 0}
        return raw


def build_bot(
    settings: Settings, journal: Journal | None, limiter: PriorityRateLimiter
) -> TolerantBot:
    """The bot: one priority queue for sends; a 429 is retried after Telegram's retry_after."""
    return TolerantBot(
        settings.require_token(),
        base_url=settings.api_base_url or "https://api.telegram.org/bot",
        rate_limiter=limiter,
        request=HTTPXRequest(connection_pool_size=CONNECTIONS, pool_timeout=30.0),
        get_updates_request=HTTPXRequest(),
        journal=journal,
    )


def build_application(settings: Settings, app: Wegwijs) -> Application:  # type: ignore[type-arg]
    """The PTB Application with our handlers, rate limiter and dependencies.

    With BOT_STATE_URL (Redis), replicas share the per-user order and the send budget.
    """
    journal = Journal(app.state.pending, app.state.secret)
    turns: UserTurns | None = None
    budget: SendBudget | None = None
    if settings.state_url:  # only then: redis-py is not imported by one process alone
        from bot.coordination_redis import RedisBudget, RedisTurns, connect_async

        shared = connect_async(settings.state_url)
        turns = RedisTurns(shared, app.state.pending.replica)
        if settings.rate_limit > 0:
            budget = RedisBudget(shared, settings.rate_limit)
    deps = Deps(app, journal=journal, turns=turns)
    limiter = PriorityRateLimiter(settings.rate_limit, SEND_RETRIES, deps.metrics, budget)
    processor = UserOrderedProcessor(
        journal, deps.metrics, key=lambda sender: app.key("telegram", str(sender)), turns=turns
    )
    deps.received = processor.received
    deps.metrics.watch(lambda: len(limiter.waiting), journal.count)
    deps.metrics.serving(app.content.root)
    builder = ApplicationBuilder().bot(build_bot(settings, journal, limiter))
    builder = builder.concurrent_updates(processor)
    application = builder.context_types(ContextTypes(context=WegwijsContext)).build()
    application.bot_data["deps"] = deps
    private, groups = filters.ChatType.PRIVATE, filters.ChatType.GROUPS
    application.add_handlers(
        [
            MessageHandler(private & filters.COMMAND, on_command),
            MessageHandler(private & filters.TEXT & ~filters.COMMAND, on_text),
            MessageHandler(private & filters.LOCATION, on_location),
            MessageHandler(private & filters.CAPTION, on_caption),
            MessageHandler(
                private
                & ~filters.TEXT
                & ~filters.COMMAND
                & ~filters.LOCATION
                & ~filters.CAPTION
                & ~filters.StatusUpdate.ALL,
                on_other,
            ),
            MessageHandler(groups & filters.COMMAND, on_group_command),
            CallbackQueryHandler(on_callback),
        ]
    )
    application.add_error_handler(on_error)
    return application


def pid_file(settings: Settings) -> Path:
    """Where a running bot writes its process id, so `python -m bot reload` can find it."""
    return settings.state_path.with_name(settings.state_path.name + ".pid")


def reload_content(application: Application, settings: Settings) -> None:  # type: ignore[type-arg]
    """Re-read the content; invalid content is refused and the old stays in service."""
    deps: Deps = application.bot_data["deps"]
    heap.loosen()  # the old content becomes collectable once the last turn using it ends
    try:
        deps.app.reload(settings)
        deps.keyboard_events.clear()
        deps.__post_init__()  # builds every language's messages: before they are settled
    except ContentError as exc:
        problems = "\n".join(map(str, exc.problems))
        log.error("content reload refused; the old content stays:\n%s", problems)
        return
    finally:
        heap.settle(collect=True)  # the old content's cycles, unless a turn still holds it
    deps.metrics.serving(deps.app.content.root)
    log.warning("content reloaded")


def health(application: Application) -> dict[str, bool]:  # type: ignore[type-arg]
    """For /healthz: content loaded, store answering, Bot API reached at start (getMe)."""
    deps: Deps = application.bot_data["deps"]
    try:
        deps.app.store.ping()
        store = True
    except Exception:  # any failure of the store is "unhealthy", never a crash
        store = False
    return {
        "content": bool(deps.app.content.locales),
        "store": store,
        "bot_api": bool(application.bot.username),
    }


def serve(settings: Settings, mode: str) -> int:
    """Run until SIGTERM or SIGINT: `polling` or `webhook` (bot.channels.telegram_web)."""
    from bot.channels.telegram_web import run

    application = build_application(settings, build_app(settings))
    heap.settle()  # content, model and messages live as long as the process
    marker = pid_file(settings)
    marker.write_text(str(os.getpid()), encoding="utf-8")
    try:
        asyncio.run(run(application, settings, mode))
    finally:
        marker.unlink(missing_ok=True)
        application.bot_data["deps"].app.close()
    return 0


def run_polling(settings: Settings) -> int:
    return serve(settings, "polling")


def run_webhook(settings: Settings) -> int:
    if not settings.webhook_url or not settings.webhook_secret:
        raise ConfigError("webhook mode needs WEBHOOK_URL and WEBHOOK_SECRET")
    return serve(settings, "webhook")

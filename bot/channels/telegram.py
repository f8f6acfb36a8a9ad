"""The Telegram channel (python-telegram-bot): the only module that imports `telegram`."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime

from telegram import (
    BotCommand,
    BotCommandScopeDefault,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    KeyboardButton,
    ReplyKeyboardMarkup,
    Update,
)
from telegram.constants import ChatType, InlineKeyboardButtonLimit, MessageLimit, ParseMode
from telegram.error import Forbidden, TelegramError
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    CallbackContext,
    CallbackQueryHandler,
    ContextTypes,
    ExtBot,
    MessageHandler,
    filters,
)

from bot.app import Wegwijs, build_app, pick_language
from bot.config import Settings
from bot.content.model import MAIN_MENU
from bot.engine.events import Choice, Command, Event, Location, Start, Text
from bot.errors import ConfigError
from bot.markup import HtmlMarkup
from bot.render import Rendered, RenderedButton

log = logging.getLogger(__name__)

ALLOWED_UPDATES = ["message", "callback_query"]
CALLBACK_VERSION = "n1"
FORGED = Choice("forged:x")
MAX_INLINE_BUTTONS = 100
# Message id on the persistent keyboard -> what pressing it means.
KEYBOARD_EVENTS: dict[str, Event] = {
    "nav-emergency": Choice("category:emergency"),
    "category-legal": Choice("category:legal"),
    "category-health": Choice("category:health"),
    "nav-menu": Command("menu"),
}
KEYBOARD_TARGETS = {
    MAIN_MENU,
    *(e.target for e in KEYBOARD_EVENTS.values() if isinstance(e, Choice)),
}
KEYBOARD_ROWS = (("nav-emergency",), ("category-legal", "category-health", "nav-menu"))
BOT_COMMANDS = ("start", "menu", "help", "language", "emergency", "privacy", "forget")
EMERGENCY_ORG = "emergency-services"
Markup = InlineKeyboardMarkup | ReplyKeyboardMarkup


# --- pure helpers: callback codec, text splitting --------------------------------------


def encode_callback(button: RenderedButton) -> str:
    """`n1|<target>|<origin>`; the origin is dropped when the whole would pass 64 bytes."""
    data = f"{CALLBACK_VERSION}|{button.target}|{button.origin or ''}"
    if len(data.encode()) > InlineKeyboardButtonLimit.MAX_CALLBACK_DATA:
        data = f"{CALLBACK_VERSION}|{button.target}|"
    return data


def decode_callback(data: str | None) -> Choice:
    """The Choice a button carries; anything unknown or forged becomes an expired button."""
    parts = (data or "").split("|")
    if len(parts) != 3 or parts[0] != CALLBACK_VERSION or not parts[1]:
        return FORGED
    return Choice(parts[1], parts[2] or None)


def _units(text: str) -> int:
    """Length as Telegram counts it (UTF-16 code units), before entity parsing: an upper bound."""
    return len(text.encode("utf-16-le")) // 2


def split_text(text: str, limit: int = MessageLimit.MAX_TEXT_LENGTH) -> list[str]:
    """Cut at paragraph boundaries (then lines, then hard) so that every part fits a message."""
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


@dataclass(slots=True)
class Deps:
    """What handlers need, kept in `bot_data` and reached through `context.deps`."""

    app: Wegwijs
    keyboard_events: dict[str, Event] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for lang in self.app.content.locales:
            for msg_id, event in KEYBOARD_EVENTS.items():
                if not self.app.localizer.has(lang, msg_id):
                    continue
                label = self.app.localizer.format(lang, msg_id).strip()
                if self.keyboard_events.setdefault(label, event) != event:
                    log.warning("keyboard label of %s in %s is ambiguous", msg_id, lang)


class WegwijsContext(CallbackContext[ExtBot[None], dict, dict, dict]):
    """CallbackContext with one typed accessor for our dependencies."""

    @property
    def deps(self) -> Deps:
        deps = self.bot_data["deps"]
        if not isinstance(deps, Deps):
            raise TypeError("bot_data['deps'] is not set up")
        return deps


# --- keyboards --------------------------------------------------------------------------


def reply_keyboard(app: Wegwijs, lang: str) -> ReplyKeyboardMarkup:
    rows = [[KeyboardButton(app.localizer.format(lang, m)) for m in row] for row in KEYBOARD_ROWS]
    return ReplyKeyboardMarkup(rows, resize_keyboard=True, is_persistent=True)


def inline_keyboard(message: Rendered) -> InlineKeyboardMarkup | None:
    if not message.buttons and not message.nav:
        return None
    content = message.buttons[: MAX_INLINE_BUTTONS - len(message.nav)]
    rows = [[InlineKeyboardButton(b.label, callback_data=encode_callback(b))] for b in content]
    if message.nav:
        rows.append([InlineKeyboardButton(b.label, callback_data=encode_callback(b)) for b in message.nav])  # fmt: skip
    return InlineKeyboardMarkup(rows)


def covered(message: Rendered) -> bool:
    """Whether every button of the message is also on the persistent keyboard."""
    return all(b.target in KEYBOARD_TARGETS for b in (*message.buttons, *message.nav))


def wants_reply_keyboard(event: Event) -> bool:
    """Turns that (re)introduce the persistent keyboard: start, a new language, forgetting."""
    return (
        isinstance(event, Start)
        or event == Command("forget")
        or (isinstance(event, Choice) and event.target.startswith("lang:"))
    )


# --- one turn ---------------------------------------------------------------------------


async def send(bot: ExtBot[None], chat_id: int, text: str, markup: Markup | None) -> None:
    """Send one rendered text, split if needed; the keyboard goes on the last part."""
    parts = split_text(text)
    for number, part in enumerate(parts, start=1):
        keyboard = markup if number == len(parts) else None
        await bot.send_message(chat_id, part, parse_mode=ParseMode.HTML, reply_markup=keyboard)


async def answer(update: Update, context: WegwijsContext, event: Event) -> None:
    """Convert, step, render, send: the whole turn for one user event."""
    app, user, chat = context.deps.app, update.effective_user, update.effective_chat
    if user is None or chat is None:  # a message from an old button may be inaccessible
        return
    key = app.key("telegram", str(user.id))
    lang, messages = app.handle(key, event, lang_hint=user.language_code, markup=HtmlMarkup(), now=datetime.now(UTC))  # fmt: skip
    keyboard = reply_keyboard(app, lang) if wants_reply_keyboard(event) else None
    for rendered in messages:
        if rendered.contact:
            name, number = rendered.contact
            await context.bot.send_contact(chat.id, phone_number=number, first_name=name)
        inline = inline_keyboard(rendered)
        head, sep, rest = rendered.text.partition("\n\n")
        if keyboard is not None and sep:  # the first paragraph carries the reply keyboard
            await send(context.bot, chat.id, head, keyboard)
            keyboard, rendered = None, Rendered(rest, rendered.buttons, rendered.nav)
        elif keyboard is not None and covered(rendered):  # its buttons are on the keyboard too
            inline, keyboard = keyboard, None
        await send(context.bot, chat.id, rendered.text, inline)


def command_event(text: str) -> Event:
    """`/start payload`, `/menu@WegwijsBot` ... -> Start or Command."""
    word, _, arg = text.strip().partition(" ")
    name = word[1:].partition("@")[0].lower()
    return Start(arg.strip() or None) if name == "start" else Command(name)


# --- handlers ---------------------------------------------------------------------------


async def on_command(update: Update, context: WegwijsContext) -> None:
    if update.effective_message and update.effective_message.text:
        await answer(update, context, command_event(update.effective_message.text))


async def on_text(update: Update, context: WegwijsContext) -> None:
    text = (update.effective_message and update.effective_message.text) or ""
    event = context.deps.keyboard_events.get(text.strip()) or Text(text)
    await answer(update, context, event)


async def on_location(update: Update, context: WegwijsContext) -> None:
    await answer(update, context, Location())


async def on_callback(update: Update, context: WegwijsContext) -> None:
    query = update.callback_query
    if query is None:
        return
    await query.answer()
    if update.effective_chat is not None and update.effective_chat.type == ChatType.PRIVATE:
        await answer(update, context, decode_callback(query.data))


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
    log.error("telegram handler failed: %s", type(context.error).__name__)
    if not isinstance(update, Update) or isinstance(context.error, Forbidden):
        return
    chat, user = update.effective_chat, update.effective_user
    if chat is None or user is None or chat.type != ChatType.PRIVATE:
        return
    app = context.deps.app
    state = app.store.load(app.key("telegram", str(user.id)))
    lang = state.lang if state else pick_language(user.language_code, app.content.locales)
    phone = app.content.organisations[EMERGENCY_ORG].phones[0].number
    text = app.localizer.format(lang, "error-something-went-wrong", {"phone": phone})
    try:
        await context.bot.send_message(chat.id, HtmlMarkup().text(text), parse_mode=ParseMode.HTML, reply_markup=reply_keyboard(app, lang))  # fmt: skip
    except TelegramError as exc:
        log.warning("could not send the error message: %s", type(exc).__name__)


# --- start up ---------------------------------------------------------------------------


async def set_commands(application: Application) -> None:
    """Localized command menus: English as the default, one per two-letter locale."""
    app = application.bot_data["deps"].app
    for lang in ("", *app.content.locales):
        if lang and (len(lang) != 2 or not all(app.localizer.has(lang, f"command-{c}") for c in BOT_COMMANDS)):  # fmt: skip
            log.info("no command menu for %s (not a two-letter code, or untranslated)", lang)
            continue
        commands = [BotCommand(c, app.localizer.format(lang or "en", f"command-{c}")) for c in BOT_COMMANDS]  # fmt: skip
        await application.bot.set_my_commands(commands, BotCommandScopeDefault(), lang or None)


def build_application(settings: Settings, app: Wegwijs) -> Application:
    """The PTB Application with our handlers, rate limiter and dependencies."""
    builder = ApplicationBuilder().token(settings.require_token())
    if settings.api_base_url:
        builder = builder.base_url(settings.api_base_url)
    builder = builder.rate_limiter(AIORateLimiter()).post_init(set_commands)
    application = builder.context_types(ContextTypes(context=WegwijsContext)).build()
    application.bot_data["deps"] = Deps(app)
    private, groups = filters.ChatType.PRIVATE, filters.ChatType.GROUPS
    application.add_handlers(
        [
            MessageHandler(private & filters.COMMAND, on_command),
            MessageHandler(private & filters.TEXT & ~filters.COMMAND, on_text),
            MessageHandler(private & filters.LOCATION, on_location),
            MessageHandler(groups & filters.COMMAND, on_group_command),
            CallbackQueryHandler(on_callback),
        ]
    )
    application.add_error_handler(on_error)
    return application


def quiet_http_logs() -> None:
    """httpx logs every request URL at INFO, and the URL holds the bot token."""
    logging.getLogger("httpx").setLevel(max(logging.WARNING, logging.getLogger().level))


def run_polling(settings: Settings) -> int:
    application = build_application(settings, build_app(settings))
    quiet_http_logs()
    application.run_polling(allowed_updates=ALLOWED_UPDATES, drop_pending_updates=False)
    return 0


def run_webhook(settings: Settings) -> int:
    if not settings.webhook_url or not settings.webhook_secret:
        raise ConfigError("webhook mode needs WEBHOOK_URL and WEBHOOK_SECRET")
    application = build_application(settings, build_app(settings))
    quiet_http_logs()
    application.run_webhook(
        listen=settings.webhook_listen,
        port=settings.port,
        url_path="telegram",
        webhook_url=settings.webhook_url,
        secret_token=settings.webhook_secret,
        allowed_updates=ALLOWED_UPDATES,
    )
    return 0

"""A fake Telegram Bot API on 127.0.0.1, in a thread, for end-to-end tests of the real PTB."""

from __future__ import annotations

import contextlib
import html
import itertools
import json
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from html.parser import HTMLParser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlparse

TOKEN = "123:TEST"
BOT_USER = {"id": 4242, "is_bot": True, "first_name": "Wegwijs", "username": "WegwijsTestBot"}
ALLOWED_TAGS = {
    "b",
    "strong",
    "i",
    "em",
    "u",
    "ins",
    "s",
    "strike",
    "del",
    "a",
    "code",
    "pre",
    "tg-spoiler",
    "blockquote",
    "span",
}
ENTITIES = {"lt", "gt", "amp", "quot"}
SENDS = {"sendMessage", "editMessageText", "sendContact", "sendVenue"}
ANSWERS = {"sendMessage", "editMessageText"}  # what a user sees as the bot's answer
# Form fields that stay strings even when they look like JSON (PTB sends `str` values as is).
STRING_FIELDS = {
    "text",
    "data",
    "url",
    "secret_token",
    "parse_mode",
    "language_code",
    "callback_query_id",
    "description",
    "first_name",
    "title",
    "address",
    "phone_number",
}


class ApiError(Exception):
    """A Bot API error reply."""

    def __init__(self, description: str, code: int = 400) -> None:
        super().__init__(description)
        self.code, self.description = code, description


class _HtmlChecker(HTMLParser):
    """Telegram's HTML subset: known tags, balanced, only four named entities."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.stack: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ALLOWED_TAGS:
            raise ApiError(f'Bad Request: can\'t parse entities: unsupported start tag "{tag}"')
        if tag == "a" and not dict(attrs).get("href"):
            raise ApiError("Bad Request: can't parse entities: a tag without href")
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack.pop() != tag:
            raise ApiError(f'Bad Request: can\'t parse entities: unmatched end tag "{tag}"')

    def handle_data(self, data: str) -> None:
        if "<" in data or ">" in data:
            raise ApiError("Bad Request: can't parse entities: unescaped < or >")
        self.text.append(data)

    def handle_entityref(self, name: str) -> None:
        if name not in ENTITIES:
            raise ApiError(f'Bad Request: can\'t parse entities: unsupported entity "{name}"')
        self.text.append(html.unescape(f"&{name};"))

    def handle_charref(self, name: str) -> None:
        self.text.append(html.unescape(f"&#{name};"))


def visible_text(text: str, parse_mode: str | None) -> str:
    """The text after entity parsing; raises ApiError on bad HTML."""
    if (parse_mode or "").upper() != "HTML":
        return text
    checker = _HtmlChecker()
    checker.feed(text)
    checker.close()
    if checker.stack:
        raise ApiError(f'Bad Request: can\'t parse entities: unclosed tag "{checker.stack[-1]}"')
    return "".join(checker.text)


def check_markup(markup: dict[str, Any] | None) -> None:
    rows = (markup or {}).get("inline_keyboard")
    if rows is None:
        return
    buttons = [b for row in rows for b in row]
    if len(buttons) > 100:
        raise ApiError("Bad Request: reply markup is too long")
    for button in buttons:
        if len(button.get("callback_data", "").encode()) > 64 or not button.get("text"):
            raise ApiError("Bad Request: BUTTON_DATA_INVALID")


@dataclass(frozen=True)
class Call:
    """One request the bot made."""

    method: str
    params: dict[str, Any]


@dataclass
class FakeBotApi:
    """Start with `start()`; `base_url` is what TELEGRAM_API_BASE_URL should be."""

    token: str = "123:TEST"
    calls: list[Call] = field(default_factory=list)
    updates: list[dict[str, Any]] = field(default_factory=list)
    commands: dict[tuple[str, str], list[dict[str, Any]]] = field(default_factory=dict)
    chats: dict[int, dict[str, Any]] = field(default_factory=dict)
    webhook: dict[str, Any] = field(default_factory=dict)
    overall_limit: int = 0  # sends a second before a 429 (0: none), as Telegram's ~30
    flood_limit: int = 0  # sends a second to one chat before a 429 (0: none)
    send_delay: float = 0.0  # seconds each send takes, to hold updates in flight

    def __post_init__(self) -> None:
        self.cond = threading.Condition()
        self.update_ids = itertools.count(1)
        self.message_ids = itertools.count(1000)
        self.server: ThreadingHTTPServer | None = None
        self.stopped = False
        self.failures: dict[str, str] = {}
        self.blocked: set[int] = set()
        self.stale: set[int] = set()  # messages over 48 hours old: Telegram no longer edits them
        self.sent: dict[int, list[int]] = {}  # chat id -> ids of the messages the bot sent
        self.sent_at: deque[float] = deque()
        self.chat_sent: dict[int, deque[float]] = {}
        self.too_many = 0
        self.refused: set[int] = set()  # indexes in `calls` of sends refused with a 429

    # --- server -------------------------------------------------------------------------

    def start(self) -> FakeBotApi:
        api = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                self.serve()

            def do_POST(self) -> None:
                self.serve()

            def serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                url = urlparse(self.path)
                status, reply = api.dispatch(
                    url.path, url.query, self.headers.get("Content-Type", ""), body
                )
                data = json.dumps(reply).encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except OSError:
                    pass  # the client went away (a killed bot's long poll)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        self.stopped = True
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()
        with self.cond:
            self.cond.notify_all()

    @property
    def base_url(self) -> str:
        assert self.server is not None
        return f"http://127.0.0.1:{self.server.server_address[1]}/bot"

    def dispatch(self, path: str, query: str, ctype: str, body: bytes) -> tuple[int, dict]:
        prefix = f"/bot{self.token}/"
        if not path.startswith(prefix):
            return 404, {"ok": False, "error_code": 404, "description": "Not Found"}
        method = path[len(prefix) :]
        params = parse_params(query, ctype, body)
        limited = self.limit(params) if method in SENDS else 0
        with self.cond:  # a refused send is marked at once, for whoever reads `calls`
            self.calls.append(Call(method, params))
            if limited:
                self.refused.add(len(self.calls) - 1)
            self.cond.notify_all()
        handler = getattr(self, f"api_{method.lower()}", None)
        if handler is None:
            return 404, {
                "ok": False,
                "error_code": 404,
                "description": "Not Found: method not found",
            }
        if method in SENDS:
            if limited:
                return 429, {
                    "ok": False,
                    "error_code": 429,
                    "description": f"Too Many Requests: retry after {limited}",
                    "parameters": {"retry_after": limited},
                }
            if self.send_delay:
                time.sleep(self.send_delay)
        try:
            with self.cond:
                failure = self.failures.pop(method.lower(), None)
            if failure:
                raise ApiError(failure)
            return 200, {"ok": True, "result": handler(params)}
        except ApiError as exc:
            return exc.code, {"ok": False, "error_code": exc.code, "description": exc.description}

    # --- Bot API methods ----------------------------------------------------------------

    def limit(self, params: dict[str, Any]) -> int:
        """Telegram's limits, when set: seconds to wait (429) if this send is over them, else 0."""
        now = time.monotonic()
        with self.cond:
            self.sent_at.append(now)
            while self.sent_at and now - self.sent_at[0] > 1.0:
                self.sent_at.popleft()
            chat = self.chat_sent.setdefault(int(params.get("chat_id", 0) or 0), deque())
            chat.append(now)
            while chat and now - chat[0] > 1.0:
                chat.popleft()
            over = (self.overall_limit and len(self.sent_at) > self.overall_limit) or (
                self.flood_limit and len(chat) > self.flood_limit
            )
            if over:
                self.too_many += 1
                self.sent_at.pop()
                chat.pop()
            return 1 if over else 0

    def fail_next(
        self, method: str, description: str = "Bad Request: message to be replied not found"
    ) -> None:
        """Make the next call of `method` fail with a 400, once."""
        with self.cond:
            self.failures[method.lower()] = description

    def api_getme(self, params: dict[str, Any]) -> dict[str, Any]:
        return {
            **BOT_USER,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }

    def api_getupdates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset, timeout = int(params.get("offset") or 0), float(params.get("timeout") or 0)
        limit = int(params.get("limit") or 100)
        deadline = time.monotonic() + min(timeout, 30)
        with self.cond:
            while True:
                if offset:
                    self.updates = [u for u in self.updates if u["update_id"] >= offset]
                if self.updates or time.monotonic() >= deadline or self.stopped:
                    return self.updates[:limit]
                self.cond.wait(max(0.0, deadline - time.monotonic()))

    def api_deletewebhook(self, params: dict[str, Any]) -> bool:
        self.webhook = {}
        return True

    def api_setwebhook(self, params: dict[str, Any]) -> bool:
        if not str(params.get("url", "")).startswith("https://"):
            raise ApiError("Bad Request: bad webhook: HTTPS url must be provided for webhook")
        self.webhook = params
        return True

    def api_setmycommands(self, params: dict[str, Any]) -> bool:
        lang = params.get("language_code") or ""
        if lang and (len(lang) != 2 or not lang.isalpha()):
            raise ApiError("Bad Request: invalid language code specified")
        for command in params.get("commands", []):
            if not 1 <= len(command.get("description", "")) <= 256:
                raise ApiError("Bad Request: command description is invalid")
        scope = params.get("scope") or {"type": "default"}
        self.commands[(scope["type"] + str(scope.get("chat_id", "")), lang)] = params.get(
            "commands", []
        )
        return True

    def api_deletemycommands(self, params: dict[str, Any]) -> bool:
        scope = params.get("scope") or {"type": "default"}
        self.commands.pop(
            (scope["type"] + str(scope.get("chat_id", "")), params.get("language_code") or ""),
            None,
        )
        return True

    def api_getmycommands(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        scope = (params.get("scope") or {"type": "default"})["type"]
        return self.commands.get((scope, params.get("language_code") or ""), [])

    def api_answercallbackquery(self, params: dict[str, Any]) -> bool:
        return True

    def checked_text(self, params: dict[str, Any]) -> str:
        """The text as Telegram checks it: valid HTML, not empty, at most 4,096 units."""
        text = visible_text(str(params.get("text", "")), params.get("parse_mode")).strip()
        if not text:
            raise ApiError("Bad Request: message text is empty")
        if len(text.encode("utf-16-le")) // 2 > 4096:
            raise ApiError("Bad Request: message is too long")
        check_markup(params.get("reply_markup"))
        return text

    def api_sendmessage(self, params: dict[str, Any]) -> dict[str, Any]:
        return self.message(params, text=self.checked_text(params))

    def api_editmessagetext(self, params: dict[str, Any]) -> dict[str, Any]:
        """The screen a button was on, changed in place (same message id)."""
        text = self.checked_text(params)
        chat_id = int(params["chat_id"])
        if chat_id in self.blocked:
            raise ApiError("Forbidden: bot was blocked by the user", 403)
        if int(params["message_id"]) in self.stale:
            raise ApiError("Bad Request: message can't be edited")
        chat = self.chats.get(chat_id, {"id": chat_id, "type": "private", "first_name": "Test"})
        return {
            "message_id": int(params["message_id"]),
            "date": int(time.time()),
            "chat": chat,
            "from": BOT_USER,
            "text": text,
            "edit_date": int(time.time()),
        }

    def api_deletemessage(self, params: dict[str, Any]) -> bool:
        return True

    def api_deletemessages(self, params: dict[str, Any]) -> bool:
        ids = params.get("message_ids") or []
        if not 1 <= len(ids) <= 100:
            raise ApiError("Bad Request: message_ids must contain 1-100 ids")
        return True

    def api_sendcontact(self, params: dict[str, Any]) -> dict[str, Any]:
        return self.message(
            params,
            contact={
                "phone_number": params.get("phone_number"),
                "first_name": params.get("first_name"),
            },
        )

    def api_sendvenue(self, params: dict[str, Any]) -> dict[str, Any]:
        location = {"latitude": params.get("latitude"), "longitude": params.get("longitude")}
        return self.message(
            params,
            venue={
                "location": location,
                "title": params.get("title"),
                "address": params.get("address"),
            },
        )

    def block(self, user_id: int) -> None:
        """The user blocks the bot: every send to them is refused with a 403."""
        with self.cond:
            self.blocked.add(user_id)

    def message(self, params: dict[str, Any], **content: Any) -> dict[str, Any]:
        chat_id = int(params["chat_id"])
        if chat_id in self.blocked:
            raise ApiError("Forbidden: bot was blocked by the user", 403)
        chat = self.chats.get(chat_id, {"id": chat_id, "type": "private", "first_name": "Test"})
        found = {
            "message_id": next(self.message_ids),
            "date": int(time.time()),
            "chat": chat,
            "from": BOT_USER,
            **content,
        }
        with self.cond:
            self.sent.setdefault(chat_id, []).append(found["message_id"])
        markup = params.get("reply_markup")
        if markup and "inline_keyboard" in markup:
            found["reply_markup"] = markup
        return found

    # --- test API: inject updates, wait for calls ---------------------------------------

    def user(self, user_id: int, lang: str | None) -> dict[str, Any]:
        found = {"id": user_id, "is_bot": False, "first_name": "Test"}
        return {**found, "language_code": lang} if lang else found

    def chat(self, user_id: int, chat_type: str) -> dict[str, Any]:
        if chat_type == "private":
            chat = {"id": user_id, "type": "private", "first_name": "Test"}
        else:
            chat = {"id": -1000000000000 - user_id, "type": chat_type, "title": "A group"}
        self.chats[chat["id"]] = chat
        return chat

    def push(self, update: dict[str, Any]) -> dict[str, Any]:
        with self.cond:
            update = {"update_id": next(self.update_ids), **update}
            self.updates.append(update)
            self.cond.notify_all()
        return update

    def make_message(
        self, user_id: int, lang: str | None = "en", chat_type: str = "private", **content: Any
    ) -> dict[str, Any]:
        return {
            "message_id": next(self.message_ids),
            "date": int(time.time()),
            "chat": self.chat(user_id, chat_type),
            "from": self.user(user_id, lang),
            **content,
        }

    def text_update(
        self, user_id: int, text: str, lang: str | None = "en", chat_type: str = "private"
    ) -> dict[str, Any]:
        """An update (not yet queued) with a text message; `/...` gets its bot_command entity."""
        content: dict[str, Any] = {"text": text}
        if text.startswith("/"):
            content["entities"] = [
                {"type": "bot_command", "offset": 0, "length": len(text.split()[0])}
            ]
        return {"message": self.make_message(user_id, lang, chat_type, **content)}

    def send_text(
        self, user_id: int, text: str, lang: str | None = "en", chat_type: str = "private"
    ) -> dict[str, Any]:
        return self.push(self.text_update(user_id, text, lang, chat_type))

    def send_location(self, user_id: int, lang: str | None = "en") -> dict[str, Any]:
        location = {"latitude": 52.37, "longitude": 4.89}
        return self.push({"message": self.make_message(user_id, lang, location=location)})

    def press(
        self, user_id: int, data: str, lang: str | None = "en", *, old: bool = False
    ) -> dict[str, Any]:
        """A button press; `old`: on a message over 48 hours old (date 0, inaccessible)."""
        shown = self.make_message(user_id, lang, text="(an earlier message)")
        shown["from"] = BOT_USER
        if old:
            shown = {"message_id": shown["message_id"], "date": 0, "chat": shown["chat"]}
            with self.cond:
                self.stale.add(shown["message_id"])
        query = {
            "id": str(next(self.message_ids)),
            "from": self.user(user_id, lang),
            "chat_instance": "1",
            "message": shown,
            "data": data,
        }
        return self.push({"callback_query": query})

    def sent_ids(self, chat_id: int) -> list[int]:
        with self.cond:
            return list(self.sent.get(chat_id, []))

    def mark(self) -> int:
        with self.cond:
            return len(self.calls)

    def wait_calls(
        self,
        method: str,
        count: int = 1,
        *,
        since: int = 0,
        chat_id: int | None = None,
        timeout: float = 10.0,
    ) -> list[Call]:
        """The first `count` calls of `method` after index `since`; fails after `timeout`.

        A send refused with a 429 does not count: the bot sends it again.
        """
        deadline = time.monotonic() + timeout
        with self.cond:
            while True:
                found = [
                    c
                    for n, c in enumerate(self.calls[since:], start=since)
                    if n not in self.refused
                    and (c.method == method or (method == "answer" and c.method in ANSWERS))
                    and (chat_id is None or int(c.params.get("chat_id", 0)) == chat_id)
                ]
                if len(found) >= count:
                    return found
                if time.monotonic() >= deadline:
                    raise AssertionError(
                        f"{len(found)}/{count} {method} calls after {timeout}s: {found}"
                    )
                self.cond.wait(deadline - time.monotonic())

    def replies(self, chat_id: int, since: int) -> list[Call]:
        """sendMessage and editMessageText calls to `chat_id` since `since`, not refused."""
        with self.cond:
            return [
                c
                for n, c in enumerate(self.calls[since:], start=since)
                if n not in self.refused
                and c.method in ANSWERS
                and int(c.params.get("chat_id", 0)) == chat_id
            ]


def parse_params(query: str, ctype: str, body: bytes) -> dict[str, Any]:
    """Parameters from the query string, a JSON body or a form body (PTB sends forms)."""
    if ctype.startswith("application/json") and body:
        return {**_form(query), **json.loads(body)}
    return {**_form(query), **_form(body.decode())}


def _form(raw: str) -> dict[str, Any]:
    params: dict[str, Any] = {}
    for key, values in parse_qs(raw, keep_blank_values=True).items():
        value = values[-1]
        if key not in STRING_FIELDS:
            with contextlib.suppress(ValueError):
                value = json.loads(value)
        params[key] = value
    return params

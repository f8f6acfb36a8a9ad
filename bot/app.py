"""One turn end to end, for any channel: load state, step, save, render."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime

from bot.config import Settings
from bot.content.checks import validated_content
from bot.content.model import Content
from bot.engine.events import Event
from bot.engine.replies import UserState
from bot.engine.step import step
from bot.i18n import REFERENCE, Localizer, build_localizer
from bot.markup import Markup
from bot.matcher import FuzzyMatcher
from bot.render import Rendered, Renderer
from bot.store import SqliteStore, Store, load_or_create_secret, user_key

log = logging.getLogger(__name__)
# Telegram sends language tags CLDR-style; map them to our locale codes.
LANGUAGE_ALIASES = {"fa-af": "prs", "ku": "kmr", "ckb-iq": "ckb", "ku-iq": "ckb"}


def pick_language(hint: str | None, supported: dict[str, object]) -> str:
    """A supported locale for a client language tag such as `fa-AF` or `pt-BR`; else English."""
    if not hint:
        return REFERENCE
    tag = hint.lower().replace("_", "-")
    for candidate in (LANGUAGE_ALIASES.get(tag), tag, tag.split("-")[0]):
        if candidate and candidate in supported:
            return candidate
    return REFERENCE


@dataclass(slots=True)
class Wegwijs:
    """Everything built once at start and shared by every turn."""

    content: Content
    localizer: Localizer
    renderer: Renderer
    matcher: FuzzyMatcher
    store: Store
    secret: bytes

    def key(self, channel: str, user_id: str) -> str:
        return user_key(self.secret, channel, user_id)

    def handle(
        self,
        key: str,
        event: Event,
        *,
        lang_hint: str | None,
        markup: Markup,
        now: datetime,
    ) -> tuple[str, list[Rendered]]:
        """Answer one event of the user `key`; returns the language used and the messages."""
        state = self.store.load(key)
        if state is None or state.lang not in self.content.locales:
            state = UserState(lang=pick_language(lang_hint, self.content.locales))
        turn = step(state, event, content=self.content, matcher=self.matcher)
        if turn.state is None:
            self.store.forget(key)
            lang = state.lang
        else:
            self.store.save(key, turn.state, now.date())
            lang = turn.state.lang
        log.info("turn event=%s node=%s lang=%s user=%s", type(event).__name__, turn.state.node if turn.state else "-", lang, key[:12])  # fmt: skip
        return lang, [self.renderer.render(s, lang, markup, now) for s in turn.screens]


def build_app(settings: Settings, *, strict: bool = False) -> Wegwijs:
    """Load and validate content (raising ContentError) and open the store."""
    content = validated_content(settings.content_dir)
    localizer = build_localizer(content.root / "locales", content.locales, strict=strict)
    store = SqliteStore(settings.state_path)
    store.expire(date.today())  # noqa: DTZ011 - idle rows go after IDLE_DAYS
    return Wegwijs(
        content=content,
        localizer=localizer,
        renderer=Renderer(content, localizer),
        matcher=FuzzyMatcher(content),
        store=store,
        secret=load_or_create_secret(settings.secret, settings.state_path),
    )

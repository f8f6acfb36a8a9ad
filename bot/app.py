"""One turn end to end, for any channel: load state, step, save, render."""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from time import perf_counter

from bot import cache, heap
from bot.config import Settings
from bot.content.model import Content
from bot.content.validated import validated_content
from bot.engine.events import Event, Start, Text
from bot.engine.replies import Turn, UserState
from bot.engine.step import answered_alike, on_match, step, understand
from bot.facts import fact_arguments
from bot.i18n import REFERENCE, Localizer, build_localizer
from bot.markup import Markup
from bot.memo import Memo
from bot.render import Rendered, Renderer
from bot.state import State, open_state
from bot.stats import Stats
from bot.store import MESSAGE_HOURS, RETENTION_DAYS, Store, user_key
from bot.understand.understand import Understanding

log = logging.getLogger(__name__)
ANSWERS_KEPT = 1024  # answers alike for everyone (Parts.answers): some megabytes at most
# Telegram sends language tags CLDR-style; map them to our locale codes.
LANGUAGE_ALIASES = {"fa-af": "prs", "ku": "kmr", "ckb-iq": "ckb", "ku-iq": "ckb"}


def pick_language(hint: str | None, supported: Mapping[str, object]) -> str:
    """A supported locale for a client language tag such as `fa-AF` or `pt-BR`; else English."""
    if not hint:
        return REFERENCE
    tag = hint.lower().replace("_", "-")
    for candidate in (LANGUAGE_ALIASES.get(tag), tag, tag.split("-")[0]):
        if candidate and candidate in supported:
            return candidate
    return REFERENCE


def language_of(content: Content, known: UserState | None, lang_hint: str | None) -> str:
    """A user's language: the one they chose, else their client's, else English."""
    if known is not None and known.lang in content.locales:
        return known.lang
    return pick_language(lang_hint, content.locales)


def speaks(content: Content, lang_hint: str | None) -> bool:
    """Whether the client's language is one the bot has (no hint: assume English)."""
    if not lang_hint:
        return True
    chosen = pick_language(lang_hint, content.locales)
    return chosen != REFERENCE or lang_hint.lower().startswith("en")


@dataclass(frozen=True, slots=True)
class Answer:
    """What a channel sends for one event: the language used, the turn and its messages."""

    lang: str
    turn: Turn
    messages: list[Rendered]
    erase: list[int]  # message ids of this chat the channel should delete first


@dataclass(slots=True)
class Wegwijs:
    """Everything built once at start and shared by every turn."""

    # Content, messages and model, swapped whole by a reload: a turn (which may run in a
    # worker thread, bot.offload) reads `parts` once and never mixes two contents.
    parts: Parts
    stats: Stats
    state: State  # the store, counts, pending updates and the secret

    @property
    def content(self) -> Content:
        return self.parts.content

    @property
    def localizer(self) -> Localizer:
        return self.parts.renderer.localizer

    @property
    def store(self) -> Store:
        return self.state.store

    def key(self, channel: str, user_id: str) -> str:
        return user_key(self.state.secret, channel, user_id)

    def language_of(self, key: str, lang_hint: str | None, parts: Parts) -> str:
        """The user's language (by the content of `parts`, the caller's one snapshot): the
        one they chose, else their client's, else English."""
        return language_of(parts.content, self.store.load(key), lang_hint)

    def answer(
        self,
        key: str,
        event: Event,
        *,
        lang_hint: str | None,
        markup: Markup,
        now: datetime,
    ) -> Answer:
        """Answer one event of the user `key`. Only the language and a day are kept."""
        started = perf_counter()
        parts = self.parts  # one content for the whole turn, whatever a reload does meanwhile
        content = parts.content
        known = self.store.load(key)
        if (
            isinstance(event, Start)
            and known is None
            and (event.payload or not speaks(content, lang_hint))
        ):
            event = Start(event.payload, choose_language=True)
        state = UserState(language_of(content, known, lang_hint))
        minute = int(now.timestamp()) // 60  # opening hours change a text by the minute
        answer: Callable[[], Turn] | None = None
        if isinstance(event, Text):
            # What the text meant (targets, a language; nothing typed) decides the answer.
            found = understand(event.text, state.lang, parts.matcher)
            alike: Hashable = (replace(found, score=0.0), state.lang, markup, minute)
            answer = functools.partial(on_match, state, content, found)
        elif answered_alike(content, event):
            alike = (event, state.lang, markup, minute)
        else:
            alike = None

        def work() -> tuple[Turn, tuple[Rendered, ...]]:
            turn = (
                answer() if answer else step(state, event, content=content, matcher=parts.matcher)
            )
            lang = (turn.state or state).lang
            return turn, tuple(parts.renderer.render(s, lang, markup, now) for s in turn.screens)

        # Most turns are a few screens in a few languages: each worked out once a minute.
        turn, rendered = parts.answers.get(alike, work) if alike is not None else work()
        erase = self.store.recent_messages(key, now) if any(s.erase for s in turn.screens) else []
        if turn.state is None:
            self.store.forget(key)
        else:
            self.store.save(key, turn.state, now.date())
        lang = (turn.state or state).lang
        self.stats.add(now.date(), lang, turn.counts)
        messages = list(rendered)
        # Only the kind of event and the time taken: no user, no screen, no text.
        log.debug("turn %s %.1f ms", type(event).__name__, (perf_counter() - started) * 1000)
        return Answer(lang, turn, messages, erase)

    def flush(self) -> None:
        """Write what waits (counts, message ids) without closing anything."""
        self.stats.flush()
        self.store.write()

    def close(self) -> None:
        """Write what waits and close the store (SQLite then empties its write-ahead log)."""
        self.stats.flush()
        self.store.close()

    def reload(self, settings: Settings) -> None:
        """Re-read and validate the content; on any problem raise ContentError, keep the old."""
        self.parts = build_parts(settings)


@dataclass(frozen=True, slots=True)
class Parts:
    """What the bot builds from its content: read-only but for a memo of answers, which is
    safe to share, so any number of stores can share it."""

    content: Content
    renderer: Renderer
    matcher: Understanding
    # Turns and their messages answered alike for everyone (engine.step.answered_alike), by
    # event, language, markup and minute: most turns are a few screens in a few languages.
    answers: Memo[tuple[Turn, tuple[Rendered, ...]]] = field(
        default_factory=lambda: Memo(ANSWERS_KEPT), compare=False
    )


@heap.paused
def build_parts(settings: Settings, *, strict: bool = False) -> Parts:
    """Load and validate the content (raising ContentError); messages and the model from it."""
    content = validated_content(settings.content_dir)
    renderer = build_renderer(content, strict=strict, retention_days=settings.retention_days)
    parts = Parts(content, renderer, Understanding(content))
    cache.prune()  # only now: every cache file this start needs has been read, so marked
    return parts


def build_renderer(
    content: Content, *, strict: bool = False, retention_days: int = RETENTION_DAYS
) -> Renderer:
    """Messages in every language, with the facts and settings texts may name as arguments."""

    def defaults(lang: str) -> dict[str, object]:
        settings = {"retention-days": retention_days, "erase-hours": MESSAGE_HOURS}
        return {**fact_arguments(content, lang), **settings}

    localizer = build_localizer(
        content.root / "locales", content.locales, strict=strict, defaults=defaults
    )
    return Renderer(content, localizer)


def build_app(settings: Settings, *, strict: bool = False, parts: Parts | None = None) -> Wegwijs:
    """Load and validate content (raising ContentError), unless `parts` has it; open the store."""
    parts = parts or build_parts(settings, strict=strict)
    state = open_state(settings)
    return Wegwijs(parts, Stats(state.counts), state)

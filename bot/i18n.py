"""Fluent messages per language, with an honest fallback to English."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from fluent.runtime import FluentBundle, resolver
from fluent.syntax import ast
from fluent.syntax.visitor import Visitor

from bot import fluent_trees, heap
from bot.content.model import LocaleInfo

REFERENCE = "en"
FORMATTED_CACHE = 20_000  # messages formatted with arguments, kept (then all dropped)
log = logging.getLogger(__name__)


class MissingMessageError(LookupError):
    """A message is missing or failed to format (raised only in strict mode)."""


class VariableNames(Visitor):
    """The variables a pattern uses, the messages it references (which see them too) and the
    terms it references (which do not: a term sees only the arguments it is given)."""

    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()
        self.messages: set[str] = set()
        self.terms: set[str] = set()

    def visit_VariableReference(self, node: ast.VariableReference) -> None:
        self.names.add(node.id.name)

    def visit_MessageReference(self, node: ast.MessageReference) -> None:
        self.messages.add(node.id.name)

    def visit_TermReference(self, node: ast.TermReference) -> None:
        # Not visited further: a term's arguments are the term's own (Fluent allows only
        # literals there), never the message's variables: `{ -org-coa(case: "short") }`.
        self.terms.add(f"-{node.id.name}")


@dataclass(slots=True)
class Localizer:
    """Formats message ids in a language; a miss falls back to English and is recorded."""

    bundles: Mapping[str, FluentBundle]
    strict: bool = False
    # Arguments every message of a language may use (the named facts of data/facts.yaml),
    # worked out the first time a message of that language needs one: formatting dates
    # reads CLDR's data for the language, a tenth of a start for all of them.
    defaults: Callable[[str], Mapping[str, object]] = lambda _lang: {}
    misses: set[tuple[str, str]] = field(default_factory=set)
    # Messages without arguments never change after start: format each once.
    _plain: dict[tuple[str, str, bool], tuple[str, bool]] = field(default_factory=dict)
    _with_args: dict[tuple[str, str, bool, tuple[tuple[str, object], ...]], tuple[str, bool]] = (
        field(default_factory=dict)
    )
    # The default arguments each message uses: passing all facts to every call is slow.
    _uses: dict[tuple[str, str], dict[str, object]] = field(default_factory=dict)
    _defaults: dict[str, Mapping[str, object]] = field(default_factory=dict)

    @heap.paused
    def build_all(self) -> None:
        """Every language's bundle built now (to fill the cache for later starts)."""
        for code in self.bundles:
            self.bundles[code]

    def has(self, lang: str, msg_id: str) -> bool:
        bundle = self.bundles.get(lang)
        return bundle is not None and bundle.has_message(msg_id)

    def format(
        self,
        lang: str,
        msg_id: str,
        args: Mapping[str, object] | None = None,
        *,
        label: bool = False,
    ) -> str:
        """The message in `lang`, else in English (the caller may say so via `fell_back`)."""
        text, _ = self.format_checked(lang, msg_id, args, label=label)
        return text

    def format_checked(
        self,
        lang: str,
        msg_id: str,
        args: Mapping[str, object] | None = None,
        *,
        label: bool = False,
    ) -> tuple[str, bool]:
        """Return (text, fell_back_to_english). A `label` (a button, a card's title) stands
        on its own: the terms in it are not isolated (see `whole_label`)."""
        if not args:
            cached = self._plain.get((lang, msg_id, label))
            if cached is None:
                cached = self._format(lang, msg_id, None, label)
                self._plain[(lang, msg_id, label)] = cached
            return cached
        # With arguments (a count, a name): the same few come back again and again.
        key = (lang, msg_id, label, tuple(sorted(args.items())))
        try:
            found = self._with_args.get(key)
        except TypeError:  # an argument that cannot be a key: format it every time
            return self._format(lang, msg_id, args, label)
        if found is None:
            if len(self._with_args) >= FORMATTED_CACHE:
                self._with_args.clear()
            found = self._with_args[key] = self._format(lang, msg_id, args, label)
        return found

    def _format(
        self, lang: str, msg_id: str, args: Mapping[str, object] | None, label: bool
    ) -> tuple[str, bool]:
        for candidate in (lang, REFERENCE):
            bundle = self.bundles.get(candidate)
            if bundle is None or not bundle.has_message(msg_id):
                self._miss(candidate, msg_id)
                continue
            message = bundle.get_message(msg_id)
            if message.value is None:
                self._miss(candidate, msg_id)
                continue
            pattern = (
                whole_label(message.value) if label and bundle.use_isolating else message.value
            )
            merged = {**self._defaults_used(bundle, candidate, msg_id), **(args or {})}
            text, errors = bundle.format_pattern(pattern, merged)
            if errors:
                self._miss(candidate, msg_id, errors)
                continue
            return str(text), candidate != lang
        return msg_id, True

    def _defaults_used(self, bundle: FluentBundle, lang: str, msg_id: str) -> dict[str, object]:
        found = self._uses.get((lang, msg_id))
        if found is None:
            names = variables_of(bundle, msg_id)
            defaults = self.defaults_of(lang) if names else {}
            found = self._uses[(lang, msg_id)] = {n: defaults[n] for n in names if n in defaults}
        return found

    def defaults_of(self, lang: str) -> Mapping[str, object]:
        found = self._defaults.get(lang)
        if found is None:
            found = self._defaults[lang] = self.defaults(lang)
        return found

    def _miss(self, lang: str, msg_id: str, errors: list[Exception] | None = None) -> None:
        self.misses.add((lang, msg_id))
        log.warning("message %s missing or broken in %s: %s", msg_id, lang, errors or "")
        if self.strict:
            raise MissingMessageError(f"{lang}: {msg_id} {errors or 'missing'}")


def whole_label(pattern: resolver.Pattern) -> resolver.Pattern:
    """A label's pattern with its terms not isolated, its variables still isolated.

    In right-to-left languages Fluent isolates every placeable of a pattern (U+2068 ...
    U+2069), so that a Latin name keeps its order inside a sentence; it leaves alone a
    pattern that is one placeable, which stands on its own. A label does too, when it puts
    words beside a name (`{ -org-politie } ({ -org-politie-what })`): isolating its terms
    would only change how a phone lays the label out. A number in it stays isolated.
    """
    if not isinstance(pattern, resolver.Pattern):
        return pattern  # plain text or one placeable: nothing in it is isolated
    return resolver.Pattern(
        elements=[
            resolver.NeverIsolatingPlaceable(expression=element.expression)
            if isinstance(element, resolver.Placeable)
            and isinstance(element.expression, resolver.TermReference)
            else element
            for element in pattern.elements
        ]
    )


def variables_of(bundle: FluentBundle, msg_id: str) -> set[str]:
    """Every variable a message may read, through the messages it references too."""
    names: set[str] = set()
    todo, seen = [msg_id], set()
    while todo:
        current = todo.pop()
        if current in seen or not bundle.has_message(current):
            continue
        seen.add(current)
        visitor = VariableNames()
        visitor.visit(bundle.get_message(current))
        names |= visitor.names
        todo += visitor.messages
    return names


def parse_ftl(text: str) -> ast.Resource:
    """A .ftl file's messages to serve, parsed once per text (a copy or a reload parses
    only what changed); the tree is only read."""
    return fluent_trees.parse(text, spans=False)


def ftl_files(locale_dir: Path) -> list[Path]:
    """The Fluent files of one locale folder, in a stable order."""
    return sorted(locale_dir.glob("*.ftl"))


class Bundles(Mapping[str, FluentBundle]):
    """One Fluent bundle per language, each built the first time it is asked for.

    Building one reads Babel's data for the language and the syntax trees of its files: for
    all sixteen, a fifth of a start, while a process often serves two or three. The files'
    text is read at once, so a bundle built later holds what was validated, not a later edit.
    """

    def __init__(self, locales: Mapping[str, LocaleInfo], texts: Mapping[str, list[str]]) -> None:
        self._locales = dict(locales)
        self._texts = dict(texts)
        self._built: dict[str, FluentBundle] = {}
        self._lock = threading.Lock()  # turns may run in worker threads (bot.offload)

    def __getitem__(self, code: str) -> FluentBundle:
        found = self._built.get(code)
        if found is not None:
            return found
        info = self._locales[code]  # KeyError for a language the content does not have
        with self._lock:
            found = self._built.get(code)
            if found is None:
                # Isolation marks keep Latin numbers and names readable inside right-to-left
                # text.
                found = FluentBundle([info.cldr.replace("_", "-")], use_isolating=info.rtl)
                for text in self._texts[code]:
                    found.add_resource(parse_ftl(text))
                self._built[code] = found
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(self._locales)

    def __len__(self) -> int:
        return len(self._locales)


def build_localizer(
    locales_dir: Path,
    locales: dict[str, LocaleInfo],
    *,
    strict: bool = False,
    defaults: Callable[[str], Mapping[str, object]] | None = None,
) -> Localizer:
    """Every locale's .ftl files, read now, as one bundle per language built when needed."""
    texts = {
        code: [path.read_text(encoding="utf-8") for path in ftl_files(locales_dir / code)]
        for code in locales
    }
    bundles = Bundles(locales, texts)
    return Localizer(bundles, strict=strict, defaults=defaults or (lambda _lang: {}))

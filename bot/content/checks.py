"""`validate`: every check runs and adds problems to one report; errors stop the bot."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

from bot.channels import CHANNEL_MESSAGES
from bot.content.fluent_checks import LocaleMessages, check_locales
from bot.content.load import load_content
from bot.content.model import (
    CALM_KINDS,
    DANGER_KINDS,
    EMERGENCY,
    LANGUAGE_MENU,
    MAIN_MENU,
    MAX_ID_BYTES,
    MAX_OPTIONS_PER_NODE,
    NOTHING,
    Content,
    FlowNode,
    Provenance,
)
from bot.content.problems import Report
from bot.content.targets import (
    CALM,
    CATEGORY,
    COMMAND,
    CONTACT,
    DANGER,
    LANG,
    NODE,
    ORGANIZATION,
    PHASE,
    Target,
)
from bot.engine.events import COMMANDS
from bot.engine.screens import build_screen
from bot.errors import ContentError
from bot.i18n import REFERENCE

# Message ids the engine and renderer use themselves (all else is named by content).
CODE_MESSAGES = (
    "welcome",
    "welcome-language",
    "start-unknown-link",
    "forget-done",
    "command-unknown",
    "button-expired",
    "language-changed",
    "category-organisations-count",
    "text-did-you-mean",
    "text-not-understood",
    "location-not-used",
    "message-not-readable",
    "nav-back",
    "nav-menu",
    "nav-emergency",
    "nav-language",
    "phase-next-button",
    "phase-more-button",
    "category-more-button",
    "card-more-button",
    "notice-english-fallback",
    "card-unconfirmed",
    "card-for-professionals",
    "card-save-contact",
    "card-contact-sent",
    "hours-open-now",
    "hours-closed-now",
    "hours-always",
    "hours-every-day",
    "hours-one-day",
    "hours-day-range",
    "hours-closed-holidays",
    "phase-checked",
    *(f"danger-{kind}" for kind in DANGER_KINDS),
    "forget-ask",
    "forget-yes",
    "forget-erase",
    "forget-no",
    "forget-done-phone",
    "erase-button",
    "erase-done",
    "share-button",
    "share-intro",
    "share-link",
    "share-in-telegram",
    "feedback-up",
    "feedback-down",
    "feedback-missing",
    "feedback-thanks",
    "feedback-missing-thanks",
)
# Variables that code passes to messages; every other variable must name a fact.
CODE_VARIABLES = frozenset(
    {
        "count",
        "phone",
        "bot",
        "first",
        "last",
        "from",
        "to",
        "checked",
        "link",
        "retention-days",
        "erase-hours",
    }
)
EXPIRY_WARNING = timedelta(days=60)
REQUIRED_NODES = (MAIN_MENU, LANGUAGE_MENU, Target.node("help"), Target.node("privacy"))
STALE_AFTER = timedelta(days=365)

Check = Callable[[Content, Report], None]


def screens_from(content: Content, screen: Target) -> Iterator[Target]:
    """Every screen one button press away from `screen`."""
    shown = build_screen(content, screen)
    for button in (*shown.buttons, *shown.nav):
        if button.target.kind not in (LANG, CONTACT):
            yield button.target


def check_targets(content: Content, report: Report) -> None:
    for node in content.nodes.values():
        _check_node_targets(content, node, report)
    for row in content.menu:
        for option in row:
            if not content.has_screen(option.to):
                report.error(
                    "flows/main.yaml",
                    option.line,
                    "FLOW-UNKNOWN-TARGET",
                    f"'{option.to}' (in the menu) is not a node or target",
                )
    for required in REQUIRED_NODES:
        if content.node_of(required) is None:
            report.error(
                "flows", None, "FLOW-MISSING-NODE", f"required node '{required}' is missing"
            )


def _check_node_targets(content: Content, node: FlowNode, report: Report) -> None:
    """A node's options, its way back and how many options it has."""
    for option in node.options:
        line = option.line or node.line
        if not content.has_screen(option.to):
            report.error(
                node.path,
                line,
                "FLOW-UNKNOWN-TARGET",
                f"'{option.to}' (in node '{node.id}') is not a node or target",
            )
        elif option.label is None and option.to.kind == NODE:
            report.error(
                node.path, line, "FLOW-NO-LABEL", f"option to '{option.to}' needs a label"
            )
    if not content.has_screen(node.back):
        report.error(
            node.path,
            content.lines.get((node.path, f"{node.id}.back"), node.line),
            "FLOW-UNKNOWN-BACK",
            f"back '{node.back}' of '{node.id}' is not a node",
        )
    if len(node.options) > MAX_OPTIONS_PER_NODE:
        report.error(
            node.path,
            node.line,
            "FLOW-TOO-MANY-OPTIONS",
            f"'{node.id}' has more than {MAX_OPTIONS_PER_NODE} options",
        )


def all_screens(content: Content) -> list[Target]:
    return [
        *(Target.node(n) for n in content.nodes),
        *(Target(CATEGORY, c) for c in content.categories),
        *(Target(ORGANIZATION, o) for o in content.organisations),
        *(Target(PHASE, p) for p in content.phases),
    ]


def check_graph(content: Content, report: Report) -> None:
    """Every screen reachable from the main menu; every screen one step from emergency."""
    if content.node_of(MAIN_MENU) is None or report.errors:
        return  # graph checks need sound targets first
    seen, queue = {MAIN_MENU}, deque([MAIN_MENU])
    while queue:
        for nxt in screens_from(content, queue.popleft()):
            if nxt not in seen and content.has_screen(nxt):
                seen.add(nxt)
                queue.append(nxt)
    for screen in all_screens(content):
        node = content.node_of(screen)
        where = (node.path, node.line) if node else ("data", None)
        if screen not in seen:
            report.error(
                *where, "FLOW-UNREACHABLE", f"'{screen}' cannot be reached from {MAIN_MENU}"
            )
        if screen != EMERGENCY and EMERGENCY not in set(screens_from(content, screen)):
            report.error(
                *where, "FLOW-NO-EMERGENCY", f"'{screen}' has no one-step way to emergency"
            )
        if screen != MAIN_MENU and MAIN_MENU not in set(screens_from(content, screen)):
            report.error(*where, "FLOW-NO-WAY-BACK", f"'{screen}' has no way back to {MAIN_MENU}")
        if len(str(screen).encode()) > MAX_ID_BYTES:
            report.error(
                *where, "FLOW-ID-TOO-LONG", f"'{screen}' is longer than {MAX_ID_BYTES} bytes"
            )


def check_data(content: Content, report: Report) -> None:
    path = "data/organisations.yaml"
    for org in content.organisations.values():
        for cat in org.categories:
            if cat not in content.categories:
                report.error(
                    path,
                    content.lines.get((path, f"{org.id}.categories"), org.provenance.line),
                    "DATA-UNKNOWN-CATEGORY",
                    f"'{org.id}' names unknown category '{cat}'",
                )
    for category in content.categories.values():
        if not category.organisations:
            report.error(
                "data/categories.yaml",
                category.line,
                "DATA-EMPTY-CATEGORY",
                f"category '{category.id}' has no organisation",
            )
    _check_phase_links(content, report)


def _check_phase_links(content: Content, report: Report) -> None:
    """Each phase's related categories and next steps exist."""
    path = "data/phases.yaml"
    for phase in content.phases.values():
        for cat in phase.related:
            if cat not in content.categories:
                report.error(
                    path,
                    content.lines.get((path, f"{phase.id}.related"), phase.line),
                    "DATA-UNKNOWN-CATEGORY",
                    f"phase '{phase.id}' names unknown category '{cat}'",
                )
        for step in phase.next:
            if step not in content.phases and step not in content.nodes:
                report.error(
                    path,
                    content.lines.get((path, f"{phase.id}.next"), phase.line),
                    "DATA-UNKNOWN-PHASE",
                    f"phase '{phase.id}': next '{step}' is not a phase or node",
                )


def used_messages(content: Content) -> Iterator[tuple[str, str, int | None]]:
    """(message id, file, line) for every message the content and code use."""
    for msg in CODE_MESSAGES:
        yield msg, "bot", None
    yield from _flow_messages(content)
    yield from _category_and_organisation_messages(content)
    yield from _phase_messages(content)
    for words in content.keywords.values():
        for target in words:
            if content.node_of(target) is not None:
                yield f"{target.id}-title", "locales", None


def _flow_messages(content: Content) -> Iterator[tuple[str, str, int | None]]:
    for row in content.menu:
        for option in row:
            yield option.label or "", "flows/main.yaml", option.line
    for node in content.nodes.values():
        for say in node.say:
            yield say.msg, node.path, say.line or node.line
        for option in node.options:
            if option.label:
                yield option.label, node.path, option.line or node.line


def _category_and_organisation_messages(content: Content) -> Iterator[tuple[str, str, int | None]]:
    for cat in content.categories.values():
        yield f"category-{cat.id}", "data/categories.yaml", cat.line
        for say in (*cat.say, *cat.more):
            yield say.msg, "data/categories.yaml", say.line or cat.line
    for org in content.organisations.values():
        yield f"org-{org.id}-about", "data/organisations.yaml", org.provenance.line
        yield f"org-{org.id}-name", "data/organisations.yaml", org.provenance.line
        for phone in org.phones:
            yield phone.label, "data/organisations.yaml", phone.provenance.line
        for link in org.links:
            yield link.label, "data/organisations.yaml", link.provenance.line


def _phase_messages(content: Content) -> Iterator[tuple[str, str, int | None]]:
    for phase in content.phases.values():
        yield f"phase-{phase.id}", "data/phases.yaml", phase.line
        for say in (*phase.say, *phase.more):
            yield say.msg, "data/phases.yaml", say.line or phase.line
        # A flow node among several next steps is a button labelled by its title.
        for step in phase.next if len(phase.next) > 1 else ():
            if step in content.nodes:
                yield f"{step}-title", "data/phases.yaml", phase.line


def name_term(org_id: str) -> str:
    """The term that holds an organisation's name in every locale: `-org-coa`."""
    return f"-org-{org_id}"


def name_terms(content: Content) -> frozenset[str]:
    """The terms every locale defines: each organisation's name."""
    return frozenset(map(name_term, content.organisations))


def check_messages(content: Content, report: Report) -> None:
    cldr = {code: content.locales[code].cldr for code in sorted(content.locales)}
    locales = check_locales(
        content.root,
        cldr,
        report,
        required=frozenset(CHANNEL_MESSAGES),
        names=name_terms(content),
    )
    reference = locales.get(REFERENCE)
    if reference is None:
        return
    for msg, path, line in used_messages(content):
        if msg not in reference.messages:
            report.error(
                path, line, "FTL-UNKNOWN-MESSAGE", f"message '{msg}' is not in locales/en"
            )
    for code, locale in locales.items():
        for msg in CHANNEL_MESSAGES:
            if msg not in locale.messages:
                report.error(
                    f"locales/{code}",
                    None,
                    "FTL-CHANNEL-MISSING",
                    f"message '{msg}', which the channels use, is missing",
                )
        check_digits(locale, report)
        check_names(content, locale, report)
    check_variables(content, reference, report)


def check_names(content: Content, locale: LocaleMessages, report: Report) -> None:
    """Every organisation has its name as a term in every locale, for its card, its button
    and the sentences that name it; reported beside its `org-<id>-name` message, or at the
    organisation when that is missing too."""
    for org in content.organisations.values():
        term = name_term(org.id)
        if term in locale.terms:
            continue
        at = "data/organisations.yaml", org.provenance.line, frozenset[str]()
        rel, line, _ = locale.messages.get(f"org-{org.id}-name", at)
        report.error(
            rel,
            line,
            "FTL-TERM-MISSING",
            f"no term {term} in locales/{locale.code}: the name of '{org.id}' for its readers",
        )


def check_digits(locale: LocaleMessages, report: Report) -> None:
    """No number typed into a text: every number comes from data, as a variable."""
    for msg_id, (rel, line, text) in sorted(locale.digits.items()):
        report.error(
            rel,
            line,
            "FTL-DIGIT",
            f"'{msg_id}' has a number typed into its text ({text!r}); "
            "numbers come from data/facts.yaml as variables",
        )


def check_variables(content: Content, reference: LocaleMessages, report: Report) -> None:
    """Every variable is a fact or one the code passes; texts state only confirmed facts."""
    facts = "data/facts.yaml"
    for fact_id in content.facts:
        if fact_id in CODE_VARIABLES:
            report.error(
                facts,
                content.lines.get((facts, fact_id)),
                "DATA-FACT-NAME",
                f"fact id '{fact_id}' is reserved for a variable the code passes",
            )
    for msg_id, (rel, line, names) in sorted(reference.messages.items()):
        for name in sorted(names - CODE_VARIABLES):
            fact = content.facts.get(name)
            if fact is None and (facts, name) in content.lines:
                continue  # the fact is there but broken, and reported already
            if fact is None:
                report.error(
                    rel,
                    line,
                    "FTL-UNKNOWN-VARIABLE",
                    f"'{msg_id}' uses ${name}, which is no fact in data/facts.yaml",
                )
            elif not fact.provenance.verified:
                report.error(
                    rel,
                    line,
                    "FTL-UNVERIFIED-FACT",
                    f"'{msg_id}' states ${name}, which no source confirms",
                )


def known_target(content: Content, target: Target, *, examples: bool, calm: bool = False) -> bool:
    if calm or target.kind == CALM:  # calm words go under their kinds, and only there
        return calm and target.kind == CALM and target.id in CALM_KINDS
    if target.kind == COMMAND:
        return target.id in COMMANDS
    if examples and (target == NOTHING or (target.kind == DANGER and target.id in DANGER_KINDS)):
        return True
    return content.has_screen(target) and not (examples and target == EMERGENCY)


def check_phrases(
    content: Content,
    report: Report,
    table: dict[str, dict[Target, tuple[str, ...]]],
    name: str,
    code: str,
) -> None:
    """Every target known, no phrase claimed by two targets (as the matcher sees them)."""
    from bot.understand.text import normal_forms

    examples, calm = code == "EXAMPLES", code == "CALM"
    every = [p for words in table.values() for phrases in words.values() for p in phrases]
    form = dict(zip(every, normal_forms(every), strict=True))
    for lang, words in table.items():
        path = f"locales/{lang}/{name}"
        owner: dict[str, Target] = {}
        for target, phrases in words.items():
            line = content.lines.get((path, str(target)))
            if not known_target(content, target, examples=examples, calm=calm):
                hint = " (write danger:<kind> instead)" if target == EMERGENCY and examples else ""
                if calm:
                    hint = f" (write one of {', '.join(f'{CALM}:{kind}' for kind in CALM_KINDS)})"
                report.error(path, line, f"{code}-TARGET", f"'{target}' is not a target{hint}")
            for phrase in phrases:
                key = form[phrase]
                if key in owner and owner[key] != target:
                    report.error(
                        path,
                        line,
                        f"{code}-CLASH",
                        f"'{phrase}' is claimed by {owner[key]} and {target}",
                    )
                owner.setdefault(key, target)


def check_keywords(content: Content, report: Report) -> None:
    check_phrases(content, report, content.keywords, "keywords.yaml", "KEYWORDS")


def check_examples(content: Content, report: Report) -> None:
    """Every language has examples, with every kind of danger among them."""
    check_phrases(content, report, content.examples, "examples.yaml", "EXAMPLES")
    for lang in content.locales:
        words = content.examples.get(lang)
        if words is None:
            # A file that is there but unreadable is reported already, as YAML or SHAPE.
            if not (content.root / "locales" / lang / "examples.yaml").exists():
                report.error(
                    f"locales/{lang}",
                    None,
                    "EXAMPLES-MISSING",
                    "no examples.yaml: typed text in this language is understood only by keywords",
                )
            continue
        missing = [kind for kind in DANGER_KINDS if Target(DANGER, kind) not in words]
        if missing:
            report.error(
                f"locales/{lang}/examples.yaml",
                1,
                "EXAMPLES-DANGER",
                f"no examples of danger: {', '.join(missing)}",
            )


def check_calm_words(content: Content, report: Report) -> None:
    """Calm words under known kinds, none twice; a language without them warns (its
    messages about danger that is not happening now are weighed by the models alone)."""
    from bot.understand.text import emoji_key, normal_forms

    check_phrases(content, report, content.calm, "calm.yaml", "CALM")
    for lang, kinds in content.calm.items():
        path = f"locales/{lang}/calm.yaml"
        for kind, phrases in kinds.items():
            for phrase, form in zip(phrases, normal_forms(phrases), strict=True):
                if not form and not emoji_key(phrase):
                    report.error(
                        path,
                        content.lines.get((path, str(kind))),
                        "CALM-NO-WORD",
                        f"'{phrase}' holds no word or symbol to look for",
                    )
    for lang in content.locales:
        if (
            lang not in content.calm
            and not (content.root / "locales" / lang / "calm.yaml").exists()
        ):
            report.warn(
                f"locales/{lang}",
                None,
                "CALM-MISSING",
                "no calm.yaml: danger told as past or as a question is left to the models",
            )


def check_fact_dates(content: Content, report: Report, today: date | None = None) -> None:
    """A fact past its end date stops the bot; one close to it, or not yet valid, warns."""
    today = today or date.today()  # noqa: DTZ011 - a calendar day is enough here
    for fact in content.facts.values():
        prov, label = fact.provenance, f"fact {fact.id}"
        line = fact.dates_line or prov.line
        if fact.valid_until and fact.valid_until < today:
            report.error(
                prov.path,
                line,
                "FACT-EXPIRED",
                f"{label} held until {fact.valid_until}; check the source and change it",
            )
        elif fact.valid_until and fact.valid_until - today <= EXPIRY_WARNING:
            report.warn(
                prov.path,
                line,
                "FACT-EXPIRING",
                f"{label} holds until {fact.valid_until}; check the source soon",
            )
        if fact.valid_from and fact.valid_from > today:
            report.warn(
                prov.path, line, "FACT-NOT-YET", f"{label} applies only from {fact.valid_from}"
            )


def check_facts(content: Content, report: Report, today: date | None = None) -> None:
    """Warn on facts checked over a year ago and on facts no source confirms."""
    today = today or date.today()  # noqa: DTZ011 - a calendar day is enough here
    for label, prov in iter_facts(content):
        if not prov.verified:
            report.warn(
                prov.path,
                prov.line,
                "FACT-UNVERIFIED",
                f"{label}: not confirmed by any source ({prov.source})",
            )
        elif prov.checked and date.fromisoformat(prov.checked) < today - STALE_AFTER:
            report.warn(
                prov.path, prov.line, "FACT-STALE", f"{label}: last checked {prov.checked}"
            )


def iter_facts(content: Content) -> Iterator[tuple[str, Provenance]]:
    for org in content.organisations.values():
        for fact in org.facts:
            value = (
                getattr(fact, "number", None)
                or getattr(fact, "value", None)
                or getattr(fact, "url", "")
            )
            yield f"{org.id} {value}", fact.provenance
    for fact_id, named in content.facts.items():
        if named.type != "phone":  # a phone fact's provenance is its organisation's
            yield f"fact {fact_id}={named.value}", named.provenance


CHECKS: tuple[Check, ...] = (
    check_targets,
    check_data,
    check_messages,
    check_keywords,
    check_examples,
    check_calm_words,
    check_fact_dates,
    check_facts,
    check_graph,
)


def validate(root: Path) -> tuple[Content, Report]:
    """Load and check everything under `root`; all checks run."""
    report = Report()
    try:
        content = load_content(root, report)
    except (OSError, ValueError) as exc:
        where = Path(getattr(exc, "filename", None) or root)
        where = where.relative_to(root) if where.is_relative_to(root) else where
        message = getattr(exc, "strerror", None) or str(exc)
        report.error(where.as_posix(), None, "CONTENT-UNREADABLE", message)
        raise ContentError(report.errors) from exc
    for check in CHECKS:
        check(content, report)
    return content, report

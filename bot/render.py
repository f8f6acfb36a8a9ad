"""Turn engine screens into localized text and labelled buttons for a channel."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from urllib.parse import quote
from zoneinfo import ZoneInfo

from babel import Locale
from babel.lists import format_list

from bot.content.model import EMERGENCY, Content, DeepLink, Fact, Link, Organisation, Phone, Say
from bot.content.targets import LANG, LANG_PAGE, NODE, ORGANIZATION, Target
from bot.engine.replies import Button, Card, Screen
from bot.facts import format_day
from bot.hours import DAYS, Hours, is_open
from bot.i18n import Localizer
from bot.markup import RLM, Markup, PlainMarkup, isolate

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


@dataclass(frozen=True, slots=True)
class RenderedButton:
    """A button ready to show: its label and the target it carries."""

    label: str
    target: Target | None  # None: a link button
    path: tuple[Target, ...] = ()
    url: str | None = None  # a link button (share) instead of a button that answers


@dataclass(slots=True, eq=False)
class Rendered:
    """One message ready for a channel. Never changed once made, and equal only to itself:
    bot.app keeps answers alike for everyone, and a channel may keep what it made of one
    by the message itself (bot.channels.telegram's keyboards)."""

    text: str
    buttons: list[RenderedButton] = field(default_factory=list)
    nav: list[RenderedButton] = field(default_factory=list)
    contact: tuple[str, str] | None = None  # (name, phone number) to send as a contact card
    extras: list[RenderedButton] = field(default_factory=list)  # share, feedback, erase
    toast: bool = False
    erase: bool = False
    node: Target | None = None
    urgent: bool = False  # an emergency screen: a channel sends it before anything else


@dataclass(slots=True)
class _Pass:
    """One rendering in one language; remembers whether English had to stand in."""

    renderer: Renderer
    lang: str
    markup: Markup
    fell_back: bool = False

    def t(
        self, msg_id: str, args: Mapping[str, object] | None = None, *, label: bool = False
    ) -> str:
        text, fell_back = self.renderer.localizer.format_checked(
            self.lang, msg_id, args, label=label
        )
        self.fell_back = self.fell_back or fell_back
        return text

    @property
    def rtl(self) -> bool:
        info = self.renderer.content.locales.get(self.lang)
        return bool(info and info.rtl)

    @property
    def cldr(self) -> str:
        info = self.renderer.content.locales.get(self.lang)
        return info.cldr if info else "en"


class Renderer:
    """Renders screens; built once at start with the content and messages."""

    def __init__(self, content: Content, localizer: Localizer) -> None:
        self.content = content
        self.localizer = localizer

    def render(self, screen: Screen, lang: str, markup: Markup, now: datetime) -> Rendered:
        p = _Pass(self, lang, markup)
        parts = [self.block(p, block, now) for block in screen.blocks]
        buttons = [self.button(p, b) for b in screen.buttons]
        nav = [self.button(p, b) for b in screen.nav]
        extras = [self.button(p, b) for b in screen.extras]
        for label, payload in screen.links:
            link = markup.deep_link(payload)
            share = f"https://t.me/share/url?url={quote(link, safe='')}"
            extras.append(RenderedButton(p.t(label, label=True), None, url=share))
        if p.fell_back:
            parts.append(markup.text(p.t("notice-english-fallback")))
        text = "\n\n".join(part for part in parts if part)
        if p.rtl:
            # A line that starts with a Latin name would otherwise be laid out left to right.
            text = "\n".join(RLM + line if line else line for line in text.split("\n"))
        return Rendered(
            text,
            buttons,
            nav,
            self.contact(screen.contact),
            extras,
            screen.toast,
            screen.erase,
            screen.node,
            screen.node == EMERGENCY,
        )

    def contact(self, org_id: str | None) -> tuple[str, str] | None:
        """Only a confirmed public phone line is ever handed out as a contact card."""
        org = self.content.organisations.get(org_id or "")
        phones = [phone for phone in org.phones if phone.shareable] if org else []
        return (org.name, phones[0].number) if org and phones else None

    def block(self, p: _Pass, block: Say | Card, now: datetime) -> str:
        if isinstance(block, Card):
            return self.card(
                p, self.content.organisations[block.organisation], now, more=block.more
            )
        # Fluent already isolates placeables in right-to-left locales (see bot.i18n).
        args = {k: self.argument(p, v) for k, v in block.args}
        return p.markup.text(p.t(block.msg, args))

    def argument(self, p: _Pass, value: object) -> object:
        if isinstance(value, date):
            return format_day(value, p.cldr)
        if isinstance(value, DeepLink):
            return p.markup.deep_link(value.payload)
        return value

    def label(self, p: _Pass, button: Button) -> str:
        """A button's label; it stands on its own, so the names in it are not isolated."""
        if button.label:
            return p.t(button.label, label=True)
        kind, ident = button.target.kind, button.target.id
        if kind == ORGANIZATION:
            return p.t(f"org-{ident}-name", label=True)
        if kind == LANG:
            return self.content.locales[ident].name
        if kind == LANG_PAGE:  # the next page of languages: their names, so anyone finds theirs
            page = self.content.language_pages()[int(ident) - 1]
            return "▶ " + " · ".join(self.content.locales[code].name for code in page)
        if kind == NODE:  # a flow node shown without a label of its own ("did you mean")
            return p.t(f"{ident}-title", label=True)
        return p.t(f"{kind}-{ident}", label=True)

    def button(self, p: _Pass, button: Button) -> RenderedButton:
        return RenderedButton(self.label(p, button), button.target, button.path)

    # --- organisation cards --------------------------------------------------------

    def card(self, p: _Pass, org: Organisation, now: datetime, *, more: bool = False) -> str:
        """Name (in the reader's language), what it does, how to reach it; or the other lines."""
        m = p.markup
        title = m.bold(p.t(f"org-{org.id}-name", label=True))
        if more:
            return "\n".join(
                [title, *(self.phone_line(p, ph, now) for ph in org.phones if not ph.shown_first)]
            )
        lines = [title, m.text(p.t(f"org-{org.id}-about"))]
        lines += [self.phone_line(p, phone, now) for phone in org.phones if phone.shown_first]
        if org.website:
            lines.append("🌐 " + self.fact(p, org.website, m.link(org.website.value)))
        for link in org.links:
            lines.append(f"🔗 {m.text(p.t(link.label))}: " + self.fact(p, link, m.link(link.url)))
        if org.email:
            lines.append("✉️ " + self.fact(p, org.email, m.text(org.email.value)))
        if org.address:
            lines.append("📍 " + self.fact(p, org.address, m.text(org.address.value)))
        return "\n".join(lines)

    def fact(self, p: _Pass, fact: Fact | Phone | Link, shown: str) -> str:
        shown = isolate(shown, p.rtl)
        if fact.provenance.verified:
            return shown
        return f"{shown} ({p.markup.text(p.t('card-unconfirmed'))})"

    def phone_line(self, p: _Pass, phone: Phone, now: datetime) -> str:
        m = p.markup
        icon = "📠" if phone.kind == "fax" else "☎️"
        line = (
            f"{icon} "
            + self.fact(p, phone, m.bold(phone.number))
            + " — "
            + m.text(p.t(phone.label))
        )
        if phone.audience == "professionals":
            line += " " + m.text(p.t("card-for-professionals"))
        if phone.hours is not None:
            local = now.astimezone(AMSTERDAM)
            state = "hours-open-now" if is_open(phone.hours, local) else "hours-closed-now"
            line += (
                "\n    🕘 " + m.text(self.hours_text(p, phone.hours)) + " · " + m.text(p.t(state))
            )
        return line

    def hours_in(self, lang: str, hours: Hours) -> str:
        """Opening hours as a screen shows them in `lang` (for checks and tests)."""
        return self.hours_text(_Pass(self, lang, PlainMarkup()), hours)

    def hours_text(self, p: _Pass, hours: Hours) -> str:
        """`Monday to Friday 08:00–20:00`, in the user's language."""
        if hours.always:
            return p.t("hours-always")
        info = self.content.locales.get(p.lang)
        day_names = _day_names(info.cldr if info else "en")
        rules = []
        for rule in hours.rules:
            span = {
                "from": _clock(rule.start),
                "to": _clock(rule.end),
                "first": day_names[rule.first],
                "last": day_names[rule.last],
            }
            if rule.first == 0 and rule.last == len(DAYS) - 1:
                rules.append(p.t("hours-every-day", span))
            elif rule.first == rule.last:
                rules.append(p.t("hours-one-day", span))
            else:
                rules.append(p.t("hours-day-range", span))
        if hours.closed_on_holidays:
            rules.append(p.t("hours-closed-holidays"))
        return format_list(rules, style="standard", locale=_locale(p.cldr))


@lru_cache(maxsize=64)
def _locale(cldr: str) -> Locale:
    return Locale.parse(cldr)


@lru_cache(maxsize=64)
def _day_names(cldr: str) -> tuple[str, ...]:
    """Monday..Sunday in the locale's own words, from CLDR."""
    names = Locale.parse(cldr).days["format"]["wide"]
    return tuple(names[day] for day in range(7))


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"

"""The procedure since 12 June 2026, told honestly: paths by application date, facts from data."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

import pytest

from bot.app import Wegwijs
from bot.content.checks import all_screens, validate
from bot.content.model import Content
from bot.content.targets import CATEGORY, CONTACT, ORGANIZATION, Target
from bot.engine.screens import build_screen
from bot.facts import fact_arguments, format_day
from bot.markup import PlainMarkup
from bot.render import Renderer
from tests.support import ROOT, TUESDAY_MORNING, bot_cli, press, talk

NIGHT = datetime(2026, 12, 2, 2, 30, tzinfo=UTC)  # 03:30 in Amsterdam: office lines closed


def walk(app: Wegwijs, lang: str, *msg_ids: str) -> str:
    """A new conversation in `lang`, pressing the buttons labelled by these message ids."""
    steps = [press(app.localizer.format(lang, msg_id).strip()) for msg_id in msg_ids]
    return "\n".join(talk(app, steps, lang=lang))


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_applied_in_july_2026_reads_the_current_procedure(app, lang):
    text = walk(
        app,
        lang,
        "main-option-procedure",
        "procedure-a-applied-since",
        "procedure-new-a-waiting",
        "phase-pact-standard",
        "phase-more-button",
    )
    args = fact_arguments(app.content, lang)
    assert app.localizer.format(lang, "phase-pact-standard-next") in text  # 6 months, from data
    assert str(args["decision-months-standard"]) in text
    assert app.localizer.format(lang, "phase-checked", {"checked": args["pact-start"]})[:8] in text
    # Nothing of the procedure that ended: no rest period, no old phases.
    for old in (
        "phase-rest-and-preparation-now",
        "phase-general-procedure-help",
        "phase-old-rules-note",
    ):
        assert app.localizer.format(lang, old) not in text


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_applied_in_march_2026_reads_the_old_steps_with_the_plain_note(app, lang):
    text = walk(
        app,
        lang,
        "main-option-procedure",
        "procedure-a-applied-before",
        "procedure-a-interview-yes",
        "procedure-a-decision-rejected",
    )
    assert app.localizer.format(lang, "procedure-old-note") in text
    assert app.localizer.format(lang, "phase-old-rules-note") in text
    assert app.localizer.format(lang, "phase-decision-rejected-now") in text
    resumed = format_day(date(2026, 10, 1), app.content.locales[lang].cldr)
    assert resumed in text


def test_i_dont_know_says_how_to_tell(app):
    text = walk(app, "en", "main-option-procedure", "procedure-a-applied-unknown")
    assert "papers from the IND" in text
    assert "Before June 12, 2026" in text
    assert "On June 12, 2026 or later" in text


def test_english_never_gives_the_old_deadlines(content: Content, renderer_en: Renderer):
    for screen in all_screens(content):
        text = renderer_en.render(
            build_screen(content, screen), "en", PlainMarkup(), TUESDAY_MORNING
        ).text
        for stale in (
            "working days",
            "1 week",
            "4 weeks",
            "rest and preparation period of",
            "5 years",
            "within 3 months of",
        ):
            assert stale not in text, (screen, stale)


def data_values(content: Content, lang: str, renderer: Renderer) -> list[str]:
    """Every text a number may legitimately come from: facts, phones, hours, addresses, links."""
    values = [str(v) for v in renderer.localizer.defaults_of(lang).values()]  # facts and settings
    for org in content.organisations.values():
        values += [org.name, org.full_name or ""]
        values += [fact.value for fact in (org.address, org.email, org.website) if fact]
        values += [link.url for link in org.links]
        for phone in org.phones:
            values.append(phone.number)
            if phone.hours:
                values.append(renderer.hours_in(lang, phone.hours))
    values += [
        format_day(p.checked, content.locales[lang].cldr)
        for p in content.phases.values()
        if p.checked
    ]
    return sorted(filter(None, values), key=len, reverse=True)


DIGITS = re.compile(r"\d")


@pytest.mark.parametrize(
    "lang", sorted(p.name for p in (ROOT / "locales").iterdir() if p.is_dir())
)
def test_every_number_on_every_screen_comes_from_data(content, renderer, lang):
    """No deadline, duration or amount can reach a screen unless data states it."""
    allowed = data_values(content, lang, renderer)
    # Short numbers (a number of months, a count) are checked as whole numbers, not replaced.
    short = {v for v in allowed if len(v) < 3 and v.isdigit()}
    short |= {str(len(c.organisations)) for c in content.categories.values()}
    for screen in all_screens(content):
        shown = build_screen(content, screen)
        text = renderer.render(shown, lang, PlainMarkup(), TUESDAY_MORNING).text
        for value in allowed:
            if len(value) >= 3:
                text = text.replace(value, "")
        leftover = [m for m in re.findall(r"\d+", text) if m not in short]
        assert not leftover, (lang, screen, leftover, text[:300])


@pytest.mark.parametrize(
    "lang", sorted(p.name for p in (ROOT / "locales").iterdir() if p.is_dir())
)
def test_emergency_screen_leads_with_112_then_the_specialised_lines(content, renderer, lang):
    text = renderer.render(
        build_screen(content, Target.parse("category:emergency")), lang, PlainMarkup(), NIGHT
    ).text
    first = text.splitlines()[0]
    assert "112" in first
    for line in ("0800-0113", "0800-2000", "0800-0188"):
        assert line in text
        assert text.index(line) > text.index("112")
    targets = [b.target for b in build_screen(content, Target.parse("category:emergency")).buttons]
    assert {Target(CATEGORY, "sgbv"), Target(CATEGORY, "health")} <= set(targets)


@pytest.mark.parametrize(
    "lang", sorted(p.name for p in (ROOT / "locales").iterdir() if p.is_dir())
)
def test_health_screens_start_with_112_and_gza_answers_at_night(content, renderer, lang):
    text = renderer.render(
        build_screen(content, Target.parse("category:health")), lang, PlainMarkup(), NIGHT
    ).text
    assert "112" in text.splitlines()[0]
    card = renderer.render(
        build_screen(content, Target.parse("organization:gza")), lang, PlainMarkup(), NIGHT
    ).text
    assert card.index("112") < card.index("088-11 22 112")
    open_now = renderer.localizer.format(lang, "hours-open-now")
    medical = card[card.index("088-11 22 112") :].split("☎️")[0]
    assert open_now in medical  # medical problems: open now, always


def test_unconfirmed_phones_are_never_a_contact_card(content, renderer_en):
    for org_id in ("stichting-vluchteling", "nidos"):
        screen = build_screen(content, Target(ORGANIZATION, org_id))
        assert all(b.target.kind != CONTACT for b in screen.buttons), org_id
        assert renderer_en.contact(org_id) is None
    assert renderer_en.contact("veilig-thuis") == ("Veilig Thuis", "0800-2000")


def test_fax_number_has_the_fax_icon(content, renderer_en):
    card = renderer_en.render(
        build_screen(content, Target.parse("organization:ind")),
        "en",
        PlainMarkup(),
        TUESDAY_MORNING,
    ).text
    assert "088 043 29 51" not in card  # the fax is one tap away, with the lines for professionals
    more = renderer_en.render(
        build_screen(content, Target.parse("more:organization:ind")),
        "en",
        PlainMarkup(),
        TUESDAY_MORNING,
    ).text
    assert "📠 088 043 29 51" in more


def test_every_old_path_screen_says_which_rules_are_unconfirmed(content):
    for phase in (
        "rest-and-preparation",
        "general-procedure",
        "decision-granted",
        "decision-rejected",
    ):
        assert content.phases[phase].say[0].msg == "phase-old-rules-note"


def test_changed_number_changes_its_plural_form(content_copy):
    facts = content_copy / "data" / "facts.yaml"
    text = facts.read_text(encoding="utf-8")
    facts.write_text(
        text.replace(
            "    value: 3\n    source: https://ind.nl", "    value: 1\n    source: https://ind.nl"
        ),
        encoding="utf-8",
    )
    from bot.app import build_app
    from bot.config import load_settings

    app = build_app(load_settings({}, content=str(content_copy), state=str(content_copy / "s.db")))
    assert "within 1 month." in app.localizer.format("en", "phase-pact-accelerated-next")
    assert "binnen 1 maand" in app.localizer.format("nl", "phase-pact-accelerated-next")


# --- validate: facts as data ------------------------------------------------------------


def problems(root) -> list[str]:
    _content, report = validate(root)
    return [str(p) for p in report.problems]


def line_of(path, needle: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, start=1) if needle in line)


def test_validate_rejects_an_expired_fact(content_copy):
    facts = content_copy / "data" / "facts.yaml"
    facts.write_text(
        facts.read_text(encoding="utf-8").replace(
            "valid_until: 2027-03-04", "valid_until: 2026-01-31"
        ),
        encoding="utf-8",
    )
    line = line_of(facts, "valid_until: 2026-01-31")
    found = [p for p in problems(content_copy) if "FACT-EXPIRED" in p]
    assert found == [
        f"data/facts.yaml:{line}: FACT-EXPIRED fact temporary-protection-until held until "
        "2026-01-31; check the source and change it"
    ]


def test_validate_warns_sixty_days_before_a_fact_ends(content):
    from bot.content.checks import check_fact_dates
    from bot.content.problems import Report

    report = Report()
    check_fact_dates(content, report, today=date(2027, 1, 10))
    assert [p.code for p in report.problems] == ["FACT-EXPIRING"]
    report = Report()
    check_fact_dates(content, report, today=date(2026, 12, 1))
    assert report.problems == []


def test_validate_rejects_a_deadline_typed_into_a_text(content_copy):
    ftl = content_copy / "locales" / "fr" / "phases.ftl"
    text = ftl.read_text(encoding="utf-8")
    start = text.index("phase-pact-decision-now =")
    ftl.write_text(
        text[:start]
        + "phase-pact-decision-now = Vous avez 4 semaines pour faire appel.\n"
        + text[text.index("\n", text.index("\n", start) + 1) :],
        encoding="utf-8",
    )
    line = line_of(ftl, "phase-pact-decision-now =")
    found = [p for p in problems(content_copy) if "FTL-DIGIT" in p]
    assert found
    assert found[0].startswith(
        f"locales/fr/phases.ftl:{line}: FTL-DIGIT 'phase-pact-decision-now'"
    )


def test_validate_rejects_112_typed_into_a_label(content_copy):
    ftl = content_copy / "locales" / "en" / "common.ftl"
    ftl.write_text(
        ftl.read_text(encoding="utf-8").replace(
            "nav-emergency = 🚨 Emergency { $emergency-number }",
            "nav-emergency = 🚨 Emergency 112",
        ),
        encoding="utf-8",
    )
    line = line_of(ftl, "nav-emergency =")
    assert (
        f"locales/en/common.ftl:{line}: FTL-DIGIT 'nav-emergency' has a number typed into its "
        "text ('🚨 Emergency 112'); numbers come from data/facts.yaml as variables"
        in problems(content_copy)
    )


def test_validate_rejects_a_number_fact_stored_as_text(content_copy):
    facts = content_copy / "data" / "facts.yaml"
    facts.write_text(
        facts.read_text(encoding="utf-8").replace(
            "    value: 12\n    source: https://www.rijksoverheid",
            '    value: "12"\n    source: https://www.rijksoverheid',
        ),
        encoding="utf-8",
    )
    line = line_of(facts, 'value: "12"')
    assert (
        f"data/facts.yaml:{line}: DATA-NUMBER-AS-TEXT fact 'border-procedure-weeks' is a number: "
        "write it without quotes" in problems(content_copy)
    )


def test_validate_rejects_an_unverified_fact_in_a_text(content_copy):
    facts = content_copy / "data" / "facts.yaml"
    text = facts.read_text(encoding="utf-8")
    start = text.index("  border-procedure-weeks:")
    facts.write_text(
        text[:start] + text[start:].replace("verified: true", "verified: false", 1),
        encoding="utf-8",
    )
    found = [p for p in problems(content_copy) if "FTL-UNVERIFIED-FACT" in p]
    line = line_of(content_copy / "locales" / "en" / "phases.ftl", "phase-pact-border-next =")
    assert found == [
        f"locales/en/phases.ftl:{line}: FTL-UNVERIFIED-FACT 'phase-pact-border-next' states "
        "$border-procedure-weeks, which no source confirms"
    ]


def test_validate_rejects_a_mistyped_node_type_and_unknown_top_level_keys(content_copy):
    flow = content_copy / "flows" / "main.yaml"
    text = flow.read_text(encoding="utf-8").replace("    type: language", "    type: langauge")
    flow.write_text("colour: red\n" + text, encoding="utf-8")
    found = problems(content_copy)
    line = line_of(flow, "type: langauge")
    assert (
        f"flows/main.yaml:{line}: FLOW-NODE-TYPE node 'language-menu': "
        "type 'langauge' is not one of menu, language" in found
    )
    assert "flows/main.yaml:1: UNKNOWN-KEY unknown key 'colour'" in found


def test_validate_rejects_a_channel_message_missing_in_a_locale(content_copy):
    ftl = content_copy / "locales" / "so" / "common.ftl"
    lines = [
        line
        for line in ftl.read_text(encoding="utf-8").splitlines()
        if not line.startswith("command-forget")
    ]
    ftl.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert (
        "locales/so: FTL-CHANNEL-MISSING message 'command-forget', "
        "which the channels use, is missing" in problems(content_copy)
    )


def test_validate_facts_lists_facts_by_age_of_check(content):

    result = bot_cli("validate", "--facts")
    assert result.returncode == 0, result.stdout + result.stderr
    listing = result.stdout.split("facts by the date of their last check, oldest first")[1]
    rows = [line.split()[0] for line in listing.splitlines()[1:] if line.strip()]
    assert rows == sorted(rows)
    assert "NOT CONFIRMED" in listing
    assert "fact pact-start=2026-06-12" in listing

"""The pure engine: (state, event) -> (state, screens), no I/O."""

from __future__ import annotations

from bot.content.model import EMERGENCY, MAIN_MENU, Content
from bot.engine.events import Choice, Command, Location, Start, Text
from bot.engine.replies import Card, UserState
from bot.engine.step import step
from bot.matcher import FuzzyMatcher


def run(content: Content, matcher: FuzzyMatcher, event, state: UserState | None = None):
    return step(state or UserState("en"), event, content=content, matcher=matcher)


def targets(turn) -> list[str]:
    screen = turn.screens[-1]
    return [b.target for b in (*screen.buttons, *screen.nav)]


def test_start_welcomes_and_offers_language_and_emergency(content, matcher):
    turn = run(content, matcher, Start())
    messages = [b.msg for b in turn.screens[0].blocks]
    assert messages[:2] == ["welcome", "welcome-language"]
    assert "language-menu" in targets(turn)
    assert targets(turn)[0] == EMERGENCY
    assert turn.state.node == MAIN_MENU


def test_deep_links_open_screens(content, matcher):
    for payload, screen in [
        ("category_legal", "category:legal"),
        ("phase_registration", "phase:registration"),
        ("organization_coa", "organization:coa"),
        ("legal", "category:legal"),
        ("phase_rest-and-preparation", "phase:rest-and-preparation"),
    ]:
        assert run(content, matcher, Start(payload)).state.node == screen


def test_unknown_deep_link_gets_menu_with_notice(content, matcher):
    turn = run(content, matcher, Start("category_nonsense"))
    assert turn.screens[0].blocks[0].msg == "start-unknown-link"
    assert turn.state.node == MAIN_MENU


def test_forged_or_stale_button_is_answered_not_raised(content, matcher):
    for forged in ("organization:gone", "nonsense", "lang:xx", "", "phase:" + "x" * 300):
        turn = run(content, matcher, Choice(forged))
        assert turn.screens[0].blocks[0].msg == "button-expired"
        assert turn.state.node == MAIN_MENU


def test_procedure_questions_lead_to_phases(content, matcher):
    state = run(content, matcher, Choice("procedure-start")).state
    state = run(content, matcher, Choice("procedure-q-interview"), state).state
    turn = run(content, matcher, Choice("procedure-q-decision"), state)
    assert set(targets(turn)) >= {
        "phase:general-procedure",
        "phase:decision-granted",
        "phase:decision-rejected",
    }


def test_phase_screen_has_related_help_and_next_phase(content, matcher):
    turn = run(content, matcher, Choice("phase:registration"))
    blocks = [b.msg for b in turn.screens[0].blocks]
    assert blocks[0] == "phase-registration"
    assert "phase-registration-now" in blocks
    assert "phase:rest-and-preparation" in targets(turn)
    assert "category:legal" in targets(turn)
    assert ("days", "3-10") in turn.screens[0].blocks[1].args


def test_back_returns_to_where_the_button_came_from(content, matcher):
    state = run(content, matcher, Choice("category:legal", "topics-menu")).state
    state = run(content, matcher, Choice("organization:juridisch-loket", "category:legal"), state).state  # fmt: skip
    assert state.origin == "category:legal"
    assert run(content, matcher, Command("back"), state).state.node == "category:legal"


def test_organisation_screen_is_a_card(content, matcher):
    turn = run(content, matcher, Choice("organization:ministry"))
    assert turn.screens[0].blocks == (Card("ministry"),)


def test_language_choice_changes_state(content, matcher):
    turn = run(content, matcher, Choice("lang:nl"))
    assert turn.state.lang == "nl"
    assert turn.screens[0].blocks[0].msg == "language-changed"


def test_forget_drops_state(content, matcher):
    turn = run(content, matcher, Command("forget"), UserState("nl", "category:legal"))
    assert turn.state is None
    assert turn.screens[0].blocks[0].msg == "forget-done"


def test_typed_emergency_words_interrupt_any_flow(content, matcher):
    deep = UserState("en", "procedure-q-decision")
    for text in ("emergency", "HELP", "danger", "112", "police"):
        assert run(content, matcher, Text(text), deep).state.node == EMERGENCY, text
    nl = UserState("nl", "phase:registration")
    assert run(content, matcher, Text("noodgeval"), nl).state.node == EMERGENCY


def test_typed_global_words(content, matcher):
    deep = UserState("en", "phase:registration")
    assert run(content, matcher, Text("menu"), deep).state.node == MAIN_MENU
    assert run(content, matcher, Text("back"), deep).state.node == "phases-menu"
    assert run(content, matcher, Text("language"), deep).state.node == "language-menu"
    assert run(content, matcher, Text("forget"), deep).state is None


def test_text_not_understood_gets_menu(content, matcher):
    turn = run(content, matcher, Text("qwxzv plorp"))
    assert turn.screens[0].blocks[0].msg == "text-not-understood"
    assert turn.state.node == MAIN_MENU


def test_typed_topic_opens_screen(content, matcher):
    assert run(content, matcher, Text("I need a lawyer")).state.node == "category:legal"
    assert run(content, matcher, Text("doctor")).state.node == "category:health"


def test_location_is_answered(content, matcher):
    assert run(content, matcher, Location()).screens[0].blocks[0].msg == "location-not-used"


def test_unknown_command_is_answered(content, matcher):
    assert run(content, matcher, Command("frobnicate")).screens[0].blocks[0].msg == "command-unknown"  # fmt: skip


def test_graph_every_screen_reachable_and_one_step_from_emergency(content):
    from collections import deque

    from bot.content.checks import all_screens, screens_from

    seen, queue = {MAIN_MENU}, deque([MAIN_MENU])
    while queue:
        for nxt in screens_from(content, queue.popleft()):
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    assert set(all_screens(content)) <= seen
    for screen in all_screens(content):
        if screen != EMERGENCY:
            assert EMERGENCY in set(screens_from(content, screen)), screen


def test_language_hints_map_to_locales():
    from bot.app import pick_language

    supported = dict.fromkeys(["en", "nl", "fa", "prs", "kmr", "ckb", "ar"])
    assert pick_language("fa-AF", supported) == "prs"
    assert pick_language("fa", supported) == "fa"
    assert pick_language("ku", supported) == "kmr"
    assert pick_language("nl-BE", supported) == "nl"
    assert pick_language("pt-BR", supported) == "en"
    assert pick_language(None, supported) == "en"


def test_contact_card_button(content, matcher):
    turn = run(content, matcher, Choice("organization:veilig-thuis", "category:sgbv"))
    assert "contact:veilig-thuis" in targets(turn)
    sent = run(content, matcher, Choice("contact:veilig-thuis", "category:sgbv"), turn.state)
    assert sent.state == turn.state
    assert sent.screens[0].contact == "veilig-thuis"
    assert run(content, matcher, Choice("contact:nobody")).screens[0].blocks[0].msg == "button-expired"  # fmt: skip


def test_people_from_ukraine_learn_other_rules_apply(content, matcher):
    start = run(content, matcher, Choice("procedure-start"))
    assert "temporary-protection" in targets(start)
    turn = run(content, matcher, Text("я з України"), UserState("uk"))
    assert turn.state.node == "temporary-protection"
    assert {"organization:refugeehelp", "category:work", "category:education"} <= set(targets(turn))  # fmt: skip

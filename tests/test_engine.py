"""The pure engine: (state, event) -> (state, screens), no I/O."""

from __future__ import annotations

from bot.content.model import EMERGENCY, MAIN_MENU, Content
from bot.content.targets import PHASE, Target
from bot.engine.events import Choice, Command, Location, Start, Text
from bot.engine.replies import Card, Turn, UserState
from bot.engine.step import step
from bot.matcher import FuzzyMatcher

T = Target.parse  # a target as content and callback data write it


def run(content: Content, matcher: FuzzyMatcher, event, state: UserState | None = None):
    return step(state or UserState("en"), event, content=content, matcher=matcher)


def targets(turn) -> list[Target]:
    screen = turn.screens[-1]
    return [b.target for b in (*screen.buttons, *screen.nav)]


def test_start_welcomes_and_offers_language_and_emergency(content, matcher):
    turn = run(content, matcher, Start())
    messages = [b.msg for b in turn.screens[0].blocks]
    assert messages[:2] == ["welcome", "welcome-language"]
    assert T("language-menu") in targets(turn)
    assert targets(turn)[0] == EMERGENCY
    assert turn.node == MAIN_MENU
    assert turn.state == UserState("en")  # nothing but the language


def test_deep_links_open_screens(content, matcher):
    for payload, screen in [
        ("category_legal", T("category:legal")),
        ("phase_registration", T("phase:registration")),
        ("organization_coa", T("organization:coa")),
        ("legal", T("category:legal")),
        ("phase_rest-and-preparation", T("phase:rest-and-preparation")),
    ]:
        assert run(content, matcher, Start(payload)).node == screen


def test_unknown_deep_link_gets_menu_with_notice(content, matcher):
    turn = run(content, matcher, Start("category_nonsense"))
    assert turn.screens[0].blocks[0].msg == "start-unknown-link"
    assert turn.node == MAIN_MENU


def test_forged_or_stale_button_is_answered_not_raised(content, matcher):
    for forged in ("organization:gone", "nonsense", "lang:xx", "", "phase:" + "x" * 300):
        turn = run(content, matcher, Choice(T(forged)))
        assert turn.screens[0].blocks[0].msg == "button-expired"
        assert turn.node == MAIN_MENU


def test_procedure_first_asks_when_the_person_applied(content, matcher):
    turn = run(content, matcher, Choice(T("procedure-start")))
    assert targets(turn)[:5] == [
        T("procedure-old-start"),
        T("procedure-new-start"),
        T("phase:registration"),
        T("procedure-date-unknown"),
        T("temporary-protection"),
    ]
    old = run(content, matcher, Choice(T("procedure-q-decision")))
    assert {
        T("phase:general-procedure"),
        T("phase:decision-granted"),
        T("phase:decision-rejected"),
    } <= set(targets(old))
    new = run(content, matcher, Choice(T("pact-routes")))
    assert [t for t in targets(new) if t.kind == PHASE] == [
        T("phase:pact-standard"),
        T("phase:pact-accelerated"),
        T("phase:pact-responsibility"),
        T("phase:pact-admissibility"),
        T("phase:pact-border"),
    ]


def test_phase_screen_has_related_help_next_step_and_checked_date(content, matcher):
    turn = run(content, matcher, Choice(T("phase:registration")))
    blocks = [b.msg for b in turn.screens[0].blocks]
    assert blocks[0] == "phase-registration"
    assert "phase-registration-now" in blocks
    assert blocks[-1] == "phase-checked"
    assert T("pact-routes") in targets(turn)
    assert {T("category:legal"), T("category:health")} <= set(targets(turn))
    decision = run(content, matcher, Choice(T("phase:pact-decision")))
    assert {T("phase:pact-granted"), T("phase:pact-rejected")} <= set(targets(decision))


def back_button(turn):
    return next(b for b in turn.screens[-1].nav if b.label == "nav-back")


def press(content, matcher, turn, target):
    button = next(
        b for b in (*turn.screens[-1].buttons, *turn.screens[-1].nav) if b.target == target
    )
    return run(content, matcher, Choice(button.target, button.path))


def test_back_retraces_the_way_in_the_buttons_themselves(content, matcher):
    turn = run(content, matcher, Start("phase_registration"))
    turn = press(content, matcher, turn, T("category:children"))
    turn = press(content, matcher, turn, T("organization:nidos"))
    back = back_button(turn)
    assert (back.target, back.path) == (T("category:children"), (T("phase:registration"),))
    turn = run(content, matcher, Choice(back.target, back.path))
    assert back_button(turn).target == T("phase:registration")


def test_a_screen_already_on_the_way_shortens_it(content, matcher):
    turn = run(content, matcher, Choice(T("category:legal"), (T("topics-menu"),)))
    turn = press(content, matcher, turn, T("organization:ind"))
    turn = press(content, matcher, turn, T("category:procedure"))
    turn = press(content, matcher, turn, T("organization:ind"))
    back = back_button(turn)
    assert (back.target, back.path) == (T("category:legal"), (T("topics-menu"),))


def test_typed_back_goes_to_the_menu_because_nothing_is_stored(content, matcher):
    assert run(content, matcher, Command("back")).node == MAIN_MENU


def test_organisation_screen_is_a_card(content, matcher):
    turn = run(content, matcher, Choice(T("organization:ministry")))
    assert turn.screens[0].blocks == (Card("ministry"),)


def test_language_choice_changes_state(content, matcher):
    turn = run(content, matcher, Choice(T("lang:nl")))
    assert turn.state.lang == "nl"
    assert turn.screens[0].blocks[0].msg == "language-changed"
    # The language button returns to the screen the person was on.
    turn = run(content, matcher, Choice(T("lang:ti"), (T("phase:registration"),)))
    assert (turn.state.lang, turn.node) == ("ti", T("phase:registration"))


def test_forget_asks_once_then_drops_state(content, matcher):
    ask = run(content, matcher, Command("forget"), UserState("nl"))
    assert ask.state == UserState("nl")
    assert [b.target for b in ask.screens[0].buttons] == [
        T("do:forget"),
        T("do:forget-erase"),
        MAIN_MENU,
    ]
    turn = run(content, matcher, Choice(T("do:forget")), UserState("nl"))
    assert turn.state is None
    assert [b.msg for b in turn.screens[0].blocks] == ["forget-done", "forget-done-phone"]
    both = run(content, matcher, Choice(T("do:forget-erase")), UserState("nl"))
    assert both.state is None
    assert both.screens[0].erase


def test_typed_emergency_words_interrupt_any_flow(content, matcher):
    deep = UserState("en")
    for text in ("emergency", "HELP", "danger", "112", "police"):
        assert run(content, matcher, Text(text), deep).node == EMERGENCY, text
    nl = UserState("nl")
    assert run(content, matcher, Text("noodgeval"), nl).node == EMERGENCY


def test_typed_global_words(content, matcher):
    deep = UserState("en")
    assert run(content, matcher, Text("menu"), deep).node == MAIN_MENU
    assert run(content, matcher, Text("back"), deep).node == MAIN_MENU
    assert run(content, matcher, Text("language"), deep).node == T("language-menu")
    assert run(content, matcher, Text("forget"), deep).node == T("forget")  # asks first


def test_text_not_understood_gets_menu(content, matcher):
    turn = run(content, matcher, Text("qwxzv plorp"))
    assert turn.screens[0].blocks[0].msg == "text-not-understood"
    assert turn.node == MAIN_MENU


def test_a_greeting_or_thanks_gets_the_menu_without_an_apology(content, matcher):
    for text, lang in [("hello", "en"), ("thank you so much", "en"), ("شكرا كتير", "ar")]:
        turn = run(content, matcher, Text(text), UserState(lang))
        assert turn.node == MAIN_MENU, text
        said = [b.msg for b in turn.screens[0].blocks if hasattr(b, "msg")]
        assert "text-not-understood" not in said, text
    # Said in another language the bot speaks: the menu, and the offer to switch to it.
    turn = run(content, matcher, Text("مرحبا، كيف حالك؟"), UserState("en"))
    assert turn.node == MAIN_MENU
    assert Target.parse("lang:ar") in targets(turn)


def test_typed_topic_opens_screen(content, matcher):
    assert run(content, matcher, Text("I need a lawyer")).node == T("category:legal")
    assert run(content, matcher, Text("doctor")).node == T("category:health")


def test_location_is_answered(content, matcher):
    assert run(content, matcher, Location()).screens[0].blocks[0].msg == "location-not-used"


def test_unknown_command_is_answered(content, matcher):
    assert (
        run(content, matcher, Command("frobnicate")).screens[0].blocks[0].msg == "command-unknown"
    )


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
    turn = run(content, matcher, Choice(T("organization:veilig-thuis"), (T("category:sgbv"),)))
    assert T("contact:veilig-thuis") in targets(turn)
    card = next(b for b in turn.screens[0].buttons if b.target == T("contact:veilig-thuis"))
    sent = run(content, matcher, Choice(card.target, card.path), turn.state)
    assert sent.state == turn.state
    assert sent.screens[0].contact == "veilig-thuis"
    assert back_button(sent).target == T("category:sgbv")
    assert (
        run(content, matcher, Choice(T("contact:nobody"))).screens[0].blocks[0].msg
        == "button-expired"
    )


def test_people_from_ukraine_learn_other_rules_apply(content, matcher):
    start = run(content, matcher, Choice(T("procedure-start")))
    assert T("temporary-protection") in targets(start)
    turn = run(content, matcher, Text("я з України"), UserState("uk"))
    assert turn.node == T("temporary-protection")
    assert {T("organization:refugeehelp"), T("category:work"), T("category:education")} <= set(
        targets(turn)
    )


def test_a_screen_knows_its_way_back(content):
    from bot.engine.screens import build_screen

    way = (T("topics-menu"),)
    shown = build_screen(content, T("category:legal"), way)
    assert shown.path == way
    assert shown.trail == (T("category:legal"), T("topics-menu"))
    share = next(b for b in shown.extras if b.label == "share-button")
    assert share.path == shown.trail
    assert back_button(Turn(None, (shown,))).path == ()
    assert back_button(Turn(None, (shown,))).target == T("topics-menu")

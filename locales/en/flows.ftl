## Flows — flows/procedure.yaml and flows/topics.yaml

procedure-intro = Let's find out where you are in the asylum procedure.
# Variables:
#   $pact-start (String) - the day the new procedure started, from data/facts.yaml
procedure-q-applied = The procedure changed on { $pact-start }. When did you apply for asylum?
# Variables:
#   $pact-start (String) - the day the new procedure started
procedure-a-applied-before = Before { $pact-start }
# Variables:
#   $pact-start (String) - the day the new procedure started
procedure-a-applied-since = On { $pact-start } or later
procedure-a-not-applied = Not yet, I just arrived
procedure-a-applied-unknown = I don't know
procedure-a-ukraine = I fled the war in Ukraine
procedure-date-unknown =
    Look at your papers from the { -org-ind }. The date you applied is on them.
    Not sure? Ask your lawyer, { -org-vluchtelingenwerk } or { -org-coa } staff to look with you.

temporary-protection-title = People who fled Ukraine
# Variables:
#   $temporary-protection-until (String) - last day of temporary protection, from data/facts.yaml
#   $third-country-protection-ended (String) - the day it ended for non-Ukrainians, from data/facts.yaml
temporary-protection-intro =
    Are you Ukrainian and did you flee the war? Then you have temporary protection, not asylum. It runs up to and including { $temporary-protection-until }. You register with the municipality where you live, not in Ter Apel.
    Did you live in Ukraine without being Ukrainian? Temporary protection ended for you on { $third-country-protection-ended }. You can apply for asylum.
    { -org-refugeehelp } has information in Ukrainian and Russian.

procedure-new-intro = Since then, the { -org-ind } first checks every new applicant. Then it chooses a procedure.
procedure-new-q-stage = Where are you now?
procedure-new-a-checks = In the first checks
procedure-new-a-waiting = Waiting for my interview or decision
procedure-new-a-border = At the border, at Schiphol
procedure-new-a-decision = I got a decision
procedure-a-choose-phase = I will choose the step myself

pact-routes-title = Which procedure?
pact-routes-button = The procedures
pact-routes-intro =
    After the first checks, the { -org-ind } chooses your procedure. It looks at who you are, where you come from, your documents and travel route, family in Europe, your reasons and your health.
    Don't know which procedure is yours? Ask your lawyer or { -org-vluchtelingenwerk }.
pact-phases-menu-intro = The steps of the procedure since then. Choose one to see what happens.

# Variables:
#   $pact-start (String) - the day the new procedure started
#   $old-cases-resumed (String) - the day the IND started again with older applications
procedure-old-note = The { -org-ind } started again on { $old-cases-resumed } with applications made before { $pact-start }. Which rules apply to them now is not confirmed. Below are the steps as they were. Your lawyer or { -org-vluchtelingenwerk } knows what applies to you.
procedure-q-interview = Have you had your detailed interview with the { -org-ind } (the immigration service) about your reasons for asylum?
procedure-a-interview-no = No, not yet
procedure-a-interview-yes = Yes
procedure-q-decision = Have you received the IND's decision?
procedure-a-decision-waiting = No, I am waiting
procedure-a-decision-granted = I got a permit
procedure-a-decision-rejected = It was rejected
phases-menu-intro = The steps as they were for applications made before the change. Choose one to see what happened in it.

topics-menu-intro = Choose a topic. You will see which organisations can help.
organisations-menu-intro = These are the main organisations. Choose one to see what it does and how to reach it.
organisations-by-topic = More organisations by topic
topics-more-button = More topics ▶
topics-more-intro = More topics. Choose one to see which organisations can help.
organisations-more-button = More organisations ▶
organisations-more-intro = More organisations. Choose one to see what it does and how to reach it.

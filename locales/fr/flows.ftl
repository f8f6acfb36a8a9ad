## Flows — flows/procedure.yaml and flows/topics.yaml

procedure-intro = Voyons où vous en êtes dans la procédure d’asile.
# Variables:
#   $pact-start (String) - the day the new procedure started, from data/facts.yaml
procedure-q-applied = La procédure a changé le { $pact-start }. Quand avez-vous demandé l’asile ?
# Variables:
#   $pact-start (String) - the day the new procedure started
procedure-a-applied-before = Avant le { $pact-start }
# Variables:
#   $pact-start (String) - the day the new procedure started
procedure-a-applied-since = Le { $pact-start } ou après
procedure-a-not-applied = Pas encore, je viens d’arriver
procedure-a-applied-unknown = Je ne sais pas
procedure-a-ukraine = J’ai fui la guerre en Ukraine
procedure-date-unknown =
    Regardez vos papiers de l’{ -org-ind }. La date de votre demande y est écrite.
    Vous n’êtes pas sûr(e) ? Demandez à votre avocat, à { -org-vluchtelingenwerk } ou au personnel du { -org-coa } de regarder avec vous.

temporary-protection-title = Personnes qui ont fui l’Ukraine
# Variables:
#   $temporary-protection-until (String) - last day of temporary protection, from data/facts.yaml
#   $third-country-protection-ended (String) - the day it ended for non-Ukrainians, from data/facts.yaml
temporary-protection-intro =
    Vous êtes ukrainien(ne) et vous avez fui la guerre ? Vous avez alors une protection temporaire, pas l’asile. Elle est valable jusqu’au { $temporary-protection-until } inclus. Vous vous inscrivez auprès de la commune où vous habitez, pas à Ter Apel.
    Vous viviez en Ukraine sans être ukrainien(ne) ? Pour vous, la protection temporaire a pris fin le { $third-country-protection-ended }. Vous pouvez demander l’asile.
    { -org-refugeehelp } propose des informations en ukrainien et en russe.

procedure-new-intro = Depuis cette date, l’{ -org-ind } contrôle d’abord chaque nouveau demandeur. Ensuite, elle choisit une procédure.
procedure-new-q-stage = Où en êtes-vous maintenant ?
procedure-new-a-checks = Pendant les premiers contrôles
procedure-new-a-waiting = J’attends l’entretien ou la décision
procedure-new-a-border = À la frontière, à Schiphol
procedure-new-a-decision = J’ai reçu une décision
procedure-a-choose-phase = Je choisis l’étape moi-même

pact-routes-title = Quelle procédure ?
pact-routes-button = Les procédures
pact-routes-intro =
    Après les premiers contrôles, l’{ -org-ind } choisit votre procédure. Elle tient compte de qui vous êtes, de votre pays d’origine, de vos documents et de votre trajet, de votre famille en Europe, de vos raisons et de votre santé.
    Vous ne savez pas quelle procédure est la vôtre ? Demandez à votre avocat ou à { -org-vluchtelingenwerk }.
pact-phases-menu-intro = Les étapes de la procédure depuis cette date. Choisissez-en une pour voir ce qui se passe.

# Variables:
#   $pact-start (String) - the day the new procedure started
#   $old-cases-resumed (String) - the day the IND started again with older applications
procedure-old-note = Le { $old-cases-resumed }, l’{ -org-ind } a repris le traitement des demandes faites avant le { $pact-start }. Les règles qui s’appliquent maintenant à ces demandes ne sont pas confirmées. Voici les étapes telles qu’elles étaient. Votre avocat ou { -org-vluchtelingenwerk } sait ce qui s’applique à votre cas.
procedure-q-interview = Avez-vous eu votre entretien détaillé avec l’{ -org-ind } (le service de l’immigration) sur les raisons de votre demande d’asile ?
procedure-a-interview-no = Non, pas encore
procedure-a-interview-yes = Oui
procedure-q-decision = Avez-vous reçu la décision de l’{ -org-ind } ?
procedure-a-decision-waiting = Non, j’attends
procedure-a-decision-granted = J’ai reçu un titre de séjour
procedure-a-decision-rejected = Ma demande a été refusée
phases-menu-intro = Les étapes telles qu’elles étaient pour les demandes faites avant le changement. Choisissez-en une pour voir ce qui s’y passait.

topics-menu-intro = Choisissez un thème. Vous verrez quelles organisations peuvent vous aider.
organisations-menu-intro = Voici les principales organisations. Choisissez-en une pour voir ce qu’elle fait et comment la contacter.
organisations-by-topic = Plus d’organisations par thème
topics-more-button = Plus de thèmes ▶
topics-more-intro = Plus de thèmes. Choisissez-en un pour voir quelles organisations peuvent vous aider.
organisations-more-button = Plus d’organisations ▶
organisations-more-intro = Plus d’organisations. Choisissez-en une pour voir ce qu’elle fait et comment la contacter.

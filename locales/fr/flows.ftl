## Flows — flows/procedure.yaml and flows/topics.yaml

procedure-intro = Voyons où vous en êtes dans la procédure d’asile. Je vais vous poser trois questions au maximum.
procedure-q-registered = Avez-vous déjà enregistré votre demande d’asile (à Ter Apel ou à Schiphol) ?
procedure-a-registered-no = Non, je viens d’arriver
procedure-a-registered-yes = Oui, je suis enregistré(e)
procedure-a-choose-phase = Je choisis l’étape moi-même
procedure-a-ukraine = J’ai fui la guerre en Ukraine
temporary-protection-intro =
    Les personnes qui ont fui la guerre en Ukraine reçoivent une protection temporaire, pas l’asile.
    Pour vous, les règles ne sont pas les mêmes que dans la procédure d’asile décrite ici.
    RefugeeHelp propose des informations en ukrainien et en russe, aussi sur le travail et les études.
procedure-q-interview = Avez-vous déjà eu vos entretiens avec l’IND (le service de l’immigration) sur les raisons de votre demande d’asile ?
procedure-a-interview-no = Non, pas encore
procedure-a-interview-yes = Oui
procedure-a-not-sure = Je ne suis pas sûr(e)
procedure-q-decision = Avez-vous reçu la décision de l’IND ?
procedure-a-decision-waiting = Non, j’attends
procedure-a-decision-granted = Oui, j’ai un titre de séjour
procedure-a-decision-rejected = Oui, ma demande est refusée
phases-menu-intro = La procédure d’asile a ces étapes. Choisissez-en une pour voir ce qui se passe.
decision-choose-intro = Qu’a décidé l’IND ?

topics-menu-intro = Choisissez un thème. Vous verrez quelles organisations peuvent vous aider.
organisations-menu-intro = Voici les principales organisations. Choisissez-en une pour voir ce qu’elle fait et comment la contacter.
organisations-by-topic = Plus d’organisations par thème

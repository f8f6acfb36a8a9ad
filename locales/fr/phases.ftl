## Asylum phases — data/phases.yaml

## Phase: registration

phase-registration = Enregistrement

# Variables:
#   $days (String) - how many days you stay in the col, e.g. "3-10", from data/phases.yaml
phase-registration-now =
    Vous vous présentez au centre de demande à Ter Apel. Si vous arrivez en avion, vous vous présentez à Schiphol.
    En général, vous restez { $days } jours dans le centre d’accueil central (col).
    Là-bas, vous avez un premier examen médical avec le GZA et un contrôle de la tuberculose par la GGD.
    Pendant l’entretien d’enregistrement, on vous pose des questions sur votre identité, votre nationalité, votre trajet et votre famille. À cette étape, vous n’avez pas encore d’avocat.

phase-registration-coa =
    Le COA vous donne un endroit pour dormir, des repas et des produits d’hygiène.
    Le COA vérifie aussi qui a besoin d’une attention ou d’une protection spéciale, par exemple à cause de problèmes de santé ou de signes de traite des êtres humains.
    Si vous ne vous sentez pas en sécurité ou pas bien, parlez-en au personnel du COA.

phase-registration-help =
    Le GZA est votre médecin pendant la procédure.
    Si vous avez moins de 18 ans et êtes venu(e) sans vos parents, Nidos vous donne un tuteur.
    Le Conseil d’aide juridique a un bureau dans le centre de demande et vous trouve un avocat gratuit.

phase-registration-next =
    Ensuite vient la période de repos et de préparation. Vous allez dans un centre d’accueil de procédure (pol), près d’un bureau de l’IND.
    Si vous venez d’un pays considéré comme sûr, toute votre procédure peut se passer pendant votre séjour au col.

## Phase: rest-and-preparation

phase-rest-and-preparation = Repos et préparation

# Variables:
#   $rest-days (String) - minimum length of the rest and preparation period, e.g. "6", from data/phases.yaml
phase-rest-and-preparation-now =
    Vous restez dans un centre d’accueil de procédure (pol) pendant au moins { $rest-days } jours.
    Ce temps sert à vous reposer et à préparer vos entretiens d’asile.
    Votre avocat vous rencontre pour vous préparer, et VluchtelingenWerk vous explique comment se passe la procédure.

# Variables:
#   $allowance (String) - weekly living allowance, e.g. "€14.47", from data/phases.yaml
phase-rest-and-preparation-coa =
    Le COA vous donne un logement et, en général, de l’argent pour la nourriture, pour que vous puissiez cuisiner vous-même.
    Vous recevez aussi une allocation de { $allowance } par semaine (le montant peut changer).
    Le COA paie les transports en commun pour aller chez votre avocat.
    Si vous avez de bonnes chances d’obtenir un titre de séjour, vous pouvez commencer ici des cours de néerlandais.

phase-rest-and-preparation-help =
    Votre avocat est gratuit ; le Conseil d’aide juridique vous en trouve un.
    VluchtelingenWerk explique la procédure et peut vous aider à vous préparer.
    Le GZA donne les soins médicaux. Parlez-lui de tout problème de santé.
    Si vous avez moins de 18 ans et êtes venu(e) sans vos parents, votre tuteur de Nidos vous aide.

phase-rest-and-preparation-next =
    Après la période de repos et de préparation, la procédure d’asile générale commence.
    L’IND vous fait passer des entretiens, puis décide de votre demande.

## Phase: general-procedure

phase-general-procedure = Procédure générale

# Variables:
#   $decision-days (String) - working days for a decision in the general procedure, e.g. "6", from data/phases.yaml
#   $decision-days-max (String) - longest general procedure in days, e.g. "9", from data/phases.yaml
phase-general-procedure-now =
    L’IND vous fait passer des entretiens. Le premier porte sur votre identité et votre trajet.
    Le deuxième, l’entretien détaillé, porte sur les raisons de votre demande d’asile.
    En général, l’IND décide en { $decision-days } jours ouvrables, parfois jusqu’à { $decision-days-max } jours.
    Si ce n’est pas assez, votre demande passe à la procédure prolongée (VA).

phase-general-procedure-coa =
    Vous continuez à vivre dans le centre d’accueil de procédure (pol).
    Le COA vous donne le même soutien qu’avant : logement, argent pour la nourriture, votre allocation chaque semaine et les soins de santé par le GZA.

# Variables:
#   $reply-days (String) - days your lawyer has to answer an intention to reject in the general procedure, e.g. "1", from data/phases.yaml
phase-general-procedure-help =
    Votre avocat prépare les entretiens avec vous.
    Si l’IND prévoit de refuser votre demande, elle envoie d’abord une intention de refus. Dans la procédure générale, votre avocat a { $reply-days } jour pour y répondre par écrit.
    VluchtelingenWerk vous soutient aussi ; un bénévole peut parfois vous accompagner à un entretien.

# Variables:
#   $work-months (String) - months an application must be pending before you may work, e.g. "6", from data/phases.yaml
phase-general-procedure-next =
    Ensuite, vous recevez la décision de l’IND : un titre de séjour ou un refus.
    La procédure prolongée dure plus longtemps. Votre avocat ou VluchtelingenWerk peut vous dire votre délai.
    Quand votre demande est en cours depuis { $work-months } mois, vous pouvez travailler. Votre employeur a alors besoin d’un permis de travail pour vous.

## Phase: decision-granted

phase-decision-granted = Décision : titre accordé

# Variables:
#   $permit-years (String) - validity of the asylum permit in years, e.g. "5", from data/phases.yaml
phase-decision-granted-now =
    L’IND vous a donné un titre de séjour asile.
    Il est valable { $permit-years } ans, à partir de la date de votre demande. Ensuite, vous pouvez demander un titre de séjour permanent.
    Vous avez le droit de travailler.

phase-decision-granted-coa =
    Pour l’instant, le COA continue de vous loger et de vous soutenir.
    Le COA propose un programme pour vous préparer à l’intégration civique : apprendre le néerlandais et la vie aux Pays-Bas.

phase-decision-granted-help =
    VluchtelingenWerk vous aide pour le regroupement familial et pour commencer votre vie ici.
    Si vous avez perdu le contact avec des membres de votre famille, la Croix-Rouge peut vous aider à les rechercher.

# Variables:
#   $reunification-months (String) - months after the permit to apply for family reunification, e.g. "3", from data/phases.yaml
phase-decision-granted-next =
    Ensuite vient l’intégration civique.
    Si vous voulez que des membres de votre famille vous rejoignent, faites la demande dans les { $reunification-months } mois après avoir reçu votre titre de séjour. Les règles sont alors plus simples : par exemple, il n’y a pas de condition de revenus.
    Demandez de l’aide à VluchtelingenWerk à temps.

## Phase: decision-rejected

phase-decision-rejected = Décision : refus

# Variables:
#   $appeal-weeks-short (String) - short appeal deadline in weeks, e.g. "1", from data/phases.yaml
#   $appeal-weeks (String) - normal appeal deadline in weeks, e.g. "4", from data/phases.yaml
phase-decision-rejected-now =
    L’IND a refusé votre demande. Vous pouvez faire un recours devant un tribunal.
    Le délai est court : { $appeal-weeks-short } semaine pour une décision dans la procédure générale ou une décision qui dit que votre demande est manifestement infondée ou irrecevable, et { $appeal-weeks } semaines dans les autres cas.
    Parlez à votre avocat AUJOURD’HUI. Un recours ne vous coûte rien.

phase-decision-rejected-coa =
    Pour l’instant, le COA continue de vous loger.
    Le COA propose aux adultes dont la demande a été refusée une formation sur leur avenir.

phase-decision-rejected-help =
    Votre avocat peut faire le recours pour vous.
    Le DT&V a des entretiens de départ avec vous, avec un interprète.
    Si vous choisissez de rentrer, l’IOM peut vous aider pour votre retour volontaire.
    VluchtelingenWerk peut aussi vous conseiller.

phase-decision-rejected-next =
    Pendant votre recours, vous pouvez en général rester aux Pays-Bas. Il y a des exceptions ; votre avocat sait si c’est votre cas et peut alors demander au tribunal de vous laisser rester.
    Un appel devant le Conseil d’État ne vous permet pas de rester pendant qu’il est en cours.

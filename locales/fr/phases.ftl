## Steps of the asylum procedure — data/phases.yaml
# Numbers come from data/facts.yaml as variables; never type a number here.
# Words printed on IND letters (beschikking, voornemen, zienswijze) stay in Dutch,
# so people can recognise them on their papers.

# Variables:
#   $checked (String) - the day these facts were last compared with their sources, written out
phase-checked = Vérifié le { $checked }. Les règles peuvent changer ; votre avocat connaît votre dossier.

## Since 12 June 2026: arrival and the first checks

phase-registration = Arrivée et premiers contrôles
phase-registration-now =
    Vous vous présentez au centre d’enregistrement (aanmeldcentrum) de Ter Apel, ou à Schiphol si vous arrivez en avion ou en bateau d’un pays hors Schengen.
    L’{ -org-ind } vérifie votre identité, fait des contrôles de sécurité et de santé, et regarde si vous avez besoin d’une attention particulière.
# Variables:
#   $minor-age (Number) - under this age you are a child, from data/facts.yaml
phase-registration-help =
    Vous entrez vous-même vos données sur un portail en ligne ; le personnel de l’{ -org-ind } vous aide si besoin.
    Moins de { $minor-age } ans et ici sans vos parents ? { -org-nidos } vous donne un tuteur.
# Variables:
#   $screening-days-inland (Number) - longest first checks inside the country, from data/facts.yaml
phase-registration-next =
    Ces contrôles durent au maximum { $screening-days-inland ->
        [one] { $screening-days-inland } jour
        [many] { $screening-days-inland } de jours
       *[other] { $screening-days-inland } jours
    }. Ensuite, l’{ -org-ind } choisit votre procédure.

## Since 12 June 2026: the procedures

phase-pact-standard = Procédure standard
phase-pact-standard-now =
    L’{ -org-ind } examine si vous avez besoin de protection. On vous donne d’abord des explications.
    Ensuite, vous avez un entretien. Vous y expliquez pourquoi vous demandez l’asile.
phase-pact-standard-help =
    Vous préparez l’entretien avec votre avocat.
    Vous avez aussi droit à des conseils juridiques gratuits si vous les demandez. { -org-vluchtelingenwerk } peut vous dire où les obtenir.
# Variables:
#   $decision-months-standard (Number) - months the IND has to decide, from data/facts.yaml
phase-pact-standard-next =
    L’{ -org-ind } doit décider dans un délai de { $decision-months-standard ->
        [one] { $decision-months-standard } mois
        [many] { $decision-months-standard } de mois
       *[other] { $decision-months-standard } mois
    }. Ensuite, vous recevez sa décision par lettre.

phase-pact-accelerated = Procédure accélérée
phase-pact-accelerated-now =
    Cette procédure est plus courte. En général, vous avez aussi un entretien avec l’{ -org-ind }, où vous expliquez vos raisons.
phase-pact-accelerated-help =
    Demandez à { -org-vluchtelingenwerk } de vous aider à vous préparer. On ne sait pas encore avec certitude si vous aurez un avocat dans cette procédure.
# Variables:
#   $decision-months-accelerated (Number) - months the IND has to decide, from data/facts.yaml
phase-pact-accelerated-next =
    L’{ -org-ind } doit décider dans un délai de { $decision-months-accelerated ->
        [one] { $decision-months-accelerated } mois
        [many] { $decision-months-accelerated } de mois
       *[other] { $decision-months-accelerated } mois
    }. Ensuite, vous recevez sa décision par lettre.

phase-pact-responsibility = Un autre pays de l’UE responsable ?
phase-pact-responsibility-now =
    L’{ -org-ind } vérifie si un autre pays de l’UE doit traiter votre demande, par exemple parce que vous y êtes déjà passé(e) ou que vous y avez de la famille. Ces règles remplacent les règles de Dublin.
    Si un autre pays est responsable, vous pouvez y être envoyé(e).
phase-pact-responsibility-help =
    Vous pouvez contester une décision de vous envoyer dans un autre pays. Le délai est écrit sur la lettre et peut être très court. Contactez votre avocat ou { -org-vluchtelingenwerk } le jour même.
phase-pact-responsibility-next =
    Si les Pays-Bas traitent votre demande, l’{ -org-ind } l’examine ensuite.

phase-pact-admissibility = Procédure de recevabilité
phase-pact-admissibility-now =
    Dans cette procédure, l’{ -org-ind } décide d’abord si elle va examiner votre demande aux Pays-Bas ou non.
phase-pact-admissibility-help =
    Demandez à votre avocat ou à { -org-vluchtelingenwerk } ce que cela veut dire pour vous.
phase-pact-admissibility-next =
    L’{ -org-ind } vous envoie sa décision par lettre.

phase-pact-border = Procédure à la frontière (Schiphol)
# Variables:
#   $screening-days-border (Number) - longest checks at the border, from data/facts.yaml
phase-pact-border-now =
    Arrivé(e) en avion ou en bateau d’un pays hors Schengen ? La Maréchaussée royale (Koninklijke Marechaussee) vous contrôle à la frontière, jusqu’à { $screening-days-border ->
        [one] { $screening-days-border } jour
        [many] { $screening-days-border } de jours
       *[other] { $screening-days-border } jours
    }.
    L’{ -org-ind } peut ensuite traiter votre demande dans la procédure à la frontière, prévue pour les personnes qui ont peu de chances d’obtenir une protection ou sont vues comme un risque pour l’ordre public.
phase-pact-border-help =
    Vous devrez peut-être rester dans un centre fermé. Demandez un avocat et contactez { -org-vluchtelingenwerk }.
# Variables:
#   $border-procedure-weeks (Number) - longest border procedure, from data/facts.yaml
phase-pact-border-next =
    La procédure à la frontière doit se terminer dans un délai de { $border-procedure-weeks ->
        [one] { $border-procedure-weeks } semaine
        [many] { $border-procedure-weeks } de semaines
       *[other] { $border-procedure-weeks } semaines
    }.

## Since 12 June 2026: the decision and after it

phase-pact-decision = La décision
phase-pact-decision-now =
    L’{ -org-ind } envoie sa décision par lettre. En néerlandais, elle s’appelle une « beschikking ». Lisez-la avec votre avocat ou { -org-vluchtelingenwerk }.
# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
phase-pact-decision-help =
    Les règles pour les recours ont changé le { $pact-start }. Le délai pour faire un recours est écrit sur la lettre, et il peut être très court.
    Contactez votre avocat ou { -org-vluchtelingenwerk } le jour même.
phase-pact-decision-next =
    Qu’a décidé l’{ -org-ind } ?

phase-pact-granted = Titre de séjour accordé
# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
phase-pact-granted-now =
    L’{ -org-ind } vous a donné un titre de séjour asile. Sa durée de validité est écrite dessus.
    Depuis le { $pact-start }, il y a deux sortes de titre de séjour asile, et les règles pour faire venir votre famille ont changé.
phase-pact-granted-help =
    { -org-vluchtelingenwerk } vous aide pour le regroupement familial et pour commencer votre vie ici. Contactez-les vite.
phase-pact-granted-next =
    Le { -org-coa } propose un programme pour vous préparer à l’intégration civique : cours de néerlandais et vie aux Pays-Bas.

phase-pact-rejected = Demande refusée
phase-pact-rejected-now =
    L’{ -org-ind } a refusé votre demande. Le refus dit aussi que vous devez partir (la décision de retour). Vous pouvez faire un recours devant un tribunal contre les deux en même temps.
phase-pact-rejected-help =
    Le délai est écrit sur la lettre et peut être très court. Parlez à votre avocat ou à { -org-vluchtelingenwerk } AUJOURD’HUI.
    Demandez à votre avocat si vous pouvez rester aux Pays-Bas pendant le recours.
phase-pact-rejected-next =
    Avec les nouvelles règles, la durée pendant laquelle vous pouvez rester au centre d’accueil après un refus n’est pas confirmée. Demandez au { -org-coa } et à votre avocat.
    Le { -org-dtv } parle avec vous de votre départ. Si vous choisissez de rentrer, l’{ -org-iom } peut vous aider.

phase-new-application = Une nouvelle demande
# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
phase-new-application-now =
    Votre demande a été définitivement refusée, et quelque chose d’important a changé depuis ? Vous pouvez alors peut-être faire une nouvelle demande.
    Les règles pour cela ont changé le { $pact-start }.
phase-new-application-help =
    Parlez à un avocat ou à { -org-vluchtelingenwerk } avant de faire une nouvelle demande.

## Applications made before 12 June 2026: the steps as they were

# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
phase-old-rules-note = Étapes pour les demandes faites avant le { $pact-start }. Les règles actuelles pour votre dossier ne sont pas confirmées.

phase-rest-and-preparation = Repos et préparation
# Variables:
#   $rest-days (Number) - shortest rest and preparation period, from data/facts.yaml
phase-rest-and-preparation-now =
    Vous restez au moins { $rest-days ->
        [one] { $rest-days } jour
        [many] { $rest-days } de jours
       *[other] { $rest-days } jours
    } dans un centre d’accueil de procédure (pol), pour vous reposer et préparer votre entretien avec votre avocat.
# Variables:
#   $weekly-allowance (String) - weekly living allowance, written out, from data/facts.yaml
phase-rest-and-preparation-help =
    Le { -org-coa } vous donne un logement, en général de l’argent pour la nourriture, et { $weekly-allowance } par semaine pour vivre (le montant peut changer).
    { -org-vluchtelingenwerk } explique la procédure. Le { -org-gza } donne les soins médicaux.
phase-rest-and-preparation-next =
    Après cette période, la procédure d’asile générale commence.

phase-general-procedure = Procédure générale
phase-general-procedure-now =
    L’{ -org-ind } mène l’entretien détaillé sur les raisons de votre demande d’asile. Votre avocat le prépare avec vous.
phase-general-procedure-help =
    Si l’{ -org-ind } prévoit de refuser votre demande, elle envoie d’abord une intention de refus (en néerlandais : « voornemen »). Votre avocat y répond par écrit (une « zienswijze »). Il y a peu de temps pour cela.
# Variables:
#   $old-cases-resumed (String) - the day the IND started again with older applications, from data/facts.yaml
phase-general-procedure-next =
    Ensuite, l’{ -org-ind } décide et envoie une lettre (une « beschikking »). L’{ -org-ind } a repris le traitement de ces demandes plus anciennes le { $old-cases-resumed } : beaucoup de personnes attendent donc longtemps.

phase-decision-granted = Décision : titre de séjour accordé
phase-decision-granted-now =
    L’{ -org-ind } vous a donné un titre de séjour asile. Sa durée de validité est écrite dessus.
# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
phase-decision-granted-help =
    Les règles pour faire venir votre famille ont changé le { $pact-start }, aussi pour les demandes faites avant. Contactez vite { -org-vluchtelingenwerk }.
    La { -org-rode-kruis } peut rechercher les membres de votre famille avec qui vous avez perdu le contact.
phase-decision-granted-next =
    Le { -org-coa } propose un programme pour vous préparer à l’intégration civique : cours de néerlandais et vie aux Pays-Bas.

phase-decision-rejected = Décision : refus
phase-decision-rejected-now =
    L’{ -org-ind } a refusé votre demande. Vous pouvez faire un recours devant un tribunal. Le délai est écrit sur la lettre (la « beschikking ») et peut être très court.
phase-decision-rejected-help =
    Parlez à votre avocat ou à { -org-vluchtelingenwerk } AUJOURD’HUI. Demandez à votre avocat si vous pouvez rester aux Pays-Bas pendant le recours.
phase-decision-rejected-next =
    La durée pendant laquelle vous pouvez rester au centre d’accueil après un refus n’est pas confirmée. Demandez au { -org-coa } et à votre avocat.
    Le { -org-dtv } parle avec vous de votre départ, avec un interprète. Si vous choisissez de rentrer, l’{ -org-iom } peut vous aider.

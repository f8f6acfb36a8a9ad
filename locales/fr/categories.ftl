## Service categories — data/categories.yaml

# category-<id> is the button label (1-3 words).
# category-<id>-intro is shown above the list of organisations.

category-emergency = Urgence
# Variables:
#   $phone (String) - the emergency number, from data/organisations.yaml (emergency-services/0); never translate or reformat
category-emergency-intro = Vous êtes en danger maintenant ? Appelez le { $phone } (police, ambulance, pompiers). C’est gratuit, depuis n’importe quel téléphone, 24 heures sur 24.
emergency-what-to-say =
    Quand vous appelez, dites :
    - où vous êtes : l’adresse ou le nom de votre centre d’accueil
    - ce qui s’est passé
    - si quelqu’un est blessé
    Vous pouvez demander quelqu’un qui parle anglais.

category-legal = Aide juridique
category-legal-intro =
    Chaque demandeur d’asile a un avocat gratuit. Le Conseil d’aide juridique (Raad voor Rechtsbijstand) vous en désigne un automatiquement.
    VluchtelingenWerk vous aide aussi gratuitement pendant votre procédure.
    Pour d’autres questions juridiques, Het Juridisch Loket donne des conseils.

category-health = Santé
category-health-intro =
    Au centre d’accueil, le GZA est votre médecin. Parlez-lui de tout problème de santé. Des interprètes sont disponibles.
    En cas d’urgence médicale, vous pouvez appeler le GZA à tout moment.
    Si vous pensez à mettre fin à votre vie, vous pouvez parler à quelqu’un, gratuitement et anonymement, jour et nuit.

category-reception = Accueil (COA)
category-reception-intro =
    Le COA vous donne un logement pendant votre procédure, une allocation chaque semaine, des soins de santé et l’école pour vos enfants.
    Pour vos questions, allez d’abord au bureau d’information de votre centre, ou regardez sur MyCOA.

category-procedure = Procédure d’asile
category-procedure-intro =
    L’IND décide de votre demande d’asile.
    VluchtelingenWerk et RefugeeHelp expliquent chaque étape de la procédure, en plusieurs langues.
    Votre avocat peut vous dire vos délais.

category-family = Famille
category-family-intro =
    Vous avez reçu un titre de séjour et vous voulez faire venir votre famille ? Faites la demande de regroupement familial dans les 3 mois après avoir reçu votre titre. Les règles sont alors plus simples.
    VluchtelingenWerk peut vous aider pour cela.
    Vous avez perdu le contact avec votre famille ? La Croix-Rouge peut les rechercher, gratuitement.

category-sgbv = Violences et abus
category-sgbv-intro =
    La violence à la maison, la violence sexuelle et les abus ne sont jamais acceptables. Vous pouvez recevoir de l’aide, et vous pouvez rester anonyme.
    Veilig Thuis et Centrum Seksueel Geweld sont gratuits et ouverts jour et nuit.
    Après un viol ou une agression sexuelle, demandez de l’aide le plus vite possible, si possible dans les 7 jours.
    Vous êtes en danger maintenant ? Appelez le numéro d’urgence.

category-trafficking = Traite des êtres humains
category-trafficking-intro =
    Quelqu’un vous force à travailler ou à avoir des relations sexuelles, prend vos papiers ou ne vous laisse pas partir ? Cela peut être de la traite des êtres humains.
    C’est un crime, et vous pouvez recevoir de l’aide. Vous pouvez aussi en parler au personnel du COA.
    Vous êtes en danger maintenant ? Appelez le numéro d’urgence.

category-children = Enfants et mineurs
category-children-intro =
    Vous avez moins de 18 ans et vous êtes venu(e) sans vos parents ? Nidos vous donne un tuteur qui vous aide.
    Les enfants et les jeunes peuvent parler de tout avec De Kindertelefoon, gratuitement et anonymement.
    Vous vous inquiétez pour un enfant à la maison ? Veilig Thuis peut aider.

category-lgbtiq = LGBTIQ+
category-lgbtiq-intro =
    Demander de l’aide au COA parce que vous êtes LGBTIQ+ n’a pas d’effet sur votre procédure d’asile.
    Certains centres du COA ont une personne de contact pour les résidents LGBTIQ+.
    Les organisations ci-dessous offrent du soutien, des informations et des « buddies » (une personne qui vous accompagne).

category-work = Travail
category-work-intro =
    Vous pouvez travailler quand votre demande d’asile est en cours depuis 6 mois.
    Votre employeur a besoin d’un permis de travail (TWV) pour vous.
    RefugeeHelp explique les règles, et UAF aide les réfugiés et les demandeurs d’asile pour les études et le travail.

category-education = Éducation
category-education-intro =
    L’école est obligatoire de 5 à 16 ans. Les enfants en procédure d’asile commencent l’école dans les 3 mois.
    Les enfants de moins de 12 ans vont dans une école primaire près de l’azc ou dans l’azc. De 12 à 18 ans, ils vont dans une classe internationale de transition (ISK).
    UAF aide pour les études dans une haute école ou une université.

category-return = Retour au pays
category-return-intro =
    Vous voulez retourner dans votre pays ? L’IOM peut vous aider pour le voyage et pour recommencer là-bas.
    Après un refus, le DT&V parle avec vous de votre départ des Pays-Bas.
    VluchtelingenWerk peut vous aider à réfléchir à votre avenir.

category-volunteer = Bénévolat et dons
category-volunteer-intro =
    Vous voulez aider ? VluchtelingenWerk et le COA travaillent avec des bénévoles.
    Stichting Vluchteling collecte des dons pour les réfugiés dans d’autres pays.

# Shown above the list of organisations of a category.
# Variables:
#   $count (Number) - how many organisations are listed
category-organisations-count =
    { $count ->
        [one] Cette organisation peut aider :
        [many] Ces { $count } organisations peuvent aider :
       *[other] Ces { $count } organisations peuvent aider :
    }

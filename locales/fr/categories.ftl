## Service categories — data/categories.yaml

# category-<id> is the button label (1-3 words).
# category-<id>-intro is shown above the list of organisations.

category-emergency = Urgence
# Variables:
#   $emergency-number (String) - the emergency number, from data (facts.yaml -> organisations.yaml); never translate or reformat
category-emergency-intro = Vous êtes en danger maintenant ? Appelez le { $emergency-number } (police, ambulance, pompiers). C’est gratuit, depuis n’importe quel téléphone, jour et nuit.
## Typed danger: the first line of the emergency screen, by the kind of danger
# Variables:
#   $emergency-number (String), $suicide-line (String), $veilig-thuis-line (String),
#   $sexual-violence-line (String), $trafficking-line (String) - phone numbers, from data
danger-fire = Un incendie ou de la fumée ? Sortez, fermez les portes derrière vous et appelez le { $emergency-number }.
danger-medical = Quelqu’un est gravement blessé ou malade ? Appelez le { $emergency-number } tout de suite et dites où vous êtes.
danger-suicide = Vous n’avez pas à traverser cela en solitaire. Vous êtes en danger maintenant ? Appelez le { $emergency-number }. Pour parler à quelqu’un : { $suicide-line }.
danger-violence = Vous êtes en danger maintenant ? Appelez le { $emergency-number }. Violence à la maison : { -org-veilig-thuis } { $veilig-thuis-line }.
danger-sexual-violence = Vous êtes en danger maintenant ? Appelez le { $emergency-number }. Après un viol ou une agression sexuelle : { -org-centrum-seksueel-geweld } { $sexual-violence-line }.
danger-crime = Quelqu’un vous menace ou vous attaque ? Mettez-vous en lieu sûr et appelez le { $emergency-number }.
danger-child = Un enfant est en danger ? Appelez le { $emergency-number }. Vous vous inquiétez pour un enfant : { -org-veilig-thuis } { $veilig-thuis-line }.
danger-trafficking = Quelqu’un vous retient ou vous force ? Appelez le { $emergency-number } dès que vous le pouvez. { -org-comensha } aide les victimes de la traite des êtres humains : { $trafficking-line }.

emergency-what-to-say =
    Dites où vous êtes (l’adresse ou le nom de votre centre), ce qui s’est passé et si quelqu’un est blessé.
# Variables:
#   $suicide-line (String) - 113's free number, from data
#   $veilig-thuis-line (String) - Veilig Thuis, from data
#   $sexual-violence-line (String) - Centrum Seksueel Geweld, from data
emergency-not-now =
    Vous n’êtes pas en danger en ce moment même ? Ces lignes sont gratuites et ouvertes jour et nuit :
    - Vous pensez à mettre fin à votre vie : { $suicide-line }. Quelqu’un vous écoute ; vous pouvez rester anonyme.
    - Violence à la maison : { $veilig-thuis-line } ({ -org-veilig-thuis }). Ils vous conseillent et peuvent envoyer de l’aide.
    - Viol ou agression sexuelle : { $sexual-violence-line } ({ -org-centrum-seksueel-geweld }). Aide médicale et autres aides.

category-legal = Aide juridique
category-legal-intro =
    Dans la procédure d’asile standard, vous préparez votre entretien avec un avocat. Le Conseil d’aide juridique ({ -org-raad-voor-rechtsbijstand }) attribue les avocats pour l’asile.
    { -org-vluchtelingenwerk } vous aide gratuitement pendant votre procédure.
    Vous avez reçu une lettre avec un délai ? Contactez votre avocat ou { -org-vluchtelingenwerk } le jour même.

category-health = Santé
# Variables:
#   $emergency-number (String) - the emergency number, from data
#   $suicide-line (String) - 113's free number, from data
category-health-intro =
    Votre vie est en danger ? Appelez tout de suite le { $emergency-number }.
    Au centre d’accueil, le { -org-gza } est votre médecin. Appelez la { -org-gza } Praktijklijn pour les problèmes médicaux à tout moment, jour et nuit ; pour les autres questions, pendant les heures de bureau. Des interprètes sont disponibles.
    Vous pensez à mettre fin à votre vie ? Appelez le { $suicide-line } : quelqu’un vous écoute, gratuitement et anonymement, jour et nuit.

category-reception = Accueil ({ -org-coa })
category-reception-intro =
    Le { -org-coa } vous donne un logement pendant votre procédure, une allocation chaque semaine, des soins de santé et l’école pour vos enfants.
    Pour vos questions, allez d’abord au bureau d’information de votre centre, ou regardez sur MyCOA.

category-procedure = Procédure d’asile
category-procedure-intro =
    L’{ -org-ind } décide de votre demande d’asile.
    { -org-vluchtelingenwerk } et { -org-refugeehelp } expliquent chaque étape de la procédure, en plusieurs langues.
    Votre avocat peut vous dire vos délais.

category-family = Famille
# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
category-family-intro =
    Vous avez un titre de séjour et vous voulez faire venir votre famille ? Les règles ont changé le { $pact-start } : moins de membres de la famille sont pris en compte, et il y a des conditions en plus. Contactez vite { -org-vluchtelingenwerk } ; ils vous aident pour cela.
    Vous avez perdu le contact avec votre famille ? La { -org-rode-kruis } peut rechercher vos proches, gratuitement.

category-sgbv = Violences et abus
# Variables:
#   $emergency-number (String) - the emergency number, from data
#   $sexual-violence-best-within-days (Number) - from data/facts.yaml
category-sgbv-intro =
    Vous êtes en danger maintenant ? Appelez le { $emergency-number }.
    La violence à la maison, la violence sexuelle et les abus ne sont jamais acceptables. Vous pouvez recevoir de l’aide, et vous pouvez rester anonyme.
    { -org-veilig-thuis } et { -org-centrum-seksueel-geweld } sont gratuits et ouverts jour et nuit.
    Après un viol ou une agression sexuelle, demandez de l’aide le plus vite possible, si possible dans un délai de { $sexual-violence-best-within-days ->
        [one] { $sexual-violence-best-within-days } jour
        [many] { $sexual-violence-best-within-days } de jours
       *[other] { $sexual-violence-best-within-days } jours
    }.

category-trafficking = Traite des êtres humains
# Variables:
#   $emergency-number (String) - the emergency number, from data
category-trafficking-intro =
    Quelqu’un vous force à travailler ou à avoir des relations sexuelles, prend vos papiers ou ne vous laisse pas partir ? Cela peut être de la traite des êtres humains.
    C’est un crime, et vous pouvez recevoir de l’aide. Vous pouvez aussi en parler au personnel du { -org-coa }.
    Vous êtes en danger maintenant ? Appelez le { $emergency-number }.

category-children = Enfants et mineurs
# Variables:
#   $minor-age (Number) - under this age you are a child, from data/facts.yaml
category-children-intro =
    Vous avez moins de { $minor-age } ans et vous êtes venu(e) sans vos parents ? { -org-nidos } vous donne un tuteur qui vous aide.
    Les enfants et les jeunes peuvent parler de tout avec { -org-kindertelefoon }, gratuitement et anonymement.
    Vous vous inquiétez pour un enfant à la maison ? { -org-veilig-thuis } peut aider.

category-lgbtiq = LGBTIQ+
category-lgbtiq-intro =
    Demander de l’aide au { -org-coa } parce que vous êtes LGBTIQ+ n’a pas d’effet sur votre procédure d’asile.
    Certains centres du { -org-coa } ont une personne de contact pour les résidents LGBTIQ+.
    Les organisations ci-dessous offrent du soutien, des informations et des « buddies » (une personne qui vous accompagne).

category-work = Travail
# Variables:
#   $work-months (Number) - months an application had to be pending, from data/facts.yaml
category-work-intro =
    Avec les anciennes règles, vous pouviez travailler quand votre demande d’asile était en cours depuis { $work-months ->
        [one] { $work-months } mois
        [many] { $work-months } de mois
       *[other] { $work-months } mois
    }, et votre employeur avait besoin d’un permis de travail (TWV). On ne sait pas encore avec certitude si cela a changé.
    La protection temporaire pour les personnes venues d’Ukraine a d’autres règles. { -org-refugeehelp } les explique, et { -org-uaf } aide pour les études et le travail.

category-education = Éducation
# Variables:
#   $school-age-from (Number), $school-age-to (Number) - ages of compulsory school, from data/facts.yaml
#   $school-start-months (Number) - months within which children start school
#   $secondary-school-age (Number) - from this age children go to a transition class
#   $minor-age (Number) - the age of adulthood
category-education-intro =
    L’école est obligatoire de { $school-age-from } à { $school-age-to } ans. Les enfants en procédure d’asile commencent l’école dans un délai de { $school-start-months ->
        [one] { $school-start-months } mois
        [many] { $school-start-months } de mois
       *[other] { $school-start-months } mois
    }.
    Les enfants de moins de { $secondary-school-age } ans vont dans une école primaire près de l’azc ou dans l’azc. De { $secondary-school-age } à { $minor-age } ans, ils vont dans une classe internationale de transition (ISK).
    { -org-uaf } aide pour les études dans une école supérieure ou une université.
    Si vous avez un titre de séjour, le { -org-coa } propose un programme pour vous préparer à l’intégration civique : cours de néerlandais et vie aux Pays-Bas.

category-return = Retour au pays
category-return-intro =
    Vous voulez retourner dans votre pays ? L’{ -org-iom } peut vous aider pour le voyage et pour recommencer là-bas.
    Après un refus, le { -org-dtv } parle avec vous de votre départ des Pays-Bas.
    { -org-vluchtelingenwerk } peut vous aider à réfléchir à votre avenir.

category-volunteer = Bénévolat et dons
category-volunteer-intro =
    Vous voulez aider ? { -org-vluchtelingenwerk } travaille avec des bénévoles. Sa fiche indique où s’inscrire.
    Vous voulez donner de l’argent ? { -org-stichting-vluchteling } collecte des dons pour les réfugiés dans d’autres pays. Regardez son site.

# Shown above the list of organisations of a category.
# Variables:
#   $count (Number) - how many organisations are listed
category-organisations-count =
    { $count ->
        [one] Cette organisation peut aider :
        [many] Ces { $count } organisations peuvent aider :
       *[other] Ces { $count } organisations peuvent aider :
    }

## Organisations — data/organisations.yaml

# Each organisation has org-<id>-about: what it does for you.
# Phone label messages (phone-<org>-<what>) say who a line is for, what it
# costs and whether you can stay anonymous. Numbers and hours come from data.

## Emergency and police

org-emergency-services-about =
    Le numéro de la police, d’une ambulance ou des pompiers en cas de danger immédiat.
    C’est gratuit et il fonctionne jour et nuit.
phone-emergency-services-112 = { -org-emergency-services } pour la police, l’ambulance et les pompiers. Gratuit, jour et nuit. Seulement en cas de danger immédiat.

org-politie-about =
    La police néerlandaise. Appelez la ligne non urgente pour signaler un crime ou de la traite des êtres humains quand il n’y a pas de danger immédiat.
    La police a aussi un réseau pour les personnes LGBTQ+, Roze in Blauw.
phone-politie-non-emergency = Police, quand ce n’est pas une urgence : pour signaler un crime ou de la traite des êtres humains.

## Government and asylum procedure

org-ministry-about =
    Le ministère est chargé de la politique d’asile et de migration. L’{ -org-ind } en dépend.
phone-rijksoverheid-1400 = Informatie Rijksoverheid, la ligne générale de l’État (pas pour votre dossier d’asile). Prix d’un appel normal.
phone-rijksoverheid-abroad = La même ligne, depuis l’étranger.

org-coa-about =
    Le { -org-coa } gère les centres d’accueil. Il vous donne un logement, une allocation chaque semaine et du soutien pendant votre procédure.
    Pour vos questions, allez au bureau d’information de votre centre ou regardez sur MyCOA, disponible en plusieurs langues.
phone-coa-ter-apel-professionals = Pour les professionnels seulement : { -org-coa } Ter Apel, questions sur un résident. Les questions sur la procédure d’asile vont à l’{ -org-ind }.
phone-coa-legal-helpdesk = Pour les professionnels seulement : le service juridique du { -org-coa }.
phone-coa-rvb-helpdesk = Pour les professionnels seulement : questions sur le règlement Rvb.

org-ind-about =
    L’{ -org-ind } décide de votre demande d’asile. Elle mène aussi vos entretiens.
    Vous pouvez appeler l’{ -org-ind } pour des questions sur votre demande.
phone-ind-general = Questions sur votre demande. Prix d’un appel normal.
phone-ind-abroad = L’{ -org-ind }, quand vous appelez de l’étranger.
phone-ind-fax-default = Un numéro de fax, pas pour appeler. Seulement pour le formulaire de mise en demeure, quand l’{ -org-ind } est en retard pour votre décision d’asile. Demandez d’abord à votre avocat.

link-vluchtelingenwerk-volunteer = Devenir bénévole chez { -org-vluchtelingenwerk }
org-vluchtelingenwerk-about =
    { -org-vluchtelingenwerk } aide gratuitement les demandeurs d’asile. Ses équipes sont présentes dans chaque azc.
    Elles expliquent la procédure, peuvent vous accompagner à vos entretiens à l’{ -org-ind } et aident pour le regroupement familial.
    Demandez dans votre centre quand ont lieu leurs permanences (spreekuur).

org-refugeehelp-about =
    { -org-refugeehelp } est un site de { -org-vluchtelingenwerk }. Il explique la procédure d’asile et la vie aux Pays-Bas avec des mots simples, en beaucoup de langues, aussi en ukrainien.

org-unhcr-about =
    Le { -org-unhcr } (UNHCR) est l’agence des Nations unies pour les réfugiés.
    Le { -org-unhcr } aux Pays-Bas n’aide pas les personnes individuellement. Pour votre procédure d’asile, il vous envoie vers { -org-refugeehelp }.

## Health

# Variables:
#   $emergency-number (String) - the emergency number, from data
org-gza-about =
    Danger de mort ? Appelez le { $emergency-number }.
    Le { -org-gza } est le cabinet médical des centres d’accueil pour demandeurs d’asile. Appelez la Praktijklijn si vous êtes malade ou avez une question de santé. Des interprètes sont disponibles.
# Variables:
#   $gza-urgent-option (Number) - the menu option for urgent medical problems, from data/facts.yaml
phone-gza-medical = { -org-gza } Praktijklijn pour les problèmes médicaux, jour et nuit. En cas d’urgence médicale, appuyez sur { $gza-urgent-option }.
phone-gza-questions = La même ligne pour les autres questions, pendant les heures de bureau.

org-113-zelfmoordpreventie-about =
    Pour les moments où vous pensez à mettre fin à votre vie, ou si vous vous inquiétez pour quelqu’un qui y pense.
    Vous pouvez appeler ou chatter, gratuitement et anonymement, jour et nuit.
phone-113-short = Gratuit et anonyme, jour et nuit.
phone-113-free = Aussi gratuit et anonyme, jour et nuit.

org-dokters-van-de-wereld-about =
    { -org-dokters-van-de-wereld } (Dokters van de Wereld) aide pour les questions de santé, aussi sur la violence sexuelle, et vous guide dans le système de santé néerlandais.
    C’est gratuit, et des médiateurs culturels vous aident dans votre langue. Ils sont à Amsterdam, Nijmegen et Utrecht.
phone-dokters-van-de-wereld = Questions de santé et aide dans le système de santé néerlandais. Gratuit.

org-zanzu-about =
    { -org-zanzu } est un site avec des informations claires sur la santé sexuelle, en beaucoup de langues.

## Legal help

org-raad-voor-rechtsbijstand-about =
    Le Conseil d’aide juridique ({ -org-raad-voor-rechtsbijstand }) organise votre avocat gratuit pour l’asile. Vous en recevez un automatiquement.
    Il a des bureaux dans les centres d’enregistrement (aanmeldcentra).

org-juridisch-loket-about =
    { -org-juridisch-loket } donne un premier conseil juridique.
    Le conseil dans une agence est gratuit. Vérifiez les horaires de l’agence avant d’y aller.
phone-juridisch-loket-advice = Conseil juridique par téléphone. Cette ligne est payante, à la minute. Vous ne pouvez pas appeler les agences directement.

org-wereldhuis-amsterdam-about =
    Wereldhuis à Amsterdam donne des conseils juridiques gratuits aux personnes sans papiers, le jeudi après-midi, sur rendez-vous.

## Family

# Variables:
#   $tracing-months-min (Number), $tracing-months-max (Number) - how long a search usually takes, from data/facts.yaml
org-rode-kruis-about =
    La { -org-rode-kruis } (Rode Kruis) vous aide à rechercher des membres de votre famille avec qui vous avez perdu le contact.
    C’est gratuit. Une recherche prend souvent de { $tracing-months-min } à { $tracing-months-max } mois.

## Violence and abuse

org-veilig-thuis-about =
    { -org-veilig-thuis } donne des conseils et de l’aide en cas de violence conjugale ou familiale et de maltraitance d’enfants.
    Vous pouvez appeler ou chatter. C’est gratuit et vous pouvez rester anonyme.
phone-veilig-thuis = Gratuit et anonyme, jour et nuit. Dites le nom de votre ville pour joindre le bureau près de chez vous.

# Variables:
#   $sexual-violence-best-within-days (Number) - from data/facts.yaml
org-centrum-seksueel-geweld-about =
    { -org-centrum-seksueel-geweld } aide après un viol ou une agression sexuelle : aide médicale, médico-légale et psychologique.
    C’est gratuit, jour et nuit. Prenez contact le plus vite possible, si possible dans un délai de { $sexual-violence-best-within-days ->
        [one] { $sexual-violence-best-within-days } jour
        [many] { $sexual-violence-best-within-days } de jours
       *[other] { $sexual-violence-best-within-days } jours
    }.
phone-centrum-seksueel-geweld = Gratuit, jour et nuit. Appelez le plus vite possible après une agression.

org-fier-about =
    { -org-fier } aide les personnes qui subissent des violences de la part de quelqu’un dont elles dépendent, et les victimes de la traite des êtres humains.
    Vous pouvez chatter avec { -org-fier } de façon anonyme.

org-slachtofferhulp-about =
    { -org-slachtofferhulp } soutient les victimes de crimes, d’accidents et de catastrophes.
    Il a aussi une ligne anonyme, Verbreek de stilte.
phone-slachtofferhulp-general = Pour les victimes de crimes, d’accidents et de catastrophes. Prix d’un appel local normal. En cas de crise, aussi en dehors des heures de bureau.
phone-slachtofferhulp-verbreek-de-stilte = Verbreek de stilte : une ligne anonyme.

## Human trafficking

org-comensha-about =
    { -org-comensha } est le centre national contre la traite des êtres humains.
    Les victimes, et toute personne qui a une question sur la traite, peuvent appeler son service d’assistance.
phone-comensha-helpdesk = Service national d’assistance sur la traite des êtres humains, pour les victimes et toute personne qui a une question.

org-arbeidsinspectie-about =
    Vous pouvez signaler l’exploitation au travail à l’Inspection du travail néerlandaise (Nederlandse { -org-arbeidsinspectie }).
    Par exemple, quand un employeur vous force à travailler ou prend vos papiers.
phone-arbeidsinspectie-report = Signaler l’exploitation au travail.
phone-arbeidsinspectie-abroad = Signaler l’exploitation au travail, quand vous appelez de l’étranger.

## Children

# Variables:
#   $minor-age (Number) - from data/facts.yaml
org-nidos-about =
    { -org-nidos } est le tuteur des enfants de moins de { $minor-age } ans venus aux Pays-Bas sans leurs parents.
    Votre tuteur vous aide et défend vos intérêts.
phone-nidos-head-office = Siège de { -org-nidos } à Utrecht.

org-kindertelefoon-about =
    { -org-kindertelefoon } est pour les enfants et les jeunes.
    Vous pouvez appeler ou chatter sur tous les sujets. C’est gratuit et anonyme.
phone-kindertelefoon = Pour les enfants et les jeunes. Gratuit et anonyme.

## Education and work

# Variables:
#   $uaf-school-years (Number) - years of school UAF asks for, from data/facts.yaml
org-uaf-about =
    { -org-uaf } aide les réfugiés et les demandeurs d’asile qui veulent étudier dans une école supérieure ou une université : argent pour les études, accompagnement et aide pour trouver du travail.
    Il faut { $uaf-school-years } années d’école et un niveau suffisant en néerlandais, anglais, français ou allemand.

org-lowan-about =
    { -org-lowan } soutient les écoles qui enseignent aux enfants nouveaux aux Pays-Bas, comme les classes internationales de transition (ISK).
    Ce n’est pas une ligne d’aide. Pour une place à l’école, demandez au { -org-coa } ou à votre école.

## LGBTIQ+

org-lgbt-asylum-support-about =
    { -org-lgbt-asylum-support } est une organisation néerlandaise qui aide les demandeurs d’asile LGBTI.

org-secret-garden-about =
    { -org-secret-garden } à Amsterdam offre un soutien social, juridique et psychologique aux personnes LGBT issues de l’immigration, y compris les demandeurs d’asile.
    Regardez sur leur site comment les contacter.

org-coc-cocktail-about =
    { -org-coc-cocktail }, de COC Haaglanden, est pour les demandeurs d’asile LGBTIQ+.
    Il a un projet de « buddies » (une personne qui vous accompagne) dans la région de La Haye et un site avec des informations.

## Going back

org-iom-about =
    L’{ -org-iom } (IOM) aide les personnes qui veulent retourner volontairement dans leur pays : pour le voyage, les documents de voyage et du soutien pour recommencer là-bas.
    Ses conseillers au retour parlent beaucoup de langues, et des interprètes sont aussi utilisés.
phone-iom-return = L’{ -org-iom }, pour les questions sur le retour volontaire.

org-dtv-about =
    Après un refus, le { -org-dtv } (Service du rapatriement et du départ) parle avec vous de votre départ des Pays-Bas.
    Vous avez un interprète pour ces entretiens. Le { -org-dtv } travaille avec l’{ -org-iom } et { -org-vluchtelingenwerk }.

## Donations

org-stichting-vluchteling-about =
    { -org-stichting-vluchteling } collecte des dons pour l’aide humanitaire aux réfugiés dans d’autres pays.
    Elle n’offre ni aide ni services aux demandeurs d’asile aux Pays-Bas.
phone-stichting-vluchteling-office = Bureau de { -org-stichting-vluchteling }. Pas une ligne d’aide pour les demandeurs d’asile.

## Names as readers see them: on cards, on buttons and in sentences
# Each organisation's name is a term, -org-<id>: the name as a reader of this language
# sees it. Keep the Dutch proper name where the organisation has no name in the language;
# use the language's own name where it has one (Croix-Rouge, ACNUR). Never double a name.
# Where the name alone does not say what the organisation is, say it once, in brackets, on
# its card and button: put that in a term of its own, -org-<id>-what, and write
#   org-<id>-name = { -org-<id> } ({ -org-<id>-what })
# and otherwise simply org-<id>-name = { -org-<id> }.
#
# In a sentence that names an organisation, write its term, not the name:
#   org-ind-about = { -org-ind } decides on your asylum application.
# so that a name is the same on every screen, and is changed in one place. Where your
# language changes the name or joins it to a word (a case ending or suffix such as IND'ye,
# a prefix such as ንCOA, a compound such as COA-locatie), write that word out: a term
# cannot be declined. `python -m bot validate` warns about a name written out where its
# term would do (FTL-TERM-LITERAL), and refuses a missing name (FTL-TERM-MISSING) and a
# reference to a term the language does not define (FTL-UNKNOWN-TERM).
# In right-to-left languages a term inside a sentence is isolated (U+2068 ... U+2069), so
# that a Latin name keeps its order; on a card or a button it is not.

# Its number, from data, comes after the name.
-org-emergency-services = Numéro d’urgence
# Variables:
#   $emergency-number (String) - the emergency number, from data
org-emergency-services-name = { -org-emergency-services } { $emergency-number }

-org-politie = Politie
-org-politie-what = police
org-politie-name = { -org-politie } ({ -org-politie-what })

-org-ministry = Ministère de l’Asile et de la Migration
org-ministry-name = { -org-ministry }

-org-coa = COA
org-coa-name = { -org-coa }

-org-ind = IND
org-ind-name = { -org-ind }

-org-gza = GZA
org-gza-name = { -org-gza }

-org-vluchtelingenwerk = VluchtelingenWerk
org-vluchtelingenwerk-name = { -org-vluchtelingenwerk }

-org-refugeehelp = RefugeeHelp
org-refugeehelp-name = { -org-refugeehelp }

-org-unhcr = HCR
org-unhcr-name = { -org-unhcr }

-org-stichting-vluchteling = Stichting Vluchteling
org-stichting-vluchteling-name = { -org-stichting-vluchteling }

-org-iom = OIM
org-iom-name = { -org-iom }

-org-dtv = DT&V
org-dtv-name = { -org-dtv }

-org-raad-voor-rechtsbijstand = Raad voor Rechtsbijstand
-org-raad-voor-rechtsbijstand-what = aide juridique
org-raad-voor-rechtsbijstand-name = { -org-raad-voor-rechtsbijstand } ({ -org-raad-voor-rechtsbijstand-what })

-org-juridisch-loket = Het Juridisch Loket
org-juridisch-loket-name = { -org-juridisch-loket }

-org-wereldhuis-amsterdam = Wereldhuis Amsterdam
org-wereldhuis-amsterdam-name = { -org-wereldhuis-amsterdam }

-org-rode-kruis = Croix-Rouge
org-rode-kruis-name = { -org-rode-kruis }

-org-veilig-thuis = Veilig Thuis
org-veilig-thuis-name = { -org-veilig-thuis }

-org-centrum-seksueel-geweld = Centrum Seksueel Geweld
org-centrum-seksueel-geweld-name = { -org-centrum-seksueel-geweld }

-org-fier = Fier
org-fier-name = { -org-fier }

-org-slachtofferhulp = Slachtofferhulp Nederland
org-slachtofferhulp-name = { -org-slachtofferhulp }

-org-comensha = CoMensha
org-comensha-name = { -org-comensha }

-org-arbeidsinspectie = Arbeidsinspectie
-org-arbeidsinspectie-what = Inspection du travail
org-arbeidsinspectie-name = { -org-arbeidsinspectie } ({ -org-arbeidsinspectie-what })

-org-nidos = Nidos
org-nidos-name = { -org-nidos }

-org-kindertelefoon = De Kindertelefoon
org-kindertelefoon-name = { -org-kindertelefoon }

# Its short number, from data, comes before the name.
-org-113-zelfmoordpreventie = Zelfmoordpreventie
# Variables:
#   $suicide-short-number (String) - 113's short number, from data
org-113-zelfmoordpreventie-name = { $suicide-short-number } { -org-113-zelfmoordpreventie }

-org-dokters-van-de-wereld = Médecins du Monde
org-dokters-van-de-wereld-name = { -org-dokters-van-de-wereld }

-org-zanzu = Zanzu
org-zanzu-name = { -org-zanzu }

-org-uaf = UAF
org-uaf-name = { -org-uaf }

-org-lowan = LOWAN
org-lowan-name = { -org-lowan }

-org-lgbt-asylum-support = LGBT Asylum Support
org-lgbt-asylum-support-name = { -org-lgbt-asylum-support }

-org-secret-garden = Secret Garden
org-secret-garden-name = { -org-secret-garden }

-org-coc-cocktail = Cocktail
-org-coc-cocktail-what = COC Haaglanden
org-coc-cocktail-name = { -org-coc-cocktail } ({ -org-coc-cocktail-what })

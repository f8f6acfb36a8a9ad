## Organisations — data/organisations.yaml

# Each organisation has org-<id>-about: what it does for you.
# Phone label messages (phone-<org>-<what>) say who a line is for, what it
# costs and whether you can stay anonymous. Numbers and hours come from data.

## Emergency and police

org-emergency-services-about =
    Le numéro de la police, d’une ambulance ou des pompiers en cas de danger immédiat.
    C’est gratuit et ça fonctionne jour et nuit.
phone-emergency-services-112 = Numéro d’urgence pour la police, l’ambulance et les pompiers. Gratuit, jour et nuit. Seulement en cas de danger immédiat.

org-politie-about =
    La police néerlandaise. Appelez la ligne non urgente pour signaler un crime ou de la traite des êtres humains quand il n’y a pas de danger immédiat.
    La police a aussi un réseau pour les personnes LGBTQ+, Roze in Blauw.
phone-politie-non-emergency = Police, quand ce n’est pas une urgence : pour signaler un crime ou de la traite des êtres humains.

## Government and asylum procedure

org-ministry-about =
    Le ministère de l’Asile et de la Migration est responsable de la politique d’asile et de migration. L’IND dépend de lui.
    Pour des questions générales, vous pouvez appeler Informatie Rijksoverheid, la ligne d’information du gouvernement.
phone-rijksoverheid-1400 = Informatie Rijksoverheid : la ligne d’information générale du gouvernement, pas une ligne spéciale pour l’asile. Prix d’un appel normal, depuis les Pays-Bas.
phone-rijksoverheid-abroad = La même ligne d’information générale du gouvernement, quand vous appelez de l’étranger.

org-coa-about =
    Le COA gère les centres d’accueil. Il vous donne un logement, une allocation chaque semaine et du soutien pendant votre procédure.
    Pour vos questions, allez au bureau d’information de votre centre ou regardez sur MyCOA, disponible en plusieurs langues.
    Les numéros du COA indiqués ici sont pour les professionnels, pas pour les résidents.
phone-coa-ter-apel-professionals = Pour les professionnels seulement : COA Ter Apel, questions sur un résident. Les questions sur la procédure d’asile vont à l’IND.
phone-coa-legal-helpdesk = Pour les professionnels seulement : le service juridique du COA.
phone-coa-rvb-helpdesk = Pour les professionnels seulement : questions sur le règlement Rvb.

org-ind-about =
    L’IND décide de votre demande d’asile. Elle mène aussi vos entretiens.
    Vous pouvez appeler l’IND pour des questions sur votre demande.
phone-ind-general = Questions sur votre demande. Prix d’un appel normal.
phone-ind-abroad = L’IND, quand vous appelez de l’étranger.
phone-ind-fax-default = C’est un numéro de fax, pas pour appeler. Seulement pour le formulaire de mise en demeure, quand l’IND est en retard pour votre décision d’asile. Demandez d’abord à votre avocat.

link-vluchtelingenwerk-volunteer = Devenir bénévole chez VluchtelingenWerk
org-vluchtelingenwerk-about =
    VluchtelingenWerk aide gratuitement les demandeurs d’asile. Ils ont des personnes dans chaque azc.
    Ils expliquent la procédure, peuvent vous accompagner à vos entretiens à l’IND et aident pour le regroupement familial.
    Demandez dans votre centre quand ont lieu leurs permanences (spreekuur).

org-refugeehelp-about =
    RefugeeHelp est un site de VluchtelingenWerk. Il explique la procédure d’asile et la vie aux Pays-Bas avec des mots simples, en 11 langues.

org-unhcr-about =
    Le UNHCR est l’agence des Nations unies pour les réfugiés.
    Le UNHCR aux Pays-Bas n’aide pas les personnes individuellement. Pour votre procédure d’asile, il vous envoie vers RefugeeHelp.

## Health

org-gza-about =
    Le GZA est le cabinet médical pour les personnes dans les centres d’accueil pour demandeurs d’asile.
    Appelez la Praktijklijn quand vous êtes malade ou avez une question de santé. Des interprètes sont disponibles.
phone-gza-praktijklijn = GZA Praktijklijn, pour les maladies et les questions de santé. En cas d’urgence médicale, vous pouvez appeler à tout moment : appuyez sur 1.

org-113-zelfmoordpreventie-about =
    113 Zelfmoordpreventie aide quand vous pensez à mettre fin à votre vie.
    Vous pouvez appeler ou chatter, gratuitement et anonymement, jour et nuit.
phone-113-short = Gratuit et anonyme, jour et nuit.
phone-113-free = Aussi gratuit et anonyme, jour et nuit.

org-dokters-van-de-wereld-about =
    Dokters van de Wereld aide pour les questions de santé, aussi sur la violence sexuelle, et vous guide dans le système de santé néerlandais.
    C’est gratuit, et des médiateurs culturels vous aident dans votre langue. Ils sont à Amsterdam, Nijmegen et Utrecht.
phone-dokters-van-de-wereld = Questions de santé et aide dans le système de santé néerlandais. Gratuit.

org-zanzu-about =
    Zanzu est un site avec des informations claires sur la santé sexuelle, en 17 langues.

## Legal help

org-raad-voor-rechtsbijstand-about =
    Le Conseil d’aide juridique (Raad voor Rechtsbijstand) organise votre avocat gratuit pour l’asile. Vous en recevez un automatiquement.
    Il a des bureaux dans les centres de demande.

org-juridisch-loket-about =
    Het Juridisch Loket donne un premier conseil juridique.
    Le conseil dans une agence est gratuit. Vérifiez les horaires de l’agence avant d’y aller.
phone-juridisch-loket-advice = Conseil juridique par téléphone. Cette ligne est payante, à la minute. Vous ne pouvez pas appeler les agences directement.

org-wereldhuis-amsterdam-about =
    Wereldhuis à Amsterdam donne des conseils juridiques gratuits aux personnes sans papiers, le jeudi après-midi, sur rendez-vous.

## Family

org-rode-kruis-about =
    La Croix-Rouge (Rode Kruis) vous aide à rechercher des membres de votre famille avec qui vous avez perdu le contact.
    C’est gratuit. Une recherche prend souvent 6 à 12 mois.

## Violence and abuse

org-veilig-thuis-about =
    Veilig Thuis donne des conseils et de l’aide en cas de violence conjugale ou familiale et de maltraitance d’enfants.
    Vous pouvez appeler ou chatter. C’est gratuit et vous pouvez rester anonyme.
phone-veilig-thuis = Gratuit et anonyme, jour et nuit. Dites le nom de votre ville pour joindre le bureau près de chez vous.

org-centrum-seksueel-geweld-about =
    Centrum Seksueel Geweld aide après un viol ou une agression sexuelle : aide médicale, médico-légale et psychologique.
    C’est gratuit, jour et nuit. Prenez contact le plus vite possible, si possible dans les 7 jours.
phone-centrum-seksueel-geweld = Gratuit, jour et nuit. Appelez le plus vite possible après une agression, si possible dans les 7 jours.

org-fier-about =
    Fier aide les personnes qui subissent des violences de la part de quelqu’un dont elles dépendent, et les victimes de la traite des êtres humains.
    Vous pouvez chatter avec Fier de façon anonyme.

org-slachtofferhulp-about =
    Slachtofferhulp Nederland soutient les victimes de crimes, d’accidents et de catastrophes.
    Il a aussi une ligne anonyme, Verbreek de stilte.
phone-slachtofferhulp-general = Pour les victimes de crimes, d’accidents et de catastrophes. Prix d’un appel local normal. En cas de crise, aussi en dehors des heures de bureau.
phone-slachtofferhulp-verbreek-de-stilte = Verbreek de stilte : une ligne anonyme.

## Human trafficking

org-comensha-about =
    CoMensha est le centre national contre la traite des êtres humains.
    Les victimes, et toute personne qui a une question sur la traite, peuvent appeler son service d’assistance.
phone-comensha-helpdesk = Service national d’assistance sur la traite des êtres humains, pour les victimes et toute personne qui a une question.

org-arbeidsinspectie-about =
    Vous pouvez signaler l’exploitation au travail à l’Inspection du travail néerlandaise (Nederlandse Arbeidsinspectie).
    Par exemple, quand un employeur vous force à travailler ou prend vos papiers.
phone-arbeidsinspectie-report = Signaler l’exploitation au travail.
phone-arbeidsinspectie-abroad = Signaler l’exploitation au travail, quand vous appelez de l’étranger.

## Children

org-nidos-about =
    Nidos est le tuteur des enfants de moins de 18 ans venus aux Pays-Bas sans leurs parents.
    Votre tuteur vous aide et défend vos intérêts.
phone-nidos-head-office = Siège de Nidos à Utrecht.

org-kindertelefoon-about =
    De Kindertelefoon est pour les enfants et les jeunes de 8 à 18 ans.
    Vous pouvez appeler ou chatter sur tous les sujets. C’est gratuit et anonyme.
phone-kindertelefoon = Pour les 8 à 18 ans. Gratuit et anonyme, tous les jours.

## Education and work

org-uaf-about =
    UAF aide les réfugiés et les demandeurs d’asile qui veulent étudier dans une haute école ou une université : argent pour les études, accompagnement et aide pour trouver du travail.
    Il faut 12 années d’école et un niveau suffisant en néerlandais, anglais, français ou allemand.

org-lowan-about =
    LOWAN soutient les écoles qui enseignent aux enfants nouveaux aux Pays-Bas, comme les classes internationales de transition (ISK).
    Ce n’est pas une ligne d’aide. Pour une place à l’école, demandez au COA ou à votre école.

## LGBTIQ+

org-lgbt-asylum-support-about =
    LGBT Asylum Support est une organisation néerlandaise qui aide les demandeurs d’asile LGBTI.

org-secret-garden-about =
    Secret Garden à Amsterdam offre un soutien social, juridique et psychologique aux personnes LGBT issues de l’immigration, y compris les demandeurs d’asile.
    Vous pouvez les contacter par e-mail ou par téléphone, ou passer sans rendez-vous.

org-coc-cocktail-about =
    Cocktail, de COC Haaglanden, est pour les demandeurs d’asile LGBTIQ+.
    Il a un projet de « buddies » (une personne qui vous accompagne) dans la région de La Haye et un site avec des informations.

## Going back

org-iom-about =
    L’IOM aide les personnes qui veulent retourner volontairement dans leur pays : pour le voyage, les documents de voyage et du soutien pour recommencer là-bas.
    Ses conseillers au retour parlent beaucoup de langues, et des interprètes sont aussi utilisés.
phone-iom-return = IOM, pour les questions sur le retour volontaire.

org-dtv-about =
    Après un refus, le DT&V (Service du rapatriement et du départ) parle avec vous de votre départ des Pays-Bas.
    Vous avez un interprète pour ces entretiens. Le DT&V travaille avec l’IOM et VluchtelingenWerk.

## Donations

org-stichting-vluchteling-about =
    Stichting Vluchteling collecte des dons pour l’aide humanitaire aux réfugiés dans d’autres pays.
    Elle n’offre ni aide ni services aux demandeurs d’asile aux Pays-Bas.
phone-stichting-vluchteling-office = Bureau de Stichting Vluchteling. Pas une ligne d’aide pour les demandeurs d’asile.

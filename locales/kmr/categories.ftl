## Service categories — data/categories.yaml

# category-<id> is the button label (1-3 words).
# category-<id>-intro is shown above the list of organisations.

category-emergency = Acîl
# Variables:
#   $phone (String) - the emergency number, from data/organisations.yaml (emergency-services/0); never translate or reformat
category-emergency-intro = Hûn niha di xetereyê de ne? Li { $phone } bigerin (polîs, ambulans, agirkuj). Belaş e û ji her telefonê dixebite, rojê 24 saet.
emergency-what-to-say =
    Dema ku hûn telefon dikin, bêjin:
    - hûn li ku ne: navnîşan an navê navenda xwe
    - çi qewimî
    - kesek birîndar bûye an na
    Hûn dikarin kesekî ku bi Îngilîzî diaxive bixwazin.

category-legal = Alîkariya hiqûqî
category-legal-intro =
    Her penaxwaz parêzerekî belaş distîne. Raad voor Rechtsbijstand (Desteya Alîkariya Hiqûqî) bixweber parêzerekî ji bo we destnîşan dike.
    VluchtelingenWerk jî di dema prosedura we de belaş alîkariya we dike.
    Ji bo pirsên din ên hiqûqî, Het Juridisch Loket şîretan dide.

category-health = Tenduristî
category-health-intro =
    Di navenda pêşwaziyê de, GZA doktorê we ye. Her pirsgirêka tenduristiyê ji wan re bêjin. Wergêr hene.
    Ji bo acîleke tenduristiyê hûn dikarin her dem li GZA-yê bigerin.
    Ger hûn difikirin ku jiyana xwe biqedînin, hûn dikarin bi kesekî re biaxivin. Belaş û bênav e, şev û roj.

category-reception = Pêşwazî (COA)
category-reception-intro =
    Di dema prosedura we de COA cihê jiyanê, pereyê heftane û lênêrîna tenduristiyê dide we. Ji bo zarokên we jî dibistan heye.
    Ger pirsên we hebin, pêşî biçin maseya agahiyê ya navenda xwe, an li MyCOA binêrin.

category-procedure = Prosedura penaberiyê
category-procedure-intro =
    IND li ser serlêdana we ya penaberiyê biryarê dide.
    VluchtelingenWerk û RefugeeHelp her gaveke prosedurê bi gelek zimanan rave dikin.
    Parêzerê we dikare ji we re bêje ka dema we ya dawî kengê ye.

category-family = Malbat
category-family-intro =
    We destûra rûniştinê girtiye û hûn dixwazin malbata we were? Di nav 3 mehan de piştî ku we destûr girt, ji bo kombûna malbatê serlêdanê bikin. Wê demê qaîde hêsantir in.
    VluchtelingenWerk dikare di vê yekê de alîkariya we bike.
    Têkiliya we bi malbata we re qut bûye? Xaça Sor dikare wan belaş bigere.

category-sgbv = Tundî û destdirêjî
category-sgbv-intro =
    Tundiya li malê, tundiya zayendî û destdirêjî qet ne rast in. Hûn dikarin alîkarî bistînin, û hûn dikarin bênav bimînin.
    Veilig Thuis û Centrum Seksueel Geweld belaş in û şev û roj vekirî ne.
    Piştî tecawizê an êrîşa zayendî, zû alîkarî bistînin. Çêtir e di nav 7 rojan de.
    Niha di xetereyê de ne? Li hejmara acîl bigerin.

category-trafficking = Bazirganiya mirovan
category-trafficking-intro =
    Kesek we neçar dike ku hûn bixebitin an seksê bikin? Belgeyên we digire, an nahêle hûn biçin? Ev dikare bazirganiya mirovan be.
    Ev sûc e, û hûn dikarin alîkarî bistînin. Hûn dikarin ji karmendên COA re jî bêjin.
    Niha di xetereyê de ne? Li hejmara acîl bigerin.

category-children = Zarok û kêmsal
category-children-intro =
    Hûn di bin 18 saliyê de ne û bê dê û bavê xwe hatine? Nidos wasiyekî (parêzvanê qanûnî) dide we ku alîkariya we dike.
    Zarok û ciwan dikarin li ser her tiştî bi De Kindertelefoon re biaxivin. Belaş û bênav e.
    Hûn ji bo zarokekî li malê bi fikar in? Veilig Thuis dikare alîkarî bike.

category-lgbtiq = LGBTIQ+
category-lgbtiq-intro =
    Ger hûn ji COA alîkarî bixwazin ji ber ku hûn LGBTIQ+ in, ev bandorê li prosedura we ya penaberiyê nake.
    Li hin cihên COA kesê têkiliyê ji bo niştecihên LGBTIQ+ heye.
    Rêxistinên li jêr piştgirî, agahî û hevalan (buddy) didin.

category-work = Kar
category-work-intro =
    Dema ku serlêdana we ya penaberiyê 6 mehan li bendê be, hûn dikarin bixebitin.
    Xwedîkarê we ji bo we destûra kar (TWV) hewce dike.
    RefugeeHelp qaîdeyan rave dike. UAF di xwendin û kar de alîkariya penaber û penaxwazan dike.

category-education = Perwerde
category-education-intro =
    Dibistan ji 5 heta 16 saliyê mecbûrî ye. Zarokên di prosedura penaberiyê de di nav 3 mehan de dest bi dibistanê dikin.
    Zarokên di bin 12 saliyê de diçin dibistaneke seretayî ya li nêzî azc-ê an di azc-ê de. Ji 12 heta 18 saliyê, ew diçin pola derbasbûnê ya navneteweyî (ISK).
    UAF di xwendina li kolêj an zanîngehê de alîkarî dike.

category-return = Vegera welat
category-return-intro =
    Hûn dixwazin vegerin welatê xwe? IOM dikare di rêwîtiyê de û ji bo destpêkeke nû li wir alîkariya we bike.
    Piştî redkirinê, DT&V li ser derketina ji Holendayê bi we re diaxive.
    VluchtelingenWerk dikare alîkariya we bike ku hûn li ser pêşeroja xwe bifikirin.

category-volunteer = Dilxwazî û bexşîn
category-volunteer-intro =
    Hûn dixwazin alîkarî bikin? VluchtelingenWerk û COA bi dilxwazan re dixebitin.
    Stichting Vluchteling ji bo penaberên li welatên din bexşîşan berhev dike.

# Shown above the list of organisations of a category.
# Variables:
#   $count (Number) - how many organisations are listed
category-organisations-count =
    { $count ->
        [one] Ev rêxistin dikare alîkariya we bike:
       *[other] Ev { $count } rêxistin dikarin alîkariya we bikin:
    }

## Service categories — data/categories.yaml

# category-<id> is the button label (1-3 words).
# category-<id>-intro is shown above the list of organisations.

category-emergency = Acîl
# Variables:
#   $emergency-number (String) - the emergency number, from data (facts.yaml -> organisations.yaml); never translate or reformat
category-emergency-intro = Hûn niha di xetereyê de ne? Telefonî { $emergency-number } bikin (polîs, ambulans, agirkuj). Belaş e, ji her telefonê, şev û roj.
## Typed danger: the first line of the emergency screen, by the kind of danger
# Variables:
#   $emergency-number (String), $suicide-line (String), $veilig-thuis-line (String),
#   $sexual-violence-line (String), $trafficking-line (String) - phone numbers, from data
danger-fire = Agir an dûman? Derkevin, deriyan li pey xwe bigirin û telefonî { $emergency-number } bikin.
danger-medical = Kesek bi giranî birîndar an nexweş e? Niha telefonî { $emergency-number } bikin û bêjin hûn li ku ne.
danger-suicide = Ne hewce ye ku hûn bi tena serê xwe di vê re derbas bibin. Niha di xetereyê de ne: telefonî { $emergency-number } bikin. Ji bo ku bi kesekî re biaxivin: { $suicide-line }.
danger-violence = Niha di xetereyê de ne: telefonî { $emergency-number } bikin. Tundiya li malê: { -org-veilig-thuis } { $veilig-thuis-line }.
danger-sexual-violence = Niha di xetereyê de ne: telefonî { $emergency-number } bikin. Piştî tecawiz an êrîşê: { -org-centrum-seksueel-geweld } { $sexual-violence-line }.
danger-crime = Gef li we hatin xwarin an êrîş li we hat kirin? Herin cihekî ewle û telefonî { $emergency-number } bikin.
danger-child = Zarokek di xetereyê de ye: telefonî { $emergency-number } bikin. Ji bo zarokekî bi fikar in: { -org-veilig-thuis } { $veilig-thuis-line }.
danger-trafficking = Bi zorê tên girtin an tên neçarkirin: gava ku hûn karibin, telefonî { $emergency-number } bikin. { -org-comensha } alîkariya qurbaniyên bazirganiya mirovan dike: { $trafficking-line }.

emergency-what-to-say =
    Bêjin hûn li ku ne (navnîşan an navê navenda xwe), çi qewimî, û kesek birîndar bûye an na.
# Variables:
#   $suicide-line (String) - 113's free number, from data
#   $veilig-thuis-line (String) - Veilig Thuis, from data
#   $sexual-violence-line (String) - Centrum Seksueel Geweld, from data
emergency-not-now =
    Vê gavê ne di xetereyê de ne? Ev xet belaş in û şev û roj vekirî ne:
    - Hûn difikirin ku jiyana xwe biqedînin: { $suicide-line }. Kesek guhdariya we dike; hûn dikarin bênav bimînin.
    - Tundiya li malê: { $veilig-thuis-line } ({ -org-veilig-thuis }). Ew şîretan li we dikin û dikarin alîkariyê bişînin.
    - Tecawiz an êrîşa zayendî: { $sexual-violence-line } ({ -org-centrum-seksueel-geweld }). Alîkariya bijîşkî û alîkariyên din.

category-legal = Alîkariya hiqûqî
category-legal-intro =
    Di prosedura standard a penaberiyê de hûn hevpeyvîna xwe bi parêzerekî re amade dikin. { -org-raad-voor-rechtsbijstand } (Desteya Alîkariya Hiqûqî) parêzerên penaberiyê amade dike.
    { -org-vluchtelingenwerk } di dema prosedura we de belaş alîkariya we dike.
    Nameyek bi dema dawî gihîşt we? Heman rojê bi parêzerê xwe an { -org-vluchtelingenwerk } re têkilî daynin.

category-health = Tenduristî
# Variables:
#   $emergency-number (String) - the emergency number, from data
#   $suicide-line (String) - 113's free number, from data
category-health-intro =
    Jiyan di xetereyê de ye? Yekser telefonî { $emergency-number } bikin.
    Di navenda pêşwaziyê de, { -org-gza } doktorê we ye. Ji bo pirsgirêkên bijîşkî her dem, şev û roj, telefonî { -org-gza } Praktijklijn bikin; ji bo pirsên din di demjimêrên kar de. Wergêr hene.
    Hûn difikirin ku jiyana xwe biqedînin? Telefonî { $suicide-line } bikin: kesek guhdariya we dike, belaş û bênav, şev û roj.

category-reception = Pêşwazî ({ -org-coa })
category-reception-intro =
    Di dema prosedura we de { -org-coa } cihê jiyanê, pereyê heftane û lênêrîna tenduristiyê dide we. Ji bo zarokên we jî dibistan heye.
    Ger pirsên we hebin, pêşî biçin maseya agahiyê ya navenda xwe, an li MyCOA binêrin.

category-procedure = Prosedura penaberiyê
category-procedure-intro =
    { -org-ind } li ser serlêdana we ya penaberiyê biryarê dide.
    { -org-vluchtelingenwerk } û { -org-refugeehelp } her gaveke prosedurê bi gelek zimanan rave dikin.
    Parêzerê we dikare ji we re bêje ka dema we ya dawî kengê ye.

category-family = Malbat
# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
category-family-intro =
    Destûra we ya rûniştinê heye û hûn dixwazin malbata we were? Qaîde di { $pact-start } de guherîn: kêmtir endamên malbatê tên hesibandin, û şertên zêde hene. Zû ji { -org-vluchtelingenwerk } bipirsin; ew di vê yekê de alîkariya we dikin.
    Têkiliya we bi malbata we re qut bûye? { -org-rode-kruis } (Rode Kruis) dikare belaş li wan bigere.

category-sgbv = Tundî û destdirêjî
# Variables:
#   $emergency-number (String) - the emergency number, from data
#   $sexual-violence-best-within-days (Number) - from data/facts.yaml
category-sgbv-intro =
    Niha di xetereyê de ne? Telefonî { $emergency-number } bikin.
    Tundiya li malê, tundiya zayendî û destdirêjî qet nayên qebûlkirin. Hûn dikarin alîkarî bistînin, û hûn dikarin bênav bimînin.
    { -org-veilig-thuis } û { -org-centrum-seksueel-geweld } belaş in û şev û roj vekirî ne.
    Piştî tecawizê an êrîşa zayendî, zû alîkarî bistînin, çêtir e di nav { $sexual-violence-best-within-days ->
        [one] { $sexual-violence-best-within-days } rojê
       *[other] { $sexual-violence-best-within-days } rojan
    } de.

category-trafficking = Bazirganiya mirovan
# Variables:
#   $emergency-number (String) - the emergency number, from data
category-trafficking-intro =
    Kesek we neçar dike ku hûn bixebitin an seksê bikin? Belgeyên we digire, an nahêle hûn biçin? Ev dikare bazirganiya mirovan be.
    Ev sûc e, û hûn dikarin alîkarî bistînin. Hûn dikarin ji karmendên { -org-coa } re jî bêjin.
    Niha di xetereyê de ne? Telefonî { $emergency-number } bikin.

category-children = Zarok û kêmsal
# Variables:
#   $minor-age (Number) - under this age you are a child, from data/facts.yaml
category-children-intro =
    Hûn di bin { $minor-age } saliyê de ne û bê dê û bavê xwe hatine? { -org-nidos } wasiyekî (parêzvanê qanûnî) dide we ku alîkariya we dike.
    Zarok û ciwan dikarin li ser her tiştî bi { -org-kindertelefoon } re biaxivin. Belaş û bênav e.
    Hûn ji bo zarokekî li malê bi fikar in? { -org-veilig-thuis } dikare alîkarî bike.

category-lgbtiq = LGBTIQ+
category-lgbtiq-intro =
    Ger hûn ji { -org-coa } alîkarî bixwazin ji ber ku hûn LGBTIQ+ in, ev bandorê li prosedura we ya penaberiyê nake.
    Li hin cihên { -org-coa } kesê têkiliyê ji bo niştecihên LGBTIQ+ heye.
    Rêxistinên li jêr piştgirî, agahî û hevalan (buddy) didin.

category-work = Kar
# Variables:
#   $work-months (Number) - months an application had to be pending, from data/facts.yaml
category-work-intro =
    Li gor qaîdeyên kevn, piştî ku serlêdana we ya penaberiyê { $work-months ->
        [one] { $work-months } mehê
       *[other] { $work-months } mehan
    } li bendê mabû, hûn dikaribûn bixebitin, û xwedîkarê we hewceyê destûra kar (TWV) bû. Hîn ne piştrast e ka ev guheriye an na.
    Ji bo parastina demkî ya Ukraynayê qaîdeyên din hene. { -org-refugeehelp } wan rave dike, û { -org-uaf } di xwendin û kar de alîkarî dike.

category-education = Perwerde
# Variables:
#   $school-age-from (Number), $school-age-to (Number) - ages of compulsory school, from data/facts.yaml
#   $school-start-months (Number) - months within which children start school
#   $secondary-school-age (Number) - from this age children go to a transition class
#   $minor-age (Number) - the age of adulthood
category-education-intro =
    Dibistan ji { $school-age-from } heta { $school-age-to } saliyê mecbûrî ye. Zarokên di prosedura penaberiyê de di nav { $school-start-months ->
        [one] { $school-start-months } mehê
       *[other] { $school-start-months } mehan
    } de dest bi dibistanê dikin.
    Zarokên di bin { $secondary-school-age } saliyê de diçin dibistaneke seretayî ya li nêzî azc-ê an di azc-ê de. Ji { $secondary-school-age } heta { $minor-age } saliyê, ew diçin pola derbasbûnê ya navneteweyî (ISK).
    { -org-uaf } di xwendina li kolêj an zanîngehê de alîkarî dike.
    Heke destûra we hebe, { -org-coa } bernameyekê pêşkêş dike ku we ji bo entegrasyonê amade dike: dersên Holendî û jiyana li Holendayê.

category-return = Vegera welat
category-return-intro =
    Hûn dixwazin vegerin welatê xwe? { -org-iom } dikare di rêwîtiyê de û ji bo destpêkeke nû li wir alîkariya we bike.
    Piştî redkirinê, { -org-dtv } li ser derketina ji Holendayê bi we re diaxive.
    { -org-vluchtelingenwerk } dikare alîkariya we bike ku hûn li ser pêşeroja xwe bifikirin.

category-volunteer = Dilxwazî û bexşîn
category-volunteer-intro =
    Hûn dixwazin alîkarî bikin? { -org-vluchtelingenwerk } bi dilxwazan re dixebite. Di agahiyên wê de binêrin ka hûn li ku dikarin xwe qeyd bikin.
    Hûn dixwazin pere bidin? { -org-stichting-vluchteling } ji bo penaberên li welatên din bexşîşan berhev dike. Li malpera wê binêrin.

# Shown above the list of organisations of a category.
# Variables:
#   $count (Number) - how many organisations are listed
category-organisations-count =
    { $count ->
        [one] Ev rêxistin dikare alîkariya we bike:
       *[other] Ev { $count } rêxistin dikarin alîkariya we bikin:
    }

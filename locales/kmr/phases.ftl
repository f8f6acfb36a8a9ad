## Asylum phases — data/phases.yaml
# Numbers come from data/facts.yaml as variables; never type a number here.
# Words printed on IND letters (beschikking, voornemen, zienswijze) stay in Dutch.

# Variables:
#   $checked (String) - the day these facts were last compared with their sources, written out
phase-checked = Kontrola dawî: { $checked }. Qaîde dikarin biguherin; parêzerê we doza we dizane.

## Since 12 June 2026: arrival and the first checks

phase-registration = Hatin û kontrolên pêşîn
phase-registration-now =
    Hûn xwe li navenda serlêdanê ya Ter Apel didin nasîn. Ger hûn bi balafir an keştiyê ji derveyî herêma Schengen hatibin, hûn xwe li Schiphol didin nasîn.
    { -org-ind } kontrol dike ka hûn kî ne, kontrolên ewlehiyê û tenduristiyê dike, û lê dinêre ka hûn hewceyê lênêrîneke zêde ne an na.
# Variables:
#   $minor-age (Number) - under this age you are a child, from data/facts.yaml
phase-registration-help =
    Hûn agahiyên xwe bi xwe di portaleke online de dinivîsin. Ger hewce be, karmendên IND-ê alîkariya we dikin.
    Hûn di bin { $minor-age } saliyê de ne û bê dê û bavê xwe li vir in? { -org-nidos } wasiyekî dide we.
# Variables:
#   $screening-days-inland (Number) - longest first checks inside the country, from data/facts.yaml
phase-registration-next =
    Ev kontrol herî zêde { $screening-days-inland ->
        [one] { $screening-days-inland } rojê
       *[other] { $screening-days-inland } rojan
    } didomin. Paşê { -org-ind } prosedura we hildibijêre.

## Since 12 June 2026: the procedures

phase-pact-standard = Prosedura standard
phase-pact-standard-now =
    { -org-ind } lêkolîn dike ka hûn hewceyê parastinê ne an na. Pêşî ravekirinek ji we re tê dayîn.
    Paşê hevpeyvînek bi we re tê kirin. Tê de hûn rave dikin ka hûn çima penaberiyê dixwazin.
phase-pact-standard-help =
    Hûn hevpeyvînê bi parêzerê xwe re amade dikin.
    Ger hûn bixwazin, mafê we yê şîreta hiqûqî ya belaş jî heye. { -org-vluchtelingenwerk } dikare ji we re bêje hûn wê li ku bistînin.
# Variables:
#   $decision-months-standard (Number) - months the IND has to decide, from data/facts.yaml
phase-pact-standard-next =
    Divê { -org-ind } di nav { $decision-months-standard ->
        [one] { $decision-months-standard } mehê
       *[other] { $decision-months-standard } mehan
    } de biryarê bide. Paşê hûn biryara wê bi nameyê distînin.

phase-pact-accelerated = Prosedura lezgîn
phase-pact-accelerated-now =
    Ev prosedur kurttir e. Bi gelemperî di vê de jî hevpeyvîneke we bi IND-ê re heye, ku tê de hûn sedemên xwe rave dikin.
phase-pact-accelerated-help =
    Ji { -org-vluchtelingenwerk } bixwazin ku ji bo amadekariyê alîkariya we bike. Hîn ne piştrast e ka di vê prosedurê de parêzerek ji we re tê dayîn an na.
# Variables:
#   $decision-months-accelerated (Number) - months the IND has to decide, from data/facts.yaml
phase-pact-accelerated-next =
    Divê { -org-ind } di nav { $decision-months-accelerated ->
        [one] { $decision-months-accelerated } mehê
       *[other] { $decision-months-accelerated } mehan
    } de biryarê bide. Paşê hûn biryara wê bi nameyê distînin.

phase-pact-responsibility = Dibe ku welatekî din ê YE berpirsiyar be
phase-pact-responsibility-now =
    { -org-ind } kontrol dike ka divê welatekî din ê Yekîtiya Ewropayê (YE) serlêdana we bigire dest, bo nimûne ji ber ku hûn berê li wir bûn an malbata we li wir e. Ev qaîde şûna qaîdeyên Dublinê digirin.
    Ger welatekî din berpirsiyar be, dibe ku hûn werin şandin wir.
phase-pact-responsibility-help =
    Hûn dikarin li dijî biryareke ku we dişîne welatekî din îtiraz bikin. Dema dawî li ser nameyê ye û dikare pir kurt be. Heman rojê bi parêzerê xwe an { -org-vluchtelingenwerk } re têkilî daynin.
phase-pact-responsibility-next =
    Ger Holenda serlêdana we bigire dest, wê demê { -org-ind } lêkolîna wê dike.

phase-pact-admissibility = Prosedura qebûlbûnê
phase-pact-admissibility-now =
    Di vê prosedurê de { -org-ind } pêşî biryar dide ka ew ê serlêdana we li Holendayê qet lêkolîn bike an na.
phase-pact-admissibility-help =
    Ji parêzerê xwe an { -org-vluchtelingenwerk } bipirsin ka ev ji bo we tê çi wateyê.
phase-pact-admissibility-next =
    { -org-ind } biryara xwe bi nameyê ji we re dişîne.

phase-pact-border = Prosedura sînor (Schiphol)
# Variables:
#   $screening-days-border (Number) - longest checks at the border, from data/facts.yaml
phase-pact-border-now =
    Hûn bi balafir an keştiyê ji derveyî herêma Schengen hatin? Wê demê Royal Marechaussee (polîsê sînor ê Holendayê) we li sînor kontrol dike, herî zêde { $screening-days-border ->
        [one] { $screening-days-border } rojê
       *[other] { $screening-days-border } rojan
    }.
    Paşê dibe ku { -org-ind } serlêdana we di prosedura sînor de bigire dest. Ev prosedur ji bo kesên ku şansê wan ê parastinê kêm e, an ku wek xeterek ji bo nîzama giştî tên dîtin.
phase-pact-border-help =
    Dibe ku hûn neçar bin li navendeke girtî bimînin. Parêzerekî bixwazin, û bi { -org-vluchtelingenwerk } re têkilî daynin.
# Variables:
#   $border-procedure-weeks (Number) - longest border procedure, from data/facts.yaml
phase-pact-border-next =
    Divê prosedura sînor di nav { $border-procedure-weeks ->
        [one] { $border-procedure-weeks } heftiyê
       *[other] { $border-procedure-weeks } hefteyan
    } de biqede.

## Since 12 June 2026: the decision and after it

phase-pact-decision = Biryar
phase-pact-decision-now =
    { -org-ind } biryara xwe bi nameyê dişîne. Bi Holendî jê re "beschikking" tê gotin. Wê bi parêzerê xwe an { -org-vluchtelingenwerk } re bixwînin.
# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
phase-pact-decision-help =
    Qaîdeyên îtirazê di { $pact-start } de guherîn. Dema dawî ya îtirazê li ser nameyê ye, û dikare pir kurt be.
    Heman rojê bi parêzerê xwe an { -org-vluchtelingenwerk } re têkilî daynin.
phase-pact-decision-next =
    IND-ê çi biryar da?

phase-pact-granted = Destûr hat dayîn
# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
phase-pact-granted-now =
    { -org-ind } destûra rûniştinê ya penaberiyê daye we. Ew çiqas derbasdar e, li ser wê nivîsandî ye.
    Ji { $pact-start } pê ve du cureyên destûra penaberiyê hene, û qaîdeyên anîna malbata we guherîn.
phase-pact-granted-help =
    { -org-vluchtelingenwerk } di kombûna malbatê de û di destpêkirina jiyana we ya li vir de alîkariya we dike. Zû ji wan bipirsin.
phase-pact-granted-next =
    { -org-coa } bernameyekê pêşkêş dike ku we ji bo entegrasyonê amade dike: dersên Holendî û jiyana li Holendayê.

phase-pact-rejected = Serlêdan hat redkirin
phase-pact-rejected-now =
    { -org-ind } serlêdana we red kiriye. Redkirin her wiha dibêje ku divê hûn biçin (biryara vegerê). Hûn dikarin li dadgehê li dijî herduyan bi hev re îtiraz bikin.
phase-pact-rejected-help =
    Dema dawî li ser nameyê ye û dikare pir kurt be. ÎRO bi parêzerê xwe an { -org-vluchtelingenwerk } re biaxivin.
    Ji parêzerê xwe bipirsin ka hûn di dema îtirazê de dikarin li Holendayê bimînin an na.
phase-pact-rejected-next =
    Li gor qaîdeyên nû ne piştrast e ka piştî redkirinê hûn dikarin çiqas li navenda pêşwaziyê bimînin. Ji { -org-coa } û parêzerê xwe bipirsin.
    { -org-dtv } li ser derketinê bi we re diaxive. Ger hûn hilbijêrin ku vegerin, { -org-iom } dikare alîkariya we bike.

phase-new-application = Serlêdaneke nû
# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
phase-new-application-now =
    Serlêdana we bi awayekî dawî hat redkirin, û ji wê demê ve tiştekî girîng guheriye? Wê demê dibe ku hûn bikaribin dîsa serlêdanê bikin.
    Qaîdeyên vê yekê di { $pact-start } de guherîn.
phase-new-application-help =
    Berî ku hûn dîsa serlêdanê bikin, bi parêzerekî an { -org-vluchtelingenwerk } re biaxivin.

## Applications made before 12 June 2026: the steps as they were

# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
phase-old-rules-note = Ev gav ji bo serlêdanên berî { $pact-start } ne. Ne piştrast e ka niha kîjan qaîde li ser doza we derbasdar in.

phase-rest-and-preparation = Bêhnvedan û amadekarî
# Variables:
#   $rest-days (Number) - shortest rest and preparation period, from data/facts.yaml
phase-rest-and-preparation-now =
    Hûn herî kêm { $rest-days ->
        [one] { $rest-days } rojê
       *[other] { $rest-days } rojan
    } li navendeke pêşwaziyê ya prosedurê (pol) dimînin. Ev dem ji bo bêhnvedanê ye û ji bo ku hûn hevpeyvîna xwe bi parêzerê xwe re amade bikin.
# Variables:
#   $weekly-allowance (String) - weekly living allowance, written out, from data/facts.yaml
phase-rest-and-preparation-help =
    { -org-coa } cihê jiyanê, bi gelemperî pere ji bo xwarinê, û heftê { $weekly-allowance } ji bo debarê dide we (dibe ku mîqdar biguhere).
    { -org-vluchtelingenwerk } prosedurê rave dike. { -org-gza } lênêrîna bijîşkî dide.
phase-rest-and-preparation-next =
    Piştî vê demê, prosedura giştî ya penaberiyê dest pê dike.

phase-general-procedure = Prosedura giştî
phase-general-procedure-now =
    { -org-ind } hevpeyvîna berfireh li ser sedemên penaberiya we dike. Parêzerê we wê bi we re amade dike.
phase-general-procedure-help =
    Ger { -org-ind } bixwaze serlêdana we red bike, ew pêşî nameyeke niyeta redkirinê dişîne (bi Holendî: "voornemen"). Parêzerê we bi nivîskî bersiva wê dide (bi navê "zienswijze"). Ji bo vê yekê dem kêm e.
# Variables:
#   $old-cases-resumed (String) - the day the IND started again with older applications, from data/facts.yaml
phase-general-procedure-next =
    Paşê { -org-ind } biryarê dide û nameyekê dişîne ("beschikking"). { -org-ind } di { $old-cases-resumed } de dîsa dest bi van serlêdanên kevn kir, ji ber vê yekê gelek kes demeke dirêj li bendê dimînin.

phase-decision-granted = Biryar: destûr hat dayîn
phase-decision-granted-now =
    { -org-ind } destûra rûniştinê ya penaberiyê daye we. Ew çiqas derbasdar e, li ser wê nivîsandî ye.
# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
phase-decision-granted-help =
    Qaîdeyên anîna malbatê di { $pact-start } de guherîn, ji bo serlêdanên berê jî. Zû ji { -org-vluchtelingenwerk } bipirsin.
    { -org-rode-kruis } (Rode Kruis) dikare li endamên malbata we yên ku têkiliya we bi wan re qut bûye bigere.
phase-decision-granted-next =
    { -org-coa } bernameyekê pêşkêş dike ku we ji bo entegrasyonê amade dike: dersên Holendî û jiyana li Holendayê.

phase-decision-rejected = Biryar: hat redkirin
phase-decision-rejected-now =
    { -org-ind } serlêdana we red kiriye. Hûn dikarin li dadgehê îtiraz bikin. Dema dawî li ser nameyê ("beschikking") ye û dikare pir kurt be.
phase-decision-rejected-help =
    ÎRO bi parêzerê xwe an { -org-vluchtelingenwerk } re biaxivin. Ji parêzerê xwe bipirsin ka hûn di dema îtirazê de dikarin li Holendayê bimînin an na.
phase-decision-rejected-next =
    Ne piştrast e ka piştî redkirinê hûn dikarin çiqas li navenda pêşwaziyê bimînin. Ji { -org-coa } û parêzerê xwe bipirsin.
    { -org-dtv } bi wergêrekî re li ser derketinê bi we re diaxive. Ger hûn hilbijêrin ku vegerin, { -org-iom } dikare alîkariya we bike.

## Organisations — data/organisations.yaml

# Each organisation has org-<id>-about: what it does for you.
# Phone label messages (phone-<org>-<what>) say who a line is for, what it
# costs and whether you can stay anonymous. Numbers and hours come from data.

## Emergency and police

org-emergency-services-about =
    Hejmara polîs, ambulans an agirkujiyê, dema ku xetereyeke tavilê hebe.
    Belaş e û şev û roj dixebite.
phone-emergency-services-112 = { -org-emergency-services } ji bo polîs, ambulans û agirkujiyê. Belaş, şev û roj. Tenê ji bo xetereya tavilê.

org-politie-about =
    Polîsê Holendayê. Dema ku xetereya tavilê tune be, ji bo ragihandina sûcekî an bazirganiya mirovan telefonî xeta ne-acîl bikin.
    Polîs ji bo mirovên LGBTQ+ xwedî torekê ye jî: Roze in Blauw.
phone-politie-non-emergency = Polîs, dema ku ne acîl be: ji bo ragihandina sûcekî an bazirganiya mirovan.

## Government and asylum procedure

org-ministry-about =
    Wezaret ji siyaseta penaberî û koçberiyê berpirsiyar e. { -org-ind } girêdayî wê ye.
phone-rijksoverheid-1400 = Informatie Rijksoverheid, xeta giştî ya hikûmetê (ne ji bo doza we ya penaberiyê). Bihayê telefonê yê asayî.
phone-rijksoverheid-abroad = Heman xet, ji derveyî welat.

org-coa-about =
    { -org-coa } navendên pêşwaziyê bi rê ve dibe. Di dema prosedura we de cihê jiyanê, pereyê heftane û piştgiriyê dide we.
    Ger pirsên we hebin, biçin maseya agahiyê ya navenda xwe, an li MyCOA binêrin. MyCOA bi gelek zimanan e.
phone-coa-ter-apel-professionals = Tenê ji bo pisporan: { -org-coa } Ter Apel, pirsên li ser yek niştecihî. Pirsên li ser prosedura penaberiyê ji IND-ê tên pirsîn.
phone-coa-legal-helpdesk = Tenê ji bo pisporan: maseya alîkariyê ya { -org-coa } ji bo karên hiqûqî.
phone-coa-rvb-helpdesk = Tenê ji bo pisporan: pirsên li ser rêziknameya Rvb.

org-ind-about =
    { -org-ind } li ser serlêdana we ya penaberiyê biryarê dide û hevpeyvînên we jî dike.
    Ji bo pirsên li ser serlêdana xwe telefonî IND-ê bikin.
phone-ind-general = Pirsên li ser serlêdana we. Bihayê telefonê yê asayî.
phone-ind-abroad = { -org-ind }, ji derveyî welat.
phone-ind-fax-default = Hejmareke faksê ye, ne ji bo axaftinê. Tenê ji bo forma hişyariyê ya derengmayînê (notice of default), dema ku { -org-ind } biryara we ya penaberiyê dereng dixe. Pêşî ji parêzerê xwe bipirsin.

link-vluchtelingenwerk-volunteer = Bibin dilxwaz li { -org-vluchtelingenwerk }
org-vluchtelingenwerk-about =
    { -org-vluchtelingenwerk } belaş alîkariya penaxwazan dike. Li her azc-ê mirovên wê hene.
    Ew prosedurê rave dikin, dikarin bi we re werin hevpeyvînên IND-ê, û di kombûna malbatê de alîkarî dikin.
    Li cihê xwe bipirsin ka demjimêrên wan ên pêşwaziyê (spreekuur) kengê ne.

org-refugeehelp-about =
    { -org-refugeehelp } malpereke { -org-vluchtelingenwerk } e. Ew prosedura penaberiyê û jiyana li Holendayê bi peyvên zelal rave dike, bi gelek zimanan, bi Ukraynî jî.

org-unhcr-about =
    { -org-unhcr } ajansa penaberan a Neteweyên Yekbûyî ye.
    { -org-unhcr } Holenda alîkariyê nade kesan yek bi yek. Ji bo prosedura penaberiyê ew we dişîne { -org-refugeehelp }.

## Health

# Variables:
#   $emergency-number (String) - the emergency number, from data
org-gza-about =
    Jiyan di xetereyê de ye? Telefonî { $emergency-number } bikin.
    { -org-gza } navenda doktoran e ji bo mirovên li navendên pêşwaziyê yên penaxwazan. Dema ku hûn nexweş in an pirseke we ya tenduristiyê heye, telefonî Praktijklijn bikin. Wergêr hene.
# Variables:
#   $gza-urgent-option (Number) - the menu option for urgent medical problems, from data/facts.yaml
phone-gza-medical = { -org-gza } Praktijklijn ji bo pirsgirêkên bijîşkî, şev û roj. Ji bo pirsgirêkeke bijîşkî ya lezgîn, { $gza-urgent-option } bitikînin.
phone-gza-questions = Heman xet ji bo pirsên din, di demjimêrên kar de.

org-113-zelfmoordpreventie-about =
    Ji bo dema ku hûn difikirin ku jiyana xwe biqedînin, an hûn ji bo kesekî ku wiha difikire bi fikar in.
    Hûn dikarin telefon bikin an bi nivîsê biaxivin (chat). Belaş û bênav e, şev û roj.
phone-113-short = Belaş û bênav, şev û roj.
phone-113-free = Ev jî belaş û bênav e, şev û roj.

org-dokters-van-de-wereld-about =
    { -org-dokters-van-de-wereld } di pirsên tenduristiyê de alîkarî dike, li ser tundiya zayendî jî. Ew rêya lênêrîna tenduristiyê ya Holendayê nîşanî we dide.
    Belaş e, û navbeynkarên çandî bi zimanê we alîkariya we dikin. Ew li Amsterdam, Nijmegen û Utrecht in.
phone-dokters-van-de-wereld = Pirsên tenduristiyê û alîkarî di lênêrîna tenduristiyê ya Holendayê de. Belaş.

org-zanzu-about =
    { -org-zanzu } malperek e bi agahiyên zelal li ser tenduristiya zayendî, bi gelek zimanan.

## Legal help

org-raad-voor-rechtsbijstand-about =
    Desteya Alîkariya Hiqûqî ({ -org-raad-voor-rechtsbijstand }) parêzerê we yê belaş ê penaberiyê amade dike. Hûn bixweber parêzerekî distînin.
    Di navendên serlêdanê de maseyên wê hene.

org-juridisch-loket-about =
    { -org-juridisch-loket } şîreta hiqûqî ya destpêkê dide.
    Şîret li şaxan belaş e. Berî ku hûn biçin, demjimêrên vebûnê yên şaxê kontrol bikin.
phone-juridisch-loket-advice = Şîreta hiqûqî bi telefonê. Ev xet ji bo her deqeyê pere digire. Hûn nikarin rasterast telefonî şaxan bikin.

org-wereldhuis-amsterdam-about =
    Wereldhuis li Amsterdamê şîreta hiqûqî ya belaş dide mirovên bê belge. Roja pêncşemê piştî nîvro, bi jivanê.

## Family

# Variables:
#   $tracing-months-min (Number), $tracing-months-max (Number) - how long a search usually takes, from data/facts.yaml
org-rode-kruis-about =
    { -org-rode-kruis } (Rode Kruis) alîkariya we dike ku hûn li endamên malbatê bigerin, yên ku têkiliya we bi wan re qut bûye.
    Belaş e. Lêgerîn pir caran { $tracing-months-min } heta { $tracing-months-max } mehan dikişîne.

## Violence and abuse

org-veilig-thuis-about =
    { -org-veilig-thuis } li ser tundiya malê û destdirêjiya li zarokan şîret û alîkarî dide.
    Hûn dikarin telefon bikin an bi nivîsê biaxivin (chat). Belaş e û hûn dikarin bênav bimînin.
phone-veilig-thuis = Belaş û bênav, şev û roj. Navê bajarê xwe bêjin da ku hûn bigihîjin nivîsgeha nêzî xwe.

# Variables:
#   $sexual-violence-best-within-days (Number) - from data/facts.yaml
org-centrum-seksueel-geweld-about =
    { -org-centrum-seksueel-geweld } piştî tecawizê an êrîşa zayendî alîkarî dike: alîkariya bijîşkî, edlî (forensic) û psîkolojîk.
    Belaş e, şev û roj. Zû têkilî daynin, çêtir e di nav { $sexual-violence-best-within-days ->
        [one] { $sexual-violence-best-within-days } rojê
       *[other] { $sexual-violence-best-within-days } rojan
    } de.
phone-centrum-seksueel-geweld = Belaş, şev û roj. Piştî êrîşê zû telefon bikin.

org-fier-about =
    { -org-fier } alîkariya wan kesan dike ku ji kesê ku pê ve girêdayî ne tundiyê dibînin, û alîkariya qurbaniyên bazirganiya mirovan jî dike.
    Hûn dikarin bi { -org-fier } re bênav bi nivîsê biaxivin (chat).

org-slachtofferhulp-about =
    { -org-slachtofferhulp } piştgiriya qurbaniyên sûc, qeza û karesatan dike.
    Xeteke wê ya bênav jî heye: Verbreek de stilte.
phone-slachtofferhulp-general = Ji bo qurbaniyên sûc, qeza û karesatan. Bihayê telefona navxweyî yê asayî. Di krîzê de li derveyî demjimêrên kar jî.
phone-slachtofferhulp-verbreek-de-stilte = Verbreek de stilte: xeteke bênav.

## Human trafficking

org-comensha-about =
    { -org-comensha } navenda neteweyî ya li dijî bazirganiya mirovan e.
    Qurbanî, û her kesê ku li ser bazirganiya mirovan pirseke wî hebe, dikarin telefonî maseya wê ya alîkariyê bikin.
phone-comensha-helpdesk = Maseya alîkariyê ya neteweyî li ser bazirganiya mirovan, ji bo qurbaniyan û her kesê ku pirseke wî hebe.

org-arbeidsinspectie-about =
    Hûn dikarin îstismara kar ji Teftîşa Kar a Holendayê ({ -org-arbeidsinspectie }) re ragihînin.
    Bo nimûne, dema ku xwedîkarek we neçar dike ku hûn bixebitin, an belgeyên we digire.
phone-arbeidsinspectie-report = Îstismara kar ragihînin.
phone-arbeidsinspectie-abroad = Îstismara kar ragihînin, dema ku hûn ji derveyî welat telefon dikin.

## Children

# Variables:
#   $minor-age (Number) - from data/facts.yaml
org-nidos-about =
    { -org-nidos } wasiyê zarokên di bin { $minor-age } saliyê de ye, yên ku bê dê û bavê xwe hatine Holendayê.
    Wasiyê we alîkariya we dike û li berjewendiyên we xwedî derdikeve.
phone-nidos-head-office = Nivîsgeha sereke ya { -org-nidos } li Utrechtê.

org-kindertelefoon-about =
    { -org-kindertelefoon } ji bo zarok û ciwanan e.
    Hûn dikarin li ser her tiştî telefon bikin an bi nivîsê biaxivin (chat). Belaş û bênav e.
phone-kindertelefoon = Ji bo zarok û ciwanan. Belaş û bênav.

## Education and work

# Variables:
#   $uaf-school-years (Number) - years of school UAF asks for, from data/facts.yaml
org-uaf-about =
    { -org-uaf } alîkariya penaber û penaxwazan dike ku dixwazin li kolêj an zanîngehê bixwînin: bi pereyê xwendinê, rêberî û alîkariya dîtina kar.
    Ji we re { $uaf-school-years } sal dibistan û têra xwe Holendî, Îngilîzî, Fransî an Almanî lazim e.

org-lowan-about =
    { -org-lowan } piştgiriyê dide dibistanên ku zarokên nû yên Holendayê perwerde dikin, wek polên derbasbûnê yên navneteweyî (ISK).
    Ew ne xeta alîkariyê ye. Ji bo cihê dibistanê ji { -org-coa } an ji dibistana xwe bipirsin.

## LGBTIQ+

org-lgbt-asylum-support-about =
    { -org-lgbt-asylum-support } rêxistineke Holendî ye ku alîkariya penaxwazên LGBTI dike.

org-secret-garden-about =
    { -org-secret-garden } li Amsterdamê piştgiriya civakî, hiqûqî û psîkolojîk dide mirovên LGBT yên bi paşxaneya koçberiyê, penaxwaz jî.
    Li malpera wan binêrin ka hûn çawa dikarin xwe bigihînin wan.

org-coc-cocktail-about =
    { -org-coc-cocktail }, ji COC Haaglanden, ji bo penaxwazên LGBTIQ+ ye.
    Projeyeke wê ya buddy (hevaltiyê) li herêma Den Haagê heye, û malpereke bi agahiyan.

## Going back

org-iom-about =
    { -org-iom } alîkariya mirovan dike ku dixwazin bi dilê xwe vegerin welatê xwe: bi rêwîtiyê, belgeyên rêwîtiyê û piştgiriyê ji bo destpêkeke nû li wir.
    Şêwirmendên wê yên vegerê gelek zimanan diaxivin, û wergêr jî tên bikaranîn.
phone-iom-return = { -org-iom }, ji bo pirsên li ser vegera bi dilxwazî.

org-dtv-about =
    Piştî redkirinê, { -org-dtv } (Servîsa Vegerandin û Derketinê) li ser derketina ji Holendayê bi we re diaxive.
    Ji bo van axaftinan wergêrek ji we re tê dayîn. { -org-dtv } bi { -org-iom } û { -org-vluchtelingenwerk } re dixebite.

## Donations

org-stichting-vluchteling-about =
    { -org-stichting-vluchteling } ji bo alîkariya mirovî ya penaberên li welatên din bexşîşan berhev dike.
    Ew alîkarî an xizmetê nade penaxwazên li Holendayê.
phone-stichting-vluchteling-office = Nivîsgeha { -org-stichting-vluchteling }. Ne xeta alîkariyê ye ji bo penaxwazan.

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
-org-emergency-services = Hejmara acîl
# Variables:
#   $emergency-number (String) - the emergency number, from data
org-emergency-services-name = { -org-emergency-services } { $emergency-number }

-org-politie = Politie
-org-politie-what = polîs
org-politie-name = { -org-politie } ({ -org-politie-what })

-org-ministry = Wezareta Penaberî û Koçberiyê
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

-org-unhcr = UNHCR
org-unhcr-name = { -org-unhcr }

-org-stichting-vluchteling = Stichting Vluchteling
org-stichting-vluchteling-name = { -org-stichting-vluchteling }

-org-iom = IOM
org-iom-name = { -org-iom }

-org-dtv = DT&V
org-dtv-name = { -org-dtv }

-org-raad-voor-rechtsbijstand = Raad voor Rechtsbijstand
-org-raad-voor-rechtsbijstand-what = alîkariya hiqûqî
org-raad-voor-rechtsbijstand-name = { -org-raad-voor-rechtsbijstand } ({ -org-raad-voor-rechtsbijstand-what })

-org-juridisch-loket = Het Juridisch Loket
org-juridisch-loket-name = { -org-juridisch-loket }

-org-wereldhuis-amsterdam = Wereldhuis Amsterdam
org-wereldhuis-amsterdam-name = { -org-wereldhuis-amsterdam }

-org-rode-kruis = Xaça Sor
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

-org-arbeidsinspectie = Nederlandse Arbeidsinspectie
-org-arbeidsinspectie-what = teftîşa kar
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

-org-dokters-van-de-wereld = Dokters van de Wereld
-org-dokters-van-de-wereld-what = Doktorên Cîhanê
org-dokters-van-de-wereld-name = { -org-dokters-van-de-wereld } ({ -org-dokters-van-de-wereld-what })

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

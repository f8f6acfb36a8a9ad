## Organisations — data/organisations.yaml

# Each organisation has org-<id>-about: what it does for you.
# Phone label messages (phone-<org>-<what>) say who a line is for, what it
# costs and whether you can stay anonymous. Numbers and hours come from data.

## Emergency and police

org-emergency-services-about =
    Lambarka booliiska, ambalaaska ama dab-demiska marka ay jirto khatar degdeg ah.
    Waa bilaash, wuxuuna shaqeeyaa habeen iyo maalin.
phone-emergency-services-112 = { -org-emergency-services } ee booliiska, ambalaaska iyo dab-demiska. Bilaash, habeen iyo maalin. Kaliya khatar degdeg ah.

org-politie-about =
    Booliiska Nederland. Haddii aysan jirin khatar degdeg ah, wac khadka aan degdegga ahayn si aad u soo sheegto dambi ama ka ganacsiga dadka.
    Booliisku waxay kaloo leeyihiin shabakad loogu talagalay dadka LGBTQ+: Roze in Blauw.
phone-politie-non-emergency = Booliiska, marka aysan ahayn xaalad degdeg ah: si aad u soo sheegto dambi ama ka ganacsiga dadka.

## Government and asylum procedure

org-ministry-about =
    Wasaaraddu waxay mas'uul ka tahay siyaasadda magangelyada iyo socdaalka. { -org-ind } ayaa hoos timaada.
phone-rijksoverheid-1400 = Informatie Rijksoverheid, khadka guud ee dowladda (uma aha kiiskaaga magangelyada). Qiimaha wicitaanku waa caadi.
phone-rijksoverheid-abroad = Isla khadkaas, markaad dibadda ka wacdo.

org-coa-about =
    { -org-coa } ayaa maamusha xarumaha soo dhoweynta. Waxay ku siisaa meel aad ku noolaato, lacag toddobaad kasta ah iyo taageero inta habkaagu socdo.
    Haddii aad su'aal qabto, aad miiska macluumaadka ee xaruntaada, ama eeg MyCOA, oo luqado badan ku qoran.
phone-coa-ter-apel-professionals = Xirfadlayaasha oo keliya: { -org-coa } Ter Apel, su'aalo ku saabsan hal qof oo xarunta deggan. Su'aalaha habka magangelyada waxaa la weydiiyaa { -org-ind }.
phone-coa-legal-helpdesk = Xirfadlayaasha oo keliya: xafiiska caawimada arrimaha sharciga ee { -org-coa }.
phone-coa-rvb-helpdesk = Xirfadlayaasha oo keliya: su'aalo ku saabsan xeerka Rvb.

org-ind-about =
    { -org-ind } ayaa go'aan ka gaarta codsigaaga magangelyada. Sidoo kale iyada ayaa wareysiyada kula yeelata.
    Waxaad { -org-ind } u wici kartaa su'aalo ku saabsan codsigaaga.
phone-ind-general = Su'aalo ku saabsan codsigaaga. Qiimaha wicitaanku waa caadi.
phone-ind-abroad = { -org-ind }, markaad dibadda ka wacdo.
phone-ind-fax-default = Lambar fakis, looma isticmaalo wicitaan. Kaliya waxaa loogu talagalay foomka ogeysiiska dib-u-dhaca, marka { -org-ind } ay ka daahdo go'aanka magangelyadaada. Marka hore weydii qareenkaaga.

link-vluchtelingenwerk-volunteer = Ka noqo mutadawac { -org-vluchtelingenwerk }
org-vluchtelingenwerk-about =
    { -org-vluchtelingenwerk } waxay bilaash u caawisaa magangelyo-doonka. Waxay dad ku leedahay azc kasta.
    Waxay sharxaan habka, waxay kula raaci karaan wareysiyada { -org-ind }, waxayna kaa caawiyaan isu-keenidda qoyska.
    Goobtaada ka weydii goorta ay yihiin saacadaha xafiiskooda (spreekuur).

org-refugeehelp-about =
    { -org-refugeehelp } waa website ay leedahay { -org-vluchtelingenwerk }. Waxay erayo fudud, luqado badan oo uu Yukreenigu ka mid yahay, ku sharaxdaa habka magangelyada iyo nolosha Nederland.

org-unhcr-about =
    { -org-unhcr } waa hay'adda qaxootiga ee Qaramada Midoobay.
    { -org-unhcr } Nederland caawimo uma fidiso qof gaar ah. Habka magangelyadaada, waxay kuu dirtaa { -org-refugeehelp }.

## Health

# Variables:
#   $emergency-number (String) - the emergency number, from data
org-gza-about =
    Haddii nafi khatar ku jirto, wac { $emergency-number }.
    { -org-gza } waa xarunta dhakhtarka ee dadka ku jira xarumaha soo dhoweynta magangelyada. Wac Praktijklijn markaad jirran tahay ama aad su'aal caafimaad qabto. Turjubaan waa la heli karaa.
# Variables:
#   $gza-urgent-option (Number) - the menu option for urgent medical problems, from data/facts.yaml
phone-gza-medical = { -org-gza } Praktijklijn, dhibaatooyinka caafimaadka, habeen iyo maalin. Dhibaato caafimaad oo degdeg ah, riix { $gza-urgent-option }.
phone-gza-questions = Isla khadkaas, su'aalaha kale, saacadaha shaqada.

org-113-zelfmoordpreventie-about =
    Markaad ka fikirayso inaad naftaada qaaddo, ama aad ka walwalsan tahay qof kale oo ka fikiraya.
    Waad wici kartaa ama la qoraal-sheekaysan kartaa (chat). Waa bilaash, magacaagana looma baahna, habeen iyo maalin.
phone-113-short = Bilaash, magac la'aan, habeen iyo maalin.
phone-113-free = Sidoo kale bilaash, magac la'aan, habeen iyo maalin.

org-dokters-van-de-wereld-about =
    { -org-dokters-van-de-wereld } waxay ka caawisaa su'aalaha caafimaadka, oo ay ku jiraan xadgudubka galmada. Waxay kaloo ku tusisaa sida uu u shaqeeyo daryeelka caafimaadka Nederland.
    Waa bilaash, dhexdhexaadiyayaal dhaqan ayaana kugu caawiya luqaddaada. Waxay joogaan Amsterdam, Nijmegen iyo Utrecht.
phone-dokters-van-de-wereld = Su'aalo caafimaad iyo caawimo ku saabsan daryeelka caafimaadka Nederland. Bilaash.

org-zanzu-about =
    { -org-zanzu } waa website leh macluumaad cad oo ku saabsan caafimaadka galmada, luqado badan ayuuna ku qoran yahay.

## Legal help

org-raad-voor-rechtsbijstand-about =
    Guddiga Caawimada Sharciga ({ -org-raad-voor-rechtsbijstand }) ayaa kuu diyaariya qareenkaaga magangelyada oo bilaash ah. Si toos ah ayaad u heshaa.
    Waxay xafiisyo ku leedahay xarumaha codsiga.

org-juridisch-loket-about =
    { -org-juridisch-loket } waxay bixisaa talo sharci oo bilow ah.
    Talada laamaha lagu bixiyo waa bilaash. Kahor intaadan tagin, hubi saacadaha ay laantu furan tahay.
phone-juridisch-loket-advice = Talo sharci oo taleefan ah. Khadkani lacag ayuu ku qaataa daqiiqad kasta. Si toos ah uma wici kartid laamaha.

org-wereldhuis-amsterdam-about =
    Wereldhuis oo ku taal Amsterdam waxay talo sharci oo bilaash ah siisaa dadka aan waraaqaha haysan. Galabta Khamiista, ballan ayaa loo baahan yahay.

## Family

# Variables:
#   $tracing-months-min (Number), $tracing-months-max (Number) - how long a search usually takes, from data/facts.yaml
org-rode-kruis-about =
    { -org-rode-kruis } (Rode Kruis) ayaa kaa caawisa raadinta xubnaha qoyskaaga ee aad xiriirka la waysay.
    Waa bilaash. Raadintu badanaa waxay qaadataa { $tracing-months-min } ilaa { $tracing-months-max } bilood.

## Violence and abuse

org-veilig-thuis-about =
    { -org-veilig-thuis } waxay bixisaa talo iyo caawimo ku saabsan rabshadda guriga iyo xadgudubka carruurta.
    Waad wici kartaa ama la qoraal-sheekaysan kartaa. Waa bilaash, magacaagana looma baahna.
phone-veilig-thuis = Bilaash, magac la'aan, habeen iyo maalin. Sheeg magaalada aad joogto si lagaaga xiriiriyo xafiiska kuu dhow.

# Variables:
#   $sexual-violence-best-within-days (Number) - from data/facts.yaml
org-centrum-seksueel-geweld-about =
    { -org-centrum-seksueel-geweld } ayaa caawisa kadib kufsi ama weerar galmo: caawimo caafimaad, baaritaan dambi (forensic) iyo caawimo nafsi ah.
    Waa bilaash, habeen iyo maalin. La xiriir sida ugu dhakhsaha badan, haddii ay suurtagal tahay { $sexual-violence-best-within-days ->
        [one] { $sexual-violence-best-within-days } maalin
       *[other] { $sexual-violence-best-within-days } maalmood
    } gudahood.
phone-centrum-seksueel-geweld = Bilaash, habeen iyo maalin. Wac sida ugu dhakhsaha badan kadib weerarka.

org-fier-about =
    { -org-fier } waxay caawisaa dadka uu rabshad u geysto qof ay ku tiirsan yihiin. Waxay kaloo caawisaa dhibbanayaasha ka ganacsiga dadka.
    { -org-fier } waad la qoraal-sheekaysan kartaa adigoon magacaaga sheegin.

org-slachtofferhulp-about =
    { -org-slachtofferhulp } waxay taageertaa dhibbanayaasha dambiyada, shilalka iyo masiibooyinka.
    Waxay kaloo leedahay khad magac la'aan ah: Verbreek de stilte.
phone-slachtofferhulp-general = Dhibbanayaasha dambiyada, shilalka iyo masiibooyinka. Qiimaha caadiga ah ee wicitaanka gudaha. Xaalad xasaradeed, sidoo kale saacadaha shaqada ka baxsan.
phone-slachtofferhulp-verbreek-de-stilte = Verbreek de stilte: khad magac la'aan ah.

## Human trafficking

org-comensha-about =
    { -org-comensha } waa xarunta qaranka ee la dagaalanka ka ganacsiga dadka.
    Dhibbanayaasha, iyo qof kasta oo su'aal ka qaba ka ganacsiga dadka, waxay wici karaan xafiiskeeda caawimada.
phone-comensha-helpdesk = Xafiiska caawimada qaranka ee ka ganacsiga dadka, loogu talagalay dhibbanayaasha iyo qof kasta oo su'aal qaba.

org-arbeidsinspectie-about =
    Ka faa'iidaysiga shaqaalaha waxaad u sheegi kartaa Kormeerka Shaqada Nederland ({ -org-arbeidsinspectie }).
    Tusaale ahaan, marka loo-shaqeeye kugu qasbo inaad shaqeyso ama kaa qaato waraaqahaaga.
phone-arbeidsinspectie-report = Soo sheeg ka faa'iidaysiga shaqaalaha.
phone-arbeidsinspectie-abroad = Soo sheeg ka faa'iidaysiga shaqaalaha, markaad dibadda ka wacdo.

## Children

# Variables:
#   $minor-age (Number) - from data/facts.yaml
org-nidos-about =
    { -org-nidos } waa ilaaliyaha sharciga ah ee carruurta ka yar { $minor-age } jir ee Nederland u yimid iyagoon waalidkood la socon.
    Ilaaliyahaagu wuu ku caawiyaa, wuxuuna ilaaliyaa danahaaga.
phone-nidos-head-office = Xafiiska dhexe ee { -org-nidos }, Utrecht.

org-kindertelefoon-about =
    { -org-kindertelefoon } waxaa loogu talagalay carruurta iyo dhallinyarada.
    Wax kasta waad ka wici kartaa ama ka qoraal-sheekaysan kartaa. Waa bilaash, magacaagana looma baahna.
phone-kindertelefoon = Carruurta iyo dhallinyarada. Bilaash, magac la'aan.

## Education and work

# Variables:
#   $uaf-school-years (Number) - years of school UAF asks for, from data/facts.yaml
org-uaf-about =
    { -org-uaf } waxay caawisaa qaxootiga iyo magangelyo-doonka doonaya inay wax ku bartaan kulliyad ama jaamacad: lacag waxbarasho, hagid iyo caawimo shaqo raadin.
    Waxaad u baahan tahay { $uaf-school-years } sano oo dugsi ah, iyo af Holandi, Ingiriisi, Faransiis ama Jarmal ku filan.

org-lowan-about =
    { -org-lowan } waxay taageertaa dugsiyada wax bara carruurta cusub ee Nederland, sida fasallada kala-guurka caalamiga ah (ISK).
    Ma aha khad caawimo. Wixii ku saabsan boos dugsi, weydii { -org-coa } ama dugsigaaga.

## LGBTIQ+

org-lgbt-asylum-support-about =
    { -org-lgbt-asylum-support } waa hay'ad Nederland ah oo caawisa magangelyo-doonka LGBTI ah.

org-secret-garden-about =
    { -org-secret-garden } oo ku taal Amsterdam waxay taageero bulsho, sharci iyo nafsi siisaa dadka LGBT ah ee asalkoodu yahay soo-galooti, oo ay ku jiraan magangelyo-doonka.
    Website-kooda ka eeg sida aad ula xiriiri karto.

org-coc-cocktail-about =
    { -org-coc-cocktail }, oo ka tirsan COC Haaglanden, waxaa loogu talagalay magangelyo-doonka LGBTIQ+ ah.
    Waxay leedahay mashruuc saaxiib (buddy) oo ka socda gobolka Den Haag, iyo website macluumaad leh.

## Going back

org-iom-about =
    { -org-iom } waxay caawisaa dadka doonaya inay si ikhtiyaari ah ugu noqdaan dalkooda: safarka, dukumentiyada safarka iyo taageero ay ku bilaabaan nolol cusub.
    La-taliyayaasheeda ku noqoshada waxay ku hadlaan luqado badan, turjubaanno ayaana sidoo kale la isticmaalaa.
phone-iom-return = { -org-iom }, su'aalaha ku saabsan ku noqoshada ikhtiyaariga ah.

org-dtv-about =
    Kadib diidmo, { -org-dtv } (Adeegga Dib-u-celinta iyo Bixitaanka) ayaa kula hadasha ka bixitaanka Nederland.
    Wadahadalladan waxaad ku helaysaa turjubaan. { -org-dtv } waxay la shaqeysaa { -org-iom } iyo { -org-vluchtelingenwerk }.

## Donations

org-stichting-vluchteling-about =
    { -org-stichting-vluchteling } waxay ururisaa deeqo loogu talagalay gargaarka bini'aadannimo ee qaxootiga jooga dalal kale.
    Caawimo ama adeeg ma siiso magangelyo-doonka jooga Nederland.
phone-stichting-vluchteling-office = Xafiiska { -org-stichting-vluchteling }. Ma aha khad caawimo oo loogu talagalay magangelyo-doonka.

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
-org-emergency-services = Lambarka degdegga
# Variables:
#   $emergency-number (String) - the emergency number, from data
org-emergency-services-name = { -org-emergency-services } { $emergency-number }

-org-politie = Politie
-org-politie-what = booliiska
org-politie-name = { -org-politie } ({ -org-politie-what })

-org-ministry = Wasaaradda Magangelyada iyo Socdaalka
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
-org-raad-voor-rechtsbijstand-what = caawimo sharci
org-raad-voor-rechtsbijstand-name = { -org-raad-voor-rechtsbijstand } ({ -org-raad-voor-rechtsbijstand-what })

-org-juridisch-loket = Het Juridisch Loket
org-juridisch-loket-name = { -org-juridisch-loket }

-org-wereldhuis-amsterdam = Wereldhuis Amsterdam
org-wereldhuis-amsterdam-name = { -org-wereldhuis-amsterdam }

-org-rode-kruis = Laanqayrta Cas
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
-org-arbeidsinspectie-what = kormeerka shaqada
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
-org-dokters-van-de-wereld-what = Dhakhaatiirta Adduunka
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

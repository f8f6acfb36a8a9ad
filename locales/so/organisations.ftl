## Organisations — data/organisations.yaml

# Each organisation has org-<id>-about: what it does for you.
# Phone label messages (phone-<org>-<what>) say who a line is for, what it
# costs and whether you can stay anonymous. Numbers and hours come from data.

## Emergency and police

org-emergency-services-about =
    Lambarka booliiska, ambalaaska ama dab-demiska marka ay jirto khatar degdeg ah.
    Waa bilaash, wuxuuna shaqeeyaa habeen iyo maalin.
phone-emergency-services-112 = Lambarka degdegga ee booliiska, ambalaaska iyo dab-demiska. Bilaash, habeen iyo maalin. Kaliya khatar degdeg ah.

org-politie-about =
    Booliiska Nederland. Haddii aysan jirin khatar degdeg ah, wac khadka aan degdegga ahayn si aad u soo sheegto dambi ama ka ganacsiga dadka.
    Booliisku waxay kaloo leeyihiin shabakad loogu talagalay dadka LGBTQ+: Roze in Blauw.
phone-politie-non-emergency = Booliiska, marka aysan ahayn xaalad degdeg ah: si aad u soo sheegto dambi ama ka ganacsiga dadka.

## Government and asylum procedure

org-ministry-about =
    Wasaaraddu waxay mas'uul ka tahay siyaasadda magangelyada iyo socdaalka. IND ayaa hoos timaada.
phone-rijksoverheid-1400 = Informatie Rijksoverheid, khadka guud ee dowladda (uma aha kiiskaaga magangelyada). Qiimaha wicitaanku waa caadi.
phone-rijksoverheid-abroad = Isla khadkaas, markaad dibadda ka wacdo.

org-coa-about =
    COA ayaa maamusha xarumaha soo dhoweynta. Waxay ku siisaa meel aad ku noolaato, lacag toddobaad kasta ah iyo taageero inta habkaagu socdo.
    Haddii aad su'aal qabto, aad miiska macluumaadka ee xaruntaada, ama eeg MyCOA, oo luqado badan ku qoran.
phone-coa-ter-apel-professionals = Xirfadlayaasha oo keliya: COA Ter Apel, su'aalo ku saabsan hal qof oo xarunta deggan. Su'aalaha habka magangelyada waxaa la weydiiyaa IND.
phone-coa-legal-helpdesk = Xirfadlayaasha oo keliya: xafiiska caawimada arrimaha sharciga ee COA.
phone-coa-rvb-helpdesk = Xirfadlayaasha oo keliya: su'aalo ku saabsan xeerka Rvb.

org-ind-about =
    IND ayaa go'aan ka gaarta codsigaaga magangelyada. Sidoo kale iyada ayaa wareysiyada kula yeelata.
    Waxaad IND u wici kartaa su'aalo ku saabsan codsigaaga.
phone-ind-general = Su'aalo ku saabsan codsigaaga. Qiimaha wicitaanku waa caadi.
phone-ind-abroad = IND, markaad dibadda ka wacdo.
phone-ind-fax-default = Lambar fakis, looma isticmaalo wicitaan. Kaliya waxaa loogu talagalay foomka ogeysiiska dib-u-dhaca, marka IND ay ka daahdo go'aanka magangelyadaada. Marka hore weydii qareenkaaga.

link-vluchtelingenwerk-volunteer = Ka noqo mutadawac VluchtelingenWerk
org-vluchtelingenwerk-about =
    VluchtelingenWerk waxay bilaash u caawisaa magangelyo-doonka. Waxay dad ku leedahay azc kasta.
    Waxay sharxaan habka, waxay kula raaci karaan wareysiyada IND, waxayna kaa caawiyaan isu-keenidda qoyska.
    Goobtaada ka weydii goorta ay yihiin saacadaha xafiiskooda (spreekuur).

org-refugeehelp-about =
    RefugeeHelp waa website ay leedahay VluchtelingenWerk. Waxay erayo fudud, luqado badan oo uu Yukreenigu ka mid yahay, ku sharaxdaa habka magangelyada iyo nolosha Nederland.

org-unhcr-about =
    UNHCR waa hay'adda qaxootiga ee Qaramada Midoobay.
    UNHCR Nederland caawimo uma fidiso qof gaar ah. Habka magangelyadaada, waxay kuu dirtaa RefugeeHelp.

## Health

# Variables:
#   $emergency-number (String) - the emergency number, from data
org-gza-about =
    Haddii nafi khatar ku jirto, wac { $emergency-number }.
    GZA waa xarunta dhakhtarka ee dadka ku jira xarumaha soo dhoweynta magangelyada. Wac Praktijklijn markaad jirran tahay ama aad su'aal caafimaad qabto. Turjubaan waa la heli karaa.
# Variables:
#   $gza-urgent-option (Number) - the menu option for urgent medical problems, from data/facts.yaml
phone-gza-medical = GZA Praktijklijn, dhibaatooyinka caafimaadka, habeen iyo maalin. Dhibaato caafimaad oo degdeg ah, riix { $gza-urgent-option }.
phone-gza-questions = Isla khadkaas, su'aalaha kale, saacadaha shaqada.

org-113-zelfmoordpreventie-about =
    Markaad ka fikirayso inaad naftaada qaaddo, ama aad ka walwalsan tahay qof kale oo ka fikiraya.
    Waad wici kartaa ama la qoraal-sheekaysan kartaa (chat). Waa bilaash, magacaagana looma baahna, habeen iyo maalin.
phone-113-short = Bilaash, magac la'aan, habeen iyo maalin.
phone-113-free = Sidoo kale bilaash, magac la'aan, habeen iyo maalin.

org-dokters-van-de-wereld-about =
    Dokters van de Wereld waxay ka caawisaa su'aalaha caafimaadka, oo ay ku jiraan xadgudubka galmada. Waxay kaloo ku tusisaa sida uu u shaqeeyo daryeelka caafimaadka Nederland.
    Waa bilaash, dhexdhexaadiyayaal dhaqan ayaana kugu caawiya luqaddaada. Waxay joogaan Amsterdam, Nijmegen iyo Utrecht.
phone-dokters-van-de-wereld = Su'aalo caafimaad iyo caawimo ku saabsan daryeelka caafimaadka Nederland. Bilaash.

org-zanzu-about =
    Zanzu waa website leh macluumaad cad oo ku saabsan caafimaadka galmada, luqado badan ayuuna ku qoran yahay.

## Legal help

org-raad-voor-rechtsbijstand-about =
    Guddiga Caawimada Sharciga (Raad voor Rechtsbijstand) ayaa kuu diyaariya qareenkaaga magangelyada oo bilaash ah. Si toos ah ayaad u heshaa.
    Waxay xafiisyo ku leedahay xarumaha codsiga.

org-juridisch-loket-about =
    Het Juridisch Loket waxay bixisaa talo sharci oo bilow ah.
    Talada laamaha lagu bixiyo waa bilaash. Kahor intaadan tagin, hubi saacadaha ay laantu furan tahay.
phone-juridisch-loket-advice = Talo sharci oo taleefan ah. Khadkani lacag ayuu ku qaataa daqiiqad kasta. Si toos ah uma wici kartid laamaha.

org-wereldhuis-amsterdam-about =
    Wereldhuis oo ku taal Amsterdam waxay talo sharci oo bilaash ah siisaa dadka aan waraaqaha haysan. Galabta Khamiista, ballan ayaa loo baahan yahay.

## Family

# Variables:
#   $tracing-months-min (Number), $tracing-months-max (Number) - how long a search usually takes, from data/facts.yaml
org-rode-kruis-about =
    Laanqayrta Cas (Rode Kruis) ayaa kaa caawisa raadinta xubnaha qoyskaaga ee aad xiriirka la waysay.
    Waa bilaash. Raadintu badanaa waxay qaadataa { $tracing-months-min } ilaa { $tracing-months-max } bilood.

## Violence and abuse

org-veilig-thuis-about =
    Veilig Thuis waxay bixisaa talo iyo caawimo ku saabsan rabshadda guriga iyo xadgudubka carruurta.
    Waad wici kartaa ama la qoraal-sheekaysan kartaa. Waa bilaash, magacaagana looma baahna.
phone-veilig-thuis = Bilaash, magac la'aan, habeen iyo maalin. Sheeg magaalada aad joogto si lagaaga xiriiriyo xafiiska kuu dhow.

# Variables:
#   $sexual-violence-best-within-days (Number) - from data/facts.yaml
org-centrum-seksueel-geweld-about =
    Centrum Seksueel Geweld ayaa caawisa kadib kufsi ama weerar galmo: caawimo caafimaad, baaritaan dambi (forensic) iyo caawimo nafsi ah.
    Waa bilaash, habeen iyo maalin. La xiriir sida ugu dhakhsaha badan, haddii ay suurtagal tahay { $sexual-violence-best-within-days ->
        [one] { $sexual-violence-best-within-days } maalin
       *[other] { $sexual-violence-best-within-days } maalmood
    } gudahood.
phone-centrum-seksueel-geweld = Bilaash, habeen iyo maalin. Wac sida ugu dhakhsaha badan kadib weerarka.

org-fier-about =
    Fier waxay caawisaa dadka uu rabshad u geysto qof ay ku tiirsan yihiin. Waxay kaloo caawisaa dhibbanayaasha ka ganacsiga dadka.
    Fier waad la qoraal-sheekaysan kartaa adigoon magacaaga sheegin.

org-slachtofferhulp-about =
    Slachtofferhulp Nederland waxay taageertaa dhibbanayaasha dambiyada, shilalka iyo masiibooyinka.
    Waxay kaloo leedahay khad magac la'aan ah: Verbreek de stilte.
phone-slachtofferhulp-general = Dhibbanayaasha dambiyada, shilalka iyo masiibooyinka. Qiimaha caadiga ah ee wicitaanka gudaha. Xaalad xasaradeed, sidoo kale saacadaha shaqada ka baxsan.
phone-slachtofferhulp-verbreek-de-stilte = Verbreek de stilte: khad magac la'aan ah.

## Human trafficking

org-comensha-about =
    CoMensha waa xarunta qaranka ee la dagaalanka ka ganacsiga dadka.
    Dhibbanayaasha, iyo qof kasta oo su'aal ka qaba ka ganacsiga dadka, waxay wici karaan xafiiskeeda caawimada.
phone-comensha-helpdesk = Xafiiska caawimada qaranka ee ka ganacsiga dadka, loogu talagalay dhibbanayaasha iyo qof kasta oo su'aal qaba.

org-arbeidsinspectie-about =
    Ka faa'iidaysiga shaqaalaha waxaad u sheegi kartaa Kormeerka Shaqada Nederland (Nederlandse Arbeidsinspectie).
    Tusaale ahaan, marka loo-shaqeeye kugu qasbo inaad shaqeyso ama kaa qaato waraaqahaaga.
phone-arbeidsinspectie-report = Soo sheeg ka faa'iidaysiga shaqaalaha.
phone-arbeidsinspectie-abroad = Soo sheeg ka faa'iidaysiga shaqaalaha, markaad dibadda ka wacdo.

## Children

# Variables:
#   $minor-age (Number) - from data/facts.yaml
org-nidos-about =
    Nidos waa ilaaliyaha sharciga ah ee carruurta ka yar { $minor-age } jir ee Nederland u yimid iyagoon waalidkood la socon.
    Ilaaliyahaagu wuu ku caawiyaa, wuxuuna ilaaliyaa danahaaga.
phone-nidos-head-office = Xafiiska dhexe ee Nidos, Utrecht.

org-kindertelefoon-about =
    De Kindertelefoon waxaa loogu talagalay carruurta iyo dhallinyarada.
    Wax kasta waad ka wici kartaa ama ka qoraal-sheekaysan kartaa. Waa bilaash, magacaagana looma baahna.
phone-kindertelefoon = Carruurta iyo dhallinyarada. Bilaash, magac la'aan.

## Education and work

# Variables:
#   $uaf-school-years (Number) - years of school UAF asks for, from data/facts.yaml
org-uaf-about =
    UAF waxay caawisaa qaxootiga iyo magangelyo-doonka doonaya inay wax ku bartaan kulliyad ama jaamacad: lacag waxbarasho, hagid iyo caawimo shaqo raadin.
    Waxaad u baahan tahay { $uaf-school-years } sano oo dugsi ah, iyo af Holandi, Ingiriisi, Faransiis ama Jarmal ku filan.

org-lowan-about =
    LOWAN waxay taageertaa dugsiyada wax bara carruurta cusub ee Nederland, sida fasallada kala-guurka caalamiga ah (ISK).
    Ma aha khad caawimo. Wixii ku saabsan boos dugsi, weydii COA ama dugsigaaga.

## LGBTIQ+

org-lgbt-asylum-support-about =
    LGBT Asylum Support waa hay'ad Nederland ah oo caawisa magangelyo-doonka LGBTI ah.

org-secret-garden-about =
    Secret Garden oo ku taal Amsterdam waxay taageero bulsho, sharci iyo nafsi siisaa dadka LGBT ah ee asalkoodu yahay soo-galooti, oo ay ku jiraan magangelyo-doonka.
    Website-kooda ka eeg sida aad ula xiriiri karto.

org-coc-cocktail-about =
    Cocktail, oo ka tirsan COC Haaglanden, waxaa loogu talagalay magangelyo-doonka LGBTIQ+ ah.
    Waxay leedahay mashruuc saaxiib (buddy) oo ka socda gobolka Den Haag, iyo website macluumaad leh.

## Going back

org-iom-about =
    IOM waxay caawisaa dadka doonaya inay si ikhtiyaari ah ugu noqdaan dalkooda: safarka, dukumentiyada safarka iyo taageero ay ku bilaabaan nolol cusub.
    La-taliyayaasheeda ku noqoshada waxay ku hadlaan luqado badan, turjubaanno ayaana sidoo kale la isticmaalaa.
phone-iom-return = IOM, su'aalaha ku saabsan ku noqoshada ikhtiyaariga ah.

org-dtv-about =
    Kadib diidmo, DT&V (Adeegga Dib-u-celinta iyo Bixitaanka) ayaa kula hadasha ka bixitaanka Nederland.
    Wadahadalladan waxaad ku helaysaa turjubaan. DT&V waxay la shaqeysaa IOM iyo VluchtelingenWerk.

## Donations

org-stichting-vluchteling-about =
    Stichting Vluchteling waxay ururisaa deeqo loogu talagalay gargaarka bini'aadannimo ee qaxootiga jooga dalal kale.
    Caawimo ama adeeg ma siiso magangelyo-doonka jooga Nederland.
phone-stichting-vluchteling-office = Xafiiska Stichting Vluchteling. Ma aha khad caawimo oo loogu talagalay magangelyo-doonka.

## Names as readers see them: on the card and on buttons
# org-<id>-name: the organisation's name for a reader of this language. Keep the Dutch
# proper name where the organisation has no name in the language, and add once, in
# brackets, what it is when the name alone does not say it. Never double a name.
# Variables:
#   $emergency-number (String) - the emergency number, from data
org-emergency-services-name = Lambarka degdegga { $emergency-number }
org-politie-name = Politie (booliiska)
org-ministry-name = Wasaaradda Magangelyada iyo Socdaalka
org-coa-name = COA
org-ind-name = IND
org-gza-name = GZA
org-vluchtelingenwerk-name = VluchtelingenWerk
org-refugeehelp-name = RefugeeHelp
org-unhcr-name = UNHCR
org-stichting-vluchteling-name = Stichting Vluchteling
org-iom-name = IOM
org-dtv-name = DT&V
org-raad-voor-rechtsbijstand-name = Raad voor Rechtsbijstand (caawimo sharci)
org-juridisch-loket-name = Het Juridisch Loket
org-wereldhuis-amsterdam-name = Wereldhuis Amsterdam
org-rode-kruis-name = Laanqayrta Cas
org-veilig-thuis-name = Veilig Thuis
org-centrum-seksueel-geweld-name = Centrum Seksueel Geweld
org-fier-name = Fier
org-slachtofferhulp-name = Slachtofferhulp Nederland
org-comensha-name = CoMensha
org-arbeidsinspectie-name = Nederlandse Arbeidsinspectie (kormeerka shaqada)
org-nidos-name = Nidos
org-kindertelefoon-name = De Kindertelefoon
# Variables:
#   $suicide-short-number (String) - 113's short number, from data
org-113-zelfmoordpreventie-name = { $suicide-short-number } Zelfmoordpreventie
org-dokters-van-de-wereld-name = Dokters van de Wereld (Dhakhaatiirta Adduunka)
org-zanzu-name = Zanzu
org-uaf-name = UAF
org-lowan-name = LOWAN
org-lgbt-asylum-support-name = LGBT Asylum Support
org-secret-garden-name = Secret Garden
org-coc-cocktail-name = Cocktail (COC Haaglanden)

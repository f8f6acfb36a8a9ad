## Service categories — data/categories.yaml

# category-<id> is the button label (1-3 words).
# category-<id>-intro is shown above the list of organisations.

category-emergency = Degdeg
# Variables:
#   $emergency-number (String) - the emergency number, from data (facts.yaml -> organisations.yaml); never translate or reformat
category-emergency-intro = Hadda khatar ma ku jirtaa? Wac { $emergency-number } (booliis, ambalaas, dab-demis). Waa bilaash, taleefan kasta, habeen iyo maalin.
## Typed danger: the first line of the emergency screen, by the kind of danger
# Variables:
#   $emergency-number (String), $suicide-line (String), $veilig-thuis-line (String),
#   $sexual-violence-line (String), $trafficking-line (String) - phone numbers, from data
danger-fire = Dab ama qiiq ma jiraa? Ka bax, albaabada gadaashaada ka xir, oo wac { $emergency-number }.
danger-medical = Qof si xun u dhaawacmay ama u jiran ma jiraa? Hadda wac { $emergency-number } oo sheeg halka aad joogto.
danger-suicide = Uma baahnid inaad kaligaa la tacaasho tan. Haddii aad hadda khatar ku jirto: wac { $emergency-number }. Si aad qof ula hadasho: { $suicide-line }.
danger-violence = Haddii aad hadda khatar ku jirto: wac { $emergency-number }. Rabshad guriga ka dhacda: { -org-veilig-thuis } { $veilig-thuis-line }.
danger-sexual-violence = Haddii aad hadda khatar ku jirto: wac { $emergency-number }. Kadib kufsi ama weerar: { -org-centrum-seksueel-geweld } { $sexual-violence-line }.
danger-crime = Ma lagu hanjabay ama lagu weeraray? Tag meel ammaan ah oo wac { $emergency-number }.
danger-child = Ilmo khatar ku jira: wac { $emergency-number }. Ma ka walwalsan tahay ilmo? { -org-veilig-thuis } { $veilig-thuis-line }.
danger-trafficking = Haddii lagu xiro ama lagugu qasbo: wac { $emergency-number } markaad awoodo. { -org-comensha } waxay caawisaa dhibbanayaasha ka ganacsiga dadka: { $trafficking-line }.

emergency-what-to-say =
    Sheeg halka aad joogto (cinwaanka ama magaca xaruntaada), waxa dhacay, iyo in qof dhaawacmay iyo in kale.
# Variables:
#   $suicide-line (String) - 113's free number, from data
#   $veilig-thuis-line (String) - Veilig Thuis, from data
#   $sexual-violence-line (String) - Centrum Seksueel Geweld, from data
emergency-not-now =
    Daqiiqaddan khatar kuma jirtid? Khadadkan waa bilaash, waxayna furan yihiin habeen iyo maalin:
    - Haddii aad ka fikirayso inaad naftaada qaaddo: { $suicide-line }. Qof ayaa ku dhegaysanaya; magac la'aan ayaad ahaan kartaa.
    - Rabshad guriga ka dhacda: { $veilig-thuis-line } ({ -org-veilig-thuis }). Talo ayay ku siiyaan, caawimana way kuu soo diri karaan.
    - Kufsi ama weerar galmo: { $sexual-violence-line } ({ -org-centrum-seksueel-geweld }). Caawimo caafimaad iyo mid kale.

category-legal = Caawimo sharci
category-legal-intro =
    Habka caadiga ah ee magangelyada, wareysigaaga waxaad la diyaarisaa qareen. Guddiga Caawimada Sharciga ({ -org-raad-voor-rechtsbijstand }) ayaa diyaariya qareennada magangelyada.
    { -org-vluchtelingenwerk } way ku caawisaa, bilaash, inta habkaagu socdo.
    Ma heshay warqad leh waqti kama dambays ah? La xiriir qareenkaaga ama { -org-vluchtelingenwerk } isla maalintaas.

category-health = Caafimaad
# Variables:
#   $emergency-number (String) - the emergency number, from data
#   $suicide-line (String) - 113's free number, from data
category-health-intro =
    Haddii nafi khatar ku jirto, isla markiiba wac { $emergency-number }.
    Xarunta soo dhoweynta, { -org-gza } ayaa ah dhakhtarkaaga. Dhibaatooyinka caafimaadka, wac { -org-gza } Praktijklijn waqti kasta, habeen iyo maalin; su'aalaha kale, saacadaha shaqada. Turjubaan waa la heli karaa.
    Ma ka fikiraysaa inaad naftaada qaaddo? Wac { $suicide-line }: qof ayaa ku dhegaysanaya, bilaash, magac la'aan, habeen iyo maalin.

category-reception = Hoyga ({ -org-coa })
category-reception-intro =
    { -org-coa } waxay ku siisaa meel aad ku noolaato inta habkaagu socdo, lacag toddobaad kasta ah, daryeel caafimaad, iyo dugsi carruurtaada.
    Haddii aad su'aal qabto, marka hore aad miiska macluumaadka ee xaruntaada, ama eeg MyCOA.

category-procedure = Habka magangelyada
category-procedure-intro =
    { -org-ind } ayaa go'aan ka gaarta codsigaaga magangelyada.
    { -org-vluchtelingenwerk } iyo { -org-refugeehelp } waxay luqado badan ku sharxaan tallaabo kasta oo habka ka mid ah.
    Qareenkaaga ayaa kuu sheegi kara waqtiyada kama dambaysta ah.

category-family = Qoyska
# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
category-family-intro =
    Ma haysataa sharciga deganaanshaha, oo ma rabtaa in qoyskaagu yimaado? Xeerarku waxay isbeddeleen { $pact-start }: xubnaha qoyska ee u qalma way yaraadeen, shuruudo dheeraad ah ayaana jira. Goor hore weydii { -org-vluchtelingenwerk }; arrintan way kaaga caawiyaan.
    Xiriirkii qoyskaaga ma kaa go'ay? { -org-rode-kruis } ayaa raadin karta, bilaash.

category-sgbv = Rabshad iyo xadgudub
# Variables:
#   $emergency-number (String) - the emergency number, from data
#   $sexual-violence-best-within-days (Number) - from data/facts.yaml
category-sgbv-intro =
    Hadda khatar ma ku jirtaa? Wac { $emergency-number }.
    Rabshadda guriga, rabshadda galmada iyo xadgudubku weligood lama aqbali karo. Waxaad heli kartaa caawimo, adigoo aan magacaaga sheegin.
    { -org-veilig-thuis } iyo { -org-centrum-seksueel-geweld } waa bilaash, waxayna furan yihiin habeen iyo maalin.
    Kadib kufsi ama weerar galmo, caawimo hel sida ugu dhakhsaha badan, haddii ay suurtagal tahay { $sexual-violence-best-within-days ->
        [one] { $sexual-violence-best-within-days } maalin
       *[other] { $sexual-violence-best-within-days } maalmood
    } gudahood.

category-trafficking = Ka ganacsiga dadka
# Variables:
#   $emergency-number (String) - the emergency number, from data
category-trafficking-intro =
    Qof ma kugu qasbaa inaad shaqeyso ama galmo samayso? Ma kaa qaatay waraaqahaaga, mise kuuma oggola inaad baxdo? Taasi waxay noqon kartaa ka ganacsiga dadka.
    Waa dambi, waxaadna heli kartaa caawimo. Waxaad sidoo kale u sheegi kartaa shaqaalaha { -org-coa }.
    Hadda khatar ma ku jirtaa? Wac { $emergency-number }.

category-children = Carruur iyo da'yar
# Variables:
#   $minor-age (Number) - under this age you are a child, from data/facts.yaml
category-children-intro =
    Ma ka yar tahay { $minor-age } jir, oo ma timid adigoon waalidkaa la socon? { -org-nidos } ayaa ku siinaysa ilaaliye sharci ah oo ku caawiya.
    Carruurta iyo dhallinyaradu wax kasta waxay kala hadli karaan { -org-kindertelefoon }. Waa bilaash, magacaagana looma baahna.
    Ma ka walwalsan tahay ilmo guriga jooga? { -org-veilig-thuis } ayaa caawin karta.

category-lgbtiq = LGBTIQ+
category-lgbtiq-intro =
    Haddii aad { -org-coa } caawimo ka codsato sababtoo ah waxaad tahay LGBTIQ+, taasi saameyn kuma yeelanayso habkaaga magangelyada.
    Goobaha { -org-coa } qaarkood waxay leeyihiin qof xiriir oo loogu talagalay dadka deggan ee LGBTIQ+ ah.
    Hay'adaha hoose waxay bixiyaan taageero, macluumaad iyo saaxiibo (buddies).

category-work = Shaqo
# Variables:
#   $work-months (Number) - months an application had to be pending, from data/facts.yaml
category-work-intro =
    Xeerarkii hore, waxaad shaqeyn kari jirtay marka { $work-months ->
        [one] { $work-months } bil
       *[other] { $work-months } bilood
    } laga joogo codsigaaga magangelyada oo aan weli go'aan laga gaarin, loo-shaqeeyahaaguna wuxuu u baahnaa ruqsad shaqo (TWV). Weli lama xaqiijin in arrintani isbeddeshay.
    Ilaalinta ku-meel-gaarka ah ee Yukreeyn xeerar kale ayay leedahay. { -org-refugeehelp } ayaa sharraxda, UAF-na waxay ka caawisaa waxbarashada iyo shaqada.

category-education = Waxbarasho
# Variables:
#   $school-age-from (Number), $school-age-to (Number) - ages of compulsory school, from data/facts.yaml
#   $school-start-months (Number) - months within which children start school
#   $secondary-school-age (Number) - from this age children go to a transition class
#   $minor-age (Number) - the age of adulthood
category-education-intro =
    Dugsigu waa qasab laga bilaabo { $school-age-from } ilaa { $school-age-to } jir. Carruurta ku jirta habka magangelyada waxay dugsiga bilaabaan { $school-start-months ->
        [one] { $school-start-months } bil
       *[other] { $school-start-months } bilood
    } gudahood.
    Carruurta ka yar { $secondary-school-age } jir waxay aadaan dugsi hoose oo u dhow azc-ga ama ku dhex yaal. Laga bilaabo { $secondary-school-age } ilaa { $minor-age } jir, waxay aadaan fasal kala-guur oo caalami ah (ISK).
    { -org-uaf } waxay ka caawisaa waxbarashada kulliyad ama jaamacad.
    Haddii aad sharci haysato, { -org-coa } waxay bixisaa barnaamij kuu diyaarinaya is-dhexgalka: casharro af Holandi ah iyo nolosha Nederland.

category-return = Dib u laabasho
category-return-intro =
    Ma rabtaa inaad dalkaaga ku noqoto? { -org-iom } ayaa kaa caawin karta safarka iyo inaad halkaas nolol cusub ka bilowdo.
    Kadib diidmo, { -org-dtv } ayaa kula hadasha ka bixitaanka Nederland.
    { -org-vluchtelingenwerk } ayaa kaa caawin karta inaad ka fikirto mustaqbalkaaga.

category-volunteer = Mutadawac iyo deeq
category-volunteer-intro =
    Ma rabtaa inaad wax caawiso? { -org-vluchtelingenwerk } waxay la shaqeysaa mutadawiciin. Macluumaadkeeda ka eeg halka aad isku diiwaangelin karto.
    Ma rabtaa inaad lacag bixiso? { -org-stichting-vluchteling } waxay ururisaa deeqo loogu talagalay qaxootiga jooga dalal kale. Website-keeda eeg.

# Shown above the list of organisations of a category.
# Variables:
#   $count (Number) - how many organisations are listed
category-organisations-count =
    { $count ->
        [one] Hay'addan ayaa ku caawin karta:
       *[other] Hay'adahan ({ $count }) ayaa ku caawin kara:
    }

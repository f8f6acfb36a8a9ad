## Service categories — data/categories.yaml

# category-<id> is the button label (1-3 words).
# category-<id>-intro is shown above the list of organisations.

category-emergency = Degdeg
# Variables:
#   $phone (String) - the emergency number, from data/organisations.yaml (emergency-services/0); never translate or reformat
category-emergency-intro = Hadda khatar ma ku jirtaa? Wac { $phone } (booliis, ambalaas, dab-demis). Waa bilaash, wuxuuna ka shaqeeyaa taleefan kasta, 24 saacadood maalintii.
emergency-what-to-say =
    Markaad wacdo, sheeg:
    - halka aad joogto: cinwaanka ama magaca xaruntaada
    - waxa dhacay
    - in qof dhaawacmay iyo in kale
    Waxaad weydiisan kartaa qof ku hadla Ingiriisi.

category-legal = Caawimo sharci
category-legal-intro =
    Magangelyo-doon kasta wuxuu helaa qareen bilaash ah. Raad voor Rechtsbijstand (Guddiga Caawimada Sharciga) ayaa si toos ah qareen kuugu magacaaba.
    VluchtelingenWerk sidoo kale way ku caawisaa, bilaash, inta habkaagu socdo.
    Su'aalo sharci oo kale haddii aad qabto, Het Juridisch Loket ayaa talo ku siisa.

category-health = Caafimaad
category-health-intro =
    Xarunta soo dhoweynta, GZA ayaa ah dhakhtarkaaga. U sheeg dhibaato caafimaad kasta. Turjubaan waa la heli karaa.
    Xaalad caafimaad oo degdeg ah, waxaad GZA wici kartaa waqti kasta.
    Haddii aad ka fikirayso inaad naftaada qaaddo, waxaad la hadli kartaa qof. Waa bilaash, magacaagana looma baahna. Habeen iyo maalin.

category-reception = Hoyga (COA)
category-reception-intro =
    COA waxay ku siisaa meel aad ku noolaato inta habkaagu socdo, lacag toddobaad kasta ah, daryeel caafimaad, iyo dugsi carruurtaada.
    Haddii aad su'aal qabto, marka hore aad miiska macluumaadka ee xaruntaada, ama eeg MyCOA.

category-procedure = Habka magangelyada
category-procedure-intro =
    IND ayaa go'aan ka gaarta codsigaaga magangelyada.
    VluchtelingenWerk iyo RefugeeHelp waxay sharxaan tallaabo kasta oo habka ka mid ah, luqado badan.
    Qareenkaaga ayaa kuu sheegi kara waqtiyada kama dambaysta ah.

category-family = Qoyska
category-family-intro =
    Ma heshay sharciga deganaanshaha, oo ma rabtaa in qoyskaagu yimaado? Codso isu-keenidda qoyska 3 bilood gudahood kadib markaad sharciga heshay. Markaas xeerarku way fudud yihiin.
    VluchtelingenWerk ayaa arrintan kaaga caawin karta.
    Xiriirkii qoyskaaga ma kaa go'ay? Laanqayrta Cas ayaa raadin karta, bilaash.

category-sgbv = Rabshad iyo xadgudub
category-sgbv-intro =
    Rabshadda guriga, xadgudubka galmada iyo dhibaataynta weligood lama aqbali karo. Waxaad heli kartaa caawimo, adigoo aan magacaaga sheegin.
    Veilig Thuis iyo Centrum Seksueel Geweld waa bilaash, waxayna furan yihiin habeen iyo maalin.
    Kadib kufsi ama weerar galmo, caawimo hel sida ugu dhakhsaha badan, haddii ay suurtagal tahay 7 maalmood gudahood.
    Hadda khatar ma ku jirtaa? Wac lambarka degdegga.

category-trafficking = Ka ganacsiga dadka
category-trafficking-intro =
    Qof ma kugu qasbaa inaad shaqeyso ama galmo samayso? Ma kaa qaatay waraaqahaaga, mise kuuma oggola inaad baxdo? Taasi waxay noqon kartaa ka ganacsiga dadka.
    Waa dambi, waxaadna heli kartaa caawimo. Waxaad sidoo kale u sheegi kartaa shaqaalaha COA.
    Hadda khatar ma ku jirtaa? Wac lambarka degdegga.

category-children = Carruur iyo da'yar
category-children-intro =
    Ma ka yar tahay 18 sano, oo ma timid adigoon waalidkaa la socon? Nidos ayaa ku siinaysa ilaaliye sharci ah oo ku caawiya.
    Carruurta iyo dhallinyaradu wax kasta waxay kala hadli karaan De Kindertelefoon. Waa bilaash, magacaagana looma baahna.
    Ma ka walwalsan tahay ilmo guriga jooga? Veilig Thuis ayaa caawin karta.

category-lgbtiq = LGBTIQ+
category-lgbtiq-intro =
    Haddii aad COA caawimo ka codsato sababtoo ah waxaad tahay LGBTIQ+, taasi saameyn kuma yeelanayso habkaaga magangelyada.
    Goobaha COA qaarkood waxay leeyihiin qof xiriir oo loogu talagalay dadka deggan ee LGBTIQ+ ah.
    Hay'adaha hoose waxay bixiyaan taageero, macluumaad iyo saaxiibo (buddies).

category-work = Shaqo
category-work-intro =
    Waxaad shaqeyn kartaa marka 6 bilood laga joogo codsigaaga magangelyada oo aan weli go'aan laga gaarin.
    Loo-shaqeeyahaagu wuxuu u baahan yahay ruqsad shaqo (TWV) adiga kuu gaar ah.
    RefugeeHelp ayaa sharaxda xeerarka. UAF waxay qaxootiga iyo magangelyo-doonka ka caawisaa waxbarashada iyo shaqada.

category-education = Waxbarasho
category-education-intro =
    Dugsigu waa qasab laga bilaabo 5 ilaa 16 jir. Carruurta ku jirta habka magangelyada waxay dugsiga bilaabaan 3 bilood gudahood.
    Carruurta ka yar 12 sano waxay aadaan dugsi hoose oo u dhow azc-ga ama ku dhex yaal. Laga bilaabo 12 ilaa 18 jir, waxay aadaan fasal kala-guur oo caalami ah (ISK).
    UAF waxay ka caawisaa waxbarashada kulliyad ama jaamacad.

category-return = Dib u laabasho
category-return-intro =
    Ma rabtaa inaad dalkaaga ku noqoto? IOM ayaa kaa caawin karta safarka iyo inaad halkaas nolol cusub ka bilowdo.
    Kadib diidmo, DT&V ayaa kula hadasha ka bixitaanka Nederland.
    VluchtelingenWerk ayaa kaa caawin karta inaad ka fikirto mustaqbalkaaga.

category-volunteer = Mutadawac iyo deeq
category-volunteer-intro =
    Ma rabtaa inaad wax caawiso? VluchtelingenWerk iyo COA waxay la shaqeeyaan mutadawiciin.
    Stichting Vluchteling waxay ururisaa deeqo loogu talagalay qaxootiga jooga dalal kale.

# Shown above the list of organisations of a category.
# Variables:
#   $count (Number) - how many organisations are listed
category-organisations-count =
    { $count ->
        [one] Hay'addan ayaa ku caawin karta:
       *[other] Hay'adahan ({ $count }) ayaa ku caawin kara:
    }

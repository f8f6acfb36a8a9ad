## Steps of the asylum procedure — data/phases.yaml
# Numbers come from data/facts.yaml as variables; never type a number here.
# Words printed on IND letters (beschikking, voornemen, zienswijze) stay in Dutch,
# so people can recognise them on their papers.

# Variables:
#   $checked (String) - the day these facts were last compared with their sources, written out
phase-checked = La hubiyay: { $checked }. Xeerarku way isbeddeli karaan; qareenkaagu wuu yaqaan kiiskaaga.

## Since 12 June 2026: arrival and the first checks

phase-registration = Imaansho iyo baaritaannada koowaad
phase-registration-now =
    Waxaad isku soo sheegaysaa xarunta codsiga ee Ter Apel, ama Schiphol haddii aad diyaarad ama doon kaga timid meel ka baxsan Schengen.
    { -org-ind } ayaa hubisa cidda aad tahay, waxayna samaysaa baaritaan amni iyo caafimaad, oo eegtaa inaad u baahan tahay daryeel gaar ah.
# Variables:
#   $minor-age (Number) - under this age you are a child, from data/facts.yaml
phase-registration-help =
    Xogtaada waxaad ku qoraysaa portal internet ah; shaqaalaha { -org-ind } ayaa ku caawiya haddii loo baahdo.
    Ma ka yar tahay { $minor-age } jir oo halkan waalidkaa la'aan ku joogtaa? { -org-nidos } ayaa ku siisa ilaaliye sharci ah.
# Variables:
#   $screening-days-inland (Number) - longest first checks inside the country, from data/facts.yaml
phase-registration-next =
    Baaritaannadani waxay qaataan ugu badnaan { $screening-days-inland ->
        [one] { $screening-days-inland } maalin
       *[other] { $screening-days-inland } maalmood
    }. Kadib { -org-ind } ayaa dooranaysa habkaaga.

## Since 12 June 2026: the procedures

phase-pact-standard = Habka caadiga ah
phase-pact-standard-now =
    { -org-ind } ayaa baaraysa haddii aad u baahan tahay ilaalin. Marka hore sharraxaad ayaad helaysaa.
    Kadib waxaa lagula yeelanayaa wareysi. Wareysiga waxaad ku sharraxaysaa sababta aad magangelyo u codsanayso.
phase-pact-standard-help =
    Wareysiga waxaad la diyaarinaysaa qareenkaaga.
    Sidoo kale waxaad xaq u leedahay talo sharci oo bilaash ah haddii aad codsato. { -org-vluchtelingenwerk } ayaa kuu sheegi karta halka aad ka heli karto.
# Variables:
#   $decision-months-standard (Number) - months the IND has to decide, from data/facts.yaml
phase-pact-standard-next =
    { -org-ind } waa inay go'aan gaartaa { $decision-months-standard ->
        [one] { $decision-months-standard } bil
       *[other] { $decision-months-standard } bilood
    } gudahood. Kadib go'aankeeda waxaad ku helaysaa warqad.

phase-pact-accelerated = Habka la dedejiyay
phase-pact-accelerated-now =
    Habkani wuu ka gaaban yahay. Badanaa sidoo kale waxaa lagula yeelanayaa wareysi { -org-ind }, kaas oo aad ku sharraxayso sababahaaga.
phase-pact-accelerated-help =
    { -org-vluchtelingenwerk } ka codso inay kaa caawiso inaad isu diyaariso. Weli lama xaqiijin in habkan qareen laguu siinayo.
# Variables:
#   $decision-months-accelerated (Number) - months the IND has to decide, from data/facts.yaml
phase-pact-accelerated-next =
    { -org-ind } waa inay go'aan gaartaa { $decision-months-accelerated ->
        [one] { $decision-months-accelerated } bil
       *[other] { $decision-months-accelerated } bilood
    } gudahood. Kadib go'aankeeda waxaad ku helaysaa warqad.

phase-pact-responsibility = Dal kale oo EU ah mas'uul ma yahay?
phase-pact-responsibility-now =
    { -org-ind } ayaa hubisa in dal kale oo EU ah ay tahay inuu maareeyo codsigaaga, tusaale ahaan haddii aad horey halkaas u joogtay ama aad qoys ku leedahay. Xeerarkani waxay beddelaan xeerarka Dublin.
    Haddii dal kale mas'uul yahay, halkaas ayaa laguu diri karaa.
phase-pact-responsibility-help =
    Waad ka soo horjeedsan kartaa go'aan ah in laguu diro dal kale. Waqtiga kama dambaysta ah ee warqadda ku qoran aad buu u gaaban karaa. La xiriir qareenkaaga ama { -org-vluchtelingenwerk } isla maalintaas.
phase-pact-responsibility-next =
    Haddii Nederland ay maareyso codsigaaga, markaas { -org-ind } ayaa baaraysa.

phase-pact-admissibility = Habka aqbalidda codsiga
phase-pact-admissibility-now =
    Habkan, { -org-ind } marka hore waxay go'aamisaa inay codsigaaga gabi ahaanba Nederland ku baari doonto iyo in kale.
phase-pact-admissibility-help =
    Qareenkaaga ama { -org-vluchtelingenwerk } weydii waxa ay tani adiga kuu tahay.
phase-pact-admissibility-next =
    { -org-ind } waxay go'aankeeda kuugu soo dirtaa warqad.

phase-pact-border = Habka xuduudda (Schiphol)
# Variables:
#   $screening-days-border (Number) - longest checks at the border, from data/facts.yaml
phase-pact-border-now =
    Ma diyaarad ama doon ayaad kaga timid meel ka baxsan aagga Schengen? Markaas Marechaussee-ga Boqortooyada (Koninklijke Marechaussee) ayaa xuduudda kugu baaraya, ugu badnaan { $screening-days-border ->
        [one] { $screening-days-border } maalin
       *[other] { $screening-days-border } maalmood
    }.
    Kadib waxaa laga yaabaa in { -org-ind } ay codsigaaga ku maareyso habka xuduudda. Waxaa loogu talagalay dadka fursaddooda ilaalineed yar tahay, ama loo arko khatar ku ah nidaamka guud.
phase-pact-border-help =
    Waxaa laga yaabaa inaad joogto xarun xiran. Codso qareen, oo la xiriir { -org-vluchtelingenwerk }.
# Variables:
#   $border-procedure-weeks (Number) - longest border procedure, from data/facts.yaml
phase-pact-border-next =
    Habka xuduuddu waa inuu ku dhammaadaa { $border-procedure-weeks ->
        [one] { $border-procedure-weeks } toddobaad
       *[other] { $border-procedure-weeks } toddobaad
    } gudahood.

## Since 12 June 2026: the decision and after it

phase-pact-decision = Go'aanka
phase-pact-decision-now =
    { -org-ind } waxay go'aankeeda ku soo dirtaa warqad. Af Holandi waxaa lagu yiraahdaa "beschikking". La akhri qareenkaaga ama { -org-vluchtelingenwerk }.
# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
phase-pact-decision-help =
    Xeerarka racfaanka waxay isbeddeleen { $pact-start }. Waqtiga kama dambaysta ah ee racfaanka wuxuu ku qoran yahay warqadda, aadna wuu u gaaban karaa.
    La xiriir qareenkaaga ama { -org-vluchtelingenwerk } isla maalintaas.
phase-pact-decision-next =
    Maxay { -org-ind } go'aamisay?

phase-pact-granted = Sharci waa la siiyay
# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
phase-pact-granted-now =
    { -org-ind } waxay ku siisay sharciga deganaanshaha magangelyada. Muddada uu ansax yahay ayaa ku qoran.
    Tan iyo { $pact-start } waxaa jira laba nooc oo sharciga magangelyada ah, xeerarka keenidda qoyskaaguna way isbeddeleen.
phase-pact-granted-help =
    { -org-vluchtelingenwerk } ayaa kaa caawisa isu-keenidda qoyska iyo bilaabidda noloshaada halkan. Goor hore weydii.
phase-pact-granted-next =
    { -org-coa } waxay bixisaa barnaamij kuu diyaarinaya is-dhexgalka: casharro af Holandi ah iyo nolosha Nederland.

phase-pact-rejected = Codsiga waa la diiday
phase-pact-rejected-now =
    { -org-ind } waxay diiday codsigaaga. Diidmadu waxay sidoo kale sheegaysaa inaad dalka ka baxdo (go'aanka dib-u-celinta). Labadaba hal mar ayaad maxkamad racfaan uga qaadan kartaa.
phase-pact-rejected-help =
    Waqtiga kama dambaysta ah wuxuu ku qoran yahay warqadda, aadna wuu u gaaban karaa. MAANTA la hadal qareenkaaga ama { -org-vluchtelingenwerk }.
    Qareenkaaga weydii inaad Nederland joogi karto inta racfaanku socdo.
phase-pact-rejected-next =
    Xeerarka cusub, weli lama xaqiijin muddada aad xarunta soo dhoweynta joogi karto kadib diidmo. Weydii { -org-coa } iyo qareenkaaga.
    { -org-dtv } ayaa kula hadasha ka bixitaanka. Haddii aad doorato inaad dalkaaga ku noqoto, { -org-iom } ayaa ku caawin karta.

phase-new-application = Codsi cusub
# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
phase-new-application-now =
    Codsigaaga ma si kama dambays ah ayaa loo diiday, oo ma jiraa wax muhiim ah oo isbeddelay tan iyo markaas? Markaas waxaa laga yaabaa inaad mar kale codsan karto.
    Xeerarka arrintan waxay isbeddeleen { $pact-start }.
phase-new-application-help =
    La hadal qareen ama { -org-vluchtelingenwerk } kahor intaadan mar kale codsan.

## Applications made before 12 June 2026: the steps as they were

# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
phase-old-rules-note = Kuwani waa tallaabooyinka codsiyadii ka horreeyay { $pact-start }. Lama xaqiijin xeerarka hadda kiiskaaga khuseeya.

phase-rest-and-preparation = Nasasho iyo diyaargarow
# Variables:
#   $rest-days (Number) - shortest rest and preparation period, from data/facts.yaml
phase-rest-and-preparation-now =
    Waxaad joogaysaa xarunta soo dhoweynta ee habka (pol) ugu yaraan { $rest-days ->
        [one] { $rest-days } maalin
       *[other] { $rest-days } maalmood
    }. Waqtigani waa nasasho iyo inaad qareenkaaga la diyaariso wareysiga.
# Variables:
#   $weekly-allowance (String) - weekly living allowance, written out, from data/facts.yaml
phase-rest-and-preparation-help =
    { -org-coa } waxay ku siisaa hoy, badanaa lacag cunto, iyo lacag nololeed oo ah { $weekly-allowance } toddobaadkii (qaddarku wuu isbeddeli karaa).
    { -org-vluchtelingenwerk } ayaa sharraxda habka, GZA-na daryeel caafimaad ayay bixisaa.
phase-rest-and-preparation-next =
    Kadib muddadan, habka guud ee magangelyada ayaa bilaabma.

phase-general-procedure = Habka guud ee magangelyada
phase-general-procedure-now =
    { -org-ind } ayaa kula yeelata wareysiga faahfaahsan ee sababaha magangelyadaada. Qareenkaaga ayaa kula diyaariya.
phase-general-procedure-help =
    Haddii { -org-ind } ay damacsan tahay inay diiddo codsigaaga, marka hore waxay soo dirtaa warqad ujeeddada diidmada ah (af Holandi: "voornemen"). Qareenkaaga ayaa qoraal ahaan uga jawaaba ("zienswijze"). Arrintan waqti yar ayaa loo haystaa.
# Variables:
#   $old-cases-resumed (String) - the day the IND started again with older applications, from data/facts.yaml
phase-general-procedure-next =
    Kadib { -org-ind } ayaa go'aan gaarta oo soo dirta warqad ("beschikking"). { -org-ind } waxay codsiyadan hore dib u bilowday { $old-cases-resumed }, sidaas darteed dad badan ayaa muddo dheer sugaya.

phase-decision-granted = Go'aan: sharci waa la siiyay
phase-decision-granted-now =
    { -org-ind } waxay ku siisay sharciga deganaanshaha magangelyada. Muddada uu ansax yahay ayaa ku qoran.
# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
phase-decision-granted-help =
    Xeerarka keenidda qoyskaaga waxay isbeddeleen { $pact-start }, xitaa codsiyadii ka horreeyay. Goor hore weydii { -org-vluchtelingenwerk }.
    { -org-rode-kruis } ayaa raadin karta xubnaha qoyskaaga ee aad xiriirka la waysay.
phase-decision-granted-next =
    { -org-coa } waxay bixisaa barnaamij kuu diyaarinaya is-dhexgalka: casharro af Holandi ah iyo nolosha Nederland.

phase-decision-rejected = Go'aan: waa la diiday
phase-decision-rejected-now =
    { -org-ind } waxay diiday codsigaaga. Waxaad racfaan u qaadan kartaa maxkamad. Waqtiga kama dambaysta ah wuxuu ku qoran yahay warqadda ("beschikking"), aadna wuu u gaaban karaa.
phase-decision-rejected-help =
    MAANTA la hadal qareenkaaga ama { -org-vluchtelingenwerk }. Qareenkaaga weydii inaad Nederland joogi karto inta racfaanku socdo.
phase-decision-rejected-next =
    Weli lama xaqiijin muddada aad xarunta soo dhoweynta joogi karto kadib diidmo. Weydii { -org-coa } iyo qareenkaaga.
    { -org-dtv } ayaa kula hadasha ka bixitaanka, turjubaan ayaa joogaya. Haddii aad doorato inaad dalkaaga ku noqoto, { -org-iom } ayaa ku caawin karta.

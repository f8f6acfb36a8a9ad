## Asylum phases — data/phases.yaml

## Phase: registration

phase-registration = Diiwaangelin

# Variables:
#   $days (String) - how many days you stay in the col, e.g. "3-10", from data/phases.yaml
phase-registration-now =
    Waxaad isku soo sheegaysaa xarunta codsiga ee Ter Apel. Haddii aad diyaarad ku timid, waxaad isku soo sheegaysaa Schiphol.
    Caadi ahaan waxaad { $days } maalmood joogaysaa xarunta dhexe ee soo dhoweynta (col).
    Halkaas GZA ayaa kaa qaadaysa baaritaan caafimaad, GGD-na waxay kaa baaraysaa TB (qaaxo).
    Wareysiga diiwaangelinta waxaa lagu weydiinayaa aqoonsigaaga, dhalashadaada, jidkii aad soo martay iyo qoyskaaga. Heerkan weli qareen ma lihid.

phase-registration-coa =
    COA waxay ku siisaa meel aad seexato, cunto iyo alaabta nadaafadda.
    COA waxay kaloo eegtaa cidda u baahan daryeel ama ilaalin gaar ah, tusaale ahaan dhibaato caafimaad ama calaamado ka ganacsiga dadka awgood.
    Haddii aadan nabad dareemin ama aadan fiicnayn, u sheeg shaqaalaha COA.

phase-registration-help =
    GZA waa dhakhtarkaaga inta habku socdo.
    Haddii aad ka yar tahay 18 sano oo aad timid adigoon waalidkaa la socon, Nidos ayaa ku siinaysa ilaaliye sharci ah.
    Guddiga Caawimada Sharciga wuxuu xafiis ku leeyahay xarunta codsiga, wuxuuna kuu diyaariyaa qareen bilaash ah.

phase-registration-next =
    Marka xigta waa muddada nasashada iyo diyaargarowga. Waxaad u guuraysaa xarunta soo dhoweynta ee habka (pol), oo u dhow xafiis IND.
    Haddii aad ka timid dal loo arko inuu ammaan yahay, habkaaga oo dhan waxaa laga yaabaa inuu dhaco inta aad col joogto.

## Phase: rest-and-preparation

phase-rest-and-preparation = Nasasho iyo diyaargarow

# Variables:
#   $rest-days (String) - minimum length of the rest and preparation period, e.g. "6", from data/phases.yaml
phase-rest-and-preparation-now =
    Waxaad joogaysaa xarunta soo dhoweynta ee habka (pol) ugu yaraan { $rest-days } maalmood.
    Waqtigan waxaa loogu talagalay nasasho iyo diyaarinta wareysiyada magangelyada.
    Qareenkaaga ayaa kula kulmaya si aad isu diyaarisaan. VluchtelingenWerk ayaa kuu sharxaysa sida habku u shaqeeyo.

# Variables:
#   $allowance (String) - weekly living allowance, e.g. "€14.47", from data/phases.yaml
phase-rest-and-preparation-coa =
    COA waxay ku siisaa meel aad ku noolaato, badanaana lacag cunto, si aad naftaada u karsato.
    Waxaad sidoo kale toddobaad kasta helaysaa lacag nololeed oo ah { $allowance } (qaddarku wuu isbeddeli karaa).
    COA ayaa bixisa gaadiidka dadweynaha ee aad qareenkaaga ugu tagayso.
    Haddii ay u badan tahay inaad sharci heli doonto, halkan waxaad ka bilaabi kartaa casharro af Holandi ah.

phase-rest-and-preparation-help =
    Qareenkaagu waa bilaash; Guddiga Caawimada Sharciga ayaa kuu diyaariya.
    VluchtelingenWerk ayaa sharxda habka, waxayna kaa caawin kartaa inaad isu diyaariso.
    GZA ayaa bixisa daryeel caafimaad. U sheeg dhibaato caafimaad kasta.
    Haddii aad ka yar tahay 18 sano oo aad timid adigoon waalidkaa la socon, ilaaliyahaaga Nidos ayaa ku caawinaya.

phase-rest-and-preparation-next =
    Kadib muddada nasashada iyo diyaargarowga, habka guud ee magangelyada ayaa bilaabma.
    IND ayaa ku wareysanaysa, kadibna go'aan ka gaaraysa codsigaaga.

## Phase: general-procedure

phase-general-procedure = Habka guud ee magangelyada

# Variables:
#   $decision-days (String) - working days for a decision in the general procedure, e.g. "6", from data/phases.yaml
#   $decision-days-max (String) - longest general procedure in days, e.g. "9", from data/phases.yaml
phase-general-procedure-now =
    IND ayaa ku wareysanaysa. Wareysiga koowaad wuxuu ku saabsan yahay aqoonsigaaga iyo jidkii aad soo martay.
    Wareysiga labaad waa mid faahfaahsan. Wuxuu ku saabsan yahay sababaha aad magangelyo u codsanayso.
    IND badanaa waxay go'aan gaartaa { $decision-days } maalmood oo shaqo gudahood, mararka qaarkood ilaa { $decision-days-max } maalmood.
    Haddii waqtigaas uusan ku filnayn, codsigaagu wuxuu u gudbaa habka la dheereeyay (VA).

phase-general-procedure-coa =
    Waxaad sii joogaysaa xarunta soo dhoweynta ee habka (pol).
    COA waxay ku siinaysaa isla taageeradii hore: hoy, lacag cunto, lacagtaada toddobaadka iyo daryeel caafimaad oo GZA ah.

# Variables:
#   $reply-days (String) - days your lawyer has to answer an intention to reject in the general procedure, e.g. "1", from data/phases.yaml
phase-general-procedure-help =
    Qareenkaaga ayaa kula diyaarinaya wareysiyada.
    Haddii IND ay doonayso inay diiddo codsigaaga, marka hore waxay soo dirtaa warqad sheegaysa inay diidi doonto. Habka guud, qareenkaagu wuxuu haystaa { $reply-days } maalin si uu qoraal ahaan uga jawaabo.
    VluchtelingenWerk sidoo kale way ku taageertaa; mutadawac ayaa mararka qaarkood kula raaci kara wareysiga.

# Variables:
#   $work-months (String) - months an application must be pending before you may work, e.g. "6", from data/phases.yaml
phase-general-procedure-next =
    Marka xigta waxaad helaysaa go'aanka IND: sharci ama diidmo.
    Habka la dheereeyay waqti dheer ayuu qaataa. Qareenkaaga ama VluchtelingenWerk ayaa kuu sheegi kara waqtigaaga kama dambaysta ah.
    Marka { $work-months } bilood laga joogo codsigaaga oo aan weli go'aan laga gaarin, waad shaqeyn kartaa. Markaas loo-shaqeeyahaagu wuxuu u baahan yahay ruqsad shaqo oo adiga kuu ah.

## Phase: decision-granted

phase-decision-granted = Go'aan: sharci waa la siiyay

# Variables:
#   $permit-years (String) - validity of the asylum permit in years, e.g. "5", from data/phases.yaml
phase-decision-granted-now =
    IND waxay ku siisay sharciga deganaanshaha magangelyada.
    Wuxuu shaqeynayaa { $permit-years } sano, laga bilaabo maalintii aad codsatay. Kadib waxaad codsan kartaa sharci joogto ah.
    Waad shaqeyn kartaa.

phase-decision-granted-coa =
    Hadda COA waxay ku siinaysaa hoy iyo taageero sidii hore.
    COA waxay bixisaa barnaamij kuu diyaarinaya is-dhexgalka: barashada af Holandiga iyo nolosha Nederland.

phase-decision-granted-help =
    VluchtelingenWerk ayaa kaa caawisa isu-keenidda qoyska iyo bilaabidda noloshaada halkan.
    Haddii aad xiriirka la waysay xubno qoyskaaga ka mid ah, Laanqayrta Cas ayaa kaa caawin karta raadintooda.

# Variables:
#   $reunification-months (String) - months after the permit to apply for family reunification, e.g. "3", from data/phases.yaml
phase-decision-granted-next =
    Marka xigta waa is-dhexgalka.
    Haddii aad rabto in xubno qoyskaaga ah ay kuu yimaadaan, codso { $reunification-months } bilood gudahood kadib markaad sharciga heshay. Markaas xeerarku way fudud yihiin, tusaale ahaan dakhli lagaama rabo.
    Goor hore VluchtelingenWerk ka codso caawimo.

## Phase: decision-rejected

phase-decision-rejected = Go'aan: waa la diiday

# Variables:
#   $appeal-weeks-short (String) - short appeal deadline in weeks, e.g. "1", from data/phases.yaml
#   $appeal-weeks (String) - normal appeal deadline in weeks, e.g. "4", from data/phases.yaml
phase-decision-rejected-now =
    IND waxay diiday codsigaaga. Waxaad racfaan u qaadan kartaa maxkamad.
    Waqtigu waa gaaban yahay: { $appeal-weeks-short } toddobaad, haddii go'aanku ka yimid habka guud, ama haddii la yiri codsigaagu si cad sal uma laha ama lama aqbali karo. Xaaladaha kale waa { $appeal-weeks } toddobaad.
    MAANTA la hadal qareenkaaga. Racfaanku waa bilaash.

phase-decision-rejected-coa =
    Hadda COA waxay ku siinaysaa hoy sidii hore.
    COA waxay dadka waaweyn ee codsigooda la diiday siisaa tababar ku saabsan mustaqbalkooda.

phase-decision-rejected-help =
    Qareenkaaga ayaa racfaan kuu qaadan kara.
    DT&V ayaa kula yeelata wadahadallo ku saabsan ka bixitaanka, turjubaan ayaana joogaya.
    Haddii aad doorato inaad dalkaaga ku noqoto, IOM ayaa kaa taageeri karta ku noqoshada ikhtiyaariga ah.
    VluchtelingenWerk sidoo kale way ku siin kartaa talo.

phase-decision-rejected-next =
    Inta racfaankaagu socdo, badanaa waad joogi kartaa Nederland. Waxaa jira xaalado ka reeban. Qareenkaagu wuu ogyahay haddii mid kugu khuseeyo, markaas wuxuu maxkamadda ka codsan karaa inay kuu oggolaato inaad joogto.
    Racfaan labaad oo loo qaado Golaha Dowladda kuuma oggolaanayo inaad joogto inta uu socdo.

## Organisations — data/organisations.yaml

# Each organisation has org-<id>-about: what it does for you.
# Phone label messages (phone-<org>-<what>) say who a line is for, what it
# costs and whether you can stay anonymous. Numbers and hours come from data.

## Emergency and police

org-emergency-services-about =
    ከባድ አደጋ ሲኖር የፖሊስ፣ የአምቡላንስ ወይም የእሳት አደጋ መከላከያ ቁጥር።
    በነጻ ነው፣ ቀንና ሌሊት ይሰራል።
phone-emergency-services-112 = የፖሊስ፣ የአምቡላንስ እና የእሳት አደጋ መከላከያ { -org-emergency-services }። በነጻ፣ ቀንና ሌሊት። ለከባድ አደጋ ብቻ።

org-politie-about =
    የኔዘርላንድ ፖሊስ። ከባድ አደጋ በሌለበት ጊዜ ወንጀልን ወይም ሕገወጥ የሰው ዝውውርን ሪፖርት ለማድረግ ወደ አስቸኳይ ያልሆነው መስመር ይደውሉ።
    ፖሊስ ለ LGBTQ+ ሰዎችም መረብ አለው፤ Roze in Blauw።
phone-politie-non-emergency = ፖሊስ፣ አስቸኳይ ካልሆነ፦ ወንጀልን ወይም ሕገወጥ የሰው ዝውውርን ሪፖርት ለማድረግ።

## Government and asylum procedure

org-ministry-about =
    ሚኒስቴሩ ለጥገኝነትና ለስደት ፖሊሲ ኃላፊ ነው። { -org-ind } በሥሩ ነው።
phone-rijksoverheid-1400 = Informatie Rijksoverheid፦ የመንግሥት አጠቃላይ መስመር (ለጥገኝነት ጉዳይዎ አይደለም)። መደበኛ የስልክ ክፍያ።
phone-rijksoverheid-abroad = ያው መስመር፣ ከውጭ አገር።

org-coa-about =
    { -org-coa } የመቀበያ ማዕከላትን ያስተዳድራል። በሂደትዎ ወቅት የመኖሪያ ቦታ፣ ሳምንታዊ አበል እና ድጋፍ ይሰጥዎታል።
    ጥያቄ ካለዎት በማዕከልዎ ወዳለው የመረጃ ዴስክ ይሂዱ፣ ወይም MyCOA ላይ ይመልከቱ። MyCOA በብዙ ቋንቋዎች ነው።
phone-coa-ter-apel-professionals = ለባለሙያዎች ብቻ፦ { -org-coa } Ter Apel፣ ስለ አንድ ነዋሪ ጥያቄዎች። ስለ ጥገኝነት ሂደቱ ጥያቄዎች ወደ { -org-ind } ይሄዳሉ።
phone-coa-legal-helpdesk = ለባለሙያዎች ብቻ፦ የ { -org-coa } የሕግ ጉዳዮች የእርዳታ ዴስክ።
phone-coa-rvb-helpdesk = ለባለሙያዎች ብቻ፦ ስለ Rvb ደንብ ጥያቄዎች።

org-ind-about =
    { -org-ind } በጥገኝነት ማመልከቻዎ ላይ ይወስናል። ቃለ መጠይቆችዎንም የሚያካሂደው { -org-ind } ነው።
    ስለ ማመልከቻዎ ጥያቄ ካለዎት ወደ { -org-ind } መደወል ይችላሉ።
phone-ind-general = ስለ ማመልከቻዎ ጥያቄዎች። መደበኛ የስልክ ክፍያ።
phone-ind-abroad = { -org-ind }፣ ከውጭ አገር ሲደውሉ።
phone-ind-fax-default = የፋክስ ቁጥር ነው፣ ለመደወል አይደለም። { -org-ind } የጥገኝነት ውሳኔዎን ሲያዘገይ ለሚላክ የመዘግየት ማስጠንቀቂያ ቅጽ (notice of default) ብቻ ነው። መጀመሪያ ጠበቃዎን ይጠይቁ።

link-vluchtelingenwerk-volunteer = ከ { -org-vluchtelingenwerk } ጋር በበጎ ፈቃደኝነት ያገልግሉ
org-vluchtelingenwerk-about =
    { -org-vluchtelingenwerk } ጥገኝነት ጠያቂዎችን በነጻ ይረዳል፤ በእያንዳንዱ azc ሰዎች አሉት።
    ሂደቱን ያስረዳሉ፣ ወደ { -org-ind } ቃለ መጠይቅ አብረውዎት ሊሄዱ ይችላሉ፣ በቤተሰብ ውህደትም ይረዳሉ።
    የቢሮ ሰዓታቸው (spreekuur) መቼ እንደሆነ በቦታዎ ይጠይቁ።

org-refugeehelp-about =
    { -org-refugeehelp } የ { -org-vluchtelingenwerk } ድረ-ገጽ ነው። ስለ ጥገኝነት ሂደቱና በኔዘርላንድ ስላለው ሕይወት በግልጽ ቃላት፣ በብዙ ቋንቋዎች፣ በዩክሬንኛም ጭምር ያስረዳል።

org-unhcr-about =
    { -org-unhcr } የተባበሩት መንግሥታት የስደተኞች ድርጅት ነው።
    { -org-unhcr } ኔዘርላንድ ለግለሰቦች እርዳታ አይሰጥም። ለጥገኝነት ሂደትዎ ወደ { -org-refugeehelp } ይልክዎታል።

## Health

# Variables:
#   $emergency-number (String) - the emergency number, from data
org-gza-about =
    ሕይወት አደጋ ላይ ነው? ወደ { $emergency-number } ይደውሉ።
    { -org-gza } በጥገኝነት መቀበያ ማዕከላት ላሉ ሰዎች የሐኪም ክሊኒክ ነው። ሲታመሙ ወይም የጤና ጥያቄ ሲኖርዎት ወደ Praktijklijn ይደውሉ። አስተርጓሚዎች አሉ።
# Variables:
#   $gza-urgent-option (Number) - the menu option for urgent medical problems, from data/facts.yaml
phone-gza-medical = { -org-gza } Praktijklijn ለሕክምና ችግሮች፣ ቀንና ሌሊት። ለአስቸኳይ የሕክምና ችግር { $gza-urgent-option }ን ይጫኑ።
phone-gza-questions = ያው መስመር ለሌሎች ጥያቄዎች፣ በሥራ ሰዓት።

org-113-zelfmoordpreventie-about =
    ሕይወትዎን ስለማጥፋት ሲያስቡ፣ ወይም ይህን ስለሚያስብ ሰው ሲጨነቁ።
    መደወል ወይም መጻፍ (chat) ይችላሉ፤ በነጻ፣ ስምዎን ሳይገልጹ፣ ቀንና ሌሊት።
phone-113-short = በነጻ፣ ስምዎን ሳይገልጹ፣ ቀንና ሌሊት።
phone-113-free = ይህም በነጻ፣ ስምዎን ሳይገልጹ፣ ቀንና ሌሊት።

org-dokters-van-de-wereld-about =
    { -org-dokters-van-de-wereld } በጤና ጥያቄዎች ይረዳል፣ ስለ ወሲባዊ ጥቃትም። በኔዘርላንድ የጤና አገልግሎት ውስጥ መንገዱን ያሳይዎታል።
    በነጻ ነው፤ የባህል አስተባባሪዎች በቋንቋዎ ይረዱዎታል። በ Amsterdam፣ Nijmegen እና Utrecht ይገኛሉ።
phone-dokters-van-de-wereld = የጤና ጥያቄዎች እና በኔዘርላንድ የጤና አገልግሎት እርዳታ። በነጻ።

org-zanzu-about =
    { -org-zanzu } ስለ ወሲባዊ ጤና ግልጽ መረጃ ያለው ድረ-ገጽ ነው፣ በብዙ ቋንቋዎች።

## Legal help

org-raad-voor-rechtsbijstand-about =
    የሕግ ድጋፍ ቦርድ ({ -org-raad-voor-rechtsbijstand }) ነጻ የጥገኝነት ጠበቃዎን ያዘጋጃል። በራሱ ይመደብልዎታል።
    በማመልከቻ ማዕከላት ውስጥ ቢሮ አለው።

org-juridisch-loket-about =
    { -org-juridisch-loket } የመጀመሪያ የሕግ ምክር ይሰጣል።
    በቅርንጫፍ የሚሰጥ ምክር በነጻ ነው። ከመሄድዎ በፊት የቅርንጫፉን የሥራ ሰዓት ይመልከቱ።
phone-juridisch-loket-advice = የሕግ ምክር በስልክ። ይህ መስመር በደቂቃ ገንዘብ ያስከፍላል። ወደ ቅርንጫፎቹ በቀጥታ መደወል አይችሉም።

org-wereldhuis-amsterdam-about =
    Wereldhuis በ Amsterdam ሰነድ ለሌላቸው ሰዎች ነጻ የሕግ ምክር ይሰጣል፤ ሐሙስ ከሰዓት በኋላ፣ በቀጠሮ።

## Family

# Variables:
#   $tracing-months-min (Number), $tracing-months-max (Number) - how long a search usually takes, from data/facts.yaml
org-rode-kruis-about =
    { -org-rode-kruis } (Rode Kruis) ግንኙነት ያጡባቸውን የቤተሰብ አባላት እንዲፈልጉ ይረዳዎታል።
    በነጻ ነው። ፍለጋ ብዙ ጊዜ ከ{ $tracing-months-min } እስከ { $tracing-months-max } ወር ይወስዳል።

## Violence and abuse

org-veilig-thuis-about =
    { -org-veilig-thuis } በቤት ውስጥ ጥቃት እና በልጆች ላይ በሚደርስ በደል ምክርና እርዳታ ይሰጣል።
    መደወል ወይም መጻፍ (chat) ይችላሉ። በነጻ ነው፤ ስምዎን ሳይገልጹ መቆየት ይችላሉ።
phone-veilig-thuis = በነጻ፣ ስምዎን ሳይገልጹ፣ ቀንና ሌሊት። በአቅራቢያዎ ያለውን ቢሮ ለማግኘት የከተማዎን ስም ይናገሩ።

# Variables:
#   $sexual-violence-best-within-days (Number) - from data/facts.yaml
org-centrum-seksueel-geweld-about =
    { -org-centrum-seksueel-geweld } ከአስገድዶ መድፈር ወይም ከወሲባዊ ጥቃት በኋላ ይረዳል፦ የሕክምና፣ የፎረንሲክ እና የሥነ ልቦና እርዳታ።
    በነጻ ነው፣ ቀንና ሌሊት። በተቻለ ፍጥነት ያግኟቸው፤ ቢቻል በ{ $sexual-violence-best-within-days ->
        [one] { $sexual-violence-best-within-days } ቀን
       *[other] { $sexual-violence-best-within-days } ቀናት
    } ውስጥ።
phone-centrum-seksueel-geweld = በነጻ፣ ቀንና ሌሊት። ከጥቃት በኋላ በተቻለ ፍጥነት ይደውሉ።

org-fier-about =
    { -org-fier } ጥገኛ ከሆኑበት ሰው ጥቃት የሚደርስባቸውን ሰዎች እና የሕገወጥ የሰው ዝውውር ተጠቂዎችን ይረዳል።
    ከ { -org-fier } ጋር ስምዎን ሳይገልጹ መጻፍ (chat) ይችላሉ።

org-slachtofferhulp-about =
    { -org-slachtofferhulp } የወንጀል፣ የአደጋና የጥፋት ተጠቂዎችን ይደግፋል።
    ስም ሳይገለጽ የሚደወልበት መስመርም አለው፤ Verbreek de stilte።
phone-slachtofferhulp-general = ለወንጀል፣ ለአደጋና ለጥፋት ተጠቂዎች። መደበኛ የአገር ውስጥ የስልክ ክፍያ። በችግር ጊዜ ከሥራ ሰዓት ውጭም።
phone-slachtofferhulp-verbreek-de-stilte = Verbreek de stilte፦ ስም ሳይገለጽ የሚደወልበት መስመር።

## Human trafficking

org-comensha-about =
    { -org-comensha } ሕገወጥ የሰው ዝውውርን የሚከላከል ብሔራዊ ማዕከል ነው።
    ተጠቂዎች እና ስለ ሕገወጥ የሰው ዝውውር ጥያቄ ያለው ማንኛውም ሰው ወደ እርዳታ ዴስኩ መደወል ይችላሉ።
phone-comensha-helpdesk = ስለ ሕገወጥ የሰው ዝውውር ብሔራዊ የእርዳታ ዴስክ፤ ለተጠቂዎች እና ጥያቄ ላለው ማንኛውም ሰው።

org-arbeidsinspectie-about =
    የጉልበት ብዝበዛን ለኔዘርላንድ የሥራ ቁጥጥር ({ -org-arbeidsinspectie }) ሪፖርት ማድረግ ይችላሉ።
    ለምሳሌ፣ አሠሪ እንዲሰሩ ሲያስገድድዎት ወይም ሰነዶችዎን ሲወስድ።
phone-arbeidsinspectie-report = የጉልበት ብዝበዛን ሪፖርት ያድርጉ።
phone-arbeidsinspectie-abroad = የጉልበት ብዝበዛን ሪፖርት ያድርጉ፣ ከውጭ አገር ሲደውሉ።

## Children

# Variables:
#   $minor-age (Number) - from data/facts.yaml
org-nidos-about =
    { -org-nidos } ያለ ወላጆቻቸው ወደ ኔዘርላንድ ለመጡ ከ{ $minor-age } ዓመት በታች ለሆኑ ልጆች አሳዳጊ (ሞግዚት) ነው።
    አሳዳጊዎ ይረዳዎታል፣ ጥቅምዎንም ይጠብቃል።
phone-nidos-head-office = የ { -org-nidos } ዋና ቢሮ በ Utrecht።

org-kindertelefoon-about =
    { -org-kindertelefoon } ለልጆችና ለወጣቶች ነው።
    ስለ ማንኛውም ነገር መደወል ወይም መጻፍ (chat) ይችላሉ። በነጻ ነው፣ ስምዎም አይገለጽም።
phone-kindertelefoon = ለልጆችና ለወጣቶች። በነጻ፣ ስምዎን ሳይገልጹ።

## Education and work

# Variables:
#   $uaf-school-years (Number) - years of school UAF asks for, from data/facts.yaml
org-uaf-about =
    { -org-uaf } በኮሌጅ ወይም በዩኒቨርሲቲ መማር የሚፈልጉ ስደተኞችንና ጥገኝነት ጠያቂዎችን ይረዳል፦ ለትምህርት በገንዘብ፣ በምክር እና ሥራ ለማግኘት በእርዳታ።
    { $uaf-school-years } ዓመት ትምህርት እና በቂ ደች፣ እንግሊዝኛ፣ ፈረንሳይኛ ወይም ጀርመንኛ ያስፈልግዎታል።

org-lowan-about =
    { -org-lowan } በኔዘርላንድ አዲስ የሆኑ ልጆችን የሚያስተምሩ ትምህርት ቤቶችን ይደግፋል፤ ለምሳሌ ዓለም አቀፍ የሽግግር ክፍሎችን (ISK)።
    የእርዳታ መስመር አይደለም። ስለ ትምህርት ቤት ቦታ { -org-coa } ወይም ትምህርት ቤትዎን ይጠይቁ።

## LGBTIQ+

org-lgbt-asylum-support-about =
    { -org-lgbt-asylum-support } የ LGBTI ጥገኝነት ጠያቂዎችን የሚረዳ የኔዘርላንድ ድርጅት ነው።

org-secret-garden-about =
    { -org-secret-garden } በ Amsterdam ለስደተኛ ዳራ ላላቸው LGBT ሰዎች፣ ለጥገኝነት ጠያቂዎችም፣ ማኅበራዊ፣ የሕግ እና የሥነ ልቦና ድጋፍ ይሰጣል።
    እንዴት እንደሚያገኟቸው ድረ-ገጻቸው ላይ ይመልከቱ።

org-coc-cocktail-about =
    { -org-coc-cocktail }፣ የ COC Haaglanden፣ ለ LGBTIQ+ ጥገኝነት ጠያቂዎች ነው።
    በ The Hague አካባቢ የጓደኛ (buddy) ፕሮጀክት እና መረጃ ያለው ድረ-ገጽ አለው።

## Going back

org-iom-about =
    { -org-iom } በፈቃዳቸው ወደ አገራቸው መመለስ የሚፈልጉ ሰዎችን ይረዳል፦ በጉዞ፣ በጉዞ ሰነዶች እና እዚያ እንደገና ለመጀመር በድጋፍ።
    የመመለስ አማካሪዎቹ ብዙ ቋንቋዎች ይናገራሉ፤ አስተርጓሚዎችም ይጠቀማሉ።
phone-iom-return = { -org-iom }፣ በፈቃደኝነት ስለ መመለስ ጥያቄዎች።

org-dtv-about =
    ማመልከቻዎ ውድቅ ከተደረገ በኋላ { -org-dtv } (የመመለስና የመውጣት አገልግሎት) ከኔዘርላንድ ስለመውጣት ያነጋግርዎታል።
    ለእነዚህ ውይይቶች አስተርጓሚ ይሰጥዎታል። { -org-dtv } ከ { -org-iom } እና ከ { -org-vluchtelingenwerk } ጋር ይሰራል።

## Donations

org-stichting-vluchteling-about =
    { -org-stichting-vluchteling } በሌሎች አገሮች ላሉ ስደተኞች ለሰብዓዊ እርዳታ ልገሳ ይሰበስባል።
    በኔዘርላንድ ላሉ ጥገኝነት ጠያቂዎች እርዳታ ወይም አገልግሎት አይሰጥም።
phone-stichting-vluchteling-office = የ { -org-stichting-vluchteling } ቢሮ። ለጥገኝነት ጠያቂዎች የእርዳታ መስመር አይደለም።

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
-org-emergency-services = የአደጋ ጊዜ ቁጥር
# Variables:
#   $emergency-number (String) - the emergency number, from data
org-emergency-services-name = { -org-emergency-services } { $emergency-number }

-org-politie = Politie
-org-politie-what = ፖሊስ
org-politie-name = { -org-politie } ({ -org-politie-what })

-org-ministry = Ministerie van Asiel en Migratie
-org-ministry-what = የጥገኝነትና የስደት ሚኒስቴር
org-ministry-name = { -org-ministry } ({ -org-ministry-what })

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
-org-raad-voor-rechtsbijstand-what = የሕግ ድጋፍ ቦርድ
org-raad-voor-rechtsbijstand-name = { -org-raad-voor-rechtsbijstand } ({ -org-raad-voor-rechtsbijstand-what })

-org-juridisch-loket = Het Juridisch Loket
org-juridisch-loket-name = { -org-juridisch-loket }

-org-wereldhuis-amsterdam = Wereldhuis Amsterdam
org-wereldhuis-amsterdam-name = { -org-wereldhuis-amsterdam }

-org-rode-kruis = ቀይ መስቀል
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
-org-arbeidsinspectie-what = የሥራ ቁጥጥር
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
-org-dokters-van-de-wereld-what = የዓለም ሐኪሞች
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

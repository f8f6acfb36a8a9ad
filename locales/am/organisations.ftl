## Organisations — data/organisations.yaml

# Each organisation has org-<id>-about: what it does for you.
# Phone label messages (phone-<org>-<what>) say who a line is for, what it
# costs and whether you can stay anonymous. Numbers and hours come from data.

## Emergency and police

org-emergency-services-about =
    ከባድ አደጋ ሲኖር የፖሊስ፣ የአምቡላንስ ወይም የእሳት አደጋ መከላከያ ቁጥር።
    በነጻ ነው፣ ቀንና ሌሊት ይሰራል።
phone-emergency-services-112 = የፖሊስ፣ የአምቡላንስ እና የእሳት አደጋ መከላከያ የአደጋ ጊዜ ቁጥር። በነጻ፣ ቀንና ሌሊት። ለከባድ አደጋ ብቻ።

org-politie-about =
    የኔዘርላንድ ፖሊስ። ከባድ አደጋ በሌለበት ጊዜ ወንጀልን ወይም ሕገወጥ የሰው ዝውውርን ሪፖርት ለማድረግ ወደ አስቸኳይ ያልሆነው መስመር ይደውሉ።
    ፖሊስ ለ LGBTQ+ ሰዎችም መረብ አለው፤ Roze in Blauw።
phone-politie-non-emergency = ፖሊስ፣ አስቸኳይ ካልሆነ፦ ወንጀልን ወይም ሕገወጥ የሰው ዝውውርን ሪፖርት ለማድረግ።

## Government and asylum procedure

org-ministry-about =
    ሚኒስቴሩ ለጥገኝነትና ለስደት ፖሊሲ ኃላፊ ነው። IND በሥሩ ነው።
phone-rijksoverheid-1400 = Informatie Rijksoverheid፦ የመንግሥት አጠቃላይ መስመር (ለጥገኝነት ጉዳይዎ አይደለም)። መደበኛ የስልክ ክፍያ።
phone-rijksoverheid-abroad = ያው መስመር፣ ከውጭ አገር።

org-coa-about =
    COA የመቀበያ ማዕከላትን ያስተዳድራል። በሂደትዎ ወቅት የመኖሪያ ቦታ፣ ሳምንታዊ አበል እና ድጋፍ ይሰጥዎታል።
    ጥያቄ ካለዎት በማዕከልዎ ወዳለው የመረጃ ዴስክ ይሂዱ፣ ወይም MyCOA ላይ ይመልከቱ። MyCOA በብዙ ቋንቋዎች ነው።
phone-coa-ter-apel-professionals = ለባለሙያዎች ብቻ፦ COA Ter Apel፣ ስለ አንድ ነዋሪ ጥያቄዎች። ስለ ጥገኝነት ሂደቱ ጥያቄዎች ወደ IND ይሄዳሉ።
phone-coa-legal-helpdesk = ለባለሙያዎች ብቻ፦ የ COA የሕግ ጉዳዮች የእርዳታ ዴስክ።
phone-coa-rvb-helpdesk = ለባለሙያዎች ብቻ፦ ስለ Rvb ደንብ ጥያቄዎች።

org-ind-about =
    IND በጥገኝነት ማመልከቻዎ ላይ ይወስናል። ቃለ መጠይቆችዎንም የሚያካሂደው IND ነው።
    ስለ ማመልከቻዎ ጥያቄ ካለዎት ወደ IND መደወል ይችላሉ።
phone-ind-general = ስለ ማመልከቻዎ ጥያቄዎች። መደበኛ የስልክ ክፍያ።
phone-ind-abroad = IND፣ ከውጭ አገር ሲደውሉ።
phone-ind-fax-default = የፋክስ ቁጥር ነው፣ ለመደወል አይደለም። IND የጥገኝነት ውሳኔዎን ሲያዘገይ ለሚላክ የመዘግየት ማስጠንቀቂያ ቅጽ (notice of default) ብቻ ነው። መጀመሪያ ጠበቃዎን ይጠይቁ።

link-vluchtelingenwerk-volunteer = ከ VluchtelingenWerk ጋር በበጎ ፈቃደኝነት ያገልግሉ
org-vluchtelingenwerk-about =
    VluchtelingenWerk ጥገኝነት ጠያቂዎችን በነጻ ይረዳል፤ በእያንዳንዱ azc ሰዎች አሉት።
    ሂደቱን ያስረዳሉ፣ ወደ IND ቃለ መጠይቅ አብረውዎት ሊሄዱ ይችላሉ፣ በቤተሰብ ውህደትም ይረዳሉ።
    የቢሮ ሰዓታቸው (spreekuur) መቼ እንደሆነ በቦታዎ ይጠይቁ።

org-refugeehelp-about =
    RefugeeHelp የ VluchtelingenWerk ድረ-ገጽ ነው። ስለ ጥገኝነት ሂደቱና በኔዘርላንድ ስላለው ሕይወት በግልጽ ቃላት፣ በብዙ ቋንቋዎች፣ በዩክሬንኛም ጭምር ያስረዳል።

org-unhcr-about =
    UNHCR የተባበሩት መንግሥታት የስደተኞች ድርጅት ነው።
    UNHCR ኔዘርላንድ ለግለሰቦች እርዳታ አይሰጥም። ለጥገኝነት ሂደትዎ ወደ RefugeeHelp ይልክዎታል።

## Health

# Variables:
#   $emergency-number (String) - the emergency number, from data
org-gza-about =
    ሕይወት አደጋ ላይ ነው? ወደ { $emergency-number } ይደውሉ።
    GZA በጥገኝነት መቀበያ ማዕከላት ላሉ ሰዎች የሐኪም ክሊኒክ ነው። ሲታመሙ ወይም የጤና ጥያቄ ሲኖርዎት ወደ Praktijklijn ይደውሉ። አስተርጓሚዎች አሉ።
# Variables:
#   $gza-urgent-option (Number) - the menu option for urgent medical problems, from data/facts.yaml
phone-gza-medical = GZA Praktijklijn ለሕክምና ችግሮች፣ ቀንና ሌሊት። ለአስቸኳይ የሕክምና ችግር { $gza-urgent-option }ን ይጫኑ።
phone-gza-questions = ያው መስመር ለሌሎች ጥያቄዎች፣ በሥራ ሰዓት።

org-113-zelfmoordpreventie-about =
    ሕይወትዎን ስለማጥፋት ሲያስቡ፣ ወይም ይህን ስለሚያስብ ሰው ሲጨነቁ።
    መደወል ወይም መጻፍ (chat) ይችላሉ፤ በነጻ፣ ስምዎን ሳይገልጹ፣ ቀንና ሌሊት።
phone-113-short = በነጻ፣ ስምዎን ሳይገልጹ፣ ቀንና ሌሊት።
phone-113-free = ይህም በነጻ፣ ስምዎን ሳይገልጹ፣ ቀንና ሌሊት።

org-dokters-van-de-wereld-about =
    Dokters van de Wereld በጤና ጥያቄዎች ይረዳል፣ ስለ ወሲባዊ ጥቃትም። በኔዘርላንድ የጤና አገልግሎት ውስጥ መንገዱን ያሳይዎታል።
    በነጻ ነው፤ የባህል አስተባባሪዎች በቋንቋዎ ይረዱዎታል። በ Amsterdam፣ Nijmegen እና Utrecht ይገኛሉ።
phone-dokters-van-de-wereld = የጤና ጥያቄዎች እና በኔዘርላንድ የጤና አገልግሎት እርዳታ። በነጻ።

org-zanzu-about =
    Zanzu ስለ ወሲባዊ ጤና ግልጽ መረጃ ያለው ድረ-ገጽ ነው፣ በብዙ ቋንቋዎች።

## Legal help

org-raad-voor-rechtsbijstand-about =
    የሕግ ድጋፍ ቦርድ (Raad voor Rechtsbijstand) ነጻ የጥገኝነት ጠበቃዎን ያዘጋጃል። በራሱ ይመደብልዎታል።
    በማመልከቻ ማዕከላት ውስጥ ቢሮ አለው።

org-juridisch-loket-about =
    Het Juridisch Loket የመጀመሪያ የሕግ ምክር ይሰጣል።
    በቅርንጫፍ የሚሰጥ ምክር በነጻ ነው። ከመሄድዎ በፊት የቅርንጫፉን የሥራ ሰዓት ይመልከቱ።
phone-juridisch-loket-advice = የሕግ ምክር በስልክ። ይህ መስመር በደቂቃ ገንዘብ ያስከፍላል። ወደ ቅርንጫፎቹ በቀጥታ መደወል አይችሉም።

org-wereldhuis-amsterdam-about =
    Wereldhuis በ Amsterdam ሰነድ ለሌላቸው ሰዎች ነጻ የሕግ ምክር ይሰጣል፤ ሐሙስ ከሰዓት በኋላ፣ በቀጠሮ።

## Family

# Variables:
#   $tracing-months-min (Number), $tracing-months-max (Number) - how long a search usually takes, from data/facts.yaml
org-rode-kruis-about =
    ቀይ መስቀል (Rode Kruis) ግንኙነት ያጡባቸውን የቤተሰብ አባላት እንዲፈልጉ ይረዳዎታል።
    በነጻ ነው። ፍለጋ ብዙ ጊዜ ከ{ $tracing-months-min } እስከ { $tracing-months-max } ወር ይወስዳል።

## Violence and abuse

org-veilig-thuis-about =
    Veilig Thuis በቤት ውስጥ ጥቃት እና በልጆች ላይ በሚደርስ በደል ምክርና እርዳታ ይሰጣል።
    መደወል ወይም መጻፍ (chat) ይችላሉ። በነጻ ነው፤ ስምዎን ሳይገልጹ መቆየት ይችላሉ።
phone-veilig-thuis = በነጻ፣ ስምዎን ሳይገልጹ፣ ቀንና ሌሊት። በአቅራቢያዎ ያለውን ቢሮ ለማግኘት የከተማዎን ስም ይናገሩ።

# Variables:
#   $sexual-violence-best-within-days (Number) - from data/facts.yaml
org-centrum-seksueel-geweld-about =
    Centrum Seksueel Geweld ከአስገድዶ መድፈር ወይም ከወሲባዊ ጥቃት በኋላ ይረዳል፦ የሕክምና፣ የፎረንሲክ እና የሥነ ልቦና እርዳታ።
    በነጻ ነው፣ ቀንና ሌሊት። በተቻለ ፍጥነት ያግኟቸው፤ ቢቻል በ{ $sexual-violence-best-within-days ->
        [one] { $sexual-violence-best-within-days } ቀን
       *[other] { $sexual-violence-best-within-days } ቀናት
    } ውስጥ።
phone-centrum-seksueel-geweld = በነጻ፣ ቀንና ሌሊት። ከጥቃት በኋላ በተቻለ ፍጥነት ይደውሉ።

org-fier-about =
    Fier ጥገኛ ከሆኑበት ሰው ጥቃት የሚደርስባቸውን ሰዎች እና የሕገወጥ የሰው ዝውውር ተጠቂዎችን ይረዳል።
    ከ Fier ጋር ስምዎን ሳይገልጹ መጻፍ (chat) ይችላሉ።

org-slachtofferhulp-about =
    Slachtofferhulp Nederland የወንጀል፣ የአደጋና የጥፋት ተጠቂዎችን ይደግፋል።
    ስም ሳይገለጽ የሚደወልበት መስመርም አለው፤ Verbreek de stilte።
phone-slachtofferhulp-general = ለወንጀል፣ ለአደጋና ለጥፋት ተጠቂዎች። መደበኛ የአገር ውስጥ የስልክ ክፍያ። በችግር ጊዜ ከሥራ ሰዓት ውጭም።
phone-slachtofferhulp-verbreek-de-stilte = Verbreek de stilte፦ ስም ሳይገለጽ የሚደወልበት መስመር።

## Human trafficking

org-comensha-about =
    CoMensha ሕገወጥ የሰው ዝውውርን የሚከላከል ብሔራዊ ማዕከል ነው።
    ተጠቂዎች እና ስለ ሕገወጥ የሰው ዝውውር ጥያቄ ያለው ማንኛውም ሰው ወደ እርዳታ ዴስኩ መደወል ይችላሉ።
phone-comensha-helpdesk = ስለ ሕገወጥ የሰው ዝውውር ብሔራዊ የእርዳታ ዴስክ፤ ለተጠቂዎች እና ጥያቄ ላለው ማንኛውም ሰው።

org-arbeidsinspectie-about =
    የጉልበት ብዝበዛን ለኔዘርላንድ የሥራ ቁጥጥር (Nederlandse Arbeidsinspectie) ሪፖርት ማድረግ ይችላሉ።
    ለምሳሌ፣ አሠሪ እንዲሰሩ ሲያስገድድዎት ወይም ሰነዶችዎን ሲወስድ።
phone-arbeidsinspectie-report = የጉልበት ብዝበዛን ሪፖርት ያድርጉ።
phone-arbeidsinspectie-abroad = የጉልበት ብዝበዛን ሪፖርት ያድርጉ፣ ከውጭ አገር ሲደውሉ።

## Children

# Variables:
#   $minor-age (Number) - from data/facts.yaml
org-nidos-about =
    Nidos ያለ ወላጆቻቸው ወደ ኔዘርላንድ ለመጡ ከ{ $minor-age } ዓመት በታች ለሆኑ ልጆች አሳዳጊ (ሞግዚት) ነው።
    አሳዳጊዎ ይረዳዎታል፣ ጥቅምዎንም ይጠብቃል።
phone-nidos-head-office = የ Nidos ዋና ቢሮ በ Utrecht።

org-kindertelefoon-about =
    De Kindertelefoon ለልጆችና ለወጣቶች ነው።
    ስለ ማንኛውም ነገር መደወል ወይም መጻፍ (chat) ይችላሉ። በነጻ ነው፣ ስምዎም አይገለጽም።
phone-kindertelefoon = ለልጆችና ለወጣቶች። በነጻ፣ ስምዎን ሳይገልጹ።

## Education and work

# Variables:
#   $uaf-school-years (Number) - years of school UAF asks for, from data/facts.yaml
org-uaf-about =
    UAF በኮሌጅ ወይም በዩኒቨርሲቲ መማር የሚፈልጉ ስደተኞችንና ጥገኝነት ጠያቂዎችን ይረዳል፦ ለትምህርት በገንዘብ፣ በምክር እና ሥራ ለማግኘት በእርዳታ።
    { $uaf-school-years } ዓመት ትምህርት እና በቂ ደች፣ እንግሊዝኛ፣ ፈረንሳይኛ ወይም ጀርመንኛ ያስፈልግዎታል።

org-lowan-about =
    LOWAN በኔዘርላንድ አዲስ የሆኑ ልጆችን የሚያስተምሩ ትምህርት ቤቶችን ይደግፋል፤ ለምሳሌ ዓለም አቀፍ የሽግግር ክፍሎችን (ISK)።
    የእርዳታ መስመር አይደለም። ስለ ትምህርት ቤት ቦታ COA ወይም ትምህርት ቤትዎን ይጠይቁ።

## LGBTIQ+

org-lgbt-asylum-support-about =
    LGBT Asylum Support የ LGBTI ጥገኝነት ጠያቂዎችን የሚረዳ የኔዘርላንድ ድርጅት ነው።

org-secret-garden-about =
    Secret Garden በ Amsterdam ለስደተኛ ዳራ ላላቸው LGBT ሰዎች፣ ለጥገኝነት ጠያቂዎችም፣ ማኅበራዊ፣ የሕግ እና የሥነ ልቦና ድጋፍ ይሰጣል።
    እንዴት እንደሚያገኟቸው ድረ-ገጻቸው ላይ ይመልከቱ።

org-coc-cocktail-about =
    Cocktail፣ የ COC Haaglanden፣ ለ LGBTIQ+ ጥገኝነት ጠያቂዎች ነው።
    በ The Hague አካባቢ የጓደኛ (buddy) ፕሮጀክት እና መረጃ ያለው ድረ-ገጽ አለው።

## Going back

org-iom-about =
    IOM በፈቃዳቸው ወደ አገራቸው መመለስ የሚፈልጉ ሰዎችን ይረዳል፦ በጉዞ፣ በጉዞ ሰነዶች እና እዚያ እንደገና ለመጀመር በድጋፍ።
    የመመለስ አማካሪዎቹ ብዙ ቋንቋዎች ይናገራሉ፤ አስተርጓሚዎችም ይጠቀማሉ።
phone-iom-return = IOM፣ በፈቃደኝነት ስለ መመለስ ጥያቄዎች።

org-dtv-about =
    ማመልከቻዎ ውድቅ ከተደረገ በኋላ DT&V (የመመለስና የመውጣት አገልግሎት) ከኔዘርላንድ ስለመውጣት ያነጋግርዎታል።
    ለእነዚህ ውይይቶች አስተርጓሚ ይሰጥዎታል። DT&V ከ IOM እና ከ VluchtelingenWerk ጋር ይሰራል።

## Donations

org-stichting-vluchteling-about =
    Stichting Vluchteling በሌሎች አገሮች ላሉ ስደተኞች ለሰብዓዊ እርዳታ ልገሳ ይሰበስባል።
    በኔዘርላንድ ላሉ ጥገኝነት ጠያቂዎች እርዳታ ወይም አገልግሎት አይሰጥም።
phone-stichting-vluchteling-office = የ Stichting Vluchteling ቢሮ። ለጥገኝነት ጠያቂዎች የእርዳታ መስመር አይደለም።

## Names as readers see them: on the card and on buttons
# org-<id>-name: the organisation's name for a reader of this language. Keep the Dutch
# proper name where the organisation has no name in the language, and add once, in
# brackets, what it is when the name alone does not say it. Never double a name.
# Variables:
#   $emergency-number (String) - the emergency number, from data
org-emergency-services-name = የአደጋ ጊዜ ቁጥር { $emergency-number }
org-politie-name = Politie (ፖሊስ)
org-ministry-name = Ministerie van Asiel en Migratie (የጥገኝነትና የስደት ሚኒስቴር)
org-coa-name = COA
org-ind-name = IND
org-gza-name = GZA
org-vluchtelingenwerk-name = VluchtelingenWerk
org-refugeehelp-name = RefugeeHelp
org-unhcr-name = UNHCR
org-stichting-vluchteling-name = Stichting Vluchteling
org-iom-name = IOM
org-dtv-name = DT&V
org-raad-voor-rechtsbijstand-name = Raad voor Rechtsbijstand (የሕግ ድጋፍ ቦርድ)
org-juridisch-loket-name = Het Juridisch Loket
org-wereldhuis-amsterdam-name = Wereldhuis Amsterdam
org-rode-kruis-name = ቀይ መስቀል
org-veilig-thuis-name = Veilig Thuis
org-centrum-seksueel-geweld-name = Centrum Seksueel Geweld
org-fier-name = Fier
org-slachtofferhulp-name = Slachtofferhulp Nederland
org-comensha-name = CoMensha
org-arbeidsinspectie-name = Nederlandse Arbeidsinspectie (የሥራ ቁጥጥር)
org-nidos-name = Nidos
org-kindertelefoon-name = De Kindertelefoon
# Variables:
#   $suicide-short-number (String) - 113's short number, from data
org-113-zelfmoordpreventie-name = { $suicide-short-number } Zelfmoordpreventie
org-dokters-van-de-wereld-name = Dokters van de Wereld (የዓለም ሐኪሞች)
org-zanzu-name = Zanzu
org-uaf-name = UAF
org-lowan-name = LOWAN
org-lgbt-asylum-support-name = LGBT Asylum Support
org-secret-garden-name = Secret Garden
org-coc-cocktail-name = Cocktail (COC Haaglanden)

## Service categories — data/categories.yaml

# category-<id> is the button label (1-3 words).
# category-<id>-intro is shown above the list of organisations.

category-emergency = አስቸኳይ አደጋ
# Variables:
#   $phone (String) - the emergency number, from data/organisations.yaml (emergency-services/0); never translate or reformat
category-emergency-intro = አሁን አደጋ ላይ ነዎት? ወደ { $phone } ይደውሉ (ፖሊስ፣ አምቡላንስ፣ የእሳት አደጋ መከላከያ)። በነጻ ነው። ከማንኛውም ስልክ ይሰራል፣ በቀን 24 ሰዓት።
emergency-what-to-say =
    ሲደውሉ ይህን ይናገሩ፦
    - የት እንዳሉ፦ አድራሻውን ወይም የመቀበያ ማዕከልዎን ስም
    - ምን እንደተከሰተ
    - የተጎዳ ሰው ካለ
    እንግሊዝኛ የሚናገር ሰው መጠየቅ ይችላሉ።

category-legal = የሕግ እርዳታ
category-legal-intro =
    እያንዳንዱ ጥገኝነት ጠያቂ ነጻ ጠበቃ ያገኛል። የሕግ ድጋፍ ቦርድ (Raad voor Rechtsbijstand) በራሱ ጠበቃ ይመድብልዎታል።
    VluchtelingenWerk በሂደትዎ ወቅት በነጻ ይረዳዎታል።
    ለሌሎች የሕግ ጥያቄዎች Het Juridisch Loket ምክር ይሰጣል።

category-health = ጤና
category-health-intro =
    በመቀበያ ማዕከሉ ውስጥ GZA ሐኪምዎ ነው። ማንኛውንም የጤና ችግር ይንገሯቸው። አስተርጓሚዎች አሉ።
    ለአስቸኳይ የሕክምና ችግር በማንኛውም ጊዜ ወደ GZA መደወል ይችላሉ።
    ሕይወትዎን ስለማጥፋት ካሰቡ፣ ከአንድ ሰው ጋር መነጋገር ይችላሉ። በነጻ፣ ስምዎን ሳይገልጹ፣ ቀንና ሌሊት።

category-reception = መቀበያ (COA)
category-reception-intro =
    COA በሂደትዎ ወቅት የመኖሪያ ቦታ፣ ሳምንታዊ አበል፣ የጤና እንክብካቤ እና ለልጆችዎ ትምህርት ቤት ይሰጥዎታል።
    ጥያቄ ካለዎት፣ መጀመሪያ በማዕከልዎ ወዳለው የመረጃ ዴስክ ይሂዱ፣ ወይም MyCOA ላይ ይመልከቱ።

category-procedure = የጥገኝነት ሂደት
category-procedure-intro =
    IND በጥገኝነት ማመልከቻዎ ላይ ይወስናል።
    VluchtelingenWerk እና RefugeeHelp እያንዳንዱን የሂደቱን ደረጃ በብዙ ቋንቋዎች ያስረዳሉ።
    ጠበቃዎ የጊዜ ገደቦችዎን ሊነግርዎት ይችላል።

category-family = ቤተሰብ
category-family-intro =
    የመኖሪያ ፈቃድ አግኝተዋል፣ ቤተሰብዎ እንዲመጡ ይፈልጋሉ? ፈቃድ ካገኙ በኋላ በ3 ወር ውስጥ ለቤተሰብ ውህደት ያመልክቱ። ያኔ ደንቦቹ ቀላል ናቸው።
    VluchtelingenWerk በዚህ ሊረዳዎት ይችላል።
    ከቤተሰብዎ ጋር ግንኙነት ጠፍቷል? ቀይ መስቀል በነጻ ሊፈልጋቸው ይችላል።

category-sgbv = ጥቃትና በደል
category-sgbv-intro =
    የቤት ውስጥ ጥቃት፣ ወሲባዊ ጥቃት እና በደል በፍጹም ተቀባይነት የላቸውም። እርዳታ ማግኘት ይችላሉ፣ ስምዎን ሳይገልጹም።
    Veilig Thuis እና Centrum Seksueel Geweld በነጻ ናቸው፣ ቀንና ሌሊት ክፍት ናቸው።
    ከአስገድዶ መድፈር ወይም ከወሲባዊ ጥቃት በኋላ በተቻለ ፍጥነት እርዳታ ያግኙ፤ ቢቻል በ7 ቀን ውስጥ።
    አሁን አደጋ ላይ ነዎት? ወደ አደጋ ጊዜ ቁጥር ይደውሉ።

category-trafficking = ሕገወጥ የሰው ዝውውር
category-trafficking-intro =
    አንድ ሰው እንዲሰሩ ወይም ወሲብ እንዲፈጽሙ ያስገድድዎታል? ሰነዶችዎን ይወስዳል? እንዲሄዱ አይፈቅድልዎትም? ይህ ሕገወጥ የሰው ዝውውር ሊሆን ይችላል።
    ይህ ወንጀል ነው፣ እርዳታም ማግኘት ይችላሉ። ለ COA ሠራተኞችም መናገር ይችላሉ።
    አሁን አደጋ ላይ ነዎት? ወደ አደጋ ጊዜ ቁጥር ይደውሉ።

category-children = ልጆችና ታዳጊዎች
category-children-intro =
    ዕድሜዎ ከ18 በታች ነው፣ ያለ ወላጆችዎ መጥተዋል? Nidos የሚረዳዎት አሳዳጊ (ሞግዚት) ይሰጥዎታል።
    ልጆችና ወጣቶች ከ De Kindertelefoon ጋር ስለ ማንኛውም ነገር መነጋገር ይችላሉ፤ በነጻ እና ስማቸውን ሳይገልጹ።
    ቤት ውስጥ ስላለ ልጅ ይጨነቃሉ? Veilig Thuis ሊረዳ ይችላል።

category-lgbtiq = LGBTIQ+
category-lgbtiq-intro =
    LGBTIQ+ ስለሆኑ ከ COA እርዳታ መጠየቅ በጥገኝነት ሂደትዎ ላይ ተጽእኖ አያሳድርም።
    አንዳንድ የ COA ቦታዎች ለ LGBTIQ+ ነዋሪዎች የግንኙነት ሰው አላቸው።
    ከታች ያሉት ድርጅቶች ድጋፍ፣ መረጃ እና ጓደኛ (buddy) ይሰጣሉ።

category-work = ሥራ
category-work-intro =
    የጥገኝነት ማመልከቻዎ 6 ወር ከቆየ በኋላ መሥራት ይችላሉ።
    አሠሪዎ ለእርስዎ የሥራ ፈቃድ (TWV) ያስፈልገዋል።
    RefugeeHelp ደንቦቹን ያስረዳል። UAF ስደተኞችንና ጥገኝነት ጠያቂዎችን በትምህርትና በሥራ ይረዳል።

category-education = ትምህርት
category-education-intro =
    ከ5 እስከ 16 ዓመት ትምህርት ቤት መሄድ ግዴታ ነው። በጥገኝነት ሂደት ያሉ ልጆች በ3 ወር ውስጥ ትምህርት ይጀምራሉ።
    ከ12 ዓመት በታች ያሉ ልጆች በ azc አቅራቢያ ወይም ውስጥ ወዳለ አንደኛ ደረጃ ትምህርት ቤት ይሄዳሉ። ከ12 እስከ 18 ዓመት ወደ ዓለም አቀፍ የሽግግር ክፍል (ISK) ይሄዳሉ።
    UAF በኮሌጅ ወይም በዩኒቨርሲቲ ለመማር ይረዳል።

category-return = ወደ አገር መመለስ
category-return-intro =
    ወደ አገርዎ መመለስ ይፈልጋሉ? IOM በጉዞው እና እዚያ እንደገና ለመጀመር ሊረዳ ይችላል።
    ማመልከቻዎ ውድቅ ከተደረገ በኋላ DT&V ከኔዘርላንድ ስለመውጣት ያነጋግርዎታል።
    VluchtelingenWerk ስለ ወደፊትዎ እንዲያስቡ ሊረዳዎት ይችላል።

category-volunteer = በጎ ፈቃድና ልገሳ
category-volunteer-intro =
    መርዳት ይፈልጋሉ? VluchtelingenWerk እና COA ከበጎ ፈቃደኞች ጋር ይሰራሉ።
    Stichting Vluchteling በሌሎች አገሮች ላሉ ስደተኞች ልገሳ ይሰበስባል።

# Shown above the list of organisations of a category.
# Variables:
#   $count (Number) - how many organisations are listed
category-organisations-count =
    { $count ->
        [one] ይህ ድርጅት ሊረዳ ይችላል፦
       *[other] እነዚህ { $count } ድርጅቶች ሊረዱ ይችላሉ፦
    }

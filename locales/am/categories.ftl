## Service categories — data/categories.yaml

# category-<id> is the button label (1-3 words).
# category-<id>-intro is shown above the list of organisations.

category-emergency = የአደጋ ጊዜ
# Variables:
#   $emergency-number (String) - the emergency number, from data (facts.yaml -> organisations.yaml); never translate or reformat
category-emergency-intro = አሁን አደጋ ላይ ነዎት? ወደ { $emergency-number } ይደውሉ (ፖሊስ፣ አምቡላንስ፣ የእሳት አደጋ መከላከያ)። በነጻ ነው፤ ከማንኛውም ስልክ፣ ቀንና ሌሊት።
## Typed danger: the first line of the emergency screen, by the kind of danger
# Variables:
#   $emergency-number (String), $suicide-line (String), $veilig-thuis-line (String),
#   $sexual-violence-line (String), $trafficking-line (String) - phone numbers, from data
danger-fire = እሳት ወይም ጭስ አለ? ይውጡ፣ ከኋላዎ በሮቹን ይዝጉ፣ ወደ { $emergency-number } ይደውሉ።
danger-medical = አንድ ሰው ክፉኛ ተጎድቷል ወይም ታሟል? አሁኑኑ ወደ { $emergency-number } ይደውሉ፤ የት እንዳሉ ይናገሩ።
danger-suicide = በዚህ ብቻዎን አይደሉም። አሁን አደጋ ላይ ነዎት? ወደ { $emergency-number } ይደውሉ። ከሰው ጋር ለመነጋገር፦ { $suicide-line }።
danger-violence = አሁን አደጋ ላይ ነዎት? ወደ { $emergency-number } ይደውሉ። የቤት ውስጥ ጥቃት፦ { -org-veilig-thuis } { $veilig-thuis-line }።
danger-sexual-violence = አሁን አደጋ ላይ ነዎት? ወደ { $emergency-number } ይደውሉ። ከአስገድዶ መድፈር ወይም ከወሲባዊ ጥቃት በኋላ፦ { -org-centrum-seksueel-geweld } { $sexual-violence-line }።
danger-crime = ዛቻ ወይም ጥቃት ደርሶብዎታል? ወደ ደህና ቦታ ይሂዱ፤ ወደ { $emergency-number } ይደውሉ።
danger-child = ልጅ አደጋ ላይ ነው? ወደ { $emergency-number } ይደውሉ። ስለ አንድ ልጅ ከተጨነቁ፦ { -org-veilig-thuis } { $veilig-thuis-line }።
danger-trafficking = ታግተዋል ወይም ተገደዋል? በቻሉ ጊዜ ወደ { $emergency-number } ይደውሉ። { -org-comensha } የሕገወጥ የሰው ዝውውር ተጠቂዎችን ይረዳል፦ { $trafficking-line }።
emergency-what-to-say =
    የት እንዳሉ (አድራሻውን ወይም የማዕከልዎን ስም)፣ ምን እንደተከሰተ እና የተጎዳ ሰው መኖሩን ይናገሩ።
# Variables:
#   $suicide-line (String) - 113's free number, from data
#   $veilig-thuis-line (String) - Veilig Thuis, from data
#   $sexual-violence-line (String) - Centrum Seksueel Geweld, from data
emergency-not-now =
    በዚህ ደቂቃ አደጋ ላይ አይደሉም? እነዚህ መስመሮች በነጻ ናቸው፤ ቀንና ሌሊትም ክፍት ናቸው፦
    - ሕይወትዎን ስለማጥፋት እያሰቡ ከሆነ፦ { $suicide-line }። የሚያዳምጥዎት ሰው አለ፤ ስምዎን ሳይገልጹ መቆየት ይችላሉ።
    - የቤት ውስጥ ጥቃት፦ { $veilig-thuis-line } ({ -org-veilig-thuis })። ምክር ይሰጡዎታል፤ እርዳታም ሊልኩ ይችላሉ።
    - አስገድዶ መድፈር ወይም ወሲባዊ ጥቃት፦ { $sexual-violence-line } ({ -org-centrum-seksueel-geweld })። የሕክምና እና ሌላ እርዳታ።

category-legal = የሕግ እርዳታ
category-legal-intro =
    በመደበኛው የጥገኝነት ሂደት ቃለ መጠይቅዎን ከጠበቃ ጋር ያዘጋጃሉ። የሕግ ድጋፍ ቦርድ ({ -org-raad-voor-rechtsbijstand }) የጥገኝነት ጠበቆችን ይመድባል።
    { -org-vluchtelingenwerk } በሂደትዎ ወቅት በነጻ ይረዳዎታል።
    የጊዜ ገደብ ያለው ደብዳቤ ደርሶዎታል? በዚያው ቀን ጠበቃዎን ወይም { -org-vluchtelingenwerk } ያነጋግሩ።

category-health = ጤና
# Variables:
#   $emergency-number (String) - the emergency number, from data
#   $suicide-line (String) - 113's free number, from data
category-health-intro =
    ሕይወት አደጋ ላይ ነው? ወዲያውኑ ወደ { $emergency-number } ይደውሉ።
    በመቀበያ ማዕከሉ ውስጥ { -org-gza } ሐኪምዎ ነው። ለሕክምና ችግሮች በማንኛውም ጊዜ፣ ቀንና ሌሊት፣ ወደ { -org-gza } Praktijklijn ይደውሉ፤ ለሌሎች ጥያቄዎች በሥራ ሰዓት። አስተርጓሚዎች አሉ።
    ሕይወትዎን ስለማጥፋት እያሰቡ ነው? ወደ { $suicide-line } ይደውሉ፦ የሚያዳምጥዎት ሰው አለ፤ በነጻ፣ ስምዎን ሳይገልጹ፣ ቀንና ሌሊት።

category-reception = መቀበያ ({ -org-coa })
category-reception-intro =
    { -org-coa } በሂደትዎ ወቅት የመኖሪያ ቦታ፣ ሳምንታዊ አበል፣ የጤና እንክብካቤ እና ለልጆችዎ ትምህርት ቤት ይሰጥዎታል።
    ጥያቄ ካለዎት፣ መጀመሪያ በማዕከልዎ ወዳለው የመረጃ ዴስክ ይሂዱ፣ ወይም MyCOA ላይ ይመልከቱ።

category-procedure = የጥገኝነት ሂደት
category-procedure-intro =
    { -org-ind } በጥገኝነት ማመልከቻዎ ላይ ይወስናል።
    { -org-vluchtelingenwerk } እና { -org-refugeehelp } እያንዳንዱን የሂደቱን ደረጃ በብዙ ቋንቋዎች ያስረዳሉ።
    ጠበቃዎ የጊዜ ገደቦችዎን ሊነግርዎት ይችላል።

category-family = ቤተሰብ
# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
category-family-intro =
    የመኖሪያ ፈቃድ አለዎት፣ ቤተሰብዎ እንዲመጡ ይፈልጋሉ? ደንቦቹ በ{ $pact-start } ተቀይረዋል፦ የሚቆጠሩት የቤተሰብ አባላት ከበፊቱ ያነሱ ናቸው፣ ተጨማሪ መስፈርቶችም አሉ። በቶሎ { -org-vluchtelingenwerk } ይጠይቁ፤ በዚህ ይረዱዎታል።
    ከቤተሰብዎ ጋር ግንኙነት ጠፍቷል? { -org-rode-kruis } በነጻ ሊፈልጋቸው ይችላል።

category-sgbv = ጥቃትና በደል
# Variables:
#   $emergency-number (String) - the emergency number, from data
#   $sexual-violence-best-within-days (Number) - from data/facts.yaml
category-sgbv-intro =
    አሁን አደጋ ላይ ነዎት? ወደ { $emergency-number } ይደውሉ።
    የቤት ውስጥ ጥቃት፣ ወሲባዊ ጥቃት እና በደል በፍጹም ተቀባይነት የላቸውም። እርዳታ ማግኘት ይችላሉ፤ ስምዎን ሳይገልጹም መቆየት ይችላሉ።
    { -org-veilig-thuis } እና { -org-centrum-seksueel-geweld } በነጻ ናቸው፣ ቀንና ሌሊት ክፍት ናቸው።
    ከአስገድዶ መድፈር ወይም ከወሲባዊ ጥቃት በኋላ በተቻለ ፍጥነት እርዳታ ያግኙ፤ ቢቻል በ{ $sexual-violence-best-within-days ->
        [one] { $sexual-violence-best-within-days } ቀን
       *[other] { $sexual-violence-best-within-days } ቀናት
    } ውስጥ።

category-trafficking = ሕገወጥ የሰው ዝውውር
# Variables:
#   $emergency-number (String) - the emergency number, from data
category-trafficking-intro =
    አንድ ሰው እንዲሰሩ ወይም ወሲብ እንዲፈጽሙ ያስገድድዎታል? ሰነዶችዎን ይወስዳል? እንዲሄዱ አይፈቅድልዎትም? ይህ ሕገወጥ የሰው ዝውውር ሊሆን ይችላል።
    ይህ ወንጀል ነው፣ እርዳታም ማግኘት ይችላሉ። ለ { -org-coa } ሠራተኞችም መናገር ይችላሉ።
    አሁን አደጋ ላይ ነዎት? ወደ { $emergency-number } ይደውሉ።

category-children = ልጆችና ታዳጊዎች
# Variables:
#   $minor-age (Number) - under this age you are a child, from data/facts.yaml
category-children-intro =
    ዕድሜዎ ከ{ $minor-age } በታች ነው፣ ያለ ወላጆችዎ መጥተዋል? { -org-nidos } የሚረዳዎት አሳዳጊ (ሞግዚት) ይሰጥዎታል።
    ልጆችና ወጣቶች ከ { -org-kindertelefoon } ጋር ስለ ማንኛውም ነገር መነጋገር ይችላሉ፤ በነጻ እና ስማቸውን ሳይገልጹ።
    ቤት ውስጥ ስላለ ልጅ ይጨነቃሉ? { -org-veilig-thuis } ሊረዳ ይችላል።

category-lgbtiq = LGBTIQ+
category-lgbtiq-intro =
    LGBTIQ+ ስለሆኑ ከ { -org-coa } እርዳታ መጠየቅ በጥገኝነት ሂደትዎ ላይ ተጽእኖ አያሳድርም።
    አንዳንድ የ { -org-coa } ቦታዎች ለ LGBTIQ+ ነዋሪዎች የግንኙነት ሰው አላቸው።
    ከታች ያሉት ድርጅቶች ድጋፍ፣ መረጃ እና ጓደኛ (buddy) ይሰጣሉ።

category-work = ሥራ
# Variables:
#   $work-months (Number) - months an application had to be pending, from data/facts.yaml
category-work-intro =
    በቀድሞው ደንብ፣ የጥገኝነት ማመልከቻዎ ውሳኔ ሳያገኝ { $work-months ->
        [one] { $work-months } ወር
       *[other] { $work-months } ወራት
    } ከቆየ በኋላ መሥራት ይችሉ ነበር፤ አሠሪዎም የሥራ ፈቃድ (TWV) ያስፈልገው ነበር። ይህ ተቀይሮ እንደሆነ ገና አልተረጋገጠም።
    ከዩክሬን ለሸሹ ሰዎች ያለው ጊዜያዊ ጥበቃ ሌሎች ደንቦች አሉት። { -org-refugeehelp } ያስረዳቸዋል፤ { -org-uaf } ደግሞ በትምህርትና በሥራ ይረዳል።

category-education = ትምህርት
# Variables:
#   $school-age-from (Number), $school-age-to (Number) - ages of compulsory school, from data/facts.yaml
#   $school-start-months (Number) - months within which children start school
#   $secondary-school-age (Number) - from this age children go to a transition class
#   $minor-age (Number) - the age of adulthood
category-education-intro =
    ከ{ $school-age-from } እስከ { $school-age-to } ዓመት ዕድሜ ትምህርት ቤት መሄድ ግዴታ ነው። በጥገኝነት ሂደት ያሉ ልጆች በ{ $school-start-months ->
        [one] { $school-start-months } ወር
       *[other] { $school-start-months } ወራት
    } ውስጥ ትምህርት ይጀምራሉ።
    ከ{ $secondary-school-age } ዓመት በታች ያሉ ልጆች በ azc አቅራቢያ ወይም ውስጥ ወዳለ አንደኛ ደረጃ ትምህርት ቤት ይሄዳሉ። ከ{ $secondary-school-age } እስከ { $minor-age } ዓመት ወደ ዓለም አቀፍ የሽግግር ክፍል (ISK) ይሄዳሉ።
    { -org-uaf } በኮሌጅ ወይም በዩኒቨርሲቲ ለመማር ይረዳል።
    ፈቃድ ካገኙ፣ { -org-coa } ለውህደት (inburgering) የሚያዘጋጅዎ ፕሮግራም ያቀርባል፦ የደች ቋንቋ ትምህርት እና በኔዘርላንድ ያለው ሕይወት።

category-return = ወደ አገር መመለስ
category-return-intro =
    ወደ አገርዎ መመለስ ይፈልጋሉ? { -org-iom } በጉዞው እና እዚያ እንደገና ለመጀመር ሊረዳ ይችላል።
    ማመልከቻዎ ውድቅ ከተደረገ በኋላ { -org-dtv } ከኔዘርላንድ ስለመውጣት ያነጋግርዎታል።
    { -org-vluchtelingenwerk } ስለ ወደፊትዎ እንዲያስቡ ሊረዳዎት ይችላል።

category-volunteer = በጎ ፈቃድና ልገሳ
category-volunteer-intro =
    መርዳት ይፈልጋሉ? { -org-vluchtelingenwerk } ከበጎ ፈቃደኞች ጋር ይሰራል። የት መመዝገብ እንደሚችሉ በመረጃ ገጹ ላይ ይመልከቱ።
    ገንዘብ መስጠት ይፈልጋሉ? { -org-stichting-vluchteling } በሌሎች አገሮች ላሉ ስደተኞች ልገሳ ይሰበስባል። ድረ-ገጹን ይመልከቱ።

# Shown above the list of organisations of a category.
# Variables:
#   $count (Number) - how many organisations are listed
category-organisations-count =
    { $count ->
        [one] ይህ ድርጅት ሊረዳ ይችላል፦
       *[other] እነዚህ { $count } ድርጅቶች ሊረዱ ይችላሉ፦
    }

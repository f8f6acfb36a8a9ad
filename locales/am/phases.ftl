## Asylum phases — data/phases.yaml

## Phase: registration

phase-registration = ምዝገባ

# Variables:
#   $days (String) - how many days you stay in the col, e.g. "3-10", from data/phases.yaml
phase-registration-now =
    በ Ter Apel ወዳለው የማመልከቻ ማዕከል ይቀርባሉ። በአውሮፕላን ከመጡ፣ በ Schiphol ይቀርባሉ።
    ብዙ ጊዜ { $days } ቀን በማዕከላዊ መቀበያ (col) ይቆያሉ።
    እዚያ ከ GZA ጋር የሕክምና ምርመራ ያደርጋሉ፤ GGD ደግሞ የቲቢ (TB) ምርመራ ያደርግልዎታል።
    በምዝገባ ቃለ መጠይቁ ስለ ማንነትዎ፣ ዜግነትዎ፣ የጉዞ መንገድዎ እና ቤተሰብዎ ይጠየቃሉ። በዚህ ደረጃ ገና ጠበቃ የለዎትም።

phase-registration-coa =
    COA የመኝታ ቦታ፣ ምግብ እና የንጽሕና ዕቃዎች ይሰጥዎታል።
    COA ልዩ ትኩረት ወይም ጥበቃ የሚያስፈልገው ማን እንደሆነም ይመለከታል፤ ለምሳሌ በጤና ችግር ወይም በሰው ዝውውር ምልክቶች ምክንያት።
    ደህንነት ካልተሰማዎት ወይም ከታመሙ፣ ለ COA ሠራተኞች ይንገሩ።

phase-registration-help =
    በሂደቱ ወቅት GZA ሐኪምዎ ነው።
    ዕድሜዎ ከ18 በታች ከሆነ እና ያለ ወላጆችዎ ከመጡ፣ Nidos አሳዳጊ (ሞግዚት) ይሰጥዎታል።
    የሕግ ድጋፍ ቦርድ በማመልከቻ ማዕከሉ ውስጥ ቢሮ አለው፤ ነጻ ጠበቃም ያዘጋጅልዎታል።

phase-registration-next =
    ቀጥሎ የእረፍትና የዝግጅት ጊዜ ይመጣል። በ IND ቢሮ አቅራቢያ ወዳለ የሂደት መቀበያ ማዕከል (pol) ይዛወራሉ።
    ደህንነቷ እንደተጠበቀ ከምትቆጠር አገር ከመጡ፣ ሙሉ ሂደትዎ በ col ውስጥ እያሉ ሊካሄድ ይችላል።

## Phase: rest-and-preparation

phase-rest-and-preparation = እረፍትና ዝግጅት

# Variables:
#   $rest-days (String) - minimum length of the rest and preparation period, e.g. "6", from data/phases.yaml
phase-rest-and-preparation-now =
    በሂደት መቀበያ ማዕከል (pol) ቢያንስ { $rest-days } ቀን ይቆያሉ።
    ይህ ጊዜ ለእረፍትና የጥገኝነት ቃለ መጠይቆችዎን ለማዘጋጀት ነው።
    ጠበቃዎ ለዝግጅት ያገኝዎታል። VluchtelingenWerk ደግሞ ሂደቱ እንዴት እንደሚሰራ ያስረዳዎታል።

# Variables:
#   $allowance (String) - weekly living allowance, e.g. "€14.47", from data/phases.yaml
phase-rest-and-preparation-coa =
    COA የመኖሪያ ቦታ ይሰጥዎታል፤ ብዙ ጊዜ ራስዎ ምግብ እንዲያበስሉ የምግብ ገንዘብም ይሰጣል።
    ሳምንታዊ የኑሮ አበል { $allowance } ያገኛሉ (መጠኑ ሊቀየር ይችላል)።
    COA ወደ ጠበቃዎ ለመሄድ የሕዝብ ትራንስፖርት ይከፍላል።
    ፈቃድ የማግኘት ዕድልዎ ከፍተኛ ከሆነ፣ እዚህ የደች ቋንቋ ትምህርት መጀመር ይችላሉ።

phase-rest-and-preparation-help =
    ጠበቃዎ በነጻ ነው፤ የሕግ ድጋፍ ቦርድ ያዘጋጅልዎታል።
    VluchtelingenWerk ሂደቱን ያስረዳል፤ ለዝግጅትም ሊረዳዎት ይችላል።
    GZA የሕክምና እንክብካቤ ይሰጣል። ማንኛውንም የጤና ችግር ይንገሯቸው።
    ዕድሜዎ ከ18 በታች ከሆነ እና ያለ ወላጆችዎ ከመጡ፣ የ Nidos አሳዳጊዎ ይረዳዎታል።

phase-rest-and-preparation-next =
    ከእረፍትና ከዝግጅት ጊዜ በኋላ አጠቃላይ የጥገኝነት ሂደት ይጀምራል።
    IND ቃለ መጠይቅ ያደርግልዎታል፤ ከዚያ በማመልከቻዎ ላይ ይወስናል።

## Phase: general-procedure

phase-general-procedure = አጠቃላይ የጥገኝነት ሂደት

# Variables:
#   $decision-days (String) - working days for a decision in the general procedure, e.g. "6", from data/phases.yaml
#   $decision-days-max (String) - longest general procedure in days, e.g. "9", from data/phases.yaml
phase-general-procedure-now =
    IND ቃለ መጠይቅ ያደርግልዎታል። የመጀመሪያው ቃለ መጠይቅ ስለ ማንነትዎና ስለ ጉዞ መንገድዎ ነው።
    ሁለተኛው ዝርዝር ቃለ መጠይቅ ጥገኝነት ስለጠየቁበት ምክንያቶች ነው።
    IND ብዙ ጊዜ በ{ $decision-days } የሥራ ቀናት ውስጥ ይወስናል፤ አንዳንድ ጊዜ እስከ { $decision-days-max } ቀን።
    ይህ በቂ ካልሆነ፣ ማመልከቻዎ ወደ የተራዘመው ሂደት (VA) ይሄዳል።

phase-general-procedure-coa =
    በሂደት መቀበያ ማዕከል (pol) መኖርዎን ይቀጥላሉ።
    COA እንደበፊቱ ያንኑ ድጋፍ ይሰጥዎታል፦ መኖሪያ፣ የምግብ ገንዘብ፣ ሳምንታዊ አበልዎ እና በ GZA በኩል የጤና እንክብካቤ።

# Variables:
#   $reply-days (String) - days your lawyer has to answer an intention to reject in the general procedure, e.g. "1", from data/phases.yaml
phase-general-procedure-help =
    ጠበቃዎ ቃለ መጠይቆቹን ከእርስዎ ጋር ያዘጋጃል።
    IND ማመልከቻዎን ውድቅ ለማድረግ ካሰበ፣ መጀመሪያ የውድቅ ማድረግ ሐሳብ (intention to reject) ይልካል። በአጠቃላይ ሂደት ጠበቃዎ በጽሑፍ ለመመለስ { $reply-days } ቀን አለው።
    VluchtelingenWerk ደግሞ ይደግፍዎታል፤ አንዳንድ ጊዜ በጎ ፈቃደኛ ወደ ቃለ መጠይቅ አብሮዎት ሊመጣ ይችላል።

# Variables:
#   $work-months (String) - months an application must be pending before you may work, e.g. "6", from data/phases.yaml
phase-general-procedure-next =
    ቀጥሎ የ IND ውሳኔ ያገኛሉ፦ ፈቃድ ወይም ውድቅ።
    የተራዘመው ሂደት ረዘም ያለ ጊዜ ይወስዳል። ጠበቃዎ ወይም VluchtelingenWerk የጊዜ ገደብዎን ሊነግሩዎት ይችላሉ።
    ማመልከቻዎ { $work-months } ወር ከቆየ በኋላ መሥራት ይችላሉ። ያኔ አሠሪዎ ለእርስዎ የሥራ ፈቃድ ያስፈልገዋል።

## Phase: decision-granted

phase-decision-granted = ውሳኔ፦ ፈቃድ ተሰጥቷል

# Variables:
#   $permit-years (String) - validity of the asylum permit in years, e.g. "5", from data/phases.yaml
phase-decision-granted-now =
    IND የጥገኝነት የመኖሪያ ፈቃድ ሰጥቶዎታል።
    ፈቃዱ ለ{ $permit-years } ዓመት ያገለግላል፤ ካመለከቱበት ቀን ጀምሮ ይቆጠራል። ከዚያ በኋላ ለቋሚ ፈቃድ ማመልከት ይችላሉ።
    መሥራት ይችላሉ።

phase-decision-granted-coa =
    COA ለጊዜው መጠለያና ድጋፍ መስጠቱን ይቀጥላል።
    COA ለውህደት (inburgering) የሚያዘጋጅዎ ፕሮግራም አለው፦ ደች መማር እና ስለ ኔዘርላንድ ሕይወት ማወቅ።

phase-decision-granted-help =
    VluchtelingenWerk በቤተሰብ ውህደት እና እዚህ ሕይወትዎን በመጀመር ይረዳዎታል።
    ከቤተሰብ አባላትዎ ጋር ግንኙነት ከጠፋ፣ ቀይ መስቀል እንዲፈልጓቸው ሊረዳዎት ይችላል።

# Variables:
#   $reunification-months (String) - months after the permit to apply for family reunification, e.g. "3", from data/phases.yaml
phase-decision-granted-next =
    ቀጥሎ ውህደት (inburgering) ይመጣል።
    የቤተሰብ አባላትዎ እንዲመጡ ከፈለጉ፣ ፈቃድ ካገኙ በኋላ በ{ $reunification-months } ወር ውስጥ ያመልክቱ። ያኔ ደንቦቹ ቀላል ናቸው፤ ለምሳሌ የገቢ መስፈርት የለም።
    በጊዜ ከ VluchtelingenWerk እርዳታ ይጠይቁ።

## Phase: decision-rejected

phase-decision-rejected = ውሳኔ፦ ውድቅ ተደርጓል

# Variables:
#   $appeal-weeks-short (String) - short appeal deadline in weeks, e.g. "1", from data/phases.yaml
#   $appeal-weeks (String) - normal appeal deadline in weeks, e.g. "4", from data/phases.yaml
phase-decision-rejected-now =
    IND ማመልከቻዎን ውድቅ አድርጓል። ለፍርድ ቤት ይግባኝ ማለት ይችላሉ።
    የጊዜ ገደቡ አጭር ነው። ውሳኔው በአጠቃላይ ሂደት ከሆነ፣ ወይም ማመልከቻዎ በግልጽ መሠረት የሌለው ወይም ተቀባይነት የሌለው ነው የሚል ከሆነ፣ { $appeal-weeks-short } ሳምንት ብቻ አለዎት። በሌሎች ሁኔታዎች { $appeal-weeks } ሳምንት አለዎት።
    ዛሬውኑ ጠበቃዎን ያነጋግሩ። ይግባኝ ምንም አያስከፍልዎትም።

phase-decision-rejected-coa =
    COA ለጊዜው መጠለያ መስጠቱን ይቀጥላል።
    COA ማመልከቻቸው ውድቅ ለተደረገ አዋቂዎች ስለ ወደፊታቸው ሥልጠና ይሰጣል።

phase-decision-rejected-help =
    ጠበቃዎ በእርስዎ ስም ይግባኝ ማለት ይችላል።
    DT&V ከአስተርጓሚ ጋር ስለ መውጣት ያነጋግርዎታል።
    ለመመለስ ከመረጡ፣ IOM በፈቃድ ለመመለስ ሊደግፍዎት ይችላል።
    VluchtelingenWerk ደግሞ ሊመክርዎት ይችላል።

phase-decision-rejected-next =
    ይግባኝዎ በሂደት ላይ እያለ፣ ብዙ ጊዜ በኔዘርላንድ መቆየት ይችላሉ። ልዩ ሁኔታዎች አሉ፤ አንዱ እርስዎን የሚመለከት ከሆነ ጠበቃዎ ያውቃል፣ እንዲቆዩም ፍርድ ቤቱን ሊጠይቅ ይችላል።
    ለ Council of State (Raad van State) የሚቀርብ ተጨማሪ ይግባኝ በሂደት ላይ እያለ እንዲቆዩ አያስችልዎትም።

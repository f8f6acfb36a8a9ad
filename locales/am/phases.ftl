## Asylum phases — data/phases.yaml
# Numbers come from data/facts.yaml as variables; never type a number here.
# Words printed on IND letters (beschikking, voornemen, zienswijze) stay in Dutch,
# so people can recognise them on their papers.

# Variables:
#   $checked (String) - the day these facts were last compared with their sources, written out
phase-checked = ለመጨረሻ ጊዜ የተረጋገጠው፦ { $checked }። ደንቦች ሊቀየሩ ይችላሉ፤ ጠበቃዎ ጉዳይዎን ያውቃል።

## Since 12 June 2026: arrival and the first checks

phase-registration = መድረስና የመጀመሪያ ምርመራዎች
phase-registration-now =
    በ Ter Apel ወዳለው የማመልከቻ ማዕከል ይቀርባሉ። ከ Schengen ክልል ውጭ በአውሮፕላን ወይም በመርከብ ከመጡ፣ በ Schiphol ይቀርባሉ።
    { -org-ind } ማንነትዎን ያጣራል፤ የደህንነት ምርመራዎችንና የሕክምና ምርመራ ያደርጋል። ተጨማሪ እንክብካቤ ያስፈልግዎት እንደሆነም ይመለከታል።
# Variables:
#   $minor-age (Number) - under this age you are a child, from data/facts.yaml
phase-registration-help =
    የራስዎን መረጃ በኦንላይን ፖርታል ላይ ራስዎ ያስገባሉ። ካስፈለገ የ { -org-ind } ሠራተኞች ይረዱዎታል።
    ዕድሜዎ ከ{ $minor-age } በታች ነው፣ እዚህም ያለ ወላጆችዎ ነዎት? { -org-nidos } አሳዳጊ (ሞግዚት) ይሰጥዎታል።
# Variables:
#   $screening-days-inland (Number) - longest first checks inside the country, from data/facts.yaml
phase-registration-next =
    እነዚህ ምርመራዎች ቢበዛ { $screening-days-inland ->
        [one] { $screening-days-inland } ቀን
       *[other] { $screening-days-inland } ቀናት
    } ይወስዳሉ። ከዚያ { -org-ind } ሂደትዎን ይመርጣል።

## Since 12 June 2026: the procedures

phase-pact-standard = መደበኛ ሂደት
phase-pact-standard-now =
    { -org-ind } ጥበቃ ያስፈልግዎት እንደሆነ ይመረምራል። መጀመሪያ ማብራሪያ ይሰጥዎታል።
    ከዚያ ቃለ መጠይቅ ይደረግልዎታል። በዚያ ጥገኝነት ለምን እንደሚጠይቁ ያስረዳሉ።
phase-pact-standard-help =
    ቃለ መጠይቁን ከጠበቃዎ ጋር ያዘጋጃሉ።
    ከጠየቁ ነጻ የሕግ ምክር የማግኘት መብትም አለዎት። የት እንደሚያገኙት { -org-vluchtelingenwerk } ሊነግርዎት ይችላል።
# Variables:
#   $decision-months-standard (Number) - months the IND has to decide, from data/facts.yaml
phase-pact-standard-next =
    { -org-ind } በ{ $decision-months-standard ->
        [one] { $decision-months-standard } ወር
       *[other] { $decision-months-standard } ወራት
    } ውስጥ መወሰን አለበት። ከዚያ ውሳኔውን በደብዳቤ ያገኛሉ።

phase-pact-accelerated = የተፋጠነ ሂደት
phase-pact-accelerated-now =
    ይህ ሂደት አጠር ያለ ነው። ብዙ ጊዜ ከ { -org-ind } ጋርም ቃለ መጠይቅ ይኖርዎታል፤ በዚያ ምክንያቶችዎን ያስረዳሉ።
phase-pact-accelerated-help =
    ለዝግጅት እንዲረዳዎት { -org-vluchtelingenwerk } ይጠይቁ። በዚህ ሂደት ጠበቃ ያገኙ እንደሆነ ገና አልተረጋገጠም።
# Variables:
#   $decision-months-accelerated (Number) - months the IND has to decide, from data/facts.yaml
phase-pact-accelerated-next =
    { -org-ind } በ{ $decision-months-accelerated ->
        [one] { $decision-months-accelerated } ወር
       *[other] { $decision-months-accelerated } ወራት
    } ውስጥ መወሰን አለበት። ከዚያ ውሳኔውን በደብዳቤ ያገኛሉ።

phase-pact-responsibility = ሌላ የ EU አገር ኃላፊ ሊሆን ይችላል
phase-pact-responsibility-now =
    { -org-ind } ማመልከቻዎን ሌላ የ EU አገር መመልከት ይኖርበት እንደሆነ ያጣራል፤ ለምሳሌ ከዚህ በፊት እዚያ ስለነበሩ ወይም እዚያ ቤተሰብ ስላለዎት። እነዚህ ደንቦች የ Dublin ደንቦችን ይተካሉ።
    ሌላ አገር ኃላፊ ከሆነ፣ ወደዚያ ሊላኩ ይችላሉ።
phase-pact-responsibility-help =
    ወደ ሌላ አገር እንዲላኩ የሚለውን ውሳኔ መቃወም ይችላሉ። የጊዜ ገደቡ በደብዳቤው ላይ ተጽፏል፤ በጣም አጭርም ሊሆን ይችላል። በዚያው ቀን ጠበቃዎን ወይም { -org-vluchtelingenwerk } ያነጋግሩ።
phase-pact-responsibility-next =
    ኔዘርላንድ ማመልከቻዎን የምትመለከት ከሆነ፣ ከዚያ { -org-ind } ይመረምረዋል።

phase-pact-admissibility = የተቀባይነት ሂደት
phase-pact-admissibility-now =
    በዚህ ሂደት { -org-ind } መጀመሪያ ማመልከቻዎን በኔዘርላንድ ጨርሶ ይመረምረው እንደሆነ ይወስናል።
phase-pact-admissibility-help =
    ይህ ለእርስዎ ምን ማለት እንደሆነ ጠበቃዎን ወይም { -org-vluchtelingenwerk } ይጠይቁ።
phase-pact-admissibility-next =
    { -org-ind } ውሳኔውን በደብዳቤ ይልክልዎታል።

phase-pact-border = የድንበር ሂደት (Schiphol)
# Variables:
#   $screening-days-border (Number) - longest checks at the border, from data/facts.yaml
phase-pact-border-now =
    ከ Schengen ክልል ውጭ በአውሮፕላን ወይም በመርከብ መጥተዋል? እንግዲያውስ Royal Marechaussee ድንበሩ ላይ ያጣራዎታል፤ ቢበዛ ለ{ $screening-days-border ->
        [one] { $screening-days-border } ቀን
       *[other] { $screening-days-border } ቀናት
    }።
    ከዚያ { -org-ind } ማመልከቻዎን በድንበር ሂደት ሊመለከተው ይችላል። ይህ ሂደት ጥበቃ የማግኘት ዕድላቸው አነስተኛ ለሆኑ ሰዎች፣ ወይም ለሕዝብ ጸጥታ ስጋት ተደርገው ለሚታዩ ሰዎች ነው።
phase-pact-border-help =
    በዝግ ማዕከል ውስጥ እንዲቆዩ ሊገደዱ ይችላሉ። ጠበቃ ይጠይቁ፤ ከ { -org-vluchtelingenwerk } ጋርም ይገናኙ።
# Variables:
#   $border-procedure-weeks (Number) - longest border procedure, from data/facts.yaml
phase-pact-border-next =
    የድንበር ሂደቱ በ{ $border-procedure-weeks ->
        [one] { $border-procedure-weeks } ሳምንት
       *[other] { $border-procedure-weeks } ሳምንታት
    } ውስጥ ማለቅ አለበት።

## Since 12 June 2026: the decision and after it

phase-pact-decision = ውሳኔው
phase-pact-decision-now =
    { -org-ind } ውሳኔውን በደብዳቤ ይልካል። በደች "beschikking" ይባላል። ከጠበቃዎ ወይም ከ { -org-vluchtelingenwerk } ጋር ያንብቡት።
# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
phase-pact-decision-help =
    የይግባኝ ደንቦች በ{ $pact-start } ተቀይረዋል። ይግባኝ ለማለት ያለው የጊዜ ገደብ በደብዳቤው ላይ ተጽፏል፤ በጣም አጭርም ሊሆን ይችላል።
    በዚያው ቀን ጠበቃዎን ወይም { -org-vluchtelingenwerk } ያነጋግሩ።
phase-pact-decision-next =
    { -org-ind } ምን ወሰነ?

phase-pact-granted = ፈቃድ ተሰጥቷል
# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
phase-pact-granted-now =
    { -org-ind } የጥገኝነት የመኖሪያ ፈቃድ ሰጥቶዎታል። ለምን ያህል ጊዜ እንደሚያገለግል በላዩ ላይ ተጽፏል።
    ከ{ $pact-start } ጀምሮ ሁለት ዓይነት የጥገኝነት ፈቃዶች አሉ፤ ቤተሰብዎን የማምጣት ደንቦችም ተቀይረዋል።
phase-pact-granted-help =
    { -org-vluchtelingenwerk } በቤተሰብ ውህደት እና እዚህ ሕይወትዎን በመጀመር ይረዳዎታል። በቶሎ ይጠይቋቸው።
phase-pact-granted-next =
    { -org-coa } ለውህደት (inburgering) የሚያዘጋጅዎ ፕሮግራም ያቀርባል፦ የደች ቋንቋ ትምህርት እና በኔዘርላንድ ያለው ሕይወት።

phase-pact-rejected = ማመልከቻው ውድቅ ተደርጓል
phase-pact-rejected-now =
    { -org-ind } ማመልከቻዎን ውድቅ አድርጓል። ውድቅ የማድረጉ ውሳኔ ለቀው መውጣት እንዳለብዎም ይገልጻል (የመመለሻ ውሳኔ)። በሁለቱም ላይ በአንድ ላይ ለፍርድ ቤት ይግባኝ ማለት ይችላሉ።
phase-pact-rejected-help =
    የጊዜ ገደቡ በደብዳቤው ላይ ተጽፏል፤ በጣም አጭርም ሊሆን ይችላል። ዛሬውኑ ጠበቃዎን ወይም { -org-vluchtelingenwerk } ያነጋግሩ።
    ይግባኙ በሂደት ላይ እያለ በኔዘርላንድ መቆየት ይችሉ እንደሆነ ጠበቃዎን ይጠይቁ።
phase-pact-rejected-next =
    ውድቅ ከተደረገ በኋላ በመቀበያ ማዕከል ለምን ያህል ጊዜ መቆየት እንደሚችሉ በአዲሶቹ ደንቦች ገና አልተረጋገጠም። { -org-coa } እና ጠበቃዎን ይጠይቁ።
    { -org-dtv } ስለ መውጣት ያነጋግርዎታል። ለመመለስ ከመረጡ { -org-iom } ሊረዳዎት ይችላል።

phase-new-application = አዲስ ማመልከቻ
# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
phase-new-application-now =
    ማመልከቻዎ በመጨረሻ ውድቅ ተደርጓል፣ ከዚያ ወዲህም አንድ አስፈላጊ ነገር ተቀይሯል? እንግዲያውስ እንደገና ማመልከት ይችሉ ይሆናል።
    ለዚህ የሚሠሩት ደንቦች በ{ $pact-start } ተቀይረዋል።
phase-new-application-help =
    እንደገና ከማመልከትዎ በፊት ከጠበቃ ወይም ከ { -org-vluchtelingenwerk } ጋር ይነጋገሩ።

## Applications made before 12 June 2026: the steps as they were

# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
phase-old-rules-note = እነዚህ ከ{ $pact-start } በፊት ለቀረቡ ማመልከቻዎች የነበሩት ደረጃዎች ናቸው። አሁን በጉዳይዎ ላይ የትኞቹ ደንቦች እንደሚሠሩ አልተረጋገጠም።

phase-rest-and-preparation = እረፍትና ዝግጅት
# Variables:
#   $rest-days (Number) - shortest rest and preparation period, from data/facts.yaml
phase-rest-and-preparation-now =
    በሂደት መቀበያ ማዕከል (pol) ቢያንስ { $rest-days ->
        [one] { $rest-days } ቀን
       *[other] { $rest-days } ቀናት
    } ይቆያሉ። ይህ ጊዜ ለእረፍትና ቃለ መጠይቅዎን ከጠበቃዎ ጋር ለማዘጋጀት ነው።
# Variables:
#   $weekly-allowance (String) - weekly living allowance, written out, from data/facts.yaml
phase-rest-and-preparation-help =
    { -org-coa } የመኖሪያ ቦታ፣ ብዙ ጊዜ የምግብ ገንዘብ፣ እና ለኑሮ በሳምንት { $weekly-allowance } ይሰጥዎታል (መጠኑ ሊቀየር ይችላል)።
    { -org-vluchtelingenwerk } ሂደቱን ያስረዳል። { -org-gza } የሕክምና እንክብካቤ ይሰጣል።
phase-rest-and-preparation-next =
    ከዚህ ጊዜ በኋላ አጠቃላይ የጥገኝነት ሂደት ይጀምራል።

phase-general-procedure = አጠቃላይ የጥገኝነት ሂደት
phase-general-procedure-now =
    { -org-ind } ጥገኝነት ስለጠየቁበት ምክንያቶች ዝርዝር ቃለ መጠይቅ ያደርጋል። ጠበቃዎ ከእርስዎ ጋር ያዘጋጀዋል።
phase-general-procedure-help =
    { -org-ind } ማመልከቻዎን ውድቅ ለማድረግ ካቀደ፣ መጀመሪያ ውድቅ የማድረግ ቅድመ ውሳኔ ይልካል (በደች፦ "voornemen")። ጠበቃዎ በጽሑፍ ምላሽ ይሰጣል ("zienswijze")። ለዚህ ያለው ጊዜ አጭር ነው።
# Variables:
#   $old-cases-resumed (String) - the day the IND started again with older applications, from data/facts.yaml
phase-general-procedure-next =
    ከዚያ { -org-ind } ይወስናል፤ ደብዳቤም ("beschikking") ይልካል። { -org-ind } በእነዚህ የቆዩ ማመልከቻዎች ላይ በ{ $old-cases-resumed } እንደገና መሥራት ጀመረ፤ ስለዚህ ብዙ ሰዎች ለረጅም ጊዜ ይጠብቃሉ።

phase-decision-granted = ውሳኔ፦ ፈቃድ ተሰጥቷል
phase-decision-granted-now =
    { -org-ind } የጥገኝነት የመኖሪያ ፈቃድ ሰጥቶዎታል። ለምን ያህል ጊዜ እንደሚያገለግል በላዩ ላይ ተጽፏል።
# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
phase-decision-granted-help =
    ቤተሰብዎን የማምጣት ደንቦች በ{ $pact-start } ተቀይረዋል፤ ቀደም ብለው ለቀረቡ ማመልከቻዎችም ጭምር። በቶሎ { -org-vluchtelingenwerk } ይጠይቁ።
    ግንኙነት ያጡባቸውን የቤተሰብ አባላት { -org-rode-kruis } ሊፈልግልዎ ይችላል።
phase-decision-granted-next =
    { -org-coa } ለውህደት (inburgering) የሚያዘጋጅዎ ፕሮግራም ያቀርባል፦ የደች ቋንቋ ትምህርት እና በኔዘርላንድ ያለው ሕይወት።

phase-decision-rejected = ውሳኔ፦ ውድቅ ተደርጓል
phase-decision-rejected-now =
    { -org-ind } ማመልከቻዎን ውድቅ አድርጓል። ለፍርድ ቤት ይግባኝ ማለት ይችላሉ። የጊዜ ገደቡ በደብዳቤው ("beschikking") ላይ ተጽፏል፤ በጣም አጭርም ሊሆን ይችላል።
phase-decision-rejected-help =
    ዛሬውኑ ጠበቃዎን ወይም { -org-vluchtelingenwerk } ያነጋግሩ። ይግባኙ በሂደት ላይ እያለ በኔዘርላንድ መቆየት ይችሉ እንደሆነ ጠበቃዎን ይጠይቁ።
phase-decision-rejected-next =
    ውድቅ ከተደረገ በኋላ በመቀበያ ማዕከል ለምን ያህል ጊዜ መቆየት እንደሚችሉ አልተረጋገጠም። { -org-coa } እና ጠበቃዎን ይጠይቁ።
    { -org-dtv } ከአስተርጓሚ ጋር ስለ መውጣት ያነጋግርዎታል። ለመመለስ ከመረጡ { -org-iom } ሊረዳዎት ይችላል።

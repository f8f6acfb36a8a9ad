## Flows — flows/procedure.yaml and flows/topics.yaml

procedure-intro = በጥገኝነት ሂደቱ የት እንዳሉ እንወቅ።
# Variables:
#   $pact-start (String) - the day the new procedure started, from data/facts.yaml
procedure-q-applied = ሂደቱ በ{ $pact-start } ተቀይሯል። ጥገኝነት የጠየቁት መቼ ነው?
# Variables:
#   $pact-start (String) - the day the new procedure started
procedure-a-applied-before = ከ{ $pact-start } በፊት
# Variables:
#   $pact-start (String) - the day the new procedure started
procedure-a-applied-since = በ{ $pact-start } ወይም ከዚያ በኋላ
procedure-a-not-applied = ገና ነው፣ አሁን ገና መጣሁ
procedure-a-applied-unknown = አላውቅም
procedure-a-ukraine = ከዩክሬን ጦርነት ሸሽቻለሁ
procedure-date-unknown =
    ከ { -org-ind } የደረሱዎትን ወረቀቶች ይመልከቱ። ያመለከቱበት ቀን በእነሱ ላይ ተጽፏል።
    እርግጠኛ አይደሉም? ጠበቃዎ፣ { -org-vluchtelingenwerk } ወይም የ { -org-coa } ሠራተኞች አብረውዎት እንዲያዩ ይጠይቁ።

temporary-protection-title = ከዩክሬን የሸሹ ሰዎች
# Variables:
#   $temporary-protection-until (String) - last day of temporary protection, from data/facts.yaml
#   $third-country-protection-ended (String) - the day it ended for non-Ukrainians, from data/facts.yaml
temporary-protection-intro =
    ዩክሬናዊ ነዎት፣ ከጦርነቱም ሸሽተዋል? እንግዲያውስ ያለዎት ጊዜያዊ ጥበቃ ነው እንጂ ጥገኝነት አይደለም። ጥበቃው እስከ { $temporary-protection-until } ድረስ፣ ያንን ቀን ጨምሮ፣ ይቆያል። የሚመዘገቡት በሚኖሩበት ማዘጋጃ ቤት ነው እንጂ በ Ter Apel አይደለም።
    ዩክሬናዊ ሳይሆኑ በዩክሬን ይኖሩ ነበር? ለእርስዎ ጊዜያዊ ጥበቃው በ{ $third-country-protection-ended } አብቅቷል። ጥገኝነት መጠየቅ ይችላሉ።
    { -org-refugeehelp } በዩክሬንኛ እና በሩሲያኛ መረጃ አለው።

procedure-new-intro = ከዚያ ቀን ጀምሮ { -org-ind } መጀመሪያ እያንዳንዱን አዲስ አመልካች ይመረምራል። ከዚያ ሂደት ይመርጣል።
procedure-new-q-stage = አሁን የት ነዎት?
procedure-new-a-checks = በመጀመሪያ ምርመራዎቹ ላይ
procedure-new-a-waiting = ቃለ መጠይቅ ወይም ውሳኔ እየጠበቅሁ
procedure-new-a-border = ድንበር ላይ፣ በ Schiphol
procedure-new-a-decision = ውሳኔ ደርሶኛል
procedure-a-choose-phase = ደረጃውን ራሴ እመርጣለሁ

pact-routes-title = የትኛው ሂደት?
pact-routes-button = ሂደቶቹ
pact-routes-intro =
    ከመጀመሪያ ምርመራዎቹ በኋላ { -org-ind } ሂደትዎን ይመርጣል። ማንነትዎን፣ ከየት እንደመጡ፣ ሰነዶችዎንና የጉዞ መንገድዎን፣ በአውሮፓ ያለ ቤተሰብዎን፣ ምክንያቶችዎንና ጤናዎን ይመለከታል።
    የትኛው ሂደት የእርስዎ እንደሆነ አያውቁም? ጠበቃዎን ወይም { -org-vluchtelingenwerk } ይጠይቁ።
pact-phases-menu-intro = ከዚያ ቀን ወዲህ ያሉት የሂደቱ ደረጃዎች። ምን እንደሚሆን ለማየት አንዱን ይምረጡ።

# Variables:
#   $pact-start (String) - the day the new procedure started
#   $old-cases-resumed (String) - the day the IND started again with older applications
procedure-old-note = { -org-ind } ከ{ $pact-start } በፊት በቀረቡ ማመልከቻዎች ላይ በ{ $old-cases-resumed } እንደገና መሥራት ጀምሯል። አሁን የትኞቹ ደንቦች እንደሚመለከቷቸው አልተረጋገጠም። ከታች ደረጃዎቹ ቀድሞ እንደነበሩት ቀርበዋል። ምን እንደሚመለከትዎ ጠበቃዎ ወይም { -org-vluchtelingenwerk } ያውቃሉ።
procedure-q-interview = ከ { -org-ind } (የኢሚግሬሽን መሥሪያ ቤት) ጋር ስለ ጥገኝነት ምክንያቶችዎ ዝርዝር ቃለ መጠይቅ አድርገዋል?
procedure-a-interview-no = አይ፣ ገና ነው
procedure-a-interview-yes = አዎ
procedure-q-decision = የ { -org-ind } ውሳኔ ደርሶዎታል?
procedure-a-decision-waiting = አይ፣ እየጠበቅሁ ነው
procedure-a-decision-granted = ፈቃድ አግኝቻለሁ
procedure-a-decision-rejected = ውድቅ ተደርጓል
phases-menu-intro = ከለውጡ በፊት ለቀረቡ ማመልከቻዎች የነበሩት ደረጃዎች። በእያንዳንዱ ምን ይከናወን እንደነበር ለማየት አንዱን ይምረጡ።

topics-menu-intro = አንድ ርዕስ ይምረጡ። የትኞቹ ድርጅቶች ሊረዱ እንደሚችሉ ያያሉ።
organisations-menu-intro = እነዚህ ዋና ዋና ድርጅቶች ናቸው። ምን እንደሚሰሩ እና እንዴት እንደሚያገኟቸው ለማየት አንዱን ይምረጡ።
organisations-by-topic = ተጨማሪ ድርጅቶች በርዕስ
topics-more-button = ተጨማሪ ርዕሶች ▶
topics-more-intro = ተጨማሪ ርዕሶች። የትኞቹ ድርጅቶች ሊረዱ እንደሚችሉ ለማየት አንዱን ይምረጡ።
organisations-more-button = ተጨማሪ ድርጅቶች ▶
organisations-more-intro = ተጨማሪ ድርጅቶች። ምን እንደሚሰሩ እና እንዴት እንደሚያገኟቸው ለማየት አንዱን ይምረጡ።

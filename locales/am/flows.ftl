## Flows — flows/procedure.yaml and flows/topics.yaml

procedure-intro = በጥገኝነት ሂደቱ የት እንዳሉ እንወቅ። እስከ ሦስት ጥያቄዎች እጠይቅዎታለሁ።
procedure-q-registered = የጥገኝነት ማመልከቻዎን አስመዝግበዋል (በ Ter Apel ወይም በ Schiphol)?
procedure-a-registered-no = አይ፣ አሁን ገና መጣሁ
procedure-a-registered-yes = አዎ፣ ተመዝግቤያለሁ
procedure-a-choose-phase = ደረጃውን ራሴ እመርጣለሁ
procedure-a-ukraine = ከዩክሬን ጦርነት ሸሽቻለሁ
temporary-protection-intro =
    ከዩክሬን ጦርነት የሸሹ ሰዎች ጊዜያዊ ጥበቃ ያገኛሉ፣ ጥገኝነት አይደለም።
    እዚህ ከተገለጸው የጥገኝነት ሂደት የተለዩ ደንቦች ይመለከቱዎታል።
    RefugeeHelp በዩክሬንኛ እና በሩሲያኛ መረጃ አለው፤ ስለ ሥራ እና ትምህርትም ጭምር።
procedure-q-interview = ከ IND (የኢሚግሬሽን መሥሪያ ቤት) ጋር ስለ ጥገኝነት ምክንያቶችዎ ቃለ መጠይቅ አድርገዋል?
procedure-a-interview-no = አይ፣ ገና ነው
procedure-a-interview-yes = አዎ
procedure-a-not-sure = እርግጠኛ አይደለሁም
procedure-q-decision = የ IND ውሳኔ ደርሶዎታል?
procedure-a-decision-waiting = አይ፣ እየጠበቅሁ ነው
procedure-a-decision-granted = አዎ፣ ፈቃድ አግኝቻለሁ
procedure-a-decision-rejected = አዎ፣ ውድቅ ተደርጓል
phases-menu-intro = የጥገኝነት ሂደቱ እነዚህ ደረጃዎች አሉት። ምን እንደሚሆን ለማየት አንዱን ይምረጡ።
decision-choose-intro = IND ምን ወሰነ?

topics-menu-intro = አንድ ርዕስ ይምረጡ። የትኞቹ ድርጅቶች ሊረዱ እንደሚችሉ ያያሉ።
organisations-menu-intro = እነዚህ ዋና ዋና ድርጅቶች ናቸው። ምን እንደሚሰሩ እና እንዴት እንደሚያገኟቸው ለማየት አንዱን ይምረጡ።
organisations-by-topic = ተጨማሪ ድርጅቶች በርዕስ

## Flows — flows/procedure.yaml and flows/topics.yaml

procedure-intro = ኣብ መስርሕ ዑቕባ ኣበይ ከም ዘለኹም ንፍለጥ። ክሳብ ሰለስተ ሕቶታት ክሓተኩም እየ።
procedure-q-registered = ሕቶ ዑቕባኹም ድሮ ኣመዝጊብኩም ዶ (ኣብ Ter Apel ወይ ኣብ Schiphol)?
procedure-a-registered-no = ኣይፋል፡ ሕጂ ኣቲወ
procedure-a-registered-yes = እወ፡ ተመዝጊበ እየ
procedure-a-choose-phase = ደረጃ ባዕለይ ክመርጽ
procedure-a-ukraine = ካብ ውግእ ዩክሬን ሃዲመ እየ
temporary-protection-intro =
    ካብ ውግእ ዩክሬን ዝሃደሙ ሰባት ግዜያዊ ሓለዋ እዩ ዝወሃቦም፡ ዑቕባ ኣይኮነን።
    ካብቲ ኣብዚ ዝተገልጸ መስርሕ ዑቕባ ዝተፈልየ ሕግታት እዩ ንዓኹም ዝምልከት።
    RefugeeHelp ብቋንቋ ዩክሬንን ሩስያን ሓበሬታ ኣለዎ፡ ብዛዕባ ስራሕን ትምህርትን እውን።
procedure-q-interview = ምስ IND (ቤት ጽሕፈት ኢሚግሬሽን) ብዛዕባ ምኽንያት ዑቕባኹም ቃለ-መጠይቕ ገይርኩም ዶ?
procedure-a-interview-no = ኣይፋል፡ ገና
procedure-a-interview-yes = እወ
procedure-a-not-sure = ርግጸኛ ኣይኮንኩን
procedure-q-decision = ውሳነ IND በጺሑኩም ዶ?
procedure-a-decision-waiting = ኣይፋል፡ እጽበ ኣለኹ
procedure-a-decision-granted = እወ፡ ፍቓድ ረኺበ
procedure-a-decision-rejected = እወ፡ ተነጺገ
phases-menu-intro = መስርሕ ዑቕባ እዞም ደረጃታት እዚኦም ኣለውዎ። እንታይ ከም ዝኸውን ንምርኣይ ሓደ ምረጹ።
decision-choose-intro = IND እንታይ ወሲኑ?

topics-menu-intro = ሓደ ኣርእስቲ ምረጹ። ኣየኖት ትካላት ክሕግዙ ከም ዝኽእሉ ክትርእዩ ኢኹም።
organisations-menu-intro = እዚኦም እቶም ቀንዲ ትካላት እዮም። እንታይ ከም ዝገብር፡ ከመይ ከም እትረኽብዎን ንምፍላጥ ሓደ ምረጹ።
organisations-by-topic = ብኣርእስቲ ዝያዳ ትካላት

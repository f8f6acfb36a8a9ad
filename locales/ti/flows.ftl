## Flows — flows/procedure.yaml and flows/topics.yaml

procedure-intro = ኣብ መስርሕ ዑቕባ ኣበይ ከም ዘለኹም ንፍለጥ።
# Variables:
#   $pact-start (String) - the day the new procedure started, from data/facts.yaml
procedure-q-applied = እቲ መስርሕ ኣብ { $pact-start } ተቐይሩ። ሕቶ ዑቕባ መዓስ ኣቕሪብኩም?
# Variables:
#   $pact-start (String) - the day the new procedure started
procedure-a-applied-before = ቅድሚ { $pact-start }
# Variables:
#   $pact-start (String) - the day the new procedure started
procedure-a-applied-since = ኣብ { $pact-start } ወይ ድሕሪኡ
procedure-a-not-applied = ገና፡ ሕጂ እየ መጺአ
procedure-a-applied-unknown = ኣይፈልጥን
procedure-a-ukraine = ካብ ውግእ ዩክሬን ሃዲመ እየ
procedure-date-unknown =
    ካብ { -org-ind } ዝበጽሓኩም ወረቐት ርኣዩ። ሕቶ ዑቕባ ዘቕረብኩምሉ ዕለት ኣብኡ ተጻሒፉ ኣሎ።
    ርግጸኛ ኣይኮንኩምን? ጠበቓኹም፡ { -org-vluchtelingenwerk } ወይ ሰራሕተኛታት { -org-coa } ምሳኹም ክርእይዎ ሕተትዎም።

temporary-protection-title = ካብ ዩክሬን ዝሃደሙ ሰባት
# Variables:
#   $temporary-protection-until (String) - last day of temporary protection, from data/facts.yaml
#   $third-country-protection-ended (String) - the day it ended for non-Ukrainians, from data/facts.yaml
temporary-protection-intro =
    ዩክሬናዊ ዲኹም፡ ካብ ውግእ ድማ ሃዲምኩም? እንተ ኾይኑ ግዜያዊ ሓለዋ ኣሎኩም፡ ዑቕባ ኣይኮነን። እዚ ሓለዋ ክሳብ { $temporary-protection-until } ሓዊሱ ይጸንሕ። ኣብቲ እትነብሩሉ ምምሕዳር ከተማ ኢኹም እትምዝገቡ፡ ኣብ Ter Apel ኣይኮነን።
    ዩክሬናዊ ከይኮንኩም ኣብ ዩክሬን ትነብሩ ኔርኩም ዶ? ንዓኹም ግዜያዊ ሓለዋ ኣብ { $third-country-protection-ended } ተወዲኡ። ሕቶ ዑቕባ ከተቕርቡ ትኽእሉ ኢኹም።
    { -org-refugeehelp } ብቋንቋ ዩክሬንን ሩስያን ሓበሬታ ኣለዎ።

procedure-new-intro = ካብ ሽዑ ንደሓር፡ { -org-ind } መጀመርታ ንነፍሲ ወከፍ ሓድሽ ሓታቲ ዑቕባ ይምርምሮ። ድሕሪኡ መስርሕ ይመርጽ።
procedure-new-q-stage = ሕጂ ኣበይ ኣለኹም?
procedure-new-a-checks = ኣብ ቀዳማይ መርመራታት
procedure-new-a-waiting = ቃለ-መጠይቕ ወይ ውሳነ እጽበ ኣለኹ
procedure-new-a-border = ኣብ ዶብ፡ ኣብ Schiphol
procedure-new-a-decision = ውሳነ ረኺበ
procedure-a-choose-phase = ስጉምቲ ባዕለይ ክመርጽ

pact-routes-title = ኣየናይ መስርሕ?
pact-routes-button = እቶም መስርሓት
pact-routes-intro =
    ድሕሪ ቀዳማይ መርመራታት፡ { -org-ind } መስርሕኩም ይመርጽ። መን ምዃንኩም፡ ካበይ ከም ዝመጻእኩም፡ ሰነዳትኩምን መገዲ ጉዕዞኹምን፡ ኣብ ኤውሮጳ ዘለዉ ስድራኹም፡ ምኽንያታትኩምን ጥዕናኹምን ይርኢ።
    ኣየናይ መስርሕ ናትኩም ምዃኑ ኣይትፈልጡን ዲኹም? ንጠበቓኹም ወይ ንVluchtelingenWerk ሕተቱ።
pact-phases-menu-intro = ካብ ሽዑ ንደሓር ዘለዉ ስጉምታት ናይቲ መስርሕ። እንታይ ከም ዝኸውን ንምርኣይ ሓደ ምረጹ።

# Variables:
#   $pact-start (String) - the day the new procedure started
#   $old-cases-resumed (String) - the day the IND started again with older applications
procedure-old-note = { -org-ind } ነቶም ቅድሚ { $pact-start } ዝቐረቡ ሕቶታት ኣብ { $old-cases-resumed } እንደገና ክሰርሓሎም ጀሚሩ። ሕጂ ኣየኖት ሕግታት ከም ዝምልከትዎም ገና ኣይተረጋገጸን። ኣብ ታሕቲ እቶም ቀደም ዝነበሩ ስጉምታት ኣለዉ። ጠበቓኹም ወይ { -org-vluchtelingenwerk } እንታይ ንዓኹም ከም ዝምልከት ይፈልጡ።
procedure-q-interview = ምስ { -org-ind } (ቤት ጽሕፈት ኢሚግሬሽን) ብዛዕባ ምኽንያት ዑቕባኹም ዝርዝራዊ ቃለ-መጠይቕ ገይርኩም ዶ?
procedure-a-interview-no = ኣይፋል፡ ገና
procedure-a-interview-yes = እወ
procedure-q-decision = ውሳነ { -org-ind } በጺሑኩም ዶ?
procedure-a-decision-waiting = ኣይፋል፡ እጽበ ኣለኹ
procedure-a-decision-granted = ፍቓድ ረኺበ
procedure-a-decision-rejected = ተነጺጉ
phases-menu-intro = ቅድሚ እቲ ለውጢ ንዝቐረቡ ሕቶታት ዝነበሩ ስጉምታት። ኣብ ነፍሲ ወከፍ እንታይ ከም ዝነበረ ንምርኣይ ሓደ ምረጹ።

topics-menu-intro = ሓደ ኣርእስቲ ምረጹ። ኣየኖት ትካላት ክሕግዙ ከም ዝኽእሉ ክትርእዩ ኢኹም።
organisations-menu-intro = እዚኦም እቶም ቀንዲ ትካላት እዮም። እንታይ ከም ዝገብር፡ ከመይ ከም እትረኽብዎን ንምፍላጥ ሓደ ምረጹ።
organisations-by-topic = ብኣርእስቲ ዝያዳ ትካላት
topics-more-button = ዝያዳ ኣርእስትታት ▶
topics-more-intro = ዝያዳ ኣርእስትታት። ኣየኖት ትካላት ክሕግዙ ከም ዝኽእሉ ንምርኣይ ሓደ ምረጹ።
organisations-more-button = ዝያዳ ትካላት ▶
organisations-more-intro = ዝያዳ ትካላት። እንታይ ከም ዝገብር፡ ከመይ ከም እትረኽብዎን ንምፍላጥ ሓደ ምረጹ።

## Common messages — used by the engine and renderer (bot/) on every screen

welcome = እንኳን ወደ Wegwijs በደህና መጡ። በኔዘርላንድ የጥገኝነት ሂደት ውስጥ መንገድዎን እንዲያገኙ እረዳዎታለሁ። ሊረዱዎት የሚችሉ ድርጅቶችንም አሳይዎታለሁ። እዚህ ያለው ሁሉ በነጻ ነው።
welcome-language = አሁን በአማርኛ እያነበቡ ነው። ሌላ ቋንቋ ለመምረጥ "ቋንቋ" የሚለውን ይጫኑ።
main-menu-intro = ምን ያስፈልግዎታል? አንድ ቁልፍ ይምረጡ። ጥቂት ቃላትም መጻፍ ይችላሉ፤ ለምሳሌ "ጠበቃ" ወይም "ሐኪም"።

nav-back = ◀ ተመለስ
nav-menu = 🏠 ሜኑ
nav-emergency = 🚨 አደጋ 112
nav-language = 🌐 ቋንቋ

main-option-procedure = በጥገኝነት ሂደቱ የት ነኝ?
main-option-topics = በርዕስ እርዳታ ይፈልጉ
main-option-organisations = ድርጅቶች
main-option-help = ℹ️ መረጃ
main-option-privacy = ግላዊነት

language-menu-intro = ቋንቋዎን ይምረጡ።
language-changed = ቋንቋዎ ተቀይሯል።

help-intro = Wegwijs በኔዘርላንድ ስላለው የጥገኝነት ሂደት እና ስለሚረዱ ድርጅቶች መረጃ ይሰጣል። ጠበቃ አይደለም። ስለ ጉዳይዎ ምንም አይወስንም።
help-commands =
    እነዚህን ትዕዛዞች ሁልጊዜ መጠቀም ይችላሉ፦
    /menu – ዋና ሜኑ
    /emergency – የአደጋ ጊዜ ቁጥሮች
    /language – ቋንቋዎን ይምረጡ
    /privacy – ምን እንደምናስቀምጥ
    /forget – ስለ እርስዎ ያስቀመጥነውን ሁሉ ይሰርዙ
    እንደ "ሜኑ" ወይም "ተመለስ" ያሉ ቃላትንም መጻፍ ይችላሉ።

privacy-notice =
    የምናስቀምጠው እነዚህን ብቻ ነው፦ ቋንቋዎን፣ መጨረሻ የከፈቱትን ገጽ እና መጨረሻ የጎበኙበትን ቀን።
    ስምዎን፣ የስልክ ቁጥርዎን ወይም የሚጽፉትን አናስቀምጥም።
    /forget ይላኩ፤ ሁሉንም በአንድ ጊዜ እንሰርዘዋለን። ለ90 ቀናት ካልጎበኙም እንሰርዘዋለን።

forget-done = ተጠናቋል። ስለ እርስዎ ያስቀመጥነውን ሁሉ ሰርዘናል። ስለ እርስዎ ምንም የቀረ ነገር የለም። እንደገና ከጻፉ፣ ከመጀመሪያው እንጀምራለን።
command-unknown = ይህን ትዕዛዝ አላውቀውም። ሜኑው ይኸውና።
button-expired = ይህ ቁልፍ ከአሁን በኋላ አይሰራም። ሜኑው ይኸውና።
start-unknown-link = ይህን ሊንክ አላውቀውም። ሜኑው ይኸውና።
text-did-you-mean = ከእነዚህ አንዱን ማለትዎ ነው?
text-not-understood = ይቅርታ፣ አልገባኝም። አንድ ቁልፍ ይምረጡ፣ ወይም አንድ ወይም ሁለት ቃላት ይሞክሩ፤ ለምሳሌ "ጠበቃ"፣ "ሐኪም" ወይም "ቤተሰብ"።
location-not-used = አመሰግናለሁ። አካባቢ (location) ገና አልጠቀምም። ሜኑው ይኸውና።
notice-english-fallback = (የዚህ ጽሑፍ የተወሰነ ክፍል ገና ወደ ቋንቋዎ ስላልተተረጎመ በእንግሊዝኛ ይታያል።)
phase-next-button = ቀጣይ ደረጃ ▶

## Organisation cards

card-unconfirmed = ገና አልተረጋገጠም፣ እባክዎ ያረጋግጡ
card-for-professionals = (ለባለሙያዎች)
card-save-contact = 📇 እንደ አድራሻ ያስቀምጡ
card-contact-sent = አድራሻው ይኸውና። ለመደወል ወይም በስልክዎ ለማስቀመጥ ይጫኑት።

## Opening hours
# Variables:
#   $first (String) - first day name, from the language's calendar (e.g. "Monday")
#   $last (String) - last day name
#   $from (String) - opening time, e.g. "08:00"
#   $to (String) - closing time, e.g. "20:00"
hours-day-range = ከ{ $first } እስከ { $last } { $from }–{ $to }
# Variables:
#   $first (String) - the day name
#   $last (String) - the same day name
#   $from (String) - opening time
#   $to (String) - closing time
hours-one-day = { $first } { $from }–{ $to }
# Variables:
#   $first, $last (String) - Monday and Sunday (not shown)
#   $from (String) - opening time
#   $to (String) - closing time
hours-every-day = በየቀኑ { $from }–{ $to }
hours-always = በቀን 24 ሰዓት፣ በሳምንት 7 ቀን
hours-closed-holidays = በበዓላት ዝግ ነው
hours-open-now = አሁን ክፍት ነው
hours-closed-now = አሁን ዝግ ነው

## Telegram channel (bot/channels/telegram.py)
# Variables:
#   $bot (String) - the bot's username, e.g. "@WegwijsBot"
group-use-private = የምመልሰው በግል ውይይት ብቻ ነው፤ የሚጠይቁት በእኛ መካከል እንዲቆይ። { $bot } ይክፈቱ እና Start ይጫኑ።
# Variables:
#   $phone (String) - the emergency number, from data (112)
error-something-went-wrong = የሆነ ስህተት ተፈጥሯል። አደጋ ላይ ነዎት? ወደ { $phone } ይደውሉ።
command-start = እንደገና ይጀምሩ
command-menu = ዋና ሜኑ
command-help = ይህ ቦት እንዴት ይሰራል
command-language = ቋንቋዎን ይምረጡ
command-emergency = የአደጋ ጊዜ ቁጥሮች
command-privacy = ምን እንደምናስቀምጥ
command-forget = ስለ እርስዎ ያስቀመጥነውን ሁሉ ይሰርዙ

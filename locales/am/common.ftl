## Common messages — used by the engine and renderer (bot/) on every screen

welcome = እንኳን ወደ Wegwijs በደህና መጡ። በኔዘርላንድ የጥገኝነት ሂደት ውስጥ መንገድዎን እንዲያገኙ እረዳዎታለሁ። ሊረዱዎት የሚችሉ ድርጅቶችንም አሳይዎታለሁ። Wegwijs መጠቀም ነጻ ነው፤ አንዳንድ የስልክ መስመሮች ግን ያስከፍላሉ፣ ያኔ ገጹ ይህን ይገልጻል።
welcome-language = አሁን በአማርኛ እያነበቡ ነው። ሌላ ቋንቋ ለመምረጥ "ቋንቋ" የሚለውን ይጫኑ።
main-menu-intro = ምን ያስፈልግዎታል? አንድ ቁልፍ ይምረጡ። ጥቂት ቃላትም መጻፍ ይችላሉ፤ ለምሳሌ "ጠበቃ" ወይም "ሐኪም"።

nav-back = ◀ ወደ ኋላ
nav-menu = 🏠 ሜኑ
# Variables:
#   $emergency-number (String) - the emergency number, from data
nav-emergency = 🚨 የአደጋ ጊዜ { $emergency-number }
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
    /erase – ይህን ውይይት ያጥፉ
    እንደ "ሜኑ" ወይም "ተመለስ" ያሉ ቃላትንም መጻፍ ይችላሉ።

# Variables:
#   $erase-hours (Number) - how long message numbers are kept for "Erase this chat", from the bot
#   $retention-days (Number) - days without a visit after which we delete it, from the bot's settings
privacy-notice =
    Wegwijs የሚያስቀምጠው ቋንቋዎን እና መጨረሻ የጎበኙበትን ቀን ብቻ ነው፤ ይህንንም ከመለያዎ በተሠራና ወደ መለያዎ መልሶ ሊቀየር በማይችል ኮድ ሥር ነው። ለ"ይህን ውይይት ያጥፉ" ደግሞ የዚህን ውይይት መልእክቶች ቁጥሮች (ይዘታቸውን ሳይሆን) ለ{ $erase-hours } ሰዓት ያስቀምጣል።
    ስምዎን፣ የስልክ ቁጥርዎን፣ የሚጽፉትን ወይም የሚከፍቷቸውን ገጾች በፍጹም አያስቀምጥም። እያንዳንዱ ገጽ ስንት ጊዜ እንደተከፈተ ይቆጥራል፤ በማን እንደተከፈተ ግን አያውቅም።
    /forget ሁሉንም በአንድ ጊዜ ይሰርዛል። ለ{ $retention-days } ቀናት ካልጎበኙ፣ በራሱ ይሰረዛል።

forget-ask = Wegwijs ስለ እርስዎ የሚያውቀው ሁሉ ይሰረዝ? ይህም ቋንቋዎ እና መጨረሻ የጎበኙበት ቀን ነው። ይህን መቀልበስ አይችሉም።
forget-yes = 🗑️ አዎ፣ ሁሉንም ይሰርዙ
forget-erase = 🧹 ሁሉንም ይሰርዙ፣ ውይይቱንም ያጥፉ
forget-no = አይ፣ ይቆይ
forget-done = ተጠናቋል። ስለ እርስዎ ያስቀመጥነውን ሁሉ ሰርዘናል። በእኛ ዘንድ ስለ እርስዎ ምንም የቀረ ነገር የለም። እንደገና ከጻፉ፣ ከመጀመሪያው እንጀምራለን።
forget-done-phone = ውይይቱ ራሱ አሁንም በስልክዎ ላይ አለ። ለመሰረዝ፦ በ Telegram የውይይቶች ዝርዝር ውስጥ ይህን ውይይት ተጭነው ይያዙ፣ ከዚያ "Delete" ይምረጡ።

## Erase this chat, share, feedback

erase-button = 🧹 ይህን ውይይት ያጥፉ
# Variables:
#   $erase-hours (Number) - how far back the bot can delete messages, from the bot
erase-done =
    { $erase-hours ->
        [one] ባለፈው { $erase-hours } ሰዓት
       *[other] ባለፉት { $erase-hours } ሰዓታት
    } ውስጥ የተላኩት የዚህ ውይይት መልእክቶች ተሰርዘዋል።
    ውይይቱን ከስልክዎም ለማስወገድ፦ በ Telegram የውይይቶች ዝርዝር ውስጥ ይህን ውይይት ተጭነው ይያዙ፣ ከዚያ "Delete" ይምረጡ።
    ይህ መልእክት በአንድ ደቂቃ ውስጥ ይጠፋል።
share-button = 🔗 ይህን ገጽ ያጋሩ
share-intro = ይህን ሊንክ ለአንድ ሰው ይላኩ። Wegwijs በዚህ ገጽ ላይ ይከፈታል።
# Variables:
#   $link (String) - the link that opens this screen
share-link = { $link }
share-in-telegram = በ Telegram ያጋሩ
feedback-up = 👍 ረድቶኛል
feedback-down = 👎 አልረዳኝም
feedback-missing = ✍️ የጎደለ ነገር አለ?
feedback-thanks = እናመሰግናለን። ይህን የምንቆጥረው ማን እንደሆኑ ሳናውቅ ነው።
feedback-missing-thanks = እናመሰግናለን። እዚህ አንድ ነገር እንደጎደለ እንቆጥራለን፤ ማን እንደሆኑ ሳናውቅ። እባክዎ ዝርዝር ነገር አይጻፉ፤ የሚጽፉት አይቀመጥም።
command-unknown = ይህን ትዕዛዝ አላውቀውም። ሜኑው ይኸውና።
button-expired = ይህ ቁልፍ ከአሁን በኋላ አይሰራም። ሜኑው ይኸውና።
start-unknown-link = ይህን ሊንክ አላውቀውም። ሜኑው ይኸውና።
text-did-you-mean = ከእነዚህ አንዱን ማለትዎ ነው?
text-not-understood = ይቅርታ፣ አልገባኝም። አንድ ቁልፍ ይምረጡ፣ ወይም አንድ ወይም ሁለት ቃላት ይሞክሩ፤ ለምሳሌ "ጠበቃ"፣ "ሐኪም" ወይም "ቤተሰብ"።
# Variables:
#   $emergency-number (String) - the emergency number, from data
flood-slow-down = በአንድ ጊዜ ብዙ መልእክቶች ደርሰውኛል። እባክዎ ትንሽ ይጠብቁ፤ አንድ በአንድ እመልሳለሁ። አደጋ ላይ ነዎት? ወደ { $emergency-number } ይደውሉ።
location-not-used = አመሰግናለሁ። አካባቢ (location) ገና አልጠቀምም። ሜኑው ይኸውና።
# Variables:
#   $emergency-number (String) - the emergency number, from data
message-not-readable = ማንበብ የምችለው ጽሑፍና ቁልፎችን ብቻ ነው፤ ሥዕሎችን፣ የድምጽ መልእክቶችን ወይም ስቲከሮችን አይደለም። ሜኑው ይኸውና። አደጋ ላይ ነዎት? ወደ { $emergency-number } ይደውሉ።
notice-english-fallback = (የዚህ ጽሑፍ የተወሰነ ክፍል ገና ወደ ቋንቋዎ ስላልተተረጎመ በእንግሊዝኛ ይታያል።)
phase-next-button = ቀጣይ ደረጃ ▶
phase-more-button = ስለዚህ ደረጃ ተጨማሪ
category-more-button = ሲደውሉ ምን እንደሚሉ
card-more-button = ቁጥሮች ለባለሙያዎች

## Organisation cards

card-unconfirmed = ገና አልተረጋገጠም፣ እባክዎ ያረጋግጡ
card-for-professionals = (ለባለሙያዎች)
card-save-contact = 📇 እንደ እውቂያ ያስቀምጡ
card-contact-sent = እውቂያው ይኸውና። ለመደወል ወይም በስልክዎ ለማስቀመጥ ይጫኑት።

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
hours-always = ቀንና ሌሊት፣ በየቀኑ
hours-closed-holidays = በበዓላት ዝግ ነው
hours-open-now = አሁን ክፍት ነው
hours-closed-now = አሁን ዝግ ነው

## Telegram channel (bot/channels/telegram.py)
# Variables:
#   $bot (String) - the bot's username, e.g. "@WegwijsBot"
group-use-private = የምመልሰው በግል ውይይት ብቻ ነው፤ የሚጠይቁት በእኛ መካከል እንዲቆይ። { $bot } ይክፈቱ እና Start ይጫኑ።
# Variables:
#   $emergency-number (String) - the emergency number, from data
error-something-went-wrong = የሆነ ስህተት ተፈጥሯል። አደጋ ላይ ነዎት? ወደ { $emergency-number } ይደውሉ።
command-start = እንደገና ይጀምሩ
command-menu = ዋና ሜኑ
command-help = ይህ ቦት እንዴት ይሰራል
command-language = ቋንቋዎን ይምረጡ
command-emergency = የአደጋ ጊዜ ቁጥሮች
command-privacy = ምን እንደምናስቀምጥ
command-forget = ስለ እርስዎ ያስቀመጥነውን ሁሉ ይሰርዙ
command-erase = ይህን ውይይት ያጥፉ

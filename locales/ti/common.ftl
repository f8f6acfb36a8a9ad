## Common messages — used by the engine and renderer (bot/) on every screen

welcome = እንቋዕ ናብ Wegwijs ብደሓን መጻእኩም። ኣብ መስርሕ ዑቕባ ሆላንድ መገድኹም ክትረኽቡ እሕግዘኩም። ክሕግዙኹም ዝኽእሉ ትካላት'ውን ከርእየኩም እየ። Wegwijs ምጥቃም ብነጻ እዩ፤ ገለ መስመራት ተሌፎን ግን ገንዘብ የኽፍሉ፡ ሽዑ ኣብቲ ገጽ ይግለጽ።
welcome-language = ሕጂ ብትግርኛ ተንብቡ ኣለኹም። ካልእ ቋንቋ ክትመርጹ እንተ ደሊኹም፡ "ቋንቋ" ጠውቑ።
main-menu-intro = እንታይ የድልየኩም? ሓደ መጠወቒ ምረጹ። ሒደት ቃላት'ውን ክትጽሕፉ ትኽእሉ ኢኹም፡ ንኣብነት "ጠበቓ" ወይ "ሓኪም"።

nav-back = ◀ ንድሕሪት
nav-menu = 🏠 ሜኑ
# Variables:
#   $emergency-number (String) - the emergency number, from data
nav-emergency = 🚨 ህጹጽ ሓገዝ { $emergency-number }
nav-language = 🌐 ቋንቋ

main-option-procedure = ኣብ መስርሕ ዑቕባ ኣበይ ኣለኹ?
main-option-topics = ብኣርእስቲ ሓገዝ ድለዩ
main-option-organisations = ትካላት
main-option-help = ℹ️ ሓበሬታ
main-option-privacy = ብሕትውና

language-menu-intro = ቋንቋኹም ምረጹ።
language-changed = ቋንቋኹም ተቐይሩ ኣሎ።

help-intro = Wegwijs ብዛዕባ መስርሕ ዑቕባ ኣብ ሆላንድን ብዛዕባ ዝሕግዙ ትካላትን ሓበሬታ ይህብ። ጠበቓ ኣይኮነን። ብዛዕባ ጉዳይኩም ዝኾነ ውሳነ ኣይህብን።
help-commands =
    እዞም ትእዛዛት እዚኦም ኩሉ ግዜ ክትጥቀሙሎም ትኽእሉ ኢኹም፥
    /menu – ቀንዲ ሜኑ
    /emergency – { -org-emergency-services }
    /language – ቋንቋኹም ምረጹ
    /privacy – እንታይ ከም እንዕቅብ
    /forget – ብዛዕባኹም ዝዓቀብናዮ ኩሉ ደምስሱ
    /erase – ነዚ ዕላል ደምስሱ
    ከም "ሜኑ" ወይ "ንድሕሪት" ዝኣመሰሉ ቃላት'ውን ክትጽሕፉ ትኽእሉ ኢኹም።

# Variables:
#   $erase-hours (Number) - how long message numbers are kept for "Erase this chat", from the bot
#   $retention-days (Number) - days without a visit after which we delete it, from the bot's settings
privacy-notice =
    Wegwijs ቋንቋኹምን መዓልቲ መወዳእታ ምብጻሕኩምን ጥራይ እዩ ዝዕቅብ። ዝዕቅቦ ኣብ ትሕቲ ካብ ኣካውንትኩም ዝተሰርሐ ኮድ እዩ፤ እዚ ኮድ ናብ ኣካውንትኩም ተመሊሱ ክቕየር ኣይክእልን። ን"ነዚ ዕላል ደምስሱ" ድማ ቁጽርታት መልእኽትታት ናይዚ ዕላል (ትሕዝቶኦም ኣይኮነን) ን{ $erase-hours } ሰዓት ይዕቅብ።
    ስምኩም፡ ቁጽሪ ተሌፎንኩም፡ ዝጸሓፍኩምዎ ወይ ዝኸፈትኩምዎ ገጻት ፈጺሙ ኣይዕቅብን። ነፍሲ ወከፍ ገጽ ክንደይ ግዜ ከም ዝኽፈት ይቖጽር፡ መን ከም ዝኸፈቶ ከይፈለጠ።
    /forget ኩሉ ብሓንሳብ ይድምስስ። { $retention-days } መዓልቲ እንተ ዘይመጻእኩም፡ ባዕሉ ይድምሰስ።

forget-ask = Wegwijs ብዛዕባኹም ዝፈልጦ ኩሉ ይደምሰስ ዶ? እዚ ቋንቋኹምን መዓልቲ መወዳእታ ምብጻሕኩምን እዩ። ነዚ ክትመልስዎ ኣይትኽእሉን ኢኹም።
forget-yes = 🗑️ እወ፡ ኩሉ ደምስሱ
forget-erase = 🧹 ኩሉ ደምስሱ፡ ነዚ ዕላል'ውን ኣጥፍኡ
forget-no = ኣይፋል፡ ይጽናሕ
forget-done = ተወዲኡ። ብዛዕባኹም ዝዓቀብናዮ ኩሉ ደምሲስናዮ። ብዛዕባኹም ኣባና ዝተረፈ ነገር የለን። እንደገና እንተ ጸሓፍኩም፡ ካብ መጀመርታ ኢና እንጅምር።
forget-done-phone = እቲ ዕላል ባዕሉ ሕጂ'ውን ኣብ ተሌፎንኩም ኣሎ። ንምድምሳሱ፥ ኣብ ዝርዝር ዕላላት Telegram፡ ነዚ ዕላል ጸቒጥኩም ሓዝዎ እሞ "Delete" ምረጹ።

## Erase this chat, share, feedback

erase-button = 🧹 ነዚ ዕላል ደምስሱ
# Variables:
#   $erase-hours (Number) - how far back the bot can delete messages, from the bot
erase-done =
    { $erase-hours ->
        [one] ኣብ ዝሓለፈ { $erase-hours } ሰዓት
       *[other] ኣብ ዝሓለፉ { $erase-hours } ሰዓታት
    } ዝተላእኩ መልእኽትታት ናይዚ ዕላል ተደምሲሶም።
    ነቲ ዕላል ካብ ተሌፎንኩም'ውን ንምእላይ፥ ኣብ ዝርዝር ዕላላት Telegram፡ ነዚ ዕላል ጸቒጥኩም ሓዝዎ እሞ "Delete" ምረጹ።
    እዚ መልእኽቲ ድሕሪ ሓደ ደቒቕ ይጠፍእ።
share-button = 🔗 ነዚ ገጽ ኣካፍሉ
share-intro = ነዚ ሊንክ ንሓደ ሰብ ስደዱሉ። Wegwijs ኣብዚ ገጽ እዚ ይኽፈት።
# Variables:
#   $link (String) - the link that opens this screen
share-link = { $link }
share-in-telegram = ኣብ Telegram ኣካፍሉ
feedback-up = 👍 ሓጊዙኒ
feedback-down = 👎 ኣይሓገዘንን
feedback-missing = ✍️ ዝጎደለ ነገር ኣሎ ዶ?
feedback-thanks = የቐንየልና። መን ምዃንኩም ከይፈለጥና ኢና ንቖጽሮ።
feedback-missing-thanks = የቐንየልና። ኣብዚ ገለ ነገር ከም ዝጎደለ ንቖጽር፡ መን ምዃንኩም ከይፈለጥና። በጃኹም ዝርዝር ኣይትጽሓፉ፤ ዝጸሓፍኩምዎ ኣይዕቀብን።
command-unknown = ነዚ ትእዛዝ እዚ ኣይፈልጦን። እንሆ ሜኑ።
button-expired = እዚ መጠወቒ ሕጂ ኣይሰርሕን። እንሆ ሜኑ።
start-unknown-link = ነዚ ሊንክ እዚ ኣይፈልጦን። እንሆ ሜኑ።
text-did-you-mean = ሓደ ካብዞም ማለትኩም ድዩ?
text-not-understood = ይቕሬታ፡ ኣይተረደኣንን። ሓደ መጠወቒ ምረጹ፡ ወይ ሓደ ወይ ክልተ ቃላት ፈትኑ፡ ንኣብነት "ጠበቓ"፡ "ሓኪም" ወይ "ስድራቤት"።
# Variables:
#   $emergency-number (String) - the emergency number, from data
flood-slow-down = ብሓንሳብ ብዙሓት መልእኽትታት በጺሖምኒ። በጃኹም ቁሩብ ተጸበዩ፤ ሓደ ብሓደ እምልሰሎም። ኣብ ሓደጋ ዲኹም ዘለኹም? ናብ { $emergency-number } ደውሉ።
location-not-used = የቐንየልና። ቦታ (location) ገና ኣይንጥቀመሉን ኢና። እንሆ ሜኑ።
# Variables:
#   $emergency-number (String) - the emergency number, from data
message-not-readable = ጽሑፍን መጠወቕታትን ጥራይ እየ ከንብብ ዝኽእል፡ ስእልታት፡ ድምጻዊ መልእኽትታት ወይ ስቲከራት ኣይኮነን። እንሆ ሜኑ። ኣብ ሓደጋ ዲኹም ዘለኹም? ናብ { $emergency-number } ደውሉ።
notice-english-fallback = (ገለ ክፋል ናይዚ ጽሑፍ ገና ናብ ቋንቋኹም ስለ ዘይተተርጎመ፡ ብእንግሊዝኛ ይርአ ኣሎ።)
phase-next-button = ዝቕጽል ስጉምቲ ▶
phase-more-button = ብዛዕባ እዚ ስጉምቲ ዝያዳ
category-more-button = ክትድውሉ ከለኹም እንታይ ትብሉ
card-more-button = ቁጽርታት ንሞያውያን

## Organisation cards

card-unconfirmed = ገና ኣይተረጋገጸን፡ በጃኹም ኣረጋግጹ
card-for-professionals = (ንሞያውያን)
card-save-contact = 📇 ከም ርክብ ዓቅቡ
card-contact-sent = እንሆ እቲ ርክብ (contact)። ንምድዋል ወይ ኣብ ተሌፎንኩም ንምዕቃብ ጠውቕዎ።

## Opening hours
# Variables:
#   $first (String) - first day name, from the language's calendar (e.g. "Monday")
#   $last (String) - last day name
#   $from (String) - opening time, e.g. "08:00"
#   $to (String) - closing time, e.g. "20:00"
hours-day-range = ካብ { $first } ክሳብ { $last } { $from }–{ $to }
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
hours-every-day = ኩሉ መዓልቲ { $from }–{ $to }
hours-always = ለይትን መዓልትን፡ ኩሉ መዓልቲ
hours-closed-holidays = ኣብ በዓላት ዕጹው እዩ
hours-open-now = ሕጂ ክፉት እዩ
hours-closed-now = ሕጂ ዕጹው እዩ

## Telegram channel (bot/channels/telegram.py)
# Variables:
#   $bot (String) - the bot's username, e.g. "@WegwijsBot"
group-use-private = ኣብ ብሕታዊ ዕላል ጥራይ እየ ዝምልስ። እቲ ዝሓተትኩምዎ ኣብ መንጎና ምእንቲ ክተርፍ። { $bot } ክፈቱ እሞ Start ጠውቑ።
# Variables:
#   $emergency-number (String) - the emergency number, from data
error-something-went-wrong = ገለ ጌጋ ኣጋጢሙ። ኣብ ሓደጋ ዲኹም ዘለኹም? ናብ { $emergency-number } ደውሉ።
command-start = እንደገና ጀምሩ
command-menu = ቀንዲ ሜኑ
command-help = እዚ ቦት ከመይ ይሰርሕ
command-language = ቋንቋኹም ምረጹ
command-emergency = { -org-emergency-services }
command-privacy = እንታይ ከም እንዕቅብ
command-forget = ብዛዕባኹም ዝዓቀብናዮ ኩሉ ደምስሱ
command-erase = ነዚ ዕላል ደምስሱ

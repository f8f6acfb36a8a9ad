## Common messages — used by the engine and renderer (bot/) on every screen

welcome = እንቋዕ ናብ Wegwijs ብደሓን መጻእኩም። ኣብ መስርሕ ዑቕባ ሆላንድ መገድኹም ክትረኽቡ እሕግዘኩም። ክሕግዙኹም ዝኽእሉ ትካላት'ውን ከርእየኩም እየ። ኣብዚ ዘሎ ኩሉ ብነጻ እዩ።
welcome-language = ሕጂ ብትግርኛ ተንብቡ ኣለኹም። ካልእ ቋንቋ ክትመርጹ እንተ ደሊኹም፡ "ቋንቋ" ጠውቑ።
main-menu-intro = እንታይ የድልየኩም? ሓደ መጠወቒ ምረጹ። ሒደት ቃላት'ውን ክትጽሕፉ ትኽእሉ ኢኹም፡ ንኣብነት "ጠበቓ" ወይ "ሓኪም"።

nav-back = ◀ ንድሕሪት
nav-menu = 🏠 ሜኑ
nav-emergency = 🚨 ህጹጽ 112
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
    እዞም ትእዛዛት እዚኣቶም ኩሉ ግዜ ክትጥቀሙሎም ትኽእሉ ኢኹም፥
    /menu – ቀንዲ ሜኑ
    /emergency – ቁጽሪ ህጹጽ ሓገዝ
    /language – ቋንቋኹም ምረጹ
    /privacy – እንታይ ከም እንዕቅብ
    /forget – ብዛዕባኹም ዝዓቀብናዮ ኩሉ ደምስሱ
    ከም "ሜኑ" ወይ "ንድሕሪት" ዝኣመሰሉ ቃላት'ውን ክትጽሕፉ ትኽእሉ ኢኹም።

privacy-notice =
    ንሕና እዚኦም ጥራይ ኢና እንዕቅብ፥ ቋንቋኹም፡ መወዳእታ ዝኸፈትኩምዎ ገጽ፡ ከምኡ'ውን መዓልቲ መወዳእታ ምብጻሕኩም።
    ስምኩም፡ ቁጽሪ ተሌፎንኩም ወይ ዝጸሓፍኩምዎ ኣይንዕቅብን።
    /forget ስደዱ፡ ኩሉ ብሓንሳብ ንድምስሶ። 90 መዓልቲ እንተ ዘይመጻእኩም'ውን ንድምስሶ።

forget-done = ተወዲኡ። ብዛዕባኹም ዝዓቀብናዮ ኩሉ ደምሲስናዮ። ብዛዕባኹም ዝተረፈ ነገር የለን። እንደገና እንተ ጸሓፍኩም፡ ካብ መጀመርታ ኢና እንጅምር።
command-unknown = ነዚ ትእዛዝ እዚ ኣይፈልጦን። እንሆ ሜኑ።
button-expired = እዚ መጠወቒ ሕጂ ኣይሰርሕን። እንሆ ሜኑ።
start-unknown-link = ነዚ ሊንክ እዚ ኣይፈልጦን። እንሆ ሜኑ።
text-did-you-mean = ሓደ ካብዞም ማለትኩም ድዩ?
text-not-understood = ይቕሬታ፡ ኣይተረደኣንን። ሓደ መጠወቒ ምረጹ፡ ወይ ሓደ ወይ ክልተ ቃላት ፈትኑ፡ ንኣብነት "ጠበቓ"፡ "ሓኪም" ወይ "ስድራቤት"።
location-not-used = የቐንየልና። ቦታ (location) ገና ኣይንጥቀመሉን ኢና። እንሆ ሜኑ።
notice-english-fallback = (ገለ ክፋል ናይዚ ጽሑፍ ገና ናብ ቋንቋኹም ስለ ዘይተተርጎመ፡ ብእንግሊዝኛ ይርአ ኣሎ።)
phase-next-button = ዝቕጽል ደረጃ ▶

## Organisation cards

card-unconfirmed = ገና ኣይተረጋገጸን፡ በጃኹም ኣረጋግጹ
card-for-professionals = (ንሞያውያን)
card-save-contact = 📇 ከም ርክብ ዓቅብ
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
hours-always = 24 ሰዓት ብመዓልቲ፡ 7 መዓልቲ ብሰሙን
hours-closed-holidays = ኣብ በዓላት ዕጹው እዩ
hours-open-now = ሕጂ ክፉት እዩ
hours-closed-now = ሕጂ ዕጹው እዩ

## Telegram channel (bot/channels/telegram.py)
# Variables:
#   $bot (String) - the bot's username, e.g. "@WegwijsBot"
group-use-private = ኣብ ብሕታዊ ዕላል ጥራይ እየ ዝምልስ። እቲ ዝሓተትኩምዎ ኣብ መንጎና ምእንቲ ክተርፍ። { $bot } ክፈቱ እሞ Start ጠውቑ።
# Variables:
#   $phone (String) - the emergency number, from data (112)
error-something-went-wrong = ገለ ጌጋ ኣጋጢሙ። ኣብ ሓደጋ ዲኹም ዘለኹም? ናብ { $phone } ደውሉ።
command-start = እንደገና ጀምሩ
command-menu = ቀንዲ ሜኑ
command-help = እዚ ቦት ከመይ ይሰርሕ
command-language = ቋንቋኹም ምረጹ
command-emergency = ቁጽሪ ህጹጽ ሓገዝ
command-privacy = እንታይ ከም እንዕቅብ
command-forget = ብዛዕባኹም ዝዓቀብናዮ ኩሉ ደምስሱ

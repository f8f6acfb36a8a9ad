## Common messages — used by the engine and renderer (bot/) on every screen

welcome = Ku soo dhowoow Wegwijs. Waxaan kaa caawinayaa inaad fahanto habka magangelyada ee Nederland, iyo inaad hesho hay'adaha ku caawin kara. Wax walba oo halkan ah waa bilaash.
welcome-language = Hadda waxaad akhrinaysaa Soomaali. Si aad luqad kale u doorato, riix "Luqadda".
main-menu-intro = Maxaad u baahan tahay? Dooro badhan. Waxaad sidoo kale qori kartaa dhowr eray, tusaale ahaan "qareen" ama "dhakhtar".

nav-back = ◀ Dib u noqo
nav-menu = 🏠 Liiska
nav-emergency = 🚨 Degdeg 112
nav-language = 🌐 Luqadda

main-option-procedure = Heerkayga magangelyada
main-option-topics = Caawimo mawduuc ahaan
main-option-organisations = Hay'adaha
main-option-help = ℹ️ Caawimo
main-option-privacy = Sirta xogtaada

language-menu-intro = Dooro luqaddaada.
language-changed = Luqaddaada waa la beddelay.

help-intro = Wegwijs waxay bixisaa macluumaad ku saabsan habka magangelyada ee Nederland iyo hay'adaha wax caawiya. Ma aha qareen, waxna kama go'aamiso kiiskaaga.
help-commands =
    Had iyo jeer waxaad isticmaali kartaa amarradan:
    /menu – liiska ugu weyn
    /emergency – lambarrada degdegga
    /language – dooro luqaddaada
    /privacy – waxa aan kaydinno
    /forget – tirtir wax kasta oo aan kaa kaydinnay
    Waxaad sidoo kale qori kartaa erayo sida "liiska", "dib" ama "tilmaamo".

privacy-notice =
    Waxaan kaydinnaa oo keliya: luqaddaada, shaashaddii ugu dambaysay ee aad furtay iyo maalintii ugu dambaysay ee aad timid.
    Ma kaydinno magacaaga, lambarka taleefankaaga ama waxa aad qorto.
    Soo dir /forget, dhammaan markiiba waan tirtiraynaa. Sidoo kale waan tirtirnaa haddii aadan iman 90 maalmood.

forget-done = Waa la dhammeeyay. Waxaan tirtirnay wax kasta oo aan kaa kaydinnay. Waxba kaaga ma harin. Haddii aad mar kale soo qorto, waxaan ka bilaabaynaa bilow cusub.
command-unknown = Amarkaas ma aqaan. Waa kan liiska.
button-expired = Badhankani hadda ma shaqeeyo. Waa kan liiska.
start-unknown-link = Linkigan ma aqaan. Waa kan liiska.
text-did-you-mean = Ma mid kuwan ka mid ah ayaad ula jeeddaa?
text-not-understood = Waan ka xumahay, taas ma fahmin. Dooro badhan, ama isku day hal ama laba eray, sida "qareen", "dhakhtar" ama "qoys".
location-not-used = Mahadsanid. Weli ma isticmaalo goobta aad joogto (location). Waa kan liiska.
notice-english-fallback = (Qayb ka mid ah qoraalkan weli laguma turjumin luqaddaada, sidaas darteed waxaa lagu muujinayaa Ingiriisi.)
phase-next-button = Heerka xiga ▶

## Organisation cards

card-unconfirmed = weli lama xaqiijin, fadlan hubi
card-for-professionals = (loogu talagalay xirfadlayaasha)
card-save-contact = 📇 Kaydi xiriirka
card-contact-sent = Waa kan xiriirka. Taabo si aad u wacdo ama ugu kaydiso taleefankaaga.

## Opening hours
# Variables:
#   $first (String) - first day name, from the language's calendar (e.g. "Monday")
#   $last (String) - last day name
#   $from (String) - opening time, e.g. "08:00"
#   $to (String) - closing time, e.g. "20:00"
hours-day-range = { $first } ilaa { $last } { $from }–{ $to }
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
hours-every-day = Maalin kasta { $from }–{ $to }
hours-always = 24 saacadood maalintii, 7 maalmood toddobaadkii
hours-closed-holidays = waa xiran yahay maalmaha fasaxa guud
hours-open-now = hadda waa furan yahay
hours-closed-now = hadda waa xiran yahay

## Telegram channel (bot/channels/telegram.py)
# Variables:
#   $bot (String) - the bot's username, e.g. "@WegwijsBot"
group-use-private = Waxaan ku jawaabaa oo keliya wada-sheekaysi gaar ah (private chat), si waxa aad weydiiso ay labadeena uun u dhexeeyaan. Fur { $bot } oo riix Start.
# Variables:
#   $phone (String) - the emergency number, from data (112)
error-something-went-wrong = Wax baa khaldamay. Khatar ma ku jirtaa? Wac { $phone }.
command-start = Dib u bilow
command-menu = Liiska ugu weyn
command-help = Sida bot-kani u shaqeeyo
command-language = Dooro luqaddaada
command-emergency = Lambarrada degdegga
command-privacy = Waxa aan kaydinno
command-forget = Tirtir xogta aan kaa hayno

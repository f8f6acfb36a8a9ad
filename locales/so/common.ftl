## Common messages — used by the engine and renderer (bot/) on every screen

welcome = Ku soo dhowoow Wegwijs. Waxaan kaa caawinayaa inaad jidkaaga ka hesho habka magangelyada ee Nederland, iyo inaad hesho hay'adaha ku caawin kara. Isticmaalka Wegwijs waa bilaash; khadadka taleefanka qaarkood lacag ayay ku qaataan, markaas shaashaddu way kuu sheegaysaa.
welcome-language = Hadda waxaad akhrinaysaa Soomaali. Si aad luqad kale u doorato, riix "Luqadda".
main-menu-intro = Maxaad u baahan tahay? Dooro badhan. Waxaad sidoo kale qori kartaa dhowr eray, tusaale ahaan "qareen" ama "dhakhtar".

nav-back = ◀ Dib u noqo
nav-menu = 🏠 Liiska
# Variables:
#   $emergency-number (String) - the emergency number, from data
nav-emergency = 🚨 Degdeg { $emergency-number }
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
    /erase – masax wada-sheekaysigan
    Waxaad sidoo kale qori kartaa erayo sida "liiska" ama "dib".

# Variables:
#   $erase-hours (Number) - how long message numbers are kept for "Erase this chat", from the bot
#   $retention-days (Number) - days without a visit after which we delete it, from the bot's settings
privacy-notice =
    Wegwijs waxay kaydisaa oo keliya luqaddaada iyo maalintii booqashadaadii ugu dambaysay. Waxay ku kaydisaa koodh laga sameeyay akoonkaaga, oo aan dib loogu rogi karin. Si "Masax wada-sheekaysigan" u shaqeeyo, waxay kaloo kaydisaa lambarrada fariimahan (ma aha waxa ku qoran), muddo { $erase-hours } saacadood ah.
    Marnaba ma kaydiso magacaaga, lambarka taleefankaaga, waxa aad qorto ama shaashadaha aad furto. Waxay tirisaa inta jeer ee shaashad kasta la furo, iyadoon ogayn cidda furtay.
    /forget ayaa wax walba hal mar tirtira. Kadib { $retention-days } maalmood oo aadan soo booqan, iskiis ayuu u tirtirmaa.

forget-ask = Ma rabtaa in la tirtiro wax kasta oo Wegwijs ay kaa ogtahay? Taasi waa luqaddaada iyo maalintii booqashadaadii ugu dambaysay. Tan dib ugama noqon kartid.
forget-yes = 🗑️ Haa, tirtir wax walba
forget-erase = 🧹 Tirtir wax walba oo masax wada-sheekaysigan
forget-no = Maya, ha tirtirin
forget-done = Waa la dhammeeyay. Waxaan tirtirnay wax kasta oo aan kaa kaydinnay. Waxba kaaga ma harin agtayada. Haddii aad mar kale soo qorto, waxaan ka bilaabaynaa bilow cusub.
forget-done-phone = Wada-sheekaysiga laftiisu weli wuu ku jiraa taleefankaaga. Si aad u tirtirto: liiska wada-sheekaysiyada ee Telegram, riix oo sii hay wada-sheekaysigan, kadibna dooro "Tirtir".

## Erase this chat, share, feedback

erase-button = 🧹 Masax wada-sheekaysigan
# Variables:
#   $erase-hours (Number) - how far back the bot can delete messages, from the bot
erase-done =
    Waa la tirtiray fariimaha wada-sheekaysigan ee { $erase-hours ->
        [one] { $erase-hours } saacad
       *[other] { $erase-hours } saacadood
    } ee la soo dhaafay.
    Si aad wada-sheekaysiga uga saarto taleefankaaga sidoo kale: liiska wada-sheekaysiyada ee Telegram, riix oo sii hay wada-sheekaysigan, kadibna dooro "Tirtir".
    Fariintani waxay baaba'aysaa daqiiqad kadib.
share-button = 🔗 La wadaag shaashaddan
share-intro = Linkigan u dir qof. Wuxuu Wegwijs ku furayaa shaashaddan.
# Variables:
#   $link (String) - the link that opens this screen
share-link = { $link }
share-in-telegram = Ku wadaag Telegram
feedback-up = 👍 Tani way caawisay
feedback-down = 👎 Ma caawin
feedback-missing = ✍️ Ma jiraa wax maqan?
feedback-thanks = Mahadsanid. Tan waan tirinnaa, annagoon ogayn cidda aad tahay.
feedback-missing-thanks = Mahadsanid. Waxaan tirinnaa in wax halkan ka maqan yahay, annagoon ogayn cidda aad tahay. Fadlan ha qorin faahfaahin: waxa aad qorto lama kaydiyo.
command-unknown = Amarkaas ma aqaan. Waa kan liiska.
button-expired = Badhankani hadda ma shaqeeyo. Waa kan liiska.
start-unknown-link = Linkigan ma aqaan. Waa kan liiska.
text-did-you-mean = Ma mid kuwan ka mid ah ayaad ula jeeddaa?
text-not-understood = Waan ka xumahay, taas ma fahmin. Dooro badhan, ama isku day hal ama laba eray, sida "qareen", "dhakhtar" ama "qoys".
# Variables:
#   $emergency-number (String) - the emergency number, from data
flood-slow-down = Fariimo badan ayaa hal mar yimid. Fadlan wax yar sug; mid mid ayaan uga jawaabayaa. Khatar ma ku jirtaa? Wac { $emergency-number }.
location-not-used = Mahadsanid. Weli ma isticmaalo goobta aad joogto (location). Waa kan liiska.
# Variables:
#   $emergency-number (String) - the emergency number, from data
message-not-readable = Waxaan akhrin karaa oo keliya qoraal iyo badhanno, ma akhrin karo sawirro, fariimo cod ah ama istiikarro. Waa kan liiska. Khatar ma ku jirtaa? Wac { $emergency-number }.
notice-english-fallback = (Qayb ka mid ah qoraalkan weli laguma turjumin luqaddaada, sidaas darteed waxaa lagu muujinayaa Ingiriisi.)
phase-next-button = Tallaabada xigta ▶
phase-more-button = Wax dheeraad ah oo ku saabsan tallaabadan
category-more-button = Waxa aad sheegayso markaad wacdo
card-more-button = Lambarrada xirfadlayaasha

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
hours-always = Habeen iyo maalin, maalin kasta
hours-closed-holidays = xiran fasaxyada guud
hours-open-now = hadda furan
hours-closed-now = hadda xiran

## Telegram channel (bot/channels/telegram.py)
# Variables:
#   $bot (String) - the bot's username, e.g. "@WegwijsBot"
group-use-private = Waxaan ku jawaabaa oo keliya wada-sheekaysi gaar ah (private chat), si waxa aad weydiiso ay labadeena uun u dhexeeyaan. Fur { $bot } oo riix Start.
# Variables:
#   $emergency-number (String) - the emergency number, from data
error-something-went-wrong = Wax baa khaldamay. Khatar ma ku jirtaa? Wac { $emergency-number }.
command-start = Dib u bilow
command-menu = Liiska ugu weyn
command-help = Sida bot-kani u shaqeeyo
command-language = Dooro luqaddaada
command-emergency = Lambarrada degdegga
command-privacy = Waxa aan kaydinno
command-forget = Tirtir xogta aan kaa hayno
command-erase = Masax wada-sheekaysigan

## Common messages — used by the engine and renderer (bot/) on every screen

welcome = Bi xêr hatin Wegwijsê. Ez alîkariya we dikim ku hûn rêya xwe di prosedura penaberiyê ya Holendayê de bibînin. Ez rêxistinên ku dikarin alîkariya we bikin jî nîşanî we didim. Bikaranîna Wegwijsê belaş e; hin xetên telefonê bi pere ne, û wê demê ev li ser ekranê tê nivîsîn.
welcome-language = Hûn niha bi Kurmancî dixwînin. Ji bo zimanekî din, li "Ziman" bitikînin.
main-menu-intro = Çi ji we re lazim e? Bişkokekê hilbijêrin. Hûn dikarin çend peyvan jî binivîsin, bo nimûne "parêzer" an "doktor".

nav-back = ◀ Paş
nav-menu = 🏠 Menû
# Variables:
#   $emergency-number (String) - the emergency number, from data
nav-emergency = 🚨 Acîl { $emergency-number }
nav-language = 🌐 Ziman

main-option-procedure = Ez di kîjan qonaxê de me?
main-option-topics = Alîkarî li gor mijarê
main-option-organisations = Rêxistin
main-option-help = ℹ️ Alîkarî
main-option-privacy = Nepenî

language-menu-intro = Zimanê xwe hilbijêrin.
language-changed = Zimanê we hat guhertin.

help-intro = Wegwijs agahiyan dide li ser prosedura penaberiyê ya li Holendayê û li ser rêxistinên ku alîkarî dikin. Ew ne parêzer e û li ser doza we tu biryarê nade.
help-commands =
    Hûn dikarin her gav van fermanan bi kar bînin:
    /menu – menûya sereke
    /emergency – hejmarên acîl
    /language – zimanê xwe hilbijêrin
    /privacy – em çi tomar dikin
    /forget – her tiştê ku em li ser we tomar dikin jê bibin
    /erase – vê sohbetê paqij bikin
    Hûn dikarin peyvên wek "menû" an "paş" jî binivîsin.

# Variables:
#   $erase-hours (Number) - how long message numbers are kept for "Erase this chat", from the bot
#   $retention-days (Number) - days without a visit after which we delete it, from the bot's settings
privacy-notice =
    Wegwijs tenê zimanê we û roja serdana we ya dawî tomar dike, di bin kodekê de ku ji hesabê we hatiye çêkirin û nayê vegerandin bo hesabê we. Ji bo "Vê sohbetê paqij bikin" ew herwiha hejmarên peyamên vê sohbetê (ne tiştê ku tê de hatiye nivîsîn) ji bo { $erase-hours } saetan tomar dike.
    Ew tu carî navê we, hejmara telefona we, tiştên ku hûn dinivîsin an kîjan ekranan hûn vedikin tomar nake. Ew dihejmêre ka her ekran çend caran tê vekirin, bêyî ku bizane ji aliyê kê ve.
    /forget her tiştî bi carekê jê dibe. Piştî { $retention-days } rojan bê serdan, ew bi xwe tê jêbirin.

forget-ask = Bila her tiştê ku Wegwijs li ser we dizane were jêbirin? Ew zimanê we û roja serdana we ya dawî ye. Hûn nikarin vê betal bikin.
forget-yes = 🗑️ Erê, her tiştî jê bibin
forget-erase = 🧹 Her tiştî jê bibin û vê sohbetê paqij bikin
forget-no = Na, bila bimîne
forget-done = Temam. Me her tiştê ku li ser we tomar kiribû jê bir. Tu tişt li ser we li cem me nema. Ger hûn dîsa binivîsin, em ji nû ve dest pê dikin.
forget-done-phone = Sohbet bi xwe hîn li ser telefona we ye. Ji bo jêbirina wê: di lîsteya sohbetan a Telegramê de, tiliya xwe li ser vê sohbetê bigirin û "Jê bibe" hilbijêrin.

## Erase this chat, share, feedback

erase-button = 🧹 Vê sohbetê paqij bikin
# Variables:
#   $erase-hours (Number) - how far back the bot can delete messages, from the bot
erase-done =
    Peyamên vê sohbetê yên { $erase-hours ->
        [one] { $erase-hours } saeta
       *[other] { $erase-hours } saetên
    } dawî hatin jêbirin.
    Ji bo ku hûn sohbetê ji telefona xwe jî rakin: di lîsteya sohbetan a Telegramê de, tiliya xwe li ser vê sohbetê bigirin û "Jê bibe" hilbijêrin.
    Ev peyam piştî deqeyekê winda dibe.
share-button = 🔗 Vê ekranê parve bikin
share-intro = Vê girêdanê ji kesekî re bişînin. Ew Wegwijsê li ser vê ekranê vedike.
# Variables:
#   $link (String) - the link that opens this screen
share-link = { $link }
share-in-telegram = Di Telegramê de parve bikin
feedback-up = 👍 Alîkar bû
feedback-down = 👎 Alîkar nebû
feedback-missing = ✍️ Tiştek kêm e?
feedback-thanks = Spas. Em vê dihejmêrin bêyî ku bizanin hûn kî ne.
feedback-missing-thanks = Spas. Em dihejmêrin ku li vir tiştek kêm e, bêyî ku bizanin hûn kî ne. Ji kerema xwe hûrguliyan nenivîsin: tiştên ku hûn dinivîsin nayên tomarkirin.
command-unknown = Ez vê fermanê nas nakim. Va ye menû.
button-expired = Ev bişkok êdî naxebite. Va ye menû.
start-unknown-link = Ez vê girêdanê nas nakim. Va ye menû.
text-did-you-mean = Mebesta we yek ji van bû?
text-not-understood = Bibore, min ew fam nekir. Bişkokekê hilbijêrin, an yek-du peyvan biceribînin, wek "parêzer", "doktor" an "malbat".
# Variables:
#   $emergency-number (String) - the emergency number, from data
flood-slow-down = Ev di carekê de gelek peyam in. Ji kerema xwe hinekî li bendê bin; ez yek bi yek bersiva wan didim. Hûn di xetereyê de ne? Telefonî { $emergency-number } bikin.
location-not-used = Spas. Ez hîn cihê we (location) bi kar naynim. Va ye menû.
# Variables:
#   $emergency-number (String) - the emergency number, from data
message-not-readable = Ez tenê dikarim nivîs û bişkokan bixwînim, ne wêne, peyamên dengî an stîkeran. Va ye menû. Hûn di xetereyê de ne? Telefonî { $emergency-number } bikin.
notice-english-fallback = (Beşek ji vê nivîsê hîn bi zimanê we nehatiye wergerandin, ji ber vê yekê bi Îngilîzî tê nîşandan.)
phase-next-button = Gava din ▶
phase-more-button = Zêdetir li ser vê gavê
category-more-button = Dema telefonê çi bêjin
card-more-button = Hejmar ji bo pisporan

## Organisation cards

card-unconfirmed = hîn ne piştrast e, ji kerema xwe kontrol bikin
card-for-professionals = (ji bo pisporan)
card-save-contact = 📇 Têkiliyê tomar bikin
card-contact-sent = Va ye têkilî. Lê bitikînin da ku hûn telefon bikin an wê di telefona xwe de tomar bikin.

## Opening hours
# Variables:
#   $first (String) - first day name, from the language's calendar (e.g. "Monday")
#   $last (String) - last day name
#   $from (String) - opening time, e.g. "08:00"
#   $to (String) - closing time, e.g. "20:00"
hours-day-range = { $first } heta { $last } { $from }–{ $to }
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
hours-every-day = Her roj { $from }–{ $to }
hours-always = Şev û roj, her roj
hours-closed-holidays = di betlaneyên fermî de girtî ye
hours-open-now = niha vekirî ye
hours-closed-now = niha girtî ye

## Telegram channel (bot/channels/telegram.py)
# Variables:
#   $bot (String) - the bot's username, e.g. "@WegwijsBot"
group-use-private = Ez tenê di sohbeta taybet (private chat) de bersiv didim, da ku tiştên hûn dipirsin di navbera me de bimînin. { $bot } vekin û li Start bitikînin.
# Variables:
#   $emergency-number (String) - the emergency number, from data
error-something-went-wrong = Tiştek xelet çû. Hûn di xetereyê de ne? Telefonî { $emergency-number } bikin.
command-start = Ji nû ve dest pê bikin
command-menu = Menûya sereke
command-help = Ev bot çawa dixebite
command-language = Zimanê xwe hilbijêrin
command-emergency = Hejmarên acîl
command-privacy = Em çi tomar dikin
command-forget = Daneyên xwe yên tomarkirî jê bibin
command-erase = Vê sohbetê paqij bikin

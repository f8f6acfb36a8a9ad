## Common messages — used by the engine and renderer (bot/) on every screen

welcome = Bi xêr hatin Wegwijsê. Ez alîkariya we dikim ku hûn rêya xwe di prosedura penaberiyê ya Holendayê de bibînin. Ez rêxistinên ku dikarin alîkariya we bikin jî nîşanî we didim. Li vir her tişt belaş e.
welcome-language = Hûn niha bi Kurmancî dixwînin. Ji bo zimanekî din, li "Ziman" bitikînin.
main-menu-intro = Çi ji we re lazim e? Bişkokekê hilbijêrin. Hûn dikarin çend peyvan jî binivîsin, bo nimûne "parêzer" an "doktor".

nav-back = ◀ Paş
nav-menu = 🏠 Menû
nav-emergency = 🚨 Acîl 112
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
    Hûn dikarin peyvên wek "menû", "paş" an "rêber" jî binivîsin.

privacy-notice =
    Em tenê van tomar dikin: zimanê we, ekrana dawî ya ku we vekir û roja serdana we ya dawî.
    Em navê we, hejmara telefona we û tiştên ku hûn dinivîsin tomar nakin.
    /forget bişînin û em hemûyan bi carekê jê dibin. Ger hûn 90 rojan neyên, em wan jê dibin jî.

forget-done = Temam. Me her tiştê ku li ser we tomar kiribû jê bir. Tu tişt li ser we nema. Ger hûn dîsa binivîsin, em ji nû ve dest pê dikin.
command-unknown = Ez vê fermanê nas nakim. Va ye menû.
button-expired = Ev bişkok êdî naxebite. Va ye menû.
start-unknown-link = Ez vê girêdanê nas nakim. Va ye menû.
text-did-you-mean = Mebesta we yek ji van bû?
text-not-understood = Bibore, min ew fam nekir. Bişkokekê hilbijêrin, an yek-du peyvan biceribînin, wek "parêzer", "doktor" an "malbat".
location-not-used = Spas. Ez hîn cihê we (location) bi kar naynim. Va ye menû.
notice-english-fallback = (Beşek ji vê nivîsê hîn bi zimanê we nehatiye wergerandin, ji ber vê yekê bi Îngilîzî tê nîşandan.)
phase-next-button = Qonaxa din ▶

## Organisation cards

card-unconfirmed = hîn nehatiye piştrastkirin, ji kerema xwe kontrol bikin
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
hours-always = Rojê 24 saet, heftê 7 roj
hours-closed-holidays = di betlaneyên fermî de girtî ye
hours-open-now = niha vekirî ye
hours-closed-now = niha girtî ye

## Telegram channel (bot/channels/telegram.py)
# Variables:
#   $bot (String) - the bot's username, e.g. "@WegwijsBot"
group-use-private = Ez tenê di sohbeta taybet (private chat) de bersiv didim, da ku tiştên hûn dipirsin di navbera me de bimînin. { $bot } vekin û li Start bitikînin.
# Variables:
#   $phone (String) - the emergency number, from data (112)
error-something-went-wrong = Tiştek xelet çû. Hûn di xetereyê de ne? Li { $phone } bigerin.
command-start = Ji nû ve dest pê bikin
command-menu = Menûya sereke
command-help = Ev bot çawa dixebite
command-language = Zimanê xwe hilbijêrin
command-emergency = Hejmarên acîl
command-privacy = Em çi tomar dikin
command-forget = Daneyên xwe yên tomarkirî jê bibin

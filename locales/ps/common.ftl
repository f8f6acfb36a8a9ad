## Common messages — used by the engine and renderer (bot/) on every screen

welcome = Wegwijs ته ښه راغلاست. زه تاسو سره مرسته کوم چې د هالنډ د پناه غوښتنې په پروسه کې خپله لار ومومئ، او هغه ادارې پیدا کړئ چې تاسو سره مرسته کولی شي. د Wegwijs کارول وړیا دي؛ ځینې تلیفوني لیکې پیسې لګوي، او بیا دا په پاڼه کې لیکل کېږي.
welcome-language = تاسو اوس په پښتو لولئ. د بلې ژبې د ټاکلو لپاره "ژبه" کېکاږئ.
main-menu-intro = تاسو څه ته اړتیا لرئ؟ یوه تڼۍ وټاکئ. تاسو کولی شئ څو کلمې هم ولیکئ، د بېلګې په توګه "وکیل" یا "ډاکټر".

nav-back = ◀ شاته
nav-menu = 🏠 مېنو
# Variables:
#   $emergency-number (String) - the emergency number, from data
nav-emergency = 🚨 بېړنی حالت { $emergency-number }
nav-language = 🌐 ژبه

main-option-procedure = د پناه په پروسه کې چېرته یم؟
main-option-topics = د موضوع له مخې مرسته
main-option-organisations = ادارې
main-option-help = ℹ️ لارښود
main-option-privacy = محرمیت

language-menu-intro = خپله ژبه وټاکئ.
language-changed = ستاسو ژبه بدله شوه.

help-intro = Wegwijs په هالنډ کې د پناه غوښتنې د پروسې او د مرسته کوونکو ادارو په اړه معلومات ورکوي. دا وکیل نه دی، او ستاسو د قضیې په اړه هیڅ پرېکړه نه کوي.
help-commands =
    تاسو تل دا کمانډونه کارولی شئ:
    /menu – اصلي مېنو
    /emergency – بېړنۍ شمېرې
    /language – خپله ژبه وټاکئ
    /privacy – موږ څه ساتو
    /forget – هر هغه څه ړنګ کړئ چې موږ یې ستاسو په اړه ساتو
    /erase – دا چټ پاک کړئ
    تاسو کولی شئ کلمې هم ولیکئ، لکه "مېنو" یا "شاته".

# Variables:
#   $erase-hours (Number) - how long message numbers are kept for "Erase this chat", from the bot
#   $retention-days (Number) - days without a visit after which we delete it, from the bot's settings
privacy-notice =
    Wegwijs یوازې ستاسو ژبه او ستاسو د وروستي راتګ ورځ ساتي، د یو کوډ لاندې چې ستاسو له حساب (اکاونټ) څخه جوړ شوی دی او بېرته په حساب نه شي اړول کېدای. د "دا چټ پاک کړئ" لپاره، دا د دې چټ د پیغامونو شمېرې هم (نه د هغوی متن) د { $erase-hours ->
        [one] { $erase-hours } ساعت
       *[other] { $erase-hours } ساعتونو
    } لپاره ساتي.
    Wegwijs هېڅکله ستاسو نوم، ستاسو د تلیفون شمېره، هغه څه چې تاسو یې لیکئ، یا هغه پاڼې چې تاسو یې پرانیزئ، نه ساتي. دا یوازې شمېري چې هره پاڼه څو ځله پرانیستل کېږي، پرته له دې چې پوه شي چا پرانیستې ده.
    /forget هر څه په یو ځل ړنګوي. که تاسو { $retention-days ->
        [one] { $retention-days } ورځ
       *[other] { $retention-days } ورځې
    } رانه شئ، هر څه پخپله ړنګېږي.

forget-ask = ټول هغه معلومات ړنګ کړو چې Wegwijs یې ستاسو په اړه لري؟ دا ستاسو ژبه او ستاسو د وروستي راتګ ورځ ده. دا کار بېرته نه شي کېدای.
forget-yes = 🗑️ هو، هر څه ړنګ کړئ
forget-erase = 🧹 هر څه ړنګ او دا چټ پاک کړئ
forget-no = نه، مه یې ړنګوئ

forget-done = شو. موږ هر هغه څه ړنګ کړل چې ستاسو په اړه مو ساتلي وو. ستاسو په اړه هیڅ شی له موږ سره پاتې نه دی. که بیا ولیکئ، له سره پیل کوو.
forget-done-phone = دا چټ پخپله لا هم ستاسو په تلیفون کې دی. د ړنګولو لپاره یې: د Telegram د چټونو په لړ کې، پر دې چټ ګوته ونیسئ او "Delete" وټاکئ.

## Erase this chat, share, feedback

erase-button = 🧹 دا چټ پاک کړئ
# Variables:
#   $erase-hours (Number) - how far back the bot can delete messages, from the bot
erase-done =
    د دې چټ د { $erase-hours ->
        [one] وروستي { $erase-hours } ساعت
       *[other] وروستیو { $erase-hours } ساعتونو
    } پیغامونه ړنګ شول.
    د دې لپاره چې چټ ستاسو له تلیفون څخه هم لرې شي: د Telegram د چټونو په لړ کې، پر دې چټ ګوته ونیسئ او "Delete" وټاکئ.
    دا پیغام به په یوه دقیقه کې ورک شي.
share-button = 🔗 دا پاڼه شریکه کړئ
share-intro = دا لینک یو چا ته ولېږئ. دا Wegwijs په همدې پاڼه پرانیزي.
# Variables:
#   $link (String) - the link that opens this screen
share-link = { $link }
share-in-telegram = په Telegram کې یې شریک کړئ
feedback-up = 👍 ګټوره وه
feedback-down = 👎 ګټوره نه وه
feedback-missing = ✍️ یو څه کم دي؟
feedback-thanks = مننه. موږ دا شمېرو، پرته له دې چې پوه شو تاسو څوک یاست.
feedback-missing-thanks = مننه. موږ شمېرو چې دلته یو څه کم دي، پرته له دې چې پوه شو تاسو څوک یاست. مهرباني وکړئ جزییات مه لیکئ: هغه څه چې تاسو یې لیکئ نه ساتل کېږي.
command-unknown = زه دا کمانډ نه پېژنم. دا دی مېنو.
button-expired = دا تڼۍ نور کار نه کوي. دا دی مېنو.
start-unknown-link = زه دا لینک نه پېژنم. دا دی مېنو.
text-did-you-mean = ایا ستاسو مطلب له دې څخه یو و؟
text-not-understood = بښنه غواړم، زه پوه نه شوم. یوه تڼۍ وټاکئ، یا یوه یا دوه کلمې ولیکئ، لکه "وکیل"، "ډاکټر" یا "کورنۍ".
# Variables:
#   $emergency-number (String) - the emergency number, from data
flood-slow-down = په یو ځل ډېر پیغامونه راغلل. مهرباني وکړئ لږ صبر وکړئ؛ زه یو په یو ځواب ورکوم. په خطر کې یاست؟ { $emergency-number } ته زنګ ووهئ.
location-not-used = مننه. زه لا تر اوسه ځای (لوکېشن) نه کاروم. دا دی مېنو.
# Variables:
#   $emergency-number (String) - the emergency number, from data
message-not-readable = زه یوازې متن او تڼۍ لوستلای شم، نه انځورونه، غږیز پیغامونه یا سټیکرونه. دا دی مېنو. په خطر کې یاست؟ { $emergency-number } ته زنګ ووهئ.
notice-english-fallback = (د دې متن یوه برخه لا ستاسو ژبې ته نه ده ژباړل شوې، نو په انګلیسي ښودل کېږي.)
phase-next-button = بل ګام ▶
phase-more-button = د دې ګام په اړه نور
category-more-button = کله چې زنګ وهئ، څه ووایاست
card-more-button = د مسلکي کسانو لپاره شمېرې

## Organisation cards

card-unconfirmed = لا تایید شوی نه دی، مهرباني وکړئ یې وګورئ
card-for-professionals = (د مسلکي کسانو لپاره)
card-save-contact = 📇 د اړیکې په توګه یې وساتئ
card-contact-sent = دا ده د اړیکې شمېره. پرې ټک وکړئ چې زنګ ووهئ، یا یې په خپل تلیفون کې وساتئ.

## Opening hours
# Variables:
#   $first (String) - first day name, from the language's calendar (e.g. "Monday")
#   $last (String) - last day name
#   $from (String) - opening time, e.g. "08:00"
#   $to (String) - closing time, e.g. "20:00"
hours-day-range = { $first } تر { $last } { $from }–{ $to }
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
hours-every-day = هره ورځ { $from }–{ $to }
hours-always = شپه او ورځ، هره ورځ
hours-closed-holidays = په رسمي رخصتیو کې تړلی
hours-open-now = اوس خلاص دی
hours-closed-now = اوس تړلی دی

## Telegram channel (bot/channels/telegram.py)
# Variables:
#   $bot (String) - the bot's username, e.g. "@WegwijsBot"
group-use-private = زه یوازې په شخصي چټ کې ځواب ورکوم، ترڅو ستاسو پوښتنې زموږ ترمنځ پاتې شي. { $bot } پرانیزئ او Start کېکاږئ.
# Variables:
#   $emergency-number (String) - the emergency number, from data
error-something-went-wrong = یوه ستونزه پېښه شوه. په خطر کې یاست؟ { $emergency-number } ته زنګ ووهئ.
command-start = بیا پیل کړئ
command-menu = اصلي مېنو
command-help = دا بوټ څنګه کار کوي
command-language = خپله ژبه وټاکئ
command-emergency = بېړنۍ شمېرې
command-privacy = موږ څه ساتو
command-forget = هر څه ړنګ کړئ چې موږ یې ستاسو په اړه ساتو
command-erase = دا چټ پاک کړئ

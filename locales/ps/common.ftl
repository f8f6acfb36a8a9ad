## Common messages — used by the engine and renderer (bot/) on every screen

welcome = Wegwijs ته ښه راغلاست. زه تاسو سره مرسته کوم چې د هالنډ د پناه غوښتنې په پروسه کې خپله لار ومومئ، او هغه ادارې پیدا کړئ چې تاسو سره مرسته کولی شي. دلته هر څه وړیا دي.
welcome-language = تاسو اوس په پښتو لولئ. د بلې ژبې د ټاکلو لپاره "ژبه" کېکاږئ.
main-menu-intro = تاسو څه ته اړتیا لرئ؟ یوه تڼۍ وټاکئ. تاسو کولی شئ څو کلمې هم ولیکئ، د بېلګې په توګه "وکیل" یا "ډاکټر".

nav-back = ◀ شاته
nav-menu = 🏠 مېنو
nav-emergency = 🚨 بېړنی حالت 112
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
    تاسو کولی شئ کلمې هم ولیکئ، لکه "مېنو"، "شاته" یا "لارښود".

privacy-notice =
    موږ یوازې دا ساتو: ستاسو ژبه، وروستۍ پاڼه چې تاسو پرانیستې وه، او ستاسو د وروستي راتګ ورځ.
    موږ ستاسو نوم، ستاسو د تلیفون شمېره، یا هغه څه چې تاسو یې لیکئ نه ساتو.
    /forget ولېږئ، موږ به ټول په یو ځل ړنګ کړو. که تاسو 90 ورځې رانه شئ، موږ یې بیا هم ړنګوو.

forget-done = شو. موږ هر هغه څه ړنګ کړل چې ستاسو په اړه مو ساتلي وو. ستاسو په اړه هیڅ شی پاتې نه دی. که بیا ولیکئ، له سره پیل کوو.
command-unknown = زه دا کمانډ نه پېژنم. دا دی مېنو.
button-expired = دا تڼۍ نور کار نه کوي. دا دی مېنو.
start-unknown-link = زه دا لینک نه پېژنم. دا دی مېنو.
text-did-you-mean = ایا ستاسو مطلب له دې څخه یو و؟
text-not-understood = بښنه غواړم، زه پوه نه شوم. یوه تڼۍ وټاکئ، یا یوه یا دوه کلمې ولیکئ، لکه "وکیل"، "ډاکټر" یا "کورنۍ".
location-not-used = مننه. زه لا تر اوسه ځای (لوکېشن) نه کاروم. دا دی مېنو.
notice-english-fallback = (د دې متن یوه برخه لا ستاسو ژبې ته نه ده ژباړل شوې، نو په انګلیسي ښودل کېږي.)
phase-next-button = بل پړاو ▶

## Organisation cards

card-unconfirmed = لا تایید شوی نه دی، مهرباني وکړئ وې ګورئ
card-for-professionals = (د مسلکي کسانو لپاره)
card-save-contact = 📇 د اړیکې په توګه یې وساتئ
card-contact-sent = دا دی د اړیکې شمېره. پرې ټک وکړئ چې زنګ ووهئ، یا یې په خپل تلیفون کې وساتئ.

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
hours-always = د ورځې 24 ساعته، د اونۍ 7 ورځې
hours-closed-holidays = په رسمي رخصتیو کې تړلی
hours-open-now = اوس خلاص دی
hours-closed-now = اوس تړلی دی

## Telegram channel (bot/channels/telegram.py)
# Variables:
#   $bot (String) - the bot's username, e.g. "@WegwijsBot"
group-use-private = زه یوازې په شخصي چټ کې ځواب ورکوم، ترڅو ستاسو پوښتنې زموږ ترمنځ پاتې شي. { $bot } پرانیزئ او Start کېکاږئ.
# Variables:
#   $phone (String) - the emergency number, from data (112)
error-something-went-wrong = یو څه غلط شول. په خطر کې یاست؟ { $phone } ته زنګ ووهئ.
command-start = بیا پیل کړئ
command-menu = اصلي مېنو
command-help = دا بوټ څنګه کار کوي
command-language = خپله ژبه وټاکئ
command-emergency = بېړنۍ شمېرې
command-privacy = موږ څه ساتو
command-forget = هر څه ړنګ کړئ چې موږ یې ستاسو په اړه ساتو

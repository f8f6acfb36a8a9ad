## Common messages — used by the engine and renderer (bot/) on every screen

welcome = بەخێربێن بۆ Wegwijs. یارمەتیتان دەدەم ڕێگای خۆتان لە پرۆسەی پەنابەری لە هۆڵەندا بدۆزنەوە، و ئەو ڕێکخراوانە بدۆزنەوە کە دەتوانن یارمەتیتان بدەن. هەموو شتێک لێرە بێبەرامبەرە.
welcome-language = ئێستا بە کوردیی سۆرانی دەخوێننەوە. بۆ هەڵبژاردنی زمانێکی تر، "زمان" دابگرن.
main-menu-intro = پێویستتان بە چییە؟ دوگمەیەک هەڵبژێرن. دەتوانن چەند وشەیەکیش بنووسن، بۆ نموونە "پارێزەر" یان "دکتۆر".

nav-back = ◀ دواوە
nav-menu = 🏠 مێنیو
nav-emergency = 🚨 فریاکەوتن 112
nav-language = 🌐 زمان

main-option-procedure = لە کوێی پرۆسەی پەنابەریدام؟
main-option-topics = یارمەتی بەپێی بابەت
main-option-organisations = ڕێکخراوەکان
main-option-help = ℹ️ ڕێنمایی
main-option-privacy = نهێنیپارێزی

language-menu-intro = زمانەکەتان هەڵبژێرن.
language-changed = زمانەکەتان گۆڕدرا.

help-intro = Wegwijs زانیاری دەدات دەربارەی پرۆسەی پەنابەری لە هۆڵەندا، و دەربارەی ئەو ڕێکخراوانەی یارمەتی دەدەن. پارێزەر نییە، و هیچ بڕیارێک لەسەر کەیسەکەتان نادات.
help-commands =
    هەمیشە دەتوانن ئەم فەرمانانە بەکاربهێنن:
    /menu – مێنیوی سەرەکی
    /emergency – ژمارەکانی فریاکەوتن
    /language – زمانەکەتان هەڵبژێرن
    /privacy – ئێمە چی هەڵدەگرین
    /forget – هەموو ئەو شتانە بسڕنەوە کە دەربارەی ئێوە هەڵمانگرتووە
    دەتوانن وشەی وەک "مێنیو"، "دواوە" یان "ڕێنمایی"ش بنووسن.

privacy-notice =
    ئێمە تەنها ئەمانە هەڵدەگرین: زمانەکەتان، دوایین لاپەڕە کە کردتانەوە، و ڕۆژی دوایین سەردانتان.
    ناوتان، ژمارەی تەلەفۆنەکەتان، یان ئەوەی دەینووسن هەڵناگرین.
    /forget بنێرن، ئێمە هەمووی یەکسەر دەسڕینەوە. ئەگەر 90 ڕۆژ سەردان نەکەن، هەروەها هەمووی دەسڕینەوە.

forget-done = تەواو. هەموو ئەو شتانەمان سڕییەوە کە دەربارەی ئێوە هەڵمانگرتبوو. هیچ شتێک دەربارەی ئێوە نەماوە. ئەگەر دووبارە بنووسن، لە سەرەتاوە دەست پێدەکەینەوە.
command-unknown = ئەم فەرمانە ناناسم. ئەمە مێنیوەکەیە.
button-expired = ئەم دوگمەیە ئیتر کار ناکات. ئەمە مێنیوەکەیە.
start-unknown-link = ئەم بەستەرە ناناسم. ئەمە مێنیوەکەیە.
text-did-you-mean = مەبەستتان یەکێک لەمانە بوو؟
text-not-understood = ببورن، تێنەگەیشتم. دوگمەیەک هەڵبژێرن، یان یەک یان دوو وشە بنووسن، وەک "پارێزەر"، "دکتۆر" یان "خێزان".
location-not-used = سوپاس. هێشتا شوێن (لۆکەیشن) بەکارناهێنم. ئەمە مێنیوەکەیە.
notice-english-fallback = (بەشێک لەم دەقە هێشتا بۆ زمانەکەتان وەرنەگێڕدراوە، بۆیە بە ئینگلیزی پیشان دەدرێت.)
phase-next-button = قۆناغی دواتر ▶

## Organisation cards

card-unconfirmed = هێشتا پشتڕاست نەکراوەتەوە، تکایە بیپشکنن
card-for-professionals = (بۆ کەسانی پسپۆڕ)
card-save-contact = 📇 وەک پەیوەندی هەڵیبگرن
card-contact-sent = ئەمە پەیوەندییەکەیە. دەستی لێبدەن بۆ پەیوەندیکردن، یان بۆ هەڵگرتنی لە تەلەفۆنەکەتاندا.

## Opening hours
# Variables:
#   $first (String) - first day name, from the language's calendar (e.g. "Monday")
#   $last (String) - last day name
#   $from (String) - opening time, e.g. "08:00"
#   $to (String) - closing time, e.g. "20:00"
hours-day-range = { $first } تا { $last } { $from }–{ $to }
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
hours-every-day = هەموو ڕۆژێک { $from }–{ $to }
hours-always = 24 کاتژمێر لە ڕۆژدا، 7 ڕۆژ لە هەفتەدا
hours-closed-holidays = لە پشووە فەرمییەکاندا داخراوە
hours-open-now = ئێستا کراوەیە
hours-closed-now = ئێستا داخراوە

## Telegram channel (bot/channels/telegram.py)
# Variables:
#   $bot (String) - the bot's username, e.g. "@WegwijsBot"
group-use-private = من تەنها لە چاتی تایبەتدا وەڵام دەدەمەوە، بۆ ئەوەی پرسیارەکانتان لە نێوان خۆماندا بمێنێتەوە. { $bot } بکەنەوە و Start دابگرن.
# Variables:
#   $phone (String) - the emergency number, from data (112)
error-something-went-wrong = هەڵەیەک ڕوویدا. لە مەترسیدان؟ پەیوەندی بە { $phone } بکەن.
command-start = دووبارە دەستپێکردنەوە
command-menu = مێنیوی سەرەکی
command-help = ئەم بۆتە چۆن کار دەکات
command-language = زمانەکەتان هەڵبژێرن
command-emergency = ژمارەکانی فریاکەوتن
command-privacy = ئێمە چی هەڵدەگرین
command-forget = هەموو زانیارییەکانتان لای ئێمە بسڕنەوە

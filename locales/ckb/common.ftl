## Common messages — used by the engine and renderer (bot/) on every screen

welcome = بەخێربێن بۆ Wegwijs. یارمەتیتان دەدەم ڕێگای خۆتان لە پرۆسەی پەنابەری لە هۆڵەندا بدۆزنەوە، و ئەو ڕێکخراوانە بدۆزنەوە کە دەتوانن یارمەتیتان بدەن. بەکارهێنانی Wegwijs بێبەرامبەرە؛ هەندێک هێڵی تەلەفۆن پارەیان تێدەچێت، و ئەو کاتە لەسەر شاشەکە دەنووسرێت.
welcome-language = ئێستا بە کوردیی سۆرانی دەخوێننەوە. بۆ هەڵبژاردنی زمانێکی تر، "زمان" دابگرن.
main-menu-intro = پێویستتان بە چییە؟ دوگمەیەک هەڵبژێرن. دەتوانن چەند وشەیەکیش بنووسن، بۆ نموونە "پارێزەر" یان "دکتۆر".

nav-back = ◀ دواوە
nav-menu = 🏠 مێنیو
# Variables:
#   $emergency-number (String) - the emergency number, from data
nav-emergency = 🚨 فریاکەوتن { $emergency-number }
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
    /erase – ئەم چاتە پاک بکەنەوە
    هەروەها دەتوانن وشەی وەک "مێنیو" یان "دواوە" بنووسن.

# Variables:
#   $erase-hours (Number) - how long message numbers are kept for "Erase this chat", from the bot
#   $retention-days (Number) - days without a visit after which we delete it, from the bot's settings
privacy-notice =
    Wegwijs تەنها زمانەکەتان و ڕۆژی دوایین سەردانتان هەڵدەگرێت، لە ژێر کۆدێکدا کە لە هەژمارەکەتان دروستکراوە و ناکرێت بگەڕێنرێتەوە بۆ هەژمارەکەتان. بۆ "ئەم چاتە پاک بکەنەوە"، هەروەها ژمارەی نامەکانی ئەم چاتە (نەک ئەوەی تێیاندا نووسراوە) بۆ ماوەی { $erase-hours } کاتژمێر هەڵدەگرێت.
    هەرگیز ناوەکەتان، ژمارەی تەلەفۆنەکەتان، ئەوەی دەینووسن یان ئەو شاشانەی دەیکەنەوە هەڵناگرێت. دەژمێرێت هەر شاشەیەک چەند جار دەکرێتەوە، بێ ئەوەی بزانێت لەلایەن کێوە.
    /forget هەموو شتێک یەکسەر دەسڕێتەوە. دوای { $retention-days } ڕۆژ بێ سەردان، خۆبەخۆ دەسڕدرێتەوە.

forget-ask = هەموو ئەو شتانەی Wegwijs دەربارەی ئێوە دەیزانێت بسڕدرێتەوە؟ ئەوەش زمانەکەتان و ڕۆژی دوایین سەردانتانە. ناتوانن ئەمە بگەڕێننەوە.
forget-yes = 🗑️ بەڵێ، هەموو شتێک بسڕنەوە
forget-erase = 🧹 هەموو شتێک بسڕنەوە و ئەم چاتە پاک بکەنەوە
forget-no = نەخێر، با بمێنێت
forget-done = تەواو. هەموو ئەو شتانەمان سڕییەوە کە دەربارەی ئێوە هەڵمانگرتبوو. هیچ شتێک دەربارەی ئێوە لای ئێمە نەماوە. ئەگەر دووبارە بنووسن، لە سەرەتاوە دەست پێدەکەینەوە.
forget-done-phone = خودی چاتەکە هێشتا لەسەر تەلەفۆنەکەتانە. بۆ سڕینەوەی: لە لیستی چاتەکانی Telegram، پەنجە لەسەر ئەم چاتە دابنێن و ڕایبگرن، و "سڕینەوە" هەڵبژێرن.

## Erase this chat, share, feedback

erase-button = 🧹 ئەم چاتە پاک بکەنەوە
# Variables:
#   $erase-hours (Number) - how far back the bot can delete messages, from the bot
erase-done =
    نامەکانی ئەم چاتە لە { $erase-hours ->
        [one] { $erase-hours } کاتژمێری
       *[other] { $erase-hours } کاتژمێری
    } ڕابردوودا سڕانەوە.
    بۆ ئەوەی چاتەکە لە تەلەفۆنەکەشتان لاببەن: لە لیستی چاتەکانی Telegram، پەنجە لەسەر ئەم چاتە دابنێن و ڕایبگرن، و "سڕینەوە" هەڵبژێرن.
    ئەم نامەیە لە ماوەی خولەکێکدا ون دەبێت.
share-button = 🔗 ئەم شاشەیە هاوبەش بکەن
share-intro = ئەم بەستەرە بۆ کەسێک بنێرن. Wegwijs لەسەر ئەم شاشەیە دەکاتەوە.
# Variables:
#   $link (String) - the link that opens this screen
share-link = { $link }
share-in-telegram = لە Telegram هاوبەشی بکەن
feedback-up = 👍 یارمەتیدەر بوو
feedback-down = 👎 یارمەتیدەر نەبوو
feedback-missing = ✍️ شتێک کەمە؟
feedback-thanks = سوپاس. ئەمە دەژمێرین بێ ئەوەی بزانین ئێوە کێن.
feedback-missing-thanks = سوپاس. ئەوە دەژمێرین کە شتێک لێرە کەمە، بێ ئەوەی بزانین ئێوە کێن. تکایە وردەکاری مەنووسن: ئەوەی دەینووسن هەڵناگیرێت.
command-unknown = ئەم فەرمانە ناناسم. ئەمە مێنیوەکەیە.
button-expired = ئەم دوگمەیە ئیتر کار ناکات. ئەمە مێنیوەکەیە.
start-unknown-link = ئەم بەستەرە ناناسم. ئەمە مێنیوەکەیە.
text-did-you-mean = مەبەستتان یەکێک لەمانە بوو؟
text-not-understood = ببورن، تێنەگەیشتم. دوگمەیەک هەڵبژێرن، یان یەک یان دوو وشە بنووسن، وەک "پارێزەر"، "دکتۆر" یان "خێزان".
# Variables:
#   $emergency-number (String) - the emergency number, from data
flood-slow-down = ئەوە نامەیەکی زۆرە لە یەک کاتدا. تکایە کەمێک چاوەڕێ بکەن؛ یەک بە یەک وەڵامیان دەدەمەوە. لە مەترسیدان؟ پەیوەندی بە { $emergency-number } بکەن.
location-not-used = سوپاس. هێشتا شوێن (لۆکەیشن) بەکارناهێنم. ئەمە مێنیوەکەیە.
# Variables:
#   $emergency-number (String) - the emergency number, from data
message-not-readable = تەنها دەتوانم دەق و دوگمە بخوێنمەوە، نەک وێنە، نامەی دەنگی یان ستیکەر. ئەمە مێنیوەکەیە. لە مەترسیدان؟ پەیوەندی بە { $emergency-number } بکەن.
notice-english-fallback = (بەشێک لەم دەقە هێشتا بۆ زمانەکەتان وەرنەگێڕدراوە، بۆیە بە ئینگلیزی پیشان دەدرێت.)
phase-next-button = هەنگاوی دواتر ▶
phase-more-button = زیاتر دەربارەی ئەم هەنگاوە
category-more-button = کاتی پەیوەندیکردن چی بڵێن
card-more-button = ژمارەکان بۆ کەسانی پسپۆڕ

## Organisation cards

card-unconfirmed = هێشتا پشتڕاست نەکراوە، تکایە بیپشکنن
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
hours-always = شەو و ڕۆژ، هەموو ڕۆژێک
hours-closed-holidays = لە پشووە فەرمییەکاندا داخراوە
hours-open-now = ئێستا کراوەیە
hours-closed-now = ئێستا داخراوە

## Telegram channel (bot/channels/telegram.py)
# Variables:
#   $bot (String) - the bot's username, e.g. "@WegwijsBot"
group-use-private = من تەنها لە چاتی تایبەتدا وەڵام دەدەمەوە، بۆ ئەوەی پرسیارەکانتان لە نێوان خۆماندا بمێنێتەوە. { $bot } بکەنەوە و Start دابگرن.
# Variables:
#   $emergency-number (String) - the emergency number, from data
error-something-went-wrong = هەڵەیەک ڕوویدا. لە مەترسیدان؟ پەیوەندی بە { $emergency-number } بکەن.
command-start = دووبارە دەستپێکردنەوە
command-menu = مێنیوی سەرەکی
command-help = ئەم بۆتە چۆن کار دەکات
command-language = زمانەکەتان هەڵبژێرن
command-emergency = ژمارەکانی فریاکەوتن
command-privacy = ئێمە چی هەڵدەگرین
command-forget = هەموو زانیارییەکانتان لای ئێمە بسڕنەوە
command-erase = ئەم چاتە پاک بکەنەوە

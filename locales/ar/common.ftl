## Common messages — used by the engine and renderer (bot/) on every screen

welcome = أهلًا بك في Wegwijs. أساعدك على فهم طريقك في إجراءات اللجوء في هولندا، وعلى إيجاد منظمات تستطيع مساعدتك. كل شيء هنا مجاني.
welcome-language = أنت تقرأ الآن باللغة العربية. لاختيار لغة أخرى، اضغط على "اللغة".
main-menu-intro = ماذا تحتاج؟ اختر زرًّا. يمكنك أيضًا أن تكتب كلمات قليلة، مثل "محامي" أو "طبيب".

nav-back = ◀ رجوع
nav-menu = 🏠 القائمة
nav-emergency = 🚨 طوارئ 112
nav-language = 🌐 اللغة

main-option-procedure = أين أنا في إجراءات اللجوء؟
main-option-topics = مساعدة حسب الموضوع
main-option-organisations = المنظمات
main-option-help = ℹ️ مساعدة
main-option-privacy = الخصوصية

language-menu-intro = اختر لغتك.
language-changed = تم تغيير لغتك.

help-intro = يقدّم Wegwijs معلومات عن إجراءات اللجوء في هولندا، وعن المنظمات التي تساعد. هو ليس محاميًا، ولا يقرّر أي شيء في ملفك.
help-commands =
    يمكنك دائمًا استخدام هذه الأوامر:
    /menu – القائمة الرئيسية
    /emergency – أرقام الطوارئ
    /language – اختيار لغتك
    /privacy – ماذا نحفظ
    /forget – حذف كل ما نحفظه عنك
    يمكنك أيضًا أن تكتب كلمات مثل "القائمة" أو "رجوع".

privacy-notice =
    نحفظ فقط: لغتك، وآخر شاشة فتحتها، ويوم آخر زيارة لك.
    لا نحفظ اسمك، ولا رقم هاتفك، ولا ما تكتبه.
    أرسل /forget ونحذف كل ذلك مرة واحدة. ونحذفه أيضًا بعد 90 يومًا بدون زيارة.

forget-done = تم. حذفنا كل ما كنا نحفظه عنك. لم يبقَ عندنا أي شيء عنك. إذا كتبت لنا مرة أخرى، نبدأ من جديد.
command-unknown = لا أعرف هذا الأمر. هذه هي القائمة.
button-expired = هذا الزر لم يعد يعمل. هذه هي القائمة.
start-unknown-link = لا أعرف هذا الرابط. هذه هي القائمة.
text-did-you-mean = هل تقصد واحدًا من هذه؟
text-not-understood = عذرًا، لم أفهم ذلك. اختر زرًّا، أو جرّب كلمة أو كلمتين، مثل "محامي" أو "طبيب" أو "عائلة".
location-not-used = شكرًا. لا أستخدم المواقع حتى الآن. هذه هي القائمة.
notice-english-fallback = (جزء من هذا النص لم يُترجَم بعد إلى لغتك، لذلك يظهر باللغة الإنجليزية.)
phase-next-button = المرحلة التالية ▶

## Organisation cards

card-unconfirmed = غير مؤكَّد بعد، يُرجى التحقق
card-for-professionals = (للمختصين)
card-save-contact = 📇 حفظ كجهة اتصال
card-contact-sent = هذه جهة الاتصال. اضغط عليها للاتصال أو لحفظها في هاتفك.

## Opening hours
# Variables:
#   $first (String) - first day name, from the language's calendar (e.g. "Monday")
#   $last (String) - last day name
#   $from (String) - opening time, e.g. "08:00"
#   $to (String) - closing time, e.g. "20:00"
hours-day-range = من { $first } إلى { $last } { $from }–{ $to }
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
hours-every-day = كل يوم { $from }–{ $to }
hours-always = 24 ساعة في اليوم، 7 أيام في الأسبوع
hours-closed-holidays = مغلق في العطل الرسمية
hours-open-now = مفتوح الآن
hours-closed-now = مغلق الآن

## Telegram channel (bot/channels/telegram.py)
# Variables:
#   $bot (String) - the bot's username, e.g. "@WegwijsBot"
group-use-private = أجيب فقط في محادثة خاصة، حتى يبقى ما تسأله بيننا. افتح { $bot } واضغط على "ابدأ" (Start).
# Variables:
#   $phone (String) - the emergency number, from data (112)
error-something-went-wrong = حدث خطأ ما. هل أنت في خطر؟ اتصل بالرقم { $phone }.
command-start = البدء من جديد
command-menu = القائمة الرئيسية
command-help = كيف يعمل هذا البوت
command-language = اختر لغتك
command-emergency = أرقام الطوارئ
command-privacy = ماذا نحفظ
command-forget = احذف كل ما نحفظه عنك

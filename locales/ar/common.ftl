## Common messages — used by the engine and renderer (bot/) on every screen

welcome = أهلًا بك في Wegwijs. أساعدك على فهم طريقك في إجراءات اللجوء في هولندا، وعلى إيجاد منظمات تستطيع مساعدتك. استخدام Wegwijs مجاني؛ بعض خطوط الهاتف تكلّف مالًا، وعندها تذكر الشاشة ذلك.
welcome-language = أنت تقرأ الآن باللغة العربية. لاختيار لغة أخرى، اضغط على «اللغة».
main-menu-intro = ماذا تحتاج؟ اختر زرًّا. يمكنك أيضًا أن تكتب كلمات قليلة، مثل «محامي» أو «طبيب».

nav-back = ◀ رجوع
nav-menu = 🏠 القائمة
# Variables:
#   $emergency-number (String) - the emergency number, from data
nav-emergency = 🚨 طوارئ { $emergency-number }
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
    /erase – مسح هذه المحادثة
    يمكنك أيضًا أن تكتب كلمات مثل «القائمة» أو «رجوع».

# Variables:
#   $erase-hours (Number) - how long message numbers are kept for "Erase this chat", from the bot
#   $retention-days (Number) - days without a visit after which we delete it, from the bot's settings
privacy-notice =
    يحفظ Wegwijs فقط لغتك ويوم آخر زيارة لك، تحت رمز مأخوذ من حسابك لا يمكن إرجاعه إلى حسابك. ومن أجل «مسح هذه المحادثة» يحفظ أيضًا أرقام رسائل هذه المحادثة (وليس ما فيها)، لمدة { $erase-hours ->
        [zero] { $erase-hours } ساعة
        [one] ساعة واحدة
        [two] ساعتين
        [few] { $erase-hours } ساعات
        [many] { $erase-hours } ساعة
       *[other] { $erase-hours } ساعة
    }.
    لا يحفظ أبدًا اسمك، ولا رقم هاتفك، ولا ما تكتبه، ولا الشاشات التي تفتحها. يعدّ كم مرة تُفتح كل شاشة، بدون أن يعرف من فتحها.
    الأمر /forget يحذف كل شيء مرة واحدة. وبعد { $retention-days ->
        [zero] { $retention-days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $retention-days } أيام
        [many] { $retention-days } يومًا
       *[other] { $retention-days } يوم
    } بدون زيارة، يُحذف كل ذلك تلقائيًا.

forget-ask = هل تريد حذف كل ما يعرفه Wegwijs عنك؟ أي لغتك ويوم آخر زيارة لك. لا يمكنك التراجع عن ذلك.
forget-yes = 🗑️ نعم، احذف كل شيء
forget-erase = 🧹 احذف كل شيء وامسح هذه المحادثة
forget-no = لا، أبقِ كل شيء
forget-done = تم. حذفنا كل ما كنا نحفظه عنك. لم يبقَ عندنا أي شيء عنك. إذا كتبت لنا مرة أخرى، نبدأ من جديد.
forget-done-phone = المحادثة نفسها ما زالت على هاتفك. لحذفها: في قائمة المحادثات في Telegram، اضغط مطوّلًا على هذه المحادثة واختر «حذف».

## Erase this chat, share, feedback

erase-button = 🧹 مسح هذه المحادثة
# Variables:
#   $erase-hours (Number) - how far back the bot can delete messages, from the bot
erase-done =
    حُذفت رسائل هذه المحادثة من آخر { $erase-hours ->
        [zero] { $erase-hours } ساعة
        [one] ساعة
        [two] ساعتين
        [few] { $erase-hours } ساعات
        [many] { $erase-hours } ساعة
       *[other] { $erase-hours } ساعة
    }.
    لإزالة المحادثة من هاتفك أيضًا: في قائمة المحادثات في Telegram، اضغط مطوّلًا على هذه المحادثة واختر «حذف».
    ستختفي هذه الرسالة بعد دقيقة.
share-button = 🔗 مشاركة هذه الشاشة
share-intro = أرسل هذا الرابط إلى شخص ما. إنه يفتح Wegwijs على هذه الشاشة.
# Variables:
#   $link (String) - the link that opens this screen
share-link = { $link }
share-in-telegram = مشاركة في Telegram
feedback-up = 👍 هذا ساعدني
feedback-down = 👎 لم يساعدني
feedback-missing = ✍️ هل ينقص شيء؟
feedback-thanks = شكرًا. نحسب هذا بدون أن نعرف من أنت.
feedback-missing-thanks = شكرًا. نحسب أن شيئًا ما ينقص هنا، بدون أن نعرف من أنت. من فضلك لا تكتب تفاصيل: ما تكتبه لا يُحفظ.
command-unknown = لا أعرف هذا الأمر. هذه هي القائمة.
button-expired = هذا الزر لم يعد يعمل. هذه هي القائمة.
start-unknown-link = لا أعرف هذا الرابط. هذه هي القائمة.
text-did-you-mean = هل تقصد واحدًا من هذه؟
text-not-understood = عذرًا، لم أفهم ذلك. اختر زرًّا، أو جرّب كلمة أو كلمتين، مثل «محامي» أو «طبيب» أو «عائلة».
# Variables:
#   $emergency-number (String) - the emergency number, from data
flood-slow-down = هذه رسائل كثيرة في وقت واحد. انتظر قليلًا من فضلك؛ أجيب عنها واحدة بعد الأخرى. هل أنت في خطر؟ اتصل بالرقم { $emergency-number }.
location-not-used = شكرًا. لا أستخدم المواقع حتى الآن. هذه هي القائمة.
# Variables:
#   $emergency-number (String) - the emergency number, from data
message-not-readable = أستطيع أن أقرأ النصوص والأزرار فقط، وليس الصور أو الرسائل الصوتية أو الملصقات. هذه هي القائمة. هل أنت في خطر؟ اتصل بالرقم { $emergency-number }.
notice-english-fallback = (جزء من هذا النص لم يُترجَم بعد إلى لغتك، لذلك يظهر باللغة الإنجليزية.)
phase-next-button = الخطوة التالية ▶
phase-more-button = المزيد عن هذه الخطوة
category-more-button = ماذا تقول عندما تتصل
card-more-button = أرقام للمختصين

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
hours-always = ليلًا ونهارًا، كل يوم
hours-closed-holidays = مغلق في العطل الرسمية
hours-open-now = مفتوح الآن
hours-closed-now = مغلق الآن

## Telegram channel (bot/channels/telegram.py)
# Variables:
#   $bot (String) - the bot's username, e.g. "@WegwijsBot"
group-use-private = أجيب فقط في محادثة خاصة، حتى يبقى ما تسأله بيننا. افتح { $bot } واضغط على «ابدأ» (Start).
# Variables:
#   $emergency-number (String) - the emergency number, from data
error-something-went-wrong = حدث خطأ ما. هل أنت في خطر؟ اتصل بالرقم { $emergency-number }.
command-start = البدء من جديد
command-menu = القائمة الرئيسية
command-help = كيف يعمل هذا البوت
command-language = اختر لغتك
command-emergency = أرقام الطوارئ
command-privacy = ماذا نحفظ
command-forget = احذف كل ما نحفظه عنك
command-erase = مسح هذه المحادثة

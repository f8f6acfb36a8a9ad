## Common messages — used by the engine and renderer (bot/) on every screen

welcome = به Wegwijs خوش آمدید. من به شما کمک می‌کنم راهتان را در روند پناهندگی هلند پیدا کنید. سازمان‌هایی را هم که می‌توانند به شما کمک کنند نشان می‌دهم. استفاده از Wegwijs رایگان است؛ بعضی از خط‌های تلفن هزینه دارند، و در آن صورت روی صفحه نوشته می‌شود.
welcome-language = شما الان فارسی می‌خوانید. برای انتخاب زبان دیگر، دکمه «زبان» را بزنید.
main-menu-intro = به چه چیزی نیاز دارید؟ یک دکمه را انتخاب کنید. می‌توانید چند کلمه هم بنویسید، مثلاً «وکیل» یا «دکتر».

nav-back = ◀ برگشت
nav-menu = 🏠 منو
# Variables:
#   $emergency-number (String) - the emergency number, from data
nav-emergency = 🚨 اضطراری { $emergency-number }
nav-language = 🌐 زبان

main-option-procedure = کجای روند پناهندگی هستم؟
main-option-topics = کمک بر اساس موضوع
main-option-organisations = سازمان‌ها
main-option-help = ℹ️ راهنما
main-option-privacy = حریم خصوصی

language-menu-intro = زبان خود را انتخاب کنید.
language-changed = زبان شما عوض شد.

help-intro = ربات Wegwijs درباره روند پناهندگی در هلند و سازمان‌هایی که کمک می‌کنند اطلاعات می‌دهد. این ربات وکیل نیست و درباره پرونده شما هیچ تصمیمی نمی‌گیرد.
help-commands =
    این دستورها همیشه کار می‌کنند:
    /menu – منوی اصلی
    /emergency – شماره‌های اضطراری
    /language – انتخاب زبان
    /privacy – چه چیزهایی را نگه می‌داریم
    /forget – پاک کردن همه اطلاعات شما نزد ما
    /erase – پاک کردن این گفتگو
    می‌توانید کلمه‌هایی مثل «منو»، «برگشت» یا «راهنما» را هم بنویسید.

# Variables:
#   $erase-hours (Number) - how long message numbers are kept for "Erase this chat", from the bot
#   $retention-days (Number) - days without a visit after which we delete it, from the bot's settings
privacy-notice =
    Wegwijs فقط زبان شما و روز آخرین مراجعه‌تان را نگه می‌دارد، زیر یک کد که از حساب شما ساخته شده و نمی‌شود آن را دوباره به حساب شما برگرداند. برای «پاک کردن این گفتگو» شماره پیام‌های این گفتگو را هم (نه متن آن‌ها را) به مدت { $erase-hours } ساعت نگه می‌دارد.
    هیچ وقت نام شما، شماره تلفن شما، چیزهایی که می‌نویسید یا صفحه‌هایی که باز می‌کنید را نگه نمی‌دارد. می‌شمارد که هر صفحه چند بار باز می‌شود، بدون اینکه بداند چه کسی آن را باز کرده است.
    دستور /forget همه چیز را یک‌جا پاک می‌کند. اگر { $retention-days } روز سر نزنید، همه چیز خودبه‌خود پاک می‌شود.

forget-ask = همه چیزهایی را که Wegwijs درباره شما می‌داند پاک کنیم؟ یعنی زبان شما و روز آخرین مراجعه‌تان. این کار قابل برگشت نیست.
forget-yes = 🗑️ بله، همه را پاک کن
forget-erase = 🧹 همه چیز و این گفتگو را پاک کن
forget-no = نه، نگه دار
forget-done = انجام شد. همه اطلاعاتی را که از شما نگه داشته بودیم پاک کردیم. هیچ چیزی از شما نزد ما نمانده است. اگر دوباره پیام بدهید، از اول شروع می‌کنیم.
forget-done-phone = خود گفتگو هنوز روی گوشی شماست. برای پاک کردن آن: در فهرست گفتگوهای Telegram، انگشتتان را روی این گفتگو نگه دارید و «حذف» را انتخاب کنید.

## Erase this chat, share, feedback

erase-button = 🧹 پاک کردن این گفتگو
# Variables:
#   $erase-hours (Number) - how far back the bot can delete messages, from the bot
erase-done =
    پیام‌های { $erase-hours } ساعت گذشته در این گفتگو پاک شدند.
    برای اینکه گفتگو از گوشی‌تان هم پاک شود: در فهرست گفتگوهای Telegram، انگشتتان را روی این گفتگو نگه دارید و «حذف» را انتخاب کنید.
    این پیام یک دقیقه دیگر ناپدید می‌شود.
share-button = 🔗 اشتراک‌گذاری این صفحه
share-intro = این لینک را برای کسی بفرستید. Wegwijs را در همین صفحه باز می‌کند.
# Variables:
#   $link (String) - the link that opens this screen
share-link = { $link }
share-in-telegram = اشتراک‌گذاری در Telegram
feedback-up = 👍 کمکم کرد
feedback-down = 👎 کمکی نکرد
feedback-missing = ✍️ چیزی کم است؟
feedback-thanks = ممنون. این را می‌شماریم، بدون اینکه بدانیم شما چه کسی هستید.
feedback-missing-thanks = ممنون. می‌شماریم که اینجا چیزی کم است، بدون اینکه بدانیم شما چه کسی هستید. لطفاً جزئیات ننویسید: چیزی که می‌نویسید نگه داشته نمی‌شود.
command-unknown = این دستور را نمی‌شناسم. منو اینجاست.
button-expired = این دکمه دیگر کار نمی‌کند. منو اینجاست.
start-unknown-link = این لینک را نمی‌شناسم. منو اینجاست.
text-did-you-mean = منظورتان یکی از این‌ها بود؟
text-not-understood = ببخشید، متوجه نشدم. یک دکمه را انتخاب کنید، یا یک یا دو کلمه بنویسید، مثلاً «وکیل»، «دکتر» یا «خانواده».
# Variables:
#   $emergency-number (String) - the emergency number, from data
flood-slow-down = پیام‌های زیادی با هم رسیده است. لطفاً کمی صبر کنید؛ یکی‌یکی جواب می‌دهم. در خطر هستید؟ با { $emergency-number } تماس بگیرید.
location-not-used = ممنون. من هنوز از موقعیت مکانی استفاده نمی‌کنم. منو اینجاست.
# Variables:
#   $emergency-number (String) - the emergency number, from data
message-not-readable = من فقط می‌توانم متن و دکمه‌ها را بخوانم، نه عکس، پیام صوتی یا استیکر. منو اینجاست. در خطر هستید؟ با { $emergency-number } تماس بگیرید.
notice-english-fallback = (بخشی از این متن هنوز به زبان شما ترجمه نشده است، برای همین به انگلیسی نشان داده می‌شود.)
phase-next-button = مرحله بعد ▶
phase-more-button = بیشتر درباره این مرحله
category-more-button = وقتی زنگ می‌زنید چه بگویید
card-more-button = شماره‌ها برای متخصصان

## Organisation cards

card-unconfirmed = هنوز تأیید نشده؛ لطفاً بررسی کنید
card-for-professionals = (فقط برای متخصصان)
card-save-contact = 📇 ذخیره به‌عنوان مخاطب
card-contact-sent = این اطلاعات تماس است. روی آن بزنید تا زنگ بزنید یا آن را در گوشی خود ذخیره کنید.

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
hours-every-day = هر روز { $from }–{ $to }
hours-always = شب و روز، هر روز
hours-closed-holidays = روزهای تعطیل رسمی بسته است
hours-open-now = الان باز است
hours-closed-now = الان بسته است

## Telegram channel (bot/channels/telegram.py)
# Variables:
#   $bot (String) - the bot's username, e.g. "@WegwijsBot"
group-use-private = من فقط در گفتگوی خصوصی جواب می‌دهم، تا سؤال‌های شما بین خودمان بماند. { $bot } را باز کنید و دکمه Start (شروع) را بزنید.
# Variables:
#   $emergency-number (String) - the emergency number, from data
error-something-went-wrong = مشکلی پیش آمد. در خطر هستید؟ با { $emergency-number } تماس بگیرید.
command-start = شروع دوباره
command-menu = منوی اصلی
command-help = این ربات چطور کار می‌کند
command-language = انتخاب زبان
command-emergency = شماره‌های اضطراری
command-privacy = چه چیزهایی را نگه می‌داریم
command-forget = پاک کردن همه اطلاعات شما نزد ما
command-erase = پاک کردن این گفتگو

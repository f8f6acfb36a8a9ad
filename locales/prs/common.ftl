## Common messages — used by the engine and renderer (bot/) on every screen

welcome = به Wegwijs خوش آمدید. من به شما کمک می‌کنم راهتان را در روند پناهندگی هالند پیدا کنید و سازمان‌هایی را پیدا کنید که می‌توانند به شما کمک کنند. استفاده از Wegwijs رایگان است؛ بعضی از خط‌های تیلفون پول می‌گیرند، و در آن صورت روی صفحه نوشته می‌شود.
welcome-language = شما حالا دری می‌خوانید. برای انتخاب زبان دیگر، دکمه «زبان» را بزنید.
main-menu-intro = به چه چیزی نیاز دارید؟ یک دکمه را انتخاب کنید. می‌توانید چند کلمه هم بنویسید، مثلاً «وکیل» یا «داکتر».

nav-back = ◀ برگشت
nav-menu = 🏠 منو
# Variables:
#   $emergency-number (String) - the emergency number, from data
nav-emergency = 🚨 عاجل { $emergency-number }
nav-language = 🌐 زبان

main-option-procedure = کجای روند پناهندگی هستم؟
main-option-topics = کمک بر اساس موضوع
main-option-organisations = سازمان‌ها
main-option-help = ℹ️ راهنما
main-option-privacy = حریم خصوصی

language-menu-intro = زبان خود را انتخاب کنید.
language-changed = زبان شما عوض شد.

help-intro = ربات Wegwijs درباره روند پناهندگی در هالند و سازمان‌هایی که کمک می‌کنند معلومات می‌دهد. این ربات وکیل نیست و درباره دوسیه شما هیچ تصمیمی نمی‌گیرد.
help-commands =
    این دستورها همیشه کار می‌کنند:
    /menu – منوی اصلی
    /emergency – نمبرهای عاجل
    /language – انتخاب زبان
    /privacy – چه چیزهایی را نگه می‌داریم
    /forget – پاک کردن همه معلومات شما نزد ما
    /erase – پاک کردن این گفتگو
    می‌توانید کلمه‌هایی مثل «منو» یا «برگشت» را هم بنویسید.

# Variables:
#   $erase-hours (Number) - how long message numbers are kept for "Erase this chat", from the bot
#   $retention-days (Number) - days without a visit after which we delete it, from the bot's settings
privacy-notice =
    Wegwijs فقط زبان شما و روز آخرین مراجعه شما را نگه می‌دارد، زیر یک کُد که از حساب شما ساخته شده است و نمی‌شود آن را دوباره به حساب شما برگرداند. برای «پاک کردن این گفتگو»، نمبرهای پیام‌های این گفتگو را هم (نه متن آن‌ها را) برای { $erase-hours } ساعت نگه می‌دارد.
    Wegwijs هیچ وقت نام شما، نمبر تیلفون شما، چیزهایی که می‌نویسید یا صفحه‌هایی را که باز می‌کنید نگه نمی‌دارد. فقط می‌شمارد که هر صفحه چند بار باز می‌شود، بدون اینکه بداند چه کسی آن را باز کرده است.
    /forget همه چیز را یک‌جا پاک می‌کند. بعد از { $retention-days } روز بدون مراجعه، همه چیز خودبه‌خود پاک می‌شود.

forget-ask = همه چیزهایی را که Wegwijs درباره شما می‌داند پاک کنیم؟ یعنی زبان شما و روز آخرین مراجعه شما. این کار را نمی‌شود برگرداند.
forget-yes = 🗑️ بلی، همه را پاک کن
forget-erase = 🧹 همه چیز و این گفتگو را پاک کن
forget-no = نخیر، نگه دار

forget-done = انجام شد. همه معلوماتی را که از شما نگه داشته بودیم پاک کردیم. هیچ چیزی از شما نزد ما نمانده است. اگر دوباره پیام بدهید، از اول شروع می‌کنیم.
forget-done-phone = خود گفتگو هنوز در موبایل شما هست. برای پاک کردن آن: در فهرست گفتگوهای Telegram، انگشت خود را روی این گفتگو نگه دارید و «Delete» (حذف) را انتخاب کنید.

## Erase this chat, share, feedback

erase-button = 🧹 پاک کردن این گفتگو
# Variables:
#   $erase-hours (Number) - how far back the bot can delete messages, from the bot
erase-done =
    پیام‌های { $erase-hours } ساعت گذشته این گفتگو پاک شدند.
    برای اینکه گفتگو از موبایل شما هم پاک شود: در فهرست گفتگوهای Telegram، انگشت خود را روی این گفتگو نگه دارید و «Delete» (حذف) را انتخاب کنید.
    این پیام بعد از یک دقیقه از بین می‌رود.
share-button = 🔗 شریک ساختن این صفحه
share-intro = این لینک را برای کسی بفرستید. با آن، Wegwijs در همین صفحه باز می‌شود.
# Variables:
#   $link (String) - the link that opens this screen
share-link = { $link }
share-in-telegram = شریک ساختن در Telegram
feedback-up = 👍 کمک کرد
feedback-down = 👎 کمک نکرد
feedback-missing = ✍️ چیزی کم است؟
feedback-thanks = تشکر. ما این را می‌شماریم، بدون اینکه بدانیم شما کی هستید.
feedback-missing-thanks = تشکر. ما می‌شماریم که اینجا چیزی کم است، بدون اینکه بدانیم شما کی هستید. لطفاً جزئیات ننویسید: چیزی که می‌نویسید نگه داشته نمی‌شود.
command-unknown = این دستور را نمی‌شناسم. منو اینجاست.
button-expired = این دکمه دیگر کار نمی‌کند. منو اینجاست.
start-unknown-link = این لینک را نمی‌شناسم. منو اینجاست.
text-did-you-mean = منظورتان یکی از این‌ها بود؟
text-not-understood = معذرت می‌خواهم، نفهمیدم. یک دکمه را انتخاب کنید، یا یک یا دو کلمه بنویسید، مثلاً «وکیل»، «داکتر» یا «فامیل».
# Variables:
#   $emergency-number (String) - the emergency number, from data
flood-slow-down = پیام‌های زیادی یکجا رسیده است. لطفاً کمی صبر کنید؛ یکی‌یکی جواب می‌دهم. در خطر هستید؟ با { $emergency-number } تماس بگیرید.
location-not-used = تشکر. من هنوز از موقعیت مکانی استفاده نمی‌کنم. منو اینجاست.
# Variables:
#   $emergency-number (String) - the emergency number, from data
message-not-readable = من فقط متن و دکمه‌ها را خوانده می‌توانم، نه عکس، پیام صوتی یا استیکر. منو اینجاست. در خطر هستید؟ با { $emergency-number } تماس بگیرید.
notice-english-fallback = (بخشی از این متن هنوز به زبان شما ترجمه نشده است، برای همین به انگلیسی نشان داده می‌شود.)
phase-next-button = مرحله بعدی ▶
phase-more-button = بیشتر درباره این مرحله
category-more-button = وقتی زنگ می‌زنید چه بگویید
card-more-button = نمبرها برای متخصصان

## Organisation cards

card-unconfirmed = هنوز تأیید نشده؛ لطفاً بررسی کنید
card-for-professionals = (فقط برای متخصصان)
card-save-contact = 📇 ذخیره به حیث نمبر تماس
card-contact-sent = این معلومات تماس است. بالای آن بزنید تا زنگ بزنید یا آن را در موبایل خود ذخیره کنید.

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
hours-open-now = حالا باز است
hours-closed-now = حالا بسته است

## Telegram channel (bot/channels/telegram.py)
# Variables:
#   $bot (String) - the bot's username, e.g. "@WegwijsBot"
group-use-private = من فقط در گفتگوی خصوصی جواب می‌دهم، تا سؤال‌های شما بین خودمان بماند. { $bot } را باز کنید و دکمه Start (شروع) را بزنید.
# Variables:
#   $emergency-number (String) - the emergency number, from data
error-something-went-wrong = یک مشکل پیش آمد. در خطر هستید؟ با { $emergency-number } تماس بگیرید.
command-start = شروع دوباره
command-menu = منوی اصلی
command-help = این ربات چطور کار می‌کند
command-language = انتخاب زبان
command-emergency = نمبرهای عاجل
command-privacy = چه چیزهایی را نگه می‌داریم
command-forget = پاک کردن همه معلومات شما نزد ما
command-erase = پاک کردن این گفتگو

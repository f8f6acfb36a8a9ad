## Common messages — used by the engine and renderer (bot/) on every screen

welcome = به Wegwijs خوش آمدید. من به شما کمک می‌کنم راهتان را در روند پناهندگی هلند پیدا کنید. سازمان‌هایی را هم که می‌توانند به شما کمک کنند نشان می‌دهم. همه چیز اینجا رایگان است.
welcome-language = شما الان فارسی می‌خوانید. برای انتخاب زبان دیگر، دکمه «زبان» را بزنید.
main-menu-intro = به چه چیزی نیاز دارید؟ یک دکمه را انتخاب کنید. می‌توانید چند کلمه هم بنویسید، مثلاً «وکیل» یا «دکتر».

nav-back = ◀ برگشت
nav-menu = 🏠 منو
nav-emergency = 🚨 اورژانس 112
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
    می‌توانید کلمه‌هایی مثل «منو»، «برگشت» یا «راهنما» را هم بنویسید.

privacy-notice =
    ما فقط این‌ها را نگه می‌داریم: زبان شما، آخرین صفحه‌ای که باز کردید و روز آخرین مراجعه شما.
    ما نام شما، شماره تلفن شما و چیزهایی را که می‌نویسید نگه نمی‌داریم.
    اگر /forget را بفرستید، همه را یک‌جا پاک می‌کنیم. اگر 90 روز سر نزنید، باز هم همه را پاک می‌کنیم.

forget-done = انجام شد. همه اطلاعاتی را که از شما نگه داشته بودیم پاک کردیم. هیچ چیزی از شما نزد ما نمانده است. اگر دوباره پیام بدهید، از اول شروع می‌کنیم.
command-unknown = این دستور را نمی‌شناسم. منو اینجاست.
button-expired = این دکمه دیگر کار نمی‌کند. منو اینجاست.
start-unknown-link = این لینک را نمی‌شناسم. منو اینجاست.
text-did-you-mean = منظورتان یکی از این‌ها بود؟
text-not-understood = ببخشید، متوجه نشدم. یک دکمه را انتخاب کنید، یا یک یا دو کلمه بنویسید، مثلاً «وکیل»، «دکتر» یا «خانواده».
location-not-used = ممنون. من هنوز از موقعیت مکانی استفاده نمی‌کنم. منو اینجاست.
notice-english-fallback = (بخشی از این متن هنوز به زبان شما ترجمه نشده است، برای همین به انگلیسی نشان داده می‌شود.)
phase-next-button = مرحله بعد ▶

## Organisation cards

card-unconfirmed = هنوز تأیید نشده، لطفاً خودتان بررسی کنید
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
hours-always = شبانه‌روزی، 7 روز هفته
hours-closed-holidays = روزهای تعطیل رسمی بسته است
hours-open-now = الان باز است
hours-closed-now = الان بسته است

## Telegram channel (bot/channels/telegram.py)
# Variables:
#   $bot (String) - the bot's username, e.g. "@WegwijsBot"
group-use-private = من فقط در گفتگوی خصوصی جواب می‌دهم، تا سؤال‌های شما بین خودمان بماند. { $bot } را باز کنید و دکمه Start (شروع) را بزنید.
# Variables:
#   $phone (String) - the emergency number, from data (112)
error-something-went-wrong = مشکلی پیش آمد. در خطر هستید؟ با { $phone } تماس بگیرید.
command-start = شروع دوباره
command-menu = منوی اصلی
command-help = این ربات چطور کار می‌کند
command-language = انتخاب زبان
command-emergency = شماره‌های اضطراری
command-privacy = چه چیزهایی را نگه می‌داریم
command-forget = پاک کردن همه اطلاعات شما نزد ما

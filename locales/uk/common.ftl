## Common messages — used by the engine and renderer (bot/) on every screen

welcome = Вітаємо у Wegwijs. Я допоможу Вам зорієнтуватися в процедурі притулку в Нідерландах і знайти організації, які можуть Вам допомогти. Користуватися Wegwijs безкоштовно; деякі телефонні лінії платні, і тоді про це сказано на екрані.
welcome-language = Зараз мова — українська. Щоб вибрати іншу мову, натисніть «Мова».
main-menu-intro = Що Вам потрібно? Виберіть кнопку. Можна також написати кілька слів, наприклад «адвокат» або «лікар».

nav-back = ◀ Назад
nav-menu = 🏠 Меню
# Variables:
#   $emergency-number (String) - the emergency number, from data
nav-emergency = 🚨 Екстрена допомога { $emergency-number }
nav-language = 🌐 Мова

main-option-procedure = Де я в процедурі притулку?
main-option-topics = Допомога за темою
main-option-organisations = Організації
main-option-help = ℹ️ Довідка
main-option-privacy = Конфіденційність

language-menu-intro = Виберіть мову.
language-changed = Мову змінено.

help-intro = Wegwijs розповідає про процедуру притулку в Нідерландах і про організації, які допомагають. Це не адвокат. Він нічого не вирішує у Вашій справі.
help-commands =
    Ці команди працюють завжди:
    /menu – головне меню
    /emergency – екстрені номери
    /language – вибрати мову
    /privacy – що ми зберігаємо
    /forget – видалити все, що ми про Вас зберігаємо
    /erase – очистити цей чат
    Можна також написати слова, як-от «меню» або «назад».

# Variables:
#   $erase-hours (Number) - how long message numbers are kept for "Erase this chat", from the bot
#   $retention-days (Number) - days without a visit after which we delete it, from the bot's settings
privacy-notice =
    Wegwijs зберігає лише Вашу мову і день Вашого останнього візиту під кодом, створеним з Вашого облікового запису. Перетворити цей код назад на обліковий запис неможливо. Для «Очистити цей чат» він також зберігає номери повідомлень цього чату (не їхній зміст) протягом { $erase-hours } годин.
    Він ніколи не зберігає Ваше ім’я, номер телефону, те, що Ви пишете, чи які екрани Ви відкриваєте. Він рахує, як часто відкривають кожен екран, але не знає, хто саме.
    /forget одразу видаляє все. Через { $retention-days } днів без візитів усе видаляється автоматично.

forget-ask = Видалити все, що Wegwijs знає про Вас? Це Ваша мова і день Вашого останнього візиту. Цю дію не можна скасувати.
forget-yes = 🗑️ Так, видалити все
forget-erase = 🧹 Видалити все й очистити цей чат
forget-no = Ні, залишити
forget-done = Готово. Ми видалили все, що зберігали про Вас. У нас про Вас нічого не залишилося. Якщо Ви напишете знову, ми почнемо спочатку.
forget-done-phone = Сам чат досі є на Вашому телефоні. Щоб видалити його: у списку чатів Telegram натисніть і утримуйте цей чат, а потім виберіть «Видалити».

## Erase this chat, share, feedback

erase-button = 🧹 Очистити цей чат
# Variables:
#   $erase-hours (Number) - how far back the bot can delete messages, from the bot
erase-done =
    Повідомлення цього чату за { $erase-hours ->
        [one] останню { $erase-hours } годину
        [few] останні { $erase-hours } години
        [many] останні { $erase-hours } годин
       *[other] останні { $erase-hours } години
    } видалено.
    Щоб прибрати чат і з телефону: у списку чатів Telegram натисніть і утримуйте цей чат, а потім виберіть «Видалити».
    Це повідомлення зникне через хвилину.
share-button = 🔗 Поділитися цим екраном
share-intro = Надішліть це посилання комусь. Воно відкриє Wegwijs на цьому екрані.
# Variables:
#   $link (String) - the link that opens this screen
share-link = { $link }
share-in-telegram = Поділитися в Telegram
feedback-up = 👍 Це допомогло
feedback-down = 👎 Не допомогло
feedback-missing = ✍️ Чогось бракує?
feedback-thanks = Дякуємо. Ми враховуємо це в підрахунку, але не знаємо, хто Ви.
feedback-missing-thanks = Дякуємо. Ми враховуємо в підрахунку, що тут чогось бракує, але не знаємо, хто Ви. Будь ласка, не пишіть подробиць: те, що Ви пишете, не зберігається.
command-unknown = Я не знаю цієї команди. Ось меню.
button-expired = Ця кнопка більше не працює. Ось меню.
start-unknown-link = Я не знаю цього посилання. Ось меню.
text-did-you-mean = Ви мали на увазі щось із цього?
text-not-understood = Вибачте, я не зрозумів. Виберіть кнопку або напишіть одне-два слова, наприклад «адвокат», «лікар» або «сім’я».
# Variables:
#   $emergency-number (String) - the emergency number, from data
flood-slow-down = Це багато повідомлень одразу. Будь ласка, трохи зачекайте: я відповідаю на них по одному. Вам загрожує небезпека? Телефонуйте { $emergency-number }.
location-not-used = Дякуємо. Поки що я не використовую місцезнаходження. Ось меню.
# Variables:
#   $emergency-number (String) - the emergency number, from data
message-not-readable = Я можу читати лише текст і кнопки, а не зображення, голосові повідомлення чи стікери. Ось меню. Вам загрожує небезпека? Телефонуйте { $emergency-number }.
notice-english-fallback = (Частину цього тексту ще не перекладено Вашою мовою, тому її показано англійською.)
phase-next-button = Наступний етап ▶
phase-more-button = Докладніше про цей етап
category-more-button = Що сказати, коли телефонуєте
card-more-button = Номери для фахівців

## Organisation cards

card-unconfirmed = ще не підтверджено, перевірте
card-for-professionals = (для фахівців)
card-save-contact = 📇 Зберегти контакт
card-contact-sent = Ось контакт. Натисніть на нього, щоб зателефонувати або зберегти в телефоні.

## Opening hours
# Variables:
#   $first (String) - first day name, from the language's calendar (e.g. "Monday")
#   $last (String) - last day name
#   $from (String) - opening time, e.g. "08:00"
#   $to (String) - closing time, e.g. "20:00"
hours-day-range = { $first } – { $last } { $from }–{ $to }
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
hours-every-day = Щодня { $from }–{ $to }
hours-always = Вдень і вночі, щодня
hours-closed-holidays = у святкові дні зачинено
hours-open-now = зараз відчинено
hours-closed-now = зараз зачинено

## Telegram channel (bot/channels/telegram.py)
# Variables:
#   $bot (String) - the bot's username, e.g. "@WegwijsBot"
group-use-private = Я відповідаю лише в особистому чаті, щоб Ваші запитання залишалися між нами. Відкрийте { $bot } і натисніть «Start».
# Variables:
#   $emergency-number (String) - the emergency number, from data
error-something-went-wrong = Щось пішло не так. Вам загрожує небезпека? Телефонуйте { $emergency-number }.
command-start = Почати знову
command-menu = Головне меню
command-help = Як працює цей бот
command-language = Вибрати мову
command-emergency = Екстрені номери
command-privacy = Що ми зберігаємо
command-forget = Видалити все, що ми про Вас зберігаємо
command-erase = Очистити цей чат

## Common messages — used by the engine and renderer (bot/) on every screen

welcome = Вітаємо у Wegwijs. Я допоможу Вам зорієнтуватися в процедурі надання притулку в Нідерландах і знайти організації, які можуть допомогти. Усе тут безкоштовно.
welcome-language = Зараз мова — українська. Щоб вибрати іншу мову, натисніть «Мова».
main-menu-intro = Що Вам потрібно? Виберіть кнопку. Можна також написати кілька слів, наприклад «адвокат» або «лікар».

nav-back = ◀ Назад
nav-menu = 🏠 Меню
nav-emergency = 🚨 Екстрено 112
nav-language = 🌐 Мова

main-option-procedure = Де я в процедурі притулку?
main-option-topics = Допомога за темою
main-option-organisations = Організації
main-option-help = ℹ️ Довідка
main-option-privacy = Конфіденційність

language-menu-intro = Виберіть мову.
language-changed = Мову змінено.

help-intro = Wegwijs розповідає про процедуру надання притулку в Нідерландах і про організації, які допомагають. Це не адвокат. Він нічого не вирішує у Вашій справі.
help-commands =
    Ці команди працюють завжди:
    /menu – головне меню
    /emergency – екстрені номери
    /language – вибрати мову
    /privacy – що ми зберігаємо
    /forget – видалити все, що ми про Вас зберігаємо
    Можна також написати слова «меню», «назад» або «довідка».

privacy-notice =
    Ми зберігаємо лише: Вашу мову, останній відкритий екран і день Вашого останнього візиту.
    Ми не зберігаємо Ваше ім’я, номер телефону чи те, що Ви пишете.
    Надішліть /forget, і ми відразу все видалимо. Також ми все видаляємо через 90 днів без візитів.

forget-done = Готово. Ми видалили все, що зберігали про Вас. Про Вас нічого не залишилося. Якщо Ви напишете знову, ми почнемо з початку.
command-unknown = Я не знаю цієї команди. Ось меню.
button-expired = Ця кнопка більше не працює. Ось меню.
start-unknown-link = Я не знаю цього посилання. Ось меню.
text-did-you-mean = Ви мали на увазі щось із цього?
text-not-understood = Вибачте, я не зрозумів. Виберіть кнопку або напишіть одне-два слова, наприклад «адвокат», «лікар» або «сім’я».
location-not-used = Дякуємо. Поки що я не використовую місцезнаходження. Ось меню.
notice-english-fallback = (Частину цього тексту ще не перекладено Вашою мовою, тому її показано англійською.)
phase-next-button = Наступний етап ▶

## Organisation cards

card-unconfirmed = ще не підтверджено, будь ласка, перевірте
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
hours-always = Цілодобово, 7 днів на тиждень
hours-closed-holidays = у святкові дні зачинено
hours-open-now = зараз відчинено
hours-closed-now = зараз зачинено

## Telegram channel (bot/channels/telegram.py)
# Variables:
#   $bot (String) - the bot's username, e.g. "@WegwijsBot"
group-use-private = Я відповідаю лише в особистому чаті, щоб Ваші запитання залишалися між нами. Відкрийте { $bot } і натисніть «Start».
# Variables:
#   $phone (String) - the emergency number, from data (112)
error-something-went-wrong = Щось пішло не так. Вам загрожує небезпека? Телефонуйте { $phone }.
command-start = Почати знову
command-menu = Головне меню
command-help = Як працює цей бот
command-language = Вибрати мову
command-emergency = Екстрені номери
command-privacy = Що ми зберігаємо
command-forget = Видалити все, що ми про Вас зберігаємо

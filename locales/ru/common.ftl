## Common messages — used by the engine and renderer (bot/) on every screen

welcome = Добро пожаловать в Wegwijs. Я помогу Вам разобраться в процедуре убежища в Нидерландах и найти организации, которые могут Вам помочь. Пользоваться Wegwijs бесплатно; некоторые телефонные линии платные, и тогда это указано на экране.
welcome-language = Сейчас язык — русский. Чтобы выбрать другой язык, нажмите «Язык».
main-menu-intro = Что Вам нужно? Выберите кнопку. Можно также написать несколько слов, например «адвокат» или «врач».

nav-back = ◀ Назад
nav-menu = 🏠 Меню
# Variables:
#   $emergency-number (String) - the emergency number, from data
nav-emergency = 🚨 Экстренная помощь { $emergency-number }
nav-language = 🌐 Язык

main-option-procedure = Где я в процедуре убежища?
main-option-topics = Помощь по теме
main-option-organisations = Организации
main-option-help = ℹ️ Справка
main-option-privacy = Конфиденциальность

language-menu-intro = Выберите язык.
language-changed = Язык изменён.

help-intro = Wegwijs рассказывает о процедуре убежища в Нидерландах и об организациях, которые помогают. Это не адвокат. Он ничего не решает по Вашему делу.
help-commands =
    Эти команды работают всегда:
    /menu – главное меню
    /emergency – экстренные номера
    /language – выбрать язык
    /privacy – что мы храним
    /forget – удалить всё, что мы о Вас храним
    /erase – очистить этот чат
    Можно также написать слова, например «меню» или «назад».

# Variables:
#   $erase-hours (Number) - how long message numbers are kept for "Erase this chat", from the bot
#   $retention-days (Number) - days without a visit after which we delete it, from the bot's settings
privacy-notice =
    Wegwijs хранит только Ваш язык и день Вашего последнего визита под кодом, созданным из Вашего аккаунта. Превратить этот код обратно в аккаунт невозможно. Для «Очистить этот чат» он также хранит номера сообщений этого чата (не их содержание) в течение { $erase-hours } часов.
    Он никогда не хранит Ваше имя, номер телефона, то, что Вы пишете, или какие экраны Вы открываете. Он считает, как часто открывают каждый экран, но не знает, кто именно.
    /forget сразу удаляет всё. Через { $retention-days } дней без визитов всё удаляется автоматически.

forget-ask = Удалить всё, что Wegwijs знает о Вас? Это Ваш язык и день Вашего последнего визита. Это действие нельзя отменить.
forget-yes = 🗑️ Да, удалить всё
forget-erase = 🧹 Удалить всё и очистить этот чат
forget-no = Нет, оставить
forget-done = Готово. Мы удалили всё, что хранили о Вас. У нас о Вас ничего не осталось. Если Вы напишете снова, мы начнём сначала.
forget-done-phone = Сам чат всё ещё есть на Вашем телефоне. Чтобы удалить его: в списке чатов Telegram нажмите на этот чат и удерживайте, затем выберите «Удалить».

## Erase this chat, share, feedback

erase-button = 🧹 Очистить этот чат
# Variables:
#   $erase-hours (Number) - how far back the bot can delete messages, from the bot
erase-done =
    Сообщения этого чата за { $erase-hours ->
        [one] последний { $erase-hours } час
        [few] последние { $erase-hours } часа
        [many] последние { $erase-hours } часов
       *[other] последние { $erase-hours } часа
    } удалены.
    Чтобы убрать чат и с телефона: в списке чатов Telegram нажмите на этот чат и удерживайте, затем выберите «Удалить».
    Это сообщение исчезнет через минуту.
share-button = 🔗 Поделиться этим экраном
share-intro = Отправьте эту ссылку кому-нибудь. Она откроет Wegwijs на этом экране.
# Variables:
#   $link (String) - the link that opens this screen
share-link = { $link }
share-in-telegram = Поделиться в Telegram
feedback-up = 👍 Это помогло
feedback-down = 👎 Не помогло
feedback-missing = ✍️ Чего-то не хватает?
feedback-thanks = Спасибо. Мы учитываем это в подсчёте, но не знаем, кто Вы.
feedback-missing-thanks = Спасибо. Мы учитываем в подсчёте, что здесь чего-то не хватает, но не знаем, кто Вы. Пожалуйста, не пишите подробностей: то, что Вы пишете, не сохраняется.
command-unknown = Я не знаю этой команды. Вот меню.
button-expired = Эта кнопка больше не работает. Вот меню.
start-unknown-link = Я не знаю этой ссылки. Вот меню.
text-did-you-mean = Вы имели в виду что-то из этого?
text-not-understood = Извините, я не понял. Выберите кнопку или напишите одно-два слова, например «адвокат», «врач» или «семья».
# Variables:
#   $emergency-number (String) - the emergency number, from data
flood-slow-down = Это много сообщений сразу. Пожалуйста, немного подождите: я отвечаю на них по одному. Вам угрожает опасность? Звоните { $emergency-number }.
location-not-used = Спасибо. Пока я не использую местоположение. Вот меню.
# Variables:
#   $emergency-number (String) - the emergency number, from data
message-not-readable = Я могу читать только текст и кнопки, а не картинки, голосовые сообщения или стикеры. Вот меню. Вам угрожает опасность? Звоните { $emergency-number }.
notice-english-fallback = (Часть этого текста ещё не переведена на Ваш язык, поэтому она показана на английском.)
phase-next-button = Следующий этап ▶
phase-more-button = Подробнее об этом этапе
category-more-button = Что сказать, когда звоните
card-more-button = Номера для специалистов

## Organisation cards

card-unconfirmed = ещё не подтверждено, проверьте
card-for-professionals = (для специалистов)
card-save-contact = 📇 Сохранить контакт
card-contact-sent = Вот контакт. Нажмите на него, чтобы позвонить или сохранить в телефоне.

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
hours-every-day = Ежедневно { $from }–{ $to }
hours-always = Днём и ночью, каждый день
hours-closed-holidays = в праздничные дни закрыто
hours-open-now = сейчас открыто
hours-closed-now = сейчас закрыто

## Telegram channel (bot/channels/telegram.py)
# Variables:
#   $bot (String) - the bot's username, e.g. "@WegwijsBot"
group-use-private = Я отвечаю только в личном чате, чтобы Ваши вопросы остались между нами. Откройте { $bot } и нажмите «Start».
# Variables:
#   $emergency-number (String) - the emergency number, from data
error-something-went-wrong = Что-то пошло не так. Вам угрожает опасность? Звоните { $emergency-number }.
command-start = Начать заново
command-menu = Главное меню
command-help = Как работает этот бот
command-language = Выбрать язык
command-emergency = Экстренные номера
command-privacy = Что мы храним
command-forget = Удалить всё, что мы о Вас храним
command-erase = Очистить этот чат

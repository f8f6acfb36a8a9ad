## Common messages — used by the engine and renderer (bot/) on every screen

welcome = Добро пожаловать в Wegwijs. Я помогу Вам разобраться в процедуре предоставления убежища в Нидерландах и найти организации, которые могут помочь. Всё здесь бесплатно.
welcome-language = Сейчас язык — русский. Чтобы выбрать другой язык, нажмите «Язык».
main-menu-intro = Что Вам нужно? Выберите кнопку. Можно также написать несколько слов, например «адвокат» или «врач».

nav-back = ◀ Назад
nav-menu = 🏠 Меню
nav-emergency = 🚨 Экстренно 112
nav-language = 🌐 Язык

main-option-procedure = Где я в процедуре убежища?
main-option-topics = Помощь по теме
main-option-organisations = Организации
main-option-help = ℹ️ Справка
main-option-privacy = Конфиденциальность

language-menu-intro = Выберите язык.
language-changed = Язык изменён.

help-intro = Wegwijs рассказывает о процедуре предоставления убежища в Нидерландах и об организациях, которые помогают. Это не адвокат. Он ничего не решает по Вашему делу.
help-commands =
    Эти команды работают всегда:
    /menu – главное меню
    /emergency – экстренные номера
    /language – выбрать язык
    /privacy – что мы храним
    /forget – удалить всё, что мы о Вас храним
    Можно также написать слова «меню», «назад» или «справка».

privacy-notice =
    Мы храним только: Ваш язык, последний открытый экран и день Вашего последнего визита.
    Мы не храним Ваше имя, номер телефона или то, что Вы пишете.
    Отправьте /forget, и мы сразу всё удалим. Также мы всё удаляем через 90 дней без визитов.

forget-done = Готово. Мы удалили всё, что хранили о Вас. О Вас ничего не осталось. Если Вы напишете снова, мы начнём с начала.
command-unknown = Я не знаю этой команды. Вот меню.
button-expired = Эта кнопка больше не работает. Вот меню.
start-unknown-link = Я не знаю этой ссылки. Вот меню.
text-did-you-mean = Вы имели в виду что-то из этого?
text-not-understood = Извините, я не понял. Выберите кнопку или напишите одно-два слова, например «адвокат», «врач» или «семья».
location-not-used = Спасибо. Пока я не использую местоположение. Вот меню.
notice-english-fallback = (Часть этого текста ещё не переведена на Ваш язык, поэтому она показана на английском.)
phase-next-button = Следующий этап ▶

## Organisation cards

card-unconfirmed = ещё не подтверждено, пожалуйста, проверьте
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
hours-always = Круглосуточно, 7 дней в неделю
hours-closed-holidays = в праздничные дни закрыто
hours-open-now = сейчас открыто
hours-closed-now = сейчас закрыто

## Telegram channel (bot/channels/telegram.py)
# Variables:
#   $bot (String) - the bot's username, e.g. "@WegwijsBot"
group-use-private = Я отвечаю только в личном чате, чтобы Ваши вопросы остались между нами. Откройте { $bot } и нажмите «Start».
# Variables:
#   $phone (String) - the emergency number, from data (112)
error-something-went-wrong = Что-то пошло не так. Вам угрожает опасность? Звоните { $phone }.
command-start = Начать заново
command-menu = Главное меню
command-help = Как работает этот бот
command-language = Выбрать язык
command-emergency = Экстренные номера
command-privacy = Что мы храним
command-forget = Удалить всё, что мы о Вас храним

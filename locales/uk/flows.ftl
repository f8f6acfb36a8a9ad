## Flows — flows/procedure.yaml and flows/topics.yaml

procedure-intro = Давайте з’ясуємо, на якому Ви етапі процедури притулку.
# Variables:
#   $pact-start (String) - the day the new procedure started, from data/facts.yaml
procedure-q-applied = { $pact-start } процедура змінилася. Коли Ви подали заяву на притулок?
# Variables:
#   $pact-start (String) - the day the new procedure started
procedure-a-applied-before = До { $pact-start }
# Variables:
#   $pact-start (String) - the day the new procedure started
procedure-a-applied-since = { $pact-start } або пізніше
procedure-a-not-applied = Ще ні, я щойно приїхав(-ла)
procedure-a-applied-unknown = Я не знаю
procedure-a-ukraine = Я тікав(-ла) від війни в Україні
procedure-date-unknown =
    Подивіться у свої документи від { -org-ind }. Там указано дату, коли Ви подали заяву.
    Не впевнені? Попросіть свого адвоката, { -org-vluchtelingenwerk } або працівників { -org-coa } подивитися разом із Вами.

temporary-protection-title = Люди, які втекли з України
# Variables:
#   $temporary-protection-until (String) - last day of temporary protection, from data/facts.yaml
#   $third-country-protection-ended (String) - the day it ended for non-Ukrainians, from data/facts.yaml
temporary-protection-intro =
    Ви громадянин чи громадянка України і втекли від війни? Тоді у Вас тимчасовий захист, а не притулок. Він діє до { $temporary-protection-until } включно. Ви реєструєтеся в муніципалітеті, де живете, а не в Ter Apel.
    Ви жили в Україні, але не маєте українського громадянства? { $third-country-protection-ended } тимчасовий захист для Вас закінчився. Ви можете подати заяву на притулок.
    { -org-refugeehelp } має інформацію українською та російською.

procedure-new-intro = Відтоді { -org-ind } спершу перевіряє кожного нового заявника. Потім вона вибирає процедуру.
procedure-new-q-stage = Де Ви зараз?
procedure-new-a-checks = Проходжу перші перевірки
procedure-new-a-waiting = Чекаю на співбесіду або рішення
procedure-new-a-border = На кордоні, в аеропорту Schiphol
procedure-new-a-decision = Я отримав(-ла) рішення
procedure-a-choose-phase = Я сам(-а) виберу етап

pact-routes-title = Яка процедура?
pact-routes-button = Види процедур
pact-routes-intro =
    Після перших перевірок { -org-ind } вибирає Вашу процедуру. Вона враховує, хто Ви і звідки, Ваші документи й маршрут подорожі, родину в Європі, Ваші причини та Ваше здоров’я.
    Не знаєте, яка процедура у Вас? Запитайте свого адвоката або { -org-vluchtelingenwerk }.
pact-phases-menu-intro = Ось етапи процедури, яка діє відтоді. Виберіть етап, щоб дізнатися, що відбувається.

# Variables:
#   $pact-start (String) - the day the new procedure started
#   $old-cases-resumed (String) - the day the IND started again with older applications
procedure-old-note = { $old-cases-resumed } { -org-ind } знову почала розглядати заяви, подані до { $pact-start }, але які правила діють для них зараз, не підтверджено. Нижче — як виглядали етапи раніше. Ваш адвокат або { -org-vluchtelingenwerk } знає, що стосується Вас.
procedure-q-interview = У Вас уже була детальна співбесіда з { -org-ind } (імміграційна служба) про причини, чому Ви просите притулку?
procedure-a-interview-no = Ні, ще ні
procedure-a-interview-yes = Так
procedure-q-decision = Ви вже отримали рішення { -org-ind }?
procedure-a-decision-waiting = Ні, я чекаю
procedure-a-decision-granted = Я отримав(-ла) дозвіл
procedure-a-decision-rejected = Мені відмовили
phases-menu-intro = Так виглядали етапи для заяв, поданих до змін. Виберіть етап, щоб дізнатися, що на ньому відбувалося.

topics-menu-intro = Виберіть тему. Ви побачите, які організації можуть допомогти.
organisations-menu-intro = Це основні організації. Виберіть одну, щоб дізнатися, що вона робить і як з нею зв’язатися.
organisations-by-topic = Більше організацій за темою
topics-more-button = Більше тем ▶
topics-more-intro = Більше тем. Виберіть одну, щоб побачити, які організації можуть допомогти.
organisations-more-button = Більше організацій ▶
organisations-more-intro = Більше організацій. Виберіть одну, щоб дізнатися, що вона робить і як з нею зв’язатися.

## Flows — flows/procedure.yaml and flows/topics.yaml

procedure-intro = Давайте выясним, на каком Вы этапе процедуры убежища.
# Variables:
#   $pact-start (String) - the day the new procedure started, from data/facts.yaml
procedure-q-applied = { $pact-start } процедура изменилась. Когда Вы подали заявление на убежище?
# Variables:
#   $pact-start (String) - the day the new procedure started
procedure-a-applied-before = До { $pact-start }
# Variables:
#   $pact-start (String) - the day the new procedure started
procedure-a-applied-since = { $pact-start } или позже
procedure-a-not-applied = Ещё нет, я только приехал(а)
procedure-a-applied-unknown = Я не знаю
procedure-a-ukraine = Я бежал(а) от войны в Украине
procedure-date-unknown =
    Посмотрите в свои документы от { -org-ind }. Там указана дата, когда Вы подали заявление.
    Не уверены? Попросите своего адвоката, { -org-vluchtelingenwerk } или сотрудников { -org-coa } посмотреть вместе с Вами.

temporary-protection-title = Люди, бежавшие из Украины
# Variables:
#   $temporary-protection-until (String) - last day of temporary protection, from data/facts.yaml
#   $third-country-protection-ended (String) - the day it ended for non-Ukrainians, from data/facts.yaml
temporary-protection-intro =
    Вы гражданин или гражданка Украины и бежали от войны? Тогда у Вас временная защита, а не убежище. Она действует по { $temporary-protection-until } включительно. Вы регистрируетесь в муниципалитете, где живёте, а не в Ter Apel.
    Вы жили в Украине, но у Вас нет украинского гражданства? { $third-country-protection-ended } временная защита для Вас закончилась. Вы можете подать заявление на убежище.
    У { -org-refugeehelp } есть информация на украинском и русском языках.

procedure-new-intro = С тех пор { -org-ind } сначала проверяет каждого нового заявителя. Потом она выбирает процедуру.
procedure-new-q-stage = Где Вы сейчас?
procedure-new-a-checks = Прохожу первые проверки
procedure-new-a-waiting = Жду собеседования или решения
procedure-new-a-border = На границе, в аэропорту Schiphol
procedure-new-a-decision = Я получил(а) решение
procedure-a-choose-phase = Я сам(а) выберу этап

pact-routes-title = Какая процедура?
pact-routes-button = Виды процедур
pact-routes-intro =
    После первых проверок { -org-ind } выбирает Вашу процедуру. Она учитывает, кто Вы и откуда, Ваши документы и маршрут, семью в Европе, Ваши причины и Ваше здоровье.
    Не знаете, какая процедура у Вас? Спросите своего адвоката или { -org-vluchtelingenwerk }.
pact-phases-menu-intro = Вот этапы процедуры, которая действует с тех пор. Выберите этап, чтобы узнать, что происходит.

# Variables:
#   $pact-start (String) - the day the new procedure started
#   $old-cases-resumed (String) - the day the IND started again with older applications
procedure-old-note = { $old-cases-resumed } { -org-ind } снова начала рассматривать заявления, поданные до { $pact-start }, но какие правила действуют для них сейчас, не подтверждено. Ниже — как этапы выглядели раньше. Ваш адвокат или { -org-vluchtelingenwerk } знает, что относится к Вам.
procedure-q-interview = У Вас уже было подробное собеседование с { -org-ind } (иммиграционная служба) о причинах, по которым Вы просите убежища?
procedure-a-interview-no = Нет, ещё нет
procedure-a-interview-yes = Да
procedure-q-decision = Вы уже получили решение { -org-ind }?
procedure-a-decision-waiting = Нет, я жду
procedure-a-decision-granted = Я получил(а) вид на жительство
procedure-a-decision-rejected = Мне отказали
phases-menu-intro = Так выглядели этапы для заявлений, поданных до изменений. Выберите этап, чтобы узнать, что на нём происходило.

topics-menu-intro = Выберите тему. Вы увидите, какие организации могут помочь.
organisations-menu-intro = Это основные организации. Выберите одну, чтобы узнать, что она делает и как с ней связаться.
organisations-by-topic = Больше организаций по теме
topics-more-button = Больше тем ▶
topics-more-intro = Больше тем. Выберите одну, чтобы увидеть, какие организации могут помочь.
organisations-more-button = Больше организаций ▶
organisations-more-intro = Больше организаций. Выберите одну, чтобы узнать, что она делает и как с ней связаться.

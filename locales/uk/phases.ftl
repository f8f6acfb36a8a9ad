## Asylum phases — data/phases.yaml
# Numbers come from data/facts.yaml as variables; never type a number here.
# Words printed on IND letters (beschikking, voornemen, zienswijze) stay in Dutch,
# so people can recognise them on their papers.

# Variables:
#   $checked (String) - the day these facts were last compared with their sources, written out
phase-checked = Востаннє перевірено { $checked }, але правила можуть змінитися. Ваш адвокат знає Вашу справу.

## Since 12 June 2026: arrival and the first checks

phase-registration = Прибуття і перші перевірки
phase-registration-now =
    Ви звертаєтеся до центру подання заяв у Ter Apel. Якщо Ви прибули літаком або судном з-за меж зони Schengen, Ви звертаєтеся в Schiphol.
    { -org-ind } перевіряє, хто Ви, проводить перевірки безпеки та медичний огляд. Також вона дивиться, чи потрібна Вам додаткова підтримка.
# Variables:
#   $minor-age (Number) - under this age you are a child, from data/facts.yaml
phase-registration-help =
    Ви самі вносите свої дані в онлайн-портал. Якщо потрібно, працівники { -org-ind } Вам допоможуть.
    Вам менше { $minor-age ->
        [one] { $minor-age } року
        [few] { $minor-age } років
        [many] { $minor-age } років
       *[other] { $minor-age } років
    } і Ви тут без батьків? { -org-nidos } дає Вам опікуна.
# Variables:
#   $screening-days-inland (Number) - longest first checks inside the country, from data/facts.yaml
phase-registration-next =
    Ці перевірки тривають щонайбільше { $screening-days-inland ->
        [one] { $screening-days-inland } день
        [few] { $screening-days-inland } дні
        [many] { $screening-days-inland } днів
       *[other] { $screening-days-inland } днів
    }. Потім { -org-ind } вибирає Вашу процедуру.

## Since 12 June 2026: the procedures

phase-pact-standard = Стандартна процедура
phase-pact-standard-now =
    { -org-ind } вивчає, чи потрібен Вам захист. Спершу Ви отримуєте пояснення.
    Потім у Вас співбесіда. На ній Ви пояснюєте, чому просите притулку.
phase-pact-standard-help =
    Ви готуєтеся до співбесіди разом зі своїм адвокатом.
    Також Ви маєте право на безкоштовну юридичну консультацію, якщо попросите про неї. { -org-vluchtelingenwerk } підкаже, де її отримати.
# Variables:
#   $decision-months-standard (Number) - months the IND has to decide, from data/facts.yaml
phase-pact-standard-next =
    { -org-ind } має ухвалити рішення протягом { $decision-months-standard ->
        [one] { $decision-months-standard } місяця
        [few] { $decision-months-standard } місяців
        [many] { $decision-months-standard } місяців
       *[other] { $decision-months-standard } місяців
    }. Потім Ви отримаєте рішення листом.

phase-pact-accelerated = Прискорена процедура
phase-pact-accelerated-now =
    Ця процедура коротша. Зазвичай у Вас теж є співбесіда з { -org-ind }, на якій Ви пояснюєте свої причини.
phase-pact-accelerated-help =
    Попросіть { -org-vluchtelingenwerk } допомогти Вам підготуватися. Чи буде у Вас адвокат у цій процедурі, ще не підтверджено.
# Variables:
#   $decision-months-accelerated (Number) - months the IND has to decide, from data/facts.yaml
phase-pact-accelerated-next =
    { -org-ind } має ухвалити рішення протягом { $decision-months-accelerated ->
        [one] { $decision-months-accelerated } місяця
        [few] { $decision-months-accelerated } місяців
        [many] { $decision-months-accelerated } місяців
       *[other] { $decision-months-accelerated } місяців
    }. Потім Ви отримаєте рішення листом.

phase-pact-responsibility = Може відповідати інша країна ЄС
phase-pact-responsibility-now =
    { -org-ind } перевіряє, чи не повинна Вашу заяву розглядати інша країна ЄС, наприклад тому, що Ви вже були там раніше або маєте там сім’ю. Ці правила замінюють дублінські правила.
    Якщо відповідальна інша країна, Вас можуть відправити туди.
phase-pact-responsibility-help =
    Рішення відправити Вас до іншої країни можна оскаржити. Строк указано в листі, і він може бути дуже коротким. Зв’яжіться зі своїм адвокатом або з { -org-vluchtelingenwerk } того самого дня.
phase-pact-responsibility-next =
    Якщо Вашу заяву розглядають Нідерланди, далі її вивчає { -org-ind }.

phase-pact-admissibility = Процедура прийнятності
phase-pact-admissibility-now =
    У цій процедурі { -org-ind } спершу вирішує, чи взагалі розглядатиме Вашу заяву в Нідерландах.
phase-pact-admissibility-help =
    Запитайте свого адвоката або { -org-vluchtelingenwerk }, що це означає для Вас.
phase-pact-admissibility-next =
    { -org-ind } надсилає Вам своє рішення листом.

phase-pact-border = Прикордонна процедура (Schiphol)
# Variables:
#   $screening-days-border (Number) - longest checks at the border, from data/facts.yaml
phase-pact-border-now =
    Ви прибули літаком або судном з-за меж зони Schengen? Тоді Королівська жандармерія (Koninklijke Marechaussee) перевіряє Вас на кордоні — щонайбільше { $screening-days-border ->
        [one] { $screening-days-border } день
        [few] { $screening-days-border } дні
        [many] { $screening-days-border } днів
       *[other] { $screening-days-border } днів
    }.
    Потім { -org-ind } може розглядати Вашу заяву в прикордонній процедурі. Вона для людей, які мають мало шансів на захист або яких вважають загрозою для громадського порядку.
phase-pact-border-help =
    Можливо, Вам доведеться перебувати в закритому центрі. Попросіть адвоката і зв’яжіться з { -org-vluchtelingenwerk }.
# Variables:
#   $border-procedure-weeks (Number) - longest border procedure, from data/facts.yaml
phase-pact-border-next =
    Прикордонна процедура має завершитися протягом { $border-procedure-weeks ->
        [one] { $border-procedure-weeks } тижня
        [few] { $border-procedure-weeks } тижнів
        [many] { $border-procedure-weeks } тижнів
       *[other] { $border-procedure-weeks } тижнів
    }.

## Since 12 June 2026: the decision and after it

phase-pact-decision = Рішення
phase-pact-decision-now =
    { -org-ind } надсилає своє рішення листом. Нідерландською воно називається «beschikking». Прочитайте його разом зі своїм адвокатом або з { -org-vluchtelingenwerk }.
# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
phase-pact-decision-help =
    { $pact-start } змінилися правила оскарження. Строк для оскарження вказано в листі, і він може бути дуже коротким.
    Зв’яжіться зі своїм адвокатом або з { -org-vluchtelingenwerk } того самого дня.
phase-pact-decision-next =
    Яке рішення ухвалила { -org-ind }?

phase-pact-granted = Дозвіл надано
# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
phase-pact-granted-now =
    { -org-ind } надала Вам дозвіл на проживання на підставі притулку. Строк його дії вказано в самому дозволі.
    З { $pact-start } є два види такого дозволу, і змінилися правила возз’єднання сім’ї.
phase-pact-granted-help =
    { -org-vluchtelingenwerk } допомагає Вам із возз’єднанням сім’ї і з початком життя тут. Зверніться до них якнайшвидше.
phase-pact-granted-next =
    { -org-coa } пропонує програму підготовки до інтеграції: уроки нідерландської мови і знайомство з життям у Нідерландах.

phase-pact-rejected = Заяву відхилено
phase-pact-rejected-now =
    { -org-ind } відхилила Вашу заяву. У відмові також сказано, що Ви повинні виїхати (рішення про повернення). Ви можете оскаржити обидва рішення разом у суді.
phase-pact-rejected-help =
    Строк указано в листі, і він може бути дуже коротким. Поговоріть зі своїм адвокатом або з { -org-vluchtelingenwerk } СЬОГОДНІ.
    Запитайте свого адвоката, чи можете Ви залишатися в Нідерландах під час оскарження.
phase-pact-rejected-next =
    Скільки Ви можете залишатися в центрі розміщення після відмови, за новими правилами не підтверджено. Запитайте { -org-coa } і свого адвоката.
    { -org-dtv } говорить із Вами про виїзд. Якщо Ви вирішите повернутися, { -org-iom } може допомогти.

phase-new-application = Нова заява
# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
phase-new-application-now =
    Вашу заяву остаточно відхилили, а відтоді змінилося щось важливе? Тоді, можливо, Ви зможете подати заяву знову.
    { $pact-start } правила для цього змінилися.
phase-new-application-help =
    Поговоріть з адвокатом або з { -org-vluchtelingenwerk }, перш ніж подавати заяву знову.

## Applications made before 12 June 2026: the steps as they were

# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
phase-old-rules-note = Це етапи для заяв, поданих до { $pact-start }, і не підтверджено, які правила зараз діють у Вашій справі.

phase-rest-and-preparation = Відпочинок і підготовка
# Variables:
#   $rest-days (Number) - shortest rest and preparation period, from data/facts.yaml
phase-rest-and-preparation-now =
    Ви живете в центрі розміщення на час процедури (pol) щонайменше { $rest-days ->
        [one] { $rest-days } день
        [few] { $rest-days } дні
        [many] { $rest-days } днів
       *[other] { $rest-days } днів
    }. Цей час — для відпочинку і для підготовки до співбесіди разом з адвокатом.
# Variables:
#   $weekly-allowance (String) - weekly living allowance, written out, from data/facts.yaml
phase-rest-and-preparation-help =
    { -org-coa } дає Вам житло, зазвичай гроші на їжу, а також { $weekly-allowance } на тиждень на життя (сума може змінитися).
    { -org-vluchtelingenwerk } пояснює процедуру. { -org-gza } надає медичну допомогу.
phase-rest-and-preparation-next =
    Після цього періоду починається загальна процедура притулку.

phase-general-procedure = Загальна процедура
phase-general-procedure-now =
    { -org-ind } проводить детальну співбесіду про причини, чому Ви просите притулку. Ваш адвокат готує Вас до неї.
phase-general-procedure-help =
    Якщо { -org-ind } планує відхилити Вашу заяву, вона спершу надсилає намір відмовити (нідерландською: «voornemen»). Ваш адвокат письмово відповідає на нього («zienswijze»). Часу на це мало.
# Variables:
#   $old-cases-resumed (String) - the day the IND started again with older applications, from data/facts.yaml
phase-general-procedure-next =
    Потім { -org-ind } ухвалює рішення і надсилає лист («beschikking»). { -org-ind } знову взялася за ці старіші заяви { $old-cases-resumed }, тому багато людей чекають довго.

phase-decision-granted = Рішення: дозвіл надано
phase-decision-granted-now =
    { -org-ind } надала Вам дозвіл на проживання на підставі притулку. Строк його дії вказано в самому дозволі.
# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
phase-decision-granted-help =
    { $pact-start } змінилися правила возз’єднання сім’ї, також для заяв, поданих раніше. Якнайшвидше зверніться до { -org-vluchtelingenwerk }.
    { -org-rode-kruis } може розшукати рідних, з якими Ви втратили зв’язок.
phase-decision-granted-next =
    { -org-coa } пропонує програму підготовки до інтеграції: уроки нідерландської мови і знайомство з життям у Нідерландах.

phase-decision-rejected = Рішення: відмова
phase-decision-rejected-now =
    { -org-ind } відхилила Вашу заяву. Ви можете оскаржити рішення в суді. Строк указано в листі («beschikking»), і він може бути дуже коротким.
phase-decision-rejected-help =
    Поговоріть зі своїм адвокатом або з { -org-vluchtelingenwerk } СЬОГОДНІ. Запитайте свого адвоката, чи можете Ви залишатися в Нідерландах під час оскарження.
phase-decision-rejected-next =
    Скільки Ви можете залишатися в центрі розміщення після відмови, не підтверджено. Запитайте { -org-coa } і свого адвоката.
    { -org-dtv } говорить із Вами про виїзд, з перекладачем. Якщо Ви вирішите повернутися, { -org-iom } може допомогти.

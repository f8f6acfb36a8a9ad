## Asylum phases — data/phases.yaml

## Phase: registration

phase-registration = Реєстрація

# Variables:
#   $days (String) - how many days you stay in the col, e.g. "3-10", from data/phases.yaml
phase-registration-now =
    Ви приходите до центру подання заяв у Ter Apel. Якщо Ви прилетіли літаком, Ви звертаєтеся в Schiphol.
    Зазвичай Ви живете { $days } днів у центральному центрі прийому (col).
    Там GZA проводить медичний огляд, а GGD — перевірку на туберкульоз.
    На реєстраційній співбесіді Вас запитують про особу, громадянство, маршрут подорожі та сім’ю. На цьому етапі у Вас ще немає адвоката.

phase-registration-coa =
    COA дає Вам місце для сну, їжу та засоби гігієни.
    COA також перевіряє, кому потрібна особлива увага чи захист, наприклад через проблеми зі здоров’ям або ознаки торгівлі людьми.
    Якщо Ви почуваєтеся в небезпеці або погано, скажіть працівникам COA.

phase-registration-help =
    GZA — Ваш лікар під час процедури.
    Якщо Вам менше 18 років і Ви приїхали без батьків, Nidos дає Вам опікуна.
    Рада з правової допомоги має стійку в центрі подання заяв і призначає Вам безкоштовного адвоката.

phase-registration-next =
    Далі йде період відпочинку та підготовки. Ви переїжджаєте до процесного центру прийому (pol) біля офісу IND.
    Якщо Ви з країни, яка вважається безпечною, уся Ваша процедура може пройти, поки Ви живете в col.

## Phase: rest-and-preparation

phase-rest-and-preparation = Відпочинок і підготовка

# Variables:
#   $rest-days (String) - minimum length of the rest and preparation period, e.g. "6", from data/phases.yaml
phase-rest-and-preparation-now =
    Ви живете в процесному центрі прийому (pol) щонайменше { $rest-days } днів.
    Цей час — для відпочинку і підготовки до співбесід щодо притулку.
    Ваш адвокат зустрічається з Вами для підготовки, а VluchtelingenWerk пояснює, як працює процедура.

# Variables:
#   $allowance (String) - weekly living allowance, e.g. "€14.47", from data/phases.yaml
phase-rest-and-preparation-coa =
    COA дає Вам житло і зазвичай гроші на їжу, щоб Ви могли готувати самі.
    Ви також отримуєте щотижневі гроші на життя: { $allowance } (сума може змінитися).
    COA оплачує громадський транспорт до Вашого адвоката.
    Якщо Ви, ймовірно, отримаєте дозвіл, тут можна почати уроки нідерландської.

phase-rest-and-preparation-help =
    Ваш адвокат безкоштовний; його призначає Рада з правової допомоги.
    VluchtelingenWerk пояснює процедуру і може допомогти Вам підготуватися.
    GZA надає медичну допомогу. Розкажіть їм про будь-які проблеми зі здоров’ям.
    Якщо Вам менше 18 років і Ви приїхали без батьків, Вам допомагає Ваш опікун від Nidos.

phase-rest-and-preparation-next =
    Після періоду відпочинку та підготовки починається загальна процедура притулку.
    IND проводить із Вами співбесіди, а потім ухвалює рішення щодо Вашої заяви.

## Phase: general-procedure

phase-general-procedure = Загальна процедура

# Variables:
#   $decision-days (String) - working days for a decision in the general procedure, e.g. "6", from data/phases.yaml
#   $decision-days-max (String) - longest general procedure in days, e.g. "9", from data/phases.yaml
phase-general-procedure-now =
    IND проводить із Вами співбесіди. Перша — про Вашу особу і маршрут подорожі.
    Друга, детальна співбесіда — про причини, чому Ви просите притулку.
    Зазвичай IND ухвалює рішення протягом { $decision-days } робочих днів, іноді до { $decision-days-max } днів.
    Якщо цього часу не вистачає, Ваша заява переходить до розширеної процедури (VA).

phase-general-procedure-coa =
    Ви й далі живете в процесному центрі прийому (pol).
    COA дає Вам ту саму підтримку, що й раніше: житло, гроші на їжу, щотижневі гроші на життя і медичну допомогу через GZA.

# Variables:
#   $reply-days (String) - days your lawyer has to answer an intention to reject in the general procedure, e.g. "1", from data/phases.yaml
phase-general-procedure-help =
    Ваш адвокат готує з Вами співбесіди.
    Якщо IND планує відмовити, вона спершу надсилає намір відмовити. У загальній процедурі Ваш адвокат має { $reply-days } день, щоб письмово на нього відповісти.
    VluchtelingenWerk теж Вас підтримує; іноді волонтер може піти з Вами на співбесіду.

# Variables:
#   $work-months (String) - months an application must be pending before you may work, e.g. "6", from data/phases.yaml
phase-general-procedure-next =
    Далі Ви отримуєте рішення IND: дозвіл або відмову.
    Розширена процедура триває довше. Ваш адвокат або VluchtelingenWerk можуть сказати Вам Ваш строк.
    Коли Ваша заява розглядається вже { $work-months } місяців, Ви можете працювати. Тоді Вашому роботодавцю потрібен дозвіл на роботу для Вас.

## Phase: decision-granted

phase-decision-granted = Рішення: дозвіл надано

# Variables:
#   $permit-years (String) - validity of the asylum permit in years, e.g. "5", from data/phases.yaml
phase-decision-granted-now =
    IND надала Вам дозвіл на проживання як шукачу притулку.
    Він дійсний { $permit-years } років від дати, коли Ви подали заяву. Після цього Ви можете подати заяву на постійний дозвіл.
    Ви можете працювати.

phase-decision-granted-coa =
    Поки що COA й далі дає Вам житло і підтримку.
    COA пропонує програму підготовки до інтеграції: вивчення нідерландської мови і життя в Нідерландах.

phase-decision-granted-help =
    VluchtelingenWerk допомагає Вам із возз’єднанням сім’ї і з початком нового життя тут.
    Якщо Ви втратили зв’язок із рідними, Червоний Хрест може допомогти їх шукати.

# Variables:
#   $reunification-months (String) - months after the permit to apply for family reunification, e.g. "3", from data/phases.yaml
phase-decision-granted-next =
    Далі — інтеграція.
    Якщо Ви хочете, щоб до Вас приїхали рідні, подайте заяву протягом { $reunification-months } місяців після отримання дозволу. Тоді правила легші, наприклад, немає вимоги щодо доходу.
    Вчасно попросіть VluchtelingenWerk про допомогу.

## Phase: decision-rejected

phase-decision-rejected = Рішення: відмова

# Variables:
#   $appeal-weeks-short (String) - short appeal deadline in weeks, e.g. "1", from data/phases.yaml
#   $appeal-weeks (String) - normal appeal deadline in weeks, e.g. "4", from data/phases.yaml
phase-decision-rejected-now =
    IND відмовила у Вашій заяві. Ви можете оскаржити рішення в суді.
    Строк короткий: { $appeal-weeks-short } тиждень — для рішення в загальній процедурі або рішення, що Ваша заява явно необґрунтована чи неприйнятна; { $appeal-weeks } тижні — в інших випадках.
    Поговоріть зі своїм адвокатом СЬОГОДНІ. Оскарження для Вас безкоштовне.

phase-decision-rejected-coa =
    Поки що COA й далі дає Вам житло.
    COA пропонує дорослим, яким відмовили, тренінг про їхнє майбутнє.

phase-decision-rejected-help =
    Ваш адвокат може оскаржити рішення за Вас.
    DT&V проводить із Вами розмови про виїзд, з перекладачем.
    Якщо Ви вирішите повернутися, IOM може підтримати Ваше добровільне повернення.
    VluchtelingenWerk теж може Вам порадити.

phase-decision-rejected-next =
    Поки триває оскарження, Ви зазвичай можете залишатися в Нідерландах. Є винятки. Ваш адвокат знає, чи стосується це Вас, і тоді може попросити суд дозволити Вам залишитися.
    Подальша апеляція до Державної ради не дає права залишатися, поки вона триває.

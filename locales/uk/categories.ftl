## Service categories — data/categories.yaml

# category-<id> is the button label (1-3 words).
# category-<id>-intro is shown above the list of organisations.

category-emergency = Екстрена допомога
# Variables:
#   $emergency-number (String) - the emergency number, from data (facts.yaml -> organisations.yaml); never translate or reformat
category-emergency-intro = Вам загрожує небезпека просто зараз? Телефонуйте { $emergency-number } (поліція, швидка допомога, пожежна служба). Це безкоштовно, з будь-якого телефону, вдень і вночі.
## Typed danger: the first line of the emergency screen, by the kind of danger
# Variables:
#   $emergency-number (String), $suicide-line (String), $veilig-thuis-line (String),
#   $sexual-violence-line (String), $trafficking-line (String) - phone numbers, from data
danger-fire = Пожежа чи дим? Вийдіть назовні, зачиніть за собою двері й телефонуйте { $emergency-number }.
danger-medical = Хтось серйозно травмований чи тяжко хворий? Негайно телефонуйте { $emergency-number } і скажіть, де Ви.
danger-suicide = Вам не треба проходити через це наодинці. Вам загрожує небезпека просто зараз? Телефонуйте { $emergency-number }. Якщо хочете з кимось поговорити: { $suicide-line }.
danger-violence = Вам загрожує небезпека просто зараз? Телефонуйте { $emergency-number }. Насильство вдома: { -org-veilig-thuis } { $veilig-thuis-line }.
danger-sexual-violence = Вам загрожує небезпека просто зараз? Телефонуйте { $emergency-number }. Після зґвалтування чи сексуального нападу: { -org-centrum-seksueel-geweld } { $sexual-violence-line }.
danger-crime = Вам погрожують чи на Вас напали? Перейдіть у безпечне місце й телефонуйте { $emergency-number }.
danger-child = Дитина в небезпеці? Телефонуйте { $emergency-number }. Якщо Ви хвилюєтеся за дитину: { -org-veilig-thuis } { $veilig-thuis-line }.
danger-trafficking = Вас утримують чи до чогось змушують? Телефонуйте { $emergency-number }, коли зможете. { -org-comensha } допомагає жертвам торгівлі людьми: { $trafficking-line }.

emergency-what-to-say =
    Скажіть, де Ви (адресу або назву Вашого центру), що сталося і чи є постраждалі.
# Variables:
#   $suicide-line (String) - 113's free number, from data
#   $veilig-thuis-line (String) - Veilig Thuis, from data
#   $sexual-violence-line (String) - Centrum Seksueel Geweld, from data
emergency-not-now =
    Цієї хвилини Вам нічого не загрожує? Ці лінії безкоштовні й працюють вдень і вночі:
    - Думаєте про те, щоб покінчити з собою: { $suicide-line }. Вас вислухають; можна анонімно.
    - Насильство вдома: { $veilig-thuis-line } ({ -org-veilig-thuis }). Вам порадять і можуть надіслати допомогу.
    - Зґвалтування чи сексуальний напад: { $sexual-violence-line } ({ -org-centrum-seksueel-geweld }). Медична та інша допомога.

category-legal = Юридична допомога
category-legal-intro =
    У стандартній процедурі притулку Ви готуєтеся до співбесіди разом з адвокатом. Адвокатів у справах притулку організовує Рада з правової допомоги ({ -org-raad-voor-rechtsbijstand }).
    { -org-vluchtelingenwerk } безкоштовно допомагає Вам під час процедури.
    Отримали лист зі строком? Зв’яжіться зі своїм адвокатом або з { -org-vluchtelingenwerk } того самого дня.

category-health = Здоров’я
# Variables:
#   $emergency-number (String) - the emergency number, from data
#   $suicide-line (String) - 113's free number, from data
category-health-intro =
    Життя в небезпеці? Негайно телефонуйте { $emergency-number }.
    У центрі розміщення Ваш лікар — це { -org-gza }. З медичними проблемами телефонуйте на { -org-gza } Praktijklijn будь-коли, вдень і вночі; з іншими запитаннями — у робочі години. Є перекладачі.
    Думаєте про те, щоб покінчити з собою? Телефонуйте { $suicide-line }: Вас вислухають — безкоштовно й анонімно, вдень і вночі.

category-reception = Житло ({ -org-coa })
category-reception-intro =
    { -org-coa } дає Вам місце для життя під час процедури, щотижневу допомогу на життя, медичну допомогу та школу для Ваших дітей.
    Із запитаннями спершу йдіть до інформаційної стійки у Вашому центрі або дивіться MyCOA.

category-procedure = Процедура притулку
category-procedure-intro =
    Рішення щодо Вашої заяви на притулок ухвалює { -org-ind }.
    { -org-vluchtelingenwerk } і { -org-refugeehelp } пояснюють кожен крок процедури багатьма мовами.
    Ваш адвокат підкаже, які строки діють у Вашій справі.

category-family = Сім’я
# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
category-family-intro =
    У Вас є дозвіл на проживання і Ви хочете, щоб до Вас приїхала сім’я? { $pact-start } правила змінилися: до сім’ї зараховують менше родичів, і є додаткові вимоги. Не відкладайте, зверніться до { -org-vluchtelingenwerk } — там Вам із цим допоможуть.
    Втратили зв’язок із рідними? { -org-rode-kruis } може безкоштовно їх розшукати.

category-sgbv = Насильство
# Variables:
#   $emergency-number (String) - the emergency number, from data
#   $sexual-violence-best-within-days (Number) - from data/facts.yaml
category-sgbv-intro =
    Вам загрожує небезпека просто зараз? Телефонуйте { $emergency-number }.
    Домашнє насильство, сексуальне насильство та знущання — це ніколи не нормально. Ви можете отримати допомогу, зокрема анонімно.
    { -org-veilig-thuis } і { -org-centrum-seksueel-geweld } безкоштовні й працюють вдень і вночі.
    Після зґвалтування чи сексуального нападу звертайтеся по допомогу якомога швидше, найкраще протягом { $sexual-violence-best-within-days ->
        [one] { $sexual-violence-best-within-days } дня
        [few] { $sexual-violence-best-within-days } днів
        [many] { $sexual-violence-best-within-days } днів
       *[other] { $sexual-violence-best-within-days } днів
    }.

category-trafficking = Торгівля людьми
# Variables:
#   $emergency-number (String) - the emergency number, from data
category-trafficking-intro =
    Вас змушують працювати чи займатися сексом, забрали Ваші документи або не відпускають? Це може бути торгівля людьми.
    Це злочин, і Ви можете отримати допомогу. Можна також сказати працівникам { -org-coa }.
    Вам загрожує небезпека просто зараз? Телефонуйте { $emergency-number }.

category-children = Діти й неповнолітні
# Variables:
#   $minor-age (Number) - under this age you are a child, from data/facts.yaml
category-children-intro =
    Вам менше { $minor-age ->
        [one] { $minor-age } року
        [few] { $minor-age } років
        [many] { $minor-age } років
       *[other] { $minor-age } років
    } і Ви приїхали без батьків? { -org-nidos } дає Вам опікуна, який Вам допомагає.
    Діти й молодь можуть поговорити з { -org-kindertelefoon } про будь-що, безкоштовно й анонімно.
    Хвилюєтеся за дитину вдома? { -org-veilig-thuis } може допомогти.

category-lgbtiq = ЛГБТІК+
category-lgbtiq-intro =
    Якщо Ви просите { -org-coa } про допомогу, бо Ви ЛГБТІК+, це не впливає на Вашу процедуру притулку.
    У деяких центрах { -org-coa } є контактна особа для мешканців ЛГБТІК+.
    Організації нижче дають підтримку, інформацію і «бадді» (людину, яка Вас супроводжує).

category-work = Робота
# Variables:
#   $work-months (Number) - months an application had to be pending, from data/facts.yaml
category-work-intro =
    За старими правилами Ви могли працювати, коли Ваша заява на притулок розглядалася вже { $work-months ->
        [one] { $work-months } місяць
        [few] { $work-months } місяці
        [many] { $work-months } місяців
       *[other] { $work-months } місяців
    }, а Вашому роботодавцю був потрібен дозвіл на роботу (TWV). Чи це змінилося, ще не підтверджено.
    Для тимчасового захисту з України діють інші правила. { -org-refugeehelp } пояснює їх, а { -org-uaf } допомагає з навчанням і роботою.

category-education = Освіта
# Variables:
#   $school-age-from (Number), $school-age-to (Number) - ages of compulsory school, from data/facts.yaml
#   $school-start-months (Number) - months within which children start school
#   $secondary-school-age (Number) - from this age children go to a transition class
#   $minor-age (Number) - the age of adulthood
category-education-intro =
    Школа обов’язкова з { $school-age-from } до { $school-age-to ->
        [one] { $school-age-to } року
        [few] { $school-age-to } років
        [many] { $school-age-to } років
       *[other] { $school-age-to } років
    }. Діти в процедурі притулку починають ходити до школи протягом { $school-start-months ->
        [one] { $school-start-months } місяця
        [few] { $school-start-months } місяців
        [many] { $school-start-months } місяців
       *[other] { $school-start-months } місяців
    }.
    Діти до { $secondary-school-age ->
        [one] { $secondary-school-age } року
        [few] { $secondary-school-age } років
        [many] { $secondary-school-age } років
       *[other] { $secondary-school-age } років
    } ходять до початкової школи біля azc або в ньому. Від { $secondary-school-age } до { $minor-age ->
        [one] { $minor-age } року
        [few] { $minor-age } років
        [many] { $minor-age } років
       *[other] { $minor-age } років
    } — до міжнародного перехідного класу (ISK).
    { -org-uaf } допомагає з навчанням у коледжі чи університеті.
    Якщо вам надали дозвіл на проживання, { -org-coa } пропонує програму підготовки до інтеграції: уроки нідерландської мови і знайомство з життям у Нідерландах.

category-return = Повернення
category-return-intro =
    Хочете повернутися до своєї країни? { -org-iom } може допомогти з дорогою і з новим початком там.
    Після відмови { -org-dtv } говорить із Вами про виїзд із Нідерландів.
    { -org-vluchtelingenwerk } може допомогти Вам подумати про Ваше майбутнє.

category-volunteer = Волонтерство й пожертви
category-volunteer-intro =
    Хочете допомогти? { -org-vluchtelingenwerk } працює з волонтерами. У їхній картці вказано, де зареєструватися.
    Хочете пожертвувати гроші? { -org-stichting-vluchteling } збирає пожертви для біженців в інших країнах. Дивіться на їхньому вебсайті.

# Shown above the list of organisations of a category.
# Variables:
#   $count (Number) - how many organisations are listed
category-organisations-count =
    { $count ->
        [1] Ця організація може допомогти:
        [one] { $count } організація може допомогти:
        [few] Ці { $count } організації можуть допомогти:
        [many] Ці { $count } організацій можуть допомогти:
       *[other] Ці { $count } організацій можуть допомогти:
    }

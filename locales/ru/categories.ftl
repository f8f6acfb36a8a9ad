## Service categories — data/categories.yaml

# category-<id> is the button label (1-3 words).
# category-<id>-intro is shown above the list of organisations.

category-emergency = Экстренная помощь
# Variables:
#   $emergency-number (String) - the emergency number, from data (facts.yaml -> organisations.yaml); never translate or reformat
category-emergency-intro = Вам угрожает опасность прямо сейчас? Звоните { $emergency-number } (полиция, скорая помощь, пожарные). Это бесплатно, с любого телефона, днём и ночью.
## Typed danger: the first line of the emergency screen, by the kind of danger
# Variables:
#   $emergency-number (String), $suicide-line (String), $veilig-thuis-line (String),
#   $sexual-violence-line (String), $trafficking-line (String) - phone numbers, from data
danger-fire = Пожар или дым? Выйдите наружу, закройте за собой двери и звоните { $emergency-number }.
danger-medical = Кто-то серьёзно травмирован или тяжело болен? Сразу звоните { $emergency-number } и скажите, где Вы.
danger-suicide = Вам не нужно проходить через это в одиночку. Вам угрожает опасность прямо сейчас? Звоните { $emergency-number }. Если хотите с кем-то поговорить: { $suicide-line }.
danger-violence = Вам угрожает опасность прямо сейчас? Звоните { $emergency-number }. Насилие дома: { -org-veilig-thuis } { $veilig-thuis-line }.
danger-sexual-violence = Вам угрожает опасность прямо сейчас? Звоните { $emergency-number }. После изнасилования или сексуального нападения: { -org-centrum-seksueel-geweld } { $sexual-violence-line }.
danger-crime = Вам угрожают или на Вас напали? Перейдите в безопасное место и звоните { $emergency-number }.
danger-child = Ребёнок в опасности? Звоните { $emergency-number }. Если Вы беспокоитесь за ребёнка: { -org-veilig-thuis } { $veilig-thuis-line }.
danger-trafficking = Вас удерживают или к чему-то принуждают? Звоните { $emergency-number }, когда сможете. { -org-comensha } помогает жертвам торговли людьми: { $trafficking-line }.

emergency-what-to-say =
    Скажите, где Вы (адрес или название Вашего центра), что случилось и есть ли пострадавшие.
# Variables:
#   $suicide-line (String) - 113's free number, from data
#   $veilig-thuis-line (String) - Veilig Thuis, from data
#   $sexual-violence-line (String) - Centrum Seksueel Geweld, from data
emergency-not-now =
    В эту минуту Вам ничего не угрожает? Эти линии бесплатны и работают днём и ночью:
    - Думаете о том, чтобы покончить с собой: { $suicide-line }. Вас выслушают; можно анонимно.
    - Насилие дома: { $veilig-thuis-line } ({ -org-veilig-thuis }). Вам посоветуют и могут прислать помощь.
    - Изнасилование или сексуальное нападение: { $sexual-violence-line } ({ -org-centrum-seksueel-geweld }). Медицинская и другая помощь.

category-legal = Юридическая помощь
category-legal-intro =
    В стандартной процедуре убежища Вы готовитесь к собеседованию вместе с адвокатом. Адвокатов по делам об убежище организует Совет по юридической помощи ({ -org-raad-voor-rechtsbijstand }).
    { -org-vluchtelingenwerk } бесплатно помогает Вам во время процедуры.
    Получили письмо со сроком? Свяжитесь со своим адвокатом или с { -org-vluchtelingenwerk } в тот же день.

category-health = Здоровье
# Variables:
#   $emergency-number (String) - the emergency number, from data
#   $suicide-line (String) - 113's free number, from data
category-health-intro =
    Жизнь в опасности? Сразу звоните { $emergency-number }.
    В центре размещения Ваш врач — это { -org-gza }. С медицинскими проблемами звоните на { -org-gza } Praktijklijn в любое время, днём и ночью; с другими вопросами — в рабочие часы. Есть переводчики.
    Думаете о том, чтобы покончить с собой? Звоните { $suicide-line }: Вас выслушают — бесплатно и анонимно, днём и ночью.

category-reception = Жильё ({ -org-coa })
category-reception-intro =
    { -org-coa } даёт Вам место для жизни во время процедуры, еженедельное пособие на жизнь, медицинскую помощь и школу для Ваших детей.
    С вопросами сначала идите к информационной стойке в Вашем центре или смотрите MyCOA.

category-procedure = Процедура убежища
category-procedure-intro =
    Решение по Вашему заявлению на убежище принимает { -org-ind }.
    { -org-vluchtelingenwerk } и { -org-refugeehelp } объясняют каждый шаг процедуры на многих языках.
    Ваш адвокат подскажет, какие сроки действуют в Вашем случае.

category-family = Семья
# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
category-family-intro =
    У Вас есть вид на жительство и Вы хотите, чтобы к Вам приехала семья? { $pact-start } правила изменились: к семье относят меньше родственников, и есть дополнительные требования. Не откладывайте, обратитесь в { -org-vluchtelingenwerk } — там Вам с этим помогут.
    Потеряли связь с родными? { -org-rode-kruis } может бесплатно их разыскать.

category-sgbv = Насилие
# Variables:
#   $emergency-number (String) - the emergency number, from data
#   $sexual-violence-best-within-days (Number) - from data/facts.yaml
category-sgbv-intro =
    Вам угрожает опасность прямо сейчас? Звоните { $emergency-number }.
    Домашнее насилие, сексуальное насилие и жестокое обращение — это никогда не нормально. Вы можете получить помощь, в том числе анонимно.
    { -org-veilig-thuis } и { -org-centrum-seksueel-geweld } бесплатны и работают днём и ночью.
    После изнасилования или сексуального нападения обратитесь за помощью как можно скорее, лучше всего в течение { $sexual-violence-best-within-days ->
        [one] { $sexual-violence-best-within-days } дня
        [few] { $sexual-violence-best-within-days } дней
        [many] { $sexual-violence-best-within-days } дней
       *[other] { $sexual-violence-best-within-days } дней
    }.

category-trafficking = Торговля людьми
# Variables:
#   $emergency-number (String) - the emergency number, from data
category-trafficking-intro =
    Вас заставляют работать или заниматься сексом, забрали Ваши документы или не отпускают? Это может быть торговля людьми.
    Это преступление, и Вы можете получить помощь. Можно также сказать сотрудникам { -org-coa }.
    Вам угрожает опасность прямо сейчас? Звоните { $emergency-number }.

category-children = Дети и подростки
# Variables:
#   $minor-age (Number) - under this age you are a child, from data/facts.yaml
category-children-intro =
    Вам меньше { $minor-age ->
        [one] { $minor-age } года
        [few] { $minor-age } лет
        [many] { $minor-age } лет
       *[other] { $minor-age } лет
    } и Вы приехали без родителей? { -org-nidos } даёт Вам опекуна, который Вам помогает.
    Дети и подростки могут поговорить с { -org-kindertelefoon } о чём угодно, бесплатно и анонимно.
    Беспокоитесь о ребёнке дома? { -org-veilig-thuis } может помочь.

category-lgbtiq = ЛГБТИК+
category-lgbtiq-intro =
    Если Вы просите { -org-coa } о помощи, потому что Вы ЛГБТИК+, это не влияет на Вашу процедуру убежища.
    В некоторых центрах { -org-coa } есть контактное лицо для жителей ЛГБТИК+.
    Организации ниже дают поддержку, информацию и «бадди» (человека, который Вас сопровождает).

category-work = Работа
# Variables:
#   $work-months (Number) - months an application had to be pending, from data/facts.yaml
category-work-intro =
    По старым правилам Вы могли работать, когда Ваше заявление на убежище рассматривалось уже { $work-months ->
        [one] { $work-months } месяц
        [few] { $work-months } месяца
        [many] { $work-months } месяцев
       *[other] { $work-months } месяцев
    }, а Вашему работодателю было нужно разрешение на работу (TWV). Изменилось ли это, пока не подтверждено.
    Для временной защиты из Украины действуют другие правила. { -org-refugeehelp } их объясняет, а { -org-uaf } помогает с учёбой и работой.

category-education = Образование
# Variables:
#   $school-age-from (Number), $school-age-to (Number) - ages of compulsory school, from data/facts.yaml
#   $school-start-months (Number) - months within which children start school
#   $secondary-school-age (Number) - from this age children go to a transition class
#   $minor-age (Number) - the age of adulthood
category-education-intro =
    Школа обязательна с { $school-age-from } до { $school-age-to ->
        [one] { $school-age-to } года
        [few] { $school-age-to } лет
        [many] { $school-age-to } лет
       *[other] { $school-age-to } лет
    }. Дети в процедуре убежища начинают ходить в школу в течение { $school-start-months ->
        [one] { $school-start-months } месяца
        [few] { $school-start-months } месяцев
        [many] { $school-start-months } месяцев
       *[other] { $school-start-months } месяцев
    }.
    Дети до { $secondary-school-age ->
        [one] { $secondary-school-age } года
        [few] { $secondary-school-age } лет
        [many] { $secondary-school-age } лет
       *[other] { $secondary-school-age } лет
    } ходят в начальную школу рядом с azc или в нём. С { $secondary-school-age } до { $minor-age ->
        [one] { $minor-age } года
        [few] { $minor-age } лет
        [many] { $minor-age } лет
       *[other] { $minor-age } лет
    } — в международный переходный класс (ISK).
    { -org-uaf } помогает с учёбой в колледже или университете.
    Если вам выдали вид на жительство, { -org-coa } предлагает программу подготовки к интеграции: уроки нидерландского языка и знакомство с жизнью в Нидерландах.

category-return = Возвращение
category-return-intro =
    Хотите вернуться в свою страну? { -org-iom } может помочь с дорогой и с новым началом там.
    После отказа { -org-dtv } говорит с Вами о выезде из Нидерландов.
    { -org-vluchtelingenwerk } может помочь Вам подумать о Вашем будущем.

category-volunteer = Волонтёрство и пожертвования
category-volunteer-intro =
    Хотите помочь? { -org-vluchtelingenwerk } работает с волонтёрами. В их карточке указано, где записаться.
    Хотите пожертвовать деньги? { -org-stichting-vluchteling } собирает пожертвования для беженцев в других странах. Смотрите на их сайте.

# Shown above the list of organisations of a category.
# Variables:
#   $count (Number) - how many organisations are listed
category-organisations-count =
    { $count ->
        [1] Эта организация может помочь:
        [one] { $count } организация может помочь:
        [few] Эти { $count } организации могут помочь:
        [many] Эти { $count } организаций могут помочь:
       *[other] Эти { $count } организаций могут помочь:
    }

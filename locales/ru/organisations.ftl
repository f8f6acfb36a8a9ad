## Organisations — data/organisations.yaml

# Each organisation has org-<id>-about: what it does for you.
# Phone label messages (phone-<org>-<what>) say who a line is for, what it
# costs and whether you can stay anonymous. Numbers and hours come from data.

## Emergency and police

org-emergency-services-about =
    Номер полиции, скорой помощи или пожарных, когда есть непосредственная опасность.
    Это бесплатно и работает днём и ночью.
phone-emergency-services-112 = { -org-emergency-services } полиции, скорой помощи и пожарных. Бесплатно, днём и ночью. Только при непосредственной опасности.

org-politie-about =
    Полиция Нидерландов. Звоните по обычному (не экстренному) номеру полиции, чтобы сообщить о преступлении или торговле людьми, когда нет непосредственной опасности.
    У полиции также есть сеть для ЛГБТК+ людей — Roze in Blauw.
phone-politie-non-emergency = Полиция, когда это не экстренный случай: чтобы сообщить о преступлении или торговле людьми.

## Government and asylum procedure

org-ministry-about =
    Министерство отвечает за политику в области убежища и миграции. { -org-ind } подчиняется ему.
phone-rijksoverheid-1400 = Informatie Rijksoverheid, общая линия правительства (не по Вашему делу об убежище). Обычная стоимость звонка.
phone-rijksoverheid-abroad = Та же линия, из-за границы.

org-coa-about =
    { -org-coa } управляет центрами размещения. Он даёт Вам место для жизни, еженедельное пособие на жизнь и поддержку во время процедуры.
    С вопросами идите к информационной стойке в Вашем центре или смотрите MyCOA — там много языков.
phone-coa-ter-apel-professionals = Только для специалистов: { -org-coa } Ter Apel, вопросы об одном жителе. Вопросы о процедуре убежища — в { -org-ind }.
phone-coa-legal-helpdesk = Только для специалистов: юридическая служба поддержки { -org-coa }.
phone-coa-rvb-helpdesk = Только для специалистов: вопросы о положении Rvb.

org-ind-about =
    { -org-ind } принимает решение по Вашему заявлению на убежище. Она также проводит Ваши собеседования.
    Вы можете звонить в { -org-ind } с вопросами о Вашем заявлении.
phone-ind-general = Вопросы о Вашем заявлении. Обычная стоимость звонка.
phone-ind-abroad = { -org-ind }, когда Вы звоните из-за границы.
phone-ind-fax-default = Номер факса, не для звонков. Только для формы-требования (ingebrekestelling), когда { -org-ind } опаздывает с решением по убежищу. Сначала спросите своего адвоката.

link-vluchtelingenwerk-volunteer = Стать волонтёром в { -org-vluchtelingenwerk }
org-vluchtelingenwerk-about =
    { -org-vluchtelingenwerk } бесплатно помогает просителям убежища. Их люди есть в каждом azc.
    Они объясняют процедуру, могут пойти с Вами на собеседования в { -org-ind } и помогают с воссоединением семьи.
    Спросите в Вашем центре, когда у них часы приёма (spreekuur).

org-refugeehelp-about =
    { -org-refugeehelp } — это сайт { -org-vluchtelingenwerk }. Он простыми словами объясняет процедуру убежища и жизнь в Нидерландах, на многих языках, в том числе на украинском.

org-unhcr-about =
    { -org-unhcr } (UNHCR) — Агентство ООН по делам беженцев.
    { -org-unhcr } в Нидерландах не помогает отдельным людям. По Вашей процедуре убежища оно направляет Вас в { -org-refugeehelp }.

## Health

# Variables:
#   $emergency-number (String) - the emergency number, from data
org-gza-about =
    Жизнь в опасности? Звоните { $emergency-number }.
    { -org-gza } — это врачебная практика для людей в центрах размещения просителей убежища. Звоните на Praktijklijn, когда Вы больны или у Вас вопрос о здоровье. Есть переводчики.
# Variables:
#   $gza-urgent-option (Number) - the menu option for urgent medical problems, from data/facts.yaml
phone-gza-medical = { -org-gza } Praktijklijn для медицинских проблем, днём и ночью. Если медицинская проблема срочная, нажмите { $gza-urgent-option }.
phone-gza-questions = Та же линия для других вопросов, в рабочие часы.

org-113-zelfmoordpreventie-about =
    Помощь, когда Вы думаете о том, чтобы покончить с собой, или беспокоитесь о человеке, который об этом думает.
    Можно позвонить или написать в чат — бесплатно и анонимно, днём и ночью.
phone-113-short = Бесплатно и анонимно, днём и ночью.
phone-113-free = Тоже бесплатно и анонимно, днём и ночью.

org-dokters-van-de-wereld-about =
    { -org-dokters-van-de-wereld } помогает с вопросами о здоровье, в том числе о сексуальном насилии, и объясняет, как устроена медицина в Нидерландах.
    Это бесплатно, а культурные посредники помогают на Вашем языке. Они есть в Amsterdam, Nijmegen и Utrecht.
phone-dokters-van-de-wereld = Вопросы о здоровье и помощь с медициной в Нидерландах. Бесплатно.

org-zanzu-about =
    { -org-zanzu } — сайт с понятной информацией о сексуальном здоровье, на многих языках.

## Legal help

org-raad-voor-rechtsbijstand-about =
    Совет по юридической помощи ({ -org-raad-voor-rechtsbijstand }) назначает Вам бесплатного адвоката по делу об убежище. Вы получаете его автоматически.
    У него есть стойки в центрах подачи заявлений.

org-juridisch-loket-about =
    { -org-juridisch-loket } даёт первую юридическую консультацию.
    Консультация в отделении бесплатна. Перед визитом проверьте часы работы отделения.
phone-juridisch-loket-advice = Юридическая консультация по телефону. Эта линия платная, оплата поминутная. Позвонить напрямую в отделение нельзя.

org-wereldhuis-amsterdam-about =
    Wereldhuis в Amsterdam даёт бесплатные юридические консультации людям без документов, по четвергам после обеда, по записи.

## Family

# Variables:
#   $tracing-months-min (Number), $tracing-months-max (Number) - how long a search usually takes, from data/facts.yaml
org-rode-kruis-about =
    { -org-rode-kruis } (Rode Kruis) помогает искать родных, с которыми Вы потеряли связь.
    Это бесплатно. Поиск часто длится от { $tracing-months-min } до { $tracing-months-max ->
        [one] { $tracing-months-max } месяца
        [few] { $tracing-months-max } месяцев
        [many] { $tracing-months-max } месяцев
       *[other] { $tracing-months-max } месяцев
    }.

## Violence and abuse

org-veilig-thuis-about =
    { -org-veilig-thuis } даёт совет и помощь при домашнем насилии и жестоком обращении с детьми.
    Можно позвонить или написать в чат. Это бесплатно, можно анонимно.
phone-veilig-thuis = Бесплатно и анонимно, днём и ночью. Назовите свой город, чтобы Вас соединили с ближайшим офисом.

# Variables:
#   $sexual-violence-best-within-days (Number) - from data/facts.yaml
org-centrum-seksueel-geweld-about =
    { -org-centrum-seksueel-geweld } помогает после изнасилования или сексуального нападения: медицинская, судебно-медицинская и психологическая помощь.
    Это бесплатно, днём и ночью. Обращайтесь как можно скорее, лучше всего в течение { $sexual-violence-best-within-days ->
        [one] { $sexual-violence-best-within-days } дня
        [few] { $sexual-violence-best-within-days } дней
        [many] { $sexual-violence-best-within-days } дней
       *[other] { $sexual-violence-best-within-days } дней
    }.
phone-centrum-seksueel-geweld = Бесплатно, днём и ночью. Звоните как можно скорее после нападения.

org-fier-about =
    { -org-fier } помогает людям, которые страдают от насилия со стороны того, от кого они зависят, а также жертвам торговли людьми.
    С { -org-fier } можно анонимно пообщаться в чате.

org-slachtofferhulp-about =
    { -org-slachtofferhulp } поддерживает жертв преступлений, несчастных случаев и катастроф.
    У них также есть анонимная линия — Verbreek de stilte.
phone-slachtofferhulp-general = Для жертв преступлений, несчастных случаев и катастроф. Обычная стоимость местного звонка. В кризисной ситуации — также в нерабочее время.
phone-slachtofferhulp-verbreek-de-stilte = Verbreek de stilte: анонимная линия.

## Human trafficking

org-comensha-about =
    { -org-comensha } — национальный центр против торговли людьми.
    Жертвы и все, у кого есть вопрос о торговле людьми, могут звонить в его службу поддержки.
phone-comensha-helpdesk = Национальная служба поддержки по торговле людьми — для жертв и всех, у кого есть вопрос.

org-arbeidsinspectie-about =
    О трудовой эксплуатации можно сообщить в Трудовую инспекцию Нидерландов (Nederlandse { -org-arbeidsinspectie }).
    Например, когда работодатель заставляет Вас работать или забирает Ваши документы.
phone-arbeidsinspectie-report = Сообщить о трудовой эксплуатации.
phone-arbeidsinspectie-abroad = Сообщить о трудовой эксплуатации, когда Вы звоните из-за границы.

## Children

# Variables:
#   $minor-age (Number) - from data/facts.yaml
org-nidos-about =
    { -org-nidos } — опекун для детей до { $minor-age ->
        [one] { $minor-age } года
        [few] { $minor-age } лет
        [many] { $minor-age } лет
       *[other] { $minor-age } лет
    }, которые приехали в Нидерланды без родителей.
    Ваш опекун помогает Вам и защищает Ваши интересы.
phone-nidos-head-office = Главный офис { -org-nidos } в Utrecht.

org-kindertelefoon-about =
    { -org-kindertelefoon } — для детей и подростков.
    Можно позвонить или написать в чат о чём угодно. Это бесплатно и анонимно.
phone-kindertelefoon = Для детей и подростков. Бесплатно и анонимно.

## Education and work

# Variables:
#   $uaf-school-years (Number) - years of school UAF asks for, from data/facts.yaml
org-uaf-about =
    { -org-uaf } помогает беженцам и просителям убежища, которые хотят учиться в колледже или университете: деньги на учёбу, сопровождение и помощь в поиске работы.
    Нужно { $uaf-school-years ->
        [one] { $uaf-school-years } год
        [few] { $uaf-school-years } года
        [many] { $uaf-school-years } лет
       *[other] { $uaf-school-years } лет
    } школьного образования и достаточное знание нидерландского, английского, французского или немецкого.

org-lowan-about =
    { -org-lowan } поддерживает школы, которые учат детей, недавно приехавших в Нидерланды, например международные переходные классы (ISK).
    Это не линия помощи. О местах в школе спрашивайте в { -org-coa } или в Вашей школе.

## LGBTIQ+

org-lgbt-asylum-support-about =
    { -org-lgbt-asylum-support } — нидерландская организация, которая помогает ЛГБТИ-просителям убежища.

org-secret-garden-about =
    { -org-secret-garden } в Amsterdam даёт социальную, юридическую и психологическую поддержку ЛГБТ-людям с миграционным прошлым, в том числе просителям убежища.
    Как с ними связаться, смотрите на их сайте.

org-coc-cocktail-about =
    { -org-coc-cocktail } от COC Haaglanden — для ЛГБТИК+ просителей убежища.
    У них есть проект «бадди» (человек, который Вас сопровождает) в регионе Гааги и сайт с информацией.

## Going back

org-iom-about =
    { -org-iom } (IOM) помогает людям, которые хотят добровольно вернуться в свою страну: с дорогой, проездными документами и поддержкой, чтобы начать заново там.
    Их консультанты по возвращению говорят на многих языках, также работают переводчики.
phone-iom-return = { -org-iom }: вопросы о добровольном возвращении.

org-dtv-about =
    После отказа { -org-dtv } (Служба репатриации и выезда) говорит с Вами о выезде из Нидерландов.
    На этих беседах у Вас есть переводчик. { -org-dtv } работает вместе с { -org-iom } и { -org-vluchtelingenwerk }.

## Donations

org-stichting-vluchteling-about =
    { -org-stichting-vluchteling } собирает пожертвования на гуманитарную помощь беженцам в других странах.
    Она не оказывает помощь или услуги просителям убежища в Нидерландах.
phone-stichting-vluchteling-office = Офис { -org-stichting-vluchteling }. Это не линия помощи для просителей убежища.

## Names as readers see them: on cards, on buttons and in sentences
# Each organisation's name is a term, -org-<id>: the name as a reader of this language
# sees it. Keep the Dutch proper name where the organisation has no name in the language;
# use the language's own name where it has one (Croix-Rouge, ACNUR). Never double a name.
# Where the name alone does not say what the organisation is, say it once, in brackets, on
# its card and button: put that in a term of its own, -org-<id>-what, and write
#   org-<id>-name = { -org-<id> } ({ -org-<id>-what })
# and otherwise simply org-<id>-name = { -org-<id> }.
#
# In a sentence that names an organisation, write its term, not the name:
#   org-ind-about = { -org-ind } decides on your asylum application.
# so that a name is the same on every screen, and is changed in one place. Where your
# language changes the name or joins it to a word (a case ending or suffix such as IND'ye,
# a prefix such as ንCOA, a compound such as COA-locatie), write that word out: a term
# cannot be declined. `python -m bot validate` warns about a name written out where its
# term would do (FTL-TERM-LITERAL), and refuses a missing name (FTL-TERM-MISSING) and a
# reference to a term the language does not define (FTL-UNKNOWN-TERM).
# In right-to-left languages a term inside a sentence is isolated (U+2068 ... U+2069), so
# that a Latin name keeps its order; on a card or a button it is not.

# Its number, from data, comes after the name.
-org-emergency-services = Экстренный номер
# Variables:
#   $emergency-number (String) - the emergency number, from data
org-emergency-services-name = { -org-emergency-services } { $emergency-number }

-org-politie = Politie
-org-politie-what = полиция
org-politie-name = { -org-politie } ({ -org-politie-what })

-org-ministry = Министерство по делам убежища и миграции
org-ministry-name = { -org-ministry }

-org-coa = COA
org-coa-name = { -org-coa }

-org-ind = IND
org-ind-name = { -org-ind }

-org-gza = GZA
org-gza-name = { -org-gza }

-org-vluchtelingenwerk = VluchtelingenWerk
org-vluchtelingenwerk-name = { -org-vluchtelingenwerk }

-org-refugeehelp = RefugeeHelp
org-refugeehelp-name = { -org-refugeehelp }

-org-unhcr = УВКБ ООН
org-unhcr-name = { -org-unhcr }

-org-stichting-vluchteling = Stichting Vluchteling
org-stichting-vluchteling-name = { -org-stichting-vluchteling }

-org-iom = МОМ
org-iom-name = { -org-iom }

-org-dtv = DT&V
org-dtv-name = { -org-dtv }

-org-raad-voor-rechtsbijstand = Raad voor Rechtsbijstand
-org-raad-voor-rechtsbijstand-what = юридическая помощь
org-raad-voor-rechtsbijstand-name = { -org-raad-voor-rechtsbijstand } ({ -org-raad-voor-rechtsbijstand-what })

-org-juridisch-loket = Het Juridisch Loket
org-juridisch-loket-name = { -org-juridisch-loket }

-org-wereldhuis-amsterdam = Wereldhuis Amsterdam
org-wereldhuis-amsterdam-name = { -org-wereldhuis-amsterdam }

-org-rode-kruis = Красный Крест
org-rode-kruis-name = { -org-rode-kruis }

-org-veilig-thuis = Veilig Thuis
org-veilig-thuis-name = { -org-veilig-thuis }

-org-centrum-seksueel-geweld = Centrum Seksueel Geweld
org-centrum-seksueel-geweld-name = { -org-centrum-seksueel-geweld }

-org-fier = Fier
org-fier-name = { -org-fier }

-org-slachtofferhulp = Slachtofferhulp Nederland
org-slachtofferhulp-name = { -org-slachtofferhulp }

-org-comensha = CoMensha
org-comensha-name = { -org-comensha }

-org-arbeidsinspectie = Arbeidsinspectie
-org-arbeidsinspectie-what = Трудовая инспекция
org-arbeidsinspectie-name = { -org-arbeidsinspectie } ({ -org-arbeidsinspectie-what })

-org-nidos = Nidos
org-nidos-name = { -org-nidos }

-org-kindertelefoon = De Kindertelefoon
org-kindertelefoon-name = { -org-kindertelefoon }

# Its short number, from data, comes before the name.
-org-113-zelfmoordpreventie = Zelfmoordpreventie
# Variables:
#   $suicide-short-number (String) - 113's short number, from data
org-113-zelfmoordpreventie-name = { $suicide-short-number } { -org-113-zelfmoordpreventie }

-org-dokters-van-de-wereld = Dokters van de Wereld
-org-dokters-van-de-wereld-what = Врачи мира
org-dokters-van-de-wereld-name = { -org-dokters-van-de-wereld } ({ -org-dokters-van-de-wereld-what })

-org-zanzu = Zanzu
org-zanzu-name = { -org-zanzu }

-org-uaf = UAF
org-uaf-name = { -org-uaf }

-org-lowan = LOWAN
org-lowan-name = { -org-lowan }

-org-lgbt-asylum-support = LGBT Asylum Support
org-lgbt-asylum-support-name = { -org-lgbt-asylum-support }

-org-secret-garden = Secret Garden
org-secret-garden-name = { -org-secret-garden }

-org-coc-cocktail = Cocktail
-org-coc-cocktail-what = COC Haaglanden
org-coc-cocktail-name = { -org-coc-cocktail } ({ -org-coc-cocktail-what })

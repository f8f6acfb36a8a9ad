## Organisations — data/organisations.yaml

# Each organisation has org-<id>-about: what it does for you.
# Phone label messages (phone-<org>-<what>) say who a line is for, what it
# costs and whether you can stay anonymous. Numbers and hours come from data.

## Emergency and police

org-emergency-services-about =
    Номер полиции, скорой помощи или пожарных, когда есть непосредственная опасность.
    Это бесплатно и работает днём и ночью.
phone-emergency-services-112 = Экстренный номер полиции, скорой помощи и пожарных. Бесплатно, днём и ночью. Только при непосредственной опасности.

org-politie-about =
    Полиция Нидерландов. Звоните по обычному (не экстренному) номеру полиции, чтобы сообщить о преступлении или торговле людьми, когда нет непосредственной опасности.
    У полиции также есть сеть для ЛГБТК+ людей — Roze in Blauw.
phone-politie-non-emergency = Полиция, когда это не экстренный случай: чтобы сообщить о преступлении или торговле людьми.

## Government and asylum procedure

org-ministry-about =
    Министерство отвечает за политику в области убежища и миграции. IND подчиняется ему.
phone-rijksoverheid-1400 = Informatie Rijksoverheid, общая линия правительства (не по Вашему делу об убежище). Обычная стоимость звонка.
phone-rijksoverheid-abroad = Та же линия, из-за границы.

org-coa-about =
    COA управляет центрами размещения. Он даёт Вам место для жизни, еженедельное пособие на жизнь и поддержку во время процедуры.
    С вопросами идите к информационной стойке в Вашем центре или смотрите MyCOA — там много языков.
phone-coa-ter-apel-professionals = Только для специалистов: COA Ter Apel, вопросы об одном жителе. Вопросы о процедуре убежища — в IND.
phone-coa-legal-helpdesk = Только для специалистов: юридическая служба поддержки COA.
phone-coa-rvb-helpdesk = Только для специалистов: вопросы о положении Rvb.

org-ind-about =
    IND принимает решение по Вашему заявлению на убежище. Она также проводит Ваши собеседования.
    Вы можете звонить в IND с вопросами о Вашем заявлении.
phone-ind-general = Вопросы о Вашем заявлении. Обычная стоимость звонка.
phone-ind-abroad = IND, когда Вы звоните из-за границы.
phone-ind-fax-default = Номер факса, не для звонков. Только для формы-требования (ingebrekestelling), когда IND опаздывает с решением по убежищу. Сначала спросите своего адвоката.

link-vluchtelingenwerk-volunteer = Стать волонтёром в VluchtelingenWerk
org-vluchtelingenwerk-about =
    VluchtelingenWerk бесплатно помогает просителям убежища. Их люди есть в каждом azc.
    Они объясняют процедуру, могут пойти с Вами на собеседования в IND и помогают с воссоединением семьи.
    Спросите в Вашем центре, когда у них часы приёма (spreekuur).

org-refugeehelp-about =
    RefugeeHelp — это сайт VluchtelingenWerk. Он простыми словами объясняет процедуру убежища и жизнь в Нидерландах, на многих языках, в том числе на украинском.

org-unhcr-about =
    УВКБ ООН (UNHCR) — Агентство ООН по делам беженцев.
    УВКБ ООН в Нидерландах не помогает отдельным людям. По Вашей процедуре убежища оно направляет Вас в RefugeeHelp.

## Health

# Variables:
#   $emergency-number (String) - the emergency number, from data
org-gza-about =
    Жизнь в опасности? Звоните { $emergency-number }.
    GZA — это врачебная практика для людей в центрах размещения просителей убежища. Звоните на Praktijklijn, когда Вы больны или у Вас вопрос о здоровье. Есть переводчики.
# Variables:
#   $gza-urgent-option (Number) - the menu option for urgent medical problems, from data/facts.yaml
phone-gza-medical = GZA Praktijklijn для медицинских проблем, днём и ночью. Если медицинская проблема срочная, нажмите { $gza-urgent-option }.
phone-gza-questions = Та же линия для других вопросов, в рабочие часы.

org-113-zelfmoordpreventie-about =
    Помощь, когда Вы думаете о том, чтобы покончить с собой, или беспокоитесь о человеке, который об этом думает.
    Можно позвонить или написать в чат — бесплатно и анонимно, днём и ночью.
phone-113-short = Бесплатно и анонимно, днём и ночью.
phone-113-free = Тоже бесплатно и анонимно, днём и ночью.

org-dokters-van-de-wereld-about =
    Dokters van de Wereld помогает с вопросами о здоровье, в том числе о сексуальном насилии, и объясняет, как устроена медицина в Нидерландах.
    Это бесплатно, а культурные посредники помогают на Вашем языке. Они есть в Amsterdam, Nijmegen и Utrecht.
phone-dokters-van-de-wereld = Вопросы о здоровье и помощь с медициной в Нидерландах. Бесплатно.

org-zanzu-about =
    Zanzu — сайт с понятной информацией о сексуальном здоровье, на многих языках.

## Legal help

org-raad-voor-rechtsbijstand-about =
    Совет по юридической помощи (Raad voor Rechtsbijstand) назначает Вам бесплатного адвоката по делу об убежище. Вы получаете его автоматически.
    У него есть стойки в центрах подачи заявлений.

org-juridisch-loket-about =
    Het Juridisch Loket даёт первую юридическую консультацию.
    Консультация в отделении бесплатна. Перед визитом проверьте часы работы отделения.
phone-juridisch-loket-advice = Юридическая консультация по телефону. Эта линия платная, оплата поминутная. Позвонить напрямую в отделение нельзя.

org-wereldhuis-amsterdam-about =
    Wereldhuis в Amsterdam даёт бесплатные юридические консультации людям без документов, по четвергам после обеда, по записи.

## Family

# Variables:
#   $tracing-months-min (Number), $tracing-months-max (Number) - how long a search usually takes, from data/facts.yaml
org-rode-kruis-about =
    Красный Крест (Rode Kruis) помогает искать родных, с которыми Вы потеряли связь.
    Это бесплатно. Поиск часто длится от { $tracing-months-min } до { $tracing-months-max ->
        [one] { $tracing-months-max } месяца
        [few] { $tracing-months-max } месяцев
        [many] { $tracing-months-max } месяцев
       *[other] { $tracing-months-max } месяцев
    }.

## Violence and abuse

org-veilig-thuis-about =
    Veilig Thuis даёт совет и помощь при домашнем насилии и жестоком обращении с детьми.
    Можно позвонить или написать в чат. Это бесплатно, можно анонимно.
phone-veilig-thuis = Бесплатно и анонимно, днём и ночью. Назовите свой город, чтобы Вас соединили с ближайшим офисом.

# Variables:
#   $sexual-violence-best-within-days (Number) - from data/facts.yaml
org-centrum-seksueel-geweld-about =
    Centrum Seksueel Geweld помогает после изнасилования или сексуального нападения: медицинская, судебно-медицинская и психологическая помощь.
    Это бесплатно, днём и ночью. Обращайтесь как можно скорее, лучше всего в течение { $sexual-violence-best-within-days ->
        [one] { $sexual-violence-best-within-days } дня
        [few] { $sexual-violence-best-within-days } дней
        [many] { $sexual-violence-best-within-days } дней
       *[other] { $sexual-violence-best-within-days } дней
    }.
phone-centrum-seksueel-geweld = Бесплатно, днём и ночью. Звоните как можно скорее после нападения.

org-fier-about =
    Fier помогает людям, которые страдают от насилия со стороны того, от кого они зависят, а также жертвам торговли людьми.
    С Fier можно анонимно пообщаться в чате.

org-slachtofferhulp-about =
    Slachtofferhulp Nederland поддерживает жертв преступлений, несчастных случаев и катастроф.
    У них также есть анонимная линия — Verbreek de stilte.
phone-slachtofferhulp-general = Для жертв преступлений, несчастных случаев и катастроф. Обычная стоимость местного звонка. В кризисной ситуации — также в нерабочее время.
phone-slachtofferhulp-verbreek-de-stilte = Verbreek de stilte: анонимная линия.

## Human trafficking

org-comensha-about =
    CoMensha — национальный центр против торговли людьми.
    Жертвы и все, у кого есть вопрос о торговле людьми, могут звонить в его службу поддержки.
phone-comensha-helpdesk = Национальная служба поддержки по торговле людьми — для жертв и всех, у кого есть вопрос.

org-arbeidsinspectie-about =
    О трудовой эксплуатации можно сообщить в Трудовую инспекцию Нидерландов (Nederlandse Arbeidsinspectie).
    Например, когда работодатель заставляет Вас работать или забирает Ваши документы.
phone-arbeidsinspectie-report = Сообщить о трудовой эксплуатации.
phone-arbeidsinspectie-abroad = Сообщить о трудовой эксплуатации, когда Вы звоните из-за границы.

## Children

# Variables:
#   $minor-age (Number) - from data/facts.yaml
org-nidos-about =
    Nidos — опекун для детей до { $minor-age ->
        [one] { $minor-age } года
        [few] { $minor-age } лет
        [many] { $minor-age } лет
       *[other] { $minor-age } лет
    }, которые приехали в Нидерланды без родителей.
    Ваш опекун помогает Вам и защищает Ваши интересы.
phone-nidos-head-office = Главный офис Nidos в Utrecht.

org-kindertelefoon-about =
    De Kindertelefoon — для детей и подростков.
    Можно позвонить или написать в чат о чём угодно. Это бесплатно и анонимно.
phone-kindertelefoon = Для детей и подростков. Бесплатно и анонимно.

## Education and work

# Variables:
#   $uaf-school-years (Number) - years of school UAF asks for, from data/facts.yaml
org-uaf-about =
    UAF помогает беженцам и просителям убежища, которые хотят учиться в колледже или университете: деньги на учёбу, сопровождение и помощь в поиске работы.
    Нужно { $uaf-school-years ->
        [one] { $uaf-school-years } год
        [few] { $uaf-school-years } года
        [many] { $uaf-school-years } лет
       *[other] { $uaf-school-years } лет
    } школьного образования и достаточное знание нидерландского, английского, французского или немецкого.

org-lowan-about =
    LOWAN поддерживает школы, которые учат детей, недавно приехавших в Нидерланды, например международные переходные классы (ISK).
    Это не линия помощи. О местах в школе спрашивайте в COA или в Вашей школе.

## LGBTIQ+

org-lgbt-asylum-support-about =
    LGBT Asylum Support — нидерландская организация, которая помогает ЛГБТИ-просителям убежища.

org-secret-garden-about =
    Secret Garden в Amsterdam даёт социальную, юридическую и психологическую поддержку ЛГБТ-людям с миграционным прошлым, в том числе просителям убежища.
    Как с ними связаться, смотрите на их сайте.

org-coc-cocktail-about =
    Cocktail от COC Haaglanden — для ЛГБТИК+ просителей убежища.
    У них есть проект «бадди» (человек, который Вас сопровождает) в регионе Гааги и сайт с информацией.

## Going back

org-iom-about =
    МОМ (IOM) помогает людям, которые хотят добровольно вернуться в свою страну: с дорогой, проездными документами и поддержкой, чтобы начать заново там.
    Их консультанты по возвращению говорят на многих языках, также работают переводчики.
phone-iom-return = МОМ: вопросы о добровольном возвращении.

org-dtv-about =
    После отказа DT&V (Служба репатриации и выезда) говорит с Вами о выезде из Нидерландов.
    На этих беседах у Вас есть переводчик. DT&V работает вместе с МОМ и VluchtelingenWerk.

## Donations

org-stichting-vluchteling-about =
    Stichting Vluchteling собирает пожертвования на гуманитарную помощь беженцам в других странах.
    Она не оказывает помощь или услуги просителям убежища в Нидерландах.
phone-stichting-vluchteling-office = Офис Stichting Vluchteling. Это не линия помощи для просителей убежища.

## Names as readers see them: on the card and on buttons
# org-<id>-name: the organisation's name for a reader of this language. Keep the Dutch
# proper name where the organisation has no name in the language, and add once, in
# brackets, what it is when the name alone does not say it. Never double a name.
# Variables:
#   $emergency-number (String) - the emergency number, from data
org-emergency-services-name = Экстренный номер { $emergency-number }
org-politie-name = Politie (полиция)
org-ministry-name = Министерство по делам убежища и миграции
org-coa-name = COA
org-ind-name = IND
org-gza-name = GZA
org-vluchtelingenwerk-name = VluchtelingenWerk
org-refugeehelp-name = RefugeeHelp
org-unhcr-name = УВКБ ООН
org-stichting-vluchteling-name = Stichting Vluchteling
org-iom-name = МОМ
org-dtv-name = DT&V
org-raad-voor-rechtsbijstand-name = Raad voor Rechtsbijstand (юридическая помощь)
org-juridisch-loket-name = Het Juridisch Loket
org-wereldhuis-amsterdam-name = Wereldhuis Amsterdam
org-rode-kruis-name = Красный Крест
org-veilig-thuis-name = Veilig Thuis
org-centrum-seksueel-geweld-name = Centrum Seksueel Geweld
org-fier-name = Fier
org-slachtofferhulp-name = Slachtofferhulp Nederland
org-comensha-name = CoMensha
org-arbeidsinspectie-name = Arbeidsinspectie (Трудовая инспекция)
org-nidos-name = Nidos
org-kindertelefoon-name = De Kindertelefoon
# Variables:
#   $suicide-short-number (String) - 113's short number, from data
org-113-zelfmoordpreventie-name = { $suicide-short-number } Zelfmoordpreventie
org-dokters-van-de-wereld-name = Dokters van de Wereld (Врачи мира)
org-zanzu-name = Zanzu
org-uaf-name = UAF
org-lowan-name = LOWAN
org-lgbt-asylum-support-name = LGBT Asylum Support
org-secret-garden-name = Secret Garden
org-coc-cocktail-name = Cocktail (COC Haaglanden)

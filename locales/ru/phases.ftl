## Asylum phases — data/phases.yaml
# Numbers come from data/facts.yaml as variables; never type a number here.
# Words printed on IND letters (beschikking, voornemen, zienswijze) stay in Dutch,
# so people can recognise them on their papers.

# Variables:
#   $checked (String) - the day these facts were last compared with their sources, written out
phase-checked = Последняя проверка — { $checked }, но правила могут измениться. Ваш адвокат знает Ваше дело.

## Since 12 June 2026: arrival and the first checks

phase-registration = Прибытие и первые проверки
phase-registration-now =
    Вы обращаетесь в центр подачи заявлений в Ter Apel. Если Вы прибыли самолётом или судном из-за пределов зоны Schengen, Вы обращаетесь в Schiphol.
    { -org-ind } проверяет, кто Вы, проводит проверки безопасности и медосмотр. Также она смотрит, нужна ли Вам дополнительная поддержка.
# Variables:
#   $minor-age (Number) - under this age you are a child, from data/facts.yaml
phase-registration-help =
    Вы сами вносите свои данные в онлайн-портал. Если нужно, сотрудники { -org-ind } Вам помогут.
    Вам меньше { $minor-age ->
        [one] { $minor-age } года
        [few] { $minor-age } лет
        [many] { $minor-age } лет
       *[other] { $minor-age } лет
    } и Вы здесь без родителей? { -org-nidos } даёт Вам опекуна.
# Variables:
#   $screening-days-inland (Number) - longest first checks inside the country, from data/facts.yaml
phase-registration-next =
    Эти проверки длятся не больше { $screening-days-inland ->
        [one] { $screening-days-inland } дня
        [few] { $screening-days-inland } дней
        [many] { $screening-days-inland } дней
       *[other] { $screening-days-inland } дней
    }. Потом { -org-ind } выбирает Вашу процедуру.

## Since 12 June 2026: the procedures

phase-pact-standard = Стандартная процедура
phase-pact-standard-now =
    { -org-ind } изучает, нужна ли Вам защита. Сначала Вы получаете объяснение.
    Потом у Вас собеседование. На нём Вы объясняете, почему просите убежища.
phase-pact-standard-help =
    Вы готовитесь к собеседованию вместе со своим адвокатом.
    Также у Вас есть право на бесплатную юридическую консультацию, если Вы о ней попросите. { -org-vluchtelingenwerk } подскажет, где её получить.
# Variables:
#   $decision-months-standard (Number) - months the IND has to decide, from data/facts.yaml
phase-pact-standard-next =
    { -org-ind } должна принять решение в течение { $decision-months-standard ->
        [one] { $decision-months-standard } месяца
        [few] { $decision-months-standard } месяцев
        [many] { $decision-months-standard } месяцев
       *[other] { $decision-months-standard } месяцев
    }. Потом Вы получите решение письмом.

phase-pact-accelerated = Ускоренная процедура
phase-pact-accelerated-now =
    Эта процедура короче. Обычно у Вас тоже есть собеседование с { -org-ind }, на котором Вы объясняете свои причины.
phase-pact-accelerated-help =
    Попросите { -org-vluchtelingenwerk } помочь Вам подготовиться. Будет ли у Вас адвокат в этой процедуре, пока не подтверждено.
# Variables:
#   $decision-months-accelerated (Number) - months the IND has to decide, from data/facts.yaml
phase-pact-accelerated-next =
    { -org-ind } должна принять решение в течение { $decision-months-accelerated ->
        [one] { $decision-months-accelerated } месяца
        [few] { $decision-months-accelerated } месяцев
        [many] { $decision-months-accelerated } месяцев
       *[other] { $decision-months-accelerated } месяцев
    }. Потом Вы получите решение письмом.

phase-pact-responsibility = Может отвечать другая страна ЕС
phase-pact-responsibility-now =
    { -org-ind } проверяет, не должна ли Ваше заявление рассматривать другая страна ЕС, например потому, что Вы уже были там раньше или у Вас там семья. Эти правила заменяют дублинские правила.
    Если ответственна другая страна, Вас могут отправить туда.
phase-pact-responsibility-help =
    Решение отправить Вас в другую страну можно обжаловать. Срок указан в письме, и он может быть очень коротким. Свяжитесь со своим адвокатом или с { -org-vluchtelingenwerk } в тот же день.
phase-pact-responsibility-next =
    Если Вашим заявлением занимаются Нидерланды, дальше его рассматривает { -org-ind }.

phase-pact-admissibility = Процедура приемлемости
phase-pact-admissibility-now =
    В этой процедуре { -org-ind } сначала решает, будет ли она вообще рассматривать Ваше заявление в Нидерландах.
phase-pact-admissibility-help =
    Спросите своего адвоката или { -org-vluchtelingenwerk }, что это значит для Вас.
phase-pact-admissibility-next =
    { -org-ind } присылает Вам своё решение письмом.

phase-pact-border = Пограничная процедура (Schiphol)
# Variables:
#   $screening-days-border (Number) - longest checks at the border, from data/facts.yaml
phase-pact-border-now =
    Вы прибыли самолётом или судном из-за пределов зоны Schengen? Тогда Королевская жандармерия (Koninklijke Marechaussee) проверяет Вас на границе — не больше { $screening-days-border ->
        [one] { $screening-days-border } дня
        [few] { $screening-days-border } дней
        [many] { $screening-days-border } дней
       *[other] { $screening-days-border } дней
    }.
    Потом { -org-ind } может рассматривать Ваше заявление в пограничной процедуре. Она для людей, у которых мало шансов на защиту или которых считают угрозой для общественного порядка.
phase-pact-border-help =
    Возможно, Вам придётся находиться в закрытом центре. Попросите адвоката и свяжитесь с { -org-vluchtelingenwerk }.
# Variables:
#   $border-procedure-weeks (Number) - longest border procedure, from data/facts.yaml
phase-pact-border-next =
    Пограничная процедура должна закончиться в течение { $border-procedure-weeks ->
        [one] { $border-procedure-weeks } недели
        [few] { $border-procedure-weeks } недель
        [many] { $border-procedure-weeks } недель
       *[other] { $border-procedure-weeks } недель
    }.

## Since 12 June 2026: the decision and after it

phase-pact-decision = Решение
phase-pact-decision-now =
    { -org-ind } присылает своё решение письмом. По-нидерландски оно называется «beschikking». Прочитайте его вместе со своим адвокатом или с { -org-vluchtelingenwerk }.
# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
phase-pact-decision-help =
    { $pact-start } изменились правила обжалования. Срок для обжалования указан в письме, и он может быть очень коротким.
    Свяжитесь со своим адвокатом или с { -org-vluchtelingenwerk } в тот же день.
phase-pact-decision-next =
    Какое решение приняла { -org-ind }?

phase-pact-granted = Вид на жительство выдан
# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
phase-pact-granted-now =
    { -org-ind } выдала Вам вид на жительство по убежищу. Срок его действия указан в самом документе.
    С { $pact-start } вид на жительство по убежищу бывает двух типов, и изменились правила воссоединения семьи.
phase-pact-granted-help =
    { -org-vluchtelingenwerk } помогает Вам с воссоединением семьи и с началом жизни здесь. Обратитесь к ним как можно скорее.
phase-pact-granted-next =
    { -org-coa } предлагает программу подготовки к интеграции: уроки нидерландского языка и знакомство с жизнью в Нидерландах.

phase-pact-rejected = Заявление отклонено
phase-pact-rejected-now =
    { -org-ind } отклонила Ваше заявление. В отказе также сказано, что Вы должны уехать (решение о возвращении). Вы можете обжаловать оба решения вместе в суде.
phase-pact-rejected-help =
    Срок указан в письме, и он может быть очень коротким. Поговорите со своим адвокатом или с { -org-vluchtelingenwerk } СЕГОДНЯ.
    Спросите своего адвоката, можно ли Вам оставаться в Нидерландах во время обжалования.
phase-pact-rejected-next =
    Сколько Вы можете оставаться в центре размещения после отказа, по новым правилам не подтверждено. Спросите { -org-coa } и своего адвоката.
    { -org-dtv } говорит с Вами о выезде. Если Вы решите вернуться, { -org-iom } может помочь.

phase-new-application = Новое заявление
# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
phase-new-application-now =
    Ваше заявление окончательно отклонили, а с тех пор изменилось что-то важное? Тогда, возможно, Вы сможете подать заявление снова.
    { $pact-start } правила для этого изменились.
phase-new-application-help =
    Поговорите с адвокатом или с { -org-vluchtelingenwerk }, прежде чем подавать заявление снова.

## Applications made before 12 June 2026: the steps as they were

# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
phase-old-rules-note = Это этапы для заявлений, поданных до { $pact-start }, и не подтверждено, какие правила сейчас действуют в Вашем случае.

phase-rest-and-preparation = Отдых и подготовка
# Variables:
#   $rest-days (Number) - shortest rest and preparation period, from data/facts.yaml
phase-rest-and-preparation-now =
    Вы живёте в центре размещения на время процедуры (pol) не меньше { $rest-days ->
        [one] { $rest-days } дня
        [few] { $rest-days } дней
        [many] { $rest-days } дней
       *[other] { $rest-days } дней
    }. Это время для отдыха и для подготовки к собеседованию вместе с адвокатом.
# Variables:
#   $weekly-allowance (String) - weekly living allowance, written out, from data/facts.yaml
phase-rest-and-preparation-help =
    { -org-coa } даёт Вам жильё, обычно деньги на еду, а также { $weekly-allowance } в неделю на жизнь (сумма может измениться).
    { -org-vluchtelingenwerk } объясняет процедуру. { -org-gza } оказывает медицинскую помощь.
phase-rest-and-preparation-next =
    После этого периода начинается общая процедура убежища.

phase-general-procedure = Общая процедура
phase-general-procedure-now =
    { -org-ind } проводит подробное собеседование о причинах, по которым Вы просите убежища. Ваш адвокат готовит Вас к нему.
phase-general-procedure-help =
    Если { -org-ind } собирается отклонить Ваше заявление, она сначала присылает намерение отказать (по-нидерландски: «voornemen»). Ваш адвокат письменно отвечает на него («zienswijze»). Времени на это мало.
# Variables:
#   $old-cases-resumed (String) - the day the IND started again with older applications, from data/facts.yaml
phase-general-procedure-next =
    Потом { -org-ind } принимает решение и присылает письмо («beschikking»). { -org-ind } снова взялась за эти более старые заявления { $old-cases-resumed }, поэтому многие люди ждут долго.

phase-decision-granted = Решение: вид на жительство выдан
phase-decision-granted-now =
    { -org-ind } выдала Вам вид на жительство по убежищу. Срок его действия указан в самом документе.
# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
phase-decision-granted-help =
    { $pact-start } изменились правила воссоединения семьи, в том числе для заявлений, поданных раньше. Как можно скорее обратитесь в { -org-vluchtelingenwerk }.
    { -org-rode-kruis } может разыскать родных, с которыми Вы потеряли связь.
phase-decision-granted-next =
    { -org-coa } предлагает программу подготовки к интеграции: уроки нидерландского языка и знакомство с жизнью в Нидерландах.

phase-decision-rejected = Решение: отказ
phase-decision-rejected-now =
    { -org-ind } отклонила Ваше заявление. Вы можете обжаловать решение в суде. Срок указан в письме («beschikking»), и он может быть очень коротким.
phase-decision-rejected-help =
    Поговорите со своим адвокатом или с { -org-vluchtelingenwerk } СЕГОДНЯ. Спросите своего адвоката, можно ли Вам оставаться в Нидерландах во время обжалования.
phase-decision-rejected-next =
    Сколько Вы можете оставаться в центре размещения после отказа, не подтверждено. Спросите { -org-coa } и своего адвоката.
    { -org-dtv } говорит с Вами о выезде, с переводчиком. Если Вы решите вернуться, { -org-iom } может помочь.

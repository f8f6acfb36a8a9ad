## Asylum phases — data/phases.yaml

## Phase: registration

phase-registration = Регистрация

# Variables:
#   $days (String) - how many days you stay in the col, e.g. "3-10", from data/phases.yaml
phase-registration-now =
    Вы приходите в центр подачи заявлений в Ter Apel. Если Вы прилетели самолётом, Вы обращаетесь в Schiphol.
    Обычно Вы живёте { $days } дней в центральном центре приёма (col).
    Там GZA проводит медосмотр, а GGD — проверку на туберкулёз.
    На регистрационном собеседовании Вас спрашивают о личности, гражданстве, маршруте и семье. На этом этапе у Вас ещё нет адвоката.

phase-registration-coa =
    COA даёт Вам место для сна, еду и средства гигиены.
    COA также проверяет, кому нужно особое внимание или защита, например из-за проблем со здоровьем или признаков торговли людьми.
    Если Вы чувствуете себя в опасности или плохо, скажите сотрудникам COA.

phase-registration-help =
    GZA — Ваш врач во время процедуры.
    Если Вам меньше 18 лет и Вы приехали без родителей, Nidos даёт Вам опекуна.
    У Совета по юридической помощи есть стойка в центре подачи заявлений. Он назначает Вам бесплатного адвоката.

phase-registration-next =
    Дальше идёт период отдыха и подготовки. Вы переезжаете в процессный центр приёма (pol) рядом с офисом IND.
    Если Вы из страны, которая считается безопасной, вся Ваша процедура может пройти, пока Вы живёте в col.

## Phase: rest-and-preparation

phase-rest-and-preparation = Отдых и подготовка

# Variables:
#   $rest-days (String) - minimum length of the rest and preparation period, e.g. "6", from data/phases.yaml
phase-rest-and-preparation-now =
    Вы живёте в процессном центре приёма (pol) не меньше { $rest-days } дней.
    Это время для отдыха и подготовки к собеседованиям по убежищу.
    Ваш адвокат встречается с Вами для подготовки, а VluchtelingenWerk объясняет, как работает процедура.

# Variables:
#   $allowance (String) - weekly living allowance, e.g. "€14.47", from data/phases.yaml
phase-rest-and-preparation-coa =
    COA даёт Вам жильё и обычно деньги на еду, чтобы Вы могли готовить сами.
    Вы также получаете еженедельные деньги на жизнь: { $allowance } (сумма может измениться).
    COA оплачивает общественный транспорт до Вашего адвоката.
    Если Вы, вероятно, получите разрешение, здесь можно начать уроки нидерландского.

phase-rest-and-preparation-help =
    Ваш адвокат бесплатный; его назначает Совет по юридической помощи.
    VluchtelingenWerk объясняет процедуру и может помочь Вам подготовиться.
    GZA оказывает медицинскую помощь. Расскажите им о любых проблемах со здоровьем.
    Если Вам меньше 18 лет и Вы приехали без родителей, Вам помогает Ваш опекун из Nidos.

phase-rest-and-preparation-next =
    После периода отдыха и подготовки начинается общая процедура убежища.
    IND проводит с Вами собеседования, а потом принимает решение по Вашему заявлению.

## Phase: general-procedure

phase-general-procedure = Общая процедура

# Variables:
#   $decision-days (String) - working days for a decision in the general procedure, e.g. "6", from data/phases.yaml
#   $decision-days-max (String) - longest general procedure in days, e.g. "9", from data/phases.yaml
phase-general-procedure-now =
    IND проводит с Вами собеседования. Первое — о Вашей личности и маршруте.
    Второе, подробное собеседование — о причинах, по которым Вы просите убежища.
    Обычно IND принимает решение в течение { $decision-days } рабочих дней, иногда до { $decision-days-max } дней.
    Если этого времени не хватает, Ваше заявление переходит в расширенную процедуру (VA).

phase-general-procedure-coa =
    Вы продолжаете жить в процессном центре приёма (pol).
    COA даёт Вам ту же поддержку, что и раньше: жильё, деньги на еду, еженедельные деньги на жизнь и медицинскую помощь через GZA.

# Variables:
#   $reply-days (String) - days your lawyer has to answer an intention to reject in the general procedure, e.g. "1", from data/phases.yaml
phase-general-procedure-help =
    Ваш адвокат готовит с Вами собеседования.
    Если IND собирается отказать, она сначала присылает намерение отказать. В общей процедуре у Вашего адвоката есть { $reply-days } день, чтобы ответить на него письменно.
    VluchtelingenWerk тоже Вас поддерживает; иногда волонтёр может пойти с Вами на собеседование.

# Variables:
#   $work-months (String) - months an application must be pending before you may work, e.g. "6", from data/phases.yaml
phase-general-procedure-next =
    Дальше Вы получаете решение IND: разрешение или отказ.
    Расширенная процедура длится дольше. Ваш адвокат или VluchtelingenWerk могут сказать Вам Ваш срок.
    Когда Ваше заявление рассматривается уже { $work-months } месяцев, Вы можете работать. Тогда Вашему работодателю нужно разрешение на работу для Вас.

## Phase: decision-granted

phase-decision-granted = Решение: разрешение дано

# Variables:
#   $permit-years (String) - validity of the asylum permit in years, e.g. "5", from data/phases.yaml
phase-decision-granted-now =
    IND выдала Вам вид на жительство по убежищу.
    Он действует { $permit-years } лет с даты, когда Вы подали заявление. После этого Вы можете подать заявление на постоянный вид на жительство.
    Вы можете работать.

phase-decision-granted-coa =
    Пока COA продолжает давать Вам жильё и поддержку.
    COA предлагает программу подготовки к интеграции: изучение нидерландского языка и жизни в Нидерландах.

phase-decision-granted-help =
    VluchtelingenWerk помогает Вам с воссоединением семьи и с началом новой жизни здесь.
    Если Вы потеряли связь с родными, Красный Крест может помочь их найти.

# Variables:
#   $reunification-months (String) - months after the permit to apply for family reunification, e.g. "3", from data/phases.yaml
phase-decision-granted-next =
    Дальше — интеграция.
    Если Вы хотите, чтобы к Вам приехали родные, подайте заявление в течение { $reunification-months } месяцев после получения разрешения. Тогда правила проще, например, нет требования к доходу.
    Вовремя попросите VluchtelingenWerk о помощи.

## Phase: decision-rejected

phase-decision-rejected = Решение: отказ

# Variables:
#   $appeal-weeks-short (String) - short appeal deadline in weeks, e.g. "1", from data/phases.yaml
#   $appeal-weeks (String) - normal appeal deadline in weeks, e.g. "4", from data/phases.yaml
phase-decision-rejected-now =
    IND отказала по Вашему заявлению. Вы можете обжаловать решение в суде.
    Срок короткий: { $appeal-weeks-short } неделя — для решения в общей процедуре или решения, что Ваше заявление явно необоснованно или неприемлемо; { $appeal-weeks } недели — в других случаях.
    Поговорите со своим адвокатом СЕГОДНЯ. Обжалование для Вас бесплатно.

phase-decision-rejected-coa =
    Пока COA продолжает давать Вам жильё.
    COA предлагает взрослым, которым отказали, тренинг об их будущем.

phase-decision-rejected-help =
    Ваш адвокат может обжаловать решение за Вас.
    DT&V проводит с Вами беседы о выезде, с переводчиком.
    Если Вы решите вернуться, IOM может поддержать Ваше добровольное возвращение.
    VluchtelingenWerk тоже может Вам посоветовать.

phase-decision-rejected-next =
    Пока идёт обжалование, Вы обычно можете оставаться в Нидерландах. Есть исключения. Ваш адвокат знает, касается ли это Вас, и тогда может попросить суд разрешить Вам остаться.
    Дальнейшая апелляция в Государственный совет не даёт права оставаться, пока она идёт.

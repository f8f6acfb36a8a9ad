## Organisations — data/organisations.yaml

# Each organisation has org-<id>-about: what it does for you.
# Phone label messages (phone-<org>-<what>) say who a line is for, what it
# costs and whether you can stay anonymous. Numbers and hours come from data.

## Emergency and police

org-emergency-services-about =
    Номер поліції, швидкої допомоги або пожежної служби, коли є безпосередня небезпека.
    Це безкоштовно і працює вдень і вночі.
phone-emergency-services-112 = { -org-emergency-services } поліції, швидкої допомоги та пожежної служби. Безкоштовно, вдень і вночі. Лише коли є безпосередня небезпека.

org-politie-about =
    Поліція Нідерландів. Телефонуйте на звичайний (не екстрений) номер поліції, щоб повідомити про злочин або торгівлю людьми, коли немає безпосередньої небезпеки.
    У поліції також є мережа для ЛГБТК+ людей — Roze in Blauw.
phone-politie-non-emergency = Поліція, коли це не екстрена ситуація: щоб повідомити про злочин або торгівлю людьми.

## Government and asylum procedure

org-ministry-about =
    Міністерство відповідає за політику щодо притулку та міграції. { -org-ind } підпорядковується йому.
phone-rijksoverheid-1400 = Informatie Rijksoverheid, загальна лінія уряду (не щодо Вашої справи про притулок). Звичайна вартість дзвінка.
phone-rijksoverheid-abroad = Та сама лінія, з-за кордону.

org-coa-about =
    { -org-coa } керує центрами розміщення. Він дає Вам місце для життя, щотижневу допомогу на життя та підтримку під час процедури.
    Із запитаннями йдіть до інформаційної стійки у Вашому центрі або дивіться MyCOA — там багато мов.
phone-coa-ter-apel-professionals = Лише для фахівців: { -org-coa } Ter Apel, запитання про одного мешканця. Запитання про процедуру притулку — до { -org-ind }.
phone-coa-legal-helpdesk = Лише для фахівців: юридична служба підтримки { -org-coa }.
phone-coa-rvb-helpdesk = Лише для фахівців: запитання про положення Rvb.

org-ind-about =
    { -org-ind } ухвалює рішення щодо Вашої заяви на притулок. Вона також проводить Ваші співбесіди.
    Ви можете телефонувати в { -org-ind } із запитаннями про Вашу заяву.
phone-ind-general = Запитання про Вашу заяву. Звичайна вартість дзвінка.
phone-ind-abroad = { -org-ind }, коли Ви телефонуєте з-за кордону.
phone-ind-fax-default = Номер факсу, не для дзвінків. Лише для форми-вимоги (ingebrekestelling), коли { -org-ind } запізнюється з рішенням щодо притулку. Спершу запитайте свого адвоката.

link-vluchtelingenwerk-volunteer = Стати волонтером у { -org-vluchtelingenwerk }
org-vluchtelingenwerk-about =
    { -org-vluchtelingenwerk } безкоштовно допомагає шукачам притулку. Їхні люди є в кожному azc.
    Вони пояснюють процедуру, можуть піти з Вами на співбесіди в { -org-ind } і допомагають із возз’єднанням сім’ї.
    Запитайте у Вашому центрі, коли в них години прийому (spreekuur).

org-refugeehelp-about =
    { -org-refugeehelp } — це вебсайт { -org-vluchtelingenwerk }. Він простими словами пояснює процедуру притулку та життя в Нідерландах, багатьма мовами, зокрема українською.

org-unhcr-about =
    { -org-unhcr } (UNHCR) — Агентство ООН у справах біженців.
    { -org-unhcr } у Нідерландах не допомагає окремим людям. Щодо Вашої процедури притулку воно направляє Вас до { -org-refugeehelp }.

## Health

# Variables:
#   $emergency-number (String) - the emergency number, from data
org-gza-about =
    Життя в небезпеці? Телефонуйте { $emergency-number }.
    { -org-gza } — це лікарська практика для людей у центрах розміщення шукачів притулку. Телефонуйте на Praktijklijn, коли Ви хворі або маєте запитання про здоров’я. Є перекладачі.
# Variables:
#   $gza-urgent-option (Number) - the menu option for urgent medical problems, from data/facts.yaml
phone-gza-medical = { -org-gza } Praktijklijn для медичних проблем, вдень і вночі. Якщо медична проблема термінова, натисніть { $gza-urgent-option }.
phone-gza-questions = Та сама лінія для інших запитань, у робочі години.

org-113-zelfmoordpreventie-about =
    Допомога, коли Ви думаєте про те, щоб покінчити з собою, або хвилюєтеся за людину, яка про це думає.
    Можна зателефонувати або написати в чат — безкоштовно й анонімно, вдень і вночі.
phone-113-short = Безкоштовно й анонімно, вдень і вночі.
phone-113-free = Теж безкоштовно й анонімно, вдень і вночі.

org-dokters-van-de-wereld-about =
    { -org-dokters-van-de-wereld } допомагає із запитаннями про здоров’я, зокрема про сексуальне насильство, і пояснює, як працює медицина в Нідерландах.
    Це безкоштовно, а культурні посередники допомагають Вашою мовою. Вони є в Amsterdam, Nijmegen і Utrecht.
phone-dokters-van-de-wereld = Запитання про здоров’я і допомога з медициною в Нідерландах. Безкоштовно.

org-zanzu-about =
    { -org-zanzu } — вебсайт із зрозумілою інформацією про сексуальне здоров’я, багатьма мовами.

## Legal help

org-raad-voor-rechtsbijstand-about =
    Рада з правової допомоги ({ -org-raad-voor-rechtsbijstand }) призначає Вам безкоштовного адвоката у справі притулку. Ви отримуєте його автоматично.
    У неї є стійки в центрах подання заяв.

org-juridisch-loket-about =
    { -org-juridisch-loket } дає першу юридичну консультацію.
    Консультація у відділенні безкоштовна. Перед візитом перевірте години роботи відділення.
phone-juridisch-loket-advice = Юридична консультація телефоном. Ця лінія платна, оплата за хвилину. Зателефонувати напряму у відділення не можна.

org-wereldhuis-amsterdam-about =
    Wereldhuis в Amsterdam дає безкоштовні юридичні консультації людям без документів, щочетверга після обіду, за записом.

## Family

# Variables:
#   $tracing-months-min (Number), $tracing-months-max (Number) - how long a search usually takes, from data/facts.yaml
org-rode-kruis-about =
    { -org-rode-kruis } (Rode Kruis) допомагає шукати рідних, із якими Ви втратили зв’язок.
    Це безкоштовно. Пошук часто триває від { $tracing-months-min } до { $tracing-months-max ->
        [one] { $tracing-months-max } місяця
        [few] { $tracing-months-max } місяців
        [many] { $tracing-months-max } місяців
       *[other] { $tracing-months-max } місяців
    }.

## Violence and abuse

org-veilig-thuis-about =
    { -org-veilig-thuis } дає пораду й допомогу при домашньому насильстві та жорстокому поводженні з дітьми.
    Можна зателефонувати або написати в чат. Це безкоштовно, можна анонімно.
phone-veilig-thuis = Безкоштовно й анонімно, вдень і вночі. Назвіть своє місто, щоб Вас з’єднали з найближчим офісом.

# Variables:
#   $sexual-violence-best-within-days (Number) - from data/facts.yaml
org-centrum-seksueel-geweld-about =
    { -org-centrum-seksueel-geweld } допомагає після зґвалтування чи сексуального нападу: медична, судово-медична і психологічна допомога.
    Це безкоштовно, вдень і вночі. Звертайтеся якомога швидше, найкраще протягом { $sexual-violence-best-within-days ->
        [one] { $sexual-violence-best-within-days } дня
        [few] { $sexual-violence-best-within-days } днів
        [many] { $sexual-violence-best-within-days } днів
       *[other] { $sexual-violence-best-within-days } днів
    }.
phone-centrum-seksueel-geweld = Безкоштовно, вдень і вночі. Телефонуйте якомога швидше після нападу.

org-fier-about =
    { -org-fier } допомагає людям, які страждають від насильства з боку того, від кого вони залежать, а також жертвам торгівлі людьми.
    З { -org-fier } можна анонімно поспілкуватися в чаті.

org-slachtofferhulp-about =
    { -org-slachtofferhulp } підтримує жертв злочинів, нещасних випадків і катастроф.
    У них також є анонімна лінія — Verbreek de stilte.
phone-slachtofferhulp-general = Для жертв злочинів, нещасних випадків і катастроф. Звичайна вартість місцевого дзвінка. У кризовій ситуації — також поза робочими годинами.
phone-slachtofferhulp-verbreek-de-stilte = Verbreek de stilte: анонімна лінія.

## Human trafficking

org-comensha-about =
    { -org-comensha } — національний центр проти торгівлі людьми.
    Жертви і всі, хто має запитання про торгівлю людьми, можуть телефонувати до його служби підтримки.
phone-comensha-helpdesk = Національна служба підтримки щодо торгівлі людьми — для жертв і всіх, хто має запитання.

org-arbeidsinspectie-about =
    Про трудову експлуатацію можна повідомити в Трудову інспекцію Нідерландів (Nederlandse { -org-arbeidsinspectie }).
    Наприклад, коли роботодавець змушує Вас працювати або забирає Ваші документи.
phone-arbeidsinspectie-report = Повідомити про трудову експлуатацію.
phone-arbeidsinspectie-abroad = Повідомити про трудову експлуатацію, коли Ви телефонуєте з-за кордону.

## Children

# Variables:
#   $minor-age (Number) - from data/facts.yaml
org-nidos-about =
    { -org-nidos } — опікун для дітей до { $minor-age ->
        [one] { $minor-age } року
        [few] { $minor-age } років
        [many] { $minor-age } років
       *[other] { $minor-age } років
    }, які приїхали до Нідерландів без батьків.
    Ваш опікун допомагає Вам і захищає Ваші інтереси.
phone-nidos-head-office = Головний офіс { -org-nidos } в Utrecht.

org-kindertelefoon-about =
    { -org-kindertelefoon } — для дітей і молоді.
    Можна зателефонувати або написати в чат про будь-що. Це безкоштовно й анонімно.
phone-kindertelefoon = Для дітей і молоді. Безкоштовно й анонімно.

## Education and work

# Variables:
#   $uaf-school-years (Number) - years of school UAF asks for, from data/facts.yaml
org-uaf-about =
    { -org-uaf } допомагає біженцям і шукачам притулку, які хочуть навчатися в коледжі чи університеті: гроші на навчання, супровід і допомога в пошуку роботи.
    Потрібно { $uaf-school-years ->
        [one] { $uaf-school-years } рік
        [few] { $uaf-school-years } роки
        [many] { $uaf-school-years } років
       *[other] { $uaf-school-years } років
    } шкільної освіти і достатнє знання нідерландської, англійської, французької чи німецької.

org-lowan-about =
    { -org-lowan } підтримує школи, які навчають дітей, що недавно приїхали до Нідерландів, наприклад міжнародні перехідні класи (ISK).
    Це не лінія допомоги. Про місця в школі запитуйте в { -org-coa } або у Вашій школі.

## LGBTIQ+

org-lgbt-asylum-support-about =
    { -org-lgbt-asylum-support } — нідерландська організація, яка допомагає ЛГБТІ шукачам притулку.

org-secret-garden-about =
    { -org-secret-garden } в Amsterdam дає соціальну, юридичну та психологічну підтримку ЛГБТ-людям із міграційним досвідом, зокрема шукачам притулку.
    Як із ними зв’язатися, дивіться на їхньому вебсайті.

org-coc-cocktail-about =
    { -org-coc-cocktail } від COC Haaglanden — для ЛГБТІК+ шукачів притулку.
    У них є проєкт «бадді» (людина, яка Вас супроводжує) в регіоні Гааги та вебсайт з інформацією.

## Going back

org-iom-about =
    { -org-iom } (IOM) допомагає людям, які хочуть добровільно повернутися до своєї країни: з дорогою, проїзними документами і підтримкою, щоб почати знову там.
    Їхні консультанти з повернення говорять багатьма мовами, також працюють перекладачі.
phone-iom-return = { -org-iom }: запитання про добровільне повернення.

org-dtv-about =
    Після відмови { -org-dtv } (Служба репатріації та виїзду) говорить із Вами про виїзд із Нідерландів.
    На цих розмовах у Вас є перекладач. { -org-dtv } працює разом з { -org-iom } і { -org-vluchtelingenwerk }.

## Donations

org-stichting-vluchteling-about =
    { -org-stichting-vluchteling } збирає пожертви на гуманітарну допомогу біженцям в інших країнах.
    Вона не надає допомоги чи послуг шукачам притулку в Нідерландах.
phone-stichting-vluchteling-office = Офіс { -org-stichting-vluchteling }. Це не лінія допомоги для шукачів притулку.

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
-org-emergency-services = Екстрений номер
# Variables:
#   $emergency-number (String) - the emergency number, from data
org-emergency-services-name = { -org-emergency-services } { $emergency-number }

-org-politie = Politie
-org-politie-what = поліція
org-politie-name = { -org-politie } ({ -org-politie-what })

-org-ministry = Міністерство у справах притулку та міграції
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
-org-raad-voor-rechtsbijstand-what = правова допомога
org-raad-voor-rechtsbijstand-name = { -org-raad-voor-rechtsbijstand } ({ -org-raad-voor-rechtsbijstand-what })

-org-juridisch-loket = Het Juridisch Loket
org-juridisch-loket-name = { -org-juridisch-loket }

-org-wereldhuis-amsterdam = Wereldhuis Amsterdam
org-wereldhuis-amsterdam-name = { -org-wereldhuis-amsterdam }

-org-rode-kruis = Червоний Хрест
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
-org-arbeidsinspectie-what = Трудова інспекція
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
-org-dokters-van-de-wereld-what = Лікарі світу
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

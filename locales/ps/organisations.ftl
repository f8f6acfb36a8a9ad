## Organisations — data/organisations.yaml

# Each organisation has org-<id>-about: what it does for you.
# Phone label messages (phone-<org>-<what>) say who a line is for, what it
# costs and whether you can stay anonymous. Numbers and hours come from data.

## Emergency and police

org-emergency-services-about =
    د پولیسو، امبولانس یا اور وژونکو شمېره، کله چې جدي خطر وي.
    دا وړیا ده او شپه او ورځ کار کوي.
phone-emergency-services-112 = د پولیسو، امبولانس او اور وژونکو { -org-emergency-services }. وړیا، شپه او ورځ. یوازې د جدي خطر لپاره.

org-politie-about =
    د هالنډ پولیس. کله چې جدي خطر نه وي، د جرم یا د انسانانو د قاچاق د راپور لپاره غیر بېړنۍ لیکې ته زنګ ووهئ.
    پولیس د LGBTQ+ خلکو لپاره یوه شبکه هم لري: Roze in Blauw.
phone-politie-non-emergency = پولیس، کله چې بېړنی حالت نه وي: د جرم یا د انسانانو د قاچاق د راپور لپاره.

## Government and asylum procedure

org-ministry-about =
    دا وزارت د پناه او مهاجرت د پالیسۍ مسؤل دی. { -org-ind } د دې وزارت لاندې ده.
phone-rijksoverheid-1400 = Informatie Rijksoverheid، د حکومت عمومي لیکه (ستاسو د پناه د قضیې لپاره نه). د زنګ عادي لګښت.
phone-rijksoverheid-abroad = همدا لیکه، له بهر څخه.

org-coa-about =
    { -org-coa } د استوګنې مرکزونه (کمپونه) چلوي. ستاسو د پروسې پر مهال تاسو ته د اوسېدو ځای، اونیزې پیسې او ملاتړ درکوي.
    د پوښتنو لپاره، په خپل مرکز کې د معلوماتو مېز ته ورشئ، یا MyCOA وګورئ چې په ډېرو ژبو دی.
phone-coa-ter-apel-professionals = یوازې د مسلکي کسانو لپاره: { -org-coa } Ter Apel، د یو اوسېدونکي په اړه پوښتنې. د پناه د پروسې پوښتنې { -org-ind } ته ځي.
phone-coa-legal-helpdesk = یوازې د مسلکي کسانو لپاره: د { -org-coa } د حقوقي چارو مرستندویه مېز.
phone-coa-rvb-helpdesk = یوازې د مسلکي کسانو لپاره: د Rvb مقرراتو په اړه پوښتنې.

org-ind-about =
    { -org-ind } ستاسو د پناه په غوښتنه پرېکړه کوي. ستاسو مرکې هم همدا اداره کوي.
    تاسو کولی شئ د خپلې غوښتنې په اړه د پوښتنو لپاره { -org-ind } ته زنګ ووهئ.
phone-ind-general = ستاسو د غوښتنې په اړه پوښتنې. د زنګ عادي لګښت.
phone-ind-abroad = { -org-ind }، کله چې له بهر څخه زنګ وهئ.
phone-ind-fax-default = د فکس شمېره، د زنګ لپاره نه ده. یوازې د ځنډ د خبرتیا د فورمې لپاره ده، کله چې { -org-ind } ستاسو د پناه په پرېکړه کې ناوخته کوي. لومړی له خپل وکیل څخه وپوښتئ.

link-vluchtelingenwerk-volunteer = له { -org-vluchtelingenwerk } سره رضاکار شئ
org-vluchtelingenwerk-about =
    { -org-vluchtelingenwerk } له پناه غوښتونکو سره وړیا مرسته کوي. په هر azc کې یې خلک شته.
    دوی پروسه تشریح کوي، کولی شي تاسو سره د { -org-ind } مرکو ته ولاړ شي، او د کورنۍ په یوځای کېدو کې مرسته کوي.
    په خپل ځای کې وپوښتئ چې د دوی د مشورې وختونه (spreekuur) کله دي.

org-refugeehelp-about =
    { -org-refugeehelp } د { -org-vluchtelingenwerk } یوه ویب پاڼه ده. دا د پناه پروسه او په هالنډ کې ژوند په ساده ټکو، په ډېرو ژبو، اوکرایني هم، تشریح کوي.

org-unhcr-about =
    { -org-unhcr } د ملګرو ملتونو د کډوالو اداره ده.
    { -org-unhcr } هالنډ له یو یو کس سره مرسته نه کوي. ستاسو د پناه د پروسې لپاره تاسو { -org-refugeehelp } ته لېږي.

## Health

# Variables:
#   $emergency-number (String) - the emergency number, from data
org-gza-about =
    ژوند په خطر کې دی؟ { $emergency-number } ته زنګ ووهئ.
    { -org-gza } د پناه غوښتونکو د استوګنې په مرکزونو کې د خلکو لپاره د ډاکټر کلینیک دی. کله چې ناروغه یاست یا روغتیايي پوښتنه لرئ، Praktijklijn ته زنګ ووهئ. ژباړونکي شته.
# Variables:
#   $gza-urgent-option (Number) - the menu option for urgent medical problems, from data/facts.yaml
phone-gza-medical = { -org-gza } Praktijklijn د طبي ستونزو لپاره، شپه او ورځ. د بېړنۍ طبي ستونزې لپاره { $gza-urgent-option } کېکاږئ.
phone-gza-questions = همدا لیکه د نورو پوښتنو لپاره، د دفتر په وختونو کې.

org-113-zelfmoordpreventie-about =
    د هغه وخت لپاره چې تاسو د خپل ژوند د پای ته رسولو فکر کوئ، یا د داسې چا په اړه اندېښنه لرئ چې دا فکر کوي.
    تاسو کولی شئ زنګ ووهئ یا چټ وکړئ، وړیا او بې نومه، شپه او ورځ.
phone-113-short = وړیا او بې نومه، شپه او ورځ.
phone-113-free = دا هم وړیا او بې نومه ده، شپه او ورځ.

org-dokters-van-de-wereld-about =
    { -org-dokters-van-de-wereld } د روغتیا په پوښتنو کې مرسته کوي، د جنسي تاوتریخوالي په اړه هم، او د هالنډ په روغتیايي سیستم کې لار درښيي.
    دا وړیا ده، او کلتوري منځګړي ستاسو په ژبه مرسته درسره کوي. دوی په Amsterdam، Nijmegen او Utrecht کې دي.
phone-dokters-van-de-wereld = روغتیايي پوښتنې، او د هالنډ په روغتیايي سیستم کې مرسته. وړیا.

org-zanzu-about =
    { -org-zanzu } یوه ویب پاڼه ده چې د جنسي روغتیا په اړه روښانه معلومات لري، په ډېرو ژبو.

## Legal help

org-raad-voor-rechtsbijstand-about =
    د حقوقي مرستې بورډ ({ -org-raad-voor-rechtsbijstand }) ستاسو لپاره د پناه وړیا وکیل برابروي. وکیل تاسو ته په اتومات ډول درکول کېږي.
    دا بورډ د غوښتنې په مرکزونو کې مېزونه لري.

org-juridisch-loket-about =
    { -org-juridisch-loket } لومړنۍ حقوقي مشوره ورکوي.
    په څانګه کې مشوره وړیا ده. مخکې له دې چې ورشئ، د څانګې د خلاصېدو وختونه وګورئ.
phone-juridisch-loket-advice = په تلیفون حقوقي مشوره. په دې لیکه هره دقیقه پیسې لګېږي. تاسو څانګو ته مستقیم زنګ نه شئ وهلی.

org-wereldhuis-amsterdam-about =
    Wereldhuis په Amsterdam کې هغو خلکو ته چې اسناد نه لري وړیا حقوقي مشوره ورکوي، د پنجشنبې په ماسپښینو کې، د مخکې وخت اخیستلو سره.

## Family

# Variables:
#   $tracing-months-min (Number), $tracing-months-max (Number) - how long a search usually takes, from data/facts.yaml
org-rode-kruis-about =
    سور صلیب ({ -org-rode-kruis }) مرسته درسره کوي چې د کورنۍ هغه غړي ولټوئ چې اړیکه مو ورسره پرې شوې ده.
    دا وړیا ده. لټون اکثره له { $tracing-months-min } تر { $tracing-months-max } میاشتو پورې وخت نیسي.

## Violence and abuse

org-veilig-thuis-about =
    { -org-veilig-thuis } د کورني تاوتریخوالي، او له ماشومانو سره د ناوړه چلند په اړه مشوره او مرسته ورکوي.
    تاسو کولی شئ زنګ ووهئ یا چټ وکړئ. دا وړیا ده، او نوم مو پټ پاتې کېدای شي.
phone-veilig-thuis = وړیا او بې نومه، شپه او ورځ. خپل ښار ووایاست، ترڅو خپل نږدې دفتر ته ورسېږئ.

# Variables:
#   $sexual-violence-best-within-days (Number) - from data/facts.yaml
org-centrum-seksueel-geweld-about =
    { -org-centrum-seksueel-geweld } له جنسي تېري یا جنسي حملې وروسته مرسته کوي: طبي، عدلي (فورنزیک) او رواني مرسته.
    دا وړیا ده، شپه او ورځ. ژر تر ژره اړیکه ونیسئ، غوره دا ده چې په { $sexual-violence-best-within-days ->
        [one] { $sexual-violence-best-within-days } ورځ
       *[other] { $sexual-violence-best-within-days } ورځو
    } کې.
phone-centrum-seksueel-geweld = وړیا، شپه او ورځ. له حملې وروسته ژر تر ژره زنګ ووهئ.

org-fier-about =
    { -org-fier } له هغو خلکو سره مرسته کوي چې د داسې چا له خوا تاوتریخوالی ویني چې پر هغه متکي دي، او د انسانانو د قاچاق له قربانیانو سره هم.
    تاسو کولی شئ له { -org-fier } سره بې نومه چټ وکړئ.

org-slachtofferhulp-about =
    { -org-slachtofferhulp } د جرمونو، پېښو او ناورینونو د قربانیانو ملاتړ کوي.
    دا یوه بې نومه لیکه هم لري: Verbreek de stilte.
phone-slachtofferhulp-general = د جرمونو، پېښو او ناورینونو د قربانیانو لپاره. د سیمه ییز زنګ عادي لګښت. د بحران پر مهال د دفتر له وخت بهر هم.
phone-slachtofferhulp-verbreek-de-stilte = Verbreek de stilte: یوه بې نومه لیکه.

## Human trafficking

org-comensha-about =
    { -org-comensha } د انسانانو د قاچاق پر ضد ملي مرکز دی.
    قربانیان، او هر څوک چې د قاچاق په اړه پوښتنه لري، کولی شي د دې مرستندویه مېز ته زنګ ووهي.
phone-comensha-helpdesk = د انسانانو د قاچاق په اړه ملي مرستندویه مېز، د قربانیانو او هر هغه چا لپاره چې پوښتنه لري.

org-arbeidsinspectie-about =
    تاسو کولی شئ د کار استثمار د هالنډ د کار تفتیش ادارې ({ -org-arbeidsinspectie }) ته راپور ورکړئ.
    د بېلګې په توګه، کله چې کارګمارونکی تاسو کار ته مجبوروي یا ستاسو اسناد اخلي.
phone-arbeidsinspectie-report = د کار استثمار راپور ورکړئ.
phone-arbeidsinspectie-abroad = د کار استثمار راپور ورکړئ، کله چې له بهر څخه زنګ وهئ.

## Children

# Variables:
#   $minor-age (Number) - from data/facts.yaml
org-nidos-about =
    { -org-nidos } د هغو ماشومانو سرپرست دی چې عمر یې له { $minor-age } کلونو کم دی او بې له مور او پلار هالنډ ته راغلي دي.
    ستاسو سرپرست مرسته درسره کوي او ستاسو د ګټو پاملرنه کوي.
phone-nidos-head-office = په Utrecht کې د { -org-nidos } مرکزي دفتر.

org-kindertelefoon-about =
    { -org-kindertelefoon } د ماشومانو او ځوانانو لپاره ده.
    تاسو کولی شئ د هر څه په اړه زنګ ووهئ یا چټ وکړئ. دا وړیا او بې نومه ده.
phone-kindertelefoon = د ماشومانو او ځوانانو لپاره. وړیا او بې نومه.

## Education and work

# Variables:
#   $uaf-school-years (Number) - years of school UAF asks for, from data/facts.yaml
org-uaf-about =
    { -org-uaf } له هغو کډوالو او پناه غوښتونکو سره مرسته کوي چې غواړي په کالج یا پوهنتون کې زده کړه وکړي: د زده کړې پیسې، لارښوونه، او د کار په موندلو کې مرسته.
    تاسو باید { $uaf-school-years } کاله ښوونځی ویلی وي، او په هالنډي، انګلیسي، فرانسوي یا الماني ژبه کافي پوهه ولرئ.

org-lowan-about =
    { -org-lowan } د هغو ښوونځیو ملاتړ کوي چې هالنډ ته نویو راغلو ماشومانو ته درس ورکوي، لکه نړیوال انتقالي ټولګي (ISK).
    دا د مرستې لیکه نه ده. د ښوونځي د ځای په اړه له { -org-coa } یا خپل ښوونځي څخه وپوښتئ.

## LGBTIQ+

org-lgbt-asylum-support-about =
    { -org-lgbt-asylum-support } یوه هالنډي اداره ده چې له LGBTI پناه غوښتونکو سره مرسته کوي.

org-secret-garden-about =
    { -org-secret-garden } په Amsterdam کې هغو LGBT خلکو ته چې مهاجر شالید لري، او پناه غوښتونکو ته هم، ټولنیز، حقوقي او رواني ملاتړ ورکوي.
    د دوی ویب پاڼه وګورئ چې څنګه ورسره اړیکه ونیسئ.

org-coc-cocktail-about =
    { -org-coc-cocktail }، د COC Haaglanden یوه برخه، د LGBTIQ+ پناه غوښتونکو لپاره ده.
    دا د لاهې (Den Haag) په سیمه کې د ملګرو (buddy) پروژه، او د معلوماتو یوه ویب پاڼه لري.

## Going back

org-iom-about =
    { -org-iom } له هغو خلکو سره مرسته کوي چې غواړي په خپله خوښه خپل هېواد ته بېرته لاړ شي: په سفر، د سفر په اسنادو، او هلته د بیا پیل لپاره ملاتړ کې.
    د بېرته ستنېدو سلاکاران یې ډېرې ژبې وايي، او ژباړونکي هم کارول کېږي.
phone-iom-return = { -org-iom }، په خپله خوښه د بېرته ستنېدو په اړه د پوښتنو لپاره.

org-dtv-about =
    له رد کېدو وروسته، { -org-dtv } (د بېرته ستنولو او وتلو اداره) له تاسو سره د هالنډ د پرېښودو په اړه خبرې کوي.
    د دې خبرو لپاره تاسو ته ژباړونکی درکول کېږي. { -org-dtv } له { -org-iom } او { -org-vluchtelingenwerk } سره کار کوي.

## Donations

org-stichting-vluchteling-about =
    { -org-stichting-vluchteling } په نورو هېوادونو کې کډوالو ته د بشري مرستې لپاره بسپنې راټولوي.
    دا په هالنډ کې پناه غوښتونکو ته مرسته یا خدمات نه ورکوي.
phone-stichting-vluchteling-office = د { -org-stichting-vluchteling } دفتر. د پناه غوښتونکو لپاره د مرستې لیکه نه ده.

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
-org-emergency-services = بېړنۍ شمېره
# Variables:
#   $emergency-number (String) - the emergency number, from data
org-emergency-services-name = { -org-emergency-services } { $emergency-number }

-org-politie = Politie
-org-politie-what = پولیس
org-politie-name = { -org-politie } ({ -org-politie-what })

-org-ministry = Ministerie van Asiel en Migratie
-org-ministry-what = د پناه او مهاجرت وزارت
org-ministry-name = { -org-ministry } ({ -org-ministry-what })

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

-org-unhcr = UNHCR
-org-unhcr-what = د کډوالو عالي کمېشنري
org-unhcr-name = { -org-unhcr } ({ -org-unhcr-what })

-org-stichting-vluchteling = Stichting Vluchteling
org-stichting-vluchteling-name = { -org-stichting-vluchteling }

-org-iom = IOM
-org-iom-what = د مهاجرت نړیوال سازمان
org-iom-name = { -org-iom } ({ -org-iom-what })

-org-dtv = DT&V
org-dtv-name = { -org-dtv }

-org-raad-voor-rechtsbijstand = Raad voor Rechtsbijstand
-org-raad-voor-rechtsbijstand-what = د حقوقي مرستې بورډ
org-raad-voor-rechtsbijstand-name = { -org-raad-voor-rechtsbijstand } ({ -org-raad-voor-rechtsbijstand-what })

-org-juridisch-loket = Het Juridisch Loket
-org-juridisch-loket-what = حقوقي مشوره
org-juridisch-loket-name = { -org-juridisch-loket } ({ -org-juridisch-loket-what })

-org-wereldhuis-amsterdam = Wereldhuis Amsterdam
org-wereldhuis-amsterdam-name = { -org-wereldhuis-amsterdam }

-org-rode-kruis = Rode Kruis
-org-rode-kruis-what = سور صلیب
org-rode-kruis-name = { -org-rode-kruis } ({ -org-rode-kruis-what })

-org-veilig-thuis = Veilig Thuis
org-veilig-thuis-name = { -org-veilig-thuis }

-org-centrum-seksueel-geweld = Centrum Seksueel Geweld
org-centrum-seksueel-geweld-name = { -org-centrum-seksueel-geweld }

-org-fier = Fier
org-fier-name = { -org-fier }

-org-slachtofferhulp = Slachtofferhulp Nederland
-org-slachtofferhulp-what = د قربانیانو مرسته
org-slachtofferhulp-name = { -org-slachtofferhulp } ({ -org-slachtofferhulp-what })

-org-comensha = CoMensha
org-comensha-name = { -org-comensha }

-org-arbeidsinspectie = Nederlandse Arbeidsinspectie
-org-arbeidsinspectie-what = د کار تفتیش
org-arbeidsinspectie-name = { -org-arbeidsinspectie } ({ -org-arbeidsinspectie-what })

-org-nidos = Nidos
org-nidos-name = { -org-nidos }

-org-kindertelefoon = De Kindertelefoon
-org-kindertelefoon-what = د ماشومانو تلیفون
org-kindertelefoon-name = { -org-kindertelefoon } ({ -org-kindertelefoon-what })

# Its short number, from data, comes before the name.
-org-113-zelfmoordpreventie = Zelfmoordpreventie
-org-113-zelfmoordpreventie-what = د ځان وژنې مخنیوی
# Variables:
#   $suicide-short-number (String) - 113's short number, from data
org-113-zelfmoordpreventie-name = { $suicide-short-number } { -org-113-zelfmoordpreventie } ({ -org-113-zelfmoordpreventie-what })

-org-dokters-van-de-wereld = Dokters van de Wereld
-org-dokters-van-de-wereld-what = د نړۍ ډاکټران
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

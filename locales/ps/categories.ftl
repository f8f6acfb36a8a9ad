## Service categories — data/categories.yaml

# category-<id> is the button label (1-3 words).
# category-<id>-intro is shown above the list of organisations.

category-emergency = بېړنی حالت
# Variables:
#   $emergency-number (String) - the emergency number, from data (facts.yaml -> organisations.yaml); never translate or reformat
category-emergency-intro = همدا اوس په خطر کې یاست؟ { $emergency-number } ته زنګ ووهئ (پولیس، امبولانس، اور وژونکي). دا وړیا دی، له هر تلیفون څخه، شپه او ورځ.
## Typed danger: the first line of the emergency screen, by the kind of danger
# Variables:
#   $emergency-number (String), $suicide-line (String), $veilig-thuis-line (String),
#   $sexual-violence-line (String), $trafficking-line (String) - phone numbers, from data
danger-fire = اور یا لوګی؟ بهر ووځئ، دروازې شاته وتړئ او { $emergency-number } ته زنګ ووهئ.
danger-medical = څوک سخت ټپي یا ناروغ دی؟ همدا اوس { $emergency-number } ته زنګ ووهئ او ووایاست چې چېرته یاست.
danger-suicide = تاسو اړ نه یاست چې دا یوازې تېر کړئ. همدا اوس په خطر کې: { $emergency-number } ته زنګ ووهئ. له یو چا سره د خبرو لپاره: { $suicide-line }.
danger-violence = همدا اوس په خطر کې: { $emergency-number } ته زنګ ووهئ. په کور کې تاوتریخوالی: { -org-veilig-thuis } { $veilig-thuis-line }.
danger-sexual-violence = همدا اوس په خطر کې: { $emergency-number } ته زنګ ووهئ. له جنسي تېري یا جنسي حملې وروسته: { -org-centrum-seksueel-geweld } { $sexual-violence-line }.
danger-crime = ګواښل شوي یاست یا حمله درباندې شوې؟ یو خوندي ځای ته ولاړ شئ او { $emergency-number } ته زنګ ووهئ.
danger-child = ماشوم په خطر کې دی: { $emergency-number } ته زنګ ووهئ. د یو ماشوم په اړه اندېښنه لرئ؟ { -org-veilig-thuis } { $veilig-thuis-line }.
danger-trafficking = بند یا مجبور شوي یاست؟ کله چې وکولی شئ، { $emergency-number } ته زنګ ووهئ. { -org-comensha } د انسانانو د قاچاق له قربانیانو سره مرسته کوي: { $trafficking-line }.
emergency-what-to-say =
    ووایاست چې چېرته یاست (پته یا د خپل مرکز نوم)، څه پېښ شوي دي، او ایا څوک ټپي شوی دی.
# Variables:
#   $suicide-line (String) - 113's free number, from data
#   $veilig-thuis-line (String) - Veilig Thuis, from data
#   $sexual-violence-line (String) - Centrum Seksueel Geweld, from data
emergency-not-now =
    همدا شېبه په خطر کې نه یاست؟ دا لیکې وړیا دي او شپه او ورځ خلاصې دي:
    - د خپل ژوند د پای ته رسولو فکر کوئ: { $suicide-line }. یو څوک ستاسو خبرې اوري؛ نوم مو پټ پاتې کېدای شي.
    - په کور کې تاوتریخوالی: { $veilig-thuis-line } ({ -org-veilig-thuis }). مشوره درکوي او مرسته درلېږلی شي.
    - جنسي تېری یا جنسي حمله: { $sexual-violence-line } ({ -org-centrum-seksueel-geweld }). طبي او نوره مرسته.

category-legal = حقوقي مرسته
category-legal-intro =
    د پناه په معیاري پروسه کې، تاسو له یو وکیل سره خپله مرکه چمتو کوئ. د حقوقي مرستې بورډ ({ -org-raad-voor-rechtsbijstand }) د پناه وکیلان برابروي.
    { -org-vluchtelingenwerk } ستاسو د پروسې پر مهال وړیا مرسته درسره کوي.
    داسې لیک مو ترلاسه کړی چې وروستۍ نېټه لري؟ همغه ورځ له خپل وکیل یا { -org-vluchtelingenwerk } سره اړیکه ونیسئ.

category-health = روغتیا
# Variables:
#   $emergency-number (String) - the emergency number, from data
#   $suicide-line (String) - 113's free number, from data
category-health-intro =
    ژوند په خطر کې دی؟ سمدستي { $emergency-number } ته زنګ ووهئ.
    د استوګنې په مرکز (کمپ) کې { -org-gza } ستاسو ډاکټر دی. د طبي ستونزو لپاره هر وخت، شپه او ورځ، { -org-gza } Praktijklijn ته زنګ ووهئ؛ د نورو پوښتنو لپاره د دفتر په وختونو کې. ژباړونکي شته.
    د خپل ژوند د پای ته رسولو فکر کوئ؟ { $suicide-line } ته زنګ ووهئ: یو څوک ستاسو خبرې اوري، وړیا او بې نومه، شپه او ورځ.

category-reception = استوګنه ({ -org-coa })
category-reception-intro =
    { -org-coa } ستاسو د پروسې پر مهال تاسو ته د اوسېدو ځای، اونیزې پیسې او روغتیايي پاملرنه درکوي، او ستاسو ماشومانو ته ښوونځی.
    د پوښتنو لپاره، لومړی په خپل مرکز کې د معلوماتو مېز ته ورشئ، یا MyCOA وګورئ.

category-procedure = د پناه پروسه
category-procedure-intro =
    { -org-ind } ستاسو د پناه په غوښتنه پرېکړه کوي.
    { -org-vluchtelingenwerk } او { -org-refugeehelp } د پروسې هر ګام په ډېرو ژبو تشریح کوي.
    ستاسو وکیل تاسو ته ستاسو وروستۍ نېټې ویلی شي.

category-family = کورنۍ
# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
category-family-intro =
    ایا تاسو اقامه (د اوسېدو اجازه) لرئ او غواړئ چې کورنۍ مو راشي؟ قواعد په { $pact-start } بدل شول: د کورنۍ لږ غړي حسابېږي، او اضافي شرطونه شته. ژر له { -org-vluchtelingenwerk } څخه وپوښتئ؛ دوی په دې کار کې مرسته درسره کوي.
    له کورنۍ سره مو اړیکه پرې شوې؟ سور صلیب ({ -org-rode-kruis }) یې وړیا لټولی شي.

category-sgbv = تاوتریخوالی او ځورونه
# Variables:
#   $emergency-number (String) - the emergency number, from data
#   $sexual-violence-best-within-days (Number) - from data/facts.yaml
category-sgbv-intro =
    همدا اوس په خطر کې یاست؟ { $emergency-number } ته زنګ ووهئ.
    په کور کې تاوتریخوالی، جنسي تاوتریخوالی او ځورونه هیڅکله سم نه دي. تاسو مرسته ترلاسه کولی شئ، او نوم مو پټ پاتې کېدای شي.
    { -org-veilig-thuis } او { -org-centrum-seksueel-geweld } وړیا دي او شپه او ورځ خلاص دي.
    له جنسي تېري یا جنسي حملې وروسته ژر تر ژره مرسته وغواړئ، غوره دا ده چې په { $sexual-violence-best-within-days ->
        [one] { $sexual-violence-best-within-days } ورځ
       *[other] { $sexual-violence-best-within-days } ورځو
    } کې.

category-trafficking = د انسانانو قاچاق
# Variables:
#   $emergency-number (String) - the emergency number, from data
category-trafficking-intro =
    ایا څوک تاسو مجبوروي چې کار وکړئ یا جنسي اړیکه ولرئ، ستاسو اسناد اخلي، یا مو نه پرېږدي چې لاړ شئ؟ دا کېدای شي د انسانانو قاچاق وي.
    دا جرم دی، او تاسو مرسته ترلاسه کولی شئ. تاسو د { -org-coa } کارکوونکو ته هم ویلی شئ.
    همدا اوس په خطر کې یاست؟ { $emergency-number } ته زنګ ووهئ.

category-children = ماشومان او کم عمره
# Variables:
#   $minor-age (Number) - under this age you are a child, from data/facts.yaml
category-children-intro =
    ایا ستاسو عمر له { $minor-age } کلونو کم دی او بې له مور او پلار راغلي یاست؟ { -org-nidos } تاسو ته یو سرپرست درکوي چې مرسته درسره کوي.
    ماشومان او ځوانان کولی شي د هر څه په اړه له { -org-kindertelefoon } سره خبرې وکړي، وړیا او بې نومه.
    په کور کې د یو ماشوم په اړه اندېښنه لرئ؟ { -org-veilig-thuis } مرسته کولی شي.

category-lgbtiq = LGBTIQ+
category-lgbtiq-intro =
    که تاسو د LGBTIQ+ کېدو له امله له { -org-coa } څخه مرسته وغواړئ، دا ستاسو د پناه په پروسه هیڅ اغېز نه کوي.
    د { -org-coa } ځینې ځایونه د LGBTIQ+ اوسېدونکو لپاره د اړیکې یو کس لري.
    لاندې ادارې ملاتړ، معلومات او ملګري (buddy) ورکوي.

category-work = کار
# Variables:
#   $work-months (Number) - months an application had to be pending, from data/facts.yaml
category-work-intro =
    د پخوانیو قواعدو له مخې، کله چې ستاسو د پناه غوښتنه { $work-months ->
        [one] { $work-months } میاشت
       *[other] { $work-months } میاشتې
    } روانه وه، تاسو د کار اجازه درلوده، او ستاسو کارګمارونکي د کار اجازه لیک (TWV) ته اړتیا درلوده. دا لا تایید شوې نه ده چې دا قاعده بدله شوې که نه.
    د اوکراین لنډمهاله ساتنه نور قواعد لري. { -org-refugeehelp } یې تشریح کوي، او { -org-uaf } په زده کړه او کار کې مرسته کوي.

category-education = زده کړه
# Variables:
#   $school-age-from (Number), $school-age-to (Number) - ages of compulsory school, from data/facts.yaml
#   $school-start-months (Number) - months within which children start school
#   $secondary-school-age (Number) - from this age children go to a transition class
#   $minor-age (Number) - the age of adulthood
category-education-intro =
    له { $school-age-from } تر { $school-age-to } کلنۍ پورې ښوونځی اجباري دی. هغه ماشومان چې د پناه په پروسه کې دي، په { $school-start-months ->
        [one] { $school-start-months } میاشت
       *[other] { $school-start-months } میاشتو
    } کې ښوونځی پیلوي.
    له { $secondary-school-age } کلونو کم ماشومان د azc دننه یا نږدې لومړني ښوونځي ته ځي. له { $secondary-school-age } تر { $minor-age } کلنۍ پورې، دوی نړیوال انتقالي ټولګي (ISK) ته ځي.
    { -org-uaf } په کالج یا پوهنتون کې د زده کړې لپاره مرسته کوي.
    که اقامه لرئ، { -org-coa } یو پروګرام وړاندې کوي چې تاسو د مدني ادغام لپاره چمتو کړي: د هالنډي ژبې درسونه او په هالنډ کې ژوند.

category-return = بېرته تګ
category-return-intro =
    ایا غواړئ خپل هېواد ته بېرته لاړ شئ؟ { -org-iom } په سفر کې، او هلته د بیا پیل کې، مرسته کولی شي.
    له رد کېدو وروسته، { -org-dtv } له تاسو سره د هالنډ د پرېښودو په اړه خبرې کوي.
    { -org-vluchtelingenwerk } کولی شي ستاسو سره مرسته وکړي چې د خپل راتلونکي په اړه فکر وکړئ.

category-volunteer = رضاکاري او بسپنه
category-volunteer-intro =
    غواړئ مرسته وکړئ؟ { -org-vluchtelingenwerk } له رضاکارانو سره کار کوي. د دوی په کارت کې وګورئ چې چېرته نوم لیکنه وکړئ.
    غواړئ پیسې ورکړئ؟ { -org-stichting-vluchteling } په نورو هېوادونو کې د کډوالو لپاره بسپنې راټولوي. د دوی ویب پاڼه وګورئ.

# Shown above the list of organisations of a category.
# Variables:
#   $count (Number) - how many organisations are listed
category-organisations-count =
    { $count ->
        [one] دا اداره مرسته کولی شي:
       *[other] دا { $count } ادارې مرسته کولی شي:
    }

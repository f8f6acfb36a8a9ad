## Service categories — data/categories.yaml

# category-<id> is the button label (1-3 words).
# category-<id>-intro is shown above the list of organisations.

category-emergency = بېړنی حالت
# Variables:
#   $phone (String) - the emergency number, from data/organisations.yaml (emergency-services/0); never translate or reformat
category-emergency-intro = همدا اوس په خطر کې یاست؟ { $phone } ته زنګ ووهئ (پولیس، امبولانس، اور وژونکي). دا وړیا دی او له هر تلیفون څخه کار کوي، د ورځې 24 ساعته.
emergency-what-to-say =
    کله چې زنګ وهئ، ووایاست:
    - تاسو چېرته یاست: پته، یا د خپل کمپ (د استوګنې مرکز) نوم
    - څه پېښ شوي دي
    - ایا څوک ټپي شوی دی
    تاسو کولی شئ داسې کس وغواړئ چې انګلیسي خبرې کوي.

category-legal = حقوقي مرسته
category-legal-intro =
    هر پناه غوښتونکی وړیا وکیل لري. د حقوقي مرستې بورډ (Raad voor Rechtsbijstand) پخپله ستاسو لپاره یو وکیل ټاکي.
    VluchtelingenWerk هم ستاسو د پروسې پر مهال وړیا مرسته درسره کوي.
    د نورو حقوقي پوښتنو لپاره، Het Juridisch Loket مشوره درکوي.

category-health = روغتیا
category-health-intro =
    په کمپ (د استوګنې مرکز) کې GZA ستاسو ډاکټر دی. هره روغتیايي ستونزه ورته ووایاست. ژباړونکي شته.
    د بېړنۍ طبي پېښې لپاره هر وخت GZA ته زنګ وهلی شئ.
    که تاسو د خپل ژوند د پای ته رسولو فکر کوئ، له یو چا سره خبرې کولی شئ، وړیا او بې نومه، شپه او ورځ.

category-reception = استوګنه (COA)
category-reception-intro =
    COA ستاسو د پروسې پر مهال تاسو ته د اوسېدو ځای، اونیزې پیسې او روغتیايي پاملرنه درکوي، او ستاسو ماشومانو ته ښوونځی.
    د پوښتنو لپاره، لومړی په خپل مرکز کې د معلوماتو مېز ته ورشئ، یا MyCOA وګورئ.

category-procedure = د پناه پروسه
category-procedure-intro =
    IND ستاسو د پناه په غوښتنه پرېکړه کوي.
    VluchtelingenWerk او RefugeeHelp د پروسې هر ګام په ډېرو ژبو تشریح کوي.
    ستاسو وکیل تاسو ته ستاسو وروستۍ نېټې ویلی شي.

category-family = کورنۍ
category-family-intro =
    ایا تاسو اقامه (د اوسېدو اجازه) ترلاسه کړې او غواړئ چې کورنۍ مو راشي؟ د اقامې له ترلاسه کولو وروسته په 3 میاشتو کې د کورنۍ د یوځای کېدو غوښتنه وکړئ. بیا قواعد اسانه وي.
    VluchtelingenWerk په دې کار کې مرسته درسره کولی شي.
    له کورنۍ سره مو اړیکه پرې شوې؟ سور صلیب (Red Cross) یې وړیا لټولی شي.

category-sgbv = تاوتریخوالی او ځورونه
category-sgbv-intro =
    په کور کې تاوتریخوالی، جنسي تاوتریخوالی او ځورونه هیڅکله سم نه دي. تاسو مرسته ترلاسه کولی شئ، او نوم مو پټ پاتې کېدای شي.
    Veilig Thuis او Centrum Seksueel Geweld وړیا دي او شپه او ورځ خلاص دي.
    له جنسي تېري یا جنسي حملې وروسته ژر تر ژره مرسته وغواړئ، غوره دا ده چې په 7 ورځو کې.
    همدا اوس په خطر کې یاست؟ بېړنۍ شمېرې ته زنګ ووهئ.

category-trafficking = د انسانانو قاچاق
category-trafficking-intro =
    ایا څوک تاسو مجبوروي چې کار وکړئ یا جنسي اړیکه ولرئ، ستاسو اسناد اخلي، یا مو نه پرېږدي چې لاړ شئ؟ دا کېدای شي د انسانانو قاچاق وي.
    دا جرم دی، او تاسو مرسته ترلاسه کولی شئ. تاسو د COA کارکوونکو ته هم ویلی شئ.
    همدا اوس په خطر کې یاست؟ بېړنۍ شمېرې ته زنګ ووهئ.

category-children = ماشومان او کم عمره
category-children-intro =
    ایا ستاسو عمر له 18 کلونو کم دی او بې له مور او پلار راغلي یاست؟ Nidos تاسو ته یو سرپرست درکوي چې مرسته درسره کوي.
    ماشومان او ځوانان کولی شي د هر څه په اړه له De Kindertelefoon سره خبرې وکړي، وړیا او بې نومه.
    په کور کې د یو ماشوم په اړه اندېښنه لرئ؟ Veilig Thuis مرسته کولی شي.

category-lgbtiq = LGBTIQ+
category-lgbtiq-intro =
    که تاسو د LGBTIQ+ کېدو له امله له COA څخه مرسته وغواړئ، دا ستاسو د پناه په پروسه هیڅ اغېز نه کوي.
    د COA ځینې ځایونه د LGBTIQ+ اوسېدونکو لپاره د اړیکې یو کس لري.
    لاندې ادارې ملاتړ، معلومات او ملګري (buddy) ورکوي.

category-work = کار
category-work-intro =
    کله چې ستاسو د پناه غوښتنه 6 میاشتې روانه وي، تاسو کار کولی شئ.
    ستاسو کارګمارونکی ستاسو لپاره د کار اجازه لیک (TWV) ته اړتیا لري.
    RefugeeHelp قواعد تشریح کوي، او UAF له کډوالو او پناه غوښتونکو سره په زده کړه او کار کې مرسته کوي.

category-education = زده کړه
category-education-intro =
    له 5 تر 16 کلنۍ پورې ښوونځی اجباري دی. هغه ماشومان چې د پناه په پروسه کې دي په 3 میاشتو کې ښوونځی پیلوي.
    له 12 کلونو کم ماشومان د azc دننه یا نږدې لومړني ښوونځي ته ځي. له 12 تر 18 کلنۍ پورې، دوی نړیوال انتقالي ټولګي (ISK) ته ځي.
    UAF په کالج یا پوهنتون کې د زده کړې لپاره مرسته کوي.

category-return = بېرته تګ
category-return-intro =
    ایا غواړئ خپل هېواد ته بېرته لاړ شئ؟ IOM په سفر کې، او هلته د بیا پیل کې، مرسته کولی شي.
    له رد کېدو وروسته، DT&V له تاسو سره د هالنډ د پرېښودو په اړه خبرې کوي.
    VluchtelingenWerk کولی شي ستاسو سره مرسته وکړي چې د خپل راتلونکي په اړه فکر وکړئ.

category-volunteer = رضاکاري او بسپنه
category-volunteer-intro =
    غواړئ مرسته وکړئ؟ VluchtelingenWerk او COA له رضاکارانو سره کار کوي.
    Stichting Vluchteling په نورو هېوادونو کې د کډوالو لپاره بسپنې راټولوي.

# Shown above the list of organisations of a category.
# Variables:
#   $count (Number) - how many organisations are listed
category-organisations-count =
    { $count ->
        [one] دا اداره مرسته کولی شي:
       *[other] دا { $count } ادارې مرسته کولی شي:
    }

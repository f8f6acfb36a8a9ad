## Steps of the asylum procedure — data/phases.yaml
# Numbers come from data/facts.yaml as variables; never type a number here.
# Words printed on IND letters (beschikking, voornemen, zienswijze) stay in Dutch,
# so people can recognise them on their papers.

# Variables:
#   $checked (String) - the day these facts were last compared with their sources, written out
phase-checked = وروستۍ کتنه: { $checked }. قواعد بدلېدای شي؛ ستاسو وکیل ستاسو په قضیه پوهېږي.

## Since 12 June 2026: arrival and the first checks

phase-registration = راتګ او لومړنۍ کتنې
phase-registration-now =
    تاسو په Ter Apel کې د غوښتنې مرکز ته ورځئ او ځان معرفي کوئ. که د Schengen له سیمې بهر څخه په الوتکه یا کښتۍ راځئ، په Schiphol کې ځان معرفي کوئ.
    { -org-ind } ګوري چې تاسو څوک یاست، امنیتي کتنې کوي او طبي معاینه کوي. دا هم ګوري چې ایا تاسو اضافي پاملرنې ته اړتیا لرئ.
# Variables:
#   $minor-age (Number) - under this age you are a child, from data/facts.yaml
phase-registration-help =
    تاسو خپل معلومات پخپله په یوه آنلاین پورټال کې دننه کوئ. که اړتیا وي، د { -org-ind } کارکوونکي مرسته درسره کوي.
    ایا ستاسو عمر له { $minor-age } کلونو کم دی او بې له مور او پلار دلته یاست؟ { -org-nidos } تاسو ته سرپرست درکوي.
# Variables:
#   $screening-days-inland (Number) - longest first checks inside the country, from data/facts.yaml
phase-registration-next =
    دا کتنې تر ډېره { $screening-days-inland ->
        [one] { $screening-days-inland } ورځ
       *[other] { $screening-days-inland } ورځې
    } وخت نیسي. بیا { -org-ind } ستاسو پروسه ټاکي.

## Since 12 June 2026: the procedures

phase-pact-standard = معیاري پروسه
phase-pact-standard-now =
    { -org-ind } څېړي چې ایا تاسو ساتنې ته اړتیا لرئ. لومړی تاسو ته توضیح درکول کېږي.
    بیا مرکه لرئ. په هغې کې تشریح کوئ چې ولې د پناه غوښتنه کوئ.
phase-pact-standard-help =
    تاسو مرکه له خپل وکیل سره یوځای چمتو کوئ.
    که یې وغواړئ، تاسو د وړیا حقوقي مشورې حق هم لرئ. { -org-vluchtelingenwerk } تاسو ته ویلی شي چې دا له کومه ترلاسه کړئ.
# Variables:
#   $decision-months-standard (Number) - months the IND has to decide, from data/facts.yaml
phase-pact-standard-next =
    { -org-ind } باید په { $decision-months-standard ->
        [one] { $decision-months-standard } میاشت
       *[other] { $decision-months-standard } میاشتو
    } کې پرېکړه وکړي. بیا یې پرېکړه په یو لیک کې ترلاسه کوئ.

phase-pact-accelerated = چټکه پروسه
phase-pact-accelerated-now =
    دا پروسه لنډه ده. معمولاً تاسو له { -org-ind } سره مرکه هم لرئ، چې پکې خپل دلیلونه تشریح کوئ.
phase-pact-accelerated-help =
    له { -org-vluchtelingenwerk } وغواړئ چې په چمتووالي کې مرسته درسره وکړي. دا لا تایید شوې نه ده چې ایا په دې پروسه کې وکیل ترلاسه کوئ.
# Variables:
#   $decision-months-accelerated (Number) - months the IND has to decide, from data/facts.yaml
phase-pact-accelerated-next =
    { -org-ind } باید په { $decision-months-accelerated ->
        [one] { $decision-months-accelerated } میاشت
       *[other] { $decision-months-accelerated } میاشتو
    } کې پرېکړه وکړي. بیا یې پرېکړه په یو لیک کې ترلاسه کوئ.

phase-pact-responsibility = ښايي بل اروپايي هېواد مسؤل وي
phase-pact-responsibility-now =
    { -org-ind } ګوري چې ایا د اروپايي اتحادیې بل هېواد باید ستاسو غوښتنه وڅېړي، د بېلګې په توګه ځکه چې تاسو مخکې هلته وئ یا هلته کورنۍ لرئ. دا قواعد د Dublin د قواعدو ځای نیسي.
    که بل هېواد مسؤل وي، ښايي تاسو هلته ولېږل شئ.
phase-pact-responsibility-help =
    تاسو کولی شئ د هغې پرېکړې پر ضد اعتراض وکړئ چې تاسو بل هېواد ته لېږي. وروستۍ نېټه پر لیک لیکل شوې ده او ډېره لنډه کېدای شي. همغه ورځ له خپل وکیل یا { -org-vluchtelingenwerk } سره اړیکه ونیسئ.
phase-pact-responsibility-next =
    که هالنډ ستاسو غوښتنه په غاړه واخلي، بیا { -org-ind } هغه څېړي.

phase-pact-admissibility = د منلو وړتیا پروسه
phase-pact-admissibility-now =
    په دې پروسه کې { -org-ind } لومړی پرېکړه کوي چې ایا ستاسو غوښتنه به په هالنډ کې اصلاً وڅېړي که نه.
phase-pact-admissibility-help =
    له خپل وکیل یا { -org-vluchtelingenwerk } وپوښتئ چې دا ستاسو لپاره څه معنا لري.
phase-pact-admissibility-next =
    { -org-ind } خپله پرېکړه په یو لیک کې تاسو ته لېږي.

phase-pact-border = د پولې پروسه (Schiphol)
# Variables:
#   $screening-days-border (Number) - longest checks at the border, from data/facts.yaml
phase-pact-border-now =
    ایا د Schengen له سیمې بهر څخه په الوتکه یا کښتۍ راغلي یاست؟ نو Koninklijke Marechaussee (د پولې پولیس) په پوله ستاسو کتنه کوي، تر ډېره د { $screening-days-border ->
        [one] { $screening-days-border } ورځې
       *[other] { $screening-days-border } ورځو
    } لپاره.
    بیا ښايي { -org-ind } ستاسو غوښتنه د پولې په پروسه کې وڅېړي. دا پروسه د هغو خلکو لپاره ده چې د ساتنې لږ چانس لري، یا د عامه نظم لپاره خطر ګڼل کېږي.
phase-pact-border-help =
    ښايي تاسو مجبور شئ چې په یو تړلي مرکز کې پاتې شئ. وکیل وغواړئ، او له { -org-vluchtelingenwerk } سره اړیکه ونیسئ.
# Variables:
#   $border-procedure-weeks (Number) - longest border procedure, from data/facts.yaml
phase-pact-border-next =
    د پولې پروسه باید په { $border-procedure-weeks ->
        [one] { $border-procedure-weeks } اونۍ
       *[other] { $border-procedure-weeks } اونیو
    } کې پای ته ورسېږي.

## Since 12 June 2026: the decision and after it

phase-pact-decision = پرېکړه
phase-pact-decision-now =
    { -org-ind } خپله پرېکړه په یو لیک کې لېږي. په هالنډي ژبه ورته "beschikking" وایي. دا له خپل وکیل یا { -org-vluchtelingenwerk } سره یوځای ولولئ.
# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
phase-pact-decision-help =
    د اپیل قواعد په { $pact-start } بدل شول. د اپیل وروستۍ نېټه پر لیک لیکل شوې ده، او ډېره لنډه کېدای شي.
    همغه ورځ له خپل وکیل یا { -org-vluchtelingenwerk } سره اړیکه ونیسئ.
phase-pact-decision-next =
    { -org-ind } څه پرېکړه وکړه؟

phase-pact-granted = اقامه ورکړل شوه
# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
phase-pact-granted-now =
    { -org-ind } تاسو ته د پناه اقامه (د اوسېدو اجازه) درکړې ده. د اعتبار موده یې پرې لیکل شوې ده.
    له { $pact-start } راهیسې د پناه دوه ډوله اقامې شته، او د کورنۍ د راوستلو قواعد بدل شوي دي.
phase-pact-granted-help =
    { -org-vluchtelingenwerk } د کورنۍ په یوځای کېدو کې، او دلته د ژوند په پیلولو کې مرسته درسره کوي. ژر ترې وپوښتئ.
phase-pact-granted-next =
    { -org-coa } یو پروګرام وړاندې کوي چې تاسو د مدني ادغام لپاره چمتو کړي: د هالنډي ژبې درسونه او په هالنډ کې ژوند.

phase-pact-rejected = غوښتنه رد شوه
phase-pact-rejected-now =
    { -org-ind } ستاسو غوښتنه رد کړې ده. په رد کې دا هم ویل شوي چې تاسو باید لاړ شئ (د بېرته ستنېدو پرېکړه). تاسو کولی شئ د دواړو پر ضد یوځای محکمې ته اپیل وکړئ.
phase-pact-rejected-help =
    وروستۍ نېټه پر لیک لیکل شوې ده او ډېره لنډه کېدای شي. همدا نن له خپل وکیل یا { -org-vluchtelingenwerk } سره خبرې وکړئ.
    له خپل وکیل وپوښتئ چې ایا د اپیل پر مهال په هالنډ کې پاتې کېدای شئ.
phase-pact-rejected-next =
    د نویو قواعدو له مخې دا لا تایید شوې نه ده چې له رد کېدو وروسته تر کومه وخته د استوګنې په مرکز (کمپ) کې پاتې کېدای شئ. له { -org-coa } او خپل وکیل وپوښتئ.
    { -org-dtv } له تاسو سره د وتلو په اړه خبرې کوي. که بېرته تګ غوره کړئ، { -org-iom } مرسته کولی شي.

phase-new-application = نوې غوښتنه
# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
phase-new-application-now =
    ایا ستاسو غوښتنه په وروستي ډول رد شوې، او له هغه وخته راهیسې کوم مهم شی بدل شوی دی؟ نو ښايي بیا غوښتنه وکړای شئ.
    د دې کار قواعد په { $pact-start } بدل شول.
phase-new-application-help =
    مخکې له دې چې بیا غوښتنه وکړئ، له یو وکیل یا { -org-vluchtelingenwerk } سره خبرې وکړئ.

## Applications made before 12 June 2026: the steps as they were

# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
phase-old-rules-note = دا د هغو غوښتنو ګامونه دي چې له { $pact-start } مخکې شوې وې. دا لا تایید شوې نه ده چې اوس پر ستاسو قضیه کوم قواعد پلي کېږي.

phase-rest-and-preparation = ارام او چمتووالی
# Variables:
#   $rest-days (Number) - shortest rest and preparation period, from data/facts.yaml
phase-rest-and-preparation-now =
    تاسو لږ تر لږه { $rest-days ->
        [one] { $rest-days } ورځ
       *[other] { $rest-days } ورځې
    } د پروسې د استوګنې په مرکز (pol) کې پاتې کېږئ. دا وخت د ارام او له خپل وکیل سره د مرکې د چمتووالي لپاره دی.
# Variables:
#   $weekly-allowance (String) - weekly living allowance, written out, from data/facts.yaml
phase-rest-and-preparation-help =
    { -org-coa } تاسو ته د اوسېدو ځای، معمولاً د خوړو پیسې، او په اونۍ کې { $weekly-allowance } د ژوند د لګښت لپاره درکوي (اندازه یې بدلېدای شي).
    { -org-vluchtelingenwerk } پروسه تشریح کوي. { -org-gza } طبي پاملرنه کوي.
phase-rest-and-preparation-next =
    له دې وخت وروسته، د پناه عمومي پروسه پیلېږي.

phase-general-procedure = د پناه عمومي پروسه
phase-general-procedure-now =
    { -org-ind } ستاسو د پناه غوښتنې د دلیلونو په اړه مفصله مرکه کوي. ستاسو وکیل دا مرکه درسره چمتو کوي.
phase-general-procedure-help =
    که { -org-ind } وغواړي ستاسو غوښتنه رد کړي، لومړی د رد کولو د نیت لیک لېږي (په هالنډي: "voornemen"). ستاسو وکیل په لیکلې بڼه ورته ځواب ورکوي (یو "zienswijze"). د دې لپاره لږ وخت وي.
# Variables:
#   $old-cases-resumed (String) - the day the IND started again with older applications, from data/facts.yaml
phase-general-procedure-next =
    بیا { -org-ind } پرېکړه کوي او یو لیک لېږي (یو "beschikking"). { -org-ind } په { $old-cases-resumed } بیا د دغو زړو غوښتنو کار پیل کړ، نو ډېر خلک ډېر وخت انتظار کوي.

phase-decision-granted = پرېکړه: اقامه ورکړل شوه
phase-decision-granted-now =
    { -org-ind } تاسو ته د پناه اقامه (د اوسېدو اجازه) درکړې ده. د اعتبار موده یې پرې لیکل شوې ده.
# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
phase-decision-granted-help =
    د کورنۍ د راوستلو قواعد په { $pact-start } بدل شول، د پخوانیو غوښتنو لپاره هم. ژر له { -org-vluchtelingenwerk } وپوښتئ.
    سور صلیب ({ -org-rode-kruis }) کولی شي د کورنۍ هغه غړي ولټوي چې اړیکه مو ورسره پرې شوې ده.
phase-decision-granted-next =
    { -org-coa } یو پروګرام وړاندې کوي چې تاسو د مدني ادغام لپاره چمتو کړي: د هالنډي ژبې درسونه او په هالنډ کې ژوند.

phase-decision-rejected = پرېکړه: رد شوه
phase-decision-rejected-now =
    { -org-ind } ستاسو غوښتنه رد کړې ده. تاسو کولی شئ محکمې ته اپیل (استیناف) وکړئ. وروستۍ نېټه پر لیک ("beschikking") لیکل شوې ده او ډېره لنډه کېدای شي.
phase-decision-rejected-help =
    همدا نن له خپل وکیل یا { -org-vluchtelingenwerk } سره خبرې وکړئ. له خپل وکیل وپوښتئ چې ایا د اپیل پر مهال په هالنډ کې پاتې کېدای شئ.
phase-decision-rejected-next =
    دا لا تایید شوې نه ده چې له رد کېدو وروسته تر کومه وخته د استوګنې په مرکز (کمپ) کې پاتې کېدای شئ. له { -org-coa } او خپل وکیل وپوښتئ.
    { -org-dtv } له تاسو سره د وتلو په اړه خبرې کوي، له ژباړونکي سره. که بېرته تګ غوره کړئ، { -org-iom } مرسته کولی شي.

## Asylum phases — data/phases.yaml

## Phase: registration

phase-registration = ثبت نام

# Variables:
#   $days (String) - how many days you stay in the col, e.g. "3-10", from data/phases.yaml
phase-registration-now =
    تاسو په Ter Apel کې د غوښتنې مرکز ته ورځئ او ځان معرفي کوئ. که په الوتکه راغلي یاست، په Schiphol کې ځان معرفي کوئ.
    تاسو معمولاً { $days } ورځې په مرکزي کمپ (col) کې پاتې کېږئ.
    هلته GZA ستاسو طبي معاینه کوي، او GGD ستاسو د نري رنځ (TB) معاینه کوي.
    د ثبت په مرکه کې له تاسو څخه ستاسو د هویت، تابعیت، د سفر د لارې او کورنۍ په اړه پوښتنې کېږي. په دې پړاو کې تاسو لا وکیل نه لرئ.

phase-registration-coa =
    COA تاسو ته د خوب ځای، خواړه او د پاکۍ توکي درکوي.
    COA دا هم ګوري چې چا ته ځانګړې پاملرنه یا ساتنه پکار ده، د بېلګې په توګه د روغتیايي ستونزو یا د انسانانو د قاچاق د نښو له امله.
    که تاسو ځان ناامنه یا ناروغه احساسوئ، د COA کارکوونکو ته ووایاست.

phase-registration-help =
    د پروسې پر مهال GZA ستاسو ډاکټر دی.
    که ستاسو عمر له 18 کلونو کم وي او بې له مور او پلار راغلي یاست، Nidos تاسو ته سرپرست درکوي.
    د حقوقي مرستې بورډ د غوښتنې په مرکز کې مېز لري، او ستاسو لپاره وړیا وکیل برابروي.

phase-registration-next =
    وروسته د ارام او چمتووالي وخت راځي. تاسو د پروسې کمپ (pol) ته ځئ، چې د IND دفتر ته نږدې وي.
    که له داسې هېواد څخه راغلي یاست چې خوندي ګڼل کېږي، ښايي ستاسو ټوله پروسه همدلته په col کې تر سره شي.

## Phase: rest-and-preparation

phase-rest-and-preparation = ارام او چمتووالی

# Variables:
#   $rest-days (String) - minimum length of the rest and preparation period, e.g. "6", from data/phases.yaml
phase-rest-and-preparation-now =
    تاسو لږ تر لږه { $rest-days } ورځې د پروسې په کمپ (pol) کې پاتې کېږئ.
    دا وخت د ارام او د پناه د مرکو د چمتووالي لپاره دی.
    ستاسو وکیل د چمتووالي لپاره درسره ګوري، او VluchtelingenWerk تشریح کوي چې پروسه څنګه کار کوي.

# Variables:
#   $allowance (String) - weekly living allowance, e.g. "€14.47", from data/phases.yaml
phase-rest-and-preparation-coa =
    COA تاسو ته د اوسېدو ځای، او معمولاً د خوړو پیسې درکوي، ترڅو پخپله پخلی وکړئ.
    تاسو د ژوند اونیز لګښت { $allowance } هم ترلاسه کوئ (اندازه یې بدلېدای شي).
    COA ستاسو وکیل ته د تګ لپاره د عامه ترانسپورت پیسې ورکوي.
    که ښايي تاسو ته اقامه درکړل شي، دلته د هالنډي ژبې درسونه پیلولی شئ.

phase-rest-and-preparation-help =
    ستاسو وکیل وړیا دی؛ د حقوقي مرستې بورډ یې ستاسو لپاره برابروي.
    VluchtelingenWerk پروسه تشریح کوي، او په چمتووالي کې مرسته درسره کولی شي.
    GZA طبي پاملرنه کوي. هره روغتیايي ستونزه ورته ووایاست.
    که ستاسو عمر له 18 کلونو کم وي او بې له مور او پلار راغلي یاست، ستاسو د Nidos سرپرست مرسته درسره کوي.

phase-rest-and-preparation-next =
    د ارام او چمتووالي له وخت وروسته، د پناه عمومي پروسه پیلېږي.
    IND له تاسو سره مرکه کوي، او بیا ستاسو په غوښتنه پرېکړه کوي.

## Phase: general-procedure

phase-general-procedure = د پناه عمومي پروسه

# Variables:
#   $decision-days (String) - working days for a decision in the general procedure, e.g. "6", from data/phases.yaml
#   $decision-days-max (String) - longest general procedure in days, e.g. "9", from data/phases.yaml
phase-general-procedure-now =
    IND له تاسو سره مرکه کوي. لومړۍ مرکه ستاسو د هویت او د سفر د لارې په اړه ده.
    دویمه مرکه مفصله ده. هغه ستاسو د پناه غوښتنې د دلیلونو په اړه ده.
    IND معمولاً په { $decision-days } کاري ورځو کې پرېکړه کوي، کله کله تر { $decision-days-max } ورځو پورې.
    که دا وخت بس نه وي، ستاسو غوښتنه اوږدې پروسې (VA) ته ځي.

phase-general-procedure-coa =
    تاسو د پروسې په کمپ (pol) کې اوسېږئ.
    COA تاسو ته هماغه ملاتړ درکوي لکه مخکې: استوګنه، د خوړو پیسې، اونیزې پیسې، او د GZA له لارې روغتیايي پاملرنه.

# Variables:
#   $reply-days (String) - days your lawyer has to answer an intention to reject in the general procedure, e.g. "1", from data/phases.yaml
phase-general-procedure-help =
    ستاسو وکیل مرکې درسره چمتو کوي.
    که IND وغواړي ستاسو غوښتنه رد کړي، لومړی د رد کولو د نیت لیک لېږي. په عمومي پروسه کې ستاسو وکیل { $reply-days } ورځ وخت لري چې لیکلی ځواب ورکړي.
    VluchtelingenWerk هم ستاسو ملاتړ کوي؛ کله کله یو رضاکار مرکې ته درسره تللی شي.

# Variables:
#   $work-months (String) - months an application must be pending before you may work, e.g. "6", from data/phases.yaml
phase-general-procedure-next =
    وروسته تاسو د IND پرېکړه ترلاسه کوئ: اقامه یا رد.
    اوږده پروسه ډېر وخت نیسي. ستاسو وکیل یا VluchtelingenWerk تاسو ته ستاسو وروستۍ نېټه ویلی شي.
    کله چې ستاسو غوښتنه { $work-months } میاشتې روانه وي، تاسو کار کولی شئ. بیا ستاسو کارګمارونکی ستاسو لپاره د کار اجازه لیک ته اړتیا لري.

## Phase: decision-granted

phase-decision-granted = پرېکړه: اقامه ورکړل شوه

# Variables:
#   $permit-years (String) - validity of the asylum permit in years, e.g. "5", from data/phases.yaml
phase-decision-granted-now =
    IND تاسو ته د پناه د اوسېدو اجازه لیک (اقامه) درکړی دی.
    دا د { $permit-years } کالو لپاره اعتبار لري، د هغې ورځې څخه چې تاسو غوښتنه کړې وه. له هغې وروسته د دایمي اقامې غوښتنه کولی شئ.
    تاسو کار کولی شئ.

phase-decision-granted-coa =
    COA تر اوسه تاسو ته د اوسېدو ځای او ملاتړ درکوي.
    COA یو پروګرام لري چې تاسو په هالنډي ټولنه کې د ګډون لپاره چمتو کړي: د هالنډي ژبې زده کړه، او په هالنډ کې د ژوند پېژندنه.

phase-decision-granted-help =
    VluchtelingenWerk د کورنۍ په یوځای کېدو کې، او دلته د نوي ژوند په پیلولو کې مرسته درسره کوي.
    که مو د کورنۍ له غړو سره اړیکه پرې شوې وي، سور صلیب (Red Cross) د هغوی په لټولو کې مرسته کولی شي.

# Variables:
#   $reunification-months (String) - months after the permit to apply for family reunification, e.g. "3", from data/phases.yaml
phase-decision-granted-next =
    وروسته په هالنډي ټولنه کې د ګډون (ادغام) وخت راځي.
    که غواړئ د کورنۍ غړي مو درسره یوځای شي، د اقامې له ترلاسه کولو وروسته په { $reunification-months } میاشتو کې غوښتنه وکړئ. بیا قواعد اسانه وي، د بېلګې په توګه د عاید شرط نشته.
    په وخت سره له VluchtelingenWerk څخه مرسته وغواړئ.

## Phase: decision-rejected

phase-decision-rejected = پرېکړه: رد شوه

# Variables:
#   $appeal-weeks-short (String) - short appeal deadline in weeks, e.g. "1", from data/phases.yaml
#   $appeal-weeks (String) - normal appeal deadline in weeks, e.g. "4", from data/phases.yaml
phase-decision-rejected-now =
    IND ستاسو غوښتنه رد کړې ده. تاسو کولی شئ محکمې ته اپیل (استیناف) وکړئ.
    وخت لنډ دی: { $appeal-weeks-short } اونۍ، که پرېکړه په عمومي پروسه کې شوې وي، یا که پرېکړه وايي چې ستاسو غوښتنه ښکاره بې بنسټه ده یا د منلو وړ نه ده. په نورو حالتونو کې { $appeal-weeks } اونۍ.
    همدا نن له خپل وکیل سره خبرې وکړئ. اپیل تاسو ته هیڅ لګښت نه لري.

phase-decision-rejected-coa =
    COA تر اوسه تاسو ته د اوسېدو ځای درکوي.
    COA هغو لویانو ته چې غوښتنه یې رد شوې، د خپل راتلونکي په اړه یوه روزنه ورکوي.

phase-decision-rejected-help =
    ستاسو وکیل ستاسو لپاره اپیل کولی شي.
    DT&V له تاسو سره د وتلو په اړه خبرې کوي، له ژباړونکي سره.
    که تاسو بېرته تګ غوره کړئ، IOM په خپله خوښه بېرته ستنېدو کې ملاتړ کولی شي.
    VluchtelingenWerk هم تاسو ته مشوره درکولی شي.

phase-decision-rejected-next =
    تر څو چې ستاسو اپیل روان وي، معمولاً په هالنډ کې پاتې کېدای شئ. ځینې استثناوې شته؛ ستاسو وکیل پوهېږي چې ایا یوه پر تاسو تطبیقېږي، او بیا کولی شي له محکمې وغواړي چې تاسو ته د پاتې کېدو اجازه درکړي.
    که د دولت شورا (Raad van State) ته بل اپیل وکړئ، د هغه پر مهال د پاتې کېدو اجازه نه لرئ.

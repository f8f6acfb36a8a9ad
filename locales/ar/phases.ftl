## Asylum phases — data/phases.yaml

## Phase: registration

phase-registration = التسجيل

# Variables:
#   $days (String) - how many days you stay in the col, e.g. "3-10", from data/phases.yaml
phase-registration-now =
    تذهب إلى مركز تقديم الطلبات في Ter Apel لتسجّل نفسك. إذا وصلت بالطائرة، تسجّل في Schiphol.
    عادةً تبقى { $days } أيام في مركز الاستقبال المركزي (col).
    هناك يُجرى لك فحص طبي أولي مع GZA، وفحص للسل (TB) من GGD.
    في مقابلة التسجيل يسألونك عن هويتك، وجنسيتك، وطريق سفرك، وعائلتك. في هذه المرحلة لا يكون عندك محامٍ بعد.

phase-registration-coa =
    يعطيك COA مكانًا للنوم، ووجبات طعام، ومواد للعناية الشخصية.
    يتحقق COA أيضًا من الأشخاص الذين يحتاجون إلى اهتمام خاص أو حماية، مثلًا بسبب مشاكل صحية أو علامات على الاتجار بالبشر.
    إذا شعرت أنك لست في أمان أو لست بخير، أخبر موظفي COA.

phase-registration-help =
    GZA هو طبيبك خلال الإجراءات.
    إذا كان عمرك أقل من 18 سنة وجئت بدون والديك، تعطيك Nidos وصيًّا.
    مجلس المساعدة القانونية له مكتب في مركز تقديم الطلبات، ويرتّب لك محاميًا مجانيًا.

phase-registration-next =
    بعد ذلك تأتي فترة الراحة والتحضير. تنتقل إلى مركز استقبال للإجراءات (pol)، قريب من مكتب IND.
    إذا كنت من بلد يُعتبر آمنًا، قد تجري كل إجراءاتك وأنت ما زلت في الـ col.

## Phase: rest-and-preparation

phase-rest-and-preparation = الراحة والتحضير

# Variables:
#   $rest-days (String) - minimum length of the rest and preparation period, e.g. "6", from data/phases.yaml
phase-rest-and-preparation-now =
    تبقى في مركز استقبال للإجراءات (pol) مدة { $rest-days } أيام على الأقل.
    هذا الوقت للراحة وللتحضير لمقابلات اللجوء.
    يلتقي بك محاميك للتحضير، و VluchtelingenWerk يشرح لك كيف تسير الإجراءات.

# Variables:
#   $allowance (String) - weekly living allowance, e.g. "€14.47", from data/phases.yaml
phase-rest-and-preparation-coa =
    يعطيك COA مكانًا للسكن، وعادةً مالًا للطعام، حتى تطبخ بنفسك.
    تحصل أيضًا على مصروف معيشة أسبوعي قدره { $allowance } (قد يتغير المبلغ).
    يدفع COA تكاليف المواصلات العامة للذهاب إلى محاميك.
    إذا كان من المرجّح أن تحصل على إقامة، يمكنك أن تبدأ دروس اللغة الهولندية هنا.

phase-rest-and-preparation-help =
    محاميك مجاني، ومجلس المساعدة القانونية يرتّبه لك.
    منظمة VluchtelingenWerk تشرح الإجراءات وتستطيع مساعدتك في التحضير.
    يقدّم GZA الرعاية الطبية. أخبرهم عن أي مشاكل صحية.
    إذا كان عمرك أقل من 18 سنة وجئت بدون والديك، يساعدك الوصي من Nidos.

phase-rest-and-preparation-next =
    بعد فترة الراحة والتحضير، تبدأ إجراءات اللجوء العامة.
    تجري IND معك المقابلات، ثم تقرّر في طلبك.

## Phase: general-procedure

phase-general-procedure = إجراءات اللجوء العامة

# Variables:
#   $decision-days (String) - working days for a decision in the general procedure, e.g. "6", from data/phases.yaml
#   $decision-days-max (String) - longest general procedure in days, e.g. "9", from data/phases.yaml
phase-general-procedure-now =
    تجري IND معك المقابلات. المقابلة الأولى عن هويتك وطريق سفرك.
    المقابلة الثانية مفصّلة، وهي عن أسباب طلبك للجوء.
    عادةً تقرّر IND خلال { $decision-days } أيام عمل، وأحيانًا خلال { $decision-days-max } أيام كحدّ أقصى.
    إذا لم يكن هذا الوقت كافيًا، ينتقل طلبك إلى الإجراءات الممدَّدة (VA).

phase-general-procedure-coa =
    تبقى ساكنًا في مركز الاستقبال للإجراءات (pol).
    يعطيك COA نفس الدعم كما من قبل: السكن، والمال للطعام، والمصروف الأسبوعي، والرعاية الصحية عن طريق GZA.

# Variables:
#   $reply-days (String) - days your lawyer has to answer an intention to reject in the general procedure, e.g. "1", from data/phases.yaml
phase-general-procedure-help =
    يحضّر محاميك معك للمقابلات.
    إذا كانت IND تنوي رفض طلبك، ترسل أولًا "نيّة الرفض". في الإجراءات العامة، عند محاميك { $reply-days } يوم للرد عليها كتابةً.
    منظمة VluchtelingenWerk تدعمك أيضًا؛ أحيانًا يمكن لمتطوع أن يذهب معك إلى المقابلة.

# Variables:
#   $work-months (String) - months an application must be pending before you may work, e.g. "6", from data/phases.yaml
phase-general-procedure-next =
    بعد ذلك يصلك قرار IND: إقامة أو رفض.
    الإجراءات الممدَّدة تأخذ وقتًا أطول. محاميك أو VluchtelingenWerk يستطيعون إخبارك بموعدك النهائي.
    عندما يمرّ { $work-months } أشهر على طلبك وهو ما زال بدون قرار، يُسمح لك بالعمل. عندها يحتاج صاحب العمل إلى تصريح عمل لك.

## Phase: decision-granted

phase-decision-granted = القرار: حصلت على إقامة

# Variables:
#   $permit-years (String) - validity of the asylum permit in years, e.g. "5", from data/phases.yaml
phase-decision-granted-now =
    أعطتك IND إقامة لجوء.
    الإقامة صالحة لمدة { $permit-years } سنوات، من تاريخ تقديم طلبك. بعد ذلك يمكنك أن تطلب إقامة دائمة.
    يُسمح لك بالعمل.

phase-decision-granted-coa =
    يستمر COA في إعطائك السكن والدعم في الوقت الحالي.
    يقدّم COA برنامجًا يحضّرك للاندماج: تعلّم اللغة الهولندية والتعرّف على الحياة في هولندا.

phase-decision-granted-help =
    منظمة VluchtelingenWerk تساعدك في لمّ شمل العائلة وفي بدء حياتك هنا.
    إذا فقدت الاتصال بأفراد من عائلتك، الصليب الأحمر يستطيع مساعدتك في البحث عنهم.

# Variables:
#   $reunification-months (String) - months after the permit to apply for family reunification, e.g. "3", from data/phases.yaml
phase-decision-granted-next =
    بعد ذلك تأتي مرحلة الاندماج.
    إذا كنت تريد أن يأتي أفراد عائلتك إليك، قدّم الطلب خلال { $reunification-months } أشهر من حصولك على الإقامة. عندها تكون القواعد أسهل، مثلًا لا يوجد شرط دخل.
    اطلب المساعدة من VluchtelingenWerk في الوقت المناسب.

## Phase: decision-rejected

phase-decision-rejected = القرار: رفض

# Variables:
#   $appeal-weeks-short (String) - short appeal deadline in weeks, e.g. "1", from data/phases.yaml
#   $appeal-weeks (String) - normal appeal deadline in weeks, e.g. "4", from data/phases.yaml
phase-decision-rejected-now =
    رفضت IND طلبك. يمكنك أن تقدّم استئنافًا (طعنًا) إلى المحكمة.
    المهلة قصيرة: { $appeal-weeks-short } أسبوع لقرار في الإجراءات العامة، أو لقرار بأن طلبك "بلا أساس بشكل واضح" أو "غير مقبول"، و { $appeal-weeks } أسابيع في الحالات الأخرى.
    تكلّم مع محاميك اليوم. الاستئناف لا يكلّفك شيئًا.

phase-decision-rejected-coa =
    يستمر COA في إعطائك السكن في الوقت الحالي.
    يقدّم COA للبالغين الذين رُفض طلبهم دورة تدريبية عن مستقبلهم.

phase-decision-rejected-help =
    محاميك يستطيع أن يقدّم الاستئناف عنك.
    تجري DT&V معك محادثات عن المغادرة، مع مترجم.
    إذا اخترت العودة، تستطيع IOM أن تدعم عودتك الطوعية.
    منظمة VluchtelingenWerk تستطيع أيضًا أن تنصحك.

phase-decision-rejected-next =
    خلال الاستئناف، يمكنك عادةً البقاء في هولندا. توجد استثناءات؛ محاميك يعرف إن كان أحدها ينطبق عليك، وعندها يستطيع أن يطلب من المحكمة أن تسمح لك بالبقاء.
    الاستئناف الأعلى أمام مجلس الدولة لا يسمح لك بالبقاء خلال النظر فيه.

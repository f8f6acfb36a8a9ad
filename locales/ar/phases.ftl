## Steps of the asylum procedure — data/phases.yaml
# Numbers come from data/facts.yaml as variables; never type a number here.
# Words printed on IND letters (beschikking, voornemen, zienswijze) stay in Dutch,
# so people can recognise them on their papers.

# Variables:
#   $checked (String) - the day these facts were last compared with their sources, written out
phase-checked = آخر تحقّق: { $checked }. القواعد قد تتغيّر؛ محاميك يعرف ملفك.

## Since 12 June 2026: arrival and the first checks

phase-registration = الوصول والفحوصات الأولى
phase-registration-now =
    تذهب لتقدّم نفسك في مركز تقديم الطلبات في Ter Apel. إذا وصلت بالطائرة أو بالسفينة من خارج منطقة Schengen، تقدّم نفسك في Schiphol.
    تتحقّق { -org-ind } من هويتك، وتجري فحوصات أمنية وفحصًا طبيًا. وتنظر أيضًا إن كنت تحتاج إلى رعاية إضافية.
# Variables:
#   $minor-age (Number) - under this age you are a child, from data/facts.yaml
phase-registration-help =
    تُدخل بياناتك بنفسك في بوابة إلكترونية. موظفو { -org-ind } يساعدونك إذا احتجت إلى ذلك.
    هل أنت دون سن { $minor-age } وأنت هنا بدون والديك؟ منظمة { -org-nidos } تعطيك وصيًّا.
# Variables:
#   $screening-days-inland (Number) - longest first checks inside the country, from data/facts.yaml
phase-registration-next =
    هذه الفحوصات تستغرق { $screening-days-inland ->
        [zero] { $screening-days-inland } يوم
        [one] يومًا واحدًا
        [two] يومين
        [few] { $screening-days-inland } أيام
        [many] { $screening-days-inland } يومًا
       *[other] { $screening-days-inland } يوم
    } على الأكثر. بعد ذلك تختار { -org-ind } نوع الإجراءات لك.

## Since 12 June 2026: the procedures

phase-pact-standard = الإجراءات العادية
phase-pact-standard-now =
    تدرس { -org-ind } إن كنت تحتاج إلى حماية. تحصل أولًا على شرح.
    بعد ذلك تُجرى لك مقابلة. فيها تشرح لماذا تطلب اللجوء.
phase-pact-standard-help =
    تحضّر للمقابلة مع محاميك.
    ولك أيضًا الحق في استشارة قانونية مجانية إذا طلبتها. منظمة { -org-vluchtelingenwerk } تستطيع أن تخبرك أين تحصل عليها.
# Variables:
#   $decision-months-standard (Number) - months the IND has to decide, from data/facts.yaml
phase-pact-standard-next =
    يجب أن تقرّر { -org-ind } خلال { $decision-months-standard ->
        [zero] { $decision-months-standard } شهر
        [one] شهر واحد
        [two] شهرين
        [few] { $decision-months-standard } أشهر
        [many] { $decision-months-standard } شهرًا
       *[other] { $decision-months-standard } شهر
    }. ثم يصلك قرارها في رسالة.

phase-pact-accelerated = الإجراءات المعجَّلة
phase-pact-accelerated-now =
    هذه الإجراءات أقصر. عادةً تُجرى لك أيضًا مقابلة مع { -org-ind }، تشرح فيها أسبابك.
phase-pact-accelerated-help =
    اطلب من { -org-vluchtelingenwerk } المساعدة في التحضير. ليس مؤكَّدًا بعد إن كنت ستحصل على محامٍ في هذه الإجراءات.
# Variables:
#   $decision-months-accelerated (Number) - months the IND has to decide, from data/facts.yaml
phase-pact-accelerated-next =
    يجب أن تقرّر { -org-ind } خلال { $decision-months-accelerated ->
        [zero] { $decision-months-accelerated } شهر
        [one] شهر واحد
        [two] شهرين
        [few] { $decision-months-accelerated } أشهر
        [many] { $decision-months-accelerated } شهرًا
       *[other] { $decision-months-accelerated } شهر
    }. ثم يصلك قرارها في رسالة.

phase-pact-responsibility = قد تكون دولة أوروبية أخرى مسؤولة
phase-pact-responsibility-now =
    تتحقّق { -org-ind } إن كان يجب على دولة أخرى في الاتحاد الأوروبي أن تنظر في طلبك، مثلًا لأنك كنت فيها من قبل أو لأن عندك عائلة هناك. هذه القواعد تحلّ محلّ قواعد دبلن (Dublin).
    إذا كانت دولة أخرى هي المسؤولة، قد تُرسَل إليها.
phase-pact-responsibility-help =
    يمكنك أن تعترض على قرار إرسالك إلى دولة أخرى. الموعد النهائي مكتوب في الرسالة، وقد يكون قصيرًا جدًا. تواصل مع محاميك أو مع { -org-vluchtelingenwerk } في اليوم نفسه.
phase-pact-responsibility-next =
    إذا كانت هولندا هي التي تنظر في طلبك، تدرسه { -org-ind } بعد ذلك.

phase-pact-admissibility = إجراءات المقبولية
phase-pact-admissibility-now =
    في هذه الإجراءات تقرّر { -org-ind } أولًا إن كانت ستدرس طلبك في هولندا أصلًا.
phase-pact-admissibility-help =
    اسأل محاميك أو { -org-vluchtelingenwerk } ماذا يعني هذا بالنسبة لك.
phase-pact-admissibility-next =
    ترسل لك { -org-ind } قرارها في رسالة.

phase-pact-border = إجراءات الحدود (Schiphol)
# Variables:
#   $screening-days-border (Number) - longest checks at the border, from data/facts.yaml
phase-pact-border-now =
    هل وصلت بالطائرة أو بالسفينة من خارج منطقة Schengen؟ إذن تفحصك الشرطة العسكرية الملكية (Marechaussee) على الحدود، لمدة { $screening-days-border ->
        [zero] { $screening-days-border } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $screening-days-border } أيام
        [many] { $screening-days-border } يومًا
       *[other] { $screening-days-border } يوم
    } على الأكثر.
    بعد ذلك قد تنظر { -org-ind } في طلبك ضمن إجراءات الحدود. هذه الإجراءات للأشخاص الذين فرصتهم في الحماية قليلة، أو الذين يُعتبَرون خطرًا على النظام العام.
phase-pact-border-help =
    قد يكون عليك أن تبقى في مركز مغلق. اطلب محاميًا، وتواصل مع { -org-vluchtelingenwerk }.
# Variables:
#   $border-procedure-weeks (Number) - longest border procedure, from data/facts.yaml
phase-pact-border-next =
    يجب أن تنتهي إجراءات الحدود خلال { $border-procedure-weeks ->
        [zero] { $border-procedure-weeks } أسبوع
        [one] أسبوع واحد
        [two] أسبوعين
        [few] { $border-procedure-weeks } أسابيع
        [many] { $border-procedure-weeks } أسبوعًا
       *[other] { $border-procedure-weeks } أسبوع
    }.

## Since 12 June 2026: the decision and after it

phase-pact-decision = القرار
phase-pact-decision-now =
    ترسل { -org-ind } قرارها في رسالة. اسمها بالهولندية «beschikking». اقرأها مع محاميك أو مع { -org-vluchtelingenwerk }.
# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
phase-pact-decision-help =
    تغيّرت قواعد الاستئناف في { $pact-start }. الموعد النهائي للاستئناف مكتوب في الرسالة، وقد يكون قصيرًا جدًا.
    تواصل مع محاميك أو مع { -org-vluchtelingenwerk } في اليوم نفسه.
phase-pact-decision-next =
    ماذا قرّرت { -org-ind }؟

phase-pact-granted = حصلت على إقامة
# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
phase-pact-granted-now =
    أعطتك { -org-ind } إقامة لجوء. مدة صلاحيتها مكتوبة عليها.
    منذ { $pact-start } يوجد نوعان من إقامة اللجوء، وتغيّرت قواعد إحضار عائلتك.
phase-pact-granted-help =
    منظمة { -org-vluchtelingenwerk } تساعدك في لمّ شمل العائلة وفي بدء حياتك هنا. اسألهم قريبًا.
phase-pact-granted-next =
    يقدّم { -org-coa } برنامجًا يحضّرك للاندماج: دروس اللغة الهولندية والتعرّف على الحياة في هولندا.

phase-pact-rejected = رُفض الطلب
phase-pact-rejected-now =
    رفضت { -org-ind } طلبك. قرار الرفض يقول أيضًا إن عليك المغادرة (قرار الإعادة). يمكنك أن تقدّم استئنافًا إلى المحكمة ضد القرارين معًا.
phase-pact-rejected-help =
    الموعد النهائي مكتوب في الرسالة، وقد يكون قصيرًا جدًا. تكلّم مع محاميك أو مع { -org-vluchtelingenwerk } اليوم، دون تأخير.
    اسأل محاميك إن كان يُسمح لك بالبقاء في هولندا خلال الاستئناف.
phase-pact-rejected-next =
    ليس مؤكَّدًا بعد، حسب القواعد الجديدة، كم من الوقت يمكنك البقاء في مركز الاستقبال بعد الرفض. اسأل { -org-coa } ومحاميك.
    تتكلم معك { -org-dtv } عن المغادرة. إذا اخترت العودة، تستطيع { -org-iom } أن تساعدك.

phase-new-application = طلب جديد
# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
phase-new-application-now =
    هل رُفض طلبك رفضًا نهائيًا، وتغيّر شيء مهم منذ ذلك الوقت؟ إذن قد تستطيع أن تقدّم طلبًا مرة أخرى.
    تغيّرت القواعد الخاصة بذلك في { $pact-start }.
phase-new-application-help =
    تكلّم مع محامٍ أو مع { -org-vluchtelingenwerk } قبل أن تقدّم طلبًا مرة أخرى.

## Applications made before 12 June 2026: the steps as they were

# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
phase-old-rules-note = هذه هي الخطوات للطلبات المقدَّمة قبل { $pact-start }. ليس مؤكَّدًا بعد أيّ القواعد تنطبق على ملفك الآن.

phase-rest-and-preparation = الراحة والتحضير
# Variables:
#   $rest-days (Number) - shortest rest and preparation period, from data/facts.yaml
phase-rest-and-preparation-now =
    تبقى في مركز استقبال للإجراءات (pol) لمدة { $rest-days ->
        [zero] { $rest-days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $rest-days } أيام
        [many] { $rest-days } يومًا
       *[other] { $rest-days } يوم
    } على الأقل. هذا الوقت للراحة، وللتحضير مع محاميك لمقابلتك.
# Variables:
#   $weekly-allowance (String) - weekly living allowance, written out, from data/facts.yaml
phase-rest-and-preparation-help =
    يعطيك { -org-coa } مكانًا للسكن، وعادةً مالًا للطعام، ومبلغ { $weekly-allowance } في الأسبوع للمعيشة (قد يتغيّر المبلغ).
    منظمة { -org-vluchtelingenwerk } تشرح الإجراءات. ويقدّم { -org-gza } الرعاية الطبية.
phase-rest-and-preparation-next =
    بعد هذه الفترة، تبدأ إجراءات اللجوء العامة.

phase-general-procedure = إجراءات اللجوء العامة
phase-general-procedure-now =
    تجري { -org-ind } معك المقابلة المفصّلة عن أسباب طلبك للجوء. محاميك يحضّرها معك.
phase-general-procedure-help =
    إذا كانت { -org-ind } تنوي رفض طلبك، ترسل أولًا رسالة «نيّة الرفض» (بالهولندية: «voornemen»). محاميك يردّ عليها كتابةً (ردّ اسمه «zienswijze»). الوقت لذلك قليل.
# Variables:
#   $old-cases-resumed (String) - the day the IND started again with older applications, from data/facts.yaml
phase-general-procedure-next =
    بعد ذلك تقرّر { -org-ind } وترسل رسالة (اسمها «beschikking»). استأنفت { -org-ind } العمل على هذه الطلبات القديمة في { $old-cases-resumed }، لذلك ينتظر كثير من الناس وقتًا طويلًا.

phase-decision-granted = القرار: حصلت على إقامة
phase-decision-granted-now =
    أعطتك { -org-ind } إقامة لجوء. مدة صلاحيتها مكتوبة عليها.
# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
phase-decision-granted-help =
    تغيّرت قواعد إحضار عائلتك في { $pact-start }، وهذا يشمل الطلبات الأقدم أيضًا. اسأل { -org-vluchtelingenwerk } قريبًا.
    الصليب الأحمر يستطيع البحث عن أفراد عائلتك الذين فقدت الاتصال بهم.
phase-decision-granted-next =
    يقدّم { -org-coa } برنامجًا يحضّرك للاندماج: دروس اللغة الهولندية والتعرّف على الحياة في هولندا.

phase-decision-rejected = القرار: رفض
phase-decision-rejected-now =
    رفضت { -org-ind } طلبك. يمكنك أن تقدّم استئنافًا إلى المحكمة. الموعد النهائي مكتوب في الرسالة (الـ«beschikking»)، وقد يكون قصيرًا جدًا.
phase-decision-rejected-help =
    تكلّم مع محاميك أو مع { -org-vluchtelingenwerk } اليوم، دون تأخير. اسأل محاميك إن كان يُسمح لك بالبقاء في هولندا خلال الاستئناف.
phase-decision-rejected-next =
    ليس مؤكَّدًا بعد كم من الوقت يمكنك البقاء في مركز الاستقبال بعد الرفض. اسأل { -org-coa } ومحاميك.
    تتكلم معك { -org-dtv } عن المغادرة، مع مترجم. إذا اخترت العودة، تستطيع { -org-iom } أن تساعدك.

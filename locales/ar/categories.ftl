## Service categories — data/categories.yaml

# category-<id> is the button label (1-3 words).
# category-<id>-intro is shown above the list of organisations.

category-emergency = طوارئ
# Variables:
#   $emergency-number (String) - the emergency number, from data (facts.yaml -> organisations.yaml); never translate or reformat
category-emergency-intro = هل أنت في خطر الآن؟ اتصل بالرقم { $emergency-number } (الشرطة، الإسعاف، الإطفاء). الاتصال مجاني، من أي هاتف، ليلًا ونهارًا.
## Typed danger: the first line of the emergency screen, by the kind of danger
# Variables:
#   $emergency-number (String), $suicide-line (String), $veilig-thuis-line (String),
#   $sexual-violence-line (String), $trafficking-line (String) - phone numbers, from data
danger-fire = حريق أو دخان؟ اخرج، وأغلق الأبواب خلفك، واتصل بالرقم { $emergency-number }.
danger-medical = شخص مصاب إصابة خطيرة أو مريض جدًا؟ اتصل الآن بالرقم { $emergency-number } وقل أين أنت.
danger-suicide = لست مضطرًا أن تمرّ بهذا وحدك. إذا كنت في خطر الآن، اتصل بالرقم { $emergency-number }. لتتكلم مع شخص يستمع إليك: { $suicide-line }.
danger-violence = في خطر الآن؟ اتصل بالرقم { $emergency-number }. العنف في البيت: { -org-veilig-thuis } { $veilig-thuis-line }.
danger-sexual-violence = في خطر الآن؟ اتصل بالرقم { $emergency-number }. بعد الاغتصاب أو الاعتداء الجنسي: { -org-centrum-seksueel-geweld } { $sexual-violence-line }.
danger-crime = هدّدك أحد أو اعتدى عليك؟ اذهب إلى مكان آمن واتصل بالرقم { $emergency-number }.
danger-child = طفل في خطر؟ اتصل بالرقم { $emergency-number }. قلق على طفل؟ { -org-veilig-thuis } { $veilig-thuis-line }.
danger-trafficking = محتجَز أو مُجبَر؟ اتصل بالرقم { $emergency-number } عندما تستطيع. { -org-comensha } تساعد ضحايا الاتجار بالبشر: { $trafficking-line }.
emergency-what-to-say =
    قل أين أنت (العنوان أو اسم مركزك)، وماذا حدث، وهل يوجد شخص مصاب.
# Variables:
#   $suicide-line (String) - 113's free number, from data
#   $veilig-thuis-line (String) - Veilig Thuis, from data
#   $sexual-violence-line (String) - Centrum Seksueel Geweld, from data
emergency-not-now =
    لست في خطر في هذه اللحظة؟ هذه الخطوط مجانية وتعمل ليلًا ونهارًا:
    - إذا كنت تفكر في إنهاء حياتك: { $suicide-line }. يوجد شخص يستمع إليك، ويمكنك ألّا تذكر اسمك.
    - العنف في البيت: { $veilig-thuis-line } ({ -org-veilig-thuis }). يقدّمون لك النصيحة ويستطيعون إرسال المساعدة.
    - الاغتصاب أو الاعتداء الجنسي: { $sexual-violence-line } ({ -org-centrum-seksueel-geweld }). مساعدة طبية ومساعدة أخرى.

category-legal = مساعدة قانونية
category-legal-intro =
    في إجراءات اللجوء العادية تحضّر لمقابلتك مع محامٍ. مجلس المساعدة القانونية ({ -org-raad-voor-rechtsbijstand }) يرتّب محامين لطالبي اللجوء.
    منظمة { -org-vluchtelingenwerk } تساعدك مجانًا خلال إجراءاتك.
    وصلتك رسالة فيها موعد نهائي؟ تواصل مع محاميك أو مع { -org-vluchtelingenwerk } في اليوم نفسه.

category-health = الصحة
# Variables:
#   $emergency-number (String) - the emergency number, from data
#   $suicide-line (String) - 113's free number, from data
category-health-intro =
    هل هناك خطر على الحياة؟ اتصل فورًا بالرقم { $emergency-number }.
    في مركز الاستقبال، { -org-gza } هو طبيبك. اتصل بخط { -org-gza } Praktijklijn للمشاكل الطبية في أي وقت، ليلًا ونهارًا؛ وللأسئلة الأخرى خلال ساعات الدوام. يوجد مترجمون.
    تفكر في إنهاء حياتك؟ اتصل بالرقم { $suicide-line }: يوجد شخص يستمع إليك، مجانًا وبدون ذكر اسمك، ليلًا ونهارًا.

category-reception = الاستقبال ({ -org-coa })
category-reception-intro =
    يعطيك { -org-coa } مكانًا للسكن خلال إجراءاتك، ومصروفًا أسبوعيًا، ورعاية صحية، ومدرسة لأطفالك.
    إذا كان عندك سؤال، اذهب أولًا إلى مكتب المعلومات في مركزك، أو انظر في MyCOA.

category-procedure = إجراءات اللجوء
category-procedure-intro =
    دائرة { -org-ind } هي التي تقرّر في طلب لجوئك.
    منظمتا { -org-vluchtelingenwerk } و { -org-refugeehelp } تشرحان كل خطوة في الإجراءات، بلغات كثيرة.
    محاميك يستطيع أن يخبرك بالمواعيد النهائية الخاصة بك.

category-family = العائلة
# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
category-family-intro =
    هل عندك إقامة وتريد أن تأتي عائلتك؟ تغيّرت القواعد في { $pact-start }: صار عدد أفراد العائلة الذين يُحسَبون أقل، وتوجد شروط إضافية. اسأل { -org-vluchtelingenwerk } قريبًا؛ فهم يساعدونك في ذلك.
    فقدت الاتصال بعائلتك؟ الصليب الأحمر يستطيع البحث عنهم، مجانًا.

category-sgbv = العنف والإساءة
# Variables:
#   $emergency-number (String) - the emergency number, from data
#   $sexual-violence-best-within-days (Number) - from data/facts.yaml
category-sgbv-intro =
    هل أنت في خطر الآن؟ اتصل بالرقم { $emergency-number }.
    العنف في البيت، والعنف الجنسي، والإساءة أمور غير مقبولة أبدًا. يمكنك أن تحصل على مساعدة، ويمكنك ألّا تذكر اسمك.
    خدمتا { -org-veilig-thuis } و { -org-centrum-seksueel-geweld } مجانيتان وتعملان ليلًا ونهارًا.
    بعد الاغتصاب أو الاعتداء الجنسي، اطلب المساعدة بأسرع ما يمكن، والأفضل خلال { $sexual-violence-best-within-days ->
        [zero] { $sexual-violence-best-within-days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $sexual-violence-best-within-days } أيام
        [many] { $sexual-violence-best-within-days } يومًا
       *[other] { $sexual-violence-best-within-days } يوم
    }.

category-trafficking = الاتجار بالبشر
# Variables:
#   $emergency-number (String) - the emergency number, from data
category-trafficking-intro =
    هل يجبرك شخص على العمل أو على ممارسة الجنس، أو يأخذ أوراقك، أو لا يسمح لك بالمغادرة؟ قد يكون هذا اتجارًا بالبشر.
    هذه جريمة، ويمكنك أن تحصل على مساعدة. يمكنك أيضًا أن تخبر موظفي { -org-coa }.
    هل أنت في خطر الآن؟ اتصل بالرقم { $emergency-number }.

category-children = الأطفال والقاصرون
# Variables:
#   $minor-age (Number) - under this age you are a child, from data/facts.yaml
category-children-intro =
    هل أنت دون سن { $minor-age } وجئت بدون والديك؟ منظمة { -org-nidos } تعطيك وصيًّا يساعدك.
    الأطفال والشباب يمكنهم أن يتكلموا مع { -org-kindertelefoon } عن أي شيء، مجانًا وبدون ذكر الاسم.
    هل أنت قلق على طفل في البيت؟ { -org-veilig-thuis } تستطيع المساعدة.

category-lgbtiq = مجتمع الميم (LGBTIQ+)
category-lgbtiq-intro =
    إذا طلبت المساعدة من { -org-coa } لأنك من مجتمع الميم (LGBTIQ+)، فهذا لا يؤثر على إجراءات لجوئك.
    في بعض مراكز { -org-coa } يوجد شخص للتواصل مخصص للسكان من مجتمع الميم.
    المنظمات في الأسفل تقدّم الدعم والمعلومات وأصدقاء مرافقين (buddies).

category-work = العمل
# Variables:
#   $work-months (Number) - months an application had to be pending, from data/facts.yaml
category-work-intro =
    حسب القواعد القديمة، كان يُسمح لك بالعمل بعد أن يمرّ على طلب لجوئك { $work-months ->
        [zero] { $work-months } شهر
        [one] شهر واحد
        [two] شهران
        [few] { $work-months } أشهر
        [many] { $work-months } شهرًا
       *[other] { $work-months } شهر
    } وهو ما زال بدون قرار، وكان صاحب العمل يحتاج إلى تصريح عمل (TWV). ليس مؤكَّدًا بعد إن كان هذا قد تغيّر.
    للحماية المؤقتة للقادمين من أوكرانيا قواعد أخرى. منظمة { -org-refugeehelp } تشرحها، ومنظمة { -org-uaf } تساعد في الدراسة والعمل.

category-education = التعليم
# Variables:
#   $school-age-from (Number), $school-age-to (Number) - ages of compulsory school, from data/facts.yaml
#   $school-start-months (Number) - months within which children start school
#   $secondary-school-age (Number) - from this age children go to a transition class
#   $minor-age (Number) - the age of adulthood
category-education-intro =
    المدرسة إلزامية من سن { $school-age-from } إلى سن { $school-age-to }. الأطفال في إجراءات اللجوء يبدؤون المدرسة خلال { $school-start-months ->
        [zero] { $school-start-months } شهر
        [one] شهر واحد
        [two] شهرين
        [few] { $school-start-months } أشهر
        [many] { $school-start-months } شهرًا
       *[other] { $school-start-months } شهر
    }.
    الأطفال دون سن { $secondary-school-age } يذهبون إلى مدرسة ابتدائية قريبة من مركز طالبي اللجوء (azc) أو داخله. من سن { $secondary-school-age } إلى سن { $minor-age } يذهبون إلى صف انتقالي دولي (ISK).
    منظمة { -org-uaf } تساعد في الدراسة في معهد عالٍ أو جامعة.
    إذا حصلت على إقامة، يقدّم { -org-coa } برنامجًا يحضّرك للاندماج: دروس اللغة الهولندية والتعرّف على الحياة في هولندا.

category-return = العودة
category-return-intro =
    هل تريد العودة إلى بلدك؟ منظمة { -org-iom } تستطيع المساعدة في السفر وفي البداية من جديد هناك.
    بعد الرفض، تتكلم معك دائرة { -org-dtv } عن مغادرة هولندا.
    منظمة { -org-vluchtelingenwerk } تستطيع مساعدتك في التفكير في مستقبلك.

category-volunteer = تطوّع وتبرّع
category-volunteer-intro =
    هل تريد أن تساعد؟ تعمل منظمة { -org-vluchtelingenwerk } مع متطوعين. في بطاقتها تجد أين يمكنك التسجيل.
    هل تريد أن تتبرع بالمال؟ تجمع منظمة { -org-stichting-vluchteling } التبرعات للاجئين في بلدان أخرى. انظر في موقعها الإلكتروني.

# Shown above the list of organisations of a category.
# Variables:
#   $count (Number) - how many organisations are listed
category-organisations-count =
    { $count ->
        [one] هذه المنظمة تستطيع المساعدة:
        [zero] هذه المنظمات تستطيع المساعدة:
        [two] هاتان المنظمتان تستطيعان المساعدة:
        [few] هذه { $count } منظمات تستطيع المساعدة:
        [many] هذه { $count } منظمة تستطيع المساعدة:
       *[other] هذه المنظمات ({ $count }) تستطيع المساعدة:
    }

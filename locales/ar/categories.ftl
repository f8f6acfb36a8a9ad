## Service categories — data/categories.yaml

# category-<id> is the button label (1-3 words).
# category-<id>-intro is shown above the list of organisations.

category-emergency = طوارئ
# Variables:
#   $phone (String) - the emergency number, from data/organisations.yaml (emergency-services/0); never translate or reformat
category-emergency-intro = هل أنت في خطر الآن؟ اتصل بالرقم { $phone } (الشرطة، الإسعاف، الإطفاء). الاتصال مجاني ويعمل من أي هاتف، 24 ساعة في اليوم.
emergency-what-to-say =
    عندما تتصل، قل:
    - أين أنت: العنوان أو اسم مركز الاستقبال الذي تسكن فيه
    - ماذا حدث
    - هل يوجد شخص مصاب
    يمكنك أن تطلب شخصًا يتكلم الإنجليزية.

category-legal = مساعدة قانونية
category-legal-intro =
    كل طالب لجوء يحصل على محامٍ مجاني. مجلس المساعدة القانونية (Raad voor Rechtsbijstand) يعيّن لك محاميًا بشكل تلقائي.
    منظمة VluchtelingenWerk تساعدك أيضًا مجانًا خلال إجراءاتك.
    للأسئلة القانونية الأخرى، يقدّم Het Juridisch Loket النصيحة.

category-health = الصحة
category-health-intro =
    في مركز الاستقبال، GZA هو طبيبك. أخبرهم عن أي مشكلة صحية. يوجد مترجمون.
    في حالة طبية طارئة يمكنك الاتصال بـ GZA في أي وقت.
    إذا كنت تفكر في إنهاء حياتك، يمكنك أن تتكلم مع شخص، مجانًا وبدون ذكر اسمك، في الليل والنهار.

category-reception = الاستقبال (COA)
category-reception-intro =
    يعطيك COA مكانًا للسكن خلال إجراءاتك، ومصروفًا أسبوعيًا، ورعاية صحية، ومدرسة لأطفالك.
    إذا كان عندك سؤال، اذهب أولًا إلى مكتب المعلومات في مركزك، أو انظر في MyCOA.

category-procedure = إجراءات اللجوء
category-procedure-intro =
    دائرة IND هي التي تقرّر في طلب لجوئك.
    منظمتا VluchtelingenWerk و RefugeeHelp تشرحان كل خطوة في الإجراءات، بلغات كثيرة.
    محاميك يستطيع أن يخبرك بالمواعيد النهائية الخاصة بك.

category-family = العائلة
category-family-intro =
    هل حصلت على إقامة وتريد أن تأتي عائلتك؟ قدّم طلب لمّ الشمل خلال 3 أشهر بعد حصولك على الإقامة. عندها تكون القواعد أسهل.
    منظمة VluchtelingenWerk تستطيع مساعدتك في ذلك.
    فقدت الاتصال بعائلتك؟ الصليب الأحمر يستطيع البحث عنهم، مجانًا.

category-sgbv = العنف والإساءة
category-sgbv-intro =
    العنف في البيت، والعنف الجنسي، والإساءة أمور غير مقبولة أبدًا. يمكنك أن تحصل على مساعدة، ويمكنك ألّا تذكر اسمك.
    خدمتا Veilig Thuis و Centrum Seksueel Geweld مجانيتان وتعملان في الليل والنهار.
    بعد الاغتصاب أو الاعتداء الجنسي، اطلب المساعدة بأسرع ما يمكن، والأفضل خلال 7 أيام.
    هل أنت في خطر الآن؟ اتصل برقم الطوارئ.

category-trafficking = الاتجار بالبشر
category-trafficking-intro =
    هل يجبرك شخص على العمل أو على الجنس، أو يأخذ أوراقك، أو لا يسمح لك بالمغادرة؟ قد يكون هذا اتجارًا بالبشر.
    هذه جريمة، ويمكنك أن تحصل على مساعدة. يمكنك أيضًا أن تخبر موظفي COA.
    هل أنت في خطر الآن؟ اتصل برقم الطوارئ.

category-children = الأطفال والقاصرون
category-children-intro =
    هل عمرك أقل من 18 سنة وجئت بدون والديك؟ منظمة Nidos تعطيك وصيًّا يساعدك.
    الأطفال والشباب يمكنهم أن يتكلموا مع De Kindertelefoon عن أي شيء، مجانًا وبدون ذكر الاسم.
    قلق على طفل في البيت؟ Veilig Thuis تستطيع المساعدة.

category-lgbtiq = مجتمع الميم (LGBTIQ+)
category-lgbtiq-intro =
    إذا طلبت المساعدة من COA لأنك من مجتمع الميم (LGBTIQ+)، فهذا لا يؤثر على إجراءات لجوئك.
    في بعض مراكز COA يوجد شخص للتواصل مخصص للسكان من مجتمع الميم.
    المنظمات في الأسفل تقدّم الدعم والمعلومات وأصدقاء مرافقين (buddies).

category-work = العمل
category-work-intro =
    يُسمح لك بالعمل عندما يمرّ 6 أشهر على طلب لجوئك وهو ما زال بدون قرار.
    صاحب العمل يحتاج إلى تصريح عمل (TWV) لك.
    منظمة RefugeeHelp تشرح القواعد، ومنظمة UAF تساعد اللاجئين وطالبي اللجوء في الدراسة والعمل.

category-education = التعليم
category-education-intro =
    المدرسة إلزامية من عمر 5 إلى 16 سنة. الأطفال في إجراءات اللجوء يبدؤون المدرسة خلال 3 أشهر.
    الأطفال تحت 12 سنة يذهبون إلى مدرسة ابتدائية قريبة من الـ azc أو داخله. من 12 إلى 18 سنة يذهبون إلى صف انتقالي دولي (ISK).
    منظمة UAF تساعد في الدراسة في معهد عالٍ أو جامعة.

category-return = العودة
category-return-intro =
    هل تريد العودة إلى بلدك؟ منظمة IOM تستطيع المساعدة في السفر وفي البداية من جديد هناك.
    بعد الرفض، تتكلم معك دائرة DT&V عن مغادرة هولندا.
    منظمة VluchtelingenWerk تستطيع مساعدتك في التفكير في مستقبلك.

category-volunteer = تطوّع وتبرّع
category-volunteer-intro =
    هل تريد أن تساعد؟ VluchtelingenWerk و COA يعملان مع متطوعين.
    منظمة Stichting Vluchteling تجمع التبرعات للاجئين في بلدان أخرى.

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

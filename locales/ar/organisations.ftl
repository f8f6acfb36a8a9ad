## Organisations — data/organisations.yaml

# Each organisation has org-<id>-about: what it does for you.
# Phone label messages (phone-<org>-<what>) say who a line is for, what it
# costs and whether you can stay anonymous. Numbers and hours come from data.

## Emergency and police

org-emergency-services-about =
    هذا هو الرقم للشرطة أو الإسعاف أو الإطفاء عندما يوجد خطر عاجل.
    الاتصال مجاني ويعمل ليلًا ونهارًا.
phone-emergency-services-112 = رقم الطوارئ للشرطة والإسعاف والإطفاء. مجاني، ليلًا ونهارًا. فقط عند الخطر العاجل.

org-politie-about =
    الشرطة الهولندية. اتصل بخط الشرطة لغير الطوارئ لتبلّغ عن جريمة أو عن اتجار بالبشر، عندما لا يوجد خطر عاجل.
    عند الشرطة أيضًا شبكة لأفراد مجتمع الميم (LGBTQ+)، اسمها Roze in Blauw.
phone-politie-non-emergency = الشرطة، عندما لا تكون الحالة طارئة: للتبليغ عن جريمة أو عن اتجار بالبشر.

## Government and asylum procedure

org-ministry-about =
    الوزارة مسؤولة عن سياسة اللجوء والهجرة. دائرة IND تتبع لها.
phone-rijksoverheid-1400 = Informatie Rijksoverheid، الخط العام للحكومة (ليس لملف لجوئك). تكلفة الاتصال العادية.
phone-rijksoverheid-abroad = نفس الخط، من خارج هولندا.

org-coa-about =
    يدير COA مراكز الاستقبال. يعطيك مكانًا للسكن، ومصروفًا أسبوعيًا، ودعمًا خلال إجراءاتك.
    إذا كان عندك سؤال، اذهب إلى مكتب المعلومات في مركزك، أو انظر في MyCOA، وهو متوفر بلغات كثيرة.
phone-coa-ter-apel-professionals = للمختصين فقط: COA في Ter Apel، أسئلة عن ساكن واحد. الأسئلة عن إجراءات اللجوء تُوجَّه إلى IND.
phone-coa-legal-helpdesk = للمختصين فقط: مكتب المساعدة في COA للشؤون القانونية.
phone-coa-rvb-helpdesk = للمختصين فقط: أسئلة عن نظام Rvb.

org-ind-about =
    دائرة IND هي التي تقرّر في طلب لجوئك. وهي أيضًا تجري معك المقابلات.
    يمكنك الاتصال بـ IND إذا كان عندك أسئلة عن طلبك.
phone-ind-general = أسئلة عن طلبك. تكلفة الاتصال العادية.
phone-ind-abroad = دائرة IND، عندما تتصل من خارج هولندا.
phone-ind-fax-default = رقم فاكس، وليس للمكالمات. فقط لاستمارة «الإنذار بالتأخير»، عندما تتأخر IND في قرار لجوئك. اسأل محاميك أولًا.

link-vluchtelingenwerk-volunteer = تطوّع مع VluchtelingenWerk
org-vluchtelingenwerk-about =
    منظمة VluchtelingenWerk تساعد طالبي اللجوء مجانًا، ولها فريق في كل مركز لطالبي اللجوء (azc).
    يشرحون لك الإجراءات، ويمكنهم الذهاب معك إلى مقابلاتك مع IND، ويساعدون في لمّ شمل العائلة.
    اسأل في مكان سكنك عن مواعيد استقبالهم (spreekuur).

org-refugeehelp-about =
    RefugeeHelp هو موقع إلكتروني تابع لـ VluchtelingenWerk. يشرح إجراءات اللجوء والحياة في هولندا بكلمات واضحة، بلغات كثيرة، منها الأوكرانية.

org-unhcr-about =
    UNHCR هي وكالة الأمم المتحدة للاجئين.
    مكتب UNHCR في هولندا لا يقدّم المساعدة للأشخاص بشكل فردي. بخصوص إجراءات لجوئك، يرسلك إلى RefugeeHelp.

## Health

# Variables:
#   $emergency-number (String) - the emergency number, from data
org-gza-about =
    هل هناك خطر على الحياة؟ اتصل بالرقم { $emergency-number }.
    GZA هو عيادة الطبيب للأشخاص في مراكز استقبال طالبي اللجوء. اتصل بخط Praktijklijn عندما تكون مريضًا أو عندك سؤال عن صحتك. يوجد مترجمون.
# Variables:
#   $gza-urgent-option (Number) - the menu option for urgent medical problems, from data/facts.yaml
phone-gza-medical = خط GZA Praktijklijn للمشاكل الطبية، ليلًا ونهارًا. لمشكلة طبية عاجلة، اضغط { $gza-urgent-option }.
phone-gza-questions = نفس الخط للأسئلة الأخرى، خلال ساعات الدوام.

org-113-zelfmoordpreventie-about =
    للأوقات التي تفكر فيها في إنهاء حياتك، أو تقلق فيها على شخص يفكر في ذلك.
    يمكنك الاتصال أو المحادثة كتابةً، مجانًا وبدون ذكر اسمك، ليلًا ونهارًا.
phone-113-short = مجاني وبدون ذكر الاسم، ليلًا ونهارًا.
phone-113-free = هذا أيضًا مجاني وبدون ذكر الاسم، ليلًا ونهارًا.

org-dokters-van-de-wereld-about =
    منظمة Dokters van de Wereld تساعد في الأسئلة الصحية، وأيضًا في موضوع العنف الجنسي، وتدلّك على الطريق في نظام الرعاية الصحية الهولندي.
    الخدمة مجانية، ووسطاء ثقافيون يساعدونك بلغتك. هم موجودون في Amsterdam و Nijmegen و Utrecht.
phone-dokters-van-de-wereld = أسئلة صحية ومساعدة في نظام الرعاية الصحية الهولندي. مجاني.

org-zanzu-about =
    Zanzu موقع إلكتروني فيه معلومات واضحة عن الصحة الجنسية، بلغات كثيرة.

## Legal help

org-raad-voor-rechtsbijstand-about =
    مجلس المساعدة القانونية (Raad voor Rechtsbijstand) يرتّب لك محامي لجوء مجانيًا. تحصل عليه بشكل تلقائي.
    للمجلس مكاتب في مراكز تقديم الطلبات.

org-juridisch-loket-about =
    يقدّم Het Juridisch Loket استشارة قانونية أولية.
    الاستشارة في أحد الفروع مجانية. تأكد من مواعيد فتح الفرع قبل أن تذهب.
phone-juridisch-loket-advice = استشارة قانونية عبر الهاتف. هذا الخط يكلّف مالًا عن كل دقيقة. لا يمكنك الاتصال بالفروع مباشرة.

org-wereldhuis-amsterdam-about =
    يقدّم Wereldhuis في Amsterdam استشارة قانونية مجانية للأشخاص الذين ليس عندهم أوراق، يوم الخميس بعد الظهر، بموعد مسبق.

## Family

# Variables:
#   $tracing-months-min (Number), $tracing-months-max (Number) - how long a search usually takes, from data/facts.yaml
org-rode-kruis-about =
    الصليب الأحمر (Rode Kruis) يساعدك في البحث عن أفراد عائلتك الذين فقدت الاتصال بهم.
    الخدمة مجانية. البحث يأخذ غالبًا من { $tracing-months-min } إلى { $tracing-months-max ->
        [zero] { $tracing-months-max } شهر
        [one] { $tracing-months-max } شهر
        [two] { $tracing-months-max } شهر
        [few] { $tracing-months-max } أشهر
        [many] { $tracing-months-max } شهرًا
       *[other] { $tracing-months-max } شهر
    }.

## Violence and abuse

org-veilig-thuis-about =
    تقدّم Veilig Thuis النصيحة والمساعدة في حالات العنف في البيت والإساءة إلى الأطفال.
    يمكنك الاتصال أو المحادثة كتابةً. الخدمة مجانية ويمكنك ألّا تذكر اسمك.
phone-veilig-thuis = مجاني وبدون ذكر الاسم، ليلًا ونهارًا. قل اسم مدينتك لتصل إلى المكتب القريب منك.

# Variables:
#   $sexual-violence-best-within-days (Number) - from data/facts.yaml
org-centrum-seksueel-geweld-about =
    يساعد Centrum Seksueel Geweld بعد الاغتصاب أو الاعتداء الجنسي: مساعدة طبية، وفحص طبي شرعي، ومساعدة نفسية.
    الخدمة مجانية، ليلًا ونهارًا. تواصل معهم بأسرع ما يمكن، والأفضل خلال { $sexual-violence-best-within-days ->
        [zero] { $sexual-violence-best-within-days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $sexual-violence-best-within-days } أيام
        [many] { $sexual-violence-best-within-days } يومًا
       *[other] { $sexual-violence-best-within-days } يوم
    }.
phone-centrum-seksueel-geweld = مجاني، ليلًا ونهارًا. اتصل بأسرع ما يمكن بعد الاعتداء.

org-fier-about =
    تساعد Fier الأشخاص الذين يتعرضون للعنف من شخص يعتمدون عليه، وتساعد ضحايا الاتجار بالبشر.
    يمكنك المحادثة مع Fier كتابةً بدون ذكر اسمك.

org-slachtofferhulp-about =
    تدعم Slachtofferhulp Nederland ضحايا الجرائم والحوادث والكوارث.
    عندها أيضًا خط بدون ذكر الاسم، اسمه Verbreek de stilte.
phone-slachtofferhulp-general = لضحايا الجرائم والحوادث والكوارث. تكلفة الاتصال المحلي العادية. في الأزمات تعمل أيضًا خارج ساعات الدوام.
phone-slachtofferhulp-verbreek-de-stilte = Verbreek de stilte: خط بدون ذكر الاسم.

## Human trafficking

org-comensha-about =
    CoMensha هو المركز الوطني ضد الاتجار بالبشر.
    الضحايا، وكل شخص عنده سؤال عن الاتجار بالبشر، يمكنهم الاتصال بمكتب المساعدة.
phone-comensha-helpdesk = مكتب المساعدة الوطني عن الاتجار بالبشر، للضحايا ولكل شخص عنده سؤال.

org-arbeidsinspectie-about =
    يمكنك أن تبلّغ عن الاستغلال في العمل إلى هيئة تفتيش العمل الهولندية (Nederlandse Arbeidsinspectie).
    مثلًا، عندما يجبرك صاحب العمل على العمل أو يأخذ أوراقك.
phone-arbeidsinspectie-report = التبليغ عن الاستغلال في العمل.
phone-arbeidsinspectie-abroad = التبليغ عن الاستغلال في العمل، عندما تتصل من خارج هولندا.

## Children

# Variables:
#   $minor-age (Number) - from data/facts.yaml
org-nidos-about =
    منظمة Nidos هي الوصي على الأطفال دون سن { $minor-age } الذين جاؤوا إلى هولندا بدون والديهم.
    الوصي يساعدك ويهتم بمصالحك.
phone-nidos-head-office = المكتب الرئيسي لـ Nidos في Utrecht.

org-kindertelefoon-about =
    De Kindertelefoon للأطفال والشباب.
    يمكنك الاتصال أو المحادثة كتابةً عن أي شيء. الخدمة مجانية وبدون ذكر الاسم.
phone-kindertelefoon = للأطفال والشباب. مجاني وبدون ذكر الاسم.

## Education and work

# Variables:
#   $uaf-school-years (Number) - years of school UAF asks for, from data/facts.yaml
org-uaf-about =
    منظمة UAF تساعد اللاجئين وطالبي اللجوء الذين يريدون الدراسة في معهد عالٍ أو جامعة: بالمال للدراسة، والإرشاد، والمساعدة في إيجاد عمل.
    تحتاج إلى { $uaf-school-years ->
        [zero] { $uaf-school-years } سنة
        [one] سنة واحدة
        [two] سنتين
        [few] { $uaf-school-years } سنوات
        [many] { $uaf-school-years } سنة
       *[other] { $uaf-school-years } سنة
    } من الدراسة في المدرسة، وإلى مستوى كافٍ في الهولندية أو الإنجليزية أو الفرنسية أو الألمانية.

org-lowan-about =
    تدعم LOWAN المدارس التي تعلّم الأطفال الجدد في هولندا، مثل الصفوف الانتقالية الدولية (ISK).
    هذا ليس خط مساعدة. اسأل COA أو مدرستك عن الأماكن في المدارس.

## LGBTIQ+

org-lgbt-asylum-support-about =
    LGBT Asylum Support منظمة هولندية تساعد طالبي اللجوء من مجتمع الميم (LGBTI).

org-secret-garden-about =
    يقدّم Secret Garden في Amsterdam دعمًا اجتماعيًا وقانونيًا ونفسيًا لأفراد مجتمع الميم (LGBT) من أصول مهاجرة، ومنهم طالبو اللجوء.
    انظر في موقعهم الإلكتروني لتعرف كيف تتواصل معهم.

org-coc-cocktail-about =
    مشروع Cocktail، من COC Haaglanden، مخصص لطالبي اللجوء من مجتمع الميم (LGBTIQ+).
    عنده مشروع أصدقاء مرافقين (buddy) في منطقة لاهاي، وموقع إلكتروني فيه معلومات.

## Going back

org-iom-about =
    منظمة IOM تساعد الأشخاص الذين يريدون العودة إلى بلدهم بإرادتهم: في السفر، ووثائق السفر، والدعم للبداية من جديد هناك.
    مستشارو العودة فيها يتكلمون لغات كثيرة، ويُستعان أيضًا بمترجمين.
phone-iom-return = منظمة IOM، للأسئلة عن العودة الطوعية.

org-dtv-about =
    بعد الرفض، تتكلم معك دائرة DT&V (دائرة الإعادة والمغادرة) عن مغادرة هولندا.
    يكون معك مترجم في هذه المحادثات. دائرة DT&V تعمل مع IOM و VluchtelingenWerk.

## Donations

org-stichting-vluchteling-about =
    منظمة Stichting Vluchteling تجمع التبرعات للمساعدات الإنسانية للاجئين في بلدان أخرى.
    لا تقدّم مساعدة أو خدمات لطالبي اللجوء في هولندا.
phone-stichting-vluchteling-office = مكتب Stichting Vluchteling. ليس خط مساعدة لطالبي اللجوء.

## Names as readers see them: on the card and on buttons
# org-<id>-name: the organisation's name for a reader of this language. Keep the Dutch
# proper name where the organisation has no name in the language, and add once, in
# brackets, what it is when the name alone does not say it. Never double a name.
# Variables:
#   $emergency-number (String) - the emergency number, from data
org-emergency-services-name = رقم الطوارئ { $emergency-number }
org-politie-name = Politie (الشرطة)
org-ministry-name = Ministerie van Asiel en Migratie (وزارة اللجوء والهجرة)
org-coa-name = COA
org-ind-name = IND
org-gza-name = GZA
org-vluchtelingenwerk-name = VluchtelingenWerk
org-refugeehelp-name = RefugeeHelp
org-unhcr-name = UNHCR (مفوضية اللاجئين)
org-stichting-vluchteling-name = Stichting Vluchteling
org-iom-name = IOM (المنظمة الدولية للهجرة)
org-dtv-name = DT&V
org-raad-voor-rechtsbijstand-name = Raad voor Rechtsbijstand (مجلس المساعدة القانونية)
org-juridisch-loket-name = Het Juridisch Loket (الاستشارة القانونية)
org-wereldhuis-amsterdam-name = Wereldhuis Amsterdam
org-rode-kruis-name = Rode Kruis (الصليب الأحمر)
org-veilig-thuis-name = Veilig Thuis
org-centrum-seksueel-geweld-name = Centrum Seksueel Geweld
org-fier-name = Fier
org-slachtofferhulp-name = Slachtofferhulp Nederland (مساعدة الضحايا)
org-comensha-name = CoMensha
org-arbeidsinspectie-name = Nederlandse Arbeidsinspectie (هيئة تفتيش العمل)
org-nidos-name = Nidos
org-kindertelefoon-name = De Kindertelefoon (هاتف الأطفال)
# Variables:
#   $suicide-short-number (String) - 113's short number, from data
org-113-zelfmoordpreventie-name = { $suicide-short-number } Zelfmoordpreventie (الوقاية من الانتحار)
org-dokters-van-de-wereld-name = Dokters van de Wereld (أطباء العالم)
org-zanzu-name = Zanzu
org-uaf-name = UAF
org-lowan-name = LOWAN
org-lgbt-asylum-support-name = LGBT Asylum Support
org-secret-garden-name = Secret Garden
org-coc-cocktail-name = Cocktail (COC Haaglanden)

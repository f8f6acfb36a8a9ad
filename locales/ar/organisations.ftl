## Organisations — data/organisations.yaml

# Each organisation has org-<id>-about: what it does for you.
# Phone label messages (phone-<org>-<what>) say who a line is for, what it
# costs and whether you can stay anonymous. Numbers and hours come from data.

## Emergency and police

org-emergency-services-about =
    هذا هو الرقم للشرطة أو الإسعاف أو الإطفاء عندما يوجد خطر عاجل.
    الاتصال مجاني ويعمل ليلًا ونهارًا.
phone-emergency-services-112 = { -org-emergency-services } للشرطة والإسعاف والإطفاء. مجاني، ليلًا ونهارًا. فقط عند الخطر العاجل.

org-politie-about =
    الشرطة الهولندية. اتصل بخط الشرطة لغير الطوارئ لتبلّغ عن جريمة أو عن اتجار بالبشر، عندما لا يوجد خطر عاجل.
    عند الشرطة أيضًا شبكة لأفراد مجتمع الميم (LGBTQ+)، اسمها Roze in Blauw.
phone-politie-non-emergency = الشرطة، عندما لا تكون الحالة طارئة: للتبليغ عن جريمة أو عن اتجار بالبشر.

## Government and asylum procedure

org-ministry-about =
    الوزارة مسؤولة عن سياسة اللجوء والهجرة. دائرة { -org-ind } تتبع لها.
phone-rijksoverheid-1400 = Informatie Rijksoverheid، الخط العام للحكومة (ليس لملف لجوئك). تكلفة الاتصال العادية.
phone-rijksoverheid-abroad = نفس الخط، من خارج هولندا.

org-coa-about =
    يدير { -org-coa } مراكز الاستقبال. يعطيك مكانًا للسكن، ومصروفًا أسبوعيًا، ودعمًا خلال إجراءاتك.
    إذا كان عندك سؤال، اذهب إلى مكتب المعلومات في مركزك، أو انظر في MyCOA، وهو متوفر بلغات كثيرة.
phone-coa-ter-apel-professionals = للمختصين فقط: { -org-coa } في Ter Apel، أسئلة عن ساكن واحد. الأسئلة عن إجراءات اللجوء تُوجَّه إلى { -org-ind }.
phone-coa-legal-helpdesk = للمختصين فقط: مكتب المساعدة في { -org-coa } للشؤون القانونية.
phone-coa-rvb-helpdesk = للمختصين فقط: أسئلة عن نظام Rvb.

org-ind-about =
    دائرة { -org-ind } هي التي تقرّر في طلب لجوئك. وهي أيضًا تجري معك المقابلات.
    يمكنك الاتصال بـ { -org-ind } إذا كان عندك أسئلة عن طلبك.
phone-ind-general = أسئلة عن طلبك. تكلفة الاتصال العادية.
phone-ind-abroad = دائرة { -org-ind }، عندما تتصل من خارج هولندا.
phone-ind-fax-default = رقم فاكس، وليس للمكالمات. فقط لاستمارة «الإنذار بالتأخير»، عندما تتأخر { -org-ind } في قرار لجوئك. اسأل محاميك أولًا.

link-vluchtelingenwerk-volunteer = تطوّع مع { -org-vluchtelingenwerk }
org-vluchtelingenwerk-about =
    منظمة { -org-vluchtelingenwerk } تساعد طالبي اللجوء مجانًا، ولها فريق في كل مركز لطالبي اللجوء (azc).
    يشرحون لك الإجراءات، ويمكنهم الذهاب معك إلى مقابلاتك مع { -org-ind }، ويساعدون في لمّ شمل العائلة.
    اسأل في مكان سكنك عن مواعيد استقبالهم (spreekuur).

org-refugeehelp-about =
    { -org-refugeehelp } هو موقع إلكتروني تابع لـ { -org-vluchtelingenwerk }. يشرح إجراءات اللجوء والحياة في هولندا بكلمات واضحة، بلغات كثيرة، منها الأوكرانية.

org-unhcr-about =
    { -org-unhcr } هي وكالة الأمم المتحدة للاجئين.
    مكتب { -org-unhcr } في هولندا لا يقدّم المساعدة للأشخاص بشكل فردي. بخصوص إجراءات لجوئك، يرسلك إلى { -org-refugeehelp }.

## Health

# Variables:
#   $emergency-number (String) - the emergency number, from data
org-gza-about =
    هل هناك خطر على الحياة؟ اتصل بالرقم { $emergency-number }.
    { -org-gza } هو عيادة الطبيب للأشخاص في مراكز استقبال طالبي اللجوء. اتصل بخط Praktijklijn عندما تكون مريضًا أو عندك سؤال عن صحتك. يوجد مترجمون.
# Variables:
#   $gza-urgent-option (Number) - the menu option for urgent medical problems, from data/facts.yaml
phone-gza-medical = خط { -org-gza } Praktijklijn للمشاكل الطبية، ليلًا ونهارًا. لمشكلة طبية عاجلة، اضغط { $gza-urgent-option }.
phone-gza-questions = نفس الخط للأسئلة الأخرى، خلال ساعات الدوام.

org-113-zelfmoordpreventie-about =
    للأوقات التي تفكر فيها في إنهاء حياتك، أو تقلق فيها على شخص يفكر في ذلك.
    يمكنك الاتصال أو المحادثة كتابةً، مجانًا وبدون ذكر اسمك، ليلًا ونهارًا.
phone-113-short = مجاني وبدون ذكر الاسم، ليلًا ونهارًا.
phone-113-free = هذا أيضًا مجاني وبدون ذكر الاسم، ليلًا ونهارًا.

org-dokters-van-de-wereld-about =
    منظمة { -org-dokters-van-de-wereld } تساعد في الأسئلة الصحية، وأيضًا في موضوع العنف الجنسي، وتدلّك على الطريق في نظام الرعاية الصحية الهولندي.
    الخدمة مجانية، ووسطاء ثقافيون يساعدونك بلغتك. هم موجودون في Amsterdam و Nijmegen و Utrecht.
phone-dokters-van-de-wereld = أسئلة صحية ومساعدة في نظام الرعاية الصحية الهولندي. مجاني.

org-zanzu-about =
    { -org-zanzu } موقع إلكتروني فيه معلومات واضحة عن الصحة الجنسية، بلغات كثيرة.

## Legal help

org-raad-voor-rechtsbijstand-about =
    مجلس المساعدة القانونية ({ -org-raad-voor-rechtsbijstand }) يرتّب لك محامي لجوء مجانيًا. تحصل عليه بشكل تلقائي.
    للمجلس مكاتب في مراكز تقديم الطلبات.

org-juridisch-loket-about =
    يقدّم { -org-juridisch-loket } استشارة قانونية أولية.
    الاستشارة في أحد الفروع مجانية. تأكد من مواعيد فتح الفرع قبل أن تذهب.
phone-juridisch-loket-advice = استشارة قانونية عبر الهاتف. هذا الخط يكلّف مالًا عن كل دقيقة. لا يمكنك الاتصال بالفروع مباشرة.

org-wereldhuis-amsterdam-about =
    يقدّم Wereldhuis في Amsterdam استشارة قانونية مجانية للأشخاص الذين ليس عندهم أوراق، يوم الخميس بعد الظهر، بموعد مسبق.

## Family

# Variables:
#   $tracing-months-min (Number), $tracing-months-max (Number) - how long a search usually takes, from data/facts.yaml
org-rode-kruis-about =
    الصليب الأحمر ({ -org-rode-kruis }) يساعدك في البحث عن أفراد عائلتك الذين فقدت الاتصال بهم.
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
    تقدّم { -org-veilig-thuis } النصيحة والمساعدة في حالات العنف في البيت والإساءة إلى الأطفال.
    يمكنك الاتصال أو المحادثة كتابةً. الخدمة مجانية ويمكنك ألّا تذكر اسمك.
phone-veilig-thuis = مجاني وبدون ذكر الاسم، ليلًا ونهارًا. قل اسم مدينتك لتصل إلى المكتب القريب منك.

# Variables:
#   $sexual-violence-best-within-days (Number) - from data/facts.yaml
org-centrum-seksueel-geweld-about =
    يساعد { -org-centrum-seksueel-geweld } بعد الاغتصاب أو الاعتداء الجنسي: مساعدة طبية، وفحص طبي شرعي، ومساعدة نفسية.
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
    تساعد { -org-fier } الأشخاص الذين يتعرضون للعنف من شخص يعتمدون عليه، وتساعد ضحايا الاتجار بالبشر.
    يمكنك المحادثة مع { -org-fier } كتابةً بدون ذكر اسمك.

org-slachtofferhulp-about =
    تدعم { -org-slachtofferhulp } ضحايا الجرائم والحوادث والكوارث.
    عندها أيضًا خط بدون ذكر الاسم، اسمه Verbreek de stilte.
phone-slachtofferhulp-general = لضحايا الجرائم والحوادث والكوارث. تكلفة الاتصال المحلي العادية. في الأزمات تعمل أيضًا خارج ساعات الدوام.
phone-slachtofferhulp-verbreek-de-stilte = Verbreek de stilte: خط بدون ذكر الاسم.

## Human trafficking

org-comensha-about =
    { -org-comensha } هو المركز الوطني ضد الاتجار بالبشر.
    الضحايا، وكل شخص عنده سؤال عن الاتجار بالبشر، يمكنهم الاتصال بمكتب المساعدة.
phone-comensha-helpdesk = مكتب المساعدة الوطني عن الاتجار بالبشر، للضحايا ولكل شخص عنده سؤال.

org-arbeidsinspectie-about =
    يمكنك أن تبلّغ عن الاستغلال في العمل إلى هيئة تفتيش العمل الهولندية ({ -org-arbeidsinspectie }).
    مثلًا، عندما يجبرك صاحب العمل على العمل أو يأخذ أوراقك.
phone-arbeidsinspectie-report = التبليغ عن الاستغلال في العمل.
phone-arbeidsinspectie-abroad = التبليغ عن الاستغلال في العمل، عندما تتصل من خارج هولندا.

## Children

# Variables:
#   $minor-age (Number) - from data/facts.yaml
org-nidos-about =
    منظمة { -org-nidos } هي الوصي على الأطفال دون سن { $minor-age } الذين جاؤوا إلى هولندا بدون والديهم.
    الوصي يساعدك ويهتم بمصالحك.
phone-nidos-head-office = المكتب الرئيسي لـ { -org-nidos } في Utrecht.

org-kindertelefoon-about =
    { -org-kindertelefoon } للأطفال والشباب.
    يمكنك الاتصال أو المحادثة كتابةً عن أي شيء. الخدمة مجانية وبدون ذكر الاسم.
phone-kindertelefoon = للأطفال والشباب. مجاني وبدون ذكر الاسم.

## Education and work

# Variables:
#   $uaf-school-years (Number) - years of school UAF asks for, from data/facts.yaml
org-uaf-about =
    منظمة { -org-uaf } تساعد اللاجئين وطالبي اللجوء الذين يريدون الدراسة في معهد عالٍ أو جامعة: بالمال للدراسة، والإرشاد، والمساعدة في إيجاد عمل.
    تحتاج إلى { $uaf-school-years ->
        [zero] { $uaf-school-years } سنة
        [one] سنة واحدة
        [two] سنتين
        [few] { $uaf-school-years } سنوات
        [many] { $uaf-school-years } سنة
       *[other] { $uaf-school-years } سنة
    } من الدراسة في المدرسة، وإلى مستوى كافٍ في الهولندية أو الإنجليزية أو الفرنسية أو الألمانية.

org-lowan-about =
    تدعم { -org-lowan } المدارس التي تعلّم الأطفال الجدد في هولندا، مثل الصفوف الانتقالية الدولية (ISK).
    هذا ليس خط مساعدة. اسأل { -org-coa } أو مدرستك عن الأماكن في المدارس.

## LGBTIQ+

org-lgbt-asylum-support-about =
    { -org-lgbt-asylum-support } منظمة هولندية تساعد طالبي اللجوء من مجتمع الميم (LGBTI).

org-secret-garden-about =
    يقدّم { -org-secret-garden } في Amsterdam دعمًا اجتماعيًا وقانونيًا ونفسيًا لأفراد مجتمع الميم (LGBT) من أصول مهاجرة، ومنهم طالبو اللجوء.
    انظر في موقعهم الإلكتروني لتعرف كيف تتواصل معهم.

org-coc-cocktail-about =
    مشروع { -org-coc-cocktail }، من COC Haaglanden، مخصص لطالبي اللجوء من مجتمع الميم (LGBTIQ+).
    عنده مشروع أصدقاء مرافقين (buddy) في منطقة لاهاي، وموقع إلكتروني فيه معلومات.

## Going back

org-iom-about =
    منظمة { -org-iom } تساعد الأشخاص الذين يريدون العودة إلى بلدهم بإرادتهم: في السفر، ووثائق السفر، والدعم للبداية من جديد هناك.
    مستشارو العودة فيها يتكلمون لغات كثيرة، ويُستعان أيضًا بمترجمين.
phone-iom-return = منظمة { -org-iom }، للأسئلة عن العودة الطوعية.

org-dtv-about =
    بعد الرفض، تتكلم معك دائرة { -org-dtv } (دائرة الإعادة والمغادرة) عن مغادرة هولندا.
    يكون معك مترجم في هذه المحادثات. دائرة { -org-dtv } تعمل مع { -org-iom } و { -org-vluchtelingenwerk }.

## Donations

org-stichting-vluchteling-about =
    منظمة { -org-stichting-vluchteling } تجمع التبرعات للمساعدات الإنسانية للاجئين في بلدان أخرى.
    لا تقدّم مساعدة أو خدمات لطالبي اللجوء في هولندا.
phone-stichting-vluchteling-office = مكتب { -org-stichting-vluchteling }. ليس خط مساعدة لطالبي اللجوء.

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
-org-emergency-services = رقم الطوارئ
# Variables:
#   $emergency-number (String) - the emergency number, from data
org-emergency-services-name = { -org-emergency-services } { $emergency-number }

-org-politie = Politie
-org-politie-what = الشرطة
org-politie-name = { -org-politie } ({ -org-politie-what })

-org-ministry = Ministerie van Asiel en Migratie
-org-ministry-what = وزارة اللجوء والهجرة
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
-org-unhcr-what = مفوضية اللاجئين
org-unhcr-name = { -org-unhcr } ({ -org-unhcr-what })

-org-stichting-vluchteling = Stichting Vluchteling
org-stichting-vluchteling-name = { -org-stichting-vluchteling }

-org-iom = IOM
-org-iom-what = المنظمة الدولية للهجرة
org-iom-name = { -org-iom } ({ -org-iom-what })

-org-dtv = DT&V
org-dtv-name = { -org-dtv }

-org-raad-voor-rechtsbijstand = Raad voor Rechtsbijstand
-org-raad-voor-rechtsbijstand-what = مجلس المساعدة القانونية
org-raad-voor-rechtsbijstand-name = { -org-raad-voor-rechtsbijstand } ({ -org-raad-voor-rechtsbijstand-what })

-org-juridisch-loket = Het Juridisch Loket
-org-juridisch-loket-what = الاستشارة القانونية
org-juridisch-loket-name = { -org-juridisch-loket } ({ -org-juridisch-loket-what })

-org-wereldhuis-amsterdam = Wereldhuis Amsterdam
org-wereldhuis-amsterdam-name = { -org-wereldhuis-amsterdam }

-org-rode-kruis = Rode Kruis
-org-rode-kruis-what = الصليب الأحمر
org-rode-kruis-name = { -org-rode-kruis } ({ -org-rode-kruis-what })

-org-veilig-thuis = Veilig Thuis
org-veilig-thuis-name = { -org-veilig-thuis }

-org-centrum-seksueel-geweld = Centrum Seksueel Geweld
org-centrum-seksueel-geweld-name = { -org-centrum-seksueel-geweld }

-org-fier = Fier
org-fier-name = { -org-fier }

-org-slachtofferhulp = Slachtofferhulp Nederland
-org-slachtofferhulp-what = مساعدة الضحايا
org-slachtofferhulp-name = { -org-slachtofferhulp } ({ -org-slachtofferhulp-what })

-org-comensha = CoMensha
org-comensha-name = { -org-comensha }

-org-arbeidsinspectie = Nederlandse Arbeidsinspectie
-org-arbeidsinspectie-what = هيئة تفتيش العمل
org-arbeidsinspectie-name = { -org-arbeidsinspectie } ({ -org-arbeidsinspectie-what })

-org-nidos = Nidos
org-nidos-name = { -org-nidos }

-org-kindertelefoon = De Kindertelefoon
-org-kindertelefoon-what = هاتف الأطفال
org-kindertelefoon-name = { -org-kindertelefoon } ({ -org-kindertelefoon-what })

# Its short number, from data, comes before the name.
-org-113-zelfmoordpreventie = Zelfmoordpreventie
-org-113-zelfmoordpreventie-what = الوقاية من الانتحار
# Variables:
#   $suicide-short-number (String) - 113's short number, from data
org-113-zelfmoordpreventie-name = { $suicide-short-number } { -org-113-zelfmoordpreventie } ({ -org-113-zelfmoordpreventie-what })

-org-dokters-van-de-wereld = Dokters van de Wereld
-org-dokters-van-de-wereld-what = أطباء العالم
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

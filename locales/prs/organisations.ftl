## Organisations — data/organisations.yaml

# Each organisation has org-<id>-about: what it does for you.
# Phone label messages (phone-<org>-<what>) say who a line is for, what it
# costs and whether you can stay anonymous. Numbers and hours come from data.

## Emergency and police

org-emergency-services-about =
    نمبر پولیس، امبولانس یا اطفائیه، وقتی خطر جدی و فوری هست.
    رایگان است و شب و روز کار می‌کند.
phone-emergency-services-112 = { -org-emergency-services } برای پولیس، امبولانس و اطفائیه. رایگان، شب و روز. فقط برای خطر فوری.

org-politie-about =
    پولیس هالند. اگر خطر فوری نیست و می‌خواهید جرم یا قاچاق انسان را گزارش کنید، به خط غیرعاجل پولیس زنگ بزنید.
    پولیس یک شبکه برای افراد LGBTQ+ هم دارد به نام Roze in Blauw.
phone-politie-non-emergency = پولیس، وقتی عاجل نیست: برای گزارش جرم یا قاچاق انسان.

## Government and asylum procedure

org-ministry-about =
    این وزارت مسئول سیاست پناهندگی و مهاجرت است. { -org-ind } زیر نظر این وزارت است.
phone-rijksoverheid-1400 = خط Informatie Rijksoverheid، خط عمومی دولت (نه برای دوسیه پناهندگی شما). مصرف عادی تماس.
phone-rijksoverheid-abroad = همین خط، از خارج از هالند.

org-coa-about =
    سازمان { -org-coa } مراکز پذیرش (کمپ‌ها) را اداره می‌کند. در طول روند پناهندگی به شما جای زندگی، پول هفته‌وار و حمایت می‌دهد.
    اگر سؤال دارید، به میز معلومات مرکز خود بروید یا در MyCOA نگاه کنید که به زبان‌های زیادی هست.
phone-coa-ter-apel-professionals = فقط برای متخصصان: { -org-coa } در Ter Apel، سؤال درباره یک باشنده مرکز. سؤال درباره روند پناهندگی را از { -org-ind } بپرسید.
phone-coa-legal-helpdesk = فقط برای متخصصان: بخش پشتیبانی امور حقوقی { -org-coa }.
phone-coa-rvb-helpdesk = فقط برای متخصصان: سؤال درباره مقررات Rvb.

org-ind-about =
    اداره { -org-ind } درباره درخواست پناهندگی شما تصمیم می‌گیرد. مصاحبه‌های شما را هم انجام می‌دهد.
    برای سؤال درباره درخواستتان می‌توانید به { -org-ind } زنگ بزنید.
phone-ind-general = سؤال درباره درخواست شما. مصرف عادی تماس.
phone-ind-abroad = اداره { -org-ind }، وقتی از خارج از هالند زنگ می‌زنید.
phone-ind-fax-default = یک نمبر فکس، نه برای تماس تیلفونی. فقط برای فورم اخطار تأخیر، وقتی { -org-ind } در تصمیم درباره پناهندگی شما دیر کرده است. اول از وکیلتان بپرسید.

link-vluchtelingenwerk-volunteer = رضاکار شدن در { -org-vluchtelingenwerk }
org-vluchtelingenwerk-about =
    سازمان { -org-vluchtelingenwerk } رایگان به پناهجویان کمک می‌کند و در هر azc نیرو دارد.
    آن‌ها روند پناهندگی را توضیح می‌دهند، می‌توانند با شما به مصاحبه‌های { -org-ind } بیایند، و در یکجا شدن فامیل کمک می‌کنند.
    در محل زندگی‌تان بپرسید ساعت‌های مشاوره آن‌ها (spreekuur) کی است.

org-refugeehelp-about =
    ویب‌سایت { -org-refugeehelp } متعلق به { -org-vluchtelingenwerk } است. روند پناهندگی و زندگی در هالند را با کلمه‌های ساده، به زبان‌های زیادی، از جمله اوکراینی، توضیح می‌دهد.

org-unhcr-about =
    سازمان { -org-unhcr } اداره پناهندگان سازمان ملل متحد است.
    دفتر { -org-unhcr } در هالند به افراد به‌طور جداگانه کمک نمی‌کند. برای روند پناهندگی شما را به { -org-refugeehelp } راهنمایی می‌کند.

## Health

# Variables:
#   $emergency-number (String) - the emergency number, from data
org-gza-about =
    زندگی در خطر است؟ با { $emergency-number } تماس بگیرید.
    مرکز { -org-gza } کلینیک داکتر برای افرادی است که در مراکز پذیرش پناهجویان زندگی می‌کنند. وقتی مریض هستید یا سؤال صحی دارید، به Praktijklijn زنگ بزنید. ترجمان هم هست.
# Variables:
#   $gza-urgent-option (Number) - the menu option for urgent medical problems, from data/facts.yaml
phone-gza-medical = خط { -org-gza } Praktijklijn برای مشکلات صحی، شب و روز. برای مشکل صحی عاجل، عدد { $gza-urgent-option } را بزنید.
phone-gza-questions = همین خط برای سؤال‌های دیگر، در ساعت‌های اداری.

org-113-zelfmoordpreventie-about =
    برای وقتی که به پایان دادن به زندگی خود فکر می‌کنید، یا نگران کسی هستید که چنین فکری دارد.
    می‌توانید زنگ بزنید یا چت کنید؛ رایگان و بدون گفتن نام، شب و روز.
phone-113-short = رایگان و بدون گفتن نام، شب و روز.
phone-113-free = این هم رایگان و بدون گفتن نام، شب و روز.

org-dokters-van-de-wereld-about =
    سازمان { -org-dokters-van-de-wereld } در سؤال‌های صحی کمک می‌کند، درباره خشونت جنسی هم، و راه استفاده از خدمات صحی هالند را به شما نشان می‌دهد.
    رایگان است و میانجی‌های فرهنگی به زبان خودتان کمکتان می‌کنند. آن‌ها در Amsterdam، Nijmegen و Utrecht هستند.
phone-dokters-van-de-wereld = سؤال‌های صحی و کمک برای خدمات صحی هالند. رایگان.

org-zanzu-about =
    ویب‌سایت { -org-zanzu } معلومات روشن درباره صحت جنسی دارد، به زبان‌های زیادی.

## Legal help

org-raad-voor-rechtsbijstand-about =
    شورای کمک حقوقی ({ -org-raad-voor-rechtsbijstand }) وکیل رایگان پناهندگی شما را تعیین می‌کند. خودبه‌خود یک وکیل می‌گیرید.
    این شورا در مراکز ثبت درخواست میز دارد.

org-juridisch-loket-about =
    دفتر { -org-juridisch-loket } مشاوره حقوقی ابتدایی می‌دهد.
    مشاوره حضوری در شعبه‌ها رایگان است. قبل از رفتن، ساعت کار شعبه را نگاه کنید.
phone-juridisch-loket-advice = مشاوره حقوقی تیلفونی. این خط برای هر دقیقه پول می‌گیرد. نمی‌توانید مستقیم به شعبه‌ها زنگ بزنید.

org-wereldhuis-amsterdam-about =
    مرکز Wereldhuis در Amsterdam به افراد بدون اسناد اقامت، پنجشنبه‌ها بعد از چاشت با وقت قبلی، مشاوره حقوقی رایگان می‌دهد.

## Family

# Variables:
#   $tracing-months-min (Number), $tracing-months-max (Number) - how long a search usually takes, from data/facts.yaml
org-rode-kruis-about =
    صلیب سرخ ({ -org-rode-kruis }) کمک می‌کند اعضای فامیلی را که ارتباطتان با آن‌ها قطع شده است پیدا کنید.
    رایگان است. جستجو اغلب { $tracing-months-min } تا { $tracing-months-max } ماه طول می‌کشد.

## Violence and abuse

org-veilig-thuis-about =
    سازمان { -org-veilig-thuis } درباره خشونت خانگی و آزار اطفال مشاوره و کمک می‌دهد.
    می‌توانید زنگ بزنید یا چت کنید. رایگان است و لازم نیست نامتان را بگویید.
phone-veilig-thuis = رایگان و بدون گفتن نام، شب و روز. نام شهرتان را بگویید تا به دفتر نزدیک شما وصل شوید.

# Variables:
#   $sexual-violence-best-within-days (Number) - from data/facts.yaml
org-centrum-seksueel-geweld-about =
    مرکز { -org-centrum-seksueel-geweld } بعد از تجاوز یا حمله جنسی کمک می‌کند: کمک صحی، طب عدلی و روانی.
    رایگان است، شب و روز. هر چه زودتر تماس بگیرید، بهتر است در { $sexual-violence-best-within-days } روز اول.
phone-centrum-seksueel-geweld = رایگان، شب و روز. بعد از حمله هر چه زودتر زنگ بزنید.

org-fier-about =
    سازمان { -org-fier } به کسانی کمک می‌کند که از طرف کسی که به او وابسته‌اند خشونت می‌بینند، و به قربانیان قاچاق انسان.
    می‌توانید بدون گفتن نام با { -org-fier } چت کنید.

org-slachtofferhulp-about =
    سازمان { -org-slachtofferhulp } از قربانیان جرم، حوادث و فاجعه‌ها حمایت می‌کند.
    یک خط ناشناس هم دارد به نام Verbreek de stilte.
phone-slachtofferhulp-general = برای قربانیان جرم، حوادث و فاجعه‌ها. مصرف عادی تماس محلی. در شرایط بحرانی، بیرون از ساعت اداری هم.
phone-slachtofferhulp-verbreek-de-stilte = خط Verbreek de stilte: یک خط ناشناس.

## Human trafficking

org-comensha-about =
    سازمان { -org-comensha } مرکز ملی مبارزه با قاچاق انسان است.
    قربانیان، و هر کسی که درباره قاچاق انسان سؤال دارد، می‌توانند به خط کمک آن زنگ بزنند.
phone-comensha-helpdesk = خط کمک ملی درباره قاچاق انسان، برای قربانیان و هر کسی که سؤال دارد.

org-arbeidsinspectie-about =
    می‌توانید بهره‌کشی کاری را به بازرسی کار هالند ({ -org-arbeidsinspectie }) گزارش دهید.
    مثلاً وقتی کارفرما شما را مجبور به کار می‌کند یا اسنادتان را می‌گیرد.
phone-arbeidsinspectie-report = گزارش بهره‌کشی کاری.
phone-arbeidsinspectie-abroad = گزارش بهره‌کشی کاری، وقتی از خارج از هالند زنگ می‌زنید.

## Children

# Variables:
#   $minor-age (Number) - from data/facts.yaml
org-nidos-about =
    سازمان { -org-nidos } سرپرست (ولی) اطفال زیر { $minor-age } سال است که بدون پدر و مادر به هالند آمده‌اند.
    سرپرست شما به شما کمک می‌کند و مراقب منافع شماست.
phone-nidos-head-office = دفتر مرکزی { -org-nidos } در Utrecht.

org-kindertelefoon-about =
    خط { -org-kindertelefoon } برای اطفال و نوجوانان است.
    می‌توانید درباره هر چیزی زنگ بزنید یا چت کنید. رایگان است و لازم نیست نامتان را بگویید.
phone-kindertelefoon = برای اطفال و نوجوانان. رایگان و بدون گفتن نام.

## Education and work

# Variables:
#   $uaf-school-years (Number) - years of school UAF asks for, from data/facts.yaml
org-uaf-about =
    سازمان { -org-uaf } به پناهندگان و پناهجویانی که می‌خواهند در انستیتوت یا پوهنتون درس بخوانند کمک می‌کند: با پول برای تحصیل، راهنمایی و کمک برای پیدا کردن کار.
    شما به { $uaf-school-years } سال سابقه مکتب و آشنایی کافی با زبان هالندی، انگلیسی، فرانسوی یا آلمانی نیاز دارید.

org-lowan-about =
    سازمان { -org-lowan } از مکاتبی حمایت می‌کند که به اطفال تازه‌وارد در هالند درس می‌دهند، مثل صنف‌های آمادگی بین‌المللی (ISK).
    این یک خط کمک نیست. درباره جا در مکتب از { -org-coa } یا مکتب‌تان بپرسید.

## LGBTIQ+

org-lgbt-asylum-support-about =
    سازمان { -org-lgbt-asylum-support } یک سازمان هالندی است که به پناهجویان LGBTI کمک می‌کند.

org-secret-garden-about =
    سازمان { -org-secret-garden } در Amsterdam به افراد LGBT با سابقه مهاجرت، از جمله پناهجویان، حمایت اجتماعی، حقوقی و روانی می‌دهد.
    برای اینکه بدانید چطور با آن‌ها تماس بگیرید، ویب‌سایت‌شان را ببینید.

org-coc-cocktail-about =
    برنامه { -org-coc-cocktail } از طرف COC Haaglanden، برای پناهجویان LGBTIQ+ است.
    یک طرح همراه (buddy) در منطقه لاهه (Den Haag) و یک ویب‌سایت معلوماتی دارد.

## Going back

org-iom-about =
    سازمان { -org-iom } به کسانی کمک می‌کند که می‌خواهند داوطلبانه به کشورشان برگردند: در سفر، اسناد سفر و حمایت برای شروع دوباره زندگی در آنجا.
    مشاوران بازگشت آن به زبان‌های زیادی صحبت می‌کنند و از ترجمان هم استفاده می‌شود.
phone-iom-return = سازمان { -org-iom }، برای سؤال درباره بازگشت داوطلبانه.

org-dtv-about =
    بعد از رد شدن درخواست، { -org-dtv } (اداره بازگشت و خروج) با شما درباره ترک هالند صحبت می‌کند.
    برای این گفتگوها ترجمان دارید. { -org-dtv } با { -org-iom } و { -org-vluchtelingenwerk } همکاری می‌کند.

## Donations

org-stichting-vluchteling-about =
    بنیاد { -org-stichting-vluchteling } برای کمک‌های بشردوستانه به پناهندگان در کشورهای دیگر پول جمع می‌کند.
    این بنیاد به پناهجویان در هالند کمک یا خدمات نمی‌دهد.
phone-stichting-vluchteling-office = دفتر { -org-stichting-vluchteling }. خط کمک برای پناهجویان نیست.

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
-org-emergency-services = نمبر عاجل
# Variables:
#   $emergency-number (String) - the emergency number, from data
org-emergency-services-name = { -org-emergency-services } { $emergency-number }

-org-politie = Politie
-org-politie-what = پولیس
org-politie-name = { -org-politie } ({ -org-politie-what })

-org-ministry = Ministerie van Asiel en Migratie
-org-ministry-what = وزارت پناهندگی و مهاجرت
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
-org-unhcr-what = کمیشنری عالی پناهندگان
org-unhcr-name = { -org-unhcr } ({ -org-unhcr-what })

-org-stichting-vluchteling = Stichting Vluchteling
org-stichting-vluchteling-name = { -org-stichting-vluchteling }

-org-iom = IOM
-org-iom-what = سازمان بین‌المللی مهاجرت
org-iom-name = { -org-iom } ({ -org-iom-what })

-org-dtv = DT&V
org-dtv-name = { -org-dtv }

-org-raad-voor-rechtsbijstand = Raad voor Rechtsbijstand
-org-raad-voor-rechtsbijstand-what = شورای کمک حقوقی
org-raad-voor-rechtsbijstand-name = { -org-raad-voor-rechtsbijstand } ({ -org-raad-voor-rechtsbijstand-what })

-org-juridisch-loket = Het Juridisch Loket
-org-juridisch-loket-what = مشاوره حقوقی
org-juridisch-loket-name = { -org-juridisch-loket } ({ -org-juridisch-loket-what })

-org-wereldhuis-amsterdam = Wereldhuis Amsterdam
org-wereldhuis-amsterdam-name = { -org-wereldhuis-amsterdam }

-org-rode-kruis = Rode Kruis
-org-rode-kruis-what = صلیب سرخ
org-rode-kruis-name = { -org-rode-kruis } ({ -org-rode-kruis-what })

-org-veilig-thuis = Veilig Thuis
org-veilig-thuis-name = { -org-veilig-thuis }

-org-centrum-seksueel-geweld = Centrum Seksueel Geweld
org-centrum-seksueel-geweld-name = { -org-centrum-seksueel-geweld }

-org-fier = Fier
org-fier-name = { -org-fier }

-org-slachtofferhulp = Slachtofferhulp Nederland
-org-slachtofferhulp-what = کمک به قربانیان
org-slachtofferhulp-name = { -org-slachtofferhulp } ({ -org-slachtofferhulp-what })

-org-comensha = CoMensha
org-comensha-name = { -org-comensha }

-org-arbeidsinspectie = Nederlandse Arbeidsinspectie
-org-arbeidsinspectie-what = بازرسی کار
org-arbeidsinspectie-name = { -org-arbeidsinspectie } ({ -org-arbeidsinspectie-what })

-org-nidos = Nidos
org-nidos-name = { -org-nidos }

-org-kindertelefoon = De Kindertelefoon
-org-kindertelefoon-what = تیلفون اطفال
org-kindertelefoon-name = { -org-kindertelefoon } ({ -org-kindertelefoon-what })

# Its short number, from data, comes before the name.
-org-113-zelfmoordpreventie = Zelfmoordpreventie
-org-113-zelfmoordpreventie-what = جلوگیری از خودکشی
# Variables:
#   $suicide-short-number (String) - 113's short number, from data
org-113-zelfmoordpreventie-name = { $suicide-short-number } { -org-113-zelfmoordpreventie } ({ -org-113-zelfmoordpreventie-what })

-org-dokters-van-de-wereld = Dokters van de Wereld
-org-dokters-van-de-wereld-what = داکتران جهان
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

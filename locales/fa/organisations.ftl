## Organisations — data/organisations.yaml

# Each organisation has org-<id>-about: what it does for you.
# Phone label messages (phone-<org>-<what>) say who a line is for, what it
# costs and whether you can stay anonymous. Numbers and hours come from data.

## Emergency and police

org-emergency-services-about =
    شماره پلیس، آمبولانس یا آتش‌نشانی، وقتی خطر جدی و فوری هست.
    رایگان است و شب و روز کار می‌کند.
phone-emergency-services-112 = شماره اضطراری برای پلیس، آمبولانس و آتش‌نشانی. رایگان، شب و روز. فقط برای خطر فوری.

org-politie-about =
    پلیس هلند. اگر خطر فوری نیست و می‌خواهید جرم یا قاچاق انسان را گزارش کنید، به خط غیراضطراری پلیس زنگ بزنید.
    پلیس یک شبکه برای افراد LGBTQ+ هم دارد به نام Roze in Blauw.
phone-politie-non-emergency = پلیس، وقتی اضطراری نیست: برای گزارش جرم یا قاچاق انسان.

## Government and asylum procedure

org-ministry-about =
    این وزارت مسئول سیاست پناهندگی و مهاجرت است. IND زیر نظر این وزارت است.
phone-rijksoverheid-1400 = خط Informatie Rijksoverheid، خط عمومی دولت (نه برای پرونده پناهندگی شما). هزینه تماس معمولی.
phone-rijksoverheid-abroad = همین خط، از خارج از هلند.

org-coa-about =
    سازمان COA مراکز پذیرش (کمپ‌ها) را اداره می‌کند. در طول روند پناهندگی به شما جای زندگی، پول هفتگی و حمایت می‌دهد.
    اگر سؤال دارید، به میز اطلاعات مرکز خود بروید یا در MyCOA نگاه کنید که به زبان‌های زیادی هست.
phone-coa-ter-apel-professionals = فقط برای متخصصان: COA در Ter Apel، سؤال درباره یک ساکن مرکز. سؤال درباره روند پناهندگی را از IND بپرسید.
phone-coa-legal-helpdesk = فقط برای متخصصان: بخش پشتیبانی امور حقوقی COA.
phone-coa-rvb-helpdesk = فقط برای متخصصان: سؤال درباره مقررات Rvb.

org-ind-about =
    اداره IND درباره درخواست پناهندگی شما تصمیم می‌گیرد. مصاحبه‌های شما را هم انجام می‌دهد.
    برای سؤال درباره درخواستتان می‌توانید به IND زنگ بزنید.
phone-ind-general = سؤال درباره درخواست شما. هزینه تماس معمولی.
phone-ind-abroad = اداره IND، وقتی از خارج از هلند زنگ می‌زنید.
phone-ind-fax-default = شماره فکس، برای تماس تلفنی نیست. فقط برای فرم اخطار تأخیر، وقتی IND در تصمیم درباره پناهندگی شما دیر کرده است. اول از وکیلتان بپرسید.

link-vluchtelingenwerk-volunteer = داوطلب شدن در VluchtelingenWerk
org-vluchtelingenwerk-about =
    سازمان VluchtelingenWerk رایگان به پناهجویان کمک می‌کند و در هر azc نیرو دارد.
    آن‌ها روند پناهندگی را توضیح می‌دهند، می‌توانند با شما به مصاحبه‌های IND بیایند، و در الحاق خانواده کمک می‌کنند.
    در محل زندگی‌تان بپرسید ساعت‌های مشاوره حضوری آن‌ها (spreekuur) کی است.

org-refugeehelp-about =
    سایت RefugeeHelp متعلق به VluchtelingenWerk است. روند پناهندگی و زندگی در هلند را با کلمه‌های ساده، به زبان‌های زیادی، از جمله اوکراینی، توضیح می‌دهد.

org-unhcr-about =
    سازمان UNHCR آژانس پناهندگان سازمان ملل متحد است.
    دفتر UNHCR در هلند به افراد به‌طور جداگانه کمک نمی‌کند. برای روند پناهندگی شما را به RefugeeHelp راهنمایی می‌کند.

## Health

# Variables:
#   $emergency-number (String) - the emergency number, from data
org-gza-about =
    جان کسی در خطر است؟ با { $emergency-number } تماس بگیرید.
    مرکز GZA مطب دکتر برای افرادی است که در مراکز پذیرش پناهجویان زندگی می‌کنند. وقتی بیمار هستید یا سؤال پزشکی دارید، به Praktijklijn زنگ بزنید. مترجم هم هست.
# Variables:
#   $gza-urgent-option (Number) - the menu option for urgent medical problems, from data/facts.yaml
phone-gza-medical = خط GZA Praktijklijn برای مشکلات پزشکی، شب و روز. برای مشکل پزشکی فوری، عدد { $gza-urgent-option } را بزنید.
phone-gza-questions = همین خط برای سؤال‌های دیگر، در ساعت اداری.

org-113-zelfmoordpreventie-about =
    برای وقتی که به پایان دادن به زندگی خود فکر می‌کنید، یا نگران کسی هستید که به این فکر می‌کند.
    می‌توانید زنگ بزنید یا چت کنید؛ رایگان و بدون گفتن نام، شب و روز.
phone-113-short = رایگان و بدون گفتن نام، شب و روز.
phone-113-free = این هم رایگان و بدون گفتن نام، شب و روز.

org-dokters-van-de-wereld-about =
    سازمان Dokters van de Wereld در سؤال‌های پزشکی کمک می‌کند، درباره خشونت جنسی هم، و راه استفاده از خدمات درمانی هلند را به شما نشان می‌دهد.
    رایگان است و میانجی‌های فرهنگی به زبان خودتان کمکتان می‌کنند. آن‌ها در Amsterdam، Nijmegen و Utrecht هستند.
phone-dokters-van-de-wereld = سؤال‌های پزشکی و کمک برای خدمات درمانی هلند. رایگان.

org-zanzu-about =
    سایت Zanzu اطلاعات روشن درباره سلامت جنسی دارد، به زبان‌های زیادی.

## Legal help

org-raad-voor-rechtsbijstand-about =
    شورای کمک حقوقی (Raad voor Rechtsbijstand) وکیل رایگان پناهندگی شما را تعیین می‌کند. خودبه‌خود یک وکیل می‌گیرید.
    این شورا در مراکز ثبت درخواست میز دارد.

org-juridisch-loket-about =
    دفتر Het Juridisch Loket مشاوره حقوقی اولیه می‌دهد.
    مشاوره حضوری در شعبه‌ها رایگان است. قبل از رفتن، ساعت کار شعبه را نگاه کنید.
phone-juridisch-loket-advice = مشاوره حقوقی تلفنی. این خط برای هر دقیقه پول می‌گیرد. نمی‌توانید مستقیم به شعبه‌ها زنگ بزنید.

org-wereldhuis-amsterdam-about =
    مرکز Wereldhuis در Amsterdam به افراد بدون مدرک اقامت، بعدازظهرهای پنجشنبه با وقت قبلی، مشاوره حقوقی رایگان می‌دهد.

## Family

# Variables:
#   $tracing-months-min (Number), $tracing-months-max (Number) - how long a search usually takes, from data/facts.yaml
org-rode-kruis-about =
    صلیب سرخ (Rode Kruis) کمک می‌کند اعضای خانواده‌ای را که ارتباطتان با آن‌ها قطع شده است پیدا کنید.
    رایگان است. جستجو معمولاً { $tracing-months-min } تا { $tracing-months-max } ماه طول می‌کشد.

## Violence and abuse

org-veilig-thuis-about =
    سازمان Veilig Thuis درباره خشونت خانگی و کودک‌آزاری مشاوره و کمک می‌دهد.
    می‌توانید زنگ بزنید یا چت کنید. رایگان است و لازم نیست نامتان را بگویید.
phone-veilig-thuis = رایگان و بدون گفتن نام، شب و روز. نام شهرتان را بگویید تا به دفتر نزدیک شما وصل شوید.

# Variables:
#   $sexual-violence-best-within-days (Number) - from data/facts.yaml
org-centrum-seksueel-geweld-about =
    مرکز Centrum Seksueel Geweld بعد از تجاوز یا حمله جنسی کمک می‌کند: کمک پزشکی، پزشکی قانونی و روانی.
    رایگان است، شب و روز. هر چه زودتر تماس بگیرید، بهتر است ظرف { $sexual-violence-best-within-days } روز.
phone-centrum-seksueel-geweld = رایگان، شب و روز. بعد از حمله هر چه زودتر زنگ بزنید.

org-fier-about =
    سازمان Fier به کسانی کمک می‌کند که از طرف کسی که به او وابسته‌اند خشونت می‌بینند، و به قربانیان قاچاق انسان.
    می‌توانید بدون گفتن نام با Fier چت کنید.

org-slachtofferhulp-about =
    سازمان Slachtofferhulp Nederland از قربانیان جرم، تصادف و حادثه‌های بزرگ حمایت می‌کند.
    یک خط ناشناس هم دارد به نام Verbreek de stilte.
phone-slachtofferhulp-general = برای قربانیان جرم، تصادف و حادثه‌های بزرگ. هزینه تماس محلی معمولی. در شرایط بحرانی، بیرون از ساعت اداری هم.
phone-slachtofferhulp-verbreek-de-stilte = خط Verbreek de stilte: یک خط ناشناس.

## Human trafficking

org-comensha-about =
    سازمان CoMensha مرکز ملی مبارزه با قاچاق انسان است.
    قربانیان، و هر کسی که درباره قاچاق انسان سؤال دارد، می‌توانند به خط کمک آن زنگ بزنند.
phone-comensha-helpdesk = خط کمک ملی درباره قاچاق انسان، برای قربانیان و هر کسی که سؤال دارد.

org-arbeidsinspectie-about =
    می‌توانید بهره‌کشی کاری را به بازرسی کار هلند (Nederlandse Arbeidsinspectie) گزارش دهید.
    مثلاً وقتی کارفرما شما را مجبور به کار می‌کند یا مدارکتان را می‌گیرد.
phone-arbeidsinspectie-report = گزارش بهره‌کشی کاری.
phone-arbeidsinspectie-abroad = گزارش بهره‌کشی کاری، وقتی از خارج از هلند زنگ می‌زنید.

## Children

# Variables:
#   $minor-age (Number) - from data/facts.yaml
org-nidos-about =
    سازمان Nidos سرپرست (قیم) کودکان زیر { $minor-age } سالی است که بدون پدر و مادر به هلند آمده‌اند.
    سرپرست شما به شما کمک می‌کند و مراقب منافع شماست.
phone-nidos-head-office = دفتر مرکزی Nidos در Utrecht.

org-kindertelefoon-about =
    خط De Kindertelefoon برای کودکان و نوجوانان است.
    می‌توانید درباره هر چیزی زنگ بزنید یا چت کنید. رایگان است و لازم نیست نامتان را بگویید.
phone-kindertelefoon = برای کودکان و نوجوانان. رایگان و بدون گفتن نام.

## Education and work

# Variables:
#   $uaf-school-years (Number) - years of school UAF asks for, from data/facts.yaml
org-uaf-about =
    سازمان UAF به پناهندگان و پناهجویانی که می‌خواهند در دانشکده یا دانشگاه درس بخوانند کمک می‌کند: با پول برای تحصیل، راهنمایی و کمک برای پیدا کردن کار.
    شما به { $uaf-school-years } سال سابقه مدرسه و آشنایی کافی با زبان هلندی، انگلیسی، فرانسوی یا آلمانی نیاز دارید.

org-lowan-about =
    سازمان LOWAN از مدرسه‌هایی حمایت می‌کند که به بچه‌های تازه‌وارد در هلند درس می‌دهند، مثل کلاس‌های آمادگی بین‌المللی (ISK).
    این یک خط کمک نیست. درباره جا در مدرسه از COA یا مدرسه‌تان بپرسید.

## LGBTIQ+

org-lgbt-asylum-support-about =
    سازمان LGBT Asylum Support یک سازمان هلندی است که به پناهجویان LGBTI کمک می‌کند.

org-secret-garden-about =
    سازمان Secret Garden در Amsterdam به افراد LGBT با پیشینه مهاجرت، از جمله پناهجویان، حمایت اجتماعی، حقوقی و روانی می‌دهد.
    برای اینکه بدانید چطور با آن‌ها تماس بگیرید، به سایتشان نگاه کنید.

org-coc-cocktail-about =
    برنامه Cocktail از طرف COC Haaglanden، برای پناهجویان LGBTIQ+ است.
    یک طرح همراه (buddy) در منطقه لاهه (Den Haag) و یک سایت اطلاعاتی دارد.

## Going back

org-iom-about =
    سازمان IOM به کسانی کمک می‌کند که می‌خواهند داوطلبانه به کشورشان برگردند: در سفر، مدارک سفر و حمایت برای شروع دوباره زندگی در آنجا.
    مشاوران بازگشت آن به زبان‌های زیادی صحبت می‌کنند و از مترجم هم استفاده می‌شود.
phone-iom-return = سازمان IOM، برای سؤال درباره بازگشت داوطلبانه.

org-dtv-about =
    بعد از رد شدن درخواست، DT&V (اداره بازگشت و خروج) با شما درباره ترک هلند صحبت می‌کند.
    برای این گفتگوها مترجم دارید. DT&V با IOM و VluchtelingenWerk همکاری می‌کند.

## Donations

org-stichting-vluchteling-about =
    بنیاد Stichting Vluchteling برای کمک‌های بشردوستانه به پناهندگان در کشورهای دیگر پول جمع می‌کند.
    این بنیاد به پناهجویان در هلند کمک یا خدمات نمی‌دهد.
phone-stichting-vluchteling-office = دفتر Stichting Vluchteling. خط کمک برای پناهجویان نیست.

## Names as readers see them: on the card and on buttons
# org-<id>-name: the organisation's name for a reader of this language. Keep the Dutch
# proper name where the organisation has no name in the language, and add once, in
# brackets, what it is when the name alone does not say it. Never double a name.
# Variables:
#   $emergency-number (String) - the emergency number, from data
org-emergency-services-name = شماره اضطراری { $emergency-number }
org-politie-name = Politie (پلیس)
org-ministry-name = Ministerie van Asiel en Migratie (وزارت پناهندگی و مهاجرت)
org-coa-name = COA
org-ind-name = IND
org-gza-name = GZA
org-vluchtelingenwerk-name = VluchtelingenWerk
org-refugeehelp-name = RefugeeHelp
org-unhcr-name = UNHCR (کمیساریای عالی پناهندگان)
org-stichting-vluchteling-name = Stichting Vluchteling
org-iom-name = IOM (سازمان بین‌المللی مهاجرت)
org-dtv-name = DT&V
org-raad-voor-rechtsbijstand-name = Raad voor Rechtsbijstand (شورای کمک حقوقی)
org-juridisch-loket-name = Het Juridisch Loket (مشاوره حقوقی)
org-wereldhuis-amsterdam-name = Wereldhuis Amsterdam
org-rode-kruis-name = Rode Kruis (صلیب سرخ)
org-veilig-thuis-name = Veilig Thuis
org-centrum-seksueel-geweld-name = Centrum Seksueel Geweld
org-fier-name = Fier
org-slachtofferhulp-name = Slachtofferhulp Nederland (کمک به قربانیان)
org-comensha-name = CoMensha
org-arbeidsinspectie-name = Nederlandse Arbeidsinspectie (بازرسی کار)
org-nidos-name = Nidos
org-kindertelefoon-name = De Kindertelefoon (تلفن کودکان)
# Variables:
#   $suicide-short-number (String) - 113's short number, from data
org-113-zelfmoordpreventie-name = { $suicide-short-number } Zelfmoordpreventie (پیشگیری از خودکشی)
org-dokters-van-de-wereld-name = Dokters van de Wereld (پزشکان جهان)
org-zanzu-name = Zanzu
org-uaf-name = UAF
org-lowan-name = LOWAN
org-lgbt-asylum-support-name = LGBT Asylum Support
org-secret-garden-name = Secret Garden
org-coc-cocktail-name = Cocktail (COC Haaglanden)

## Asylum phases — data/phases.yaml

## Phase: registration

phase-registration = ثبت‌نام

# Variables:
#   $days (String) - how many days you stay in the col, e.g. "3-10", from data/phases.yaml
phase-registration-now =
    شما خودتان را به مرکز ثبت درخواست در Ter Apel معرفی می‌کنید. اگر با طیاره آمده‌اید، در میدان هوایی Schiphol خودتان را معرفی می‌کنید.
    معمولاً { $days } روز در مرکز پذیرش مرکزی (col) می‌مانید.
    آنجا GZA شما را معاینه صحی می‌کند و GGD معاینه توبرکلوز (TB) می‌گیرد.
    در مصاحبه ثبت‌نام درباره هویت، ملیت، مسیر سفر و فامیل‌تان از شما سؤال می‌کنند. در این مرحله هنوز وکیل ندارید.

phase-registration-coa =
    سازمان COA به شما جای خواب، غذا و لوازم حفظ‌الصحه می‌دهد.
    سازمان COA همچنین بررسی می‌کند چه کسی به توجه یا حمایت ویژه نیاز دارد، مثلاً به خاطر مشکل صحی یا نشانه‌های قاچاق انسان.
    اگر احساس ناامنی می‌کنید یا صحت‌تان خوب نیست، به کارمندان COA بگویید.

phase-registration-help =
    در طول روند پناهندگی، GZA داکتر شماست.
    اگر زیر 18 سال هستید و بدون پدر و مادر آمده‌اید، Nidos برای شما یک سرپرست (ولی) تعیین می‌کند.
    شورای کمک حقوقی (Raad voor Rechtsbijstand) در مرکز ثبت درخواست میز دارد و برای شما وکیل رایگان می‌گیرد.

phase-registration-next =
    مرحله بعد، دوره استراحت و آمادگی است. شما به یک مرکز پذیرش روند (pol) نزدیک یک دفتر IND می‌روید.
    اگر از کشوری می‌آیید که امن حساب می‌شود، ممکن است همه روند پناهندگی شما در همان col انجام شود.

## Phase: rest-and-preparation

phase-rest-and-preparation = استراحت و آمادگی

# Variables:
#   $rest-days (String) - minimum length of the rest and preparation period, e.g. "6", from data/phases.yaml
phase-rest-and-preparation-now =
    شما دست‌کم { $rest-days } روز در یک مرکز پذیرش روند (pol) می‌مانید.
    این زمان برای استراحت و آماده شدن برای مصاحبه‌های پناهندگی است.
    وکیلتان شما را می‌بیند تا با هم آماده شوید، و VluchtelingenWerk توضیح می‌دهد روند چطور پیش می‌رود.

# Variables:
#   $allowance (String) - weekly living allowance, e.g. "€14.47", from data/phases.yaml
phase-rest-and-preparation-coa =
    سازمان COA به شما جای زندگی و معمولاً پول خوراک می‌دهد تا خودتان پخت و پز کنید.
    یک پول هفته‌وار برای زندگی هم می‌گیرید به مبلغ { $allowance } (این مبلغ ممکن است تغییر کند).
    سازمان COA مصرف ترانسپورت عامه برای رفتن پیش وکیلتان را می‌دهد.
    اگر احتمال دارد اقامت بگیرید، می‌توانید از همین‌جا کورس زبان هالندی را شروع کنید.

phase-rest-and-preparation-help =
    وکیل شما رایگان است؛ شورای کمک حقوقی برایتان وکیل تعیین می‌کند.
    سازمان VluchtelingenWerk روند را توضیح می‌دهد و می‌تواند در آماده شدن کمکتان کند.
    مرکز GZA خدمات صحی می‌دهد. هر مشکل صحی دارید، به آن‌ها بگویید.
    اگر زیر 18 سال هستید و بدون پدر و مادر آمده‌اید، سرپرست شما از Nidos کمکتان می‌کند.

phase-rest-and-preparation-next =
    بعد از دوره استراحت و آمادگی، روند عمومی پناهندگی شروع می‌شود.
    اداره IND با شما مصاحبه می‌کند و بعد درباره درخواستتان تصمیم می‌گیرد.

## Phase: general-procedure

phase-general-procedure = روند عمومی پناهندگی

# Variables:
#   $decision-days (String) - working days for a decision in the general procedure, e.g. "6", from data/phases.yaml
#   $decision-days-max (String) - longest general procedure in days, e.g. "9", from data/phases.yaml
phase-general-procedure-now =
    اداره IND با شما مصاحبه می‌کند. مصاحبه اول درباره هویت و مسیر سفر شماست.
    مصاحبه دوم مفصل است و درباره دلایل شما برای درخواست پناهندگی است.
    اداره IND معمولاً در مدت { $decision-days } روز کاری تصمیم می‌گیرد، گاهی تا { $decision-days-max } روز.
    اگر این زمان کافی نباشد، درخواست شما به روند تمدیدشده (VA) می‌رود.

phase-general-procedure-coa =
    شما همچنان در مرکز پذیرش روند (pol) زندگی می‌کنید.
    سازمان COA همان حمایت قبلی را به شما می‌دهد: جای زندگی، پول خوراک، پول هفته‌وار و خدمات صحی از طریق GZA.

# Variables:
#   $reply-days (String) - days your lawyer has to answer an intention to reject in the general procedure, e.g. "1", from data/phases.yaml
phase-general-procedure-help =
    وکیلتان با شما برای مصاحبه‌ها آماده می‌شود.
    اگر IND بخواهد درخواست شما را رد کند، اول یک «قصد رد» (نامه پیش از رد) می‌فرستد. در روند عمومی، وکیل شما { $reply-days } روز وقت دارد که کتبی به آن جواب بدهد.
    سازمان VluchtelingenWerk هم از شما حمایت می‌کند؛ گاهی یک داوطلب می‌تواند با شما به مصاحبه بیاید.

# Variables:
#   $work-months (String) - months an application must be pending before you may work, e.g. "6", from data/phases.yaml
phase-general-procedure-next =
    بعد از آن، تصمیم IND را می‌گیرید: اقامت یا رد.
    روند تمدیدشده بیشتر طول می‌کشد. وکیلتان یا VluchtelingenWerk می‌توانند مهلت شما را بگویند.
    وقتی درخواست شما { $work-months } ماه در جریان بوده باشد، اجازه دارید کار کنید. در آن صورت کارفرمای شما برای شما جواز کار لازم دارد.

## Phase: decision-granted

phase-decision-granted = تصمیم: اقامت داده شد

# Variables:
#   $permit-years (String) - validity of the asylum permit in years, e.g. "5", from data/phases.yaml
phase-decision-granted-now =
    اداره IND به شما اجازه اقامت پناهندگی داده است.
    این اقامت { $permit-years } سال اعتبار دارد، از تاریخی که درخواست دادید. بعد از آن می‌توانید برای اقامت دایمی درخواست بدهید.
    شما اجازه دارید کار کنید.

phase-decision-granted-coa =
    سازمان COA فعلاً همچنان به شما جا و حمایت می‌دهد.
    سازمان COA یک برنامه دارد که شما را برای هم‌گرایی (inburgering) آماده می‌کند: یاد گرفتن زبان هالندی و آشنایی با زندگی در هالند.

phase-decision-granted-help =
    سازمان VluchtelingenWerk در یکجا شدن فامیل و شروع زندگی در اینجا به شما کمک می‌کند.
    اگر ارتباطتان با اعضای فامیل قطع شده است، صلیب سرخ می‌تواند در پیدا کردن آن‌ها کمکتان کند.

# Variables:
#   $reunification-months (String) - months after the permit to apply for family reunification, e.g. "3", from data/phases.yaml
phase-decision-granted-next =
    مرحله بعد، هم‌گرایی (inburgering) است.
    اگر می‌خواهید اعضای فامیل‌تان پیش شما بیایند، تا { $reunification-months } ماه بعد از گرفتن اقامت درخواست بدهید. در این صورت قوانین آسان‌تر است، مثلاً شرط درآمد ندارد.
    به‌موقع از VluchtelingenWerk کمک بخواهید.

## Phase: decision-rejected

phase-decision-rejected = تصمیم: رد شد

# Variables:
#   $appeal-weeks-short (String) - short appeal deadline in weeks, e.g. "1", from data/phases.yaml
#   $appeal-weeks (String) - normal appeal deadline in weeks, e.g. "4", from data/phases.yaml
phase-decision-rejected-now =
    اداره IND درخواست شما را رد کرده است. می‌توانید در محکمه اعتراض (استیناف) کنید.
    مهلت کوتاه است: { $appeal-weeks-short } هفته برای تصمیمی در روند عمومی، یا تصمیمی که می‌گوید درخواست شما آشکارا بی‌پایه یا غیرقابل‌قبول است، و { $appeal-weeks } هفته در موارد دیگر.
    همین امروز با وکیلتان صحبت کنید. اعتراض برای شما هیچ مصرفی ندارد.

phase-decision-rejected-coa =
    سازمان COA فعلاً همچنان به شما جا می‌دهد.
    سازمان COA برای اشخاص بالغی که درخواستشان رد شده است، یک کورس آموزشی درباره آینده‌شان دارد.

phase-decision-rejected-help =
    وکیلتان می‌تواند برای شما اعتراض کند.
    اداره DT&V با حضور ترجمان درباره خروج با شما گفتگو می‌کند.
    اگر تصمیم بگیرید برگردید، IOM می‌تواند در بازگشت داوطلبانه از شما حمایت کند.
    سازمان VluchtelingenWerk هم می‌تواند راهنمایی‌تان کند.

phase-decision-rejected-next =
    تا وقتی اعتراض شما در جریان است، معمولاً می‌توانید در هالند بمانید. استثناهایی هم هست؛ وکیلتان می‌داند آیا این استثنا شامل شما می‌شود، و در آن صورت می‌تواند از محکمه بخواهد اجازه دهد بمانید.
    اعتراض بعدی به شورای دولتی (Raad van State) به شما اجازه نمی‌دهد تا وقتی در جریان است بمانید.

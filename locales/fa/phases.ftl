## Steps of the asylum procedure — data/phases.yaml
# Numbers come from data/facts.yaml as variables; never type a number here.
# Words printed on IND letters (beschikking, voornemen, zienswijze) stay in Dutch,
# so people can recognise them on their papers.

# Variables:
#   $checked (String) - the day these facts were last compared with their sources, written out
phase-checked = آخرین بررسی: { $checked }. قانون‌ها ممکن است تغییر کنند؛ وکیلتان پرونده شما را می‌شناسد.

## Since 12 June 2026: arrival and the first checks

phase-registration = ورود و بررسی‌های اولیه
phase-registration-now =
    در مرکز ثبت درخواست در Ter Apel خودتان را معرفی می‌کنید. اگر با هواپیما یا کشتی از بیرون منطقه Schengen آمده‌اید، در Schiphol.
    اداره { -org-ind } هویت شما را بررسی می‌کند و بررسی امنیتی و معاینه پزشکی انجام می‌دهد. همچنین می‌بیند آیا به مراقبت بیشتری نیاز دارید.
# Variables:
#   $minor-age (Number) - under this age you are a child, from data/facts.yaml
phase-registration-help =
    اطلاعاتتان را خودتان در یک سامانه اینترنتی وارد می‌کنید. در صورت نیاز، کارکنان { -org-ind } کمکتان می‌کنند.
    زیر { $minor-age } سال هستید و بدون پدر و مادر اینجا هستید؟ سازمان { -org-nidos } برای شما یک سرپرست (قیم) تعیین می‌کند.
# Variables:
#   $screening-days-inland (Number) - longest first checks inside the country, from data/facts.yaml
phase-registration-next =
    این بررسی‌ها حداکثر { $screening-days-inland } روز طول می‌کشد. بعد { -org-ind } روند شما را انتخاب می‌کند.

## Since 12 June 2026: the procedures

phase-pact-standard = روند استاندارد
phase-pact-standard-now =
    اداره { -org-ind } بررسی می‌کند که آیا شما به حمایت نیاز دارید. اول به شما توضیح داده می‌شود.
    بعد یک مصاحبه دارید. در آن توضیح می‌دهید چرا پناهندگی می‌خواهید.
phase-pact-standard-help =
    مصاحبه را همراه با وکیلتان آماده می‌کنید.
    اگر بخواهید، حق مشاوره حقوقی رایگان هم دارید. { -org-vluchtelingenwerk } می‌تواند بگوید آن را کجا بگیرید.
# Variables:
#   $decision-months-standard (Number) - months the IND has to decide, from data/facts.yaml
phase-pact-standard-next =
    اداره { -org-ind } باید ظرف { $decision-months-standard } ماه تصمیم بگیرد. بعد تصمیم آن را در یک نامه دریافت می‌کنید.

phase-pact-accelerated = روند سریع
phase-pact-accelerated-now =
    این روند کوتاه‌تر است. معمولاً در این روند هم با { -org-ind } مصاحبه دارید و دلایلتان را توضیح می‌دهید.
phase-pact-accelerated-help =
    از { -org-vluchtelingenwerk } بخواهید در آماده شدن کمکتان کند. هنوز تأیید نشده است که در این روند وکیل می‌گیرید یا نه.
# Variables:
#   $decision-months-accelerated (Number) - months the IND has to decide, from data/facts.yaml
phase-pact-accelerated-next =
    اداره { -org-ind } باید ظرف { $decision-months-accelerated } ماه تصمیم بگیرد. بعد تصمیم آن را در یک نامه دریافت می‌کنید.

phase-pact-responsibility = شاید کشور اروپایی دیگری مسئول باشد
phase-pact-responsibility-now =
    اداره { -org-ind } بررسی می‌کند که آیا کشور دیگری از اتحادیه اروپا باید به درخواست شما رسیدگی کند، مثلاً چون قبلاً آنجا بوده‌اید یا آنجا خانواده دارید. این قانون‌ها جای قانون‌های دوبلین (Dublin) را می‌گیرند.
    اگر کشور دیگری مسئول باشد، ممکن است شما را به آنجا بفرستند.
phase-pact-responsibility-help =
    می‌توانید به تصمیم فرستادن شما به کشور دیگر اعتراض کنید. مهلت روی نامه نوشته شده است و ممکن است خیلی کوتاه باشد. همان روز با وکیلتان یا { -org-vluchtelingenwerk } تماس بگیرید.
phase-pact-responsibility-next =
    اگر هلند به درخواست شما رسیدگی کند، بعد { -org-ind } آن را بررسی می‌کند.

phase-pact-admissibility = روند قابلیت پذیرش
phase-pact-admissibility-now =
    در این روند، { -org-ind } اول تصمیم می‌گیرد که اصلاً درخواست شما را در هلند بررسی می‌کند یا نه.
phase-pact-admissibility-help =
    از وکیلتان یا { -org-vluchtelingenwerk } بپرسید این برای شما چه معنایی دارد.
phase-pact-admissibility-next =
    اداره { -org-ind } تصمیمش را در یک نامه برای شما می‌فرستد.

phase-pact-border = روند مرزی (Schiphol)
# Variables:
#   $screening-days-border (Number) - longest checks at the border, from data/facts.yaml
phase-pact-border-now =
    با هواپیما یا کشتی از بیرون منطقه Schengen آمده‌اید؟ در این صورت ژاندارمری سلطنتی (Marechaussee) شما را در مرز بررسی می‌کند، حداکثر { $screening-days-border } روز.
    بعد ممکن است { -org-ind } به درخواست شما در روند مرزی رسیدگی کند. این روند برای کسانی است که شانس کمی برای گرفتن حمایت دارند، یا خطری برای نظم عمومی به حساب می‌آیند.
phase-pact-border-help =
    ممکن است مجبور شوید در یک مرکز بسته بمانید. وکیل بخواهید، و با { -org-vluchtelingenwerk } تماس بگیرید.
# Variables:
#   $border-procedure-weeks (Number) - longest border procedure, from data/facts.yaml
phase-pact-border-next =
    روند مرزی باید ظرف { $border-procedure-weeks } هفته تمام شود.

## Since 12 June 2026: the decision and after it

phase-pact-decision = تصمیم
phase-pact-decision-now =
    اداره { -org-ind } تصمیمش را در یک نامه می‌فرستد. به هلندی به آن «beschikking» می‌گویند. آن را همراه با وکیلتان یا { -org-vluchtelingenwerk } بخوانید.
# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
phase-pact-decision-help =
    قانون‌های اعتراض در { $pact-start } تغییر کرد. مهلت اعتراض روی نامه نوشته شده است و ممکن است خیلی کوتاه باشد.
    همان روز با وکیلتان یا { -org-vluchtelingenwerk } تماس بگیرید.
phase-pact-decision-next =
    تصمیم { -org-ind } چه بود؟

phase-pact-granted = اقامت داده شد
# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
phase-pact-granted-now =
    اداره { -org-ind } به شما اجازه اقامت پناهندگی داده است. مدت اعتبار آن روی خودش نوشته شده است.
    از { $pact-start } دو نوع اجازه اقامت پناهندگی وجود دارد، و قانون‌های آوردن خانواده تغییر کرده است.
phase-pact-granted-help =
    سازمان { -org-vluchtelingenwerk } در الحاق خانواده و شروع زندگی در اینجا به شما کمک می‌کند. زود از آن‌ها بپرسید.
phase-pact-granted-next =
    سازمان { -org-coa } یک برنامه دارد که شما را برای ادغام مدنی آماده می‌کند: کلاس زبان هلندی و آشنایی با زندگی در هلند.

phase-pact-rejected = درخواست رد شد
phase-pact-rejected-now =
    اداره { -org-ind } درخواست شما را رد کرده است. در تصمیم رد همچنین نوشته شده که باید هلند را ترک کنید (تصمیم بازگشت). می‌توانید در دادگاه به هر دو با هم اعتراض کنید.
phase-pact-rejected-help =
    مهلت روی نامه نوشته شده است و ممکن است خیلی کوتاه باشد. همین امروز با وکیلتان یا { -org-vluchtelingenwerk } صحبت کنید.
    از وکیلتان بپرسید آیا در طول اعتراض می‌توانید در هلند بمانید.
phase-pact-rejected-next =
    طبق قانون‌های جدید هنوز تأیید نشده است که بعد از رد شدن چه مدت می‌توانید در مرکز پذیرش بمانید. از { -org-coa } و وکیلتان بپرسید.
    اداره { -org-dtv } درباره خروج با شما صحبت می‌کند. اگر تصمیم بگیرید برگردید، { -org-iom } می‌تواند کمک کند.

phase-new-application = درخواست جدید
# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
phase-new-application-now =
    درخواست شما به‌طور قطعی رد شده است و از آن زمان چیز مهمی تغییر کرده است؟ در این صورت شاید بتوانید دوباره درخواست بدهید.
    قانون‌های این کار در { $pact-start } تغییر کرد.
phase-new-application-help =
    قبل از اینکه دوباره درخواست بدهید، با یک وکیل یا { -org-vluchtelingenwerk } صحبت کنید.

## Applications made before 12 June 2026: the steps as they were

# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
phase-old-rules-note = این مرحله‌ها مربوط به درخواست‌هایی است که قبل از { $pact-start } داده شده‌اند. هنوز تأیید نشده است که الان کدام قانون‌ها شامل پرونده شما می‌شود.

phase-rest-and-preparation = استراحت و آمادگی
# Variables:
#   $rest-days (Number) - shortest rest and preparation period, from data/facts.yaml
phase-rest-and-preparation-now =
    دست‌کم { $rest-days } روز در یک مرکز پذیرش دوران رسیدگی (pol) می‌مانید. این زمان برای استراحت و برای آماده کردن مصاحبه‌تان همراه با وکیلتان است.
# Variables:
#   $weekly-allowance (String) - weekly living allowance, written out, from data/facts.yaml
phase-rest-and-preparation-help =
    سازمان { -org-coa } به شما جای زندگی، معمولاً پول غذا، و هفته‌ای { $weekly-allowance } برای خرج زندگی می‌دهد (این مبلغ ممکن است تغییر کند).
    سازمان { -org-vluchtelingenwerk } روند را توضیح می‌دهد. مرکز { -org-gza } خدمات پزشکی می‌دهد.
phase-rest-and-preparation-next =
    بعد از این دوره، روند عمومی پناهندگی شروع می‌شود.

phase-general-procedure = روند عمومی پناهندگی
phase-general-procedure-now =
    اداره { -org-ind } مصاحبه مفصل درباره دلایل پناهندگی شما را انجام می‌دهد. وکیلتان شما را برای آن آماده می‌کند.
phase-general-procedure-help =
    اگر { -org-ind } بخواهد درخواست شما را رد کند، اول یک «قصد رد» می‌فرستد (به هلندی: «voornemen»). وکیلتان کتبی به آن جواب می‌دهد (یک «zienswijze»). برای این کار وقت کمی هست.
# Variables:
#   $old-cases-resumed (String) - the day the IND started again with older applications, from data/facts.yaml
phase-general-procedure-next =
    بعد { -org-ind } تصمیم می‌گیرد و یک نامه می‌فرستد (یک «beschikking»). اداره { -org-ind } در { $old-cases-resumed } دوباره رسیدگی به این درخواست‌های قدیمی‌تر را شروع کرد، برای همین خیلی‌ها مدت زیادی منتظر می‌مانند.

phase-decision-granted = تصمیم: اقامت داده شد
phase-decision-granted-now =
    اداره { -org-ind } به شما اجازه اقامت پناهندگی داده است. مدت اعتبار آن روی خودش نوشته شده است.
# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
phase-decision-granted-help =
    قانون‌های آوردن خانواده در { $pact-start } تغییر کرد، برای درخواست‌های قبلی هم. زود از { -org-vluchtelingenwerk } بپرسید.
    صلیب سرخ می‌تواند اعضای خانواده‌ای را که ارتباطتان با آن‌ها قطع شده است جستجو کند.
phase-decision-granted-next =
    سازمان { -org-coa } یک برنامه دارد که شما را برای ادغام مدنی آماده می‌کند: کلاس زبان هلندی و آشنایی با زندگی در هلند.

phase-decision-rejected = تصمیم: رد شد
phase-decision-rejected-now =
    اداره { -org-ind } درخواست شما را رد کرده است. می‌توانید در دادگاه اعتراض کنید. مهلت روی نامه (همان «beschikking») نوشته شده است و ممکن است خیلی کوتاه باشد.
phase-decision-rejected-help =
    همین امروز با وکیلتان یا { -org-vluchtelingenwerk } صحبت کنید. از وکیلتان بپرسید آیا در طول اعتراض می‌توانید در هلند بمانید.
phase-decision-rejected-next =
    هنوز تأیید نشده است که بعد از رد شدن چه مدت می‌توانید در مرکز پذیرش بمانید. از { -org-coa } و وکیلتان بپرسید.
    اداره { -org-dtv } با حضور مترجم درباره خروج با شما صحبت می‌کند. اگر تصمیم بگیرید برگردید، { -org-iom } می‌تواند کمک کند.

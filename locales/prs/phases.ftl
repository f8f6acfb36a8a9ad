## Steps of the asylum procedure — data/phases.yaml
# Numbers come from data/facts.yaml as variables; never type a number here.
# Words printed on IND letters (beschikking, voornemen, zienswijze) stay in Dutch,
# so people can recognise them on their papers.

# Variables:
#   $checked (String) - the day these facts were last compared with their sources, written out
phase-checked = آخرین بررسی: { $checked }. قوانین می‌توانند تغییر کنند؛ وکیلتان از دوسیه شما خبر دارد.

## Since 12 June 2026: arrival and the first checks

phase-registration = رسیدن و بررسی‌های اول
phase-registration-now =
    در مرکز ثبت درخواست در Ter Apel خودتان را معرفی می‌کنید. اگر با طیاره یا کشتی از بیرون منطقه Schengen می‌آیید، در Schiphol.
    اداره { -org-ind } بررسی می‌کند که شما کی هستید، و بررسی امنیتی و معاینه صحی انجام می‌دهد. همچنین می‌بیند که آیا به مراقبت اضافی ضرورت دارید.
# Variables:
#   $minor-age (Number) - under this age you are a child, from data/facts.yaml
phase-registration-help =
    معلومات خود را خودتان در یک پورتال آنلاین وارد می‌کنید. اگر لازم باشد، کارمندان { -org-ind } کمکتان می‌کنند.
    زیر { $minor-age } سال هستید و بدون پدر و مادر اینجا هستید؟ سازمان { -org-nidos } برای شما یک سرپرست (ولی) تعیین می‌کند.
# Variables:
#   $screening-days-inland (Number) - longest first checks inside the country, from data/facts.yaml
phase-registration-next =
    این بررسی‌ها حداکثر { $screening-days-inland } روز طول می‌کشد. بعد { -org-ind } روند شما را انتخاب می‌کند.

## Since 12 June 2026: the procedures

phase-pact-standard = روند عادی
phase-pact-standard-now =
    اداره { -org-ind } بررسی می‌کند که آیا شما به حمایت ضرورت دارید. اول به شما توضیح داده می‌شود.
    بعد یک مصاحبه دارید. در آن توضیح می‌دهید که چرا پناهندگی می‌خواهید.
phase-pact-standard-help =
    شما همراه با وکیلتان برای مصاحبه آماده می‌شوید.
    اگر بخواهید، حق مشاوره حقوقی رایگان هم دارید. { -org-vluchtelingenwerk } می‌تواند به شما بگوید آن را از کجا بگیرید.
# Variables:
#   $decision-months-standard (Number) - months the IND has to decide, from data/facts.yaml
phase-pact-standard-next =
    اداره { -org-ind } باید در مدت { $decision-months-standard } ماه تصمیم بگیرد. بعد تصمیم آن را در یک نامه دریافت می‌کنید.

phase-pact-accelerated = روند سریع
phase-pact-accelerated-now =
    این روند کوتاه‌تر است. معمولاً در این روند هم با { -org-ind } مصاحبه دارید و در آن دلایل خود را توضیح می‌دهید.
phase-pact-accelerated-help =
    از { -org-vluchtelingenwerk } بخواهید که در آماده شدن کمکتان کند. هنوز تأیید نشده است که در این روند وکیل می‌گیرید یا نه.
# Variables:
#   $decision-months-accelerated (Number) - months the IND has to decide, from data/facts.yaml
phase-pact-accelerated-next =
    اداره { -org-ind } باید در مدت { $decision-months-accelerated } ماه تصمیم بگیرد. بعد تصمیم آن را در یک نامه دریافت می‌کنید.

phase-pact-responsibility = شاید کشور دیگر اروپایی مسئول باشد
phase-pact-responsibility-now =
    اداره { -org-ind } بررسی می‌کند که آیا کشور دیگری از اتحادیه اروپا باید به درخواست شما رسیدگی کند، مثلاً چون قبلاً آنجا بوده‌اید یا آنجا فامیل دارید. این قوانین جای قوانین Dublin را می‌گیرند.
    اگر کشور دیگری مسئول باشد، ممکن است شما را به آنجا بفرستند.
phase-pact-responsibility-help =
    شما می‌توانید علیه تصمیم فرستادن‌تان به کشور دیگر اعتراض کنید. مهلت روی نامه نوشته شده است و می‌تواند خیلی کوتاه باشد. همان روز با وکیلتان یا { -org-vluchtelingenwerk } تماس بگیرید.
phase-pact-responsibility-next =
    اگر هالند به درخواست شما رسیدگی کند، بعد از آن { -org-ind } درخواست شما را بررسی می‌کند.

phase-pact-admissibility = روند بررسی قابل قبول بودن
phase-pact-admissibility-now =
    در این روند، { -org-ind } اول تصمیم می‌گیرد که اصلاً درخواست شما را در هالند بررسی می‌کند یا نه.
phase-pact-admissibility-help =
    از وکیلتان یا { -org-vluchtelingenwerk } بپرسید که این برای شما چه معنایی دارد.
phase-pact-admissibility-next =
    اداره { -org-ind } تصمیم خود را در یک نامه برای شما می‌فرستد.

phase-pact-border = روند سرحدی (Schiphol)
# Variables:
#   $screening-days-border (Number) - longest checks at the border, from data/facts.yaml
phase-pact-border-now =
    با طیاره یا کشتی از بیرون منطقه Schengen آمده‌اید؟ در این صورت Koninklijke Marechaussee (پولیس سرحدی) شما را در سرحد بررسی می‌کند، حداکثر برای { $screening-days-border } روز.
    بعد از آن، ممکن است { -org-ind } درخواست شما را در روند سرحدی بررسی کند. این روند برای کسانی است که شانس کمی برای گرفتن حمایت دارند، یا خطری برای نظم عامه حساب می‌شوند.
phase-pact-border-help =
    ممکن است مجبور شوید در یک مرکز بسته بمانید. وکیل بخواهید، و با { -org-vluchtelingenwerk } تماس بگیرید.
# Variables:
#   $border-procedure-weeks (Number) - longest border procedure, from data/facts.yaml
phase-pact-border-next =
    روند سرحدی باید در مدت { $border-procedure-weeks } هفته تمام شود.

## Since 12 June 2026: the decision and after it

phase-pact-decision = تصمیم
phase-pact-decision-now =
    اداره { -org-ind } تصمیم خود را در یک نامه می‌فرستد. به هالندی به آن «beschikking» می‌گویند. آن را همراه با وکیلتان یا { -org-vluchtelingenwerk } بخوانید.
# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
phase-pact-decision-help =
    قوانین اعتراض (استیناف) به تاریخ { $pact-start } تغییر کرد. مهلت اعتراض روی نامه نوشته شده است و می‌تواند خیلی کوتاه باشد.
    همان روز با وکیلتان یا { -org-vluchtelingenwerk } تماس بگیرید.
phase-pact-decision-next =
    اداره { -org-ind } چه تصمیمی گرفت؟

phase-pact-granted = اقامت داده شد
# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
phase-pact-granted-now =
    اداره { -org-ind } به شما اجازه اقامت پناهندگی داده است. مدت اعتبار آن روی خودش نوشته شده است.
    از { $pact-start } به بعد دو نوع اجازه اقامت پناهندگی وجود دارد، و قوانین آوردن فامیل تغییر کرده است.
phase-pact-granted-help =
    سازمان { -org-vluchtelingenwerk } در یکجا شدن فامیل و شروع زندگی در اینجا به شما کمک می‌کند. زود از آن‌ها بپرسید.
phase-pact-granted-next =
    سازمان { -org-coa } یک برنامه دارد که شما را برای ادغام مدنی آماده می‌کند: درس زبان هالندی و زندگی در هالند.

phase-pact-rejected = درخواست رد شد
phase-pact-rejected-now =
    اداره { -org-ind } درخواست شما را رد کرده است. در تصمیم رد همچنین گفته شده است که باید بروید (تصمیم بازگشت). می‌توانید علیه هر دو با هم در محکمه اعتراض کنید.
phase-pact-rejected-help =
    مهلت روی نامه نوشته شده است و می‌تواند خیلی کوتاه باشد. همین امروز با وکیلتان یا { -org-vluchtelingenwerk } صحبت کنید.
    از وکیلتان بپرسید که آیا در زمان اعتراض اجازه دارید در هالند بمانید.
phase-pact-rejected-next =
    هنوز تأیید نشده است که طبق قوانین جدید، بعد از رد شدن درخواست تا چه وقت می‌توانید در مرکز پذیرش بمانید. از { -org-coa } و وکیلتان بپرسید.
    اداره { -org-dtv } درباره رفتن با شما صحبت می‌کند. اگر تصمیم بگیرید برگردید، { -org-iom } می‌تواند کمک کند.

phase-new-application = درخواست جدید
# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
phase-new-application-now =
    درخواست شما به‌طور نهایی رد شده است و از آن وقت تا حالا چیز مهمی تغییر کرده است؟ در این صورت شاید بتوانید دوباره درخواست بدهید.
    قوانین این کار به تاریخ { $pact-start } تغییر کرد.
phase-new-application-help =
    قبل از اینکه دوباره درخواست بدهید، با یک وکیل یا { -org-vluchtelingenwerk } صحبت کنید.

## Applications made before 12 June 2026: the steps as they were

# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
phase-old-rules-note = این‌ها مراحل درخواست‌هایی است که قبل از { $pact-start } داده شده‌اند. هنوز تأیید نشده است که حالا کدام قوانین بر دوسیه شما تطبیق می‌شود.

phase-rest-and-preparation = استراحت و آمادگی
# Variables:
#   $rest-days (Number) - shortest rest and preparation period, from data/facts.yaml
phase-rest-and-preparation-now =
    شما دست‌کم { $rest-days } روز در یک مرکز پذیرش دوران روند (pol) می‌مانید. این زمان برای استراحت است، و برای اینکه با وکیلتان برای مصاحبه آماده شوید.
# Variables:
#   $weekly-allowance (String) - weekly living allowance, written out, from data/facts.yaml
phase-rest-and-preparation-help =
    سازمان { -org-coa } به شما جای زندگی، معمولاً پول خوراک، و هفته‌وار { $weekly-allowance } برای مصارف زندگی می‌دهد (این مبلغ ممکن است تغییر کند).
    سازمان { -org-vluchtelingenwerk } روند را توضیح می‌دهد. مرکز { -org-gza } خدمات صحی می‌دهد.
phase-rest-and-preparation-next =
    بعد از این دوره، روند عمومی پناهندگی شروع می‌شود.

phase-general-procedure = روند عمومی پناهندگی
phase-general-procedure-now =
    اداره { -org-ind } مصاحبه مفصل را درباره دلایل پناهندگی شما انجام می‌دهد. وکیلتان همراه شما برای آن آماده می‌شود.
phase-general-procedure-help =
    اگر { -org-ind } بخواهد درخواست شما را رد کند، اول یک «قصد رد» می‌فرستد (به هالندی: «voornemen»). وکیلتان کتبی به آن جواب می‌دهد (یک «zienswijze»). برای این کار وقت کمی هست.
# Variables:
#   $old-cases-resumed (String) - the day the IND started again with older applications, from data/facts.yaml
phase-general-procedure-next =
    بعد { -org-ind } تصمیم می‌گیرد و یک نامه می‌فرستد (یک «beschikking»). { -org-ind } کار روی این درخواست‌های قدیمی‌تر را به تاریخ { $old-cases-resumed } دوباره شروع کرد، برای همین بسیاری از مردم مدت زیادی منتظر می‌مانند.

phase-decision-granted = تصمیم: اقامت داده شد
phase-decision-granted-now =
    اداره { -org-ind } به شما اجازه اقامت پناهندگی داده است. مدت اعتبار آن روی خودش نوشته شده است.
# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
phase-decision-granted-help =
    قوانین آوردن فامیل به تاریخ { $pact-start } تغییر کرد، برای درخواست‌های قبلی هم. زود از { -org-vluchtelingenwerk } بپرسید.
    صلیب سرخ می‌تواند اعضای فامیلی را که ارتباطتان با آن‌ها قطع شده است جستجو کند.
phase-decision-granted-next =
    سازمان { -org-coa } یک برنامه دارد که شما را برای ادغام مدنی آماده می‌کند: درس زبان هالندی و زندگی در هالند.

phase-decision-rejected = تصمیم: رد شد
phase-decision-rejected-now =
    اداره { -org-ind } درخواست شما را رد کرده است. می‌توانید در محکمه اعتراض (استیناف) کنید. مهلت روی نامه (همان «beschikking») نوشته شده است و می‌تواند خیلی کوتاه باشد.
phase-decision-rejected-help =
    همین امروز با وکیلتان یا { -org-vluchtelingenwerk } صحبت کنید. از وکیلتان بپرسید که آیا در زمان اعتراض اجازه دارید در هالند بمانید.
phase-decision-rejected-next =
    هنوز تأیید نشده است که بعد از رد شدن درخواست تا چه وقت می‌توانید در مرکز پذیرش بمانید. از { -org-coa } و وکیلتان بپرسید.
    اداره { -org-dtv } با حضور ترجمان درباره رفتن با شما صحبت می‌کند. اگر تصمیم بگیرید برگردید، { -org-iom } می‌تواند کمک کند.

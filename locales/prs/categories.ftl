## Service categories — data/categories.yaml

# category-<id> is the button label (1-3 words).
# category-<id>-intro is shown above the list of organisations.

category-emergency = عاجل
# Variables:
#   $emergency-number (String) - the emergency number, from data (facts.yaml -> organisations.yaml); never translate or reformat
category-emergency-intro = همین حالا در خطر هستید؟ با { $emergency-number } تماس بگیرید (پولیس، امبولانس، اطفائیه). رایگان است، از هر تیلفونی، شب و روز.
## Typed danger: the first line of the emergency screen, by the kind of danger
# Variables:
#   $emergency-number (String), $suicide-line (String), $veilig-thuis-line (String),
#   $sexual-violence-line (String), $trafficking-line (String) - phone numbers, from data
danger-fire = آتش یا دود؟ بیرون بروید، دروازه‌ها را پشت سر خود ببندید و با { $emergency-number } تماس بگیرید.
danger-medical = کسی سخت زخمی یا مریض است؟ همین حالا با { $emergency-number } تماس بگیرید و بگویید کجا هستید.
danger-suicide = لازم نیست با این تنها بمانید. در خطر فوری: با { $emergency-number } تماس بگیرید. برای صحبت با کسی: { $suicide-line }.
danger-violence = در خطر فوری: با { $emergency-number } تماس بگیرید. خشونت در خانه: { -org-veilig-thuis } { $veilig-thuis-line }.
danger-sexual-violence = در خطر فوری: با { $emergency-number } تماس بگیرید. بعد از تجاوز یا حمله جنسی: { -org-centrum-seksueel-geweld } { $sexual-violence-line }.
danger-crime = تهدید شده‌اید یا به شما حمله شده است؟ به یک جای امن بروید و با { $emergency-number } تماس بگیرید.
danger-child = طفلی در خطر است؟ با { $emergency-number } تماس بگیرید. نگران یک طفل هستید؟ { -org-veilig-thuis } { $veilig-thuis-line }.
danger-trafficking = بند یا مجبور شده‌اید؟ هر وقت توانستید با { $emergency-number } تماس بگیرید. { -org-comensha } به قربانیان قاچاق انسان کمک می‌کند: { $trafficking-line }.
emergency-what-to-say =
    بگویید کجا هستید (آدرس یا نام مرکز خود)، چه اتفاقی افتاده است، و آیا کسی زخمی شده است.
# Variables:
#   $suicide-line (String) - 113's free number, from data
#   $veilig-thuis-line (String) - Veilig Thuis, from data
#   $sexual-violence-line (String) - Centrum Seksueel Geweld, from data
emergency-not-now =
    همین لحظه در خطر نیستید؟ این خط‌ها رایگان‌اند و شب و روز باز هستند:
    - به پایان دادن به زندگی خود فکر می‌کنید: { $suicide-line }. کسی به شما گوش می‌دهد؛ لازم نیست نامتان را بگویید.
    - خشونت در خانه: { $veilig-thuis-line } ({ -org-veilig-thuis }). مشاوره می‌دهند و می‌توانند کمک بفرستند.
    - تجاوز یا حمله جنسی: { $sexual-violence-line } ({ -org-centrum-seksueel-geweld }). کمک صحی و کمک‌های دیگر.

category-legal = کمک حقوقی
category-legal-intro =
    در روند عادی پناهندگی، شما همراه با یک وکیل برای مصاحبه‌تان آماده می‌شوید. شورای کمک حقوقی ({ -org-raad-voor-rechtsbijstand }) وکیلان پناهندگی را تعیین می‌کند.
    سازمان { -org-vluchtelingenwerk } در طول روند پناهندگی به شما رایگان کمک می‌کند.
    نامه‌ای با مهلت گرفته‌اید؟ همان روز با وکیلتان یا { -org-vluchtelingenwerk } تماس بگیرید.

category-health = صحت
# Variables:
#   $emergency-number (String) - the emergency number, from data
#   $suicide-line (String) - 113's free number, from data
category-health-intro =
    زندگی در خطر است؟ فوراً با { $emergency-number } تماس بگیرید.
    در مرکز پذیرش، { -org-gza } داکتر شماست. برای مشکلات صحی هر وقت، شب و روز، به { -org-gza } Praktijklijn زنگ بزنید؛ برای سؤال‌های دیگر، در ساعت‌های اداری. ترجمان هم هست.
    به پایان دادن به زندگی خود فکر می‌کنید؟ با { $suicide-line } تماس بگیرید: کسی به شما گوش می‌دهد؛ رایگان و بدون گفتن نام، شب و روز.

category-reception = اسکان و پذیرش ({ -org-coa })
category-reception-intro =
    سازمان { -org-coa } در طول روند پناهندگی به شما جای زندگی، پول هفته‌وار و خدمات صحی می‌دهد، و برای اطفال‌تان مکتب.
    اگر سؤال دارید، اول به میز معلومات مرکز خود بروید، یا در MyCOA نگاه کنید.

category-procedure = روند پناهندگی
category-procedure-intro =
    اداره { -org-ind } درباره درخواست پناهندگی شما تصمیم می‌گیرد.
    سازمان { -org-vluchtelingenwerk } و ویب‌سایت { -org-refugeehelp } همه مراحل روند را به زبان‌های زیادی توضیح می‌دهند.
    وکیلتان می‌تواند مهلت‌های شما را بگوید.

category-family = فامیل
# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
category-family-intro =
    اجازه اقامت دارید و می‌خواهید فامیل‌تان پیش شما بیایند؟ قوانین به تاریخ { $pact-start } تغییر کرد: اعضای کمتری از فامیل حساب می‌شوند، و شرط‌های اضافی هم هست. زود از { -org-vluchtelingenwerk } بپرسید؛ آن‌ها در این کار به شما کمک می‌کنند.
    ارتباطتان با فامیل قطع شده است؟ صلیب سرخ می‌تواند رایگان دنبال آن‌ها بگردد.

category-sgbv = خشونت و آزار
# Variables:
#   $emergency-number (String) - the emergency number, from data
#   $sexual-violence-best-within-days (Number) - from data/facts.yaml
category-sgbv-intro =
    همین حالا در خطر هستید؟ با { $emergency-number } تماس بگیرید.
    خشونت خانگی، خشونت جنسی و آزار هیچ وقت قابل قبول نیست. می‌توانید کمک بگیرید، و لازم نیست نامتان را بگویید.
    سازمان‌های { -org-veilig-thuis } و { -org-centrum-seksueel-geweld } رایگان هستند و شب و روز کار می‌کنند.
    بعد از تجاوز یا حمله جنسی، هر چه زودتر کمک بگیرید، بهتر است در { $sexual-violence-best-within-days } روز اول.

category-trafficking = قاچاق انسان
# Variables:
#   $emergency-number (String) - the emergency number, from data
category-trafficking-intro =
    آیا کسی شما را مجبور به کار یا رابطه جنسی می‌کند، اسنادتان را گرفته، یا نمی‌گذارد بروید؟ این می‌تواند قاچاق انسان باشد.
    این کار جرم است و شما می‌توانید کمک بگیرید. می‌توانید به کارمندان { -org-coa } هم بگویید.
    همین حالا در خطر هستید؟ با { $emergency-number } تماس بگیرید.

category-children = اطفال و نوجوانان
# Variables:
#   $minor-age (Number) - under this age you are a child, from data/facts.yaml
category-children-intro =
    زیر { $minor-age } سال هستید و بدون پدر و مادر آمده‌اید؟ سازمان { -org-nidos } برای شما یک سرپرست (ولی) تعیین می‌کند که به شما کمک می‌کند.
    اطفال و نوجوانان می‌توانند درباره هر چیزی با { -org-kindertelefoon } صحبت کنند؛ رایگان و بدون گفتن نام.
    نگران طفلی در خانه هستید؟ { -org-veilig-thuis } می‌تواند کمک کند.

category-lgbtiq = LGBTIQ+
category-lgbtiq-intro =
    اگر به خاطر LGBTIQ+ بودن از { -org-coa } کمک بخواهید، این روی روند پناهندگی شما اثری ندارد.
    بعضی از مراکز { -org-coa } یک نفر رابط برای باشندگان LGBTIQ+ دارند.
    سازمان‌های زیر حمایت، معلومات و یک همراه (buddy) به شما می‌دهند.

category-work = کار
# Variables:
#   $work-months (Number) - months an application had to be pending, from data/facts.yaml
category-work-intro =
    طبق قوانین قبلی، وقتی درخواست پناهندگی شما { $work-months } ماه در جریان بود، اجازه داشتید کار کنید، و کارفرمای شما باید جواز کار (TWV) می‌گرفت. هنوز تأیید نشده است که این قانون تغییر کرده است یا نه.
    حمایت موقت اوکراین قوانین دیگری دارد. ویب‌سایت { -org-refugeehelp } آن‌ها را توضیح می‌دهد، و { -org-uaf } در تحصیل و کار کمک می‌کند.

category-education = تحصیل و مکتب
# Variables:
#   $school-age-from (Number), $school-age-to (Number) - ages of compulsory school, from data/facts.yaml
#   $school-start-months (Number) - months within which children start school
#   $secondary-school-age (Number) - from this age children go to a transition class
#   $minor-age (Number) - the age of adulthood
category-education-intro =
    رفتن به مکتب از { $school-age-from } تا { $school-age-to } سالگی اجباری است. اطفالی که در روند پناهندگی هستند، در مدت { $school-start-months } ماه مکتب را شروع می‌کنند.
    اطفال زیر { $secondary-school-age } سال به مکتب ابتدائیه نزدیک azc یا داخل آن می‌روند. از { $secondary-school-age } تا { $minor-age } سالگی به صنف آمادگی بین‌المللی (ISK) می‌روند.
    سازمان { -org-uaf } برای تحصیل در انستیتوت یا پوهنتون کمک می‌کند.
    اگر اقامت دارید، سازمان { -org-coa } یک برنامه دارد که شما را برای ادغام مدنی آماده می‌کند: درس زبان هالندی و زندگی در هالند.

category-return = بازگشت به کشور
category-return-intro =
    می‌خواهید به کشورتان برگردید؟ سازمان { -org-iom } می‌تواند در سفر و در شروع دوباره زندگی در آنجا به شما کمک کند.
    بعد از رد شدن درخواست، { -org-dtv } با شما درباره ترک هالند صحبت می‌کند.
    سازمان { -org-vluchtelingenwerk } هم می‌تواند کمک کند درباره آینده‌تان فکر کنید.

category-volunteer = رضاکاری و کمک مالی
category-volunteer-intro =
    می‌خواهید کمک کنید؟ { -org-vluchtelingenwerk } با رضاکاران کار می‌کند. در کارت آن می‌بینید که در کجا می‌توانید ثبت نام کنید.
    می‌خواهید پول بدهید؟ بنیاد { -org-stichting-vluchteling } برای پناهندگان در کشورهای دیگر کمک مالی جمع می‌کند. ویب‌سایت آن را ببینید.

# Shown above the list of organisations of a category.
# Variables:
#   $count (Number) - how many organisations are listed
category-organisations-count =
    { $count ->
        [one] این سازمان می‌تواند کمک کند:
       *[other] این { $count } سازمان می‌توانند کمک کنند:
    }

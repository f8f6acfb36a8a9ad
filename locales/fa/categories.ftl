## Service categories — data/categories.yaml

# category-<id> is the button label (1-3 words).
# category-<id>-intro is shown above the list of organisations.

category-emergency = اضطراری
# Variables:
#   $emergency-number (String) - the emergency number, from data (facts.yaml -> organisations.yaml); never translate or reformat
category-emergency-intro = همین الان در خطر هستید؟ با { $emergency-number } تماس بگیرید (پلیس، آمبولانس، آتش‌نشانی). رایگان است، از هر تلفنی، شب و روز.
## Typed danger: the first line of the emergency screen, by the kind of danger
# Variables:
#   $emergency-number (String), $suicide-line (String), $veilig-thuis-line (String),
#   $sexual-violence-line (String), $trafficking-line (String) - phone numbers, from data
danger-fire = آتش یا دود؟ بیرون بروید، درها را پشت سرتان ببندید و با { $emergency-number } تماس بگیرید.
danger-medical = کسی به‌شدت زخمی یا بیمار است؟ همین الان با { $emergency-number } تماس بگیرید و بگویید کجا هستید.
danger-suicide = لازم نیست با این تنها بمانید. در خطر فوری: با { $emergency-number } تماس بگیرید. برای حرف زدن با کسی: { $suicide-line }.
danger-violence = در خطر فوری: با { $emergency-number } تماس بگیرید. خشونت در خانه: { -org-veilig-thuis } { $veilig-thuis-line }.
danger-sexual-violence = در خطر فوری: با { $emergency-number } تماس بگیرید. بعد از تجاوز یا حمله جنسی: { -org-centrum-seksueel-geweld } { $sexual-violence-line }.
danger-crime = تهدید شده‌اید یا به شما حمله شده است؟ به جای امنی بروید و با { $emergency-number } تماس بگیرید.
danger-child = کودکی در خطر است؟ با { $emergency-number } تماس بگیرید. نگران کودکی هستید؟ { -org-veilig-thuis } { $veilig-thuis-line }.
danger-trafficking = حبس یا مجبور شده‌اید؟ هر وقت توانستید با { $emergency-number } تماس بگیرید. { -org-comensha } به قربانیان قاچاق انسان کمک می‌کند: { $trafficking-line }.
emergency-what-to-say =
    بگویید کجا هستید (آدرس یا نام مرکزتان)، چه اتفاقی افتاده است، و آیا کسی زخمی شده است.
# Variables:
#   $suicide-line (String) - 113's free number, from data
#   $veilig-thuis-line (String) - Veilig Thuis, from data
#   $sexual-violence-line (String) - Centrum Seksueel Geweld, from data
emergency-not-now =
    همین لحظه در خطر نیستید؟ این خط‌ها رایگان‌اند و شب و روز کار می‌کنند:
    - به پایان دادن به زندگی‌تان فکر می‌کنید: { $suicide-line }. کسی به حرفتان گوش می‌دهد؛ لازم نیست نامتان را بگویید.
    - خشونت در خانه: { $veilig-thuis-line } ({ -org-veilig-thuis }). مشاوره می‌دهند و می‌توانند کمک بفرستند.
    - تجاوز یا حمله جنسی: { $sexual-violence-line } ({ -org-centrum-seksueel-geweld }). کمک پزشکی و کمک‌های دیگر.

category-legal = کمک حقوقی
category-legal-intro =
    در روند استاندارد پناهندگی، شما مصاحبه‌تان را همراه با یک وکیل آماده می‌کنید. شورای کمک حقوقی ({ -org-raad-voor-rechtsbijstand }) وکیل‌های پناهندگی را تعیین می‌کند.
    سازمان { -org-vluchtelingenwerk } در طول روند پناهندگی به شما رایگان کمک می‌کند.
    نامه‌ای با مهلت گرفته‌اید؟ همان روز با وکیلتان یا { -org-vluchtelingenwerk } تماس بگیرید.

category-health = سلامت و درمان
# Variables:
#   $emergency-number (String) - the emergency number, from data
#   $suicide-line (String) - 113's free number, from data
category-health-intro =
    جان کسی در خطر است؟ فوراً با { $emergency-number } تماس بگیرید.
    در مرکز پذیرش، { -org-gza } دکتر شماست. برای مشکلات پزشکی هر وقت که باشد، شب یا روز، به { -org-gza } Praktijklijn زنگ بزنید؛ برای سؤال‌های دیگر در ساعت اداری. مترجم هم هست.
    به پایان دادن به زندگی خود فکر می‌کنید؟ با { $suicide-line } تماس بگیرید: کسی به حرف شما گوش می‌دهد؛ رایگان و بدون گفتن نام، شب و روز.

category-reception = اسکان و پذیرش ({ -org-coa })
category-reception-intro =
    سازمان { -org-coa } در طول روند پناهندگی به شما جای زندگی، پول هفتگی و خدمات درمانی می‌دهد، و برای بچه‌هایتان مدرسه.
    اگر سؤال دارید، اول به میز اطلاعات مرکز خود بروید، یا در MyCOA نگاه کنید.

category-procedure = روند پناهندگی
category-procedure-intro =
    اداره { -org-ind } درباره درخواست پناهندگی شما تصمیم می‌گیرد.
    سازمان { -org-vluchtelingenwerk } و سایت { -org-refugeehelp } همه مرحله‌های روند را به زبان‌های زیادی توضیح می‌دهند.
    وکیلتان می‌تواند مهلت‌های شما را بگوید.

category-family = خانواده
# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
category-family-intro =
    اجازه اقامت دارید و می‌خواهید خانواده‌تان پیش شما بیایند؟ قانون‌ها در { $pact-start } تغییر کرد: اعضای کمتری از خانواده حساب می‌شوند و شرط‌های بیشتری هست. زود از { -org-vluchtelingenwerk } بپرسید؛ آن‌ها در این کار به شما کمک می‌کنند.
    ارتباطتان با خانواده قطع شده است؟ صلیب سرخ می‌تواند رایگان دنبال آن‌ها بگردد.

category-sgbv = خشونت و آزار
# Variables:
#   $emergency-number (String) - the emergency number, from data
#   $sexual-violence-best-within-days (Number) - from data/facts.yaml
category-sgbv-intro =
    همین الان در خطر هستید؟ با { $emergency-number } تماس بگیرید.
    خشونت خانگی، خشونت جنسی و آزار هیچ وقت قابل قبول نیست. می‌توانید کمک بگیرید، و لازم نیست نامتان را بگویید.
    سازمان‌های { -org-veilig-thuis } و { -org-centrum-seksueel-geweld } رایگان هستند و شب و روز کار می‌کنند.
    بعد از تجاوز یا حمله جنسی، هر چه زودتر کمک بگیرید، بهتر است ظرف { $sexual-violence-best-within-days } روز.

category-trafficking = قاچاق انسان
# Variables:
#   $emergency-number (String) - the emergency number, from data
category-trafficking-intro =
    آیا کسی شما را مجبور به کار یا رابطه جنسی می‌کند، مدارکتان را گرفته، یا نمی‌گذارد بروید؟ این می‌تواند قاچاق انسان باشد.
    این کار جرم است و شما می‌توانید کمک بگیرید. می‌توانید به کارکنان { -org-coa } هم بگویید.
    همین الان در خطر هستید؟ با { $emergency-number } تماس بگیرید.

category-children = کودکان و نوجوانان
# Variables:
#   $minor-age (Number) - under this age you are a child, from data/facts.yaml
category-children-intro =
    زیر { $minor-age } سال هستید و بدون پدر و مادر آمده‌اید؟ سازمان { -org-nidos } برای شما یک سرپرست (قیم) تعیین می‌کند که به شما کمک می‌کند.
    کودکان و نوجوانان می‌توانند درباره هر چیزی با { -org-kindertelefoon } حرف بزنند؛ رایگان و بدون گفتن نام.
    نگران بچه‌ای در خانه هستید؟ { -org-veilig-thuis } می‌تواند کمک کند.

category-lgbtiq = دگرباشان (LGBTIQ+)
category-lgbtiq-intro =
    اگر به خاطر LGBTIQ+ بودن از { -org-coa } کمک بخواهید، این روی روند پناهندگی شما اثری ندارد.
    بعضی از مراکز { -org-coa } یک نفر رابط برای ساکنان LGBTIQ+ دارند.
    سازمان‌های زیر حمایت، اطلاعات و یک همراه (buddy) به شما می‌دهند.

category-work = کار
# Variables:
#   $work-months (Number) - months an application had to be pending, from data/facts.yaml
category-work-intro =
    طبق قانون‌های قبلی، وقتی درخواست پناهندگی شما { $work-months } ماه در جریان بود، اجازه داشتید کار کنید، و کارفرمایتان برای شما مجوز کار (TWV) لازم داشت. هنوز تأیید نشده است که این تغییر کرده یا نه.
    حمایت موقت برای کسانی که از اوکراین آمده‌اند قانون‌های دیگری دارد. سایت { -org-refugeehelp } آن‌ها را توضیح می‌دهد، و { -org-uaf } در تحصیل و کار کمک می‌کند.

category-education = تحصیل و مدرسه
# Variables:
#   $school-age-from (Number), $school-age-to (Number) - ages of compulsory school, from data/facts.yaml
#   $school-start-months (Number) - months within which children start school
#   $secondary-school-age (Number) - from this age children go to a transition class
#   $minor-age (Number) - the age of adulthood
category-education-intro =
    رفتن به مدرسه از { $school-age-from } تا { $school-age-to } سالگی اجباری است. بچه‌هایی که در روند پناهندگی هستند، ظرف { $school-start-months } ماه مدرسه را شروع می‌کنند.
    بچه‌های زیر { $secondary-school-age } سال به دبستان نزدیک azc (کمپ) یا داخل آن می‌روند. از { $secondary-school-age } تا { $minor-age } سالگی به کلاس آمادگی بین‌المللی (ISK) می‌روند.
    سازمان { -org-uaf } برای تحصیل در دانشکده یا دانشگاه کمک می‌کند.
    اگر اقامت دارید، سازمان { -org-coa } یک برنامه دارد که شما را برای ادغام مدنی آماده می‌کند: کلاس زبان هلندی و آشنایی با زندگی در هلند.

category-return = بازگشت به کشور
category-return-intro =
    می‌خواهید به کشورتان برگردید؟ سازمان { -org-iom } می‌تواند در سفر و در شروع دوباره زندگی در آنجا به شما کمک کند.
    بعد از رد شدن درخواست، { -org-dtv } با شما درباره ترک هلند صحبت می‌کند.
    سازمان { -org-vluchtelingenwerk } هم می‌تواند کمک کند درباره آینده‌تان فکر کنید.

category-volunteer = داوطلب شدن و کمک مالی
category-volunteer-intro =
    می‌خواهید کمک کنید؟ { -org-vluchtelingenwerk } با داوطلبان کار می‌کند. در کارت آن می‌بینید کجا می‌توانید ثبت‌نام کنید.
    می‌خواهید پول بدهید؟ بنیاد { -org-stichting-vluchteling } برای پناهندگان در کشورهای دیگر کمک مالی جمع می‌کند. به سایت آن نگاه کنید.

# Shown above the list of organisations of a category.
# Variables:
#   $count (Number) - how many organisations are listed
category-organisations-count =
    { $count ->
        [one] این سازمان می‌تواند کمک کند:
       *[other] این { $count } سازمان می‌توانند کمک کنند:
    }

## Flows — flows/procedure.yaml and flows/topics.yaml

procedure-intro = بیایید ببینیم شما در کدام مرحله روند پناهندگی هستید.
# Variables:
#   $pact-start (String) - the day the new procedure started, from data/facts.yaml
procedure-q-applied = روند پناهندگی به تاریخ { $pact-start } تغییر کرد. شما چه وقت درخواست پناهندگی دادید؟
# Variables:
#   $pact-start (String) - the day the new procedure started
procedure-a-applied-before = قبل از { $pact-start }
# Variables:
#   $pact-start (String) - the day the new procedure started
procedure-a-applied-since = از { $pact-start } به بعد
procedure-a-not-applied = هنوز نه، تازه رسیده‌ام
procedure-a-applied-unknown = نمی‌دانم
procedure-a-ukraine = از جنگ در اوکراین فرار کرده‌ام
procedure-date-unknown =
    به اسنادی که از { -org-ind } گرفته‌اید نگاه کنید. تاریخ درخواست شما روی آن‌ها نوشته شده است.
    مطمئن نیستید؟ از وکیلتان، { -org-vluchtelingenwerk } یا کارمندان { -org-coa } بخواهید که همراه شما نگاه کنند.

temporary-protection-title = کسانی که از اوکراین فرار کرده‌اند
# Variables:
#   $temporary-protection-until (String) - last day of temporary protection, from data/facts.yaml
#   $third-country-protection-ended (String) - the day it ended for non-Ukrainians, from data/facts.yaml
temporary-protection-intro =
    اوکراینی هستید و از جنگ فرار کرده‌اید؟ در این صورت شما حمایت موقت دارید، نه پناهندگی. این حمایت تا آخر روز { $temporary-protection-until } اعتبار دارد. شما در شاروالی جایی که زندگی می‌کنید ثبت‌نام می‌کنید، نه در Ter Apel.
    در اوکراین زندگی می‌کردید ولی اوکراینی نیستید؟ حمایت موقت برای شما به تاریخ { $third-country-protection-ended } تمام شد. شما می‌توانید درخواست پناهندگی بدهید.
    ویب‌سایت { -org-refugeehelp } به زبان‌های اوکراینی و روسی معلومات دارد.

procedure-new-intro = از آن تاریخ به بعد، { -org-ind } اول هر درخواست‌دهنده جدید را بررسی می‌کند. بعد یک روند را برای او انتخاب می‌کند.
procedure-new-q-stage = حالا کجا هستید؟
procedure-new-a-checks = در بررسی‌های اول
procedure-new-a-waiting = منتظر مصاحبه یا تصمیم هستم
procedure-new-a-border = در سرحد، در Schiphol
procedure-new-a-decision = تصمیم به دستم رسید
procedure-a-choose-phase = خودم مرحله را انتخاب می‌کنم

pact-routes-title = کدام روند؟
pact-routes-button = انواع روند
pact-routes-intro =
    بعد از بررسی‌های اول، { -org-ind } روند شما را انتخاب می‌کند. { -org-ind } این چیزها را در نظر می‌گیرد: شما کی هستید، از کجا آمده‌اید، اسناد و مسیر سفرتان، فامیل شما در اروپا، دلایل شما و صحت شما.
    نمی‌دانید روند شما کدام است؟ از وکیلتان یا { -org-vluchtelingenwerk } بپرسید.
pact-phases-menu-intro = این‌ها مراحل روند از آن تاریخ به بعد است. یکی را انتخاب کنید تا ببینید چه اتفاقی می‌افتد.

# Variables:
#   $pact-start (String) - the day the new procedure started
#   $old-cases-resumed (String) - the day the IND started again with older applications
procedure-old-note = اداره { -org-ind } به تاریخ { $old-cases-resumed } کار روی درخواست‌هایی را که قبل از { $pact-start } داده شده بودند دوباره شروع کرد. هنوز تأیید نشده است که حالا کدام قوانین بر این درخواست‌ها تطبیق می‌شود. در پایین، مراحل را همان‌طور که بودند می‌بینید. وکیلتان یا { -org-vluchtelingenwerk } می‌داند که چه چیزی بر شما تطبیق می‌شود.
procedure-q-interview = آیا مصاحبه مفصل شما با { -org-ind } (اداره مهاجرت) درباره دلایل پناهندگی‌تان انجام شده است؟
procedure-a-interview-no = نخیر، هنوز نه
procedure-a-interview-yes = بلی
procedure-q-decision = آیا جواب (تصمیم) { -org-ind } به دستتان رسیده است؟
procedure-a-decision-waiting = نخیر، منتظرم
procedure-a-decision-granted = اقامت گرفتم
procedure-a-decision-rejected = درخواستم رد شد
phases-menu-intro = این‌ها مراحل روند است، همان‌طور که برای درخواست‌های قبل از این تغییر بود. یکی را انتخاب کنید تا ببینید در آن چه اتفاقی می‌افتاد.

topics-menu-intro = یک موضوع را انتخاب کنید. می‌بینید کدام سازمان‌ها می‌توانند کمک کنند.
organisations-menu-intro = این‌ها سازمان‌های اصلی هستند. یکی را انتخاب کنید تا ببینید چه کاری می‌کند و چطور می‌توانید با آن تماس بگیرید.
organisations-by-topic = سازمان‌های بیشتر بر اساس موضوع
topics-more-button = موضوع‌های بیشتر ▶
topics-more-intro = موضوع‌های بیشتر. یکی را انتخاب کنید تا ببینید کدام سازمان‌ها می‌توانند کمک کنند.
organisations-more-button = سازمان‌های بیشتر ▶
organisations-more-intro = سازمان‌های بیشتر. یکی را انتخاب کنید تا ببینید چه کاری می‌کند و چطور می‌توانید با آن تماس بگیرید.

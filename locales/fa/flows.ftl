## Flows — flows/procedure.yaml and flows/topics.yaml

procedure-intro = بیایید ببینیم شما در کدام مرحله روند پناهندگی هستید.
# Variables:
#   $pact-start (String) - the day the new procedure started, from data/facts.yaml
procedure-q-applied = روند پناهندگی در { $pact-start } تغییر کرد. کی درخواست پناهندگی دادید؟
# Variables:
#   $pact-start (String) - the day the new procedure started
procedure-a-applied-before = قبل از { $pact-start }
# Variables:
#   $pact-start (String) - the day the new procedure started
procedure-a-applied-since = در { $pact-start } یا بعد از آن
procedure-a-not-applied = هنوز نه، تازه رسیده‌ام
procedure-a-applied-unknown = نمی‌دانم
procedure-a-ukraine = از جنگ در اوکراین فرار کرده‌ام
procedure-date-unknown =
    به مدارکی که از { -org-ind } دارید نگاه کنید. تاریخ درخواستتان روی آن‌ها نوشته شده است.
    مطمئن نیستید؟ از وکیلتان، { -org-vluchtelingenwerk } یا کارکنان { -org-coa } بخواهید همراه شما نگاه کنند.

temporary-protection-title = کسانی که از اوکراین فرار کرده‌اند
# Variables:
#   $temporary-protection-until (String) - last day of temporary protection, from data/facts.yaml
#   $third-country-protection-ended (String) - the day it ended for non-Ukrainians, from data/facts.yaml
temporary-protection-intro =
    اوکراینی هستید و از جنگ فرار کرده‌اید؟ در این صورت حمایت موقت دارید، نه پناهندگی. این حمایت تا پایان روز { $temporary-protection-until } اعتبار دارد. در شهرداری محل زندگی‌تان ثبت‌نام می‌کنید، نه در Ter Apel.
    در اوکراین زندگی می‌کردید ولی اوکراینی نیستید؟ حمایت موقت برای شما در { $third-country-protection-ended } تمام شد. می‌توانید درخواست پناهندگی بدهید.
    سایت { -org-refugeehelp } اطلاعاتی به زبان‌های اوکراینی و روسی دارد.

procedure-new-intro = از آن زمان، { -org-ind } اول هر درخواست‌دهنده تازه را بررسی می‌کند. بعد یک روند را انتخاب می‌کند.
procedure-new-q-stage = الان در چه مرحله‌ای هستید؟
procedure-new-a-checks = در بررسی‌های اولیه
procedure-new-a-waiting = منتظر مصاحبه یا تصمیم هستم
procedure-new-a-border = در مرز، در فرودگاه Schiphol
procedure-new-a-decision = تصمیم به دستم رسیده است
procedure-a-choose-phase = خودم مرحله را انتخاب می‌کنم

pact-routes-title = کدام روند؟
pact-routes-button = انواع روند
pact-routes-intro =
    بعد از بررسی‌های اولیه، { -org-ind } روند شما را انتخاب می‌کند. به این‌ها نگاه می‌کند: شما چه کسی هستید، از کجا آمده‌اید، مدارک و مسیر سفرتان، خانواده‌تان در اروپا، دلایلتان و وضعیت سلامتتان.
    نمی‌دانید روند شما کدام است؟ از وکیلتان یا { -org-vluchtelingenwerk } بپرسید.
pact-phases-menu-intro = مرحله‌های روند از آن زمان به بعد. یکی را انتخاب کنید تا ببینید در آن چه اتفاقی می‌افتد.

# Variables:
#   $pact-start (String) - the day the new procedure started
#   $old-cases-resumed (String) - the day the IND started again with older applications
procedure-old-note = اداره { -org-ind } در { $old-cases-resumed } دوباره رسیدگی به درخواست‌هایی را شروع کرد که قبل از { $pact-start } داده شده بودند. هنوز تأیید نشده است که الان کدام قانون‌ها شامل آن‌ها می‌شود. در پایین، مرحله‌ها را همان‌طور که بودند می‌بینید. وکیلتان یا { -org-vluchtelingenwerk } می‌داند چه قانونی شامل شما می‌شود.
procedure-q-interview = آیا مصاحبه مفصل خود را با { -org-ind } (اداره مهاجرت) درباره دلایل پناهندگی‌تان انجام داده‌اید؟
procedure-a-interview-no = نه، هنوز نه
procedure-a-interview-yes = بله
procedure-q-decision = آیا جواب (تصمیم) { -org-ind } به دستتان رسیده است؟
procedure-a-decision-waiting = نه، منتظرم
procedure-a-decision-granted = اقامت گرفتم
procedure-a-decision-rejected = رد شد
phases-menu-intro = این مرحله‌ها همان‌طور هستند که برای درخواست‌های قبل از تغییر بودند. یکی را انتخاب کنید تا ببینید در آن چه اتفاقی می‌افتاد.

topics-menu-intro = یک موضوع را انتخاب کنید. می‌بینید کدام سازمان‌ها می‌توانند کمک کنند.
organisations-menu-intro = این‌ها سازمان‌های اصلی هستند. یکی را انتخاب کنید تا ببینید چه کاری می‌کند و چطور می‌توانید با آن تماس بگیرید.
organisations-by-topic = سازمان‌های بیشتر بر اساس موضوع
topics-more-button = موضوع‌های بیشتر ▶
topics-more-intro = موضوع‌های بیشتر. یکی را انتخاب کنید تا ببینید کدام سازمان‌ها می‌توانند کمک کنند.
organisations-more-button = سازمان‌های بیشتر ▶
organisations-more-intro = سازمان‌های بیشتر. یکی را انتخاب کنید تا ببینید چه کاری می‌کند و چطور می‌توانید با آن تماس بگیرید.

## Flows — flows/procedure.yaml and flows/topics.yaml

procedure-intro = بیایید ببینیم شما در کدام مرحله روند پناهندگی هستید. حداکثر سه سؤال از شما می‌پرسم.
procedure-q-registered = آیا درخواست پناهندگی خود را ثبت کرده‌اید (در Ter Apel یا در فرودگاه Schiphol)؟
procedure-a-registered-no = نه، تازه رسیده‌ام
procedure-a-registered-yes = بله، ثبت‌نام کرده‌ام
procedure-a-choose-phase = خودم مرحله را انتخاب می‌کنم
procedure-a-ukraine = از جنگ در اوکراین فرار کرده‌ام
temporary-protection-intro =
    کسانی که از جنگ در اوکراین فرار کرده‌اند، حمایت موقت می‌گیرند، نه پناهندگی.
    برای شما قوانین دیگری اعمال می‌شود، متفاوت با روند پناهندگی که اینجا توضیح داده شده است.
    سازمان RefugeeHelp اطلاعاتی به زبان‌های اوکراینی و روسی دارد، از جمله درباره کار و تحصیل.
procedure-q-interview = آیا مصاحبه‌هایتان با IND (اداره مهاجرت) درباره دلایل پناهندگی انجام شده است؟
procedure-a-interview-no = نه، هنوز نه
procedure-a-interview-yes = بله
procedure-a-not-sure = مطمئن نیستم
procedure-q-decision = آیا جواب (تصمیم) IND به دستتان رسیده است؟
procedure-a-decision-waiting = نه، منتظرم
procedure-a-decision-granted = بله، اقامت گرفتم
procedure-a-decision-rejected = بله، رد شد
phases-menu-intro = روند پناهندگی این مرحله‌ها را دارد. یکی را انتخاب کنید تا ببینید در آن چه اتفاقی می‌افتد.
decision-choose-intro = تصمیم IND چه بود؟

topics-menu-intro = یک موضوع را انتخاب کنید. می‌بینید کدام سازمان‌ها می‌توانند کمک کنند.
organisations-menu-intro = این‌ها سازمان‌های اصلی هستند. یکی را انتخاب کنید تا ببینید چه کاری می‌کند و چطور می‌توانید با آن تماس بگیرید.
organisations-by-topic = سازمان‌های بیشتر بر اساس موضوع

## Flows — flows/procedure.yaml and flows/topics.yaml

procedure-intro = راځئ چې معلومه کړو تاسو د پناه په پروسه کې چېرته یاست.
# Variables:
#   $pact-start (String) - the day the new procedure started, from data/facts.yaml
procedure-q-applied = پروسه په { $pact-start } بدله شوه. تاسو د پناه غوښتنه کله کړې ده؟
# Variables:
#   $pact-start (String) - the day the new procedure started
procedure-a-applied-before = له { $pact-start } مخکې
# Variables:
#   $pact-start (String) - the day the new procedure started
procedure-a-applied-since = په { $pact-start } یا له هغې وروسته
procedure-a-not-applied = لا نه، همدا اوس راغلم
procedure-a-applied-unknown = نه پوهېږم
procedure-a-ukraine = د اوکراین له جګړې وتښتېدم
procedure-date-unknown =
    د { -org-ind } هغه کاغذونه وګورئ چې تاسو ته درکړل شوي دي. ستاسو د غوښتنې نېټه پرې لیکل شوې ده.
    ډاډه نه یاست؟ له خپل وکیل، { -org-vluchtelingenwerk } یا د { -org-coa } له کارکوونکو وغواړئ چې درسره یې وګوري.

temporary-protection-title = هغه خلک چې له اوکراین تښتېدلي دي
# Variables:
#   $temporary-protection-until (String) - last day of temporary protection, from data/facts.yaml
#   $third-country-protection-ended (String) - the day it ended for non-Ukrainians, from data/facts.yaml
temporary-protection-intro =
    ایا تاسو اوکرایني یاست او له جګړې تښتېدلي یاست؟ نو تاسو لنډمهاله ساتنه لرئ، نه پناه. دا تر { $temporary-protection-until } پورې اعتبار لري، هغه ورځ هم پکې شامله ده. تاسو په هغه ښاروالۍ کې ثبت کېږئ چې پکې اوسېږئ، نه په Ter Apel کې.
    ایا په اوکراین کې اوسېدلي یاست خو اوکرایني نه یاست؟ ستاسو لپاره لنډمهاله ساتنه په { $third-country-protection-ended } پای ته ورسېده. تاسو د پناه غوښتنه کولی شئ.
    د { -org-refugeehelp } ویب پاڼه په اوکرایني او روسي ژبو معلومات لري.

procedure-new-intro = له هغې ورځې راهیسې، { -org-ind } لومړی د هر نوي غوښتونکي کتنه کوي. بیا یوه پروسه ټاکي.
procedure-new-q-stage = تاسو اوس چېرته یاست؟
procedure-new-a-checks = په لومړنیو کتنو کې
procedure-new-a-waiting = د مرکې یا پرېکړې انتظار کوم
procedure-new-a-border = په پوله، په Schiphol کې
procedure-new-a-decision = پرېکړه مې ترلاسه کړه
procedure-a-choose-phase = ګام به پخپله وټاکم

pact-routes-title = کومه پروسه؟
pact-routes-button = د پروسې ډولونه
pact-routes-intro =
    له لومړنیو کتنو وروسته، { -org-ind } ستاسو پروسه ټاکي. دا ګوري چې تاسو څوک یاست، له کوم ځای راغلي یاست، ستاسو اسناد او د سفر لار، په اروپا کې ستاسو کورنۍ، ستاسو دلیلونه او ستاسو روغتیا.
    نه پوهېږئ چې ستاسو پروسه کومه ده؟ له خپل وکیل یا { -org-vluchtelingenwerk } څخه وپوښتئ.
pact-phases-menu-intro = له هغې ورځې راهیسې د پروسې ګامونه. یو یې وټاکئ چې وګورئ څه کېږي.

# Variables:
#   $pact-start (String) - the day the new procedure started
#   $old-cases-resumed (String) - the day the IND started again with older applications
procedure-old-note = { -org-ind } په { $old-cases-resumed } بیا د هغو غوښتنو کار پیل کړ چې له { $pact-start } مخکې شوې وې. دا لا تایید شوې نه ده چې اوس پر دغو غوښتنو کوم قواعد پلي کېږي. لاندې ګامونه هغسې دي لکه څنګه چې وو. ستاسو وکیل یا { -org-vluchtelingenwerk } پوهېږي چې پر تاسو څه پلي کېږي.
procedure-q-interview = ایا تاسو له { -org-ind } (د مهاجرت اداره) سره د خپلې پناه غوښتنې د دلیلونو په اړه مفصله مرکه کړې ده؟
procedure-a-interview-no = نه، لا نه
procedure-a-interview-yes = هو
procedure-q-decision = ایا تاسو د { -org-ind } پرېکړه ترلاسه کړې ده؟
procedure-a-decision-waiting = نه، انتظار کوم
procedure-a-decision-granted = اقامه مې ترلاسه کړه
procedure-a-decision-rejected = غوښتنه مې رد شوه
phases-menu-intro = دا هغه ګامونه دي، لکه څنګه چې له بدلون مخکې د شویو غوښتنو لپاره وو. یو یې وټاکئ چې وګورئ پکې څه کېدل.

topics-menu-intro = یوه موضوع وټاکئ. تاسو به وګورئ چې کومې ادارې مرسته کولی شي.
organisations-menu-intro = دا اصلي ادارې دي. یوه یې وټاکئ چې وګورئ څه کوي او څنګه ورسره اړیکه ونیسئ.
organisations-by-topic = د موضوع له مخې نورې ادارې
topics-more-button = نورې موضوعګانې ▶
topics-more-intro = نورې موضوعګانې. یوه وټاکئ چې وګورئ کومې ادارې مرسته کولی شي.
organisations-more-button = نورې ادارې ▶
organisations-more-intro = نورې ادارې. یوه یې وټاکئ چې وګورئ څه کوي او څنګه ورسره اړیکه ونیسئ.

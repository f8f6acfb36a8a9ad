## Flows — flows/procedure.yaml and flows/topics.yaml

procedure-intro = راځئ چې معلومه کړو تاسو د پناه په پروسه کې چېرته یاست. زه به تر درېیو پوښتنو پورې وپوښتم.
procedure-q-registered = ایا تاسو خپله د پناه غوښتنه ثبت کړې ده (په Ter Apel یا Schiphol کې)؟
procedure-a-registered-no = نه، زه نوی راغلی یم
procedure-a-registered-yes = هو، زه ثبت شوی یم
procedure-a-choose-phase = پړاو به پخپله وټاکم
procedure-a-ukraine = د اوکراین له جګړې تښتېدلی یم
temporary-protection-intro =
    هغه خلک چې د اوکراین له جګړې تښتېدلي دي، لنډمهاله ساتنه ترلاسه کوي، نه پناه.
    پر تاسو د پناه د هغې پروسې په پرتله چې دلته بیان شوې ده، نور قوانین پلي کېږي.
    RefugeeHelp اداره په اوکرایني او روسي ژبو معلومات لري، د کار او زده کړې په اړه هم.
procedure-q-interview = ایا تاسو له IND (د مهاجرت اداره) سره د خپلې پناه غوښتنې د دلیلونو په اړه مرکې کړې دي؟
procedure-a-interview-no = نه، لا نه
procedure-a-interview-yes = هو
procedure-a-not-sure = ډاډه نه یم
procedure-q-decision = ایا تاسو د IND پرېکړه ترلاسه کړې ده؟
procedure-a-decision-waiting = نه، انتظار کوم
procedure-a-decision-granted = هو، اقامه مې ترلاسه کړه
procedure-a-decision-rejected = هو، رد شوه
phases-menu-intro = د پناه پروسه دا پړاوونه لري. یو یې وټاکئ چې وګورئ څه کېږي.
decision-choose-intro = IND څه پرېکړه وکړه؟

topics-menu-intro = یوه موضوع وټاکئ. تاسو به وګورئ چې کومې ادارې مرسته کولی شي.
organisations-menu-intro = دا اصلي ادارې دي. یوه یې وټاکئ چې وګورئ څه کوي او څنګه ورسره اړیکه ونیسئ.
organisations-by-topic = د موضوع له مخې نورې ادارې

## Flows — flows/procedure.yaml and flows/topics.yaml

procedure-intro = لنعرف معًا أين أنت في إجراءات اللجوء. سأسألك ثلاثة أسئلة على الأكثر.
procedure-q-registered = هل سجّلت طلب اللجوء من قبل (في Ter Apel أو في Schiphol)؟
procedure-a-registered-no = لا، وصلت للتو
procedure-a-registered-yes = نعم، أنا مسجَّل
procedure-a-choose-phase = سأختار المرحلة بنفسي
procedure-a-ukraine = فررتُ من الحرب في أوكرانيا
temporary-protection-intro =
    الأشخاص الذين فرّوا من الحرب في أوكرانيا يحصلون على حماية مؤقتة، وليس على اللجوء.
    تنطبق عليك قواعد مختلفة عن إجراءات اللجوء الموصوفة هنا.
    لدى RefugeeHelp معلومات باللغتين الأوكرانية والروسية، منها معلومات عن العمل والتعليم.
procedure-q-interview = هل أجريت المقابلات مع IND (دائرة الهجرة) عن أسباب طلبك للجوء؟
procedure-a-interview-no = لا، ليس بعد
procedure-a-interview-yes = نعم
procedure-a-not-sure = لست متأكدًا
procedure-q-decision = هل وصلك قرار IND؟
procedure-a-decision-waiting = لا، ما زلت أنتظر
procedure-a-decision-granted = نعم، حصلت على إقامة
procedure-a-decision-rejected = نعم، تم رفض طلبي
phases-menu-intro = إجراءات اللجوء فيها هذه المراحل. اختر مرحلة لترى ماذا يحدث فيها.
decision-choose-intro = ماذا قرّرت IND؟

topics-menu-intro = اختر موضوعًا. سترى المنظمات التي تستطيع مساعدتك.
organisations-menu-intro = هذه هي المنظمات الرئيسية. اختر واحدة لترى ماذا تعمل وكيف تتواصل معها.
organisations-by-topic = منظمات أخرى حسب الموضوع

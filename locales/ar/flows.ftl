## Flows — flows/procedure.yaml and flows/topics.yaml

procedure-intro = لنعرف معًا أين أنت في إجراءات اللجوء.
# Variables:
#   $pact-start (String) - the day the new procedure started, from data/facts.yaml
procedure-q-applied = تغيّرت الإجراءات في { $pact-start }. متى قدّمت طلب اللجوء؟
# Variables:
#   $pact-start (String) - the day the new procedure started
procedure-a-applied-before = قبل { $pact-start }
# Variables:
#   $pact-start (String) - the day the new procedure started
procedure-a-applied-since = في { $pact-start } أو بعده
procedure-a-not-applied = ليس بعد، وصلت للتو
procedure-a-applied-unknown = لا أعرف
procedure-a-ukraine = فررتُ من الحرب في أوكرانيا
procedure-date-unknown =
    انظر في أوراقك من { -org-ind }. تاريخ تقديم طلبك مكتوب فيها.
    لست متأكدًا؟ اطلب من محاميك أو من { -org-vluchtelingenwerk } أو من موظفي { -org-coa } أن ينظروا فيها معك.

temporary-protection-title = الأشخاص الفارّون من أوكرانيا
# Variables:
#   $temporary-protection-until (String) - last day of temporary protection, from data/facts.yaml
#   $third-country-protection-ended (String) - the day it ended for non-Ukrainians, from data/facts.yaml
temporary-protection-intro =
    هل أنت أوكراني وفررت من الحرب؟ إذن عندك حماية مؤقتة، وليس لجوءًا. هذه الحماية سارية حتى نهاية يوم { $temporary-protection-until }. تسجّل نفسك في البلدية التي تسكن فيها، وليس في Ter Apel.
    هل كنت تعيش في أوكرانيا ولست أوكرانيًا؟ انتهت الحماية المؤقتة بالنسبة لك في { $third-country-protection-ended }. يمكنك أن تقدّم طلب لجوء.
    لدى { -org-refugeehelp } معلومات باللغتين الأوكرانية والروسية.

procedure-new-intro = منذ ذلك اليوم، تجري { -org-ind } أولًا فحوصات لكل من يقدّم طلبًا جديدًا. ثم تختار نوع الإجراءات.
procedure-new-q-stage = أين أنت الآن؟
procedure-new-a-checks = في الفحوصات الأولى
procedure-new-a-waiting = أنتظر مقابلتي أو القرار
procedure-new-a-border = على الحدود، في Schiphol
procedure-new-a-decision = وصلني القرار
procedure-a-choose-phase = سأختار الخطوة بنفسي

pact-routes-title = أيّ نوع من الإجراءات؟
pact-routes-button = أنواع الإجراءات
pact-routes-intro =
    بعد الفحوصات الأولى، تختار { -org-ind } نوع الإجراءات لك. تنظر في: من أنت، ومن أين أتيت، ووثائقك وطريق سفرك، وعائلتك في أوروبا، وأسبابك، وصحتك.
    لا تعرف أيّ إجراءات تخصّك؟ اسأل محاميك أو { -org-vluchtelingenwerk }.
pact-phases-menu-intro = هذه خطوات الإجراءات منذ ذلك اليوم. اختر خطوة لترى ماذا يحدث فيها.

# Variables:
#   $pact-start (String) - the day the new procedure started
#   $old-cases-resumed (String) - the day the IND started again with older applications
procedure-old-note = استأنفت { -org-ind } في { $old-cases-resumed } العمل على الطلبات المقدَّمة قبل { $pact-start }. ليس مؤكَّدًا بعد أيّ القواعد تنطبق عليها الآن. في الأسفل الخطوات كما كانت. محاميك أو { -org-vluchtelingenwerk } يعرف ما ينطبق عليك.
procedure-q-interview = هل أجريت مقابلتك المفصّلة مع { -org-ind } (دائرة الهجرة) عن أسباب طلبك للجوء؟
procedure-a-interview-no = لا، ليس بعد
procedure-a-interview-yes = نعم
procedure-q-decision = هل وصلك قرار { -org-ind }؟
procedure-a-decision-waiting = لا، ما زلت أنتظر
procedure-a-decision-granted = حصلت على إقامة
procedure-a-decision-rejected = رُفض طلبي
phases-menu-intro = هذه هي الخطوات كما كانت للطلبات المقدَّمة قبل التغيير. اختر خطوة لترى ماذا كان يحدث فيها.

topics-menu-intro = اختر موضوعًا. سترى المنظمات التي تستطيع مساعدتك.
organisations-menu-intro = هذه هي المنظمات الرئيسية. اختر واحدة لترى ماذا تعمل وكيف تتواصل معها.
organisations-by-topic = منظمات أخرى حسب الموضوع
topics-more-button = مواضيع أخرى ▶
topics-more-intro = مواضيع أخرى. اختر موضوعًا لترى المنظمات التي تستطيع مساعدتك.
organisations-more-button = منظمات أخرى ▶
organisations-more-intro = منظمات أخرى. اختر واحدة لترى ماذا تعمل وكيف تتواصل معها.

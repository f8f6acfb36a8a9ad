## Asylum phases — data/phases.yaml
# Numbers come from data/facts.yaml as variables; never type a number here.
# Words printed on IND letters (beschikking, voornemen, zienswijze) stay in Dutch.

# Variables:
#   $checked (String) - the day these facts were last compared with their sources, written out
phase-checked = دوایین جار پشکنرا: { $checked }. ڕێساکان دەکرێت بگۆڕێن؛ پارێزەرەکەتان کەیسەکەتان دەزانێت.

## Since 12 June 2026: arrival and the first checks

phase-registration = گەیشتن و پشکنینە سەرەتاییەکان
phase-registration-now =
    خۆتان بە سەنتەری داواکاری لە Ter Apel دەناسێنن. ئەگەر بە فڕۆکە یان کەشتی لە دەرەوەی ناوچەی Schengen ـەوە هاتوون، لە Schiphol خۆتان دەناسێنن.
    { -org-ind } دەپشکنێت ئێوە کێن، و پشکنینی ئاسایش و پشکنینی پزیشکی دەکات. هەروەها سەیر دەکات ئایا پێویستتان بە چاودێریی زیاتر هەیە.
# Variables:
#   $minor-age (Number) - under this age you are a child, from data/facts.yaml
phase-registration-help =
    زانیارییەکانی خۆتان لە پۆرتاڵێکی ئۆنلایندا دەنووسن. ئەگەر پێویست بوو، کارمەندانی { -org-ind } یارمەتیتان دەدەن.
    تەمەنتان لە خوار { $minor-age } ساڵەوەیە و بێ دایک و باوک لێرەن؟ { -org-nidos } سەرپەرشتیارێکتان پێ دەدات.
# Variables:
#   $screening-days-inland (Number) - longest first checks inside the country, from data/facts.yaml
phase-registration-next =
    ئەم پشکنینانە لانیزۆر { $screening-days-inland ->
        [one] { $screening-days-inland } ڕۆژ
       *[other] { $screening-days-inland } ڕۆژ
    } دەخایەنن. پاشان { -org-ind } پرۆسەکەتان هەڵدەبژێرێت.

## Since 12 June 2026: the procedures

phase-pact-standard = پرۆسەی ئاسایی
phase-pact-standard-now =
    { -org-ind } لێکۆڵینەوە دەکات کە ئایا پێویستتان بە پاراستن هەیە. سەرەتا ڕوونکردنەوەیەکتان پێ دەدرێت.
    پاشان چاوپێکەوتنێکتان دەبێت. تێیدا ڕوون دەکەنەوە بۆچی داوای پەنابەری دەکەن.
phase-pact-standard-help =
    لەگەڵ پارێزەرەکەتان خۆتان بۆ چاوپێکەوتنەکە ئامادە دەکەن.
    هەروەها مافی ڕاوێژی یاسایی بێبەرامبەرتان هەیە، ئەگەر داوای بکەن. { -org-vluchtelingenwerk } دەتوانێت پێتان بڵێت لە کوێ وەریبگرن.
# Variables:
#   $decision-months-standard (Number) - months the IND has to decide, from data/facts.yaml
phase-pact-standard-next =
    { -org-ind } دەبێت لە ماوەی { $decision-months-standard ->
        [one] { $decision-months-standard } مانگدا
       *[other] { $decision-months-standard } مانگدا
    } بڕیار بدات. پاشان بڕیارەکەی بە نامە وەردەگرن.

phase-pact-accelerated = پرۆسەی خێرا
phase-pact-accelerated-now =
    ئەم پرۆسەیە کورترە. زۆرجار لێرەشدا چاوپێکەوتنێکتان لەگەڵ { -org-ind } دەبێت، کە تێیدا هۆکارەکانتان ڕوون دەکەنەوە.
phase-pact-accelerated-help =
    داوا لە { -org-vluchtelingenwerk } بکەن یارمەتیتان بدات خۆتان ئامادە بکەن. هێشتا پشتڕاست نەکراوەتەوە کە ئایا لەم پرۆسەیەدا پارێزەرتان دەبێت.
# Variables:
#   $decision-months-accelerated (Number) - months the IND has to decide, from data/facts.yaml
phase-pact-accelerated-next =
    { -org-ind } دەبێت لە ماوەی { $decision-months-accelerated ->
        [one] { $decision-months-accelerated } مانگدا
       *[other] { $decision-months-accelerated } مانگدا
    } بڕیار بدات. پاشان بڕیارەکەی بە نامە وەردەگرن.

phase-pact-responsibility = لەوانەیە وڵاتێکی تری EU بەرپرس بێت
phase-pact-responsibility-now =
    { -org-ind } دەپشکنێت ئایا دەبێت وڵاتێکی تری یەکێتیی ئەورووپا (EU) کار لەسەر داواکارییەکەتان بکات، بۆ نموونە لەبەر ئەوەی پێشتر لەوێ بوون یان خێزانتان لەوێیە. ئەم ڕێسایانە جێگەی ڕێساکانی Dublin دەگرنەوە.
    ئەگەر وڵاتێکی تر بەرپرس بێت، لەوانەیە بنێردرێن بۆ ئەوێ.
phase-pact-responsibility-help =
    دەتوانن ناڕەزایی دەرببڕن دژی بڕیاری ناردنتان بۆ وڵاتێکی تر. وادەی کۆتایی لەسەر نامەکە نووسراوە و دەکرێت زۆر کورت بێت. هەر هەمان ڕۆژ پەیوەندی بە پارێزەرەکەتان یان { -org-vluchtelingenwerk } ـەوە بکەن.
phase-pact-responsibility-next =
    ئەگەر هۆڵەندا کار لەسەر داواکارییەکەتان بکات، پاشان { -org-ind } لێکۆڵینەوەی لەسەر دەکات.

phase-pact-admissibility = پرۆسەی وەرگیرانی داواکاری
phase-pact-admissibility-now =
    لەم پرۆسەیەدا { -org-ind } سەرەتا بڕیار دەدات کە ئایا هەر لێکۆڵینەوە لە داواکارییەکەتان لە هۆڵەندا دەکات یان نا.
phase-pact-admissibility-help =
    لە پارێزەرەکەتان یان { -org-vluchtelingenwerk } بپرسن ئەمە بۆ ئێوە چی دەگەیەنێت.
phase-pact-admissibility-next =
    { -org-ind } بڕیارەکەی بە نامە بۆتان دەنێرێت.

phase-pact-border = پرۆسەی سنوور (Schiphol)
# Variables:
#   $screening-days-border (Number) - longest checks at the border, from data/facts.yaml
phase-pact-border-now =
    بە فڕۆکە یان کەشتی لە دەرەوەی ناوچەی Schengen ـەوە هاتوون؟ ئەو کاتە Royal Marechaussee (پۆلیسی سنووری هۆڵەندا) لە سنوورەکەدا دەتانپشکنێت، بۆ ماوەی لانیزۆر { $screening-days-border ->
        [one] { $screening-days-border } ڕۆژ
       *[other] { $screening-days-border } ڕۆژ
    }.
    لەوانەیە پاشان { -org-ind } لە پرۆسەی سنووردا کار لەسەر داواکارییەکەتان بکات. ئەم پرۆسەیە بۆ ئەو کەسانەیە کە ئەگەری وەرگرتنی پاراستنیان کەمە، یان بە مەترسی بۆ سەر ئاسایشی گشتی دادەنرێن.
phase-pact-border-help =
    لەوانەیە ناچار بن لە سەنتەرێکی داخراودا بمێننەوە. داوای پارێزەر بکەن، و پەیوەندی بە { -org-vluchtelingenwerk } ـەوە بکەن.
# Variables:
#   $border-procedure-weeks (Number) - longest border procedure, from data/facts.yaml
phase-pact-border-next =
    پرۆسەی سنوور دەبێت لە ماوەی { $border-procedure-weeks ->
        [one] { $border-procedure-weeks } هەفتەدا
       *[other] { $border-procedure-weeks } هەفتەدا
    } تەواو بێت.

## Since 12 June 2026: the decision and after it

phase-pact-decision = بڕیارەکە
phase-pact-decision-now =
    { -org-ind } بڕیارەکەی بە نامە دەنێرێت. بە هۆڵەندی پێی دەوترێت "beschikking". لەگەڵ پارێزەرەکەتان یان { -org-vluchtelingenwerk } بیخوێننەوە.
# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
phase-pact-decision-help =
    ڕێساکانی تانەدان لە { $pact-start } گۆڕان. وادەی کۆتایی بۆ تانەدان لەسەر نامەکە نووسراوە، و دەکرێت زۆر کورت بێت.
    هەر هەمان ڕۆژ پەیوەندی بە پارێزەرەکەتان یان { -org-vluchtelingenwerk } ـەوە بکەن.
phase-pact-decision-next =
    { -org-ind } چ بڕیارێکی دا؟

phase-pact-granted = مۆڵەتی مانەوە درا
# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
phase-pact-granted-now =
    { -org-ind } مۆڵەتی مانەوەی پەنابەری پێداون. ماوەی کارپێکردنی لەسەری نووسراوە.
    لە { $pact-start } بەدواوە دوو جۆر مۆڵەتی مانەوەی پەنابەری هەیە، و ڕێساکانی هێنانی خێزانەکەتان گۆڕاون.
phase-pact-granted-help =
    { -org-vluchtelingenwerk } یارمەتیتان دەدات لە کۆکردنەوەی خێزان و لە دەستپێکردنی ژیانتان لێرە. زوو لێیان بپرسن.
phase-pact-granted-next =
    { -org-coa } بەرنامەیەک پێشکەش دەکات بۆ ئامادەکردنتان بۆ تێکەڵبوون بە کۆمەڵگا: وانەی زمانی هۆڵەندی و ژیان لە هۆڵەندا.

phase-pact-rejected = داواکاری ڕەتکرایەوە
phase-pact-rejected-now =
    { -org-ind } داواکارییەکەتانی ڕەتکردۆتەوە. ڕەتکردنەوەکە هەروەها دەڵێت کە دەبێت بڕۆن (بڕیاری گەڕانەوە). دەتوانن لە دادگا تانە (ئیستیئناف) لە هەردووکیان پێکەوە بدەن.
phase-pact-rejected-help =
    وادەی کۆتایی لەسەر نامەکە نووسراوە و دەکرێت زۆر کورت بێت. هەر ئەمڕۆ لەگەڵ پارێزەرەکەتان یان { -org-vluchtelingenwerk } قسە بکەن.
    لە پارێزەرەکەتان بپرسن ئایا لە ماوەی تانەکەدا دەتوانن لە هۆڵەندا بمێننەوە.
phase-pact-rejected-next =
    بەپێی ڕێسا نوێیەکان، هێشتا پشتڕاست نەکراوەتەوە کە دوای ڕەتکردنەوە تا کەی دەتوانن لە سەنتەری وەرگرتن بمێننەوە. لە { -org-coa } و پارێزەرەکەتان بپرسن.
    { -org-dtv } لەگەڵتان قسە دەکات دەربارەی ڕۆیشتن. ئەگەر گەڕانەوە هەڵبژێرن، { -org-iom } دەتوانێت یارمەتیتان بدات.

phase-new-application = داواکارییەکی نوێ
# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
phase-new-application-now =
    داواکارییەکەتان بە شێوەیەکی کۆتایی ڕەتکراوەتەوە، و لەو کاتەوە شتێکی گرنگ گۆڕاوە؟ ئەو کاتە لەوانەیە بتوانن دووبارە داوا بکەنەوە.
    ڕێساکانی ئەمە لە { $pact-start } گۆڕان.
phase-new-application-help =
    پێش ئەوەی دووبارە داوا بکەنەوە، لەگەڵ پارێزەرێک یان { -org-vluchtelingenwerk } قسە بکەن.

## Applications made before 12 June 2026: the steps as they were

# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
phase-old-rules-note = ئەمانە هەنگاوەکانن بۆ ئەو داواکارییانەی پێش { $pact-start } کراون. پشتڕاست نەکراوەتەوە کە ئێستا کام ڕێسا بۆ کەیسەکەتان جێبەجێ دەکرێت.

phase-rest-and-preparation = حەوانەوە و ئامادەکاری
# Variables:
#   $rest-days (Number) - shortest rest and preparation period, from data/facts.yaml
phase-rest-and-preparation-now =
    لانیکەم { $rest-days ->
        [one] { $rest-days } ڕۆژ
       *[other] { $rest-days } ڕۆژ
    } لە سەنتەری وەرگرتن لە ماوەی پرۆسەکەدا (pol) دەمێننەوە. ئەم کاتە بۆ حەوانەوەیە، و بۆ ئامادەکردنی چاوپێکەوتنەکەتان لەگەڵ پارێزەرەکەتان.
# Variables:
#   $weekly-allowance (String) - weekly living allowance, written out, from data/facts.yaml
phase-rest-and-preparation-help =
    { -org-coa } شوێنی ژیان، زۆرجار پارەی خواردن، و هەفتانە { $weekly-allowance } پارەی ژیانتان پێ دەدات (بڕەکە لەوانەیە بگۆڕێت).
    { -org-vluchtelingenwerk } پرۆسەکە ڕوون دەکاتەوە. { -org-gza } چاودێریی پزیشکی دەکات.
phase-rest-and-preparation-next =
    دوای ئەم ماوەیە، پرۆسەی گشتیی پەنابەری دەست پێدەکات.

phase-general-procedure = پرۆسەی گشتیی پەنابەری
phase-general-procedure-now =
    { -org-ind } چاوپێکەوتنی ورد دەربارەی هۆکارەکانی داواکردنی پەنابەری لەگەڵتان دەکات. پارێزەرەکەتان لەگەڵتان ئامادەی دەکات.
phase-general-procedure-help =
    ئەگەر { -org-ind } نیازی هەبێت داواکارییەکەتان ڕەت بکاتەوە، سەرەتا نامەی نیازی ڕەتکردنەوە دەنێرێت (بە هۆڵەندی: "voornemen"). پارێزەرەکەتان بە نووسین وەڵامی دەداتەوە ("zienswijze"). کاتێکی کەم بۆ ئەمە هەیە.
# Variables:
#   $old-cases-resumed (String) - the day the IND started again with older applications, from data/facts.yaml
phase-general-procedure-next =
    پاشان { -org-ind } بڕیار دەدات و نامەیەک دەنێرێت ("beschikking"). { -org-ind } لە { $old-cases-resumed } دووبارە دەستی کردەوە بەم داواکارییە کۆنانە، بۆیە زۆر کەس ماوەیەکی درێژ چاوەڕێ دەکەن.

phase-decision-granted = بڕیار: مۆڵەتی مانەوە درا
phase-decision-granted-now =
    { -org-ind } مۆڵەتی مانەوەی پەنابەری پێداون. ماوەی کارپێکردنی لەسەری نووسراوە.
# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
phase-decision-granted-help =
    ڕێساکانی هێنانی خێزان لە { $pact-start } گۆڕان، بۆ داواکارییە پێشووەکانیش. زوو لە { -org-vluchtelingenwerk } بپرسن.
    { -org-rode-kruis } (Rode Kruis) دەتوانێت بەدوای ئەو ئەندامانەی خێزانەکەتاندا بگەڕێت کە پەیوەندیتان لەگەڵیان پچڕاوە.
phase-decision-granted-next =
    { -org-coa } بەرنامەیەک پێشکەش دەکات بۆ ئامادەکردنتان بۆ تێکەڵبوون بە کۆمەڵگا: وانەی زمانی هۆڵەندی و ژیان لە هۆڵەندا.

phase-decision-rejected = بڕیار: ڕەتکرایەوە
phase-decision-rejected-now =
    { -org-ind } داواکارییەکەتانی ڕەتکردۆتەوە. دەتوانن لە دادگا تانە (ئیستیئناف) بدەن. وادەی کۆتایی لەسەر نامەکە ("beschikking") نووسراوە و دەکرێت زۆر کورت بێت.
phase-decision-rejected-help =
    هەر ئەمڕۆ لەگەڵ پارێزەرەکەتان یان { -org-vluchtelingenwerk } قسە بکەن. لە پارێزەرەکەتان بپرسن ئایا لە ماوەی تانەکەدا دەتوانن لە هۆڵەندا بمێننەوە.
phase-decision-rejected-next =
    پشتڕاست نەکراوەتەوە کە دوای ڕەتکردنەوە تا کەی دەتوانن لە سەنتەری وەرگرتن بمێننەوە. لە { -org-coa } و پارێزەرەکەتان بپرسن.
    { -org-dtv } بە بوونی وەرگێڕ لەگەڵتان قسە دەکات دەربارەی ڕۆیشتن. ئەگەر گەڕانەوە هەڵبژێرن، { -org-iom } دەتوانێت یارمەتیتان بدات.

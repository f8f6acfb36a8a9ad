## Asylum phases — data/phases.yaml

## Phase: registration

phase-registration = تۆمارکردن

# Variables:
#   $days (String) - how many days you stay in the col, e.g. "3-10", from data/phases.yaml
phase-registration-now =
    خۆتان بە سەنتەری داواکاری لە Ter Apel دەناسێنن. ئەگەر بە فڕۆکە هاتوون، لە Schiphol خۆتان دەناسێنن.
    زۆرجار { $days } ڕۆژ لە سەنتەری وەرگرتنی ناوەندی (col) دەمێننەوە.
    لەوێ GZA پشکنینی پزیشکیتان بۆ دەکات، و GGD پشکنینی سیل (TB) دەکات.
    لە چاوپێکەوتنی تۆمارکردندا پرسیارتان لێ دەکرێت دەربارەی ناسنامە، ڕەگەزنامە، ڕێگای گەشت و خێزانەکەتان. لەم قۆناغەدا هێشتا پارێزەرتان نییە.

phase-registration-coa =
    COA شوێنی خەوتن، خواردن و کەرەستەی پاکوخاوێنیتان پێ دەدات.
    هەروەها COA دەپشکنێت کێ پێویستی بە ئاگاداری یان پاراستنی تایبەت هەیە، بۆ نموونە بەهۆی کێشەی تەندروستی یان نیشانەکانی بازرگانی بە مرۆڤەوە.
    ئەگەر هەست بە ناسەلامەتی یان نەخۆشی دەکەن، بە کارمەندانی COA بڵێن.

phase-registration-help =
    لە ماوەی پرۆسەکەدا GZA دکتۆرەکەتانە.
    ئەگەر تەمەنتان لە خوار 18 ساڵەوەیە و بێ دایک و باوک هاتوون، Nidos سەرپەرشتیارێکتان پێ دەدات.
    دەستەی یارمەتی یاسایی لە سەنتەری داواکاریدا مێزی هەیە، و پارێزەرێکی بێبەرامبەرتان بۆ دابین دەکات.

phase-registration-next =
    دواتر ماوەی حەوانەوە و ئامادەکاری دێت. دەگوازرێنەوە بۆ سەنتەری وەرگرتنی پرۆسە (pol)، لە نزیک نووسینگەیەکی IND.
    ئەگەر لە وڵاتێکەوە هاتوون کە بە سەلامەت دادەنرێت، لەوانەیە هەموو پرۆسەکەتان لە ماوەی مانەوەتان لە col دا تەواو بێت.

## Phase: rest-and-preparation

phase-rest-and-preparation = حەوانەوە و ئامادەکاری

# Variables:
#   $rest-days (String) - minimum length of the rest and preparation period, e.g. "6", from data/phases.yaml
phase-rest-and-preparation-now =
    لانیکەم { $rest-days } ڕۆژ لە سەنتەری وەرگرتنی پرۆسە (pol) دەمێننەوە.
    ئەم کاتە بۆ حەوانەوە و ئامادەبوونە بۆ چاوپێکەوتنەکانی پەنابەری.
    پارێزەرەکەتان بۆ ئامادەکاری دەتانبینێت، و VluchtelingenWerk ڕوونی دەکاتەوە کە پرۆسەکە چۆن کار دەکات.

# Variables:
#   $allowance (String) - weekly living allowance, e.g. "€14.47", from data/phases.yaml
phase-rest-and-preparation-coa =
    COA شوێنی ژیان، و زۆرجار پارەی خواردنتان پێ دەدات، بۆ ئەوەی خۆتان چێشت لێبنێن.
    هەروەها هەفتانە { $allowance } پارەی ژیانتان پێ دەدرێت (بڕەکە لەوانەیە بگۆڕێت).
    COA پارەی پاس و شەمەندەفەر دەدات بۆ چوون بۆ لای پارێزەرەکەتان.
    ئەگەر ئەگەری وەرگرتنی ئیقامەتان زۆرە، دەتوانن لێرە دەست بە وانەی زمانی هۆڵەندی بکەن.

phase-rest-and-preparation-help =
    پارێزەرەکەتان بێبەرامبەرە؛ دەستەی یارمەتی یاسایی بۆتانی دابین دەکات.
    VluchtelingenWerk پرۆسەکە ڕوون دەکاتەوە، و دەتوانێت یارمەتیتان بدات خۆتان ئامادە بکەن.
    GZA چاودێریی پزیشکی دەکات. هەر کێشەیەکی تەندروستیتان هەیە، پێیان بڵێن.
    ئەگەر تەمەنتان لە خوار 18 ساڵەوەیە و بێ دایک و باوک هاتوون، سەرپەرشتیارەکەتان لە Nidos یارمەتیتان دەدات.

phase-rest-and-preparation-next =
    دوای ماوەی حەوانەوە و ئامادەکاری، پرۆسەی گشتیی پەنابەری دەست پێدەکات.
    IND چاوپێکەوتنتان لەگەڵ دەکات، و پاشان بڕیار لەسەر داواکارییەکەتان دەدات.

## Phase: general-procedure

phase-general-procedure = پرۆسەی گشتیی پەنابەری

# Variables:
#   $decision-days (String) - working days for a decision in the general procedure, e.g. "6", from data/phases.yaml
#   $decision-days-max (String) - longest general procedure in days, e.g. "9", from data/phases.yaml
phase-general-procedure-now =
    IND چاوپێکەوتنتان لەگەڵ دەکات. یەکەم چاوپێکەوتن دەربارەی ناسنامە و ڕێگای گەشتەکەتانە.
    چاوپێکەوتنی دووەم وردترە. دەربارەی هۆکارەکانی داواکردنی پەنابەرییە.
    IND زۆرجار لە ماوەی { $decision-days } ڕۆژی کاردا بڕیار دەدات، هەندێک جار تا { $decision-days-max } ڕۆژ.
    ئەگەر ئەم کاتە بەس نەبێت، داواکارییەکەتان دەچێتە پرۆسەی درێژکراوە (VA).

phase-general-procedure-coa =
    هەر لە سەنتەری وەرگرتنی پرۆسە (pol) دەژین.
    COA هەمان پشتگیریی پێشووتان پێ دەدات: نیشتەجێبوون، پارەی خواردن، پارەی هەفتانە، و چاودێریی تەندروستی لە ڕێگەی GZA ـەوە.

# Variables:
#   $reply-days (String) - days your lawyer has to answer an intention to reject in the general procedure, e.g. "1", from data/phases.yaml
phase-general-procedure-help =
    پارێزەرەکەتان لەگەڵتان چاوپێکەوتنەکان ئامادە دەکات.
    ئەگەر IND بیەوێت داواکارییەکەتان ڕەت بکاتەوە، سەرەتا نامەیەک دەنێرێت کە دەڵێت نیازی ڕەتکردنەوەی هەیە. لە پرۆسەی گشتیدا پارێزەرەکەتان { $reply-days } ڕۆژی هەیە بۆ ئەوەی بە نووسین وەڵامی بداتەوە.
    هەروەها VluchtelingenWerk پشتگیریتان دەکات؛ هەندێک جار خۆبەخشێک دەتوانێت لەگەڵتان بێت بۆ چاوپێکەوتن.

# Variables:
#   $work-months (String) - months an application must be pending before you may work, e.g. "6", from data/phases.yaml
phase-general-procedure-next =
    دواتر بڕیاری IND وەردەگرن: ئیقامە یان ڕەتکردنەوە.
    پرۆسەی درێژکراوە کاتی زیاتر دەخایەنێت. پارێزەرەکەتان یان VluchtelingenWerk دەتوانن وادەی کۆتاییتان پێ بڵێن.
    کاتێک داواکارییەکەتان { $work-months } مانگ چاوەڕێی بڕیار بوو، دەتوانن کار بکەن. ئەو کاتە خاوەنکارەکەتان پێویستی بە مۆڵەتی کار هەیە بۆ ئێوە.

## Phase: decision-granted

phase-decision-granted = بڕیار: ئیقامە درا

# Variables:
#   $permit-years (String) - validity of the asylum permit in years, e.g. "5", from data/phases.yaml
phase-decision-granted-now =
    IND مۆڵەتی مانەوەی پەنابەری (ئیقامە) پێداون.
    بۆ { $permit-years } ساڵ دروستە، لە ڕۆژی پێشکەشکردنی داواکارییەکەتانەوە. دوای ئەوە دەتوانن داوای مۆڵەتی هەمیشەیی بکەن.
    دەتوانن کار بکەن.

phase-decision-granted-coa =
    COA بۆ ئێستا هەر شوێنی مانەوە و پشتگیریتان پێ دەدات.
    COA بەرنامەیەک پێشکەش دەکات بۆ ئامادەکردنتان بۆ تێکەڵبوون بە کۆمەڵگا: فێربوونی زمانی هۆڵەندی و ناسینی ژیان لە هۆڵەندا.

phase-decision-granted-help =
    VluchtelingenWerk یارمەتیتان دەدات لە کۆکردنەوەی خێزان، و لە دەستپێکردنی ژیانتان لێرە.
    ئەگەر پەیوەندیتان لەگەڵ ئەندامانی خێزانەکەتان پچڕاوە، خاچی سوور (Red Cross) دەتوانێت یارمەتیتان بدات بەدوایاندا بگەڕێن.

# Variables:
#   $reunification-months (String) - months after the permit to apply for family reunification, e.g. "3", from data/phases.yaml
phase-decision-granted-next =
    دواتر تێکەڵبوون بە کۆمەڵگا دێت.
    ئەگەر دەتانەوێت ئەندامانی خێزانەکەتان بێنە لاتان، لە ماوەی { $reunification-months } مانگ دوای وەرگرتنی ئیقامەکەتان داوا بکەن. ئەو کاتە یاساکان ئاسانترن، بۆ نموونە مەرجی داهات نییە.
    لە کاتی خۆیدا داوای یارمەتی لە VluchtelingenWerk بکەن.

## Phase: decision-rejected

phase-decision-rejected = بڕیار: ڕەتکرایەوە

# Variables:
#   $appeal-weeks-short (String) - short appeal deadline in weeks, e.g. "1", from data/phases.yaml
#   $appeal-weeks (String) - normal appeal deadline in weeks, e.g. "4", from data/phases.yaml
phase-decision-rejected-now =
    IND داواکارییەکەتانی ڕەتکردۆتەوە. دەتوانن لە دادگا تانە (ئیستیئناف) بدەن.
    ماوەکە کورتە: { $appeal-weeks-short } هەفتە، ئەگەر بڕیارەکە لە پرۆسەی گشتیدا درابێت، یان ئەگەر بڕیارەکە بڵێت داواکارییەکەتان بە ئاشکرا بێبنەمایە یان وەرناگیرێت. لە حاڵەتەکانی تردا { $appeal-weeks } هەفتە.
    هەر ئەمڕۆ لەگەڵ پارێزەرەکەتان قسە بکەن. تانەدان هیچ تێچوویەکی بۆ ئێوە نییە.

phase-decision-rejected-coa =
    COA بۆ ئێستا هەر شوێنی مانەوەتان پێ دەدات.
    COA بۆ گەورەساڵانێک کە داواکارییەکەیان ڕەتکراوەتەوە، ڕاهێنانێک دەربارەی داهاتوویان پێشکەش دەکات.

phase-decision-rejected-help =
    پارێزەرەکەتان دەتوانێت بۆتان تانە بدات.
    DT&V گفتوگۆی ڕۆیشتنتان لەگەڵ دەکات، بە بوونی وەرگێڕ.
    ئەگەر گەڕانەوە هەڵبژێرن، IOM دەتوانێت پشتگیری گەڕانەوەی خۆبەخشانەتان بکات.
    هەروەها VluchtelingenWerk دەتوانێت ئامۆژگاریتان بکات.

phase-decision-rejected-next =
    تا تانەکەتان تەواو دەبێت، زۆرجار دەتوانن لە هۆڵەندا بمێننەوە. هەندێک حاڵەتی جیاواز هەیە؛ پارێزەرەکەتان دەزانێت ئایا یەکێکیان بۆ ئێوەیە، و ئەو کاتە دەتوانێت داوا لە دادگا بکات کە ڕێگەتان بدات بمێننەوە.
    ئەگەر تانەیەکی تر لە ئەنجومەنی دەوڵەت (Raad van State) بدەن، ئەمە ڕێگەتان نادات لە کاتی ئەو تانەیەدا بمێننەوە.

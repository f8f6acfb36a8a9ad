## Service categories — data/categories.yaml

# category-<id> is the button label (1-3 words).
# category-<id>-intro is shown above the list of organisations.

category-emergency = فریاکەوتن
# Variables:
#   $emergency-number (String) - the emergency number, from data (facts.yaml -> organisations.yaml); never translate or reformat
category-emergency-intro = ئێستا لە مەترسیدان؟ پەیوەندی بە { $emergency-number } بکەن (پۆلیس، ئەمبولانس، ئاگرکوژێنەوە). بێبەرامبەرە، لە هەر تەلەفۆنێکەوە، شەو و ڕۆژ.
## Typed danger: the first line of the emergency screen, by the kind of danger
# Variables:
#   $emergency-number (String), $suicide-line (String), $veilig-thuis-line (String),
#   $sexual-violence-line (String), $trafficking-line (String) - phone numbers, from data
danger-fire = ئاگر یان دووکەڵ؟ بچنە دەرەوە، دەرگاکان لە دوای خۆتانەوە دابخەن و پەیوەندی بە { $emergency-number } بکەن.
danger-medical = کەسێک بە سەختی بریندار یان نەخۆشە؟ ئێستا پەیوەندی بە { $emergency-number } بکەن و بڵێن لە کوێن.
danger-suicide = پێویست ناکات بە تەنها بەرگەی ئەمە بگرن. ئێستا لە مەترسیدان: پەیوەندی بە { $emergency-number } بکەن. بۆ قسەکردن لەگەڵ کەسێک: { $suicide-line }.
danger-violence = ئێستا لە مەترسیدان: پەیوەندی بە { $emergency-number } بکەن. توندوتیژی لە ماڵەوە: { -org-veilig-thuis } { $veilig-thuis-line }.
danger-sexual-violence = ئێستا لە مەترسیدان: پەیوەندی بە { $emergency-number } بکەن. دوای لاقەکردن یان دەستدرێژی: { -org-centrum-seksueel-geweld } { $sexual-violence-line }.
danger-crime = هەڕەشەتان لێکراوە یان هێرشتان کراوەتە سەر؟ بچنە شوێنێکی سەلامەت و پەیوەندی بە { $emergency-number } بکەن.
danger-child = منداڵێک لە مەترسیدایە: پەیوەندی بە { $emergency-number } بکەن. نیگەرانی منداڵێکن: { -org-veilig-thuis } { $veilig-thuis-line }.
danger-trafficking = بە زۆر ڕاگیراون یان ناچار دەکرێن: هەر کاتێک توانیتان پەیوەندی بە { $emergency-number } بکەن. { -org-comensha } یارمەتی قوربانیانی بازرگانی بە مرۆڤەوە دەدات: { $trafficking-line }.

emergency-what-to-say =
    بڵێن لە کوێن (ناونیشان یان ناوی سەنتەرەکەتان)، چی ڕوویداوە، و ئایا کەسێک بریندار بووە.
# Variables:
#   $suicide-line (String) - 113's free number, from data
#   $veilig-thuis-line (String) - Veilig Thuis, from data
#   $sexual-violence-line (String) - Centrum Seksueel Geweld, from data
emergency-not-now =
    لەم ساتەدا لە مەترسیدا نین؟ ئەم هێڵانە بێبەرامبەرن و شەو و ڕۆژ کراوەن:
    - بیر لە کۆتاییهێنان بە ژیانی خۆتان دەکەنەوە: { $suicide-line }. کەسێک گوێتان لێ دەگرێت؛ پێویست ناکات ناوتان بڵێن.
    - توندوتیژی لە ماڵەوە: { $veilig-thuis-line } ({ -org-veilig-thuis }). ئامۆژگاریتان دەکەن و دەتوانن یارمەتی بنێرن.
    - لاقەکردن یان دەستدرێژیی سێکسی: { $sexual-violence-line } ({ -org-centrum-seksueel-geweld }). یارمەتیی پزیشکی و یارمەتیی تر.

category-legal = یارمەتی یاسایی
category-legal-intro =
    لە پرۆسەی ئاسایی پەنابەریدا، لەگەڵ پارێزەرێک خۆتان بۆ چاوپێکەوتنەکەتان ئامادە دەکەن. دەستەی یارمەتی یاسایی ({ -org-raad-voor-rechtsbijstand }) پارێزەری پەنابەری دابین دەکات.
    { -org-vluchtelingenwerk } لە ماوەی پرۆسەکەتاندا بێبەرامبەر یارمەتیتان دەدات.
    نامەیەکتان بە وادەی کۆتاییەوە وەرگرتووە؟ هەر هەمان ڕۆژ پەیوەندی بە پارێزەرەکەتان یان { -org-vluchtelingenwerk } ـەوە بکەن.

category-health = تەندروستی
# Variables:
#   $emergency-number (String) - the emergency number, from data
#   $suicide-line (String) - 113's free number, from data
category-health-intro =
    ژیان لە مەترسیدایە؟ یەکسەر پەیوەندی بە { $emergency-number } بکەن.
    لە سەنتەری وەرگرتن، { -org-gza } دکتۆرەکەتانە. بۆ کێشەی پزیشکی هەر کاتێک، شەو و ڕۆژ، پەیوەندی بە { -org-gza } Praktijklijn بکەن؛ بۆ پرسیاری تر لە کاتی دەوامدا. وەرگێڕ هەیە.
    بیر لە کۆتاییهێنان بە ژیانی خۆتان دەکەنەوە؟ پەیوەندی بە { $suicide-line } بکەن: کەسێک گوێتان لێ دەگرێت، بێبەرامبەر و بێ ناو، شەو و ڕۆژ.

category-reception = نیشتەجێبوون ({ -org-coa })
category-reception-intro =
    لە ماوەی پرۆسەکەتاندا { -org-coa } شوێنی ژیان، پارەی هەفتانە و چاودێریی تەندروستیتان پێ دەدات، و قوتابخانە بۆ منداڵەکانتان.
    بۆ پرسیار، سەرەتا بچن بۆ مێزی زانیاری لە سەنتەرەکەتان، یان سەیری MyCOA بکەن.

category-procedure = پرۆسەی پەنابەری
category-procedure-intro =
    { -org-ind } بڕیار لەسەر داواکاریی پەنابەرییەکەتان دەدات.
    { -org-vluchtelingenwerk } و { -org-refugeehelp } هەموو هەنگاوێکی پرۆسەکە بە چەندین زمان ڕوون دەکەنەوە.
    پارێزەرەکەتان دەتوانێت وادەکانتان پێ بڵێت.

category-family = خێزان
# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
category-family-intro =
    مۆڵەتی مانەوەتان هەیە و دەتانەوێت خێزانەکەتان بێن؟ ڕێساکان لە { $pact-start } گۆڕان: ئەندامانی کەمتری خێزان دەگرێتەوە، و مەرجی زیاتر هەیە. زوو لە { -org-vluchtelingenwerk } بپرسن؛ لەمەدا یارمەتیتان دەدەن.
    پەیوەندیتان لەگەڵ خێزانەکەتان پچڕاوە؟ { -org-rode-kruis } (Rode Kruis) دەتوانێت بێبەرامبەر بەدوایاندا بگەڕێت.

category-sgbv = توندوتیژی و ئازاردان
# Variables:
#   $emergency-number (String) - the emergency number, from data
#   $sexual-violence-best-within-days (Number) - from data/facts.yaml
category-sgbv-intro =
    ئێستا لە مەترسیدان؟ پەیوەندی بە { $emergency-number } بکەن.
    توندوتیژی لە ماڵەوە، توندوتیژیی سێکسی و ئازاردان هەرگیز ڕەوا نین. دەتوانن یارمەتی وەربگرن، و پێویست ناکات ناوتان بڵێن.
    { -org-veilig-thuis } و { -org-centrum-seksueel-geweld } بێبەرامبەرن و شەو و ڕۆژ کراوەن.
    دوای لاقەکردن یان دەستدرێژیی سێکسی، هەرچی زووتر یارمەتی وەربگرن، باشترە لە ماوەی { $sexual-violence-best-within-days ->
        [one] { $sexual-violence-best-within-days } ڕۆژدا
       *[other] { $sexual-violence-best-within-days } ڕۆژدا
    }.

category-trafficking = بازرگانی بە مرۆڤەوە
# Variables:
#   $emergency-number (String) - the emergency number, from data
category-trafficking-intro =
    ئایا کەسێک ناچارتان دەکات کار بکەن یان سێکس بکەن، بەڵگەنامەکانتان لێ دەسەنێت، یان ناهێڵێت بڕۆن؟ ئەمە لەوانەیە بازرگانی بە مرۆڤەوە بێت.
    ئەمە تاوانە، و دەتوانن یارمەتی وەربگرن. هەروەها دەتوانن بە کارمەندانی { -org-coa } بڵێن.
    ئێستا لە مەترسیدان؟ پەیوەندی بە { $emergency-number } بکەن.

category-children = منداڵان و هەرزەکاران
# Variables:
#   $minor-age (Number) - under this age you are a child, from data/facts.yaml
category-children-intro =
    تەمەنتان لە خوار { $minor-age } ساڵەوەیە و بێ دایک و باوک هاتوون؟ { -org-nidos } سەرپەرشتیارێکتان پێ دەدات کە یارمەتیتان دەدات.
    منداڵان و گەنجان دەتوانن دەربارەی هەر شتێک لەگەڵ { -org-kindertelefoon } قسە بکەن، بێبەرامبەر و بێ ناو.
    نیگەرانی منداڵێکن لە ماڵەوە؟ { -org-veilig-thuis } دەتوانێت یارمەتی بدات.

category-lgbtiq = LGBTIQ+
category-lgbtiq-intro =
    ئەگەر لەبەر ئەوەی LGBTIQ+ن داوای یارمەتی لە { -org-coa } بکەن، ئەمە هیچ کاریگەرییەکی لەسەر پرۆسەی پەنابەرییەکەتان نییە.
    هەندێک شوێنی { -org-coa } کەسێکی پەیوەندییان هەیە بۆ دانیشتووانی LGBTIQ+.
    ئەو ڕێکخراوانەی خوارەوە پشتگیری، زانیاری و هاوڕێ (buddy) دابین دەکەن.

category-work = کار
# Variables:
#   $work-months (Number) - months an application had to be pending, from data/facts.yaml
category-work-intro =
    بەپێی ڕێسا کۆنەکان، کاتێک داواکاریی پەنابەرییەکەتان { $work-months ->
        [one] { $work-months } مانگ
       *[other] { $work-months } مانگ
    } چاوەڕێی بڕیار بووایە، دەتانتوانی کار بکەن، و خاوەنکارەکەتان پێویستی بە مۆڵەتی کار (TWV) بوو. هێشتا پشتڕاست نەکراوەتەوە کە ئایا ئەمە گۆڕاوە.
    پاراستنی کاتی بۆ ئۆکرانیا ڕێسای تری هەیە. { -org-refugeehelp } ڕوونیان دەکاتەوە، و { -org-uaf } یارمەتی خوێندن و کار دەدات.

category-education = خوێندن
# Variables:
#   $school-age-from (Number), $school-age-to (Number) - ages of compulsory school, from data/facts.yaml
#   $school-start-months (Number) - months within which children start school
#   $secondary-school-age (Number) - from this age children go to a transition class
#   $minor-age (Number) - the age of adulthood
category-education-intro =
    قوتابخانە لە تەمەنی { $school-age-from } تا { $school-age-to } ساڵی ناچارییە. منداڵانی ناو پرۆسەی پەنابەری لە ماوەی { $school-start-months ->
        [one] { $school-start-months } مانگدا
       *[other] { $school-start-months } مانگدا
    } دەست بە قوتابخانە دەکەن.
    منداڵانی خوار { $secondary-school-age } ساڵ دەچنە قوتابخانەیەکی سەرەتایی لە نزیک یان لەناو azc. لە { $secondary-school-age } تا { $minor-age } ساڵ، دەچنە پۆلی گواستنەوەی نێودەوڵەتی (ISK).
    { -org-uaf } یارمەتی خوێندن لە کۆلێژ یان زانکۆ دەدات.
    ئەگەر مۆڵەتتان هەبێت، { -org-coa } بەرنامەیەک پێشکەش دەکات بۆ ئامادەکردنتان بۆ تێکەڵبوون بە کۆمەڵگا: وانەی زمانی هۆڵەندی و ژیان لە هۆڵەندا.

category-return = گەڕانەوە بۆ وڵات
category-return-intro =
    دەتانەوێت بگەڕێنەوە بۆ وڵاتەکەتان؟ { -org-iom } دەتوانێت لە گەشتەکەدا یارمەتیتان بدات، و لە دەستپێکردنەوەی ژیان لەوێ.
    دوای ڕەتکردنەوە، { -org-dtv } لەگەڵتان قسە دەکات دەربارەی جێهێشتنی هۆڵەندا.
    { -org-vluchtelingenwerk } دەتوانێت یارمەتیتان بدات بیر لە داهاتووتان بکەنەوە.

category-volunteer = خۆبەخشی و بەخشین
category-volunteer-intro =
    دەتانەوێت یارمەتی بدەن؟ { -org-vluchtelingenwerk } لەگەڵ خۆبەخشان کار دەکات. لە زانیارییەکانیدا دەبینن لە کوێ ناوتان تۆمار بکەن.
    دەتانەوێت پارە ببەخشن؟ { -org-stichting-vluchteling } بەخشین کۆدەکاتەوە بۆ پەنابەران لە وڵاتانی تر. سەیری ماڵپەڕەکەی بکەن.

# Shown above the list of organisations of a category.
# Variables:
#   $count (Number) - how many organisations are listed
category-organisations-count =
    { $count ->
        [one] ئەم ڕێکخراوە دەتوانێت یارمەتی بدات:
       *[other] ئەم { $count } ڕێکخراوە دەتوانن یارمەتی بدەن:
    }

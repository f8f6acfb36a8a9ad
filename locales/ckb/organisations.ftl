## Organisations — data/organisations.yaml

# Each organisation has org-<id>-about: what it does for you.
# Phone label messages (phone-<org>-<what>) say who a line is for, what it
# costs and whether you can stay anonymous. Numbers and hours come from data.

## Emergency and police

org-emergency-services-about =
    ژمارەی پۆلیس، ئەمبولانس یان ئاگرکوژێنەوە، کاتێک مەترسییەکی گەورە و ڕاستەوخۆ هەیە.
    بێبەرامبەرە و شەو و ڕۆژ کار دەکات.
phone-emergency-services-112 = { -org-emergency-services } بۆ پۆلیس، ئەمبولانس و ئاگرکوژێنەوە. بێبەرامبەر، شەو و ڕۆژ. تەنها بۆ مەترسیی ڕاستەوخۆ.

org-politie-about =
    پۆلیسی هۆڵەندا. بۆ ڕاپۆرتدانی تاوان یان بازرگانی بە مرۆڤەوە، کاتێک مەترسیی ڕاستەوخۆ نییە، پەیوەندی بە هێڵی ئاسایی پۆلیسەوە بکەن.
    پۆلیس تۆڕێکیشی هەیە بۆ کەسانی LGBTQ+، بە ناوی Roze in Blauw.
phone-politie-non-emergency = پۆلیس، کاتێک بارەکە بەپەلە نییە: بۆ ڕاپۆرتدانی تاوان یان بازرگانی بە مرۆڤەوە.

## Government and asylum procedure

org-ministry-about =
    وەزارەتەکە بەرپرسی سیاسەتی پەنابەری و کۆچە. { -org-ind } سەر بەم وەزارەتەیە.
phone-rijksoverheid-1400 = Informatie Rijksoverheid، هێڵی گشتیی حکومەت (نەک بۆ کەیسی پەنابەریتان). نرخی ئاسایی پەیوەندی.
phone-rijksoverheid-abroad = هەمان هێڵ، لە دەرەوەی وڵاتەوە.

org-coa-about =
    { -org-coa } سەنتەرەکانی وەرگرتن بەڕێوە دەبات. لە ماوەی پرۆسەکەتاندا شوێنی ژیان، پارەی هەفتانە و پشتگیریتان پێ دەدات.
    بۆ پرسیار، بچن بۆ مێزی زانیاری لە سەنتەرەکەتان، یان سەیری MyCOA بکەن، کە بە چەندین زمانە.
phone-coa-ter-apel-professionals = تەنها بۆ کەسانی پسپۆڕ: { -org-coa } Ter Apel، پرسیار دەربارەی یەک دانیشتوو. پرسیارەکانی پرۆسەی پەنابەری بۆ { -org-ind } دەچن.
phone-coa-legal-helpdesk = تەنها بۆ کەسانی پسپۆڕ: مێزی یارمەتیی { -org-coa } بۆ کاروباری یاسایی.
phone-coa-rvb-helpdesk = تەنها بۆ کەسانی پسپۆڕ: پرسیار دەربارەی ڕێساکانی Rvb.

org-ind-about =
    { -org-ind } بڕیار لەسەر داواکاریی پەنابەرییەکەتان دەدات. چاوپێکەوتنەکانیشتان لەگەڵ دەکات.
    دەتوانن بۆ پرسیار دەربارەی داواکارییەکەتان پەیوەندی بە { -org-ind } بکەن.
phone-ind-general = پرسیار دەربارەی داواکارییەکەتان. نرخی ئاسایی پەیوەندی.
phone-ind-abroad = { -org-ind }، لە دەرەوەی وڵاتەوە.
phone-ind-fax-default = ژمارەی فاکسە، بۆ پەیوەندیکردن نییە. تەنها بۆ فۆرمی ئاگادارکردنەوەی دواکەوتن (notice of default)، کاتێک { -org-ind } لە بڕیاری پەنابەرییەکەتاندا دوا دەکەوێت. سەرەتا لە پارێزەرەکەتان بپرسن.

link-vluchtelingenwerk-volunteer = خۆبەخشی لە { -org-vluchtelingenwerk }
org-vluchtelingenwerk-about =
    { -org-vluchtelingenwerk } بێبەرامبەر یارمەتی داواکارانی پەنابەری دەدات، و لە هەموو azc ـێکدا کەسی هەیە.
    پرۆسەکە ڕوون دەکەنەوە، دەتوانن لەگەڵتان بێن بۆ چاوپێکەوتنەکانی { -org-ind }، و یارمەتی کۆکردنەوەی خێزان دەدەن.
    لە شوێنەکەی خۆتان بپرسن کاتی ڕاوێژیان (spreekuur) کەیە.

org-refugeehelp-about =
    { -org-refugeehelp } ماڵپەڕێکی { -org-vluchtelingenwerk } ـە. بە وشەی ڕوون و بە چەندین زمان، ئۆکرانیشەوە، پرۆسەی پەنابەری و ژیان لە هۆڵەندا ڕوون دەکاتەوە.

org-unhcr-about =
    { -org-unhcr } ئاژانسی پەنابەرانی نەتەوە یەکگرتووەکانە.
    { -org-unhcr } لە هۆڵەندا یارمەتی تاکەکەس نادات. بۆ پرۆسەی پەنابەرییەکەتان دەتاننێرێت بۆ { -org-refugeehelp }.

## Health

# Variables:
#   $emergency-number (String) - the emergency number, from data
org-gza-about =
    ژیان لە مەترسیدایە؟ پەیوەندی بە { $emergency-number } بکەن.
    { -org-gza } بنکەی دکتۆرە بۆ ئەو کەسانەی لە سەنتەرەکانی وەرگرتنی پەنابەراندان. کاتێک نەخۆشن یان پرسیارێکی تەندروستیتان هەیە، پەیوەندی بە Praktijklijn بکەن. وەرگێڕ هەیە.
# Variables:
#   $gza-urgent-option (Number) - the menu option for urgent medical problems, from data/facts.yaml
phone-gza-medical = { -org-gza } Praktijklijn بۆ کێشەی پزیشکی، شەو و ڕۆژ. بۆ کێشەیەکی پزیشکیی بەپەلە، ژمارە { $gza-urgent-option } دابگرن.
phone-gza-questions = هەمان هێڵ بۆ پرسیاری تر، لە کاتی دەوامدا.

org-113-zelfmoordpreventie-about =
    بۆ کاتێک کە بیر لە کۆتاییهێنان بە ژیانی خۆتان دەکەنەوە، یان نیگەرانی کەسێکن کە بیری لێ دەکاتەوە.
    دەتوانن پەیوەندی بکەن یان چات بکەن، بێبەرامبەر و بێ ناو، شەو و ڕۆژ.
phone-113-short = بێبەرامبەر و بێ ناو، شەو و ڕۆژ.
phone-113-free = ئەمیش بێبەرامبەر و بێ ناوە، شەو و ڕۆژ.

org-dokters-van-de-wereld-about =
    { -org-dokters-van-de-wereld } یارمەتی پرسیارەکانی تەندروستی دەدات، هەروەها دەربارەی توندوتیژیی سێکسی، و ڕێگای سیستەمی تەندروستیی هۆڵەنداتان پیشان دەدات.
    بێبەرامبەرە، و ناوبژیوانی کولتووری بە زمانی خۆتان یارمەتیتان دەدەن. لە Amsterdam، Nijmegen و Utrecht هەن.
phone-dokters-van-de-wereld = پرسیاری تەندروستی و یارمەتی لە سیستەمی تەندروستیی هۆڵەندا. بێبەرامبەر.

org-zanzu-about =
    { -org-zanzu } ماڵپەڕێکە کە زانیاریی ڕوونی دەربارەی تەندروستیی سێکسی تێدایە، بە چەندین زمان.

## Legal help

org-raad-voor-rechtsbijstand-about =
    دەستەی یارمەتی یاسایی ({ -org-raad-voor-rechtsbijstand }) پارێزەری بێبەرامبەری پەنابەرییەکەتان بۆ دابین دەکات. خۆکارانە یەکێکتان پێ دەدرێت.
    لە سەنتەرەکانی داواکاریدا مێزی هەیە.

org-juridisch-loket-about =
    { -org-juridisch-loket } ڕاوێژی یاسایی سەرەتایی دەدات.
    ڕاوێژ لە لقەکاندا بێبەرامبەرە. پێش ئەوەی بچن، کاتەکانی کردنەوەی لقەکە بپشکنن.
phone-juridisch-loket-advice = ڕاوێژی یاسایی بە تەلەفۆن. ئەم هێڵە بۆ هەر خولەکێک پارەی تێدەچێت. ناتوانن ڕاستەوخۆ پەیوەندی بە لقەکانەوە بکەن.

org-wereldhuis-amsterdam-about =
    Wereldhuis لە Amsterdam ڕاوێژی یاسایی بێبەرامبەر دەدات بە کەسانی بێ بەڵگەنامە، لە پاشنیوەڕۆی پێنجشەممەکان، بە وادەی پێشوەختە.

## Family

# Variables:
#   $tracing-months-min (Number), $tracing-months-max (Number) - how long a search usually takes, from data/facts.yaml
org-rode-kruis-about =
    { -org-rode-kruis } (Rode Kruis) یارمەتیتان دەدات بەدوای ئەو ئەندامانەی خێزانەکەتاندا بگەڕێن کە پەیوەندیتان لەگەڵیان پچڕاوە.
    بێبەرامبەرە. گەڕانەکە زۆرجار { $tracing-months-min } تا { $tracing-months-max } مانگ دەخایەنێت.

## Violence and abuse

org-veilig-thuis-about =
    { -org-veilig-thuis } ئامۆژگاری و یارمەتی دەدات دەربارەی توندوتیژیی ناو ماڵ و ئازاردانی منداڵان.
    دەتوانن پەیوەندی بکەن یان چات بکەن. بێبەرامبەرە، و پێویست ناکات ناوتان بڵێن.
phone-veilig-thuis = بێبەرامبەر و بێ ناو، شەو و ڕۆژ. ناوی شارەکەتان بڵێن بۆ ئەوەی بگەنە نزیکترین نووسینگە.

# Variables:
#   $sexual-violence-best-within-days (Number) - from data/facts.yaml
org-centrum-seksueel-geweld-about =
    { -org-centrum-seksueel-geweld } دوای لاقەکردن یان دەستدرێژیی سێکسی یارمەتی دەدات: یارمەتیی پزیشکی، پزیشکیی دادوەری و دەروونی.
    بێبەرامبەرە، شەو و ڕۆژ. هەرچی زووتر پەیوەندی بکەن، باشترە لە ماوەی { $sexual-violence-best-within-days ->
        [one] { $sexual-violence-best-within-days } ڕۆژدا
       *[other] { $sexual-violence-best-within-days } ڕۆژدا
    }.
phone-centrum-seksueel-geweld = بێبەرامبەر، شەو و ڕۆژ. دوای دەستدرێژی هەرچی زووتر پەیوەندی بکەن.

org-fier-about =
    { -org-fier } یارمەتی ئەو کەسانە دەدات کە توندوتیژییان بەرامبەر دەکرێت لەلایەن کەسێکەوە کە پشتی پێ دەبەستن، و قوربانیانی بازرگانی بە مرۆڤەوە.
    دەتوانن بێ ناو لەگەڵ { -org-fier } چات بکەن.

org-slachtofferhulp-about =
    { -org-slachtofferhulp } پشتگیری قوربانیانی تاوان، ڕووداو و کارەسات دەکات.
    هەروەها هێڵێکی بێ ناوی هەیە، بە ناوی Verbreek de stilte.
phone-slachtofferhulp-general = بۆ قوربانیانی تاوان، ڕووداو و کارەسات. نرخی ئاسایی پەیوەندیی ناوخۆیی. لە کاتی قەیراندا، دەرەوەی کاتی دەوامیش.
phone-slachtofferhulp-verbreek-de-stilte = Verbreek de stilte: هێڵێکی بێ ناو.

## Human trafficking

org-comensha-about =
    { -org-comensha } ناوەندی نیشتمانییە دژی بازرگانی بە مرۆڤەوە.
    قوربانیان، و هەر کەسێک پرسیاری دەربارەی بازرگانی بە مرۆڤەوە هەبێت، دەتوانن پەیوەندی بە مێزی یارمەتییەکەیەوە بکەن.
phone-comensha-helpdesk = مێزی یارمەتیی نیشتمانی دەربارەی بازرگانی بە مرۆڤەوە، بۆ قوربانیان و هەر کەسێک کە پرسیاری هەیە.

org-arbeidsinspectie-about =
    دەتوانن ڕاپۆرتی چەوساندنەوە لە کاردا بدەن بە پشکنینی کاری هۆڵەندا ({ -org-arbeidsinspectie }).
    بۆ نموونە، کاتێک خاوەنکارێک ناچارتان دەکات کار بکەن، یان بەڵگەنامەکانتان لێ دەسەنێت.
phone-arbeidsinspectie-report = ڕاپۆرتی چەوساندنەوە لە کاردا بدەن.
phone-arbeidsinspectie-abroad = ڕاپۆرتی چەوساندنەوە لە کاردا بدەن، کاتێک لە دەرەوەی وڵاتەوە پەیوەندی دەکەن.

## Children

# Variables:
#   $minor-age (Number) - from data/facts.yaml
org-nidos-about =
    { -org-nidos } سەرپەرشتیاری ئەو منداڵانەیە کە تەمەنیان لە خوار { $minor-age } ساڵەوەیە و بێ دایک و باوک هاتوونەتە هۆڵەندا.
    سەرپەرشتیارەکەتان یارمەتیتان دەدات و ئاگای لە بەرژەوەندییەکانتان دەبێت.
phone-nidos-head-office = نووسینگەی سەرەکیی { -org-nidos } لە Utrecht.

org-kindertelefoon-about =
    { -org-kindertelefoon } بۆ منداڵان و گەنجانە.
    دەتوانن دەربارەی هەر شتێک پەیوەندی بکەن یان چات بکەن. بێبەرامبەر و بێ ناوە.
phone-kindertelefoon = بۆ منداڵان و گەنجان. بێبەرامبەر و بێ ناو.

## Education and work

# Variables:
#   $uaf-school-years (Number) - years of school UAF asks for, from data/facts.yaml
org-uaf-about =
    { -org-uaf } یارمەتی ئەو پەنابەران و داواکارانی پەنابەرییە دەدات کە دەیانەوێت لە کۆلێژ یان زانکۆ بخوێنن: پارە بۆ خوێندن، ڕێنمایی، و یارمەتی بۆ دۆزینەوەی کار.
    دەبێت { $uaf-school-years } ساڵ قوتابخانەتان خوێندبێت، و زمانی هۆڵەندی، ئینگلیزی، فەڕەنسی یان ئەڵمانی بە ئاستێکی پێویست بزانن.

org-lowan-about =
    { -org-lowan } پشتگیری ئەو قوتابخانانە دەکات کە وانە بە منداڵانی تازەهاتووی هۆڵەندا دەڵێنەوە، وەک پۆلەکانی گواستنەوەی نێودەوڵەتی (ISK).
    هێڵی یارمەتی نییە. دەربارەی جێگای قوتابخانە لە { -org-coa } یان لە قوتابخانەکەتان بپرسن.

## LGBTIQ+

org-lgbt-asylum-support-about =
    { -org-lgbt-asylum-support } ڕێکخراوێکی هۆڵەندییە کە یارمەتی داواکارانی پەنابەریی LGBTI دەدات.

org-secret-garden-about =
    { -org-secret-garden } لە Amsterdam پشتگیریی کۆمەڵایەتی، یاسایی و دەروونی دەدات بە کەسانی LGBT کە ڕابردووی کۆچبەرییان هەیە، داواکارانی پەنابەریش.
    بۆ ئەوەی بزانن چۆن پەیوەندییان پێوە بکەن، سەیری ماڵپەڕەکەیان بکەن.

org-coc-cocktail-about =
    { -org-coc-cocktail }، لە COC Haaglanden، بۆ داواکارانی پەنابەریی LGBTIQ+ ـە.
    پڕۆژەیەکی هاوڕێیەتی (buddy) لە ناوچەی لاهای (Den Haag) و ماڵپەڕێکی زانیاریی هەیە.

## Going back

org-iom-about =
    { -org-iom } یارمەتی ئەو کەسانە دەدات کە بە ویستی خۆیان دەیانەوێت بگەڕێنەوە بۆ وڵاتەکەیان: لە گەشتەکە، بەڵگەنامەکانی گەشت، و پشتگیری بۆ دەستپێکردنەوە لەوێ.
    ڕاوێژکارانی گەڕانەوەی { -org-iom } بە چەندین زمان قسە دەکەن، و وەرگێڕیش بەکاردەهێنرێت.
phone-iom-return = { -org-iom }، بۆ پرسیار دەربارەی گەڕانەوەی خۆبەخشانە.

org-dtv-about =
    دوای ڕەتکردنەوە، { -org-dtv } (دەزگای گەڕاندنەوە و ڕۆیشتن) لەگەڵتان قسە دەکات دەربارەی جێهێشتنی هۆڵەندا.
    بۆ ئەم گفتوگۆیانە وەرگێڕتان بۆ دابین دەکرێت. { -org-dtv } لەگەڵ { -org-iom } و { -org-vluchtelingenwerk } کار دەکات.

## Donations

org-stichting-vluchteling-about =
    { -org-stichting-vluchteling } بەخشین کۆدەکاتەوە بۆ یارمەتیی مرۆیی بە پەنابەران لە وڵاتانی تر.
    یارمەتی یان خزمەتگوزاری نادات بە داواکارانی پەنابەری لە هۆڵەندا.
phone-stichting-vluchteling-office = نووسینگەی { -org-stichting-vluchteling }. هێڵی یارمەتی بۆ داواکارانی پەنابەری نییە.

## Names as readers see them: on cards, on buttons and in sentences
# Each organisation's name is a term, -org-<id>: the name as a reader of this language
# sees it. Keep the Dutch proper name where the organisation has no name in the language;
# use the language's own name where it has one (Croix-Rouge, ACNUR). Never double a name.
# Where the name alone does not say what the organisation is, say it once, in brackets, on
# its card and button: put that in a term of its own, -org-<id>-what, and write
#   org-<id>-name = { -org-<id> } ({ -org-<id>-what })
# and otherwise simply org-<id>-name = { -org-<id> }.
#
# In a sentence that names an organisation, write its term, not the name:
#   org-ind-about = { -org-ind } decides on your asylum application.
# so that a name is the same on every screen, and is changed in one place. Where your
# language changes the name or joins it to a word (a case ending or suffix such as IND'ye,
# a prefix such as ንCOA, a compound such as COA-locatie), write that word out: a term
# cannot be declined. `python -m bot validate` warns about a name written out where its
# term would do (FTL-TERM-LITERAL), and refuses a missing name (FTL-TERM-MISSING) and a
# reference to a term the language does not define (FTL-UNKNOWN-TERM).
# In right-to-left languages a term inside a sentence is isolated (U+2068 ... U+2069), so
# that a Latin name keeps its order; on a card or a button it is not.

# Its number, from data, comes after the name.
-org-emergency-services = ژمارەی فریاکەوتن
# Variables:
#   $emergency-number (String) - the emergency number, from data
org-emergency-services-name = { -org-emergency-services } { $emergency-number }

-org-politie = Politie
-org-politie-what = پۆلیس
org-politie-name = { -org-politie } ({ -org-politie-what })

-org-ministry = Ministerie van Asiel en Migratie
-org-ministry-what = وەزارەتی پەنابەری و کۆچ
org-ministry-name = { -org-ministry } ({ -org-ministry-what })

-org-coa = COA
org-coa-name = { -org-coa }

-org-ind = IND
org-ind-name = { -org-ind }

-org-gza = GZA
org-gza-name = { -org-gza }

-org-vluchtelingenwerk = VluchtelingenWerk
org-vluchtelingenwerk-name = { -org-vluchtelingenwerk }

-org-refugeehelp = RefugeeHelp
org-refugeehelp-name = { -org-refugeehelp }

-org-unhcr = UNHCR
org-unhcr-name = { -org-unhcr }

-org-stichting-vluchteling = Stichting Vluchteling
org-stichting-vluchteling-name = { -org-stichting-vluchteling }

-org-iom = IOM
org-iom-name = { -org-iom }

-org-dtv = DT&V
org-dtv-name = { -org-dtv }

-org-raad-voor-rechtsbijstand = Raad voor Rechtsbijstand
-org-raad-voor-rechtsbijstand-what = دەستەی یارمەتی یاسایی
org-raad-voor-rechtsbijstand-name = { -org-raad-voor-rechtsbijstand } ({ -org-raad-voor-rechtsbijstand-what })

-org-juridisch-loket = Het Juridisch Loket
org-juridisch-loket-name = { -org-juridisch-loket }

-org-wereldhuis-amsterdam = Wereldhuis Amsterdam
org-wereldhuis-amsterdam-name = { -org-wereldhuis-amsterdam }

-org-rode-kruis = خاچی سوور
-org-rode-kruis-what = Rode Kruis
org-rode-kruis-name = { -org-rode-kruis } ({ -org-rode-kruis-what })

-org-veilig-thuis = Veilig Thuis
org-veilig-thuis-name = { -org-veilig-thuis }

-org-centrum-seksueel-geweld = Centrum Seksueel Geweld
org-centrum-seksueel-geweld-name = { -org-centrum-seksueel-geweld }

-org-fier = Fier
org-fier-name = { -org-fier }

-org-slachtofferhulp = Slachtofferhulp Nederland
org-slachtofferhulp-name = { -org-slachtofferhulp }

-org-comensha = CoMensha
org-comensha-name = { -org-comensha }

-org-arbeidsinspectie = Nederlandse Arbeidsinspectie
-org-arbeidsinspectie-what = پشکنینی کار
org-arbeidsinspectie-name = { -org-arbeidsinspectie } ({ -org-arbeidsinspectie-what })

-org-nidos = Nidos
org-nidos-name = { -org-nidos }

-org-kindertelefoon = De Kindertelefoon
org-kindertelefoon-name = { -org-kindertelefoon }

# Its short number, from data, comes before the name.
-org-113-zelfmoordpreventie = Zelfmoordpreventie
# Variables:
#   $suicide-short-number (String) - 113's short number, from data
org-113-zelfmoordpreventie-name = { $suicide-short-number } { -org-113-zelfmoordpreventie }

-org-dokters-van-de-wereld = Dokters van de Wereld
-org-dokters-van-de-wereld-what = پزیشکانی جیهان
org-dokters-van-de-wereld-name = { -org-dokters-van-de-wereld } ({ -org-dokters-van-de-wereld-what })

-org-zanzu = Zanzu
org-zanzu-name = { -org-zanzu }

-org-uaf = UAF
org-uaf-name = { -org-uaf }

-org-lowan = LOWAN
org-lowan-name = { -org-lowan }

-org-lgbt-asylum-support = LGBT Asylum Support
org-lgbt-asylum-support-name = { -org-lgbt-asylum-support }

-org-secret-garden = Secret Garden
org-secret-garden-name = { -org-secret-garden }

-org-coc-cocktail = Cocktail
-org-coc-cocktail-what = COC Haaglanden
org-coc-cocktail-name = { -org-coc-cocktail } ({ -org-coc-cocktail-what })

## Organisations — data/organisations.yaml

# Each organisation has org-<id>-about: what it does for you.
# Phone label messages (phone-<org>-<what>) say who a line is for, what it
# costs and whether you can stay anonymous. Numbers and hours come from data.

## Emergency and police

org-emergency-services-about =
    ژمارەی پۆلیس، ئەمبولانس یان ئاگرکوژێنەوە، کاتێک مەترسییەکی گەورە و ڕاستەوخۆ هەیە.
    بێبەرامبەرە و شەو و ڕۆژ کار دەکات.
phone-emergency-services-112 = ژمارەی فریاکەوتن بۆ پۆلیس، ئەمبولانس و ئاگرکوژێنەوە. بێبەرامبەر، شەو و ڕۆژ. تەنها بۆ مەترسیی ڕاستەوخۆ.

org-politie-about =
    پۆلیسی هۆڵەندا. بۆ ڕاپۆرتدانی تاوان یان بازرگانی بە مرۆڤەوە، کاتێک مەترسیی ڕاستەوخۆ نییە، پەیوەندی بە هێڵی ئاسایی پۆلیسەوە بکەن.
    پۆلیس تۆڕێکیشی هەیە بۆ کەسانی LGBTQ+، بە ناوی Roze in Blauw.
phone-politie-non-emergency = پۆلیس، کاتێک بارەکە بەپەلە نییە: بۆ ڕاپۆرتدانی تاوان یان بازرگانی بە مرۆڤەوە.

## Government and asylum procedure

org-ministry-about =
    وەزارەتەکە بەرپرسی سیاسەتی پەنابەری و کۆچە. IND سەر بەم وەزارەتەیە.
phone-rijksoverheid-1400 = Informatie Rijksoverheid، هێڵی گشتیی حکومەت (نەک بۆ کەیسی پەنابەریتان). نرخی ئاسایی پەیوەندی.
phone-rijksoverheid-abroad = هەمان هێڵ، لە دەرەوەی وڵاتەوە.

org-coa-about =
    COA سەنتەرەکانی وەرگرتن بەڕێوە دەبات. لە ماوەی پرۆسەکەتاندا شوێنی ژیان، پارەی هەفتانە و پشتگیریتان پێ دەدات.
    بۆ پرسیار، بچن بۆ مێزی زانیاری لە سەنتەرەکەتان، یان سەیری MyCOA بکەن، کە بە چەندین زمانە.
phone-coa-ter-apel-professionals = تەنها بۆ کەسانی پسپۆڕ: COA Ter Apel، پرسیار دەربارەی یەک دانیشتوو. پرسیارەکانی پرۆسەی پەنابەری بۆ IND دەچن.
phone-coa-legal-helpdesk = تەنها بۆ کەسانی پسپۆڕ: مێزی یارمەتیی COA بۆ کاروباری یاسایی.
phone-coa-rvb-helpdesk = تەنها بۆ کەسانی پسپۆڕ: پرسیار دەربارەی ڕێساکانی Rvb.

org-ind-about =
    IND بڕیار لەسەر داواکاریی پەنابەرییەکەتان دەدات. چاوپێکەوتنەکانیشتان لەگەڵ دەکات.
    دەتوانن بۆ پرسیار دەربارەی داواکارییەکەتان پەیوەندی بە IND بکەن.
phone-ind-general = پرسیار دەربارەی داواکارییەکەتان. نرخی ئاسایی پەیوەندی.
phone-ind-abroad = IND، لە دەرەوەی وڵاتەوە.
phone-ind-fax-default = ژمارەی فاکسە، بۆ پەیوەندیکردن نییە. تەنها بۆ فۆرمی ئاگادارکردنەوەی دواکەوتن (notice of default)، کاتێک IND لە بڕیاری پەنابەرییەکەتاندا دوا دەکەوێت. سەرەتا لە پارێزەرەکەتان بپرسن.

link-vluchtelingenwerk-volunteer = خۆبەخشی لە VluchtelingenWerk
org-vluchtelingenwerk-about =
    VluchtelingenWerk بێبەرامبەر یارمەتی داواکارانی پەنابەری دەدات، و لە هەموو azc ـێکدا کەسی هەیە.
    پرۆسەکە ڕوون دەکەنەوە، دەتوانن لەگەڵتان بێن بۆ چاوپێکەوتنەکانی IND، و یارمەتی کۆکردنەوەی خێزان دەدەن.
    لە شوێنەکەی خۆتان بپرسن کاتی ڕاوێژیان (spreekuur) کەیە.

org-refugeehelp-about =
    RefugeeHelp ماڵپەڕێکی VluchtelingenWerk ـە. بە وشەی ڕوون و بە چەندین زمان، ئۆکرانیشەوە، پرۆسەی پەنابەری و ژیان لە هۆڵەندا ڕوون دەکاتەوە.

org-unhcr-about =
    UNHCR ئاژانسی پەنابەرانی نەتەوە یەکگرتووەکانە.
    UNHCR لە هۆڵەندا یارمەتی تاکەکەس نادات. بۆ پرۆسەی پەنابەرییەکەتان دەتاننێرێت بۆ RefugeeHelp.

## Health

# Variables:
#   $emergency-number (String) - the emergency number, from data
org-gza-about =
    ژیان لە مەترسیدایە؟ پەیوەندی بە { $emergency-number } بکەن.
    GZA بنکەی دکتۆرە بۆ ئەو کەسانەی لە سەنتەرەکانی وەرگرتنی پەنابەراندان. کاتێک نەخۆشن یان پرسیارێکی تەندروستیتان هەیە، پەیوەندی بە Praktijklijn بکەن. وەرگێڕ هەیە.
# Variables:
#   $gza-urgent-option (Number) - the menu option for urgent medical problems, from data/facts.yaml
phone-gza-medical = GZA Praktijklijn بۆ کێشەی پزیشکی، شەو و ڕۆژ. بۆ کێشەیەکی پزیشکیی بەپەلە، ژمارە { $gza-urgent-option } دابگرن.
phone-gza-questions = هەمان هێڵ بۆ پرسیاری تر، لە کاتی دەوامدا.

org-113-zelfmoordpreventie-about =
    بۆ کاتێک کە بیر لە کۆتاییهێنان بە ژیانی خۆتان دەکەنەوە، یان نیگەرانی کەسێکن کە بیری لێ دەکاتەوە.
    دەتوانن پەیوەندی بکەن یان چات بکەن، بێبەرامبەر و بێ ناو، شەو و ڕۆژ.
phone-113-short = بێبەرامبەر و بێ ناو، شەو و ڕۆژ.
phone-113-free = ئەمیش بێبەرامبەر و بێ ناوە، شەو و ڕۆژ.

org-dokters-van-de-wereld-about =
    Dokters van de Wereld یارمەتی پرسیارەکانی تەندروستی دەدات، هەروەها دەربارەی توندوتیژیی سێکسی، و ڕێگای سیستەمی تەندروستیی هۆڵەنداتان پیشان دەدات.
    بێبەرامبەرە، و ناوبژیوانی کولتووری بە زمانی خۆتان یارمەتیتان دەدەن. لە Amsterdam، Nijmegen و Utrecht هەن.
phone-dokters-van-de-wereld = پرسیاری تەندروستی و یارمەتی لە سیستەمی تەندروستیی هۆڵەندا. بێبەرامبەر.

org-zanzu-about =
    Zanzu ماڵپەڕێکە کە زانیاریی ڕوونی دەربارەی تەندروستیی سێکسی تێدایە، بە چەندین زمان.

## Legal help

org-raad-voor-rechtsbijstand-about =
    دەستەی یارمەتی یاسایی (Raad voor Rechtsbijstand) پارێزەری بێبەرامبەری پەنابەرییەکەتان بۆ دابین دەکات. خۆکارانە یەکێکتان پێ دەدرێت.
    لە سەنتەرەکانی داواکاریدا مێزی هەیە.

org-juridisch-loket-about =
    Het Juridisch Loket ڕاوێژی یاسایی سەرەتایی دەدات.
    ڕاوێژ لە لقەکاندا بێبەرامبەرە. پێش ئەوەی بچن، کاتەکانی کردنەوەی لقەکە بپشکنن.
phone-juridisch-loket-advice = ڕاوێژی یاسایی بە تەلەفۆن. ئەم هێڵە بۆ هەر خولەکێک پارەی تێدەچێت. ناتوانن ڕاستەوخۆ پەیوەندی بە لقەکانەوە بکەن.

org-wereldhuis-amsterdam-about =
    Wereldhuis لە Amsterdam ڕاوێژی یاسایی بێبەرامبەر دەدات بە کەسانی بێ بەڵگەنامە، لە پاشنیوەڕۆی پێنجشەممەکان، بە وادەی پێشوەختە.

## Family

# Variables:
#   $tracing-months-min (Number), $tracing-months-max (Number) - how long a search usually takes, from data/facts.yaml
org-rode-kruis-about =
    خاچی سوور (Rode Kruis) یارمەتیتان دەدات بەدوای ئەو ئەندامانەی خێزانەکەتاندا بگەڕێن کە پەیوەندیتان لەگەڵیان پچڕاوە.
    بێبەرامبەرە. گەڕانەکە زۆرجار { $tracing-months-min } تا { $tracing-months-max } مانگ دەخایەنێت.

## Violence and abuse

org-veilig-thuis-about =
    Veilig Thuis ئامۆژگاری و یارمەتی دەدات دەربارەی توندوتیژیی ناو ماڵ و ئازاردانی منداڵان.
    دەتوانن پەیوەندی بکەن یان چات بکەن. بێبەرامبەرە، و پێویست ناکات ناوتان بڵێن.
phone-veilig-thuis = بێبەرامبەر و بێ ناو، شەو و ڕۆژ. ناوی شارەکەتان بڵێن بۆ ئەوەی بگەنە نزیکترین نووسینگە.

# Variables:
#   $sexual-violence-best-within-days (Number) - from data/facts.yaml
org-centrum-seksueel-geweld-about =
    Centrum Seksueel Geweld دوای لاقەکردن یان دەستدرێژیی سێکسی یارمەتی دەدات: یارمەتیی پزیشکی، پزیشکیی دادوەری و دەروونی.
    بێبەرامبەرە، شەو و ڕۆژ. هەرچی زووتر پەیوەندی بکەن، باشترە لە ماوەی { $sexual-violence-best-within-days ->
        [one] { $sexual-violence-best-within-days } ڕۆژدا
       *[other] { $sexual-violence-best-within-days } ڕۆژدا
    }.
phone-centrum-seksueel-geweld = بێبەرامبەر، شەو و ڕۆژ. دوای دەستدرێژی هەرچی زووتر پەیوەندی بکەن.

org-fier-about =
    Fier یارمەتی ئەو کەسانە دەدات کە توندوتیژییان بەرامبەر دەکرێت لەلایەن کەسێکەوە کە پشتی پێ دەبەستن، و قوربانیانی بازرگانی بە مرۆڤەوە.
    دەتوانن بێ ناو لەگەڵ Fier چات بکەن.

org-slachtofferhulp-about =
    Slachtofferhulp Nederland پشتگیری قوربانیانی تاوان، ڕووداو و کارەسات دەکات.
    هەروەها هێڵێکی بێ ناوی هەیە، بە ناوی Verbreek de stilte.
phone-slachtofferhulp-general = بۆ قوربانیانی تاوان، ڕووداو و کارەسات. نرخی ئاسایی پەیوەندیی ناوخۆیی. لە کاتی قەیراندا، دەرەوەی کاتی دەوامیش.
phone-slachtofferhulp-verbreek-de-stilte = Verbreek de stilte: هێڵێکی بێ ناو.

## Human trafficking

org-comensha-about =
    CoMensha ناوەندی نیشتمانییە دژی بازرگانی بە مرۆڤەوە.
    قوربانیان، و هەر کەسێک پرسیاری دەربارەی بازرگانی بە مرۆڤەوە هەبێت، دەتوانن پەیوەندی بە مێزی یارمەتییەکەیەوە بکەن.
phone-comensha-helpdesk = مێزی یارمەتیی نیشتمانی دەربارەی بازرگانی بە مرۆڤەوە، بۆ قوربانیان و هەر کەسێک کە پرسیاری هەیە.

org-arbeidsinspectie-about =
    دەتوانن ڕاپۆرتی چەوساندنەوە لە کاردا بدەن بە پشکنینی کاری هۆڵەندا (Nederlandse Arbeidsinspectie).
    بۆ نموونە، کاتێک خاوەنکارێک ناچارتان دەکات کار بکەن، یان بەڵگەنامەکانتان لێ دەسەنێت.
phone-arbeidsinspectie-report = ڕاپۆرتی چەوساندنەوە لە کاردا بدەن.
phone-arbeidsinspectie-abroad = ڕاپۆرتی چەوساندنەوە لە کاردا بدەن، کاتێک لە دەرەوەی وڵاتەوە پەیوەندی دەکەن.

## Children

# Variables:
#   $minor-age (Number) - from data/facts.yaml
org-nidos-about =
    Nidos سەرپەرشتیاری ئەو منداڵانەیە کە تەمەنیان لە خوار { $minor-age } ساڵەوەیە و بێ دایک و باوک هاتوونەتە هۆڵەندا.
    سەرپەرشتیارەکەتان یارمەتیتان دەدات و ئاگای لە بەرژەوەندییەکانتان دەبێت.
phone-nidos-head-office = نووسینگەی سەرەکیی Nidos لە Utrecht.

org-kindertelefoon-about =
    De Kindertelefoon بۆ منداڵان و گەنجانە.
    دەتوانن دەربارەی هەر شتێک پەیوەندی بکەن یان چات بکەن. بێبەرامبەر و بێ ناوە.
phone-kindertelefoon = بۆ منداڵان و گەنجان. بێبەرامبەر و بێ ناو.

## Education and work

# Variables:
#   $uaf-school-years (Number) - years of school UAF asks for, from data/facts.yaml
org-uaf-about =
    UAF یارمەتی ئەو پەنابەران و داواکارانی پەنابەرییە دەدات کە دەیانەوێت لە کۆلێژ یان زانکۆ بخوێنن: پارە بۆ خوێندن، ڕێنمایی، و یارمەتی بۆ دۆزینەوەی کار.
    دەبێت { $uaf-school-years } ساڵ قوتابخانەتان خوێندبێت، و زمانی هۆڵەندی، ئینگلیزی، فەڕەنسی یان ئەڵمانی بە ئاستێکی پێویست بزانن.

org-lowan-about =
    LOWAN پشتگیری ئەو قوتابخانانە دەکات کە وانە بە منداڵانی تازەهاتووی هۆڵەندا دەڵێنەوە، وەک پۆلەکانی گواستنەوەی نێودەوڵەتی (ISK).
    هێڵی یارمەتی نییە. دەربارەی جێگای قوتابخانە لە COA یان لە قوتابخانەکەتان بپرسن.

## LGBTIQ+

org-lgbt-asylum-support-about =
    LGBT Asylum Support ڕێکخراوێکی هۆڵەندییە کە یارمەتی داواکارانی پەنابەریی LGBTI دەدات.

org-secret-garden-about =
    Secret Garden لە Amsterdam پشتگیریی کۆمەڵایەتی، یاسایی و دەروونی دەدات بە کەسانی LGBT کە ڕابردووی کۆچبەرییان هەیە، داواکارانی پەنابەریش.
    بۆ ئەوەی بزانن چۆن پەیوەندییان پێوە بکەن، سەیری ماڵپەڕەکەیان بکەن.

org-coc-cocktail-about =
    Cocktail، لە COC Haaglanden، بۆ داواکارانی پەنابەریی LGBTIQ+ ـە.
    پڕۆژەیەکی هاوڕێیەتی (buddy) لە ناوچەی لاهای (Den Haag) و ماڵپەڕێکی زانیاریی هەیە.

## Going back

org-iom-about =
    IOM یارمەتی ئەو کەسانە دەدات کە بە ویستی خۆیان دەیانەوێت بگەڕێنەوە بۆ وڵاتەکەیان: لە گەشتەکە، بەڵگەنامەکانی گەشت، و پشتگیری بۆ دەستپێکردنەوە لەوێ.
    ڕاوێژکارانی گەڕانەوەی IOM بە چەندین زمان قسە دەکەن، و وەرگێڕیش بەکاردەهێنرێت.
phone-iom-return = IOM، بۆ پرسیار دەربارەی گەڕانەوەی خۆبەخشانە.

org-dtv-about =
    دوای ڕەتکردنەوە، DT&V (دەزگای گەڕاندنەوە و ڕۆیشتن) لەگەڵتان قسە دەکات دەربارەی جێهێشتنی هۆڵەندا.
    بۆ ئەم گفتوگۆیانە وەرگێڕتان بۆ دابین دەکرێت. DT&V لەگەڵ IOM و VluchtelingenWerk کار دەکات.

## Donations

org-stichting-vluchteling-about =
    Stichting Vluchteling بەخشین کۆدەکاتەوە بۆ یارمەتیی مرۆیی بە پەنابەران لە وڵاتانی تر.
    یارمەتی یان خزمەتگوزاری نادات بە داواکارانی پەنابەری لە هۆڵەندا.
phone-stichting-vluchteling-office = نووسینگەی Stichting Vluchteling. هێڵی یارمەتی بۆ داواکارانی پەنابەری نییە.

## Names as readers see them: on the card and on buttons
# org-<id>-name: the organisation's name for a reader of this language. Keep the Dutch
# proper name where the organisation has no name in the language, and add once, in
# brackets, what it is when the name alone does not say it. Never double a name.
# Variables:
#   $emergency-number (String) - the emergency number, from data
org-emergency-services-name = ژمارەی فریاکەوتن { $emergency-number }
org-politie-name = Politie (پۆلیس)
org-ministry-name = Ministerie van Asiel en Migratie (وەزارەتی پەنابەری و کۆچ)
org-coa-name = COA
org-ind-name = IND
org-gza-name = GZA
org-vluchtelingenwerk-name = VluchtelingenWerk
org-refugeehelp-name = RefugeeHelp
org-unhcr-name = UNHCR
org-stichting-vluchteling-name = Stichting Vluchteling
org-iom-name = IOM
org-dtv-name = DT&V
org-raad-voor-rechtsbijstand-name = Raad voor Rechtsbijstand (دەستەی یارمەتی یاسایی)
org-juridisch-loket-name = Het Juridisch Loket
org-wereldhuis-amsterdam-name = Wereldhuis Amsterdam
org-rode-kruis-name = خاچی سوور (Rode Kruis)
org-veilig-thuis-name = Veilig Thuis
org-centrum-seksueel-geweld-name = Centrum Seksueel Geweld
org-fier-name = Fier
org-slachtofferhulp-name = Slachtofferhulp Nederland
org-comensha-name = CoMensha
org-arbeidsinspectie-name = Nederlandse Arbeidsinspectie (پشکنینی کار)
org-nidos-name = Nidos
org-kindertelefoon-name = De Kindertelefoon
# Variables:
#   $suicide-short-number (String) - 113's short number, from data
org-113-zelfmoordpreventie-name = { $suicide-short-number } Zelfmoordpreventie
org-dokters-van-de-wereld-name = Dokters van de Wereld (پزیشکانی جیهان)
org-zanzu-name = Zanzu
org-uaf-name = UAF
org-lowan-name = LOWAN
org-lgbt-asylum-support-name = LGBT Asylum Support
org-secret-garden-name = Secret Garden
org-coc-cocktail-name = Cocktail (COC Haaglanden)

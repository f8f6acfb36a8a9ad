## Flows — flows/procedure.yaml and flows/topics.yaml

procedure-intro = با بزانین لە کوێی پرۆسەی پەنابەریدان.
# Variables:
#   $pact-start (String) - the day the new procedure started, from data/facts.yaml
procedure-q-applied = پرۆسەکە لە { $pact-start } گۆڕا. کەی داوای پەنابەریتان کرد؟
# Variables:
#   $pact-start (String) - the day the new procedure started
procedure-a-applied-before = پێش { $pact-start }
# Variables:
#   $pact-start (String) - the day the new procedure started
procedure-a-applied-since = لە { $pact-start } یان دواتر
procedure-a-not-applied = هێشتا نا، تازە گەیشتووم
procedure-a-applied-unknown = نازانم
procedure-a-ukraine = لە جەنگی ئۆکرانیا هەڵاتووم
procedure-date-unknown =
    سەیری ئەو بەڵگەنامانە بکەن کە لە { -org-ind } ـەوە وەرتانگرتوون. ڕێکەوتی داواکردنەکەتان لەسەریان نووسراوە.
    دڵنیا نین؟ داوا لە پارێزەرەکەتان، { -org-vluchtelingenwerk } یان کارمەندانی { -org-coa } بکەن لەگەڵتان سەیری بکەن.

temporary-protection-title = ئەو کەسانەی لە ئۆکرانیا هەڵاتوون
# Variables:
#   $temporary-protection-until (String) - last day of temporary protection, from data/facts.yaml
#   $third-country-protection-ended (String) - the day it ended for non-Ukrainians, from data/facts.yaml
temporary-protection-intro =
    ئۆکرانین و لە جەنگ هەڵاتوون؟ کەواتە پاراستنی کاتیتان هەیە، نەک پەنابەری. تا کۆتایی ڕۆژی { $temporary-protection-until } بەردەوامە. لە شارەوانیی ئەو شوێنەی تێیدا دەژین خۆتان تۆمار دەکەن، نەک لە Ter Apel.
    لە ئۆکرانیا دەژیان بەبێ ئەوەی ئۆکرانی بن؟ پاراستنی کاتی بۆ ئێوە لە { $third-country-protection-ended } کۆتایی هات. دەتوانن داوای پەنابەری بکەن.
    { -org-refugeehelp } زانیاریی بە زمانەکانی ئۆکرانی و ڕووسی هەیە.

procedure-new-intro = لەو کاتەوە، { -org-ind } سەرەتا هەموو داواکارێکی نوێ دەپشکنێت. پاشان پرۆسەیەک بۆی هەڵدەبژێرێت.
procedure-new-q-stage = ئێستا لە کوێی پرۆسەکەدان؟
procedure-new-a-checks = لە پشکنینە سەرەتاییەکاندام
procedure-new-a-waiting = چاوەڕێی چاوپێکەوتن یان بڕیارم
procedure-new-a-border = لە سنوورم، لە Schiphol
procedure-new-a-decision = بڕیارم وەرگرتووە
procedure-a-choose-phase = خۆم هەنگاوەکە هەڵدەبژێرم

pact-routes-title = کام پرۆسە؟
pact-routes-button = پرۆسەکان
pact-routes-intro =
    دوای پشکنینە سەرەتاییەکان، { -org-ind } پرۆسەکەتان هەڵدەبژێرێت. سەیری ئەمانە دەکات: ئێوە کێن، خەڵکی کوێن، بەڵگەنامەکانتان و ڕێگای گەشتەکەتان، خێزانتان لە ئەورووپا، هۆکارەکانتان و تەندروستیتان.
    نازانن کام پرۆسە هی ئێوەیە؟ لە پارێزەرەکەتان یان { -org-vluchtelingenwerk } بپرسن.
pact-phases-menu-intro = هەنگاوەکانی پرۆسەکە لەو کاتەوە. یەکێک هەڵبژێرن بۆ ئەوەی ببینن چی ڕوودەدات.

# Variables:
#   $pact-start (String) - the day the new procedure started
#   $old-cases-resumed (String) - the day the IND started again with older applications
procedure-old-note = { -org-ind } لە { $old-cases-resumed } دووبارە دەستی کردەوە بە کارکردن لەسەر ئەو داواکارییانەی پێش { $pact-start } کراون. هێشتا پشتڕاست نەکراوەتەوە کە ئێستا کام ڕێسایان بۆ جێبەجێ دەکرێت. لە خوارەوە هەنگاوەکان وەک پێشتر بوون دەبینن. پارێزەرەکەتان یان { -org-vluchtelingenwerk } دەزانن چی بۆ ئێوە جێبەجێ دەکرێت.
procedure-q-interview = ئایا چاوپێکەوتنی وردتان لەگەڵ { -org-ind } (دەزگای کۆچ) کردووە، دەربارەی هۆکارەکانی داواکردنی پەنابەری؟
procedure-a-interview-no = نەخێر، هێشتا نا
procedure-a-interview-yes = بەڵێ
procedure-q-decision = ئایا بڕیاری { -org-ind } تان پێگەیشتووە؟
procedure-a-decision-waiting = نەخێر، چاوەڕێم
procedure-a-decision-granted = مۆڵەتی مانەوەم وەرگرت
procedure-a-decision-rejected = ڕەتکرایەوە
phases-menu-intro = هەنگاوەکان، وەک بوون بۆ ئەو داواکارییانەی پێش گۆڕانکارییەکە کراون. یەکێک هەڵبژێرن بۆ ئەوەی ببینن تێیدا چی ڕوویدەدا.

topics-menu-intro = بابەتێک هەڵبژێرن. دەبینن کام ڕێکخراو دەتوانێت یارمەتیتان بدات.
organisations-menu-intro = ئەمانە ڕێکخراوە سەرەکییەکانن. یەکێک هەڵبژێرن بۆ ئەوەی ببینن چی دەکات و چۆن پەیوەندی پێوە بکەن.
organisations-by-topic = ڕێکخراوی زیاتر بەپێی بابەت
topics-more-button = بابەتی زیاتر ▶
topics-more-intro = بابەتی زیاتر. یەکێک هەڵبژێرن بۆ ئەوەی ببینن کام ڕێکخراو دەتوانێت یارمەتیتان بدات.
organisations-more-button = ڕێکخراوی زیاتر ▶
organisations-more-intro = ڕێکخراوی زیاتر. یەکێک هەڵبژێرن بۆ ئەوەی ببینن چی دەکات و چۆن پەیوەندی پێوە بکەن.

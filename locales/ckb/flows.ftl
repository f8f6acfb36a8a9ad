## Flows — flows/procedure.yaml and flows/topics.yaml

procedure-intro = با بزانین لە کوێی پرۆسەی پەنابەریدان. تا سێ پرسیارتان لێ دەکەم.
procedure-q-registered = ئایا داواکاریی پەنابەرییەکەتان تۆمار کردووە (لە Ter Apel یان لە Schiphol)؟
procedure-a-registered-no = نەخێر، تازە گەیشتووم
procedure-a-registered-yes = بەڵێ، تۆمار کراوم
procedure-a-choose-phase = خۆم قۆناغەکە هەڵدەبژێرم
procedure-a-ukraine = لە جەنگی ئۆکرانیا هەڵاتووم
temporary-protection-intro =
    ئەو کەسانەی لە جەنگی ئۆکرانیا هەڵاتوون، پاراستنی کاتی وەردەگرن، نەک پەنابەری.
    بۆ ئێوە ڕێسای جیاواز لەو پرۆسەی پەنابەرییەی لێرە باسکراوە جێبەجێ دەکرێت.
    ڕێکخراوی RefugeeHelp زانیاریی بە زمانەکانی ئۆکرانی و ڕووسی هەیە، هەروەها دەربارەی کار و خوێندن.
procedure-q-interview = ئایا چاوپێکەوتنەکانتان لەگەڵ IND (دەزگای کۆچ) کردووە، دەربارەی هۆکارەکانی پەنابەرییەکەتان؟
procedure-a-interview-no = نەخێر، هێشتا نا
procedure-a-interview-yes = بەڵێ
procedure-a-not-sure = دڵنیا نیم
procedure-q-decision = ئایا بڕیاری IND تان پێگەیشتووە؟
procedure-a-decision-waiting = نەخێر، چاوەڕێم
procedure-a-decision-granted = بەڵێ، ئیقامەم وەرگرت
procedure-a-decision-rejected = بەڵێ، ڕەتکرایەوە
phases-menu-intro = پرۆسەی پەنابەری ئەم قۆناغانەی هەیە. یەکێک هەڵبژێرن بۆ ئەوەی ببینن چی ڕوودەدات.
decision-choose-intro = IND چ بڕیارێکی دا؟

topics-menu-intro = بابەتێک هەڵبژێرن. دەبینن کام ڕێکخراو دەتوانێت یارمەتیتان بدات.
organisations-menu-intro = ئەمانە ڕێکخراوە سەرەکییەکانن. یەکێک هەڵبژێرن بۆ ئەوەی ببینن چی دەکات و چۆن پەیوەندی پێوە بکەن.
organisations-by-topic = ڕێکخراوی زیاتر بەپێی بابەت

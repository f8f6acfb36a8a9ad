## Flows — flows/procedure.yaml and flows/topics.yaml

procedure-intro = Aan ogaanno halka aad ka joogto habka magangelyada.
# Variables:
#   $pact-start (String) - the day the new procedure started, from data/facts.yaml
procedure-q-applied = Habku wuxuu isbeddelay { $pact-start }. Goorma ayaad magangelyo codsatay?
# Variables:
#   $pact-start (String) - the day the new procedure started
procedure-a-applied-before = Kahor { $pact-start }
# Variables:
#   $pact-start (String) - the day the new procedure started
procedure-a-applied-since = { $pact-start } ama kadib
procedure-a-not-applied = Weli maya, hadda ayaan imid
procedure-a-applied-unknown = Ma aqaan
procedure-a-ukraine = Dagaalka Yukreeyn baan ka cararay
procedure-date-unknown =
    Eeg waraaqaha aad ka heshay { -org-ind }. Taariikhda aad codsatay ayaa ku qoran.
    Ma hubtid? Qareenkaaga, { -org-vluchtelingenwerk } ama shaqaalaha { -org-coa } ka codso inay kula eegaan.

temporary-protection-title = Dadka ka cararay Yukreeyn
# Variables:
#   $temporary-protection-until (String) - last day of temporary protection, from data/facts.yaml
#   $third-country-protection-ended (String) - the day it ended for non-Ukrainians, from data/facts.yaml
temporary-protection-intro =
    Ma tahay Yukreeni, oo ma ka carartay dagaalka? Markaas waxaad leedahay ilaalin ku-meel-gaar ah, ma aha magangelyo. Waxay socotaa ilaa { $temporary-protection-until }, maalintaas oo ay ku jirto. Waxaad iska diiwaangelinaysaa degmada aad ku nooshahay, ma aha Ter Apel.
    Ma ku noolayd Yukreeyn adigoon Yukreeni ahayn? Ilaalinta ku-meel-gaarka ah waxay kaa dhammaatay { $third-country-protection-ended }. Waxaad codsan kartaa magangelyo.
    { -org-refugeehelp } waxay macluumaad ku leedahay Yukreeniga iyo Ruushka.

procedure-new-intro = Tan iyo markaas, { -org-ind } marka hore waxay baartaa qof kasta oo cusub oo magangelyo codsada. Kadib waxay doorataa hab.
procedure-new-q-stage = Hadda xaggee joogtaa?
procedure-new-a-checks = Baaritaannada koowaad
procedure-new-a-waiting = Waxaan sugayaa wareysi ama go'aan
procedure-new-a-border = Xuduudda, garoonka Schiphol
procedure-new-a-decision = Go'aan baan helay
procedure-a-choose-phase = Anigu ayaa tallaabada dooranaya

pact-routes-title = Habkee?
pact-routes-button = Hababka
pact-routes-intro =
    Kadib baaritaannada koowaad, { -org-ind } ayaa dooranaysa habkaaga. Waxay eegtaa cidda aad tahay, halka aad ka timid, dukumentiyadaada iyo jidkii aad soo martay, qoys aad Yurub ku leedahay, sababahaaga iyo caafimaadkaaga.
    Ma garanaysid habka adiga kuu khuseeya? Weydii qareenkaaga ama { -org-vluchtelingenwerk }.
pact-phases-menu-intro = Tallaabooyinka habka tan iyo markaas. Dooro mid si aad u aragto waxa dhaca.

# Variables:
#   $pact-start (String) - the day the new procedure started
#   $old-cases-resumed (String) - the day the IND started again with older applications
procedure-old-note = { -org-ind } waxay { $old-cases-resumed } dib u bilowday codsiyadii la sameeyay kahor { $pact-start }. Weli lama xaqiijin xeerarka hadda khuseeya codsiyadaas. Hoos waxaa ku qoran tallaabooyinkii sidii ay ahaayeen. Qareenkaaga ama { -org-vluchtelingenwerk } ayaa og waxa adiga kuu khuseeya.
procedure-q-interview = Ma lagu sameeyay wareysiga faahfaahsan ee { -org-ind } (hay'adda socdaalka) ee ku saabsan sababaha aad magangelyo u codsatay?
procedure-a-interview-no = Maya, weli
procedure-a-interview-yes = Haa
procedure-q-decision = Ma heshay go'aanka { -org-ind }?
procedure-a-decision-waiting = Maya, waan sugayaa
procedure-a-decision-granted = Sharci baan helay
procedure-a-decision-rejected = Waa la diiday
phases-menu-intro = Tallaabooyinkii sidii ay ahaayeen, codsiyadii la sameeyay kahor isbeddelka. Dooro mid si aad u aragto waxa ka dhacay.

topics-menu-intro = Dooro mawduuc. Waxaad arki doontaa hay'adaha ku caawin kara.
organisations-menu-intro = Kuwani waa hay'adaha ugu muhiimsan. Dooro mid si aad u aragto waxa ay qabato iyo sida aad ula xiriiri karto.
organisations-by-topic = Hay'ado kale mawduuc ahaan
topics-more-button = Mawduucyo kale ▶
topics-more-intro = Mawduucyo kale. Dooro mid si aad u aragto hay'adaha ku caawin kara.
organisations-more-button = Hay'ado kale ▶
organisations-more-intro = Hay'ado kale. Dooro mid si aad u aragto waxa ay qabato iyo sida aad ula xiriiri karto.

## Flows — flows/procedure.yaml and flows/topics.yaml

procedure-intro = Aan ogaanno halka aad ka joogto habka magangelyada. Waxaan ku weydiin doonaa ilaa saddex su'aalood.
procedure-q-registered = Ma horey u diiwaangelisay codsigaaga magangelyada (Ter Apel ama Schiphol)?
procedure-a-registered-no = Maya, hadda ayaan imid
procedure-a-registered-yes = Haa, waan is diiwaangeliyay
procedure-a-choose-phase = Heerka anigaa dooranaya
procedure-a-ukraine = Dagaalka Yukreeyn baan ka cararay
temporary-protection-intro =
    Dadka ka cararay dagaalka Yukreeyn waxay helaan ilaalin ku-meel-gaar ah, ma aha magangelyo.
    Adiga waxaa kuu khuseeya xeerar ka duwan habka magangelyada ee halkan lagu sharaxay.
    RefugeeHelp waxay macluumaad ku leedahay Yukreeniga iyo Ruushka, sidoo kale ku saabsan shaqada iyo waxbarashada.
procedure-q-interview = Ma lagu sameeyay wareysiyada IND (hay'adda socdaalka) ee ku saabsan sababaha aad magangelyo u codsatay?
procedure-a-interview-no = Maya, weli
procedure-a-interview-yes = Haa
procedure-a-not-sure = Ma hubo
procedure-q-decision = Ma heshay go'aanka IND?
procedure-a-decision-waiting = Maya, waan sugayaa
procedure-a-decision-granted = Haa, sharci baan helay
procedure-a-decision-rejected = Haa, waa la i diiday
phases-menu-intro = Habka magangelyadu wuxuu leeyahay heerarkan. Dooro mid si aad u aragto waxa dhaca.
decision-choose-intro = Maxay IND go'aamisay?

topics-menu-intro = Dooro mawduuc. Waxaad arki doontaa hay'adaha ku caawin kara.
organisations-menu-intro = Kuwani waa hay'adaha ugu muhiimsan. Dooro mid si aad u aragto waxa ay qabato iyo sida aad ula xiriiri karto.
organisations-by-topic = Hay'ado kale mawduuc ahaan

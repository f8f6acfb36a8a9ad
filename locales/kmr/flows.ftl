## Flows — flows/procedure.yaml and flows/topics.yaml

procedure-intro = Werin em bibînin hûn di prosedura penaberiyê de li ku ne. Ez ê herî zêde sê pirsan ji we bikim.
procedure-q-registered = We serlêdana xwe ya penaberiyê berê qeyd kiriye (li Ter Apel an li Schiphol)?
procedure-a-registered-no = Na, ez nû hatim
procedure-a-registered-yes = Erê, ez qeydkirî me
procedure-a-choose-phase = Ez ê qonaxê hilbijêrim
procedure-a-ukraine = Ez ji şerê Ukraynayê reviyam
temporary-protection-intro =
    Kesên ku ji şerê Ukraynayê reviyane parastina demkî distînin, ne penaberiyê.
    Ji bo we qaîdeyên din derbas dibin, ne yên prosedura penaberiyê ya ku li vir hatiye ravekirin.
    Li RefugeeHelp agahî bi ukraynî û rûsî hene, her wiha li ser kar û perwerdeyê.
procedure-q-interview = We hevpeyvînên xwe bi IND-ê (dezgeha koçberiyê) re li ser sedemên penaberiya xwe kirine?
procedure-a-interview-no = Na, hîn na
procedure-a-interview-yes = Erê
procedure-a-not-sure = Ez ne bawer im
procedure-q-decision = Biryara IND-ê gihîştiye we?
procedure-a-decision-waiting = Na, ez li bendê me
procedure-a-decision-granted = Erê, min destûr girt
procedure-a-decision-rejected = Erê, hat redkirin
phases-menu-intro = Di prosedura penaberiyê de ev qonax hene. Yekê hilbijêrin da ku hûn bibînin çi diqewime.
decision-choose-intro = IND-ê çi biryar da?

topics-menu-intro = Mijarekê hilbijêrin. Hûn ê bibînin kîjan rêxistin dikarin alîkariya we bikin.
organisations-menu-intro = Ev rêxistinên sereke ne. Yekê hilbijêrin da ku hûn bibînin ew çi dike û hûn çawa dikarin xwe bigihînin wê.
organisations-by-topic = Rêxistinên din li gor mijarê

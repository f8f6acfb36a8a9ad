## Flows — flows/procedure.yaml and flows/topics.yaml

procedure-intro = Werin em bibînin hûn di prosedura penaberiyê de li ku ne.
# Variables:
#   $pact-start (String) - the day the new procedure started, from data/facts.yaml
procedure-q-applied = Prosedur di { $pact-start } de guherî. We kengê serlêdana penaberiyê kir?
# Variables:
#   $pact-start (String) - the day the new procedure started
procedure-a-applied-before = Berî { $pact-start }
# Variables:
#   $pact-start (String) - the day the new procedure started
procedure-a-applied-since = Di { $pact-start } de an piştî wê
procedure-a-not-applied = Hîn na, ez nû hatim
procedure-a-applied-unknown = Ez nizanim
procedure-a-ukraine = Ez ji şerê Ukraynayê reviyam
procedure-date-unknown =
    Li kaxezên xwe yên ji IND-ê binêrin. Dîroka serlêdana we li ser wan e.
    Ne bawer in? Ji parêzerê xwe, { -org-vluchtelingenwerk } an karmendên { -org-coa } bixwazin ku bi we re lê binêrin.

temporary-protection-title = Kesên ku ji Ukraynayê reviyane
# Variables:
#   $temporary-protection-until (String) - last day of temporary protection, from data/facts.yaml
#   $third-country-protection-ended (String) - the day it ended for non-Ukrainians, from data/facts.yaml
temporary-protection-intro =
    Hûn Ukraynî ne û ji şer reviyane? Wê demê parastina we ya demkî heye, ne penaberî. Ew heta { $temporary-protection-until } derbasdar e, ev roj jî tê de. Hûn li şaredariya cihê ku lê dijîn xwe qeyd dikin, ne li Ter Apel.
    Hûn li Ukraynayê dijiyan, lê hûn ne Ukraynî ne? Parastina demkî ji bo we di { $third-country-protection-ended } de qediya. Hûn dikarin serlêdana penaberiyê bikin.
    Li { -org-refugeehelp } agahî bi Ukraynî û Rûsî hene.

procedure-new-intro = Ji wê demê ve, { -org-ind } pêşî her serlêderekî nû kontrol dike. Paşê ew prosedurekê hildibijêre.
procedure-new-q-stage = Hûn niha li ku ne?
procedure-new-a-checks = Di kontrolên pêşîn de me
procedure-new-a-waiting = Li benda hevpeyvîn an biryarê me
procedure-new-a-border = Li sînor im, li Schiphol
procedure-new-a-decision = Biryarek gihîşt min
procedure-a-choose-phase = Ez ê bi xwe gavê hilbijêrim

pact-routes-title = Kîjan prosedur?
pact-routes-button = Prosedur
pact-routes-intro =
    Piştî kontrolên pêşîn, { -org-ind } prosedura we hildibijêre. Ew li van dinêre: hûn kî ne, hûn ji ku tên, belgeyên we û rêya rêwîtiya we, malbata we ya li Ewropayê, sedemên we û tenduristiya we.
    Hûn nizanin kîjan prosedur ya we ye? Ji parêzerê xwe an { -org-vluchtelingenwerk } bipirsin.
pact-phases-menu-intro = Gavên prosedurê ji wê demê ve. Yekê hilbijêrin da ku hûn bibînin çi diqewime.

# Variables:
#   $pact-start (String) - the day the new procedure started
#   $old-cases-resumed (String) - the day the IND started again with older applications
procedure-old-note = { -org-ind } di { $old-cases-resumed } de dîsa dest bi xebata li ser serlêdanên berî { $pact-start } kir. Hîn ne piştrast e ka niha kîjan qaîde li ser wan derbasdar in. Li jêr gav wek berê ne. Parêzerê we an { -org-vluchtelingenwerk } dizane ka çi li ser we derbasdar e.
procedure-q-interview = We hevpeyvîna berfireh bi IND-ê (dezgeha koçberiyê) re li ser sedemên penaberiya xwe kiriye?
procedure-a-interview-no = Na, hîn na
procedure-a-interview-yes = Erê
procedure-q-decision = Biryara IND-ê gihîştiye we?
procedure-a-decision-waiting = Na, ez li bendê me
procedure-a-decision-granted = Min destûr girt
procedure-a-decision-rejected = Hat redkirin
phases-menu-intro = Gav, wek ku ji bo serlêdanên berî guherînê bûn. Yekê hilbijêrin da ku hûn bibînin tê de çi diqewimî.

topics-menu-intro = Mijarekê hilbijêrin. Hûn ê bibînin kîjan rêxistin dikarin alîkariya we bikin.
organisations-menu-intro = Ev rêxistinên sereke ne. Yekê hilbijêrin da ku hûn bibînin ew çi dike û hûn çawa dikarin xwe bigihînin wê.
organisations-by-topic = Rêxistinên din li gor mijarê
topics-more-button = Mijarên din ▶
topics-more-intro = Mijarên din. Yekê hilbijêrin da ku hûn bibînin kîjan rêxistin dikarin alîkariya we bikin.
organisations-more-button = Rêxistinên din ▶
organisations-more-intro = Rêxistinên din. Yekê hilbijêrin da ku hûn bibînin ew çi dike û hûn çawa dikarin xwe bigihînin wê.

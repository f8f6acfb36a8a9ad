## Steps of the asylum procedure — data/phases.yaml
# Numbers come from data/facts.yaml as variables; never type a number here.
# Words printed on IND letters (beschikking, voornemen, zienswijze) stay as they are,
# so people can recognise them on their papers.

# Variables:
#   $checked (String) - the day these facts were last compared with their sources, written out
phase-checked = Laatst gecontroleerd: { $checked }. Regels kunnen veranderen; je advocaat kent jouw zaak.

## Since 12 June 2026: arrival and the first checks

phase-registration = Aankomst en eerste controles
phase-registration-now =
    Je meldt je bij het aanmeldcentrum in Ter Apel. Kom je met het vliegtuig of de boot van buiten het Schengengebied? Dan meld je je op Schiphol.
    De { -org-ind } controleert wie je bent en doet veiligheidscontroles en een medische controle. De { -org-ind } kijkt ook of je extra zorg nodig hebt.
# Variables:
#   $minor-age (Number) - under this age you are a child, from data/facts.yaml
phase-registration-help =
    Je vult je eigen gegevens in op een online portaal. Medewerkers van de { -org-ind } helpen je als dat nodig is.
    Ben je jonger dan { $minor-age } en ben je hier zonder je ouders? Dan krijg je een voogd van { -org-nidos }.
# Variables:
#   $screening-days-inland (Number) - longest first checks inside the country, from data/facts.yaml
phase-registration-next =
    Deze controles duren maximaal { $screening-days-inland ->
        [one] { $screening-days-inland } dag
       *[other] { $screening-days-inland } dagen
    }. Daarna kiest de { -org-ind } je procedure.

## Since 12 June 2026: the procedures

phase-pact-standard = Standaardprocedure
phase-pact-standard-now =
    De { -org-ind } onderzoekt of je bescherming nodig hebt. Je krijgt eerst uitleg.
    Daarna heb je een gesprek. Daarin vertel je waarom je asiel vraagt.
phase-pact-standard-help =
    Je bereidt het gesprek samen met je advocaat voor.
    Je hebt ook recht op gratis juridisch advies als je daarom vraagt. { -org-vluchtelingenwerk } kan je vertellen waar je dat krijgt.
# Variables:
#   $decision-months-standard (Number) - months the IND has to decide, from data/facts.yaml
phase-pact-standard-next =
    De { -org-ind } moet binnen { $decision-months-standard ->
        [one] { $decision-months-standard } maand
       *[other] { $decision-months-standard } maanden
    } beslissen. Daarna krijg je het besluit in een brief.

phase-pact-accelerated = Versnelde procedure
phase-pact-accelerated-now =
    Deze procedure is korter. Meestal heb je ook een gesprek met de { -org-ind }. Daarin vertel je je redenen.
phase-pact-accelerated-help =
    Vraag { -org-vluchtelingenwerk } om je te helpen met de voorbereiding. Of je in deze procedure een advocaat krijgt, is nog niet bevestigd.
# Variables:
#   $decision-months-accelerated (Number) - months the IND has to decide, from data/facts.yaml
phase-pact-accelerated-next =
    De { -org-ind } moet binnen { $decision-months-accelerated ->
        [one] { $decision-months-accelerated } maand
       *[other] { $decision-months-accelerated } maanden
    } beslissen. Daarna krijg je het besluit in een brief.

phase-pact-responsibility = Ander EU-land verantwoordelijk?
phase-pact-responsibility-now =
    De { -org-ind } controleert of een ander EU-land je aanvraag moet behandelen, bijvoorbeeld omdat je daar eerder was of daar familie hebt. Deze regels vervangen de Dublinregels.
    Is een ander land verantwoordelijk? Dan kun je daarheen worden gestuurd.
phase-pact-responsibility-help =
    Je kunt je verzetten tegen een besluit om je naar een ander land te sturen. De termijn staat in de brief en kan heel kort zijn. Neem dezelfde dag contact op met je advocaat of { -org-vluchtelingenwerk }.
phase-pact-responsibility-next =
    Behandelt Nederland je aanvraag? Dan gaat de { -org-ind } je aanvraag daarna onderzoeken.

phase-pact-admissibility = Ontvankelijkheidsprocedure
phase-pact-admissibility-now =
    In deze procedure beslist de { -org-ind } eerst of je aanvraag in Nederland wel wordt onderzocht.
phase-pact-admissibility-help =
    Vraag je advocaat of { -org-vluchtelingenwerk } wat dit voor jou betekent.
phase-pact-admissibility-next =
    De { -org-ind } stuurt je het besluit in een brief.

phase-pact-border = Grensprocedure (Schiphol)
# Variables:
#   $screening-days-border (Number) - longest checks at the border, from data/facts.yaml
phase-pact-border-now =
    Ben je met het vliegtuig of de boot gekomen van buiten het Schengengebied? Dan controleert de Koninklijke Marechaussee je aan de grens. Dat duurt maximaal { $screening-days-border ->
        [one] { $screening-days-border } dag
       *[other] { $screening-days-border } dagen
    }.
    Daarna kan de { -org-ind } je aanvraag in de grensprocedure behandelen. Die is voor mensen met weinig kans op bescherming, of die gezien worden als een risico voor de openbare orde.
phase-pact-border-help =
    Misschien moet je in een gesloten centrum blijven. Vraag om een advocaat, en neem contact op met { -org-vluchtelingenwerk }.
# Variables:
#   $border-procedure-weeks (Number) - longest border procedure, from data/facts.yaml
phase-pact-border-next =
    De grensprocedure moet binnen { $border-procedure-weeks ->
        [one] { $border-procedure-weeks } week
       *[other] { $border-procedure-weeks } weken
    } klaar zijn.

## Since 12 June 2026: the decision and after it

phase-pact-decision = Het besluit
phase-pact-decision-now =
    De { -org-ind } stuurt het besluit in een brief. Die brief heet een "beschikking". Lees hem samen met je advocaat of { -org-vluchtelingenwerk }.
# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
phase-pact-decision-help =
    De regels voor beroep zijn op { $pact-start } veranderd. De termijn om in beroep te gaan staat in de brief, en die kan heel kort zijn.
    Neem dezelfde dag contact op met je advocaat of { -org-vluchtelingenwerk }.
phase-pact-decision-next =
    Wat heeft de { -org-ind } besloten?

phase-pact-granted = Vergunning gekregen
# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
phase-pact-granted-now =
    De { -org-ind } heeft je een verblijfsvergunning asiel gegeven. Hoe lang die geldig is, staat erop.
    Sinds { $pact-start } zijn er twee soorten asielvergunning, en de regels om je gezin te laten overkomen zijn veranderd.
phase-pact-granted-help =
    { -org-vluchtelingenwerk } helpt je met gezinshereniging en met het begin van je leven hier. Vraag het ze snel.
phase-pact-granted-next =
    Het { -org-coa } heeft een programma om je voor te bereiden op de inburgering: Nederlandse les en les over het leven in Nederland.

phase-pact-rejected = Aanvraag afgewezen
phase-pact-rejected-now =
    De { -org-ind } heeft je aanvraag afgewezen. In de afwijzing staat ook dat je moet vertrekken (het terugkeerbesluit). Je kunt tegen allebei tegelijk in beroep gaan bij de rechter.
phase-pact-rejected-help =
    De termijn staat in de brief en kan heel kort zijn. Praat VANDAAG met je advocaat of { -org-vluchtelingenwerk }.
    Vraag je advocaat of je tijdens het beroep in Nederland mag blijven.
phase-pact-rejected-next =
    Hoe lang je na een afwijzing in de opvang mag blijven, is onder de nieuwe regels nog niet bevestigd. Vraag het aan het { -org-coa } en je advocaat.
    De { -org-dtv } praat met je over vertrek. Kies je ervoor om terug te gaan? Dan kan { -org-iom } helpen.

phase-new-application = Een nieuwe aanvraag
# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
phase-new-application-now =
    Is je aanvraag definitief afgewezen, en is er sindsdien iets belangrijks veranderd? Dan kun je misschien opnieuw een aanvraag doen.
    De regels hiervoor zijn op { $pact-start } veranderd.
phase-new-application-help =
    Praat met een advocaat of { -org-vluchtelingenwerk } voordat je opnieuw een aanvraag doet.

## Applications made before 12 June 2026: the steps as they were

# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
phase-old-rules-note = Dit zijn de stappen voor aanvragen van vóór { $pact-start }. Welke regels nu voor jouw zaak gelden, is niet bevestigd.

phase-rest-and-preparation = Rust en voorbereiding
# Variables:
#   $rest-days (Number) - shortest rest and preparation period, from data/facts.yaml
phase-rest-and-preparation-now =
    Je verblijft minstens { $rest-days ->
        [one] { $rest-days } dag
       *[other] { $rest-days } dagen
    } in een procesopvanglocatie (pol). Deze tijd is om uit te rusten en om samen met je advocaat je gesprek voor te bereiden.
# Variables:
#   $weekly-allowance (String) - weekly living allowance, written out, from data/facts.yaml
phase-rest-and-preparation-help =
    Het { -org-coa } geeft je een woonplek, meestal geld voor eten, en { $weekly-allowance } per week leefgeld (het bedrag kan veranderen).
    { -org-vluchtelingenwerk } legt de procedure uit. De { -org-gza } geeft medische zorg.
phase-rest-and-preparation-next =
    Na deze periode begint de algemene asielprocedure.

phase-general-procedure = Algemene asielprocedure
phase-general-procedure-now =
    De { -org-ind } houdt het uitgebreide gesprek over je redenen voor asiel. Je advocaat bereidt het met je voor.
phase-general-procedure-help =
    Wil de { -org-ind } je aanvraag afwijzen? Dan stuurt de { -org-ind } eerst een "voornemen": een brief waarin staat dat de { -org-ind } je aanvraag wil afwijzen. Je advocaat reageert daar schriftelijk op (een "zienswijze"). Daar is weinig tijd voor.
# Variables:
#   $old-cases-resumed (String) - the day the IND started again with older applications, from data/facts.yaml
phase-general-procedure-next =
    Daarna beslist de { -org-ind } en stuurt je een brief (een "beschikking"). De { -org-ind } is op { $old-cases-resumed } weer begonnen met deze oudere aanvragen. Daarom wachten veel mensen lang.

phase-decision-granted = Besluit: vergunning
phase-decision-granted-now =
    De { -org-ind } heeft je een verblijfsvergunning asiel gegeven. Hoe lang die geldig is, staat erop.
# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
phase-decision-granted-help =
    De regels om je gezin te laten overkomen zijn op { $pact-start } veranderd, ook voor eerdere aanvragen. Vraag { -org-vluchtelingenwerk } er snel naar.
    Het { -org-rode-kruis } kan zoeken naar familieleden met wie je geen contact meer hebt.
phase-decision-granted-next =
    Het { -org-coa } heeft een programma om je voor te bereiden op de inburgering: Nederlandse les en les over het leven in Nederland.

phase-decision-rejected = Besluit: afgewezen
phase-decision-rejected-now =
    De { -org-ind } heeft je aanvraag afgewezen. Je kunt in beroep gaan bij de rechter. De termijn staat in de brief (de "beschikking") en kan heel kort zijn.
phase-decision-rejected-help =
    Praat VANDAAG met je advocaat of { -org-vluchtelingenwerk }. Vraag je advocaat of je tijdens het beroep in Nederland mag blijven.
phase-decision-rejected-next =
    Hoe lang je na een afwijzing in de opvang mag blijven, is niet bevestigd. Vraag het aan het { -org-coa } en je advocaat.
    De { -org-dtv } praat met je over vertrek, met een tolk. Kies je ervoor om terug te gaan? Dan kan { -org-iom } helpen.

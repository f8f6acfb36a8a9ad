## Asylum phases — data/phases.yaml

## Phase: registration

phase-registration = Aanmelding

# Variables:
#   $days (String) - how many days you stay in the col, e.g. "3-10", from data/phases.yaml
phase-registration-now =
    Je meldt je bij het aanmeldcentrum in Ter Apel. Kom je met het vliegtuig, dan meld je je op Schiphol.
    Je woont meestal { $days } dagen in de centrale opvanglocatie (col).
    Daar krijg je een medische intake bij de GZA en een tbc-controle door de GGD.
    In het aanmeldgehoor gaat het over je identiteit, nationaliteit, reisroute en familie. Je hebt dan nog geen advocaat.

phase-registration-coa =
    Het COA geeft je een slaapplek, eten en verzorgingsproducten.
    Het COA kijkt ook wie extra aandacht of bescherming nodig heeft, bijvoorbeeld door gezondheidsproblemen of signalen van mensenhandel.
    Voel je je niet veilig of niet goed? Zeg het tegen een medewerker van het COA.

phase-registration-help =
    De GZA is je dokter tijdens de procedure.
    Ben je jonger dan 18 en ben je zonder ouders gekomen? Dan krijg je een voogd van Nidos.
    De Raad voor Rechtsbijstand heeft een balie in het aanmeldcentrum en regelt een gratis advocaat voor je.

phase-registration-next =
    Daarna komt de rust- en voorbereidingstermijn. Je gaat naar een proces-opvanglocatie (pol), dicht bij een kantoor van de IND.
    Kom je uit een land dat als veilig geldt? Dan kan je hele procedure plaatsvinden terwijl je in de col woont.

## Phase: rest-and-preparation

phase-rest-and-preparation = Rust en voorbereiding

# Variables:
#   $rest-days (String) - minimum length of the rest and preparation period, e.g. "6", from data/phases.yaml
phase-rest-and-preparation-now =
    Je woont minstens { $rest-days } dagen in een proces-opvanglocatie (pol).
    Deze tijd is om uit te rusten en je voor te bereiden op je gesprekken met de IND.
    Je advocaat bereidt je voor, en VluchtelingenWerk legt uit hoe de procedure werkt.

# Variables:
#   $allowance (String) - weekly living allowance, e.g. "€14.47", from data/phases.yaml
phase-rest-and-preparation-coa =
    Het COA geeft je een woonplek en meestal geld voor eten, zodat je zelf kunt koken.
    Je krijgt ook leefgeld: { $allowance } per week (het bedrag kan veranderen).
    Het COA betaalt het openbaar vervoer naar je advocaat.
    Heb je een goede kans op een vergunning? Dan kun je hier al Nederlandse les krijgen.

phase-rest-and-preparation-help =
    Je advocaat is gratis. De Raad voor Rechtsbijstand regelt er een voor je.
    VluchtelingenWerk legt de procedure uit en helpt je bij de voorbereiding.
    De GZA geeft medische zorg. Vertel over je gezondheidsproblemen.
    Ben je jonger dan 18 en zonder ouders gekomen? Dan helpt je voogd van Nidos je.

phase-rest-and-preparation-next =
    Na de rust- en voorbereidingstermijn begint de algemene asielprocedure.
    De IND praat met je en beslist daarna over je aanvraag.

## Phase: general-procedure

phase-general-procedure = Algemene asielprocedure

# Variables:
#   $decision-days (String) - working days for a decision in the general procedure, e.g. "6", from data/phases.yaml
#   $decision-days-max (String) - longest general procedure in days, e.g. "9", from data/phases.yaml
phase-general-procedure-now =
    De IND heeft gesprekken met je. Het eerste gesprek gaat over je identiteit en je reisroute.
    Het tweede, uitgebreide gesprek gaat over de redenen waarom je asiel vraagt.
    De IND beslist meestal binnen { $decision-days } werkdagen, soms binnen { $decision-days-max } dagen.
    Is dat niet genoeg? Dan gaat je aanvraag naar de verlengde asielprocedure (VA).

phase-general-procedure-coa =
    Je blijft in de proces-opvanglocatie (pol) wonen.
    Het COA geeft je dezelfde steun als eerst: een woonplek, geld voor eten, je leefgeld en medische zorg via de GZA.

# Variables:
#   $reply-days (String) - days your lawyer has to answer an intention to reject in the general procedure, e.g. "1", from data/phases.yaml
phase-general-procedure-help =
    Je advocaat bereidt de gesprekken met je voor.
    Wil de IND je aanvraag afwijzen? Dan stuurt de IND eerst een voornemen. In de algemene procedure heeft je advocaat { $reply-days } dag om daar schriftelijk op te reageren.
    VluchtelingenWerk steunt je ook. Soms kan een vrijwilliger mee naar een gesprek.

# Variables:
#   $work-months (String) - months an application must be pending before you may work, e.g. "6", from data/phases.yaml
phase-general-procedure-next =
    Daarna krijg je het besluit van de IND: een vergunning of een afwijzing.
    De verlengde procedure duurt langer. Je advocaat of VluchtelingenWerk kan je vertellen wat jouw termijn is.
    Loopt je aanvraag { $work-months } maanden? Dan mag je werken. Je werkgever heeft dan een werkvergunning voor je nodig.

## Phase: decision-granted

phase-decision-granted = Besluit: vergunning

# Variables:
#   $permit-years (String) - validity of the asylum permit in years, e.g. "5", from data/phases.yaml
phase-decision-granted-now =
    De IND heeft je een verblijfsvergunning asiel gegeven.
    Die is { $permit-years } jaar geldig, vanaf de dag van je aanvraag. Daarna kun je een vergunning voor onbepaalde tijd aanvragen.
    Je mag werken.

phase-decision-granted-coa =
    Het COA blijft je voorlopig opvang en steun geven.
    Het COA heeft een programma om je voor te bereiden op de inburgering: Nederlands leren en leren over het leven in Nederland.

phase-decision-granted-help =
    VluchtelingenWerk helpt je met gezinshereniging en met het begin van je leven hier.
    Heb je geen contact meer met familie? Het Rode Kruis kan helpen om hen te zoeken.

# Variables:
#   $reunification-months (String) - months after the permit to apply for family reunification, e.g. "3", from data/phases.yaml
phase-decision-granted-next =
    Daarna begint de inburgering.
    Wil je dat je familie naar je toe komt? Vraag dat aan binnen { $reunification-months } maanden nadat je je vergunning kreeg. Dan zijn de regels makkelijker, je hoeft bijvoorbeeld geen inkomen te hebben.
    Vraag op tijd hulp aan VluchtelingenWerk.

## Phase: decision-rejected

phase-decision-rejected = Besluit: afgewezen

# Variables:
#   $appeal-weeks-short (String) - short appeal deadline in weeks, e.g. "1", from data/phases.yaml
#   $appeal-weeks (String) - normal appeal deadline in weeks, e.g. "4", from data/phases.yaml
phase-decision-rejected-now =
    De IND heeft je aanvraag afgewezen. Je kunt in beroep gaan bij de rechter.
    De termijn is kort: { $appeal-weeks-short } week na een besluit in de algemene procedure, of als je aanvraag kennelijk ongegrond of niet-ontvankelijk is. In andere gevallen { $appeal-weeks } weken.
    Praat VANDAAG met je advocaat. Beroep kost je niets.

phase-decision-rejected-coa =
    Het COA blijft je voorlopig opvang geven.
    Het COA heeft voor volwassenen met een afwijzing een training over hun toekomst.

phase-decision-rejected-help =
    Je advocaat kan voor je in beroep gaan.
    De DT&V heeft vertrekgesprekken met je, met een tolk.
    Kies je ervoor om terug te gaan? Dan kan IOM je helpen met vrijwillige terugkeer.
    VluchtelingenWerk kan je ook advies geven.

phase-decision-rejected-next =
    Zolang je beroep loopt, mag je meestal in Nederland blijven. Er zijn uitzonderingen. Je advocaat weet of dat voor jou geldt en kan de rechter dan vragen of je mag blijven.
    Hoger beroep bij de Raad van State geeft je geen recht om te blijven zolang het loopt.

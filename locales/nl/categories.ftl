## Service categories — data/categories.yaml

# category-<id> is the button label (1-3 words).
# category-<id>-intro is shown above the list of organisations.

category-emergency = Noodgeval
# Variables:
#   $phone (String) - the emergency number, from data/organisations.yaml (emergency-services/0); never translate or reformat
category-emergency-intro = Ben je nu in gevaar? Bel { $phone } (politie, ambulance, brandweer). Het is gratis en werkt met elke telefoon, 24 uur per dag.
emergency-what-to-say =
    Zeg als je belt:
    - waar je bent: het adres of de naam van je opvanglocatie
    - wat er is gebeurd
    - of iemand gewond is
    Je kunt vragen om iemand die Engels spreekt.

category-legal = Juridische hulp
category-legal-intro =
    Elke asielzoeker krijgt een gratis advocaat. De Raad voor Rechtsbijstand regelt die automatisch voor je.
    VluchtelingenWerk helpt je ook, gratis, tijdens je procedure.
    Voor andere juridische vragen kun je advies krijgen bij Het Juridisch Loket.

category-health = Gezondheid
category-health-intro =
    In de opvang is de GZA je dokter. Vertel het als je een gezondheidsprobleem hebt. Er zijn tolken.
    Bij een medisch noodgeval kun je de GZA altijd bellen.
    Denk je aan een einde maken aan je leven? Je kunt met iemand praten, gratis en anoniem, dag en nacht.

category-reception = Opvang (COA)
category-reception-intro =
    Het COA geeft je tijdens je procedure een plek om te wonen, wekelijks leefgeld en zorg, en school voor je kinderen.
    Heb je een vraag? Ga eerst naar de informatiebalie op je locatie, of kijk op MyCOA.

category-procedure = Asielprocedure
category-procedure-intro =
    De IND beslist over je asielaanvraag.
    VluchtelingenWerk en RefugeeHelp leggen elke stap van de procedure uit, in veel talen.
    Je advocaat kan je vertellen welke termijnen voor jou gelden.

category-family = Familie
category-family-intro =
    Heb je een verblijfsvergunning en wil je dat je gezin overkomt? Vraag gezinshereniging aan binnen 3 maanden nadat je je vergunning kreeg. Dan zijn de regels makkelijker.
    VluchtelingenWerk kan je hierbij helpen.
    Geen contact meer met familie? Het Rode Kruis kan gratis naar ze zoeken.

category-sgbv = Geweld & misbruik
category-sgbv-intro =
    Huiselijk geweld, seksueel geweld en misbruik zijn nooit oké. Je kunt hulp krijgen, en je mag anoniem blijven.
    Veilig Thuis en het Centrum Seksueel Geweld zijn gratis en dag en nacht bereikbaar.
    Na verkrachting of aanranding: zoek zo snel mogelijk hulp, het liefst binnen 7 dagen.
    Ben je nu in gevaar? Bel het alarmnummer.

category-trafficking = Mensenhandel
category-trafficking-intro =
    Dwingt iemand je om te werken of seks te hebben, pakt iemand je papieren af of mag je niet weg? Dan kan het mensenhandel zijn.
    Dat is een misdrijf, en je kunt hulp krijgen. Je kunt het ook vertellen aan een medewerker van het COA.
    Ben je nu in gevaar? Bel het alarmnummer.

category-children = Kinderen & jongeren
category-children-intro =
    Ben je jonger dan 18 en ben je zonder ouders gekomen? Dan krijg je een voogd van Nidos die je helpt.
    Kinderen en jongeren kunnen met De Kindertelefoon over alles praten, gratis en anoniem.
    Maak je je zorgen over een kind thuis? Veilig Thuis kan helpen.

category-lgbtiq = LHBTIQ+
category-lgbtiq-intro =
    Als je het COA om hulp vraagt omdat je lhbtiq+ bent, heeft dat geen invloed op je asielprocedure.
    Op sommige COA-locaties is er een contactpersoon voor lhbtiq+-bewoners.
    De organisaties hieronder geven steun, informatie en maatjes.

category-work = Werk
category-work-intro =
    Je mag werken als je asielaanvraag 6 maanden loopt.
    Je werkgever heeft dan een werkvergunning (TWV) voor je nodig.
    RefugeeHelp legt de regels uit, en het UAF helpt vluchtelingen en asielzoekers met studie en werk.

category-education = Onderwijs
category-education-intro =
    School is verplicht van 5 tot 16 jaar. Kinderen in de asielprocedure gaan binnen 3 maanden naar school.
    Kinderen onder de 12 gaan naar een basisschool in of bij het azc. Van 12 tot 18 gaan ze naar een internationale schakelklas (ISK).
    Het UAF helpt bij studeren aan een hogeschool of universiteit.

category-return = Teruggaan
category-return-intro =
    Wil je terug naar je land? IOM kan helpen met de reis en met opnieuw beginnen daar.
    Na een afwijzing praat de DT&V met je over vertrek uit Nederland.
    VluchtelingenWerk kan je helpen nadenken over je toekomst.

category-volunteer = Vrijwilligers & doneren
category-volunteer-intro =
    Wil je helpen? VluchtelingenWerk en het COA werken met vrijwilligers.
    Stichting Vluchteling zamelt geld in voor vluchtelingen in andere landen.

# Shown above the list of organisations of a category.
# Variables:
#   $count (Number) - how many organisations are listed
category-organisations-count =
    { $count ->
        [one] Deze organisatie kan helpen:
       *[other] Deze { $count } organisaties kunnen helpen:
    }

## Service categories — data/categories.yaml

# category-<id> is the button label (1-3 words).
# category-<id>-intro is shown above the list of organisations.

category-emergency = Noodgeval
# Variables:
#   $emergency-number (String) - the emergency number, from data (facts.yaml -> organisations.yaml); never translate or reformat
category-emergency-intro = Ben je nu in gevaar? Bel { $emergency-number } (politie, ambulance, brandweer). Het is gratis, met elke telefoon, dag en nacht.
## Typed danger: the first line of the emergency screen, by the kind of danger
# Variables:
#   $emergency-number (String), $suicide-line (String), $veilig-thuis-line (String),
#   $sexual-violence-line (String), $trafficking-line (String) - phone numbers, from data
danger-fire = Brand of rook? Ga naar buiten, doe de deuren achter je dicht en bel { $emergency-number }.
danger-medical = Is iemand ernstig gewond of ziek? Bel nu { $emergency-number } en zeg waar je bent.
danger-suicide = Je hoeft hier niet alleen doorheen. Ben je nu in gevaar? Bel { $emergency-number }. Wil je met iemand praten? Bel { $suicide-line }.
danger-violence = Ben je nu in gevaar? Bel { $emergency-number }. Geweld thuis: bel { -org-veilig-thuis } op { $veilig-thuis-line }.
danger-sexual-violence = Ben je nu in gevaar? Bel { $emergency-number }. Na verkrachting of aanranding: bel het { -org-centrum-seksueel-geweld } op { $sexual-violence-line }.
danger-crime = Ben je bedreigd of aangevallen? Ga naar een veilige plek en bel { $emergency-number }.
danger-child = Is een kind in gevaar? Bel { $emergency-number }. Maak je je zorgen om een kind? Bel { -org-veilig-thuis } op { $veilig-thuis-line }.
danger-trafficking = Word je vastgehouden of gedwongen? Bel { $emergency-number } zodra je kunt. { -org-comensha } helpt slachtoffers van mensenhandel: { $trafficking-line }.

emergency-what-to-say =
    Zeg waar je bent (het adres of de naam van je opvanglocatie), wat er is gebeurd en of iemand gewond is.
# Variables:
#   $suicide-line (String) - 113's free number, from data
#   $veilig-thuis-line (String) - Veilig Thuis, from data
#   $sexual-violence-line (String) - Centrum Seksueel Geweld, from data
emergency-not-now =
    Ben je nu niet direct in gevaar? Deze lijnen zijn gratis en dag en nacht open:
    - Denk je erover om een einde aan je leven te maken? Bel { $suicide-line }. Iemand luistert naar je; je mag anoniem blijven.
    - Geweld thuis? Bel { $veilig-thuis-line } ({ -org-veilig-thuis }). Ze geven je advies en kunnen hulp sturen.
    - Verkrachting of aanranding? Bel { $sexual-violence-line } ({ -org-centrum-seksueel-geweld }). Voor medische en andere hulp.

category-legal = Juridische hulp
category-legal-intro =
    In de standaard asielprocedure bereid je je gesprek voor met een advocaat. De { -org-raad-voor-rechtsbijstand } regelt asieladvocaten.
    { -org-vluchtelingenwerk } helpt je gratis tijdens je procedure.
    Heb je een brief gekregen met een termijn? Neem dezelfde dag contact op met je advocaat of { -org-vluchtelingenwerk }.

category-health = Gezondheid
# Variables:
#   $emergency-number (String) - the emergency number, from data
#   $suicide-line (String) - 113's free number, from data
category-health-intro =
    Levensgevaar? Bel meteen { $emergency-number }.
    In de opvang is de { -org-gza } je dokter. Bel de { -org-gza } Praktijklijn voor medische problemen: altijd, dag en nacht. Voor andere vragen bel je tijdens kantooruren. Er zijn tolken.
    Denk je erover om een einde aan je leven te maken? Bel { $suicide-line }: iemand luistert naar je, gratis en anoniem, dag en nacht.

category-reception = Opvang ({ -org-coa })
category-reception-intro =
    Het { -org-coa } geeft je tijdens je procedure een plek om te wonen, wekelijks leefgeld en zorg, en school voor je kinderen.
    Heb je een vraag? Ga eerst naar de informatiebalie op je locatie, of kijk op MyCOA.

category-procedure = Asielprocedure
category-procedure-intro =
    De { -org-ind } beslist over je asielaanvraag.
    { -org-vluchtelingenwerk } en { -org-refugeehelp } leggen elke stap van de procedure uit, in veel talen.
    Je advocaat kan je vertellen welke termijnen voor jou gelden.

category-family = Familie
# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
category-family-intro =
    Heb je een verblijfsvergunning en wil je dat je gezin overkomt? De regels zijn op { $pact-start } veranderd: er tellen minder familieleden mee, en er zijn extra voorwaarden. Vraag { -org-vluchtelingenwerk } er snel naar; zij helpen je hierbij.
    Geen contact meer met familie? Het { -org-rode-kruis } kan gratis naar ze zoeken.

category-sgbv = Geweld & misbruik
# Variables:
#   $emergency-number (String) - the emergency number, from data
#   $sexual-violence-best-within-days (Number) - from data/facts.yaml
category-sgbv-intro =
    Ben je nu in gevaar? Bel { $emergency-number }.
    Huiselijk geweld, seksueel geweld en misbruik zijn nooit oké. Je kunt hulp krijgen, en je mag anoniem blijven.
    { -org-veilig-thuis } en het { -org-centrum-seksueel-geweld } zijn gratis en dag en nacht bereikbaar.
    Na verkrachting of aanranding: zoek zo snel mogelijk hulp, het liefst binnen { $sexual-violence-best-within-days ->
        [one] { $sexual-violence-best-within-days } dag
       *[other] { $sexual-violence-best-within-days } dagen
    }.

category-trafficking = Mensenhandel
# Variables:
#   $emergency-number (String) - the emergency number, from data
category-trafficking-intro =
    Dwingt iemand je om te werken of seks te hebben, pakt iemand je papieren af of mag je niet weg? Dan kan het mensenhandel zijn.
    Dat is een misdrijf, en je kunt hulp krijgen. Je kunt het ook vertellen aan een medewerker van het { -org-coa }.
    Ben je nu in gevaar? Bel { $emergency-number }.

category-children = Kinderen & jongeren
# Variables:
#   $minor-age (Number) - under this age you are a child, from data/facts.yaml
category-children-intro =
    Ben je jonger dan { $minor-age } en ben je zonder ouders gekomen? Dan krijg je een voogd van { -org-nidos } die je helpt.
    Kinderen en jongeren kunnen met { -org-kindertelefoon } over alles praten, gratis en anoniem.
    Maak je je zorgen over een kind thuis? { -org-veilig-thuis } kan helpen.

category-lgbtiq = LHBTIQ+
category-lgbtiq-intro =
    Als je het { -org-coa } om hulp vraagt omdat je lhbtiq+ bent, heeft dat geen invloed op je asielprocedure.
    Op sommige COA-locaties is er een contactpersoon voor lhbtiq+-bewoners.
    De organisaties hieronder geven steun, informatie en maatjes.

category-work = Werk
# Variables:
#   $work-months (Number) - months an application had to be pending, from data/facts.yaml
category-work-intro =
    Volgens de oude regels mocht je werken als je asielaanvraag al { $work-months ->
        [one] { $work-months } maand
       *[other] { $work-months } maanden
    } in behandeling was, en je werkgever had een werkvergunning (TWV) nodig. Of dit is veranderd, is nog niet bevestigd.
    Voor tijdelijke bescherming uit Oekraïne gelden andere regels. { -org-refugeehelp } legt die uit, en het { -org-uaf } helpt met studie en werk.

category-education = Onderwijs
# Variables:
#   $school-age-from (Number), $school-age-to (Number) - ages of compulsory school, from data/facts.yaml
#   $school-start-months (Number) - months within which children start school
#   $secondary-school-age (Number) - from this age children go to a transition class
#   $minor-age (Number) - the age of adulthood
category-education-intro =
    School is verplicht van { $school-age-from } tot { $school-age-to } jaar. Kinderen in de asielprocedure gaan binnen { $school-start-months ->
        [one] { $school-start-months } maand
       *[other] { $school-start-months } maanden
    } naar school.
    Kinderen jonger dan { $secondary-school-age } gaan naar een basisschool in of bij het azc. Van { $secondary-school-age } tot { $minor-age } jaar gaan ze naar een internationale schakelklas (ISK).
    Het { -org-uaf } helpt bij studeren aan een hogeschool of universiteit.
    Heb je een vergunning? Het { -org-coa } heeft een programma om je voor te bereiden op de inburgering: Nederlandse les en les over het leven in Nederland.

category-return = Teruggaan
category-return-intro =
    Wil je terug naar je land? { -org-iom } kan helpen met de reis en met opnieuw beginnen daar.
    Na een afwijzing praat de { -org-dtv } met je over vertrek uit Nederland.
    { -org-vluchtelingenwerk } kan je helpen nadenken over je toekomst.

category-volunteer = Vrijwilligers & doneren
category-volunteer-intro =
    Wil je helpen? { -org-vluchtelingenwerk } werkt met vrijwilligers. In de gegevens van { -org-vluchtelingenwerk } staat waar je je kunt aanmelden.
    Wil je geld geven? { -org-stichting-vluchteling } zamelt geld in voor vluchtelingen in andere landen. Kijk op hun website.

# Shown above the list of organisations of a category.
# Variables:
#   $count (Number) - how many organisations are listed
category-organisations-count =
    { $count ->
        [one] Deze organisatie kan helpen:
       *[other] Deze { $count } organisaties kunnen helpen:
    }

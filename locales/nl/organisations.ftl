## Organisations — data/organisations.yaml

# Each organisation has org-<id>-about: what it does for you.
# Phone label messages (phone-<org>-<what>) say who a line is for, what it
# costs and whether you can stay anonymous. Numbers and hours come from data.

## Emergency and police

org-emergency-services-about =
    Het nummer voor politie, ambulance of brandweer als er acuut gevaar is.
    Bellen is gratis en kan dag en nacht.
phone-emergency-services-112 = { -org-emergency-services } voor politie, ambulance en brandweer. Gratis, dag en nacht. Alleen bij acuut gevaar.

org-politie-about =
    De Nederlandse politie. Bel het gewone nummer (geen spoed) om aangifte te doen van een misdrijf of van mensenhandel als er geen acuut gevaar is.
    De politie heeft ook een netwerk voor lhbti+-mensen: Roze in Blauw.
phone-politie-non-emergency = { -org-politie } als het geen spoed is: om een misdrijf of mensenhandel te melden.

## Government and asylum procedure

org-ministry-about =
    Het ministerie is verantwoordelijk voor het beleid over asiel en migratie. De { -org-ind } valt eronder.
phone-rijksoverheid-1400 = Informatie Rijksoverheid, de algemene lijn van de overheid (niet voor je asielzaak). Normale belkosten.
phone-rijksoverheid-abroad = Dezelfde lijn, vanuit het buitenland.

org-coa-about =
    Het { -org-coa } regelt de opvang. Je krijgt een plek om te wonen, wekelijks leefgeld en begeleiding tijdens je procedure.
    Heb je een vraag? Ga naar de informatiebalie op je locatie of kijk op MyCOA, in veel talen.
phone-coa-ter-apel-professionals = Alleen voor professionals: { -org-coa } Ter Apel, vragen over één bewoner. Vragen over de asielprocedure gaan naar de { -org-ind }.
phone-coa-legal-helpdesk = Alleen voor professionals: de helpdesk Juridische Zaken van het { -org-coa }.
phone-coa-rvb-helpdesk = Alleen voor professionals: vragen over de Rvb-regeling.

org-ind-about =
    De { -org-ind } beslist over je asielaanvraag. De { -org-ind } houdt ook de gesprekken met je.
    Je kunt de { -org-ind } bellen met vragen over je aanvraag.
phone-ind-general = Vragen over je aanvraag. Normale belkosten.
phone-ind-abroad = De { -org-ind }, als je belt vanuit het buitenland.
phone-ind-fax-default = Een faxnummer, niet om te bellen. Alleen voor het formulier ingebrekestelling, als de { -org-ind } te laat is met het besluit op je asielaanvraag. Vraag het eerst aan je advocaat.

link-vluchtelingenwerk-volunteer = Vrijwilliger worden bij { -org-vluchtelingenwerk }
org-vluchtelingenwerk-about =
    { -org-vluchtelingenwerk } helpt asielzoekers gratis, met mensen in elk azc.
    Ze leggen de procedure uit, kunnen met je mee naar je gesprekken bij de { -org-ind } en helpen bij gezinshereniging.
    Vraag op je locatie wanneer hun spreekuur is.

org-refugeehelp-about =
    { -org-refugeehelp } is een website van { -org-vluchtelingenwerk }. Je leest er in duidelijke taal over de asielprocedure en het leven in Nederland, in veel talen, ook in het Oekraïens.

org-unhcr-about =
    { -org-unhcr } is de vluchtelingenorganisatie van de Verenigde Naties.
    { -org-unhcr } Nederland helpt geen individuele mensen. Voor je asielprocedure verwijst { -org-unhcr } je naar { -org-refugeehelp }.

## Health

# Variables:
#   $emergency-number (String) - the emergency number, from data
org-gza-about =
    Levensgevaar? Bel { $emergency-number }.
    De { -org-gza } is de huisartsenpraktijk voor mensen in de asielopvang. Bel de Praktijklijn als je ziek bent of een vraag over je gezondheid hebt. Er zijn tolken.
# Variables:
#   $gza-urgent-option (Number) - the menu option for urgent medical problems, from data/facts.yaml
phone-gza-medical = { -org-gza } Praktijklijn voor medische problemen, dag en nacht. Voor een dringend medisch probleem toets je { $gza-urgent-option }.
phone-gza-questions = Dezelfde lijn voor andere vragen, tijdens kantooruren.

org-113-zelfmoordpreventie-about =
    Voor als je erover denkt om een einde aan je leven te maken, of als je je zorgen maakt om iemand die daaraan denkt.
    Je kunt bellen of chatten, gratis en anoniem, dag en nacht.
phone-113-short = Gratis en anoniem, dag en nacht.
phone-113-free = Ook gratis en anoniem, dag en nacht.

org-dokters-van-de-wereld-about =
    { -org-dokters-van-de-wereld } helpt bij vragen over gezondheid, ook over seksueel geweld, en wijst je de weg in de Nederlandse zorg.
    Het is gratis, en culturele bemiddelaars helpen je in je eigen taal. Ze zitten in Amsterdam, Nijmegen en Utrecht.
phone-dokters-van-de-wereld = Vragen over gezondheid en hulp met de Nederlandse zorg. Gratis.

org-zanzu-about =
    { -org-zanzu } is een website met duidelijke informatie over seksuele gezondheid, in veel talen.

## Legal help

org-raad-voor-rechtsbijstand-about =
    De { -org-raad-voor-rechtsbijstand } regelt je gratis asieladvocaat. Je krijgt er automatisch een.
    De Raad heeft balies in de aanmeldcentra.

org-juridisch-loket-about =
    { -org-juridisch-loket } geeft eerste juridisch advies.
    Advies bij een vestiging is gratis. Kijk eerst naar de openingstijden van de vestiging voordat je gaat.
phone-juridisch-loket-advice = Juridisch advies via de telefoon. Deze lijn kost geld per minuut. Je kunt de vestigingen niet direct bellen.

org-wereldhuis-amsterdam-about =
    Het Wereldhuis in Amsterdam geeft gratis juridisch advies aan mensen zonder papieren, op donderdagmiddag, op afspraak.

## Family

# Variables:
#   $tracing-months-min (Number), $tracing-months-max (Number) - how long a search usually takes, from data/facts.yaml
org-rode-kruis-about =
    Het { -org-rode-kruis } helpt je zoeken naar familieleden met wie je geen contact meer hebt.
    Het is gratis. Een zoektocht duurt vaak { $tracing-months-min } tot { $tracing-months-max } maanden.

## Violence and abuse

org-veilig-thuis-about =
    { -org-veilig-thuis } geeft advies en hulp bij huiselijk geweld en kindermishandeling.
    Je kunt bellen of chatten. Het is gratis en je mag anoniem blijven.
phone-veilig-thuis = Gratis en anoniem, dag en nacht. Noem je woonplaats, dan kom je bij het kantoor bij jou in de buurt.

# Variables:
#   $sexual-violence-best-within-days (Number) - from data/facts.yaml
org-centrum-seksueel-geweld-about =
    Het { -org-centrum-seksueel-geweld } helpt na verkrachting of aanranding: medische, forensische en psychologische hulp.
    Het is gratis, dag en nacht. Neem zo snel mogelijk contact op, het liefst binnen { $sexual-violence-best-within-days ->
        [one] { $sexual-violence-best-within-days } dag
       *[other] { $sexual-violence-best-within-days } dagen
    }.
phone-centrum-seksueel-geweld = Gratis, dag en nacht. Bel zo snel mogelijk na seksueel geweld.

org-fier-about =
    { -org-fier } helpt mensen die geweld meemaken van iemand van wie ze afhankelijk zijn, en slachtoffers van mensenhandel.
    Je kunt anoniem chatten met { -org-fier }.

org-slachtofferhulp-about =
    { -org-slachtofferhulp } helpt slachtoffers van misdrijven, ongelukken en rampen.
    Er is ook een anonieme lijn: Verbreek de stilte.
phone-slachtofferhulp-general = Voor slachtoffers van misdrijven, ongelukken en rampen. Lokaal tarief. Bij een crisis ook buiten kantoortijd.
phone-slachtofferhulp-verbreek-de-stilte = Verbreek de stilte: een anonieme lijn.

## Human trafficking

org-comensha-about =
    { -org-comensha } is het landelijke centrum tegen mensenhandel.
    Slachtoffers, en iedereen met een vraag over mensenhandel, kunnen de helpdesk bellen.
phone-comensha-helpdesk = Landelijke helpdesk over mensenhandel, voor slachtoffers en iedereen met een vraag.

org-arbeidsinspectie-about =
    Bij de { -org-arbeidsinspectie } kun je uitbuiting op het werk melden.
    Bijvoorbeeld als een werkgever je dwingt om te werken of je papieren afpakt.
phone-arbeidsinspectie-report = Uitbuiting op het werk melden.
phone-arbeidsinspectie-abroad = Uitbuiting op het werk melden, als je belt vanuit het buitenland.

## Children

# Variables:
#   $minor-age (Number) - from data/facts.yaml
org-nidos-about =
    { -org-nidos } is de voogd van kinderen jonger dan { $minor-age } die zonder ouders naar Nederland zijn gekomen.
    Je voogd helpt je en komt op voor je belangen.
phone-nidos-head-office = Hoofdkantoor van { -org-nidos } in Utrecht.

org-kindertelefoon-about =
    { -org-kindertelefoon } is er voor kinderen en jongeren.
    Je kunt bellen of chatten over alles. Het is gratis en anoniem.
phone-kindertelefoon = Voor kinderen en jongeren. Gratis en anoniem.

## Education and work

# Variables:
#   $uaf-school-years (Number) - years of school UAF asks for, from data/facts.yaml
org-uaf-about =
    Het { -org-uaf } helpt vluchtelingen en asielzoekers die willen studeren aan een hogeschool of universiteit, met geld voor de studie, begeleiding en hulp bij het vinden van werk.
    Je hebt { $uaf-school-years } jaar school nodig en genoeg Nederlands, Engels, Frans of Duits.

org-lowan-about =
    { -org-lowan } ondersteunt scholen die les geven aan kinderen die nieuw zijn in Nederland, zoals de internationale schakelklassen (ISK).
    Het is geen hulplijn. Vraag het { -org-coa } of je school naar een plek op school.

## LGBTIQ+

org-lgbt-asylum-support-about =
    { -org-lgbt-asylum-support } is een Nederlandse organisatie die lhbti-asielzoekers helpt.

org-secret-garden-about =
    { -org-secret-garden } in Amsterdam geeft sociale, juridische en psychologische steun aan lhbt-mensen met een migratieachtergrond, ook aan asielzoekers.
    Kijk op hun website hoe je ze kunt bereiken.

org-coc-cocktail-about =
    { -org-coc-cocktail }, van COC Haaglanden, is er voor lhbtiq+-asielzoekers.
    Er is een maatjesproject in de regio Den Haag en een website met informatie.

## Going back

org-iom-about =
    { -org-iom } helpt mensen die vrijwillig terug willen naar hun land: met de reis, reisdocumenten en steun om daar opnieuw te beginnen.
    De terugkeeradviseurs spreken veel talen, en er worden ook tolken gebruikt.
phone-iom-return = { -org-iom }, voor vragen over vrijwillige terugkeer.

org-dtv-about =
    Na een afwijzing praat de { -org-dtv } (Dienst Terugkeer en Vertrek) met je over vertrek uit Nederland.
    Bij deze gesprekken krijg je een tolk. De { -org-dtv } werkt samen met { -org-iom } en { -org-vluchtelingenwerk }.

## Donations

org-stichting-vluchteling-about =
    { -org-stichting-vluchteling } zamelt geld in voor noodhulp aan vluchtelingen in andere landen.
    De stichting geeft geen hulp of diensten aan asielzoekers in Nederland.
phone-stichting-vluchteling-office = Kantoor van { -org-stichting-vluchteling }. Geen hulplijn voor asielzoekers.

## Names as readers see them: on cards, on buttons and in sentences
# Each organisation's name is a term, -org-<id>: the name as a reader of this language
# sees it. Keep the Dutch proper name where the organisation has no name in the language;
# use the language's own name where it has one (Croix-Rouge, ACNUR). Never double a name.
# Where the name alone does not say what the organisation is, say it once, in brackets, on
# its card and button: put that in a term of its own, -org-<id>-what, and write
#   org-<id>-name = { -org-<id> } ({ -org-<id>-what })
# and otherwise simply org-<id>-name = { -org-<id> }.
#
# In a sentence that names an organisation, write its term, not the name:
#   org-ind-about = { -org-ind } decides on your asylum application.
# so that a name is the same on every screen, and is changed in one place. Where your
# language changes the name or joins it to a word (a case ending or suffix such as IND'ye,
# a prefix such as ንCOA, a compound such as COA-locatie), write that word out: a term
# cannot be declined. `python -m bot validate` warns about a name written out where its
# term would do (FTL-TERM-LITERAL), and refuses a missing name (FTL-TERM-MISSING) and a
# reference to a term the language does not define (FTL-UNKNOWN-TERM).
# In right-to-left languages a term inside a sentence is isolated (U+2068 ... U+2069), so
# that a Latin name keeps its order; on a card or a button it is not.

# Its number, from data, comes after the name.
-org-emergency-services = Alarmnummer
# Variables:
#   $emergency-number (String) - the emergency number, from data
org-emergency-services-name = { -org-emergency-services } { $emergency-number }

-org-politie = Politie
org-politie-name = { -org-politie }

-org-ministry = Ministerie van Asiel en Migratie
org-ministry-name = { -org-ministry }

-org-coa = COA
org-coa-name = { -org-coa }

-org-ind = IND
org-ind-name = { -org-ind }

-org-gza = GZA
org-gza-name = { -org-gza }

-org-vluchtelingenwerk = VluchtelingenWerk
org-vluchtelingenwerk-name = { -org-vluchtelingenwerk }

-org-refugeehelp = RefugeeHelp
org-refugeehelp-name = { -org-refugeehelp }

-org-unhcr = UNHCR
org-unhcr-name = { -org-unhcr }

-org-stichting-vluchteling = Stichting Vluchteling
org-stichting-vluchteling-name = { -org-stichting-vluchteling }

-org-iom = IOM
org-iom-name = { -org-iom }

-org-dtv = DT&V
org-dtv-name = { -org-dtv }

-org-raad-voor-rechtsbijstand = Raad voor Rechtsbijstand
org-raad-voor-rechtsbijstand-name = { -org-raad-voor-rechtsbijstand }

-org-juridisch-loket = Het Juridisch Loket
org-juridisch-loket-name = { -org-juridisch-loket }

-org-wereldhuis-amsterdam = Wereldhuis Amsterdam
org-wereldhuis-amsterdam-name = { -org-wereldhuis-amsterdam }

-org-rode-kruis = Rode Kruis
org-rode-kruis-name = { -org-rode-kruis }

-org-veilig-thuis = Veilig Thuis
org-veilig-thuis-name = { -org-veilig-thuis }

-org-centrum-seksueel-geweld = Centrum Seksueel Geweld
org-centrum-seksueel-geweld-name = { -org-centrum-seksueel-geweld }

-org-fier = Fier
org-fier-name = { -org-fier }

-org-slachtofferhulp = Slachtofferhulp Nederland
org-slachtofferhulp-name = { -org-slachtofferhulp }

-org-comensha = CoMensha
org-comensha-name = { -org-comensha }

-org-arbeidsinspectie = Nederlandse Arbeidsinspectie
org-arbeidsinspectie-name = { -org-arbeidsinspectie }

-org-nidos = Nidos
org-nidos-name = { -org-nidos }

-org-kindertelefoon = De Kindertelefoon
org-kindertelefoon-name = { -org-kindertelefoon }

# Its short number, from data, comes before the name.
-org-113-zelfmoordpreventie = Zelfmoordpreventie
# Variables:
#   $suicide-short-number (String) - 113's short number, from data
org-113-zelfmoordpreventie-name = { $suicide-short-number } { -org-113-zelfmoordpreventie }

-org-dokters-van-de-wereld = Dokters van de Wereld
org-dokters-van-de-wereld-name = { -org-dokters-van-de-wereld }

-org-zanzu = Zanzu
org-zanzu-name = { -org-zanzu }

-org-uaf = UAF
org-uaf-name = { -org-uaf }

-org-lowan = LOWAN
org-lowan-name = { -org-lowan }

-org-lgbt-asylum-support = LGBT Asylum Support
org-lgbt-asylum-support-name = { -org-lgbt-asylum-support }

-org-secret-garden = Secret Garden
org-secret-garden-name = { -org-secret-garden }

-org-coc-cocktail = Cocktail
-org-coc-cocktail-what = COC Haaglanden
org-coc-cocktail-name = { -org-coc-cocktail } ({ -org-coc-cocktail-what })

## Flows — flows/procedure.yaml and flows/topics.yaml

procedure-intro = We zoeken uit waar je bent in de asielprocedure.
# Variables:
#   $pact-start (String) - the day the new procedure started, from data/facts.yaml
procedure-q-applied = De procedure is op { $pact-start } veranderd. Wanneer heb je asiel aangevraagd?
# Variables:
#   $pact-start (String) - the day the new procedure started
procedure-a-applied-before = Vóór { $pact-start }
# Variables:
#   $pact-start (String) - the day the new procedure started
procedure-a-applied-since = Op { $pact-start } of later
procedure-a-not-applied = Nog niet, ik ben net aangekomen
procedure-a-applied-unknown = Ik weet het niet
procedure-a-ukraine = Ik ben gevlucht voor de oorlog in Oekraïne
procedure-date-unknown =
    Kijk op je papieren van de { -org-ind }. Daarop staat de datum van je aanvraag.
    Weet je het niet zeker? Vraag je advocaat, { -org-vluchtelingenwerk } of een medewerker van het { -org-coa } om met je mee te kijken.

temporary-protection-title = Gevlucht uit Oekraïne
# Variables:
#   $temporary-protection-until (String) - last day of temporary protection, from data/facts.yaml
#   $third-country-protection-ended (String) - the day it ended for non-Ukrainians, from data/facts.yaml
temporary-protection-intro =
    Heb je de Oekraïense nationaliteit en ben je gevlucht voor de oorlog? Dan heb je tijdelijke bescherming, geen asiel. Die geldt tot en met { $temporary-protection-until }. Je meldt je bij de gemeente waar je woont, niet in Ter Apel.
    Woonde je in Oekraïne, maar heb je niet de Oekraïense nationaliteit? Dan is de tijdelijke bescherming voor jou gestopt op { $third-country-protection-ended }. Je kunt asiel aanvragen.
    { -org-refugeehelp } heeft informatie in het Oekraïens en Russisch.

procedure-new-intro = Sindsdien controleert de { -org-ind } eerst elke nieuwe aanvrager. Daarna kiest de { -org-ind } een procedure.
procedure-new-q-stage = Waar ben je nu?
procedure-new-a-checks = Bij de eerste controles
procedure-new-a-waiting = Ik wacht op gesprek of besluit
procedure-new-a-border = Aan de grens, op Schiphol
procedure-new-a-decision = Ik heb een besluit gekregen
procedure-a-choose-phase = Ik kies zelf de stap

pact-routes-title = Welke procedure?
pact-routes-button = De procedures
pact-routes-intro =
    Na de eerste controles kiest de { -org-ind } je procedure. De { -org-ind } kijkt naar wie je bent, waar je vandaan komt, je documenten en reisroute, familie in Europa, je redenen en je gezondheid.
    Weet je niet welke procedure voor jou geldt? Vraag het aan je advocaat of { -org-vluchtelingenwerk }.
pact-phases-menu-intro = Dit zijn de stappen van de procedure sinds die datum. Kies er een om te zien wat er gebeurt.

# Variables:
#   $pact-start (String) - the day the new procedure started
#   $old-cases-resumed (String) - the day the IND started again with older applications
procedure-old-note = De { -org-ind } is op { $old-cases-resumed } weer begonnen met aanvragen van vóór { $pact-start }. Welke regels daar nu voor gelden, is niet bevestigd. Hieronder staan de stappen zoals ze waren. Je advocaat of { -org-vluchtelingenwerk } weet wat voor jou geldt.
procedure-q-interview = Heb je je uitgebreide gesprek met de { -org-ind } (de immigratiedienst) over je asielredenen al gehad?
procedure-a-interview-no = Nee, nog niet
procedure-a-interview-yes = Ja
procedure-q-decision = Heb je het besluit van de { -org-ind } al gekregen?
procedure-a-decision-waiting = Nee, ik wacht nog
procedure-a-decision-granted = Ik heb een vergunning
procedure-a-decision-rejected = Het is afgewezen
phases-menu-intro = Dit zijn de stappen zoals ze waren voor aanvragen van vóór de verandering. Kies er een om te zien wat er in die stap gebeurde.

topics-menu-intro = Kies een onderwerp. Je ziet welke organisaties kunnen helpen.
organisations-menu-intro = Dit zijn de belangrijkste organisaties. Kies er een om te zien wat ze doen en hoe je ze bereikt.
organisations-by-topic = Meer organisaties per onderwerp
topics-more-button = Meer onderwerpen ▶
topics-more-intro = Meer onderwerpen. Kies er een om te zien welke organisaties kunnen helpen.
organisations-more-button = Meer organisaties ▶
organisations-more-intro = Meer organisaties. Kies er een om te zien wat ze doen en hoe je ze bereikt.

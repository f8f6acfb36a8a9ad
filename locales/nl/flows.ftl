## Flows — flows/procedure.yaml and flows/topics.yaml

procedure-intro = We zoeken uit waar je bent in de asielprocedure. Ik stel maximaal drie vragen.
procedure-q-registered = Heb je je asielaanvraag al laten registreren (in Ter Apel of op Schiphol)?
procedure-a-registered-no = Nee, ik ben net aangekomen
procedure-a-registered-yes = Ja, ik ben geregistreerd
procedure-a-choose-phase = Ik kies zelf de fase
procedure-a-ukraine = Ik ben gevlucht voor de oorlog in Oekraïne
temporary-protection-intro =
    Mensen die gevlucht zijn voor de oorlog in Oekraïne krijgen tijdelijke bescherming, geen asiel.
    Voor jou gelden andere regels dan in de asielprocedure die hier staat.
    RefugeeHelp heeft informatie in het Oekraïens en Russisch, ook over werk en onderwijs.
procedure-q-interview = Heb je je gesprekken met de IND (de immigratiedienst) over je asielredenen al gehad?
procedure-a-interview-no = Nee, nog niet
procedure-a-interview-yes = Ja
procedure-a-not-sure = Ik weet het niet zeker
procedure-q-decision = Heb je de beslissing van de IND al gekregen?
procedure-a-decision-waiting = Nee, ik wacht nog
procedure-a-decision-granted = Ja, ik heb een vergunning
procedure-a-decision-rejected = Ja, het is afgewezen
phases-menu-intro = De asielprocedure heeft deze fases. Kies er een om te zien wat er gebeurt.
decision-choose-intro = Wat heeft de IND besloten?

topics-menu-intro = Kies een onderwerp. Je ziet welke organisaties kunnen helpen.
organisations-menu-intro = Dit zijn de belangrijkste organisaties. Kies er een om te zien wat ze doen en hoe je ze bereikt.
organisations-by-topic = Meer organisaties per onderwerp

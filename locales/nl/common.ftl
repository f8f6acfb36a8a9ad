## Common messages — used by the engine and renderer (bot/) on every screen

welcome = Welkom bij Wegwijs. Ik help je de weg te vinden in de Nederlandse asielprocedure en organisaties te vinden die je kunnen helpen. Wegwijs gebruiken is gratis. Sommige telefoonlijnen kosten geld; dat staat dan op het scherm.
welcome-language = Je leest nu Nederlands. Wil je een andere taal? Druk op "Taal".
main-menu-intro = Wat heb je nodig? Kies een knop. Je kunt ook een paar woorden typen, bijvoorbeeld "advocaat" of "dokter".

nav-back = ◀ Terug
nav-menu = 🏠 Menu
# Variables:
#   $emergency-number (String) - the emergency number, from data
nav-emergency = 🚨 Noodgeval { $emergency-number }
nav-language = 🌐 Taal

main-option-procedure = Waar ben ik in de asielprocedure?
main-option-topics = Hulp zoeken per onderwerp
main-option-organisations = Organisaties
main-option-help = ℹ️ Hulp
main-option-privacy = Privacy

language-menu-intro = Kies je taal.
language-changed = Je taal is veranderd.

help-intro = Wegwijs geeft informatie over de asielprocedure in Nederland en over organisaties die helpen. Wegwijs is geen advocaat en beslist niets over jouw zaak.
help-commands =
    Deze opdrachten werken altijd:
    /menu – hoofdmenu
    /emergency – noodnummers
    /language – kies je taal
    /privacy – wat we bewaren
    /forget – wis alles wat we over jou bewaren
    /erase – wis deze chat
    Je kunt ook woorden typen zoals "menu" of "terug".

# Variables:
#   $erase-hours (Number) - how long message numbers are kept for "Erase this chat", from the bot
#   $retention-days (Number) - days without a visit after which we delete it, from the bot's settings
privacy-notice =
    Wegwijs bewaart alleen je taal en de dag van je laatste bezoek, onder een code die van je account is gemaakt en die niet terug te veranderen is in je account. Voor "Wis deze chat" bewaart Wegwijs ook de nummers van de berichten in deze chat (niet wat erin staat), { $erase-hours } uur lang.
    Wegwijs bewaart nooit je naam, je telefoonnummer, wat je typt of welke schermen je opent. Wegwijs telt hoe vaak elk scherm wordt geopend, zonder te weten door wie.
    /forget wist alles in één keer. Na { $retention-days } dagen zonder bezoek wordt het vanzelf gewist.

forget-ask = Alles wissen wat Wegwijs over jou weet? Dat zijn je taal en de dag van je laatste bezoek. Je kunt dit niet ongedaan maken.
forget-yes = 🗑️ Ja, wis alles
forget-erase = 🧹 Wis alles en ook deze chat
forget-no = Nee, bewaar het
forget-done = Klaar. We hebben alles gewist wat we over jou bewaarden. Er is bij ons niets meer over jou. Als je weer schrijft, beginnen we opnieuw.
forget-done-phone = De chat zelf staat nog op je telefoon. Zo verwijder je die: houd in de lijst met chats van Telegram deze chat ingedrukt en kies "Verwijderen".

## Erase this chat, share, feedback

erase-button = 🧹 Wis deze chat
# Variables:
#   $erase-hours (Number) - how far back the bot can delete messages, from the bot
erase-done =
    De berichten in deze chat van { $erase-hours ->
        [one] het laatste uur
       *[other] de laatste { $erase-hours } uur
    } zijn gewist.
    Wil je de chat ook van je telefoon halen? Houd in de lijst met chats van Telegram deze chat ingedrukt en kies "Verwijderen".
    Dit bericht verdwijnt over een minuut.
share-button = 🔗 Deel dit scherm
share-intro = Stuur deze link naar iemand. De link opent Wegwijs op dit scherm.
# Variables:
#   $link (String) - the link that opens this screen
share-link = { $link }
share-in-telegram = Delen in Telegram
feedback-up = 👍 Dit hielp
feedback-down = 👎 Niet nuttig
feedback-missing = ✍️ Mist er iets?
feedback-thanks = Dank je. We tellen dit zonder te weten wie je bent.
feedback-missing-thanks = Dank je. We tellen je melding dat hier iets mist, zonder te weten wie je bent. Typ alsjeblieft geen details: wat je typt, wordt niet bewaard.
command-unknown = Die opdracht ken ik niet. Hier is het menu.
button-expired = Deze knop werkt niet meer. Hier is het menu.
start-unknown-link = Deze link ken ik niet. Hier is het menu.
text-did-you-mean = Bedoel je een van deze?
text-not-understood = Sorry, dat begreep ik niet. Kies een knop, of typ een of twee woorden, zoals "advocaat", "dokter" of "familie".
# Variables:
#   $emergency-number (String) - the emergency number, from data
flood-slow-down = Dat zijn veel berichten tegelijk. Wacht even alsjeblieft; ik beantwoord ze één voor één. Ben je in gevaar? Bel { $emergency-number }.
location-not-used = Dank je. Ik gebruik nog geen locaties. Hier is het menu.
# Variables:
#   $emergency-number (String) - the emergency number, from data
message-not-readable = Ik kan alleen tekst en knoppen lezen, geen foto's, spraakberichten of stickers. Hier is het menu. Ben je in gevaar? Bel { $emergency-number }.
notice-english-fallback = (Een deel van deze tekst is nog niet vertaald in jouw taal. Daarom staat het in het Engels.)
phase-next-button = Volgende stap ▶
phase-more-button = Meer over deze stap
category-more-button = Wat zeg je als je belt
card-more-button = Nummers voor professionals

## Organisation cards

card-unconfirmed = nog niet bevestigd, controleer dit
card-for-professionals = (voor professionals)
card-save-contact = 📇 Opslaan als contact
card-contact-sent = Hier is het contact. Tik erop om te bellen of om het in je telefoon op te slaan.

## Opening hours
# Variables:
#   $first (String) - first day name, from the language's calendar (e.g. "maandag")
#   $last (String) - last day name
#   $from (String) - opening time, e.g. "08:00"
#   $to (String) - closing time, e.g. "20:00"
hours-day-range = { $first } t/m { $last } { $from }–{ $to }
hours-one-day = { $first } { $from }–{ $to }
hours-every-day = Elke dag { $from }–{ $to }
hours-always = Dag en nacht, elke dag
hours-closed-holidays = gesloten op feestdagen
hours-open-now = nu open
hours-closed-now = nu gesloten

## Telegram channel (bot/channels/telegram.py)
# Variables:
#   $bot (String) - the bot's username, e.g. "@WegwijsBot"
group-use-private = Ik antwoord alleen in een privégesprek, zodat wat je vraagt tussen ons blijft. Open { $bot } en druk op Start.
# Variables:
#   $emergency-number (String) - the emergency number, from data
error-something-went-wrong = Er ging iets mis. Ben je in gevaar? Bel { $emergency-number }.
command-start = Opnieuw beginnen
command-menu = Hoofdmenu
command-help = Hoe deze bot werkt
command-language = Kies je taal
command-emergency = Noodnummers
command-privacy = Wat we bewaren
command-forget = Wis alles wat we over jou bewaren
command-erase = Wis deze chat

## Common messages — used by the engine and renderer (bot/) on every screen

welcome = Welkom bij Wegwijs. Ik help je de weg te vinden in de Nederlandse asielprocedure en organisaties te vinden die je kunnen helpen. Alles hier is gratis.
welcome-language = Je leest nu Nederlands. Wil je een andere taal? Druk op "Taal".
main-menu-intro = Wat heb je nodig? Kies een knop. Je kunt ook een paar woorden typen, bijvoorbeeld "advocaat" of "dokter".

nav-back = ◀ Terug
nav-menu = 🏠 Menu
nav-emergency = 🚨 Noodgeval 112
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
    Je kunt ook woorden typen zoals "menu" of "terug".

privacy-notice =
    We bewaren alleen: je taal, het laatste scherm dat je opende en de dag van je laatste bezoek.
    We bewaren niet je naam, je telefoonnummer of wat je typt.
    Stuur /forget en we wissen alles meteen. Na 90 dagen zonder bezoek wissen we het ook.

forget-done = Klaar. We hebben alles gewist wat we over jou bewaarden. Er is niets meer over jou. Als je weer schrijft, beginnen we opnieuw.
command-unknown = Die opdracht ken ik niet. Hier is het menu.
button-expired = Deze knop werkt niet meer. Hier is het menu.
start-unknown-link = Deze link ken ik niet. Hier is het menu.
text-did-you-mean = Bedoel je een van deze?
text-not-understood = Sorry, dat begreep ik niet. Kies een knop, of typ een of twee woorden, zoals "advocaat", "dokter" of "familie".
location-not-used = Dank je. Ik gebruik nog geen locaties. Hier is het menu.
notice-english-fallback = (Een deel van deze tekst is nog niet vertaald in jouw taal. Daarom staat het in het Engels.)
phase-next-button = Volgende fase ▶

## Organisation cards

card-unconfirmed = nog niet bevestigd, controleer dit
card-for-professionals = (voor hulpverleners)
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
hours-always = 24 uur per dag, 7 dagen per week
hours-closed-holidays = gesloten op feestdagen
hours-open-now = nu open
hours-closed-now = nu gesloten

## Telegram channel (bot/channels/telegram.py)
# Variables:
#   $bot (String) - the bot's username, e.g. "@WegwijsBot"
group-use-private = Ik antwoord alleen in een privégesprek, zodat wat je vraagt tussen ons blijft. Open { $bot } en druk op Start.
# Variables:
#   $phone (String) - the emergency number, from data (112)
error-something-went-wrong = Er ging iets mis. Ben je in gevaar? Bel { $phone }.
command-start = Opnieuw beginnen
command-menu = Hoofdmenu
command-help = Hoe deze bot werkt
command-language = Kies je taal
command-emergency = Noodnummers
command-privacy = Wat we bewaren
command-forget = Wis alles wat we over jou bewaren

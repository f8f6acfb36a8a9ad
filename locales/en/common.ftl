## Common messages — used by the engine and renderer (bot/) on every screen

welcome = Welcome to Wegwijs. I help you find your way in the Dutch asylum procedure and find organisations that can help you. Everything here is free.
welcome-language = You are reading English. To choose another language, press "Language".
main-menu-intro = What do you need? Choose a button. You can also type a few words, for example "lawyer" or "doctor".

nav-back = ◀ Back
nav-menu = 🏠 Menu
nav-emergency = 🚨 Emergency 112
nav-language = 🌐 Language

main-option-procedure = Where am I in the asylum procedure?
main-option-topics = Find help by topic
main-option-organisations = Organisations
main-option-help = ℹ️ Help
main-option-privacy = Privacy

language-menu-intro = Choose your language.
language-changed = Your language has been changed.

help-intro = Wegwijs gives information about the asylum procedure in the Netherlands and about organisations that help. It is not a lawyer and does not decide anything about your case.
help-commands =
    You can always use these commands:
    /menu – main menu
    /emergency – emergency numbers
    /language – choose your language
    /privacy – what we store
    /forget – delete everything we store about you
    You can also type words such as "menu" or "back".

privacy-notice =
    We store only: your language, the last screen you opened and the day of your last visit.
    We do not store your name, your phone number or what you type.
    Send /forget and we delete it all at once. We also delete it after 90 days without a visit.

forget-done = Done. We have deleted everything we stored about you. Nothing about you remains. If you write again, we start fresh.
command-unknown = I do not know that command. Here is the menu.
button-expired = This button no longer works. Here is the menu.
start-unknown-link = I do not know this link. Here is the menu.
text-did-you-mean = Did you mean one of these?
text-not-understood = Sorry, I did not understand that. Choose a button, or try one or two words, such as "lawyer", "doctor" or "family".
location-not-used = Thank you. I do not use locations yet. Here is the menu.
notice-english-fallback = (Part of this text is not yet translated into your language, so it is shown in English.)
phase-next-button = Next phase ▶

## Organisation cards

card-unconfirmed = not yet confirmed, please check
card-for-professionals = (for professionals)
card-save-contact = 📇 Save as contact
card-contact-sent = Here is the contact. Tap it to call or to save it in your phone.

## Opening hours
# Variables:
#   $first (String) - first day name, from the language's calendar (e.g. "Monday")
#   $last (String) - last day name
#   $from (String) - opening time, e.g. "08:00"
#   $to (String) - closing time, e.g. "20:00"
hours-day-range = { $first } to { $last } { $from }–{ $to }
# Variables:
#   $first (String) - the day name
#   $last (String) - the same day name
#   $from (String) - opening time
#   $to (String) - closing time
hours-one-day = { $first } { $from }–{ $to }
# Variables:
#   $first, $last (String) - Monday and Sunday (not shown)
#   $from (String) - opening time
#   $to (String) - closing time
hours-every-day = Every day { $from }–{ $to }
hours-always = 24 hours a day, 7 days a week
hours-closed-holidays = closed on public holidays
hours-open-now = open now
hours-closed-now = closed now

## Telegram channel (bot/channels/telegram.py)
# Variables:
#   $bot (String) - the bot's username, e.g. "@WegwijsBot"
group-use-private = I only answer in a private chat, so that what you ask stays between us. Open { $bot } and press Start.
# Variables:
#   $phone (String) - the emergency number, from data (112)
error-something-went-wrong = Something went wrong. In danger? Call { $phone }.
command-start = Start again
command-menu = Main menu
command-help = How this bot works
command-language = Choose your language
command-emergency = Emergency numbers
command-privacy = What we store
command-forget = Delete everything we store about you

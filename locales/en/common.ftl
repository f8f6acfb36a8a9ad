## Common messages — used by the engine and renderer (bot/) on every screen

welcome = Welcome to Wegwijs. I help you find your way in the Dutch asylum procedure and find organisations that can help you. Using Wegwijs is free; some phone lines cost money, and the screen then says so.
welcome-language = You are reading English. To choose another language, press "Language".
main-menu-intro = What do you need? Choose a button. You can also type a few words, for example "lawyer" or "doctor".

nav-back = ◀ Back
nav-menu = 🏠 Menu
# Variables:
#   $emergency-number (String) - the emergency number, from data
nav-emergency = 🚨 Emergency { $emergency-number }
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
    /erase – erase this chat
    You can also type words such as "menu" or "back".

# Variables:
#   $erase-hours (Number) - how long message numbers are kept for "Erase this chat", from the bot
#   $retention-days (Number) - days without a visit after which we delete it, from the bot's settings
privacy-notice =
    Wegwijs keeps only your language and the day of your last visit, under a code made from your account that cannot be turned back into it. For "Erase this chat" it also keeps the numbers of this chat's messages (not what they say), for { $erase-hours } hours.
    It never keeps your name, your phone number, what you type or which screens you open. It counts how often each screen is opened, without knowing by whom.
    /forget deletes everything at once. After { $retention-days } days without a visit, it is deleted by itself.

forget-ask = Delete everything Wegwijs knows about you? That is your language and the day of your last visit. You cannot undo this.
forget-yes = 🗑️ Yes, delete everything
forget-erase = 🧹 Delete everything and erase this chat
forget-no = No, keep it
forget-done = Done. We have deleted everything we stored about you. Nothing about you remains with us. If you write again, we start fresh.
forget-done-phone = The chat itself is still on your phone. To delete it: in Telegram's list of chats, press and hold this chat and choose "Delete".

## Erase this chat, share, feedback

erase-button = 🧹 Erase this chat
# Variables:
#   $erase-hours (Number) - how far back the bot can delete messages, from the bot
erase-done =
    This chat's messages from the last { $erase-hours ->
        [one] { $erase-hours } hour
       *[other] { $erase-hours } hours
    } are deleted.
    To remove the chat from your phone too: in Telegram's list of chats, press and hold this chat and choose "Delete".
    This message disappears in a minute.
share-button = 🔗 Share this screen
share-intro = Send this link to someone. It opens Wegwijs on this screen.
# Variables:
#   $link (String) - the link that opens this screen
share-link = { $link }
share-in-telegram = Share in Telegram
feedback-up = 👍 This helped
feedback-down = 👎 Not helpful
feedback-missing = ✍️ Something missing?
feedback-thanks = Thank you. We count this without knowing who you are.
feedback-missing-thanks = Thank you. We count that something is missing here, without knowing who you are. Please do not type details: what you type is not kept.
command-unknown = I do not know that command. Here is the menu.
button-expired = This button no longer works. Here is the menu.
start-unknown-link = I do not know this link. Here is the menu.
text-did-you-mean = Did you mean one of these?
text-not-understood = Sorry, I did not understand that. Choose a button, or try one or two words, such as "lawyer", "doctor" or "family".
# Variables:
#   $emergency-number (String) - the emergency number, from data
flood-slow-down = That is a lot of messages at once. Please wait a moment; I answer them one by one. In danger? Call { $emergency-number }.
location-not-used = Thank you. I do not use locations yet. Here is the menu.
# Variables:
#   $emergency-number (String) - the emergency number, from data
message-not-readable = I can read only text and buttons, not pictures, voice messages or stickers. Here is the menu. In danger? Call { $emergency-number }.
notice-english-fallback = (Part of this text is not yet translated into your language, so it is shown in English.)
phase-next-button = Next step ▶
phase-more-button = More about this step
category-more-button = What to say when you call
card-more-button = Numbers for professionals

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
hours-always = Day and night, every day
hours-closed-holidays = closed on public holidays
hours-open-now = open now
hours-closed-now = closed now

## Telegram channel (bot/channels/telegram.py)
# Variables:
#   $bot (String) - the bot's username, e.g. "@WegwijsBot"
group-use-private = I only answer in a private chat, so that what you ask stays between us. Open { $bot } and press Start.
# Variables:
#   $emergency-number (String) - the emergency number, from data
error-something-went-wrong = Something went wrong. In danger? Call { $emergency-number }.
command-start = Start again
command-menu = Main menu
command-help = How this bot works
command-language = Choose your language
command-emergency = Emergency numbers
command-privacy = What we store
command-forget = Delete everything we store about you
command-erase = Erase this chat

## Common messages — used by the engine and renderer (bot/) on every screen

welcome = Bienvenue sur Wegwijs. Je vous aide à vous repérer dans la procédure d’asile aux Pays-Bas et à trouver des organisations qui peuvent vous aider. Wegwijs est gratuit ; certaines lignes téléphoniques sont payantes, et l’écran l’indique alors.
welcome-language = Vous lisez en français. Pour choisir une autre langue, appuyez sur « Langue ».
main-menu-intro = De quoi avez-vous besoin ? Choisissez un bouton. Vous pouvez aussi écrire quelques mots, par exemple « avocat » ou « médecin ».

nav-back = ◀ Retour
nav-menu = 🏠 Menu
# Variables:
#   $emergency-number (String) - the emergency number, from data
nav-emergency = 🚨 Urgence { $emergency-number }
nav-language = 🌐 Langue

main-option-procedure = Où en est ma procédure d’asile ?
main-option-topics = Aide par thème
main-option-organisations = Organisations
main-option-help = ℹ️ Aide
main-option-privacy = Vie privée

language-menu-intro = Choisissez votre langue.
language-changed = Votre langue a été changée.

help-intro = Wegwijs donne des informations sur la procédure d’asile aux Pays-Bas et sur les organisations qui aident. Ce n’est pas un avocat. Il ne décide rien sur votre dossier.
help-commands =
    Vous pouvez toujours utiliser ces commandes :
    /menu – menu principal
    /emergency – numéros d’urgence
    /language – choisir votre langue
    /privacy – ce que nous gardons
    /forget – effacer tout ce que nous gardons sur vous
    /erase – effacer cette conversation
    Vous pouvez aussi écrire des mots comme « menu » ou « retour ».

# Variables:
#   $erase-hours (Number) - how long message numbers are kept for "Erase this chat", from the bot
#   $retention-days (Number) - days without a visit after which we delete it, from the bot's settings
privacy-notice =
    Wegwijs garde seulement votre langue et le jour de votre dernière visite, sous un code créé à partir de votre compte, qui ne permet pas de retrouver ce compte. Pour « Effacer cette conversation », il garde aussi les numéros des messages de cette conversation (pas ce qu’ils disent), pendant { $erase-hours } heures.
    Il ne garde jamais votre nom, votre numéro de téléphone, ce que vous écrivez ni les écrans que vous ouvrez. Il compte combien de fois chaque écran est ouvert, sans savoir par qui.
    /forget efface tout d’un coup. Après { $retention-days } jours sans visite, tout s’efface automatiquement.

forget-ask = Effacer tout ce que Wegwijs sait sur vous ? C’est-à-dire votre langue et le jour de votre dernière visite. Vous ne pourrez pas annuler.
forget-yes = 🗑️ Oui, tout effacer
forget-erase = 🧹 Tout effacer, y compris cette conversation
forget-no = Non, tout garder
forget-done = C’est fait. Nous avons effacé tout ce que nous gardions sur vous. Il ne nous reste rien sur vous. Si vous écrivez à nouveau, nous recommençons à zéro.
forget-done-phone = La conversation elle-même est encore sur votre téléphone. Pour la supprimer : dans la liste des conversations de Telegram, appuyez longuement sur cette conversation et choisissez « Supprimer ».

## Erase this chat, share, feedback

erase-button = 🧹 Effacer cette conversation
# Variables:
#   $erase-hours (Number) - how far back the bot can delete messages, from the bot
erase-done =
    Les messages de cette conversation { $erase-hours ->
        [one] de la dernière heure
        [many] des { $erase-hours } dernières heures
       *[other] des { $erase-hours } dernières heures
    } sont effacés.
    Pour retirer aussi la conversation de votre téléphone : dans la liste des conversations de Telegram, appuyez longuement sur cette conversation et choisissez « Supprimer ».
    Ce message disparaît dans une minute.
share-button = 🔗 Partager cet écran
share-intro = Envoyez ce lien à quelqu’un. Il ouvre Wegwijs sur cet écran.
# Variables:
#   $link (String) - the link that opens this screen
share-link = { $link }
share-in-telegram = Partager dans Telegram
feedback-up = 👍 Ça m’a aidé
feedback-down = 👎 Pas utile
feedback-missing = ✍️ Il manque quelque chose ?
feedback-thanks = Merci. Nous comptons votre avis sans savoir qui vous êtes.
feedback-missing-thanks = Merci. Nous comptons votre signalement (il manque quelque chose ici), sans savoir qui vous êtes. N’écrivez pas de détails, s’il vous plaît : ce que vous écrivez n’est pas gardé.
command-unknown = Je ne connais pas cette commande. Voici le menu.
button-expired = Ce bouton ne fonctionne plus. Voici le menu.
start-unknown-link = Je ne connais pas ce lien. Voici le menu.
text-did-you-mean = Vouliez-vous dire l’un de ces choix ?
text-not-understood = Désolé, je n’ai pas compris. Choisissez un bouton, ou essayez un ou deux mots, comme « avocat », « médecin » ou « famille ».
# Variables:
#   $emergency-number (String) - the emergency number, from data
flood-slow-down = Cela fait beaucoup de messages en même temps. Merci d’attendre un instant ; je réponds aux messages un par un. Vous êtes en danger ? Appelez le { $emergency-number }.
location-not-used = Merci. Je n’utilise pas encore les localisations. Voici le menu.
# Variables:
#   $emergency-number (String) - the emergency number, from data
message-not-readable = Je peux lire seulement du texte et des boutons, pas les images, les messages vocaux ou les stickers. Voici le menu. Vous êtes en danger ? Appelez le { $emergency-number }.
notice-english-fallback = (Une partie de ce texte n’est pas encore traduite dans votre langue. Elle est donc affichée en anglais.)
phase-next-button = Étape suivante ▶
phase-more-button = En savoir plus sur cette étape
category-more-button = Que dire quand vous appelez
card-more-button = Numéros pour les professionnels

## Organisation cards

card-unconfirmed = pas encore confirmé, à vérifier
card-for-professionals = (pour les professionnels)
card-save-contact = 📇 Enregistrer le contact
card-contact-sent = Voici le contact. Touchez-le pour appeler ou pour l’enregistrer dans votre téléphone.

## Opening hours
# Variables:
#   $first (String) - first day name, from the language's calendar (e.g. "Monday")
#   $last (String) - last day name
#   $from (String) - opening time, e.g. "08:00"
#   $to (String) - closing time, e.g. "20:00"
hours-day-range = du { $first } au { $last } { $from }–{ $to }
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
hours-every-day = Tous les jours { $from }–{ $to }
hours-always = Jour et nuit, tous les jours
hours-closed-holidays = fermé les jours fériés
hours-open-now = ouvert maintenant
hours-closed-now = fermé maintenant

## Telegram channel (bot/channels/telegram.py)
# Variables:
#   $bot (String) - the bot's username, e.g. "@WegwijsBot"
group-use-private = Je réponds seulement dans une conversation privée, pour que vos questions restent entre nous. Ouvrez { $bot } et appuyez sur Start.
# Variables:
#   $emergency-number (String) - the emergency number, from data
error-something-went-wrong = Un problème est survenu. Vous êtes en danger ? Appelez le { $emergency-number }.
command-start = Recommencer
command-menu = Menu principal
command-help = Comment fonctionne ce bot
command-language = Choisir votre langue
command-emergency = Numéros d’urgence
command-privacy = Ce que nous gardons
command-forget = Effacer tout ce que nous gardons sur vous
command-erase = Effacer cette conversation

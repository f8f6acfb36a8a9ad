## Common messages — used by the engine and renderer (bot/) on every screen

welcome = Bienvenue sur Wegwijs. Je vous aide à vous repérer dans la procédure d’asile aux Pays-Bas et à trouver des organisations qui peuvent vous aider. Tout ici est gratuit.
welcome-language = Vous lisez en français. Pour choisir une autre langue, appuyez sur « Langue ».
main-menu-intro = De quoi avez-vous besoin ? Choisissez un bouton. Vous pouvez aussi écrire quelques mots, par exemple « avocat » ou « médecin ».

nav-back = ◀ Retour
nav-menu = 🏠 Menu
nav-emergency = 🚨 Urgence 112
nav-language = 🌐 Langue

main-option-procedure = Où en suis-je dans l’asile ?
main-option-topics = Aide par thème
main-option-organisations = Organisations
main-option-help = ℹ️ Aide
main-option-privacy = Vie privée

language-menu-intro = Choisissez votre langue.
language-changed = Votre langue a été changée.

help-intro = Wegwijs donne des informations sur la procédure d’asile aux Pays-Bas et sur les organisations qui aident. Ce n’est pas un avocat. Il ne décide rien sur votre dossier.
help-commands =
    Vous pouvez toujours utiliser ces commandes :
    /menu – menu principal
    /emergency – numéros d’urgence
    /language – choisir votre langue
    /privacy – ce que nous gardons
    /forget – effacer tout ce que nous gardons sur vous
    Vous pouvez aussi écrire des mots comme « menu » ou « retour ».

privacy-notice =
    Nous gardons seulement : votre langue, le dernier écran ouvert et le jour de votre dernière visite.
    Nous ne gardons pas votre nom, votre numéro de téléphone ni ce que vous écrivez.
    Envoyez /forget et nous effaçons tout d’un coup. Nous effaçons aussi tout après 90 jours sans visite.

forget-done = C’est fait. Nous avons effacé tout ce que nous gardions sur vous. Il ne reste rien sur vous. Si vous écrivez à nouveau, nous recommençons à zéro.
command-unknown = Je ne connais pas cette commande. Voici le menu.
button-expired = Ce bouton ne fonctionne plus. Voici le menu.
start-unknown-link = Je ne connais pas ce lien. Voici le menu.
text-did-you-mean = Vouliez-vous dire l’un de ces choix ?
text-not-understood = Désolé, je n’ai pas compris. Choisissez un bouton, ou essayez un ou deux mots, comme « avocat », « médecin » ou « famille ».
location-not-used = Merci. Je n’utilise pas encore les localisations. Voici le menu.
notice-english-fallback = (Une partie de ce texte n’est pas encore traduite dans votre langue. Elle est donc affichée en anglais.)
phase-next-button = Étape suivante ▶

## Organisation cards

card-unconfirmed = pas encore confirmé, merci de vérifier
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
hours-always = 24 heures sur 24, 7 jours sur 7
hours-closed-holidays = fermé les jours fériés
hours-open-now = ouvert maintenant
hours-closed-now = fermé maintenant

## Telegram channel (bot/channels/telegram.py)
# Variables:
#   $bot (String) - the bot's username, e.g. "@WegwijsBot"
group-use-private = Je réponds seulement dans une conversation privée, pour que vos questions restent entre nous. Ouvrez { $bot } et appuyez sur Start.
# Variables:
#   $phone (String) - the emergency number, from data (112)
error-something-went-wrong = Un problème est survenu. Vous êtes en danger ? Appelez le { $phone }.
command-start = Recommencer
command-menu = Menu principal
command-help = Comment fonctionne ce bot
command-language = Choisir votre langue
command-emergency = Numéros d’urgence
command-privacy = Ce que nous gardons
command-forget = Effacer tout ce que nous gardons sur vous

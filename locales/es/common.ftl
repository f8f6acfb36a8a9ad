## Common messages — used by the engine and renderer (bot/) on every screen

welcome = Bienvenido/a a Wegwijs. Le ayudo a orientarse en el procedimiento de asilo en los Países Bajos y a encontrar organizaciones que pueden ayudarle. Usar Wegwijs es gratis; algunas líneas de teléfono cuestan dinero, y en ese caso la pantalla lo indica.
welcome-language = Está leyendo en español. Para elegir otro idioma, pulse «Idioma».
main-menu-intro = ¿Qué necesita? Elija un botón. También puede escribir unas palabras, por ejemplo «abogado» o «médico».

nav-back = ◀ Atrás
nav-menu = 🏠 Menú
# Variables:
#   $emergency-number (String) - the emergency number, from data
nav-emergency = 🚨 Emergencia { $emergency-number }
nav-language = 🌐 Idioma

main-option-procedure = ¿En qué fase del asilo estoy?
main-option-topics = Ayuda por tema
main-option-organisations = Organizaciones
main-option-help = ℹ️ Ayuda
main-option-privacy = Privacidad

language-menu-intro = Elija su idioma.
language-changed = Su idioma ha cambiado.

help-intro = Wegwijs da información sobre el procedimiento de asilo en los Países Bajos y sobre las organizaciones que ayudan. No es un abogado y no decide nada sobre su caso.
help-commands =
    Siempre puede usar estos comandos:
    /menu – menú principal
    /emergency – números de emergencia
    /language – elegir su idioma
    /privacy – qué guardamos
    /forget – borrar todo lo que guardamos sobre usted
    /erase – borrar este chat
    También puede escribir palabras como «menú» o «atrás».

# Variables:
#   $erase-hours (Number) - how long message numbers are kept for "Erase this chat", from the bot
#   $retention-days (Number) - days without a visit after which we delete it, from the bot's settings
privacy-notice =
    Wegwijs solo guarda su idioma y el día de su última visita, con un código hecho a partir de su cuenta que no se puede volver a convertir en su cuenta. Para «Borrar este chat» también guarda los números de los mensajes de este chat (no lo que dicen), durante { $erase-hours } horas.
    Nunca guarda su nombre, su número de teléfono, lo que escribe ni qué pantallas abre. Cuenta cuántas veces se abre cada pantalla, sin saber quién la abre.
    /forget lo borra todo de una vez. Después de { $retention-days } días sin visitas, se borra solo.

forget-ask = ¿Borrar todo lo que Wegwijs sabe sobre usted? Es decir, su idioma y el día de su última visita. No podrá deshacerlo.
forget-yes = 🗑️ Sí, borrar todo
forget-erase = 🧹 Borrar todo y también este chat
forget-no = No, conservarlo
forget-done = Listo. Hemos borrado todo lo que guardábamos sobre usted. No nos queda nada sobre usted. Si vuelve a escribir, empezamos de cero.
forget-done-phone = El chat en sí sigue en su teléfono. Para eliminarlo: en la lista de chats de Telegram, mantenga pulsado este chat y elija «Eliminar».

## Erase this chat, share, feedback

erase-button = 🧹 Borrar este chat
# Variables:
#   $erase-hours (Number) - how far back the bot can delete messages, from the bot
erase-done =
    Se han borrado los mensajes de este chat de { $erase-hours ->
        [one] la última hora
        [many] las últimas { $erase-hours } horas
       *[other] las últimas { $erase-hours } horas
    }.
    Para quitar el chat también de su teléfono: en la lista de chats de Telegram, mantenga pulsado este chat y elija «Eliminar».
    Este mensaje desaparece en un minuto.
share-button = 🔗 Compartir esta pantalla
share-intro = Envíe este enlace a alguien. Abre Wegwijs en esta pantalla.
# Variables:
#   $link (String) - the link that opens this screen
share-link = { $link }
share-in-telegram = Compartir en Telegram
feedback-up = 👍 Me ayudó
feedback-down = 👎 No es útil
feedback-missing = ✍️ ¿Falta algo?
feedback-thanks = Gracias. Lo contamos sin saber quién es usted.
feedback-missing-thanks = Gracias. Contamos su aviso de que aquí falta algo, sin saber quién es usted. Por favor, no escriba detalles: lo que escribe no se guarda.
command-unknown = No conozco ese comando. Aquí tiene el menú.
button-expired = Este botón ya no funciona. Aquí tiene el menú.
start-unknown-link = No conozco este enlace. Aquí tiene el menú.
text-did-you-mean = ¿Quería decir una de estas opciones?
text-not-understood = Lo siento, no lo he entendido. Elija un botón o pruebe con una o dos palabras, como «abogado», «médico» o «familia».
# Variables:
#   $emergency-number (String) - the emergency number, from data
flood-slow-down = Son muchos mensajes a la vez. Espere un momento, por favor; los contesto uno por uno. ¿Está en peligro? Llame al { $emergency-number }.
location-not-used = Gracias. Todavía no uso ubicaciones. Aquí tiene el menú.
# Variables:
#   $emergency-number (String) - the emergency number, from data
message-not-readable = Solo puedo leer texto y botones, no imágenes, mensajes de voz ni stickers. Aquí tiene el menú. ¿Está en peligro? Llame al { $emergency-number }.
notice-english-fallback = (Una parte de este texto todavía no está traducida a su idioma, por eso aparece en inglés.)
phase-next-button = Siguiente paso ▶
phase-more-button = Más sobre este paso
category-more-button = Qué decir cuando llame
card-more-button = Números para profesionales

## Organisation cards

card-unconfirmed = aún no confirmado, compruébelo
card-for-professionals = (para profesionales)
card-save-contact = 📇 Guardar contacto
card-contact-sent = Aquí tiene el contacto. Tóquelo para llamar o para guardarlo en su teléfono.

## Opening hours
# Variables:
#   $first (String) - first day name, from the language's calendar (e.g. "Monday")
#   $last (String) - last day name
#   $from (String) - opening time, e.g. "08:00"
#   $to (String) - closing time, e.g. "20:00"
hours-day-range = de { $first } a { $last } { $from }–{ $to }
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
hours-every-day = Todos los días { $from }–{ $to }
hours-always = De día y de noche, todos los días
hours-closed-holidays = cerrado los días festivos
hours-open-now = abierto ahora
hours-closed-now = cerrado ahora

## Telegram channel (bot/channels/telegram.py)
# Variables:
#   $bot (String) - the bot's username, e.g. "@WegwijsBot"
group-use-private = Solo respondo en un chat privado, para que lo que pregunte quede entre nosotros. Abra { $bot } y pulse Start.
# Variables:
#   $emergency-number (String) - the emergency number, from data
error-something-went-wrong = Algo ha salido mal. ¿Está en peligro? Llame al { $emergency-number }.
command-start = Empezar de nuevo
command-menu = Menú principal
command-help = Cómo funciona este bot
command-language = Elegir su idioma
command-emergency = Números de emergencia
command-privacy = Qué guardamos
command-forget = Borrar todo lo que guardamos sobre usted
command-erase = Borrar este chat

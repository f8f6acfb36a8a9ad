## Common messages — used by the engine and renderer (bot/) on every screen

welcome = Bienvenido/a a Wegwijs. Le ayudo a orientarse en el procedimiento de asilo en los Países Bajos y a encontrar organizaciones que pueden ayudarle. Todo aquí es gratis.
welcome-language = Está leyendo en español. Para elegir otro idioma, pulse «Idioma».
main-menu-intro = ¿Qué necesita? Elija un botón. También puede escribir unas palabras, por ejemplo «abogado» o «médico».

nav-back = ◀ Atrás
nav-menu = 🏠 Menú
nav-emergency = 🚨 Emergencia 112
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
    También puede escribir palabras como «menú» o «atrás».

privacy-notice =
    Solo guardamos: su idioma, la última pantalla que abrió y el día de su última visita.
    No guardamos su nombre, su número de teléfono ni lo que escribe.
    Envíe /forget y lo borramos todo de una vez. También lo borramos después de 90 días sin visitas.

forget-done = Listo. Hemos borrado todo lo que guardábamos sobre usted. No queda nada sobre usted. Si vuelve a escribir, empezamos de cero.
command-unknown = No conozco ese comando. Aquí tiene el menú.
button-expired = Este botón ya no funciona. Aquí tiene el menú.
start-unknown-link = No conozco este enlace. Aquí tiene el menú.
text-did-you-mean = ¿Quería decir una de estas opciones?
text-not-understood = Lo siento, no lo he entendido. Elija un botón o pruebe con una o dos palabras, como «abogado», «médico» o «familia».
location-not-used = Gracias. Todavía no uso ubicaciones. Aquí tiene el menú.
notice-english-fallback = (Una parte de este texto todavía no está traducida a su idioma, por eso aparece en inglés.)
phase-next-button = Fase siguiente ▶

## Organisation cards

card-unconfirmed = aún no confirmado, compruébelo por favor
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
hours-always = 24 horas al día, 7 días a la semana
hours-closed-holidays = cerrado los días festivos
hours-open-now = abierto ahora
hours-closed-now = cerrado ahora

## Telegram channel (bot/channels/telegram.py)
# Variables:
#   $bot (String) - the bot's username, e.g. "@WegwijsBot"
group-use-private = Solo respondo en un chat privado, para que lo que pregunte quede entre nosotros. Abra { $bot } y pulse Start.
# Variables:
#   $phone (String) - the emergency number, from data (112)
error-something-went-wrong = Algo ha salido mal. ¿Está en peligro? Llame al { $phone }.
command-start = Empezar de nuevo
command-menu = Menú principal
command-help = Cómo funciona este bot
command-language = Elegir su idioma
command-emergency = Números de emergencia
command-privacy = Qué guardamos
command-forget = Borrar todo lo que guardamos sobre usted

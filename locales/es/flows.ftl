## Flows — flows/procedure.yaml and flows/topics.yaml

procedure-intro = Vamos a ver en qué punto del procedimiento de asilo está.
# Variables:
#   $pact-start (String) - the day the new procedure started, from data/facts.yaml
procedure-q-applied = El procedimiento cambió el { $pact-start }. ¿Cuándo pidió asilo?
# Variables:
#   $pact-start (String) - the day the new procedure started
procedure-a-applied-before = Antes del { $pact-start }
# Variables:
#   $pact-start (String) - the day the new procedure started
procedure-a-applied-since = El { $pact-start } o después
procedure-a-not-applied = Todavía no, acabo de llegar
procedure-a-applied-unknown = No lo sé
procedure-a-ukraine = Huí de la guerra en Ucrania
procedure-date-unknown =
    Mire sus papeles del { -org-ind }. En ellos aparece la fecha en que pidió asilo.
    ¿No está seguro/a? Pida a su abogado, a { -org-vluchtelingenwerk } o al personal del { -org-coa } que lo miren con usted.

temporary-protection-title = Personas que huyeron de Ucrania
# Variables:
#   $temporary-protection-until (String) - last day of temporary protection, from data/facts.yaml
#   $third-country-protection-ended (String) - the day it ended for non-Ukrainians, from data/facts.yaml
temporary-protection-intro =
    ¿Es usted ucraniano/a y huyó de la guerra? Entonces tiene protección temporal, no asilo. Es válida hasta el { $temporary-protection-until } inclusive. Se inscribe en el municipio donde vive, no en Ter Apel.
    ¿Vivía en Ucrania sin ser ucraniano/a? Para usted, la protección temporal terminó el { $third-country-protection-ended }. Puede pedir asilo.
    { -org-refugeehelp } tiene información en ucraniano y ruso.

procedure-new-intro = Desde entonces, el { -org-ind } primero hace controles a cada nuevo solicitante. Después elige un procedimiento.
procedure-new-q-stage = ¿En qué punto está ahora?
procedure-new-a-checks = En los primeros controles
procedure-new-a-waiting = Espero la entrevista o la decisión
procedure-new-a-border = En la frontera, en Schiphol
procedure-new-a-decision = He recibido una decisión
procedure-a-choose-phase = Elijo el paso yo mismo/a

pact-routes-title = ¿Qué procedimiento?
pact-routes-button = Los procedimientos
pact-routes-intro =
    Después de los primeros controles, el { -org-ind } elige su procedimiento. Tiene en cuenta quién es usted, de dónde viene, sus documentos y su ruta de viaje, su familia en Europa, sus motivos y su salud.
    ¿No sabe cuál es su procedimiento? Pregunte a su abogado o a { -org-vluchtelingenwerk }.
pact-phases-menu-intro = Los pasos del procedimiento desde entonces. Elija uno para ver qué pasa.

# Variables:
#   $pact-start (String) - the day the new procedure started
#   $old-cases-resumed (String) - the day the IND started again with older applications
procedure-old-note = El { $old-cases-resumed }, el { -org-ind } retomó la tramitación de las solicitudes presentadas antes del { $pact-start }. No está confirmado qué normas se les aplican ahora. Abajo están los pasos tal como eran. Su abogado o { -org-vluchtelingenwerk } sabe qué se aplica en su caso.
procedure-q-interview = ¿Ya ha tenido la entrevista detallada con el { -org-ind } (el servicio de inmigración) sobre sus motivos para pedir asilo?
procedure-a-interview-no = No, todavía no
procedure-a-interview-yes = Sí
procedure-q-decision = ¿Ha recibido la decisión del { -org-ind }?
procedure-a-decision-waiting = No, estoy esperando
procedure-a-decision-granted = Me han dado un permiso
procedure-a-decision-rejected = Han denegado mi solicitud
phases-menu-intro = Los pasos tal como eran para las solicitudes presentadas antes del cambio. Elija uno para ver qué pasaba en él.

topics-menu-intro = Elija un tema. Verá qué organizaciones pueden ayudarle.
organisations-menu-intro = Estas son las organizaciones principales. Elija una para ver qué hace y cómo contactarla.
organisations-by-topic = Más organizaciones por tema
topics-more-button = Más temas ▶
topics-more-intro = Más temas. Elija uno para ver qué organizaciones pueden ayudarle.
organisations-more-button = Más organizaciones ▶
organisations-more-intro = Más organizaciones. Elija una para ver qué hace y cómo contactarla.

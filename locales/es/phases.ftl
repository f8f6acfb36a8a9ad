## Steps of the asylum procedure — data/phases.yaml
# Numbers come from data/facts.yaml as variables; never type a number here.
# Words printed on IND letters (beschikking, voornemen, zienswijze) stay in Dutch,
# so people can recognise them on their papers.

# Variables:
#   $checked (String) - the day these facts were last compared with their sources, written out
phase-checked = Comprobado el { $checked }. Las normas pueden cambiar; su abogado conoce su caso.

## Since 12 June 2026: arrival and the first checks

phase-registration = Llegada y primeros controles
phase-registration-now =
    Usted se presenta en el centro de registro (aanmeldcentrum) de Ter Apel. Si llega en avión o en barco desde fuera del espacio Schengen, se presenta en Schiphol.
    El { -org-ind } comprueba quién es usted y hace controles de seguridad y un control médico. También mira si necesita una atención especial.
# Variables:
#   $minor-age (Number) - under this age you are a child, from data/facts.yaml
phase-registration-help =
    Usted mismo/a introduce sus datos en un portal en línea. El personal del { -org-ind } le ayuda si hace falta.
    ¿Tiene menos de { $minor-age } años y está aquí sin sus padres? { -org-nidos } le da un tutor.
# Variables:
#   $screening-days-inland (Number) - longest first checks inside the country, from data/facts.yaml
phase-registration-next =
    Estos controles duran como máximo { $screening-days-inland ->
        [one] { $screening-days-inland } día
        [many] { $screening-days-inland } de días
       *[other] { $screening-days-inland } días
    }. Después, el { -org-ind } elige su procedimiento.

## Since 12 June 2026: the procedures

phase-pact-standard = Procedimiento estándar
phase-pact-standard-now =
    El { -org-ind } estudia si usted necesita protección. Primero recibe una explicación.
    Después tiene una entrevista. En ella explica por qué pide asilo.
phase-pact-standard-help =
    Usted prepara la entrevista junto con su abogado.
    También tiene derecho a asesoramiento jurídico gratuito si lo pide. { -org-vluchtelingenwerk } puede decirle dónde conseguirlo.
# Variables:
#   $decision-months-standard (Number) - months the IND has to decide, from data/facts.yaml
phase-pact-standard-next =
    El { -org-ind } tiene que decidir en un plazo de { $decision-months-standard ->
        [one] { $decision-months-standard } mes
        [many] { $decision-months-standard } de meses
       *[other] { $decision-months-standard } meses
    }. Después recibe su decisión por carta.

phase-pact-accelerated = Procedimiento acelerado
phase-pact-accelerated-now =
    Este procedimiento es más corto. Normalmente también tiene una entrevista con el { -org-ind }, en la que explica sus motivos.
phase-pact-accelerated-help =
    Pida a { -org-vluchtelingenwerk } que le ayude a prepararse. Todavía no está confirmado si tendrá un abogado en este procedimiento.
# Variables:
#   $decision-months-accelerated (Number) - months the IND has to decide, from data/facts.yaml
phase-pact-accelerated-next =
    El { -org-ind } tiene que decidir en un plazo de { $decision-months-accelerated ->
        [one] { $decision-months-accelerated } mes
        [many] { $decision-months-accelerated } de meses
       *[other] { $decision-months-accelerated } meses
    }. Después recibe su decisión por carta.

phase-pact-responsibility = ¿Es responsable otro país de la UE?
phase-pact-responsibility-now =
    El { -org-ind } comprueba si otro país de la UE tiene que tramitar su solicitud, por ejemplo porque usted estuvo allí antes o tiene familia allí. Estas normas sustituyen a las normas de Dublín.
    Si otro país es responsable, pueden enviarle allí.
phase-pact-responsibility-help =
    Puede oponerse a una decisión de enviarle a otro país. El plazo está en la carta y puede ser muy corto. Contacte con su abogado o con { -org-vluchtelingenwerk } el mismo día.
phase-pact-responsibility-next =
    Si los Países Bajos tramitan su solicitud, después el { -org-ind } la estudia.

phase-pact-admissibility = Procedimiento de admisibilidad
phase-pact-admissibility-now =
    En este procedimiento, el { -org-ind } decide primero si va a estudiar su solicitud en los Países Bajos o no.
phase-pact-admissibility-help =
    Pregunte a su abogado o a { -org-vluchtelingenwerk } qué significa esto para usted.
phase-pact-admissibility-next =
    El { -org-ind } le envía su decisión por carta.

phase-pact-border = Procedimiento fronterizo (Schiphol)
# Variables:
#   $screening-days-border (Number) - longest checks at the border, from data/facts.yaml
phase-pact-border-now =
    ¿Llegó en avión o en barco desde fuera de Schengen? La Real Marechaussee (Koninklijke Marechaussee) le controla entonces en la frontera, hasta { $screening-days-border ->
        [one] { $screening-days-border } día
        [many] { $screening-days-border } de días
       *[other] { $screening-days-border } días
    }.
    Después, el { -org-ind } puede tramitar su solicitud en el procedimiento fronterizo, pensado para personas con pocas posibilidades de recibir protección o consideradas un riesgo para el orden público.
phase-pact-border-help =
    Puede que tenga que quedarse en un centro cerrado. Pida un abogado y contacte con { -org-vluchtelingenwerk }.
# Variables:
#   $border-procedure-weeks (Number) - longest border procedure, from data/facts.yaml
phase-pact-border-next =
    El procedimiento fronterizo tiene que terminar en un plazo de { $border-procedure-weeks ->
        [one] { $border-procedure-weeks } semana
        [many] { $border-procedure-weeks } de semanas
       *[other] { $border-procedure-weeks } semanas
    }.

## Since 12 June 2026: the decision and after it

phase-pact-decision = La decisión
phase-pact-decision-now =
    El { -org-ind } envía su decisión por carta. En neerlandés se llama «beschikking». Léala con su abogado o con { -org-vluchtelingenwerk }.
# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
phase-pact-decision-help =
    Las normas sobre los recursos cambiaron el { $pact-start }. El plazo para recurrir está en la carta y puede ser muy corto.
    Contacte con su abogado o con { -org-vluchtelingenwerk } el mismo día.
phase-pact-decision-next =
    ¿Qué ha decidido el { -org-ind }?

phase-pact-granted = Permiso concedido
# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
phase-pact-granted-now =
    El { -org-ind } le ha dado un permiso de residencia de asilo. En él pone cuánto tiempo es válido.
    Desde el { $pact-start } hay dos tipos de permiso de asilo, y las normas para traer a su familia han cambiado.
phase-pact-granted-help =
    { -org-vluchtelingenwerk } le ayuda con la reagrupación familiar y a empezar su vida aquí. Pregúnteles pronto.
phase-pact-granted-next =
    El { -org-coa } ofrece un programa para prepararle para la integración cívica: clases de neerlandés y la vida en los Países Bajos.

phase-pact-rejected = Solicitud denegada
phase-pact-rejected-now =
    El { -org-ind } ha denegado su solicitud. La denegación también dice que usted tiene que irse (la decisión de retorno). Puede recurrir ante un tribunal contra las dos a la vez.
phase-pact-rejected-help =
    El plazo está en la carta y puede ser muy corto. Hable con su abogado o con { -org-vluchtelingenwerk } HOY.
    Pregunte a su abogado si puede quedarse en los Países Bajos durante el recurso.
phase-pact-rejected-next =
    Con las nuevas normas no está confirmado cuánto tiempo puede quedarse en el centro de acogida después de una denegación. Pregunte al { -org-coa } y a su abogado.
    El { -org-dtv } habla con usted sobre su salida. Si decide volver, la { -org-iom } puede ayudarle.

phase-new-application = Una nueva solicitud
# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
phase-new-application-now =
    ¿Su solicitud fue denegada de forma definitiva y desde entonces ha cambiado algo importante? Entonces quizá pueda presentar una nueva solicitud.
    Las normas para esto cambiaron el { $pact-start }.
phase-new-application-help =
    Hable con un abogado o con { -org-vluchtelingenwerk } antes de presentar una nueva solicitud.

## Applications made before 12 June 2026: the steps as they were

# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
phase-old-rules-note = Pasos para las solicitudes presentadas antes del { $pact-start }. No está confirmado qué normas se aplican ahora a su caso.

phase-rest-and-preparation = Descanso y preparación
# Variables:
#   $rest-days (Number) - shortest rest and preparation period, from data/facts.yaml
phase-rest-and-preparation-now =
    Usted vive al menos { $rest-days ->
        [one] { $rest-days } día
        [many] { $rest-days } de días
       *[other] { $rest-days } días
    } en un centro de acogida del procedimiento (pol), para descansar y preparar su entrevista con su abogado.
# Variables:
#   $weekly-allowance (String) - weekly living allowance, written out, from data/facts.yaml
phase-rest-and-preparation-help =
    El { -org-coa } le da alojamiento, normalmente dinero para comida y { $weekly-allowance } a la semana para sus gastos (la cantidad puede cambiar).
    { -org-vluchtelingenwerk } explica el procedimiento. El { -org-gza } da atención médica.
phase-rest-and-preparation-next =
    Después de este periodo empieza el procedimiento general de asilo.

phase-general-procedure = Procedimiento general
phase-general-procedure-now =
    El { -org-ind } hace la entrevista detallada sobre sus motivos para pedir asilo. Su abogado la prepara con usted.
phase-general-procedure-help =
    Si el { -org-ind } piensa denegar su solicitud, primero envía una intención de denegación (en neerlandés: «voornemen»). Su abogado responde por escrito (una «zienswijze»). Hay poco tiempo para esto.
# Variables:
#   $old-cases-resumed (String) - the day the IND started again with older applications, from data/facts.yaml
phase-general-procedure-next =
    Después, el { -org-ind } decide y envía una carta (una «beschikking»). El { -org-ind } retomó la tramitación de estas solicitudes más antiguas el { $old-cases-resumed }, por eso mucha gente espera mucho tiempo.

phase-decision-granted = Decisión: permiso concedido
phase-decision-granted-now =
    El { -org-ind } le ha dado un permiso de residencia de asilo. En él pone cuánto tiempo es válido.
# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
phase-decision-granted-help =
    Las normas para traer a su familia cambiaron el { $pact-start }, también para las solicitudes anteriores. Pregunte pronto a { -org-vluchtelingenwerk }.
    La { -org-rode-kruis } puede buscar a familiares con los que ha perdido el contacto.
phase-decision-granted-next =
    El { -org-coa } ofrece un programa para prepararle para la integración cívica: clases de neerlandés y la vida en los Países Bajos.

phase-decision-rejected = Decisión: solicitud denegada
phase-decision-rejected-now =
    El { -org-ind } ha denegado su solicitud. Puede recurrir ante un tribunal. El plazo está en la carta (la «beschikking») y puede ser muy corto.
phase-decision-rejected-help =
    Hable con su abogado o con { -org-vluchtelingenwerk } HOY. Pregunte a su abogado si puede quedarse en los Países Bajos durante el recurso.
phase-decision-rejected-next =
    No está confirmado cuánto tiempo puede quedarse en el centro de acogida después de una denegación. Pregunte al { -org-coa } y a su abogado.
    El { -org-dtv } habla con usted sobre su salida, con un intérprete. Si decide volver, la { -org-iom } puede ayudarle.

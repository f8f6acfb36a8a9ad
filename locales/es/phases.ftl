## Asylum phases — data/phases.yaml

## Phase: registration

phase-registration = Registro

# Variables:
#   $days (String) - how many days you stay in the col, e.g. "3-10", from data/phases.yaml
phase-registration-now =
    Usted se presenta en el centro de solicitud de Ter Apel. Si llega en avión, se presenta en Schiphol.
    Normalmente se queda { $days } días en el centro de acogida central (col).
    Allí tiene una revisión médica con el GZA y una prueba de tuberculosis de la GGD.
    En la entrevista de registro le preguntan por su identidad, nacionalidad, ruta de viaje y familia. En esta fase todavía no tiene abogado.

phase-registration-coa =
    El COA le da un lugar para dormir, comidas y productos de higiene.
    El COA también mira quién necesita atención o protección especial, por ejemplo por problemas de salud o señales de trata de personas.
    Si no se siente seguro/a o no se encuentra bien, dígalo al personal del COA.

phase-registration-help =
    El GZA es su médico durante el procedimiento.
    Si tiene menos de 18 años y ha venido sin sus padres, Nidos le da un tutor.
    El Consejo de Asistencia Jurídica tiene una oficina en el centro de solicitud y le busca un abogado gratis.

phase-registration-next =
    Después viene el periodo de descanso y preparación. Usted se traslada a un centro de acogida del procedimiento (pol), cerca de una oficina del IND.
    Si viene de un país que se considera seguro, todo su procedimiento puede hacerse mientras está en el col.

## Phase: rest-and-preparation

phase-rest-and-preparation = Descanso y preparación

# Variables:
#   $rest-days (String) - minimum length of the rest and preparation period, e.g. "6", from data/phases.yaml
phase-rest-and-preparation-now =
    Usted vive en un centro de acogida del procedimiento (pol) durante al menos { $rest-days } días.
    Este tiempo es para descansar y preparar sus entrevistas de asilo.
    Su abogado se reúne con usted para prepararlas, y VluchtelingenWerk le explica cómo funciona el procedimiento.

# Variables:
#   $allowance (String) - weekly living allowance, e.g. "€14.47", from data/phases.yaml
phase-rest-and-preparation-coa =
    El COA le da un lugar para vivir y normalmente dinero para comida, para que pueda cocinar usted mismo/a.
    También recibe { $allowance } cada semana para sus gastos (la cantidad puede cambiar).
    El COA paga el transporte público para ir a ver a su abogado.
    Si es probable que reciba un permiso, puede empezar clases de neerlandés aquí.

phase-rest-and-preparation-help =
    Su abogado es gratis; el Consejo de Asistencia Jurídica le asigna uno.
    VluchtelingenWerk explica el procedimiento y puede ayudarle a prepararse.
    El GZA da atención médica. Cuénteles cualquier problema de salud.
    Si tiene menos de 18 años y ha venido sin sus padres, su tutor de Nidos le ayuda.

phase-rest-and-preparation-next =
    Después del periodo de descanso y preparación empieza el procedimiento general de asilo.
    El IND le hace las entrevistas y después decide sobre su solicitud.

## Phase: general-procedure

phase-general-procedure = Procedimiento general

# Variables:
#   $decision-days (String) - working days for a decision in the general procedure, e.g. "6", from data/phases.yaml
#   $decision-days-max (String) - longest general procedure in days, e.g. "9", from data/phases.yaml
phase-general-procedure-now =
    El IND le hace las entrevistas. La primera es sobre su identidad y su ruta de viaje.
    La segunda es una entrevista detallada sobre sus motivos para pedir asilo.
    Normalmente el IND decide en { $decision-days } días laborables, a veces en hasta { $decision-days-max } días.
    Si no es suficiente, su solicitud pasa al procedimiento ampliado (VA).

phase-general-procedure-coa =
    Usted sigue viviendo en el centro de acogida del procedimiento (pol).
    El COA le da el mismo apoyo que antes: alojamiento, dinero para comida, su dinero semanal y atención médica a través del GZA.

# Variables:
#   $reply-days (String) - days your lawyer has to answer an intention to reject in the general procedure, e.g. "1", from data/phases.yaml
phase-general-procedure-help =
    Su abogado prepara las entrevistas con usted.
    Si el IND piensa denegar su solicitud, primero envía una intención de denegación. En el procedimiento general su abogado tiene { $reply-days } día para responder por escrito.
    VluchtelingenWerk también le apoya; a veces un voluntario puede acompañarle a una entrevista.

# Variables:
#   $work-months (String) - months an application must be pending before you may work, e.g. "6", from data/phases.yaml
phase-general-procedure-next =
    Después recibe la decisión del IND: un permiso o una denegación.
    El procedimiento ampliado dura más. Su abogado o VluchtelingenWerk pueden decirle su plazo.
    Cuando su solicitud lleve { $work-months } meses en trámite, puede trabajar. Entonces su empleador necesita un permiso de trabajo para usted.

## Phase: decision-granted

phase-decision-granted = Decisión: permiso concedido

# Variables:
#   $permit-years (String) - validity of the asylum permit in years, e.g. "5", from data/phases.yaml
phase-decision-granted-now =
    El IND le ha dado un permiso de residencia de asilo.
    Es válido por { $permit-years } años, contando desde la fecha de su solicitud. Después puede pedir un permiso permanente.
    Puede trabajar.

phase-decision-granted-coa =
    Por ahora, el COA le sigue dando alojamiento y apoyo.
    El COA ofrece un programa para prepararle para la integración cívica: aprender neerlandés y sobre la vida en los Países Bajos.

phase-decision-granted-help =
    VluchtelingenWerk le ayuda con la reagrupación familiar y a empezar su vida aquí.
    Si ha perdido el contacto con familiares, la Cruz Roja puede ayudarle a buscarlos.

# Variables:
#   $reunification-months (String) - months after the permit to apply for family reunification, e.g. "3", from data/phases.yaml
phase-decision-granted-next =
    Después viene la integración cívica.
    Si quiere que sus familiares vengan con usted, pídalo en los { $reunification-months } meses después de recibir su permiso. Así las reglas son más fáciles; por ejemplo, no hay requisito de ingresos.
    Pida ayuda a VluchtelingenWerk a tiempo.

## Phase: decision-rejected

phase-decision-rejected = Decisión: denegado

# Variables:
#   $appeal-weeks-short (String) - short appeal deadline in weeks, e.g. "1", from data/phases.yaml
#   $appeal-weeks (String) - normal appeal deadline in weeks, e.g. "4", from data/phases.yaml
phase-decision-rejected-now =
    El IND ha denegado su solicitud. Puede recurrir ante un tribunal.
    El plazo es corto: { $appeal-weeks-short } semana para una decisión en el procedimiento general o una decisión de que su solicitud es claramente infundada o inadmisible, y { $appeal-weeks } semanas en los demás casos.
    Hable con su abogado HOY. Un recurso no le cuesta nada.

phase-decision-rejected-coa =
    Por ahora, el COA le sigue dando alojamiento.
    El COA ofrece a los adultos con la solicitud denegada una formación sobre su futuro.

phase-decision-rejected-help =
    Su abogado puede presentar el recurso por usted.
    El DT&V tiene conversaciones de salida con usted, con un intérprete.
    Si decide volver, IOM puede apoyar su retorno voluntario.
    VluchtelingenWerk también puede aconsejarle.

phase-decision-rejected-next =
    Mientras dura su recurso, normalmente puede quedarse en los Países Bajos. Hay excepciones; su abogado sabe si le afecta a usted y entonces puede pedir al tribunal que le deje quedarse.
    Un recurso posterior ante el Consejo de Estado no le permite quedarse mientras dura.

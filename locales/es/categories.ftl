## Service categories — data/categories.yaml

# category-<id> is the button label (1-3 words).
# category-<id>-intro is shown above the list of organisations.

category-emergency = Emergencia
# Variables:
#   $emergency-number (String) - the emergency number, from data (facts.yaml -> organisations.yaml); never translate or reformat
category-emergency-intro = ¿Está en peligro ahora mismo? Llame al { $emergency-number } (policía, ambulancia, bomberos). Es gratis y funciona desde cualquier teléfono, de día y de noche.
## Typed danger: the first line of the emergency screen, by the kind of danger
# Variables:
#   $emergency-number (String), $suicide-line (String), $veilig-thuis-line (String),
#   $sexual-violence-line (String), $trafficking-line (String) - phone numbers, from data
danger-fire = ¿Hay fuego o humo? Salga, cierre las puertas al salir y llame al { $emergency-number }.
danger-medical = ¿Hay alguien gravemente herido o enfermo? Llame ahora al { $emergency-number } y diga dónde está.
danger-suicide = No tiene por qué pasar por esto en soledad. ¿Está en peligro ahora mismo? Llame al { $emergency-number }. Para hablar con alguien: { $suicide-line }.
danger-violence = ¿Está en peligro ahora mismo? Llame al { $emergency-number }. Violencia en casa: { -org-veilig-thuis } { $veilig-thuis-line }.
danger-sexual-violence = ¿Está en peligro ahora mismo? Llame al { $emergency-number }. Después de una violación o una agresión sexual: { -org-centrum-seksueel-geweld } { $sexual-violence-line }.
danger-crime = ¿Le han amenazado o atacado? Vaya a un lugar seguro y llame al { $emergency-number }.
danger-child = ¿Hay un niño en peligro? Llame al { $emergency-number }. Si le preocupa un niño: { -org-veilig-thuis } { $veilig-thuis-line }.
danger-trafficking = ¿Le retienen o le obligan a hacer algo? Llame al { $emergency-number } cuando pueda. { -org-comensha } ayuda a las víctimas de trata de personas: { $trafficking-line }.

emergency-what-to-say =
    Diga dónde está (la dirección o el nombre de su centro), qué ha pasado y si hay alguien herido.
# Variables:
#   $suicide-line (String) - 113's free number, from data
#   $veilig-thuis-line (String) - Veilig Thuis, from data
#   $sexual-violence-line (String) - Centrum Seksueel Geweld, from data
emergency-not-now =
    ¿No está en peligro en este momento? Estas líneas son gratuitas y están abiertas de día y de noche:
    - Si piensa en quitarse la vida: { $suicide-line }. Alguien le escucha; puede mantener el anonimato.
    - Violencia en casa: { $veilig-thuis-line } ({ -org-veilig-thuis }). Le asesoran y pueden enviar ayuda.
    - Violación o agresión sexual: { $sexual-violence-line } ({ -org-centrum-seksueel-geweld }). Ayuda médica y de otro tipo.

category-legal = Ayuda legal
category-legal-intro =
    En el procedimiento de asilo estándar, usted prepara su entrevista con un abogado. El Consejo de Asistencia Jurídica ({ -org-raad-voor-rechtsbijstand }) asigna los abogados de asilo.
    { -org-vluchtelingenwerk } le ayuda gratis durante su procedimiento.
    ¿Ha recibido una carta con un plazo? Contacte con su abogado o con { -org-vluchtelingenwerk } el mismo día.

category-health = Salud
# Variables:
#   $emergency-number (String) - the emergency number, from data
#   $suicide-line (String) - 113's free number, from data
category-health-intro =
    ¿Su vida está en peligro? Llame enseguida al { $emergency-number }.
    En el centro de acogida, el { -org-gza } es su médico. Llame a la { -org-gza } Praktijklijn por problemas médicos a cualquier hora, de día y de noche; para otras preguntas, en horario de oficina. Hay intérpretes.
    ¿Piensa en quitarse la vida? Llame al { $suicide-line }: alguien le escucha, gratis y de forma anónima, de día y de noche.

category-reception = Acogida ({ -org-coa })
category-reception-intro =
    El { -org-coa } le da un lugar para vivir durante su procedimiento, dinero cada semana, atención médica y colegio para sus hijos.
    Si tiene preguntas, vaya primero al mostrador de información de su centro o mire en MyCOA.

category-procedure = Procedimiento de asilo
category-procedure-intro =
    El { -org-ind } decide sobre su solicitud de asilo.
    { -org-vluchtelingenwerk } y { -org-refugeehelp } explican cada paso del procedimiento, en muchos idiomas.
    Su abogado puede decirle sus plazos.

category-family = Familia
# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
category-family-intro =
    ¿Tiene un permiso de residencia y quiere que venga su familia? Las normas cambiaron el { $pact-start }: cuentan menos familiares y hay requisitos adicionales. Pregunte pronto a { -org-vluchtelingenwerk }; le ayudan con esto.
    ¿Ha perdido el contacto con su familia? La { -org-rode-kruis } puede buscar a sus familiares, gratis.

category-sgbv = Violencia y abuso
# Variables:
#   $emergency-number (String) - the emergency number, from data
#   $sexual-violence-best-within-days (Number) - from data/facts.yaml
category-sgbv-intro =
    ¿Está en peligro ahora mismo? Llame al { $emergency-number }.
    La violencia en casa, la violencia sexual y el abuso nunca son aceptables. Puede recibir ayuda, y puede hacerlo de forma anónima.
    { -org-veilig-thuis } y { -org-centrum-seksueel-geweld } son gratis y están abiertos de día y de noche.
    Después de una violación o una agresión sexual, pida ayuda lo antes posible, preferiblemente en un plazo de { $sexual-violence-best-within-days ->
        [one] { $sexual-violence-best-within-days } día
        [many] { $sexual-violence-best-within-days } de días
       *[other] { $sexual-violence-best-within-days } días
    }.

category-trafficking = Trata de personas
# Variables:
#   $emergency-number (String) - the emergency number, from data
category-trafficking-intro =
    ¿Alguien le obliga a trabajar o a mantener relaciones sexuales, le quita sus papeles o no le deja irse? Eso puede ser trata de personas.
    Es un delito, y puede recibir ayuda. También puede contárselo al personal del { -org-coa }.
    ¿Está en peligro ahora mismo? Llame al { $emergency-number }.

category-children = Niños y menores
# Variables:
#   $minor-age (Number) - under this age you are a child, from data/facts.yaml
category-children-intro =
    ¿Tiene menos de { $minor-age } años y ha venido sin sus padres? { -org-nidos } le da un tutor que le ayuda.
    Los niños y jóvenes pueden hablar con { -org-kindertelefoon } de cualquier cosa, gratis y de forma anónima.
    ¿Le preocupa un niño en casa? { -org-veilig-thuis } puede ayudar.

category-lgbtiq = LGBTIQ+
category-lgbtiq-intro =
    Pedir ayuda al { -org-coa } porque usted es LGBTIQ+ no afecta a su procedimiento de asilo.
    Algunos centros del { -org-coa } tienen una persona de contacto para residentes LGBTIQ+.
    Las organizaciones de abajo dan apoyo, información y «buddies» (una persona que le acompaña).

category-work = Trabajo
# Variables:
#   $work-months (Number) - months an application had to be pending, from data/facts.yaml
category-work-intro =
    Con las normas anteriores, usted podía trabajar cuando su solicitud de asilo llevaba { $work-months ->
        [one] { $work-months } mes
        [many] { $work-months } de meses
       *[other] { $work-months } meses
    } en trámite, y su empleador necesitaba un permiso de trabajo (TWV). Todavía no está confirmado si esto ha cambiado.
    La protección temporal para quienes vienen de Ucrania tiene otras normas. { -org-refugeehelp } las explica, y { -org-uaf } ayuda con los estudios y el trabajo.

category-education = Educación
# Variables:
#   $school-age-from (Number), $school-age-to (Number) - ages of compulsory school, from data/facts.yaml
#   $school-start-months (Number) - months within which children start school
#   $secondary-school-age (Number) - from this age children go to a transition class
#   $minor-age (Number) - the age of adulthood
category-education-intro =
    El colegio es obligatorio de los { $school-age-from } a los { $school-age-to } años. Los niños en el procedimiento de asilo empiezan el colegio en un plazo de { $school-start-months ->
        [one] { $school-start-months } mes
        [many] { $school-start-months } de meses
       *[other] { $school-start-months } meses
    }.
    Los menores de { $secondary-school-age } años van a una escuela primaria cerca del azc o dentro de él. De los { $secondary-school-age } a los { $minor-age } años van a una clase internacional de transición (ISK).
    { -org-uaf } ayuda a estudiar en una escuela superior o una universidad.
    Si tiene permiso, el { -org-coa } ofrece un programa para prepararle para la integración cívica: clases de neerlandés y la vida en los Países Bajos.

category-return = Volver al país
category-return-intro =
    ¿Quiere volver a su país? La { -org-iom } puede ayudarle con el viaje y a empezar de nuevo allí.
    Después de una denegación, el { -org-dtv } habla con usted sobre su salida de los Países Bajos.
    { -org-vluchtelingenwerk } puede ayudarle a pensar en su futuro.

category-volunteer = Voluntariado y donaciones
category-volunteer-intro =
    ¿Quiere ayudar? { -org-vluchtelingenwerk } trabaja con voluntarios. En su ficha verá dónde inscribirse.
    ¿Quiere dar dinero? { -org-stichting-vluchteling } recoge donaciones para refugiados en otros países. Mire su página web.

# Shown above the list of organisations of a category.
# Variables:
#   $count (Number) - how many organisations are listed
category-organisations-count =
    { $count ->
        [one] Esta organización puede ayudar:
        [many] Estas { $count } organizaciones pueden ayudar:
       *[other] Estas { $count } organizaciones pueden ayudar:
    }

## Service categories — data/categories.yaml

# category-<id> is the button label (1-3 words).
# category-<id>-intro is shown above the list of organisations.

category-emergency = Emergencia
# Variables:
#   $phone (String) - the emergency number, from data/organisations.yaml (emergency-services/0); never translate or reformat
category-emergency-intro = ¿Está en peligro ahora mismo? Llame al { $phone } (policía, ambulancia, bomberos). Es gratis y funciona desde cualquier teléfono, las 24 horas del día.
emergency-what-to-say =
    Cuando llame, diga:
    - dónde está: la dirección o el nombre de su centro de acogida
    - qué ha pasado
    - si hay alguien herido
    Puede pedir hablar con alguien que hable inglés.

category-legal = Ayuda legal
category-legal-intro =
    Todas las personas que piden asilo tienen un abogado gratis. El Consejo de Asistencia Jurídica (Raad voor Rechtsbijstand) le asigna uno automáticamente.
    VluchtelingenWerk también le ayuda gratis durante su procedimiento.
    Para otras preguntas legales, Het Juridisch Loket da consejo.

category-health = Salud
category-health-intro =
    En el centro de acogida, el GZA es su médico. Cuénteles cualquier problema de salud. Hay intérpretes.
    En una urgencia médica puede llamar al GZA a cualquier hora.
    Si piensa en quitarse la vida, puede hablar con alguien, gratis y de forma anónima, de día y de noche.

category-reception = Acogida (COA)
category-reception-intro =
    El COA le da un lugar para vivir durante su procedimiento, dinero cada semana, atención médica y colegio para sus hijos.
    Si tiene preguntas, vaya primero al mostrador de información de su centro o mire en MyCOA.

category-procedure = Procedimiento de asilo
category-procedure-intro =
    El IND decide sobre su solicitud de asilo.
    VluchtelingenWerk y RefugeeHelp explican cada paso del procedimiento, en muchos idiomas.
    Su abogado puede decirle sus plazos.

category-family = Familia
category-family-intro =
    ¿Ha recibido un permiso de residencia y quiere que venga su familia? Pida la reagrupación familiar en los 3 meses después de recibir su permiso. Así las reglas son más fáciles.
    VluchtelingenWerk puede ayudarle con esto.
    ¿Ha perdido el contacto con su familia? La Cruz Roja puede buscarlos, gratis.

category-sgbv = Violencia y abuso
category-sgbv-intro =
    La violencia en casa, la violencia sexual y el abuso nunca están bien. Puede recibir ayuda, y puede hacerlo de forma anónima.
    Veilig Thuis y Centrum Seksueel Geweld son gratis y están abiertos de día y de noche.
    Después de una violación o una agresión sexual, pida ayuda lo antes posible, mejor dentro de los 7 días.
    ¿Está en peligro ahora mismo? Llame al número de emergencia.

category-trafficking = Trata de personas
category-trafficking-intro =
    ¿Alguien le obliga a trabajar o a tener sexo, le quita sus papeles o no le deja irse? Eso puede ser trata de personas.
    Es un delito, y puede recibir ayuda. También puede contárselo al personal del COA.
    ¿Está en peligro ahora mismo? Llame al número de emergencia.

category-children = Niños y menores
category-children-intro =
    ¿Tiene menos de 18 años y ha venido sin sus padres? Nidos le da un tutor que le ayuda.
    Los niños y jóvenes pueden hablar con De Kindertelefoon de cualquier cosa, gratis y de forma anónima.
    ¿Le preocupa un niño en casa? Veilig Thuis puede ayudar.

category-lgbtiq = LGBTIQ+
category-lgbtiq-intro =
    Pedir ayuda al COA porque usted es LGBTIQ+ no afecta a su procedimiento de asilo.
    Algunos centros del COA tienen una persona de contacto para residentes LGBTIQ+.
    Las organizaciones de abajo dan apoyo, información y «buddies» (una persona que le acompaña).

category-work = Trabajo
category-work-intro =
    Puede trabajar cuando su solicitud de asilo lleve 6 meses en trámite.
    Su empleador necesita un permiso de trabajo (TWV) para usted.
    RefugeeHelp explica las reglas, y UAF ayuda a refugiados y solicitantes de asilo con los estudios y el trabajo.

category-education = Educación
category-education-intro =
    El colegio es obligatorio de los 5 a los 16 años. Los niños en el procedimiento de asilo empiezan el colegio en 3 meses como máximo.
    Los menores de 12 años van a una escuela primaria cerca del azc o dentro de él. De 12 a 18 años van a una clase internacional de transición (ISK).
    UAF ayuda a estudiar en una escuela superior o una universidad.

category-return = Volver al país
category-return-intro =
    ¿Quiere volver a su país? IOM puede ayudarle con el viaje y a empezar de nuevo allí.
    Después de una denegación, el DT&V habla con usted sobre su salida de los Países Bajos.
    VluchtelingenWerk puede ayudarle a pensar en su futuro.

category-volunteer = Voluntariado y donaciones
category-volunteer-intro =
    ¿Quiere ayudar? VluchtelingenWerk y el COA trabajan con voluntarios.
    Stichting Vluchteling recoge donaciones para refugiados en otros países.

# Shown above the list of organisations of a category.
# Variables:
#   $count (Number) - how many organisations are listed
category-organisations-count =
    { $count ->
        [one] Esta organización puede ayudar:
        [many] Estas { $count } organizaciones pueden ayudar:
       *[other] Estas { $count } organizaciones pueden ayudar:
    }

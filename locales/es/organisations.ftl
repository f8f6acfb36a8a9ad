## Organisations — data/organisations.yaml

# Each organisation has org-<id>-about: what it does for you.
# Phone label messages (phone-<org>-<what>) say who a line is for, what it
# costs and whether you can stay anonymous. Numbers and hours come from data.

## Emergency and police

org-emergency-services-about =
    El número de la policía, una ambulancia o los bomberos cuando hay un peligro grave y urgente.
    Es gratis y funciona de día y de noche.
phone-emergency-services-112 = { -org-emergency-services } para policía, ambulancia y bomberos. Gratis, de día y de noche. Solo para un peligro grave y urgente.

org-politie-about =
    La policía de los Países Bajos. Llame a la línea no urgente para denunciar un delito o la trata de personas cuando no hay peligro urgente.
    La policía también tiene una red para personas LGBTQ+, Roze in Blauw.
phone-politie-non-emergency = Policía, cuando no es una emergencia: para denunciar un delito o la trata de personas.

## Government and asylum procedure

org-ministry-about =
    El ministerio es responsable de la política de asilo y migración. El { -org-ind } depende de él.
phone-rijksoverheid-1400 = Informatie Rijksoverheid, la línea general del Gobierno (no para su caso de asilo). Coste de llamada normal.
phone-rijksoverheid-abroad = La misma línea, desde el extranjero.

org-coa-about =
    El { -org-coa } gestiona los centros de acogida. Le da un lugar para vivir, dinero cada semana y apoyo durante su procedimiento.
    Si tiene preguntas, vaya al mostrador de información de su centro o mire en MyCOA, que está en muchos idiomas.
phone-coa-ter-apel-professionals = Solo para profesionales: { -org-coa } Ter Apel, preguntas sobre un residente. Las preguntas sobre el procedimiento de asilo van al { -org-ind }.
phone-coa-legal-helpdesk = Solo para profesionales: servicio de asuntos legales del { -org-coa }.
phone-coa-rvb-helpdesk = Solo para profesionales: preguntas sobre el reglamento Rvb.

org-ind-about =
    El { -org-ind } decide sobre su solicitud de asilo. También le hace las entrevistas.
    Puede llamar al { -org-ind } si tiene preguntas sobre su solicitud.
phone-ind-general = Preguntas sobre su solicitud. Coste de llamada normal.
phone-ind-abroad = El { -org-ind }, cuando llama desde el extranjero.
phone-ind-fax-default = Un número de fax, no para llamar. Solo para el formulario de reclamación por retraso, cuando el { -org-ind } tarda demasiado con su decisión de asilo. Pregunte primero a su abogado.

link-vluchtelingenwerk-volunteer = Voluntariado en { -org-vluchtelingenwerk }
org-vluchtelingenwerk-about =
    { -org-vluchtelingenwerk } ayuda gratis a los solicitantes de asilo. Tienen gente en cada azc.
    Le explican el procedimiento, pueden acompañarle a sus entrevistas con el { -org-ind } y ayudan con la reagrupación familiar.
    Pregunte en su centro cuándo es su horario de atención (spreekuur).

org-refugeehelp-about =
    { -org-refugeehelp } es una página web de { -org-vluchtelingenwerk }. Explica el procedimiento de asilo y la vida en los Países Bajos con palabras sencillas, en muchos idiomas, también en ucraniano.

org-unhcr-about =
    { -org-unhcr } (UNHCR) es la agencia de las Naciones Unidas para los refugiados.
    { -org-unhcr } en los Países Bajos no ayuda a personas individuales. Para su procedimiento de asilo le envía a { -org-refugeehelp }.

## Health

# Variables:
#   $emergency-number (String) - the emergency number, from data
org-gza-about =
    ¿Su vida está en peligro? Llame al { $emergency-number }.
    El { -org-gza } es la consulta médica para las personas en los centros de acogida para solicitantes de asilo. Llame a la Praktijklijn si está enfermo/a o tiene una pregunta de salud. Hay intérpretes.
# Variables:
#   $gza-urgent-option (Number) - the menu option for urgent medical problems, from data/facts.yaml
phone-gza-medical = { -org-gza } Praktijklijn para problemas médicos, de día y de noche. Para un problema médico urgente, pulse { $gza-urgent-option }.
phone-gza-questions = La misma línea para otras preguntas, en horario de oficina.

org-113-zelfmoordpreventie-about =
    Para cuando usted piensa en quitarse la vida, o le preocupa alguien que piensa en ello.
    Puede llamar o chatear, gratis y de forma anónima, de día y de noche.
phone-113-short = Gratis y anónimo, de día y de noche.
phone-113-free = También gratis y anónimo, de día y de noche.

org-dokters-van-de-wereld-about =
    { -org-dokters-van-de-wereld } (Dokters van de Wereld) ayuda con preguntas de salud, también sobre violencia sexual, y le orienta en la sanidad de los Países Bajos.
    Es gratis, y mediadores culturales le ayudan en su idioma. Están en Amsterdam, Nijmegen y Utrecht.
phone-dokters-van-de-wereld = Preguntas de salud y ayuda con la sanidad de los Países Bajos. Gratis.

org-zanzu-about =
    { -org-zanzu } es una página web con información clara sobre salud sexual, en muchos idiomas.

## Legal help

org-raad-voor-rechtsbijstand-about =
    El Consejo de Asistencia Jurídica ({ -org-raad-voor-rechtsbijstand }) le asigna un abogado de asilo gratis. Usted lo recibe automáticamente.
    Tiene oficinas en los centros de registro (aanmeldcentra).

org-juridisch-loket-about =
    { -org-juridisch-loket } ofrece un primer asesoramiento jurídico.
    El asesoramiento en una oficina es gratis. Mire el horario de la oficina antes de ir.
phone-juridisch-loket-advice = Asesoramiento jurídico por teléfono. Esta línea cuesta dinero por minuto. No se puede llamar directamente a las oficinas.

org-wereldhuis-amsterdam-about =
    Wereldhuis en Amsterdam ofrece asesoramiento jurídico gratis a personas sin papeles, los jueves por la tarde, con cita previa.

## Family

# Variables:
#   $tracing-months-min (Number), $tracing-months-max (Number) - how long a search usually takes, from data/facts.yaml
org-rode-kruis-about =
    La { -org-rode-kruis } (Rode Kruis) le ayuda a buscar a familiares con los que ha perdido el contacto.
    Es gratis. Una búsqueda suele tardar de { $tracing-months-min } a { $tracing-months-max } meses.

## Violence and abuse

org-veilig-thuis-about =
    { -org-veilig-thuis } asesora y ayuda en casos de violencia doméstica y maltrato infantil.
    Puede llamar o chatear. Es gratis y puede hacerlo de forma anónima.
phone-veilig-thuis = Gratis y anónimo, de día y de noche. Diga su ciudad para hablar con la oficina más cercana.

# Variables:
#   $sexual-violence-best-within-days (Number) - from data/facts.yaml
org-centrum-seksueel-geweld-about =
    { -org-centrum-seksueel-geweld } ayuda después de una violación o una agresión sexual: ayuda médica, forense y psicológica.
    Es gratis, de día y de noche. Contacte lo antes posible, preferiblemente en un plazo de { $sexual-violence-best-within-days ->
        [one] { $sexual-violence-best-within-days } día
        [many] { $sexual-violence-best-within-days } de días
       *[other] { $sexual-violence-best-within-days } días
    }.
phone-centrum-seksueel-geweld = Gratis, de día y de noche. Llame lo antes posible después de una agresión.

org-fier-about =
    { -org-fier } ayuda a personas que sufren violencia de alguien de quien dependen, y a víctimas de trata de personas.
    Puede chatear con { -org-fier } de forma anónima.

org-slachtofferhulp-about =
    { -org-slachtofferhulp } apoya a víctimas de delitos, accidentes y catástrofes.
    También tiene una línea anónima, Verbreek de stilte.
phone-slachtofferhulp-general = Para víctimas de delitos, accidentes y catástrofes. Coste de llamada local normal. En una crisis, también fuera del horario de oficina.
phone-slachtofferhulp-verbreek-de-stilte = Verbreek de stilte: una línea anónima.

## Human trafficking

org-comensha-about =
    { -org-comensha } es el centro nacional contra la trata de personas.
    Las víctimas, y cualquier persona con una pregunta sobre la trata, pueden llamar a su servicio de ayuda.
phone-comensha-helpdesk = Servicio nacional de ayuda sobre la trata de personas, para víctimas y cualquier persona con una pregunta.

org-arbeidsinspectie-about =
    Puede denunciar la explotación laboral a la Inspección de Trabajo de los Países Bajos (Nederlandse { -org-arbeidsinspectie }).
    Por ejemplo, cuando un empleador le obliga a trabajar o le quita sus papeles.
phone-arbeidsinspectie-report = Denunciar la explotación laboral.
phone-arbeidsinspectie-abroad = Denunciar la explotación laboral, cuando llama desde el extranjero.

## Children

# Variables:
#   $minor-age (Number) - from data/facts.yaml
org-nidos-about =
    { -org-nidos } es el tutor de los menores de { $minor-age } años que llegaron a los Países Bajos sin sus padres.
    Su tutor le ayuda y cuida de sus intereses.
phone-nidos-head-office = Oficina central de { -org-nidos } en Utrecht.

org-kindertelefoon-about =
    { -org-kindertelefoon } es para niños y jóvenes.
    Puede llamar o chatear sobre cualquier cosa. Es gratis y anónimo.
phone-kindertelefoon = Para niños y jóvenes. Gratis y anónimo.

## Education and work

# Variables:
#   $uaf-school-years (Number) - years of school UAF asks for, from data/facts.yaml
org-uaf-about =
    { -org-uaf } ayuda a refugiados y solicitantes de asilo que quieren estudiar en una escuela superior o una universidad, con dinero para estudiar, orientación y ayuda para encontrar trabajo.
    Necesita { $uaf-school-years } años de escuela y un nivel suficiente de neerlandés, inglés, francés o alemán.

org-lowan-about =
    { -org-lowan } apoya a los colegios que enseñan a niños recién llegados a los Países Bajos, como las clases internacionales de transición (ISK).
    No es una línea de ayuda. Para plazas escolares, pregunte al { -org-coa } o a su colegio.

## LGBTIQ+

org-lgbt-asylum-support-about =
    { -org-lgbt-asylum-support } es una organización neerlandesa que ayuda a solicitantes de asilo LGBTI.

org-secret-garden-about =
    { -org-secret-garden } en Amsterdam da apoyo social, legal y psicológico a personas LGBT de origen migrante, también a solicitantes de asilo.
    Mire en su página web cómo contactar con ellos.

org-coc-cocktail-about =
    { -org-coc-cocktail }, de COC Haaglanden, es para solicitantes de asilo LGBTIQ+.
    Tiene un proyecto de «buddies» (una persona que le acompaña) en la región de La Haya y una página web con información.

## Going back

org-iom-about =
    La { -org-iom } (IOM) ayuda a las personas que quieren volver a su país de forma voluntaria: con el viaje, los documentos de viaje y apoyo para empezar de nuevo allí.
    Sus asesores de retorno hablan muchos idiomas, y también se usan intérpretes.
phone-iom-return = La { -org-iom }, para preguntas sobre el retorno voluntario.

org-dtv-about =
    Después de una denegación, el { -org-dtv } (Servicio de Repatriación y Salida) habla con usted sobre su salida de los Países Bajos.
    Tiene un intérprete en estas conversaciones. El { -org-dtv } trabaja con la { -org-iom } y { -org-vluchtelingenwerk }.

## Donations

org-stichting-vluchteling-about =
    { -org-stichting-vluchteling } recoge donaciones para ayuda humanitaria a refugiados en otros países.
    No da ayuda ni servicios a solicitantes de asilo en los Países Bajos.
phone-stichting-vluchteling-office = Oficina de { -org-stichting-vluchteling }. No es una línea de ayuda para solicitantes de asilo.

## Names as readers see them: on cards, on buttons and in sentences
# Each organisation's name is a term, -org-<id>: the name as a reader of this language
# sees it. Keep the Dutch proper name where the organisation has no name in the language;
# use the language's own name where it has one (Croix-Rouge, ACNUR). Never double a name.
# Where the name alone does not say what the organisation is, say it once, in brackets, on
# its card and button: put that in a term of its own, -org-<id>-what, and write
#   org-<id>-name = { -org-<id> } ({ -org-<id>-what })
# and otherwise simply org-<id>-name = { -org-<id> }.
#
# In a sentence that names an organisation, write its term, not the name:
#   org-ind-about = { -org-ind } decides on your asylum application.
# so that a name is the same on every screen, and is changed in one place. Where your
# language changes the name or joins it to a word (a case ending or suffix such as IND'ye,
# a prefix such as ንCOA, a compound such as COA-locatie), write that word out: a term
# cannot be declined. `python -m bot validate` warns about a name written out where its
# term would do (FTL-TERM-LITERAL), and refuses a missing name (FTL-TERM-MISSING) and a
# reference to a term the language does not define (FTL-UNKNOWN-TERM).
# In right-to-left languages a term inside a sentence is isolated (U+2068 ... U+2069), so
# that a Latin name keeps its order; on a card or a button it is not.

# Its number, from data, comes after the name.
-org-emergency-services = Número de emergencia
# Variables:
#   $emergency-number (String) - the emergency number, from data
org-emergency-services-name = { -org-emergency-services } { $emergency-number }

-org-politie = Politie
-org-politie-what = policía
org-politie-name = { -org-politie } ({ -org-politie-what })

-org-ministry = Ministerio de Asilo y Migración
org-ministry-name = { -org-ministry }

-org-coa = COA
org-coa-name = { -org-coa }

-org-ind = IND
org-ind-name = { -org-ind }

-org-gza = GZA
org-gza-name = { -org-gza }

-org-vluchtelingenwerk = VluchtelingenWerk
org-vluchtelingenwerk-name = { -org-vluchtelingenwerk }

-org-refugeehelp = RefugeeHelp
org-refugeehelp-name = { -org-refugeehelp }

-org-unhcr = ACNUR
org-unhcr-name = { -org-unhcr }

-org-stichting-vluchteling = Stichting Vluchteling
org-stichting-vluchteling-name = { -org-stichting-vluchteling }

-org-iom = OIM
org-iom-name = { -org-iom }

-org-dtv = DT&V
org-dtv-name = { -org-dtv }

-org-raad-voor-rechtsbijstand = Raad voor Rechtsbijstand
-org-raad-voor-rechtsbijstand-what = ayuda jurídica
org-raad-voor-rechtsbijstand-name = { -org-raad-voor-rechtsbijstand } ({ -org-raad-voor-rechtsbijstand-what })

-org-juridisch-loket = Het Juridisch Loket
org-juridisch-loket-name = { -org-juridisch-loket }

-org-wereldhuis-amsterdam = Wereldhuis Amsterdam
org-wereldhuis-amsterdam-name = { -org-wereldhuis-amsterdam }

-org-rode-kruis = Cruz Roja
org-rode-kruis-name = { -org-rode-kruis }

-org-veilig-thuis = Veilig Thuis
org-veilig-thuis-name = { -org-veilig-thuis }

-org-centrum-seksueel-geweld = Centrum Seksueel Geweld
org-centrum-seksueel-geweld-name = { -org-centrum-seksueel-geweld }

-org-fier = Fier
org-fier-name = { -org-fier }

-org-slachtofferhulp = Slachtofferhulp Nederland
org-slachtofferhulp-name = { -org-slachtofferhulp }

-org-comensha = CoMensha
org-comensha-name = { -org-comensha }

-org-arbeidsinspectie = Arbeidsinspectie
-org-arbeidsinspectie-what = Inspección de Trabajo
org-arbeidsinspectie-name = { -org-arbeidsinspectie } ({ -org-arbeidsinspectie-what })

-org-nidos = Nidos
org-nidos-name = { -org-nidos }

-org-kindertelefoon = De Kindertelefoon
org-kindertelefoon-name = { -org-kindertelefoon }

# Its short number, from data, comes before the name.
-org-113-zelfmoordpreventie = Zelfmoordpreventie
# Variables:
#   $suicide-short-number (String) - 113's short number, from data
org-113-zelfmoordpreventie-name = { $suicide-short-number } { -org-113-zelfmoordpreventie }

-org-dokters-van-de-wereld = Médicos del Mundo
org-dokters-van-de-wereld-name = { -org-dokters-van-de-wereld }

-org-zanzu = Zanzu
org-zanzu-name = { -org-zanzu }

-org-uaf = UAF
org-uaf-name = { -org-uaf }

-org-lowan = LOWAN
org-lowan-name = { -org-lowan }

-org-lgbt-asylum-support = LGBT Asylum Support
org-lgbt-asylum-support-name = { -org-lgbt-asylum-support }

-org-secret-garden = Secret Garden
org-secret-garden-name = { -org-secret-garden }

-org-coc-cocktail = Cocktail
-org-coc-cocktail-what = COC Haaglanden
org-coc-cocktail-name = { -org-coc-cocktail } ({ -org-coc-cocktail-what })

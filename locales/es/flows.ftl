## Flows — flows/procedure.yaml and flows/topics.yaml

procedure-intro = Vamos a ver en qué punto del procedimiento de asilo está. Le haré tres preguntas como máximo.
procedure-q-registered = ¿Ya ha registrado su solicitud de asilo (en Ter Apel o en Schiphol)?
procedure-a-registered-no = No, acabo de llegar
procedure-a-registered-yes = Sí, estoy registrado/a
procedure-a-choose-phase = Elijo la fase yo mismo/a
procedure-a-ukraine = Huí de la guerra en Ucrania
temporary-protection-intro =
    Las personas que huyeron de la guerra en Ucrania reciben protección temporal, no asilo.
    A usted se le aplican normas distintas a las del procedimiento de asilo que se describe aquí.
    RefugeeHelp tiene información en ucraniano y ruso, también sobre trabajo y educación.
procedure-q-interview = ¿Ya ha tenido sus entrevistas con el IND (el servicio de inmigración) sobre sus motivos para pedir asilo?
procedure-a-interview-no = No, todavía no
procedure-a-interview-yes = Sí
procedure-a-not-sure = No estoy seguro/a
procedure-q-decision = ¿Ha recibido la decisión del IND?
procedure-a-decision-waiting = No, estoy esperando
procedure-a-decision-granted = Sí, me dieron el permiso
procedure-a-decision-rejected = Sí, me la han denegado
phases-menu-intro = El procedimiento de asilo tiene estas fases. Elija una para ver qué pasa.
decision-choose-intro = ¿Qué ha decidido el IND?

topics-menu-intro = Elija un tema. Verá qué organizaciones pueden ayudarle.
organisations-menu-intro = Estas son las organizaciones principales. Elija una para ver qué hace y cómo contactarla.
organisations-by-topic = Más organizaciones por tema

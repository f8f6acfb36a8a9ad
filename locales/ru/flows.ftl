## Flows — flows/procedure.yaml and flows/topics.yaml

procedure-intro = Давайте выясним, на каком Вы этапе процедуры убежища. Я задам до трёх вопросов.
procedure-q-registered = Вы уже зарегистрировали заявление на убежище (в Ter Apel или в Schiphol)?
procedure-a-registered-no = Нет, я только приехал(а)
procedure-a-registered-yes = Да, я зарегистрирован(а)
procedure-a-choose-phase = Я сам(а) выберу этап
procedure-a-ukraine = Я бежал(а) от войны в Украине
temporary-protection-intro =
    Люди, бежавшие от войны в Украине, получают временную защиту, а не убежище.
    Для Вас действуют другие правила, чем в процедуре убежища, описанной здесь.
    У RefugeeHelp есть информация на украинском и русском языках, в том числе о работе и учёбе.
procedure-q-interview = У Вас уже были собеседования с IND (иммиграционная служба) о причинах, по которым Вы просите убежища?
procedure-a-interview-no = Нет, ещё нет
procedure-a-interview-yes = Да
procedure-a-not-sure = Я не уверен(а)
procedure-q-decision = Вы уже получили решение IND?
procedure-a-decision-waiting = Нет, я жду
procedure-a-decision-granted = Да, я получил(а) разрешение
procedure-a-decision-rejected = Да, мне отказали
phases-menu-intro = В процедуре убежища есть такие этапы. Выберите этап, чтобы узнать, что происходит.
decision-choose-intro = Какое решение приняла IND?

topics-menu-intro = Выберите тему. Вы увидите, какие организации могут помочь.
organisations-menu-intro = Это основные организации. Выберите одну, чтобы узнать, что она делает и как с ней связаться.
organisations-by-topic = Больше организаций по теме

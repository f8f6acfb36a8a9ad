## Flows — flows/procedure.yaml and flows/topics.yaml

procedure-intro = Давайте з’ясуємо, на якому Ви етапі процедури притулку. Я поставлю до трьох запитань.
procedure-q-registered = Ви вже зареєстрували заяву на притулок (у Ter Apel або в Schiphol)?
procedure-a-registered-no = Ні, я щойно приїхав(-ла)
procedure-a-registered-yes = Так, я зареєстрований(-а)
procedure-a-choose-phase = Я сам(-а) виберу етап
procedure-a-ukraine = Я тікав(-ла) від війни в Україні
temporary-protection-intro =
    Люди, які втекли від війни в Україні, отримують тимчасовий захист, а не притулок.
    Для Вас діють інші правила, ніж у процедурі притулку, яку описано тут.
    RefugeeHelp має інформацію українською та російською, зокрема про роботу й навчання.
procedure-q-interview = У Вас уже були співбесіди з IND (імміграційна служба) про причини, чому Ви просите притулку?
procedure-a-interview-no = Ні, ще ні
procedure-a-interview-yes = Так
procedure-a-not-sure = Я не впевнений(-а)
procedure-q-decision = Ви вже отримали рішення IND?
procedure-a-decision-waiting = Ні, я чекаю
procedure-a-decision-granted = Так, я отримав(-ла) дозвіл
procedure-a-decision-rejected = Так, мені відмовили
phases-menu-intro = Процедура притулку має такі етапи. Виберіть етап, щоб дізнатися, що відбувається.
decision-choose-intro = Яке рішення ухвалила IND?

topics-menu-intro = Виберіть тему. Ви побачите, які організації можуть допомогти.
organisations-menu-intro = Це основні організації. Виберіть одну, щоб дізнатися, що вона робить і як з нею зв’язатися.
organisations-by-topic = Більше організацій за темою

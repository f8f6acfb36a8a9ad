## Flows — flows/procedure.yaml and flows/topics.yaml

procedure-intro = Let's find out where you are in the asylum procedure. I will ask up to three questions.
procedure-q-registered = Have you already registered your asylum application (in Ter Apel or at Schiphol)?
procedure-a-registered-no = No, I just arrived
procedure-a-registered-yes = Yes, I am registered
procedure-a-choose-phase = I will choose the phase myself
procedure-a-ukraine = I fled the war in Ukraine
temporary-protection-intro =
    People who fled the war in Ukraine get temporary protection, not asylum.
    Other rules apply to you than in the asylum procedure described here.
    RefugeeHelp has information in Ukrainian and Russian, also about work and education.
procedure-q-interview = Have you had your interviews with the IND (the immigration service) about your reasons for asylum?
procedure-a-interview-no = No, not yet
procedure-a-interview-yes = Yes
procedure-a-not-sure = I am not sure
procedure-q-decision = Have you received the IND's decision?
procedure-a-decision-waiting = No, I am waiting
procedure-a-decision-granted = Yes, I got a permit
procedure-a-decision-rejected = Yes, it was rejected
phases-menu-intro = The asylum procedure has these phases. Choose one to see what happens.
decision-choose-intro = What did the IND decide?

topics-menu-intro = Choose a topic. You will see which organisations can help.
organisations-menu-intro = These are the main organisations. Choose one to see what it does and how to reach it.
organisations-by-topic = More organisations by topic

## Asylum phases — data/phases.yaml

## Phase: registration

phase-registration = Registration

# Variables:
#   $days (String) - how many days you stay in the col, e.g. "3-10", from data/phases.yaml
phase-registration-now =
    You report to the application centre in Ter Apel. If you arrive by air, you report at Schiphol.
    You usually stay { $days } days in the central reception centre (col).
    There you get a medical intake with the GZA and a TB check by the GGD.
    In the registration interview you are asked about your identity, nationality, travel route and family. You do not have a lawyer yet at this stage.

phase-registration-coa =
    COA gives you a place to sleep, meals and care products.
    COA also checks who needs special attention or protection, for example because of health problems or signs of human trafficking.
    If you feel unsafe or unwell, tell COA staff.

phase-registration-help =
    The GZA is your doctor during the procedure.
    If you are under 18 and came without your parents, Nidos gives you a guardian.
    The Legal Aid Board has a desk in the application centre and arranges a free lawyer for you.

phase-registration-next =
    Next comes the rest and preparation period. You move to a process reception centre (pol), near an IND office.
    If you come from a country that counts as safe, your whole procedure may take place while you stay in the col.

## Phase: rest-and-preparation

phase-rest-and-preparation = Rest and preparation

# Variables:
#   $rest-days (String) - minimum length of the rest and preparation period, e.g. "6", from data/phases.yaml
phase-rest-and-preparation-now =
    You stay in a process reception centre (pol) for at least { $rest-days } days.
    This time is for rest and for preparing your asylum interviews.
    Your lawyer meets you to prepare, and VluchtelingenWerk explains how the procedure works.

# Variables:
#   $allowance (String) - weekly living allowance, e.g. "€14.47", from data/phases.yaml
phase-rest-and-preparation-coa =
    COA gives you a place to live and usually money for food, so you can cook yourself.
    You also get a weekly living allowance of { $allowance } (amount may change).
    COA pays public transport to your lawyer.
    If you are likely to get a permit, you can start Dutch lessons here.

phase-rest-and-preparation-help =
    Your lawyer is free; the Legal Aid Board arranges one for you.
    VluchtelingenWerk explains the procedure and can help you prepare.
    The GZA gives medical care. Tell them about any health problems.
    If you are under 18 and came without your parents, your Nidos guardian helps you.

phase-rest-and-preparation-next =
    After the rest and preparation period, the general asylum procedure starts.
    The IND interviews you and then decides on your application.

## Phase: general-procedure

phase-general-procedure = General asylum procedure

# Variables:
#   $decision-days (String) - working days for a decision in the general procedure, e.g. "6", from data/phases.yaml
#   $decision-days-max (String) - longest general procedure in days, e.g. "9", from data/phases.yaml
phase-general-procedure-now =
    The IND interviews you. The first interview is about your identity and travel route.
    The second, detailed interview is about your reasons for asking for asylum.
    The IND usually decides within { $decision-days } working days, sometimes up to { $decision-days-max } days.
    If that is not enough, your application goes to the extended procedure (VA).

phase-general-procedure-coa =
    You keep living in the process reception centre (pol).
    COA gives you the same support as before: housing, money for food, your weekly allowance and healthcare through the GZA.

# Variables:
#   $reply-days (String) - days your lawyer has to answer an intention to reject in the general procedure, e.g. "1", from data/phases.yaml
phase-general-procedure-help =
    Your lawyer prepares the interviews with you.
    If the IND plans to reject your application, it first sends an intention to reject. In the general procedure your lawyer has { $reply-days } day to answer it in writing.
    VluchtelingenWerk also supports you; a volunteer can sometimes come with you to an interview.

# Variables:
#   $work-months (String) - months an application must be pending before you may work, e.g. "6", from data/phases.yaml
phase-general-procedure-next =
    Next you get the IND decision: a permit or a rejection.
    The extended procedure takes longer. Your lawyer or VluchtelingenWerk can tell you your deadline.
    Once your application has been pending for { $work-months } months, you may work. Your employer then needs a work permit for you.

## Phase: decision-granted

phase-decision-granted = Decision: permit granted

# Variables:
#   $permit-years (String) - validity of the asylum permit in years, e.g. "5", from data/phases.yaml
phase-decision-granted-now =
    The IND has given you an asylum residence permit.
    It is valid for { $permit-years } years, counted from the date you applied. After that you can apply for a permanent permit.
    You may work.

phase-decision-granted-coa =
    COA keeps giving you shelter and support for now.
    COA offers a programme to prepare you for civic integration: learning Dutch and about life in the Netherlands.

phase-decision-granted-help =
    VluchtelingenWerk helps you with family reunification and with starting your life here.
    If you lost contact with family members, the Red Cross can help you search for them.

# Variables:
#   $reunification-months (String) - months after the permit to apply for family reunification, e.g. "3", from data/phases.yaml
phase-decision-granted-next =
    Next comes civic integration.
    If you want family members to join you, apply within { $reunification-months } months of getting your permit. Then the rules are easier, for example there is no income requirement.
    Ask VluchtelingenWerk for help in time.

## Phase: decision-rejected

phase-decision-rejected = Decision: rejected

# Variables:
#   $appeal-weeks-short (String) - short appeal deadline in weeks, e.g. "1", from data/phases.yaml
#   $appeal-weeks (String) - normal appeal deadline in weeks, e.g. "4", from data/phases.yaml
phase-decision-rejected-now =
    The IND has rejected your application. You can appeal to a court.
    The deadline is short: { $appeal-weeks-short } week for a decision in the general procedure or a decision that your application is manifestly unfounded or inadmissible, and { $appeal-weeks } weeks in other cases.
    Talk to your lawyer TODAY. An appeal costs you nothing.

phase-decision-rejected-coa =
    COA keeps giving you shelter for now.
    COA offers adults whose application was rejected a training about their future.

phase-decision-rejected-help =
    Your lawyer can appeal for you.
    DT&V holds departure talks with you, with an interpreter.
    If you choose to return, IOM can support your voluntary return.
    VluchtelingenWerk can also advise you.

phase-decision-rejected-next =
    While your appeal runs, you can usually stay in the Netherlands. There are exceptions; your lawyer knows if one applies to you and can then ask the court to let you stay.
    A further appeal to the Council of State does not let you stay while it runs.

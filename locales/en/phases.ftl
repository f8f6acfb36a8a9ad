## Steps of the asylum procedure — data/phases.yaml
# Numbers come from data/facts.yaml as variables; never type a number here.
# Words printed on IND letters (beschikking, voornemen, zienswijze) stay in Dutch,
# so people can recognise them on their papers.

# Variables:
#   $checked (String) - the day these facts were last compared with their sources, written out
phase-checked = Last checked: { $checked }. Rules can change; your lawyer knows your case.

## Since 12 June 2026: arrival and the first checks

phase-registration = Arrival and first checks
phase-registration-now =
    You report at the application centre in Ter Apel. If you arrive by plane or boat from outside the Schengen area, you report at Schiphol.
    The { -org-ind } checks who you are and does security checks and a medical check. It also looks at whether you need extra care.
# Variables:
#   $minor-age (Number) - under this age you are a child, from data/facts.yaml
phase-registration-help =
    You enter your own details in an online portal. { -org-ind } staff help you if needed.
    Are you under { $minor-age } and here without your parents? { -org-nidos } gives you a guardian.
# Variables:
#   $screening-days-inland (Number) - longest first checks inside the country, from data/facts.yaml
phase-registration-next =
    These checks take at most { $screening-days-inland ->
        [one] { $screening-days-inland } day
       *[other] { $screening-days-inland } days
    }. Then the { -org-ind } chooses your procedure.

## Since 12 June 2026: the procedures

phase-pact-standard = Standard procedure
phase-pact-standard-now =
    The { -org-ind } examines whether you need protection. You get an explanation first.
    Then you have an interview. In it you explain why you ask for asylum.
phase-pact-standard-help =
    You prepare the interview together with your lawyer.
    You also have a right to free legal advice if you ask for it. { -org-vluchtelingenwerk } can tell you where to get it.
# Variables:
#   $decision-months-standard (Number) - months the IND has to decide, from data/facts.yaml
phase-pact-standard-next =
    The { -org-ind } must decide within { $decision-months-standard ->
        [one] { $decision-months-standard } month
       *[other] { $decision-months-standard } months
    }. Then you get its decision in a letter.

phase-pact-accelerated = Accelerated procedure
phase-pact-accelerated-now =
    This procedure is shorter. You usually also have an interview with the { -org-ind }, where you explain your reasons.
phase-pact-accelerated-help =
    Ask { -org-vluchtelingenwerk } to help you prepare. Whether you get a lawyer in this procedure is not confirmed yet.
# Variables:
#   $decision-months-accelerated (Number) - months the IND has to decide, from data/facts.yaml
phase-pact-accelerated-next =
    The { -org-ind } must decide within { $decision-months-accelerated ->
        [one] { $decision-months-accelerated } month
       *[other] { $decision-months-accelerated } months
    }. Then you get its decision in a letter.

phase-pact-responsibility = Another EU country may be responsible
phase-pact-responsibility-now =
    The { -org-ind } checks whether another EU country must handle your application, for example because you were there before or have family there. These rules replace the Dublin rules.
    If another country is responsible, you may be sent there.
phase-pact-responsibility-help =
    You can object to a decision to send you to another country. The deadline is on the letter and can be very short. Contact your lawyer or { -org-vluchtelingenwerk } the same day.
phase-pact-responsibility-next =
    If the Netherlands handles your application, the { -org-ind } then examines it.

phase-pact-admissibility = Admissibility procedure
phase-pact-admissibility-now =
    In this procedure the { -org-ind } first decides whether it will examine your application in the Netherlands at all.
phase-pact-admissibility-help =
    Ask your lawyer or { -org-vluchtelingenwerk } what this means for you.
phase-pact-admissibility-next =
    The { -org-ind } sends you its decision in a letter.

phase-pact-border = Border procedure (Schiphol)
# Variables:
#   $screening-days-border (Number) - longest checks at the border, from data/facts.yaml
phase-pact-border-now =
    Did you arrive by plane or boat from outside the Schengen area? Then the Royal Marechaussee checks you at the border, for at most { $screening-days-border ->
        [one] { $screening-days-border } day
       *[other] { $screening-days-border } days
    }.
    The { -org-ind } may then handle your application in the border procedure. It is for people with little chance of protection, or seen as a risk to public order.
phase-pact-border-help =
    You may have to stay in a closed centre. Ask for a lawyer, and contact { -org-vluchtelingenwerk }.
# Variables:
#   $border-procedure-weeks (Number) - longest border procedure, from data/facts.yaml
phase-pact-border-next =
    The border procedure must end within { $border-procedure-weeks ->
        [one] { $border-procedure-weeks } week
       *[other] { $border-procedure-weeks } weeks
    }.

## Since 12 June 2026: the decision and after it

phase-pact-decision = The decision
phase-pact-decision-now =
    The { -org-ind } sends its decision in a letter. In Dutch it is called a "beschikking". Read it with your lawyer or { -org-vluchtelingenwerk }.
# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
phase-pact-decision-help =
    The rules for appeals changed on { $pact-start }. The deadline to appeal is on the letter, and it can be very short.
    Contact your lawyer or { -org-vluchtelingenwerk } the same day.
phase-pact-decision-next =
    What did the { -org-ind } decide?

phase-pact-granted = Permit granted
# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
phase-pact-granted-now =
    The { -org-ind } gave you an asylum residence permit. How long it is valid is written on it.
    Since { $pact-start } there are two kinds of asylum permit, and the rules for bringing your family changed.
phase-pact-granted-help =
    { -org-vluchtelingenwerk } helps you with family reunification and with starting your life here. Ask them soon.
phase-pact-granted-next =
    { -org-coa } offers a programme to prepare you for civic integration: Dutch lessons and life in the Netherlands.

phase-pact-rejected = Application rejected
phase-pact-rejected-now =
    The { -org-ind } rejected your application. The rejection also says that you must leave (the return decision). You can appeal to a court against both together.
phase-pact-rejected-help =
    The deadline is on the letter and can be very short. Talk to your lawyer or { -org-vluchtelingenwerk } TODAY.
    Ask your lawyer whether you may stay in the Netherlands during the appeal.
phase-pact-rejected-next =
    How long you can stay in reception after a rejection is not confirmed under the new rules. Ask { -org-coa } and your lawyer.
    { -org-dtv } talks with you about leaving. If you choose to go back, { -org-iom } can help.

phase-new-application = A new application
# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
phase-new-application-now =
    Was your application finally rejected, and has something important changed since? Then you may be able to apply again.
    The rules for this changed on { $pact-start }.
phase-new-application-help =
    Talk to a lawyer or { -org-vluchtelingenwerk } before you apply again.

## Applications made before 12 June 2026: the steps as they were

# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
phase-old-rules-note = These are the steps for applications made before { $pact-start }. Which rules apply to your case now is not confirmed.

phase-rest-and-preparation = Rest and preparation
# Variables:
#   $rest-days (Number) - shortest rest and preparation period, from data/facts.yaml
phase-rest-and-preparation-now =
    You stay in a process reception centre (pol) for at least { $rest-days ->
        [one] { $rest-days } day
       *[other] { $rest-days } days
    }. This time is for rest and for preparing your interview with your lawyer.
# Variables:
#   $weekly-allowance (String) - weekly living allowance, written out, from data/facts.yaml
phase-rest-and-preparation-help =
    { -org-coa } gives you a place to live, usually money for food, and { $weekly-allowance } a week to live on (the amount may change).
    { -org-vluchtelingenwerk } explains the procedure. The { -org-gza } gives medical care.
phase-rest-and-preparation-next =
    After this period, the general asylum procedure starts.

phase-general-procedure = General asylum procedure
phase-general-procedure-now =
    The { -org-ind } holds the detailed interview about your reasons for asylum. Your lawyer prepares it with you.
phase-general-procedure-help =
    If the { -org-ind } plans to reject your application, it first sends an intention to reject (in Dutch: "voornemen"). Your lawyer answers it in writing (a "zienswijze"). There is little time for this.
# Variables:
#   $old-cases-resumed (String) - the day the IND started again with older applications, from data/facts.yaml
phase-general-procedure-next =
    Then the { -org-ind } decides and sends a letter (a "beschikking"). The { -org-ind } started again with these older applications on { $old-cases-resumed }, so many people wait a long time.

phase-decision-granted = Decision: permit granted
phase-decision-granted-now =
    The { -org-ind } gave you an asylum residence permit. How long it is valid is written on it.
# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
phase-decision-granted-help =
    The rules for bringing your family changed on { $pact-start }, also for earlier applications. Ask { -org-vluchtelingenwerk } soon.
    The Red Cross can search for family members you lost contact with.
phase-decision-granted-next =
    { -org-coa } offers a programme to prepare you for civic integration: Dutch lessons and life in the Netherlands.

phase-decision-rejected = Decision: rejected
phase-decision-rejected-now =
    The { -org-ind } rejected your application. You can appeal to a court. The deadline is on the letter (the "beschikking") and can be very short.
phase-decision-rejected-help =
    Talk to your lawyer or { -org-vluchtelingenwerk } TODAY. Ask your lawyer whether you may stay in the Netherlands during the appeal.
phase-decision-rejected-next =
    How long you can stay in reception after a rejection is not confirmed. Ask { -org-coa } and your lawyer.
    { -org-dtv } talks with you about leaving, with an interpreter. If you choose to go back, { -org-iom } can help.

## Service categories — data/categories.yaml

# category-<id> is the button label (1-3 words).
# category-<id>-intro is shown above the list of organisations.

category-emergency = Emergency
# Variables:
#   $emergency-number (String) - the emergency number, from data (facts.yaml -> organisations.yaml); never translate or reformat
category-emergency-intro = In danger right now? Call { $emergency-number } (police, ambulance, fire brigade). It is free, from any phone, day and night.
## Typed danger: the first line of the emergency screen, by the kind of danger
# Variables:
#   $emergency-number (String), $suicide-line (String), $veilig-thuis-line (String),
#   $sexual-violence-line (String), $trafficking-line (String) - phone numbers, from data
danger-fire = Fire or smoke? Get out, close the doors behind you and call { $emergency-number }.
danger-medical = Someone badly hurt or ill? Call { $emergency-number } now and say where you are.
danger-suicide = You do not have to go through this alone. In danger now: call { $emergency-number }. To talk to someone: { $suicide-line }.
danger-violence = In danger now: call { $emergency-number }. Violence at home: { -org-veilig-thuis } { $veilig-thuis-line }.
danger-sexual-violence = In danger now: call { $emergency-number }. After rape or assault: { -org-centrum-seksueel-geweld } { $sexual-violence-line }.
danger-crime = Threatened or attacked? Go somewhere safe and call { $emergency-number }.
danger-child = A child in danger: call { $emergency-number }. Worried about a child: { -org-veilig-thuis } { $veilig-thuis-line }.
danger-trafficking = Held or forced: call { $emergency-number } when you can. { -org-comensha } helps victims of human trafficking: { $trafficking-line }.

emergency-what-to-say =
    Say where you are (the address or the name of your centre), what happened, and whether someone is hurt.
# Variables:
#   $suicide-line (String) - 113's free number, from data
#   $veilig-thuis-line (String) - Veilig Thuis, from data
#   $sexual-violence-line (String) - Centrum Seksueel Geweld, from data
emergency-not-now =
    Not in danger this minute? These lines are free and open day and night:
    - Thinking of ending your life: { $suicide-line }. Someone listens; you can stay anonymous.
    - Violence at home: { $veilig-thuis-line } ({ -org-veilig-thuis }). They advise you and can send help.
    - Rape or sexual assault: { $sexual-violence-line } ({ -org-centrum-seksueel-geweld }). Medical and other help.

category-legal = Legal help
category-legal-intro =
    In the standard asylum procedure you prepare your interview with a lawyer. The Legal Aid Board ({ -org-raad-voor-rechtsbijstand }) arranges asylum lawyers.
    { -org-vluchtelingenwerk } helps you for free during your procedure.
    Got a letter with a deadline? Contact your lawyer or { -org-vluchtelingenwerk } the same day.

category-health = Health
# Variables:
#   $emergency-number (String) - the emergency number, from data
#   $suicide-line (String) - 113's free number, from data
category-health-intro =
    Life in danger? Call { $emergency-number } at once.
    In the reception centre, the { -org-gza } is your doctor. Call the { -org-gza } Praktijklijn for medical problems at any time, day and night; for other questions during office hours. Interpreters are available.
    Thinking of ending your life? Call { $suicide-line }: someone listens, free and anonymous, day and night.

category-reception = Reception ({ -org-coa })
category-reception-intro =
    { -org-coa } gives you a place to live during your procedure, a weekly allowance and healthcare, and school for your children.
    With questions, go first to the information desk in your centre, or look on MyCOA.

category-procedure = Asylum procedure
category-procedure-intro =
    The { -org-ind } decides on your asylum application.
    { -org-vluchtelingenwerk } and { -org-refugeehelp } explain every step of the procedure, in many languages.
    Your lawyer can tell you your deadlines.

category-family = Family
# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
category-family-intro =
    Do you have a residence permit and want your family to come? The rules changed on { $pact-start }: fewer family members count, and there are extra requirements. Ask { -org-vluchtelingenwerk } soon; they help you with this.
    Lost contact with family? The Red Cross can search for them, for free.

category-sgbv = Violence & abuse
# Variables:
#   $emergency-number (String) - the emergency number, from data
#   $sexual-violence-best-within-days (Number) - from data/facts.yaml
category-sgbv-intro =
    In danger right now? Call { $emergency-number }.
    Violence at home, sexual violence and abuse are never okay. You can get help, and you can stay anonymous.
    { -org-veilig-thuis } and { -org-centrum-seksueel-geweld } are free and open day and night.
    After rape or sexual assault, get help as soon as you can, best within { $sexual-violence-best-within-days ->
        [one] { $sexual-violence-best-within-days } day
       *[other] { $sexual-violence-best-within-days } days
    }.

category-trafficking = Human trafficking
# Variables:
#   $emergency-number (String) - the emergency number, from data
category-trafficking-intro =
    Does someone force you to work or to have sex, take your papers, or not let you leave? That can be human trafficking.
    It is a crime, and you can get help. You can also tell { -org-coa } staff.
    In danger right now? Call { $emergency-number }.

category-children = Children & minors
# Variables:
#   $minor-age (Number) - under this age you are a child, from data/facts.yaml
category-children-intro =
    Are you under { $minor-age } and did you come without your parents? { -org-nidos } gives you a guardian who helps you.
    Children and young people can talk to { -org-kindertelefoon } about anything, free and anonymous.
    Worried about a child at home? { -org-veilig-thuis } can help.

category-lgbtiq = LGBTIQ+
category-lgbtiq-intro =
    Asking { -org-coa } for help because you are LGBTIQ+ does not affect your asylum procedure.
    Some { -org-coa } locations have a contact person for LGBTIQ+ residents.
    The organisations below give support, information and buddies.

category-work = Work
# Variables:
#   $work-months (Number) - months an application had to be pending, from data/facts.yaml
category-work-intro =
    Under the old rules, you could work once your asylum application had been pending for { $work-months ->
        [one] { $work-months } month
       *[other] { $work-months } months
    }, and your employer needed a work permit (TWV). Whether this changed is not confirmed yet.
    Temporary protection from Ukraine has other rules. { -org-refugeehelp } explains them, and { -org-uaf } helps with study and work.

category-education = Education
# Variables:
#   $school-age-from (Number), $school-age-to (Number) - ages of compulsory school, from data/facts.yaml
#   $school-start-months (Number) - months within which children start school
#   $secondary-school-age (Number) - from this age children go to a transition class
#   $minor-age (Number) - the age of adulthood
category-education-intro =
    School is compulsory from age { $school-age-from } to { $school-age-to }. Children in the asylum procedure start school within { $school-start-months ->
        [one] { $school-start-months } month
       *[other] { $school-start-months } months
    }.
    Children under { $secondary-school-age } go to a primary school near or in the azc. From { $secondary-school-age } to { $minor-age }, they go to an international transition class (ISK).
    { -org-uaf } helps with studying at a college or university.
    If you have a permit, { -org-coa } offers a programme to prepare you for civic integration: Dutch lessons and life in the Netherlands.

category-return = Going back
category-return-intro =
    Do you want to go back to your country? { -org-iom } can help with the journey and with starting again there.
    After a rejection, the { -org-dtv } talks with you about leaving the Netherlands.
    { -org-vluchtelingenwerk } can help you think about your future.

category-volunteer = Volunteer & donate
category-volunteer-intro =
    Do you want to help? { -org-vluchtelingenwerk } works with volunteers: its card shows where to sign up.
    Do you want to give money? { -org-stichting-vluchteling } collects donations for refugees in other countries: see its website.

# Shown above the list of organisations of a category.
# Variables:
#   $count (Number) - how many organisations are listed
category-organisations-count =
    { $count ->
        [one] This organisation can help:
       *[other] These { $count } organisations can help:
    }

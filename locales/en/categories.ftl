## Service categories — data/categories.yaml

# category-<id> is the button label (1-3 words).
# category-<id>-intro is shown above the list of organisations.

category-emergency = Emergency
# Variables:
#   $phone (String) - the emergency number, from data/organisations.yaml (emergency-services/0); never translate or reformat
category-emergency-intro = In danger right now? Call { $phone } (police, ambulance, fire brigade). It is free and works from any phone, 24 hours a day.
emergency-what-to-say =
    When you call, say:
    - where you are: the address or the name of your reception centre
    - what happened
    - whether someone is hurt
    You can ask for someone who speaks English.

category-legal = Legal help
category-legal-intro =
    Every asylum seeker gets a free lawyer. The Legal Aid Board (Raad voor Rechtsbijstand) appoints one for you automatically.
    VluchtelingenWerk also helps you, for free, during your procedure.
    For other legal questions, Het Juridisch Loket gives advice.

category-health = Health
category-health-intro =
    In the reception centre, the GZA is your doctor. Tell them about any health problem. Interpreters are available.
    For a medical emergency you can call the GZA at any time.
    If you think about ending your life, you can talk to someone, free and anonymous, day and night.

category-reception = Reception (COA)
category-reception-intro =
    COA gives you a place to live during your procedure, a weekly allowance and healthcare, and school for your children.
    With questions, go first to the information desk in your centre, or look on MyCOA.

category-procedure = Asylum procedure
category-procedure-intro =
    The IND decides on your asylum application.
    VluchtelingenWerk and RefugeeHelp explain every step of the procedure, in many languages.
    Your lawyer can tell you your deadlines.

category-family = Family
category-family-intro =
    Did you get a residence permit and do you want your family to come? Apply for family reunification within 3 months after you got your permit. Then the rules are easier.
    VluchtelingenWerk can help you with this.
    Lost contact with family? The Red Cross can search for them, for free.

category-sgbv = Violence & abuse
category-sgbv-intro =
    Violence at home, sexual violence and abuse are never okay. You can get help, and you can stay anonymous.
    Veilig Thuis and Centrum Seksueel Geweld are free and open day and night.
    After rape or sexual assault, get help as soon as you can, best within 7 days.
    In danger right now? Call the emergency number.

category-trafficking = Human trafficking
category-trafficking-intro =
    Does someone force you to work or to have sex, take your papers, or not let you leave? That can be human trafficking.
    It is a crime, and you can get help. You can also tell COA staff.
    In danger right now? Call the emergency number.

category-children = Children & minors
category-children-intro =
    Are you under 18 and did you come without your parents? Nidos gives you a guardian who helps you.
    Children and young people can talk to De Kindertelefoon about anything, free and anonymous.
    Worried about a child at home? Veilig Thuis can help.

category-lgbtiq = LGBTIQ+
category-lgbtiq-intro =
    Asking COA for help because you are LGBTIQ+ does not affect your asylum procedure.
    Some COA locations have a contact person for LGBTIQ+ residents.
    The organisations below give support, information and buddies.

category-work = Work
category-work-intro =
    You may work once your asylum application has been pending for 6 months.
    Your employer needs a work permit (TWV) for you.
    RefugeeHelp explains the rules, and UAF helps refugees and asylum seekers with study and work.

category-education = Education
category-education-intro =
    School is compulsory from 5 to 16 years old. Children in the asylum procedure start school within 3 months.
    Children under 12 go to a primary school near or in the azc. From 12 to 18, they go to an international transition class (ISK).
    UAF helps with studying at a college or university.

category-return = Going back
category-return-intro =
    Do you want to go back to your country? IOM can help with the journey and with starting again there.
    After a rejection, the DT&V talks with you about leaving the Netherlands.
    VluchtelingenWerk can help you think about your future.

category-volunteer = Volunteer & donate
category-volunteer-intro =
    Do you want to help? VluchtelingenWerk and COA work with volunteers.
    Stichting Vluchteling collects donations for refugees in other countries.

# Shown above the list of organisations of a category.
# Variables:
#   $count (Number) - how many organisations are listed
category-organisations-count =
    { $count ->
        [one] This organisation can help:
       *[other] These { $count } organisations can help:
    }

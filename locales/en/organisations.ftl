## Organisations — data/organisations.yaml

# Each organisation has org-<id>-about: what it does for you.
# Phone label messages (phone-<org>-<what>) say who a line is for, what it
# costs and whether you can stay anonymous. Numbers and hours come from data.

## Emergency and police

org-emergency-services-about =
    The number for the police, an ambulance or the fire brigade when there is acute danger.
    It is free and works day and night.
phone-emergency-services-112 = Emergency number for police, ambulance and fire brigade. Free, day and night. Only for acute danger.

org-politie-about =
    The Dutch police. Call the non-emergency line to report a crime or human trafficking when there is no acute danger.
    The police also has a network for LGBTQ+ people, Roze in Blauw.
phone-politie-non-emergency = Police, when it is not an emergency: to report a crime or human trafficking.

## Government and asylum procedure

org-ministry-about =
    The ministry is responsible for asylum and migration policy. The IND falls under it.
phone-rijksoverheid-1400 = Informatie Rijksoverheid, the government's general line (not for your asylum case). Normal call charges.
phone-rijksoverheid-abroad = The same line, from abroad.

org-coa-about =
    COA runs the reception centres. It gives you a place to live, a weekly allowance and support during your procedure.
    With questions, go to the information desk in your centre or look on MyCOA, which is in many languages.
phone-coa-ter-apel-professionals = For professionals only: COA Ter Apel, questions about one resident. Questions about the asylum procedure go to the IND.
phone-coa-legal-helpdesk = For professionals only: COA's helpdesk for legal affairs.
phone-coa-rvb-helpdesk = For professionals only: questions about the Rvb regulation.

org-ind-about =
    The IND decides on your asylum application. It also holds your interviews.
    You can call the IND with questions about your application.
phone-ind-general = Questions about your application. Normal call charges.
phone-ind-abroad = The IND, when you call from abroad.
phone-ind-fax-default = A fax number, not for calls. Only for the notice of default form, when the IND is late with your asylum decision. Ask your lawyer first.

link-vluchtelingenwerk-volunteer = Volunteer with VluchtelingenWerk
org-vluchtelingenwerk-about =
    VluchtelingenWerk helps asylum seekers for free, with people in every azc.
    They explain the procedure, can go with you to your IND interviews, and help with family reunification.
    Ask at your location when their office hours (spreekuur) are.

org-refugeehelp-about =
    RefugeeHelp is a website of VluchtelingenWerk. It explains the asylum procedure and life in the Netherlands in clear words, in many languages, also Ukrainian.

org-unhcr-about =
    UNHCR is the refugee agency of the United Nations.
    UNHCR the Netherlands does not give help to individual people. For your asylum procedure it sends you to RefugeeHelp.

## Health

# Variables:
#   $emergency-number (String) - the emergency number, from data
org-gza-about =
    Life in danger? Call { $emergency-number }.
    The GZA is the doctor's practice for people in asylum reception centres. Call the Praktijklijn when you are ill or have a health question. Interpreters are available.
# Variables:
#   $gza-urgent-option (Number) - the menu option for urgent medical problems, from data/facts.yaml
phone-gza-medical = GZA Praktijklijn for medical problems, day and night. For an urgent medical problem, press { $gza-urgent-option }.
phone-gza-questions = The same line for other questions, during office hours.

org-113-zelfmoordpreventie-about =
    For when you think about ending your life, or worry about someone who does.
    You can call or chat, free and anonymous, day and night.
phone-113-short = Free and anonymous, day and night.
phone-113-free = Also free and anonymous, day and night.

org-dokters-van-de-wereld-about =
    Dokters van de Wereld helps with health questions, also about sexual violence, and shows you the way in Dutch healthcare.
    It is free, and cultural mediators help you in your language. They are in Amsterdam, Nijmegen and Utrecht.
phone-dokters-van-de-wereld = Health questions and help with Dutch healthcare. Free.

org-zanzu-about =
    Zanzu is a website with clear information about sexual health, in many languages.

## Legal help

org-raad-voor-rechtsbijstand-about =
    The Legal Aid Board (Raad voor Rechtsbijstand) arranges your free asylum lawyer. You get one automatically.
    It has desks in the application centres.

org-juridisch-loket-about =
    Het Juridisch Loket gives first legal advice.
    Advice at a branch is free. Check the opening times of the branch before you go.
phone-juridisch-loket-advice = Legal advice by phone. This line costs money per minute. You cannot call the branches directly.

org-wereldhuis-amsterdam-about =
    Wereldhuis in Amsterdam gives free legal advice to people without papers, on Thursday afternoons, by appointment.

## Family

# Variables:
#   $tracing-months-min (Number), $tracing-months-max (Number) - how long a search usually takes, from data/facts.yaml
org-rode-kruis-about =
    The Red Cross (Rode Kruis) helps you search for family members you have lost contact with.
    It is free. A search often takes { $tracing-months-min } to { $tracing-months-max } months.

## Violence and abuse

org-veilig-thuis-about =
    Veilig Thuis gives advice and help with domestic violence and child abuse.
    You can call or chat. It is free and you can stay anonymous.
phone-veilig-thuis = Free and anonymous, day and night. Say your town to reach the office near you.

# Variables:
#   $sexual-violence-best-within-days (Number) - from data/facts.yaml
org-centrum-seksueel-geweld-about =
    Centrum Seksueel Geweld helps after rape or sexual assault: medical, forensic and psychological help.
    It is free, day and night. Get in touch as soon as you can, best within { $sexual-violence-best-within-days ->
        [one] { $sexual-violence-best-within-days } day
       *[other] { $sexual-violence-best-within-days } days
    }.
phone-centrum-seksueel-geweld = Free, day and night. Call as soon as you can after an assault.

org-fier-about =
    Fier helps people who suffer violence from someone they depend on, and victims of human trafficking.
    You can chat with Fier anonymously.

org-slachtofferhulp-about =
    Slachtofferhulp Nederland supports victims of crime, accidents and disasters.
    It also has an anonymous line, Verbreek de stilte.
phone-slachtofferhulp-general = For victims of crime, accidents and disasters. Normal local call charges. In a crisis also outside office hours.
phone-slachtofferhulp-verbreek-de-stilte = Verbreek de stilte: an anonymous line.

## Human trafficking

org-comensha-about =
    CoMensha is the national centre against human trafficking.
    Victims, and anyone with a question about trafficking, can call its helpdesk.
phone-comensha-helpdesk = National helpdesk on human trafficking, for victims and anyone with a question.

org-arbeidsinspectie-about =
    You can report labour exploitation to the Dutch Labour Inspectorate (Nederlandse Arbeidsinspectie).
    For example, when an employer forces you to work or takes your papers.
phone-arbeidsinspectie-report = Report labour exploitation.
phone-arbeidsinspectie-abroad = Report labour exploitation, when you call from abroad.

## Children

# Variables:
#   $minor-age (Number) - from data/facts.yaml
org-nidos-about =
    Nidos is the guardian for children under { $minor-age } who came to the Netherlands without their parents.
    Your guardian helps you and looks after your interests.
phone-nidos-head-office = Nidos head office in Utrecht.

org-kindertelefoon-about =
    De Kindertelefoon is for children and young people.
    You can call or chat about anything. It is free and anonymous.
phone-kindertelefoon = For children and young people. Free and anonymous.

## Education and work

# Variables:
#   $uaf-school-years (Number) - years of school UAF asks for, from data/facts.yaml
org-uaf-about =
    UAF helps refugees and asylum seekers who want to study at a college or university, with money for study, guidance and help to find work.
    You need { $uaf-school-years } years of school and enough Dutch, English, French or German.

org-lowan-about =
    LOWAN supports schools that teach children who are new in the Netherlands, such as the international transition classes (ISK).
    It is not a help line. Ask COA or your school about school places.

## LGBTIQ+

org-lgbt-asylum-support-about =
    LGBT Asylum Support is a Dutch organisation that helps LGBTI asylum seekers.

org-secret-garden-about =
    Secret Garden in Amsterdam gives social, legal and psychological support to LGBT people with a migrant background, also asylum seekers.
    Look on their website for how to reach them.

org-coc-cocktail-about =
    Cocktail, from COC Haaglanden, is for LGBTIQ+ asylum seekers.
    It has a buddy project in the region of The Hague and a website with information.

## Going back

org-iom-about =
    IOM helps people who want to go back to their country voluntarily: with the journey, travel documents and support to start again there.
    Its return counsellors speak many languages, and interpreters are used too.
phone-iom-return = IOM, for questions about voluntary return.

org-dtv-about =
    After a rejection, the DT&V (Repatriation and Departure Service) talks with you about leaving the Netherlands.
    You get an interpreter for these talks. The DT&V works with IOM and VluchtelingenWerk.

## Donations

org-stichting-vluchteling-about =
    Stichting Vluchteling collects donations for humanitarian aid to refugees in other countries.
    It does not give help or services to asylum seekers in the Netherlands.
phone-stichting-vluchteling-office = Office of Stichting Vluchteling. Not a help line for asylum seekers.

## Names as readers see them: on the card and on buttons
# org-<id>-name: the organisation's name for a reader of this language. Keep the Dutch
# proper name where the organisation has no name in the language, and add once, in
# brackets, what it is when the name alone does not say it. Never double a name.
# Variables:
#   $emergency-number (String) - the emergency number, from data
org-emergency-services-name = Emergency number { $emergency-number }
org-politie-name = Politie (police)
org-ministry-name = Ministry of Asylum and Migration
org-coa-name = COA
org-ind-name = IND
org-gza-name = GZA
org-vluchtelingenwerk-name = VluchtelingenWerk
org-refugeehelp-name = RefugeeHelp
org-unhcr-name = UNHCR
org-stichting-vluchteling-name = Stichting Vluchteling
org-iom-name = IOM
org-dtv-name = DT&V
org-raad-voor-rechtsbijstand-name = Raad voor Rechtsbijstand (Legal Aid Board)
org-juridisch-loket-name = Het Juridisch Loket
org-wereldhuis-amsterdam-name = Wereldhuis Amsterdam
org-rode-kruis-name = Rode Kruis (Red Cross)
org-veilig-thuis-name = Veilig Thuis
org-centrum-seksueel-geweld-name = Centrum Seksueel Geweld
org-fier-name = Fier
org-slachtofferhulp-name = Slachtofferhulp Nederland
org-comensha-name = CoMensha
org-arbeidsinspectie-name = Nederlandse Arbeidsinspectie (Labour Inspectorate)
org-nidos-name = Nidos
org-kindertelefoon-name = De Kindertelefoon
# Variables:
#   $suicide-short-number (String) - 113's short number, from data
org-113-zelfmoordpreventie-name = { $suicide-short-number } Zelfmoordpreventie
org-dokters-van-de-wereld-name = Dokters van de Wereld (Doctors of the World)
org-zanzu-name = Zanzu
org-uaf-name = UAF
org-lowan-name = LOWAN
org-lgbt-asylum-support-name = LGBT Asylum Support
org-secret-garden-name = Secret Garden
org-coc-cocktail-name = Cocktail (COC Haaglanden)

## Organisations — data/organisations.yaml

# Each organisation has org-<id>-about: what it does for you.
# Phone label messages (phone-<org>-<what>) say who a line is for, what it
# costs and whether you can stay anonymous. Numbers and hours come from data.

## Emergency and police

org-emergency-services-about =
    The number for the police, an ambulance or the fire brigade when there is acute danger.
    It is free and works day and night.
phone-emergency-services-112 = { -org-emergency-services } for police, ambulance and fire brigade. Free, day and night. Only for acute danger.

org-politie-about =
    The Dutch police. Call the non-emergency line to report a crime or human trafficking when there is no acute danger.
    The police also has a network for LGBTQ+ people, Roze in Blauw.
phone-politie-non-emergency = Police, when it is not an emergency: to report a crime or human trafficking.

## Government and asylum procedure

org-ministry-about =
    The ministry is responsible for asylum and migration policy. The { -org-ind } falls under it.
phone-rijksoverheid-1400 = Informatie Rijksoverheid, the government's general line (not for your asylum case). Normal call charges.
phone-rijksoverheid-abroad = The same line, from abroad.

org-coa-about =
    { -org-coa } runs the reception centres. It gives you a place to live, a weekly allowance and support during your procedure.
    With questions, go to the information desk in your centre or look on MyCOA, which is in many languages.
phone-coa-ter-apel-professionals = For professionals only: { -org-coa } Ter Apel, questions about one resident. Questions about the asylum procedure go to the { -org-ind }.
phone-coa-legal-helpdesk = For professionals only: COA's helpdesk for legal affairs.
phone-coa-rvb-helpdesk = For professionals only: questions about the Rvb regulation.

org-ind-about =
    The { -org-ind } decides on your asylum application. It also holds your interviews.
    You can call the { -org-ind } with questions about your application.
phone-ind-general = Questions about your application. Normal call charges.
phone-ind-abroad = The { -org-ind }, when you call from abroad.
phone-ind-fax-default = A fax number, not for calls. Only for the notice of default form, when the { -org-ind } is late with your asylum decision. Ask your lawyer first.

link-vluchtelingenwerk-volunteer = Volunteer with { -org-vluchtelingenwerk }
org-vluchtelingenwerk-about =
    { -org-vluchtelingenwerk } helps asylum seekers for free, with people in every azc.
    They explain the procedure, can go with you to your { -org-ind } interviews, and help with family reunification.
    Ask at your location when their office hours (spreekuur) are.

org-refugeehelp-about =
    { -org-refugeehelp } is a website of { -org-vluchtelingenwerk }. It explains the asylum procedure and life in the Netherlands in clear words, in many languages, also Ukrainian.

org-unhcr-about =
    { -org-unhcr } is the refugee agency of the United Nations.
    { -org-unhcr } the Netherlands does not give help to individual people. For your asylum procedure it sends you to { -org-refugeehelp }.

## Health

# Variables:
#   $emergency-number (String) - the emergency number, from data
org-gza-about =
    Life in danger? Call { $emergency-number }.
    The { -org-gza } is the doctor's practice for people in asylum reception centres. Call the Praktijklijn when you are ill or have a health question. Interpreters are available.
# Variables:
#   $gza-urgent-option (Number) - the menu option for urgent medical problems, from data/facts.yaml
phone-gza-medical = { -org-gza } Praktijklijn for medical problems, day and night. For an urgent medical problem, press { $gza-urgent-option }.
phone-gza-questions = The same line for other questions, during office hours.

org-113-zelfmoordpreventie-about =
    For when you think about ending your life, or worry about someone who does.
    You can call or chat, free and anonymous, day and night.
phone-113-short = Free and anonymous, day and night.
phone-113-free = Also free and anonymous, day and night.

org-dokters-van-de-wereld-about =
    { -org-dokters-van-de-wereld } helps with health questions, also about sexual violence, and shows you the way in Dutch healthcare.
    It is free, and cultural mediators help you in your language. They are in Amsterdam, Nijmegen and Utrecht.
phone-dokters-van-de-wereld = Health questions and help with Dutch healthcare. Free.

org-zanzu-about =
    { -org-zanzu } is a website with clear information about sexual health, in many languages.

## Legal help

org-raad-voor-rechtsbijstand-about =
    The Legal Aid Board ({ -org-raad-voor-rechtsbijstand }) arranges your free asylum lawyer. You get one automatically.
    It has desks in the application centres.

org-juridisch-loket-about =
    { -org-juridisch-loket } gives first legal advice.
    Advice at a branch is free. Check the opening times of the branch before you go.
phone-juridisch-loket-advice = Legal advice by phone. This line costs money per minute. You cannot call the branches directly.

org-wereldhuis-amsterdam-about =
    Wereldhuis in Amsterdam gives free legal advice to people without papers, on Thursday afternoons, by appointment.

## Family

# Variables:
#   $tracing-months-min (Number), $tracing-months-max (Number) - how long a search usually takes, from data/facts.yaml
org-rode-kruis-about =
    The Red Cross ({ -org-rode-kruis }) helps you search for family members you have lost contact with.
    It is free. A search often takes { $tracing-months-min } to { $tracing-months-max } months.

## Violence and abuse

org-veilig-thuis-about =
    { -org-veilig-thuis } gives advice and help with domestic violence and child abuse.
    You can call or chat. It is free and you can stay anonymous.
phone-veilig-thuis = Free and anonymous, day and night. Say your town to reach the office near you.

# Variables:
#   $sexual-violence-best-within-days (Number) - from data/facts.yaml
org-centrum-seksueel-geweld-about =
    { -org-centrum-seksueel-geweld } helps after rape or sexual assault: medical, forensic and psychological help.
    It is free, day and night. Get in touch as soon as you can, best within { $sexual-violence-best-within-days ->
        [one] { $sexual-violence-best-within-days } day
       *[other] { $sexual-violence-best-within-days } days
    }.
phone-centrum-seksueel-geweld = Free, day and night. Call as soon as you can after an assault.

org-fier-about =
    { -org-fier } helps people who suffer violence from someone they depend on, and victims of human trafficking.
    You can chat with { -org-fier } anonymously.

org-slachtofferhulp-about =
    { -org-slachtofferhulp } supports victims of crime, accidents and disasters.
    It also has an anonymous line, Verbreek de stilte.
phone-slachtofferhulp-general = For victims of crime, accidents and disasters. Normal local call charges. In a crisis also outside office hours.
phone-slachtofferhulp-verbreek-de-stilte = Verbreek de stilte: an anonymous line.

## Human trafficking

org-comensha-about =
    { -org-comensha } is the national centre against human trafficking.
    Victims, and anyone with a question about trafficking, can call its helpdesk.
phone-comensha-helpdesk = National helpdesk on human trafficking, for victims and anyone with a question.

org-arbeidsinspectie-about =
    You can report labour exploitation to the Dutch Labour Inspectorate ({ -org-arbeidsinspectie }).
    For example, when an employer forces you to work or takes your papers.
phone-arbeidsinspectie-report = Report labour exploitation.
phone-arbeidsinspectie-abroad = Report labour exploitation, when you call from abroad.

## Children

# Variables:
#   $minor-age (Number) - from data/facts.yaml
org-nidos-about =
    { -org-nidos } is the guardian for children under { $minor-age } who came to the Netherlands without their parents.
    Your guardian helps you and looks after your interests.
phone-nidos-head-office = { -org-nidos } head office in Utrecht.

org-kindertelefoon-about =
    { -org-kindertelefoon } is for children and young people.
    You can call or chat about anything. It is free and anonymous.
phone-kindertelefoon = For children and young people. Free and anonymous.

## Education and work

# Variables:
#   $uaf-school-years (Number) - years of school UAF asks for, from data/facts.yaml
org-uaf-about =
    { -org-uaf } helps refugees and asylum seekers who want to study at a college or university, with money for study, guidance and help to find work.
    You need { $uaf-school-years } years of school and enough Dutch, English, French or German.

org-lowan-about =
    { -org-lowan } supports schools that teach children who are new in the Netherlands, such as the international transition classes (ISK).
    It is not a help line. Ask { -org-coa } or your school about school places.

## LGBTIQ+

org-lgbt-asylum-support-about =
    { -org-lgbt-asylum-support } is a Dutch organisation that helps LGBTI asylum seekers.

org-secret-garden-about =
    { -org-secret-garden } in Amsterdam gives social, legal and psychological support to LGBT people with a migrant background, also asylum seekers.
    Look on their website for how to reach them.

org-coc-cocktail-about =
    { -org-coc-cocktail }, from COC Haaglanden, is for LGBTIQ+ asylum seekers.
    It has a buddy project in the region of The Hague and a website with information.

## Going back

org-iom-about =
    { -org-iom } helps people who want to go back to their country voluntarily: with the journey, travel documents and support to start again there.
    Its return counsellors speak many languages, and interpreters are used too.
phone-iom-return = { -org-iom }, for questions about voluntary return.

org-dtv-about =
    After a rejection, the { -org-dtv } (Repatriation and Departure Service) talks with you about leaving the Netherlands.
    You get an interpreter for these talks. The { -org-dtv } works with { -org-iom } and { -org-vluchtelingenwerk }.

## Donations

org-stichting-vluchteling-about =
    { -org-stichting-vluchteling } collects donations for humanitarian aid to refugees in other countries.
    It does not give help or services to asylum seekers in the Netherlands.
phone-stichting-vluchteling-office = Office of { -org-stichting-vluchteling }. Not a help line for asylum seekers.

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
-org-emergency-services = Emergency number
# Variables:
#   $emergency-number (String) - the emergency number, from data
org-emergency-services-name = { -org-emergency-services } { $emergency-number }

-org-politie = Politie
-org-politie-what = police
org-politie-name = { -org-politie } ({ -org-politie-what })

-org-ministry = Ministry of Asylum and Migration
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

-org-unhcr = UNHCR
org-unhcr-name = { -org-unhcr }

-org-stichting-vluchteling = Stichting Vluchteling
org-stichting-vluchteling-name = { -org-stichting-vluchteling }

-org-iom = IOM
org-iom-name = { -org-iom }

-org-dtv = DT&V
org-dtv-name = { -org-dtv }

-org-raad-voor-rechtsbijstand = Raad voor Rechtsbijstand
-org-raad-voor-rechtsbijstand-what = Legal Aid Board
org-raad-voor-rechtsbijstand-name = { -org-raad-voor-rechtsbijstand } ({ -org-raad-voor-rechtsbijstand-what })

-org-juridisch-loket = Het Juridisch Loket
org-juridisch-loket-name = { -org-juridisch-loket }

-org-wereldhuis-amsterdam = Wereldhuis Amsterdam
org-wereldhuis-amsterdam-name = { -org-wereldhuis-amsterdam }

-org-rode-kruis = Rode Kruis
-org-rode-kruis-what = Red Cross
org-rode-kruis-name = { -org-rode-kruis } ({ -org-rode-kruis-what })

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

-org-arbeidsinspectie = Nederlandse Arbeidsinspectie
-org-arbeidsinspectie-what = Labour Inspectorate
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

-org-dokters-van-de-wereld = Dokters van de Wereld
-org-dokters-van-de-wereld-what = Doctors of the World
org-dokters-van-de-wereld-name = { -org-dokters-van-de-wereld } ({ -org-dokters-van-de-wereld-what })

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

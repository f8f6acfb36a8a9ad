## Service categories — data/categories.yaml

# category-<id> is the button label (1-3 words).
# category-<id>-intro is shown above the list of organisations.

category-emergency = ህጹጽ ሓገዝ
# Variables:
#   $emergency-number (String) - the emergency number, from data (facts.yaml -> organisations.yaml); never translate or reformat
category-emergency-intro = ሕጂ ኣብ ሓደጋ ዲኹም ዘለኹም? ናብ { $emergency-number } ደውሉ (ፖሊስ፡ ኣምቡላንስ፡ መጥፍኢ ሓዊ)። ብነጻ እዩ፡ ካብ ዝኾነ ተሌፎን፡ ለይትን መዓልትን።
## Typed danger: the first line of the emergency screen, by the kind of danger
# Variables:
#   $emergency-number (String), $suicide-line (String), $veilig-thuis-line (String),
#   $sexual-violence-line (String), $trafficking-line (String) - phone numbers, from data
danger-fire = ሓዊ ወይ ትኪ ኣሎ ዶ? ውጹ፡ ኣፍደገታት ብድሕሬኹም ዕጸውዎም፡ ናብ { $emergency-number } ደውሉ።
danger-medical = ሓደ ሰብ ብኸቢድ ተጎዲኡ ወይ ሓሚሙ ዶ? ሕጂ ናብ { $emergency-number } ደውሉ፡ ኣበይ ከም ዘለኹም ንገሩ።
danger-suicide = ነዚ በይንኹም ክትጻወርዎ የብልኩምን። ሕጂ ኣብ ሓደጋ ዲኹም ዘለኹም? ናብ { $emergency-number } ደውሉ። ምስ ሰብ ክትዛረቡ፥ { $suicide-line }።
danger-violence = ሕጂ ኣብ ሓደጋ ዲኹም ዘለኹም? ናብ { $emergency-number } ደውሉ። ዓመጽ ኣብ ገዛ፥ { -org-veilig-thuis } { $veilig-thuis-line }።
danger-sexual-violence = ሕጂ ኣብ ሓደጋ ዲኹም ዘለኹም? ናብ { $emergency-number } ደውሉ። ድሕሪ ዓመጽ ምድፋር ወይ ጾታዊ መጥቃዕቲ፥ { -org-centrum-seksueel-geweld } { $sexual-violence-line }።
danger-crime = ተፈራሪሕኩም ወይ ተጠቒዕኩም ዶ? ናብ ውሑስ ቦታ ኪዱ እሞ ናብ { $emergency-number } ደውሉ።
danger-child = ቆልዓ ኣብ ሓደጋ ኣሎ ዶ? ናብ { $emergency-number } ደውሉ። ብዛዕባ ቆልዓ ትሻቐሉ እንተ ኾይንኩም፥ { -org-veilig-thuis } { $veilig-thuis-line }።
danger-trafficking = ተዓጊትኩም ወይ ተገዲድኩም ዶ? ምስ ክኢልኩም ናብ { $emergency-number } ደውሉ። { -org-comensha } ንግዳያት ንግዲ ደቂ ሰባት ይሕግዝ፥ { $trafficking-line }።
emergency-what-to-say =
    ኣበይ ከም ዘለኹም (ኣድራሻ ወይ ስም ማእከልኩም)፡ እንታይ ከም ዘጋጠመ፡ ከምኡ'ውን ዝተጎድአ ሰብ እንተ ኣሎ ንገሩ።
# Variables:
#   $suicide-line (String) - 113's free number, from data
#   $veilig-thuis-line (String) - Veilig Thuis, from data
#   $sexual-violence-line (String) - Centrum Seksueel Geweld, from data
emergency-not-now =
    ኣብዚ ደቒቕ እዚ ኣብ ሓደጋ ኣይኮንኩምን? እዞም መስመራት እዚኦም ብነጻ እዮም፡ ለይትን መዓልትን ድማ ክፉታት እዮም፥
    - ህይወትኩም ናይ ምውዳእ ሓሳብ እንተ ኣሎኩም፥ { $suicide-line }። ዝሰምዓኩም ሰብ ኣሎ፤ ስምኩም ከይገለጽኩም ክትጸንሑ ትኽእሉ ኢኹም።
    - ዓመጽ ኣብ ገዛ፥ { $veilig-thuis-line } ({ -org-veilig-thuis })። ምኽሪ ይህቡኹም፡ ሓገዝ'ውን ክሰዱልኩም ይኽእሉ።
    - ዓመጽ ምድፋር (rape) ወይ ጾታዊ መጥቃዕቲ፥ { $sexual-violence-line } ({ -org-centrum-seksueel-geweld })። ሕክምናዊን ካልእን ሓገዝ።

category-legal = ሕጋዊ ሓገዝ
category-legal-intro =
    ኣብቲ ስሩዕ መስርሕ ዑቕባ፡ ቃለ-መጠይቕኩም ምስ ጠበቓ ኴንኩም ተዳልውዎ። ቦርድ ሕጋዊ ሓገዝ ({ -org-raad-voor-rechtsbijstand }) ጠበቓታት ዑቕባ ይምድብ።
    { -org-vluchtelingenwerk } ኣብ እዋን መስርሕኩም ብነጻ ይሕግዘኩም።
    ናይ መወዳእታ ዕለት ዘለዎ ደብዳበ በጺሑኩም ዶ? ኣብታ መዓልቲ እቲኣ ንጠበቓኹም ወይ ንVluchtelingenWerk ርኸቡ።

category-health = ጥዕና
# Variables:
#   $emergency-number (String) - the emergency number, from data
#   $suicide-line (String) - 113's free number, from data
category-health-intro =
    ህይወት ኣብ ሓደጋ ኣላ ዶ? ብኡንብኡ ናብ { $emergency-number } ደውሉ።
    ኣብ ማእከል መዕቆቢ፡ { -org-gza } ሓኪምኩም እዩ። ንጸገማት ሕክምና ኣብ ዝኾነ ግዜ፡ ለይትን መዓልትን፡ ናብ { -org-gza } Praktijklijn ደውሉ፤ ንካልእ ሕቶታት ኣብ ሰዓታት ስራሕ። ተርጎምቲ ኣለዉ።
    ህይወትኩም ናይ ምውዳእ ሓሳብ ኣሎኩም ዶ? ናብ { $suicide-line } ደውሉ፥ ዝሰምዓኩም ሰብ ኣሎ፡ ብነጻ፡ ስምኩም ከይገለጽኩም፡ ለይትን መዓልትን።

category-reception = መዕቆቢ ({ -org-coa })
category-reception-intro =
    { -org-coa } ኣብ እዋን መስርሕኩም መንበሪ ቦታ፡ ሰሙናዊ ገንዘብ፡ ክንክን ጥዕና፡ ከምኡ'ውን ንደቅኹም ቤት ትምህርቲ ይህበኩም።
    ሕቶ እንተ ኣሎኩም፡ መጀመርታ ናብ ቤት ጽሕፈት ሓበሬታ ኣብ ማእከልኩም ኪዱ፡ ወይ ኣብ MyCOA ርኣዩ።

category-procedure = መስርሕ ዑቕባ
category-procedure-intro =
    { -org-ind } ኣብ ሕቶ ዑቕባኹም ይውስን።
    { -org-vluchtelingenwerk } ከምኡ'ውን { -org-refugeehelp } ነፍሲ ወከፍ ስጉምቲ ናይቲ መስርሕ ብብዙሓት ቋንቋታት ይገልጹልኩም።
    ጠበቓኹም ናይ መወዳእታ ዕለታትኩም ክነግረኩም ይኽእል።

category-family = ስድራቤት
# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
category-family-intro =
    ፍቓድ መንበሪ ኣሎኩም ዶ፡ ስድራኹም ክመጹ ድማ ትደልዩ? እቲ ሕግታት ኣብ { $pact-start } ተቐይሩ፥ ዝቑጸሩ ኣባላት ስድራ ካብ ቀደም ውሑዳት እዮም፡ ተወሰኽቲ ቅድመ-ኩነታት'ውን ኣለዉ። ቀልጢፍኩም ንVluchtelingenWerk ሕተቱ፤ ኣብዚ ይሕግዙኹም።
    ምስ ስድራኹም ርክብ ተቋሪጹ ዶ? { -org-rode-kruis } ብነጻ ክደልዮም ይኽእል።

category-sgbv = ዓመጽን በደልን
# Variables:
#   $emergency-number (String) - the emergency number, from data
#   $sexual-violence-best-within-days (Number) - from data/facts.yaml
category-sgbv-intro =
    ሕጂ ኣብ ሓደጋ ዲኹም ዘለኹም? ናብ { $emergency-number } ደውሉ።
    ዓመጽ ኣብ ገዛ፡ ጾታዊ ዓመጽን በደልን ፈጺሙ ቅቡል ኣይኮነን። ሓገዝ ክትረኽቡ ትኽእሉ ኢኹም፡ ስምኩም ከይገለጽኩም ክትጸንሑ'ውን ትኽእሉ ኢኹም።
    { -org-veilig-thuis } ከምኡ'ውን { -org-centrum-seksueel-geweld } ብነጻ እዮም፡ ለይትን መዓልትን ክፉታት እዮም።
    ድሕሪ ዓመጽ ምድፋር (rape) ወይ ጾታዊ መጥቃዕቲ፡ ብዝተኻእለ ቀልጢፍኩም ሓገዝ ድለዩ፡ ዝበለጸ ኣብ ውሽጢ { $sexual-violence-best-within-days ->
        [one] { $sexual-violence-best-within-days } መዓልቲ
       *[other] { $sexual-violence-best-within-days } መዓልቲ
    }።

category-trafficking = ንግዲ ደቂ ሰባት
# Variables:
#   $emergency-number (String) - the emergency number, from data
category-trafficking-intro =
    ሓደ ሰብ ክትሰርሑ ወይ ጾታዊ ርክብ ክትገብሩ የገድደኩም ዶ? ወረቐትኩም ይወስድ ዶ? ክትከዱ ኣየፍቅደልኩምን ዶ? እዚ ንግዲ ደቂ ሰባት ክኸውን ይኽእል።
    እዚ ገበን እዩ፡ ሓገዝ ድማ ክትረኽቡ ትኽእሉ ኢኹም። ንሰራሕተኛታት COA'ውን ክትነግሩ ትኽእሉ ኢኹም።
    ሕጂ ኣብ ሓደጋ ዲኹም ዘለኹም? ናብ { $emergency-number } ደውሉ።

category-children = ቆልዑን ንኡሳን ዕድመን
# Variables:
#   $minor-age (Number) - under this age you are a child, from data/facts.yaml
category-children-intro =
    ትሕቲ { $minor-age } ዓመት ዲኹም፡ ብዘይ ወለድኹም ድማ መጺእኩም? { -org-nidos } ዝሕግዘኩም ሞግዚት ይህበኩም።
    ቆልዑን መንእሰያትን ምስ { -org-kindertelefoon } ብዛዕባ ዝኾነ ነገር ክዛረቡ ይኽእሉ፡ ብነጻን ስሞም ከይገለጹን።
    ብዛዕባ ሓደ ቆልዓ ኣብ ገዛ ትሻቐሉ ዶ? { -org-veilig-thuis } ክሕግዝ ይኽእል።

category-lgbtiq = LGBTIQ+
category-lgbtiq-intro =
    LGBTIQ+ ስለ ዝኾንኩም ካብ { -org-coa } ሓገዝ ምሕታት፡ ኣብ መስርሕ ዑቕባኹም ጽልዋ የብሉን።
    ገለ ቦታታት { -org-coa } ንLGBTIQ+ ነበርቲ ዝኸውን ሰብ ርክብ ኣለዎም።
    እዞም ኣብ ታሕቲ ዘለዉ ትካላት ደገፍ፡ ሓበሬታን መሓዛን (buddy) ይህቡ።

category-work = ስራሕ
# Variables:
#   $work-months (Number) - months an application had to be pending, from data/facts.yaml
category-work-intro =
    ብናይ ቀደም ሕግታት፡ ሕቶ ዑቕባኹም ውሳነ ከይረኸበ { $work-months ->
        [one] { $work-months } ወርሒ
       *[other] { $work-months } ኣዋርሕ
    } ምስ ኮነ ክትሰርሑ ትኽእሉ ኔርኩም፡ ኣስራሒኹም ድማ ፍቓድ ስራሕ (TWV) የድልዮ ነይሩ። እዚ ተቐይሩ እንተ ኾይኑ ገና ኣይተረጋገጸን።
    ግዜያዊ ሓለዋ ካብ ዩክሬን ካልእ ሕግታት ኣለዎ። { -org-refugeehelp } ይገልጾም፡ { -org-uaf } ድማ ኣብ ትምህርትን ስራሕን ይሕግዝ።

category-education = ትምህርቲ
# Variables:
#   $school-age-from (Number), $school-age-to (Number) - ages of compulsory school, from data/facts.yaml
#   $school-start-months (Number) - months within which children start school
#   $secondary-school-age (Number) - from this age children go to a transition class
#   $minor-age (Number) - the age of adulthood
category-education-intro =
    ካብ ዕድመ { $school-age-from } ክሳብ { $school-age-to } ቤት ትምህርቲ ግዴታ እዩ። ኣብ መስርሕ ዑቕባ ዘለዉ ቆልዑ ኣብ ውሽጢ { $school-start-months ->
        [one] { $school-start-months } ወርሒ
       *[other] { $school-start-months } ኣዋርሕ
    } ቤት ትምህርቲ ይጅምሩ።
    ትሕቲ { $secondary-school-age } ዓመት ዘለዉ ቆልዑ ናብ ቀዳማይ ደረጃ ቤት ትምህርቲ ይኸዱ፡ ኣብ ጥቓ ወይ ኣብ ውሽጢ azc (ማእከል መዕቆቢ)። ካብ { $secondary-school-age } ክሳብ { $minor-age } ዓመት፡ ናብ ዓለምለኻዊ ክፍሊ መሰጋገሪ (ISK) ይኸዱ።
    { -org-uaf } ኣብ ኮሌጅ ወይ ዩኒቨርሲቲ ንምምሃር ይሕግዝ።
    ፍቓድ እንተሃልዩኩም፣ { -org-coa } ንምትእስሳር (inburgering) ዘዳልወኩም መደብ ይህብ፥ ትምህርቲ ሆላንድኛን ህይወት ኣብ ሆላንድን።

category-return = ናብ ሃገር ምምላስ
category-return-intro =
    ናብ ሃገርኩም ክትምለሱ ትደልዩ ዶ? { -org-iom } ኣብ ጉዕዞን ኣብኡ ብሓድሽ ንምጅማርን ክሕግዝ ይኽእል።
    ድሕሪ ምንጻግ፡ { -org-dtv } ብዛዕባ ካብ ሆላንድ ምውጻእ ምሳኹም ይዘራረብ።
    { -org-vluchtelingenwerk } ብዛዕባ መጻኢኹም ክትሓስቡ ክሕግዘኩም ይኽእል።

category-volunteer = ወለንተኛን ወፈያን
category-volunteer-intro =
    ክትሕግዙ ትደልዩ ዶ? { -org-vluchtelingenwerk } ምስ ወለንተኛታት ይሰርሕ። ኣበይ ክትምዝገቡ ከም እትኽእሉ ኣብ ሓበሬታኡ ርኣዩ።
    ገንዘብ ክትህቡ ትደልዩ ዶ? { -org-stichting-vluchteling } ኣብ ካልኦት ሃገራት ንዘለዉ ስደተኛታት ወፈያ ይእክብ። ዌብሳይቱ ርኣዩ።

# Shown above the list of organisations of a category.
# Variables:
#   $count (Number) - how many organisations are listed
category-organisations-count =
    { $count ->
        [one] እዚ ትካል እዚ ክሕግዝ ይኽእል፥
       *[other] እዞም { $count } ትካላት ክሕግዙ ይኽእሉ፥
    }

## Service categories — data/categories.yaml

# category-<id> is the button label (1-3 words).
# category-<id>-intro is shown above the list of organisations.

category-emergency = ህጹጽ ሓገዝ
# Variables:
#   $phone (String) - the emergency number, from data/organisations.yaml (emergency-services/0); never translate or reformat
category-emergency-intro = ሕጂ ኣብ ሓደጋ ዲኹም ዘለኹም? ናብ { $phone } ደውሉ (ፖሊስ፡ ኣምቡላንስ፡ መጥፍኢ ሓዊ)። ብነጻ እዩ። ካብ ዝኾነ ተሌፎን ይሰርሕ፡ 24 ሰዓት ብመዓልቲ።
emergency-what-to-say =
    ክትድውሉ ከለኹም፡ እዚ ንገሩ፥
    - ኣበይ ከም ዘለኹም፥ ኣድራሻ ወይ ስም ማእከል መዕቆቢኹም
    - እንታይ ከም ዘጋጠመ
    - ዝተጎድአ ሰብ እንተ ኣሎ
    እንግሊዝኛ ዝዛረብ ሰብ ክትሓቱ ትኽእሉ ኢኹም።

category-legal = ሕጋዊ ሓገዝ
category-legal-intro =
    ነፍሲ ወከፍ ሓታቲ ዑቕባ ናይ ነጻ ጠበቓ ይረክብ። ቦርድ ሕጋዊ ሓገዝ (Raad voor Rechtsbijstand) ባዕሉ ጠበቓ ይምድበልኩም።
    VluchtelingenWerk'ውን ኣብ እዋን መስርሕኩም ብነጻ ይሕግዘኩም።
    ንካልእ ሕጋዊ ሕቶታት፡ Het Juridisch Loket ምኽሪ ይህብ።

category-health = ጥዕና
category-health-intro =
    ኣብ ማእከል መዕቆቢ፡ GZA ሓኪምኩም እዩ። ዝኾነ ጸገም ጥዕና እንተ ኣሎኩም ንገርዎም። ተርጎምቲ ኣለዉ።
    ንህጹጽ ሕክምና ኣብ ዝኾነ ግዜ ናብ GZA ክትድውሉ ትኽእሉ ኢኹም።
    ህይወትኩም ናይ ምውዳእ ሓሳብ እንተ ኣሎኩም፡ ምስ ሰብ ክትዛረቡ ትኽእሉ ኢኹም። ብነጻ፡ ስምኩም ከይገለጽኩም፡ ለይትን መዓልትን።

category-reception = መዕቆቢ (COA)
category-reception-intro =
    COA ኣብ እዋን መስርሕኩም መንበሪ ቦታ፡ ሰሙናዊ ገንዘብ፡ ክንክን ጥዕና፡ ከምኡ'ውን ንደቅኹም ቤት ትምህርቲ ይህበኩም።
    ሕቶ እንተ ኣሎኩም፡ መጀመርታ ናብ ቤት ጽሕፈት ሓበሬታ ኣብ ማእከልኩም ኪዱ፡ ወይ ኣብ MyCOA ርኣዩ።

category-procedure = መስርሕ ዑቕባ
category-procedure-intro =
    IND ኣብ ሕቶ ዑቕባኹም ይውስን።
    VluchtelingenWerk ከምኡ'ውን RefugeeHelp ነፍሲ ወከፍ ስጉምቲ ናይቲ መስርሕ ብብዙሓት ቋንቋታት ይገልጹልኩም።
    ጠበቓኹም ናይ መወዳእታ ዕለታትኩም ክነግረኩም ይኽእል።

category-family = ስድራቤት
category-family-intro =
    ፍቓድ መንበሪ ረኺብኩም ዶ፡ ስድራኹም ክመጹ ድማ ትደልዩ? ፍቓድ ካብ እትረኽቡ ኣብ ውሽጢ 3 ኣዋርሕ ምጥርናፍ ስድራቤት ሕተቱ። ሽዑ እቲ ሕግታት ቀሊል እዩ።
    VluchtelingenWerk ኣብዚ ክሕግዘኩም ይኽእል።
    ምስ ስድራኹም ርክብ ተቋሪጹ ዶ? ቀይሕ መስቀል ብነጻ ክደልዮም ይኽእል።

category-sgbv = ዓመጽን በደልን
category-sgbv-intro =
    ዓመጽ ኣብ ገዛ፡ ጾታዊ ዓመጽን በደልን ፈጺሙ ቅቡል ኣይኮነን። ሓገዝ ክትረኽቡ ትኽእሉ ኢኹም፡ ስምኩም'ውን ከይገለጽኩም።
    Veilig Thuis ከምኡ'ውን Centrum Seksueel Geweld ብነጻ እዮም፡ ለይትን መዓልትን ክፉታት እዮም።
    ድሕሪ ዓመጽ ምድፋር (rape) ወይ ጾታዊ መጥቃዕቲ፡ ብዝተኻእለ ቀልጢፍኩም ሓገዝ ድለዩ፡ ዝበለጸ ኣብ ውሽጢ 7 መዓልቲ።
    ሕጂ ኣብ ሓደጋ ዲኹም ዘለኹም? ናብ ቁጽሪ ህጹጽ ሓገዝ ደውሉ።

category-trafficking = ንግዲ ደቂ ሰባት
category-trafficking-intro =
    ሓደ ሰብ ክትሰርሑ ወይ ጾታዊ ርክብ ክትገብሩ የገድደኩም ዶ? ወረቐትኩም ይወስድ ዶ? ክትከዱ ኣየፍቅደልኩምን ዶ? እዚ ንግዲ ደቂ ሰባት ክኸውን ይኽእል።
    እዚ ገበን እዩ፡ ሓገዝ ድማ ክትረኽቡ ትኽእሉ ኢኹም። ንሰራሕተኛታት COA'ውን ክትነግሩ ትኽእሉ ኢኹም።
    ሕጂ ኣብ ሓደጋ ዲኹም ዘለኹም? ናብ ቁጽሪ ህጹጽ ሓገዝ ደውሉ።

category-children = ቆልዑን ንኣሽቱን
category-children-intro =
    ትሕቲ 18 ዓመት ዲኹም፡ ብዘይ ወለድኹም ድማ መጺእኩም? Nidos ዝሕግዘኩም ሞግዚት ይህበኩም።
    ቆልዑን መንእሰያትን ምስ De Kindertelefoon ብዛዕባ ዝኾነ ነገር ክዛረቡ ይኽእሉ፡ ብነጻን ስሞም ከይገለጹን።
    ብዛዕባ ሓደ ቆልዓ ኣብ ገዛ ትሻቐሉ ዶ? Veilig Thuis ክሕግዝ ይኽእል።

category-lgbtiq = LGBTIQ+
category-lgbtiq-intro =
    LGBTIQ+ ስለ ዝኾንኩም ካብ COA ሓገዝ ምሕታት፡ ኣብ መስርሕ ዑቕባኹም ጽልዋ የብሉን።
    ገለ ቦታታት COA ንLGBTIQ+ ነበርቲ ዝኸውን ሰብ ርክብ ኣለዎም።
    እዞም ኣብ ታሕቲ ዘለዉ ትካላት ደገፍ፡ ሓበሬታን መሓዛን (buddy) ይህቡ።

category-work = ስራሕ
category-work-intro =
    ሕቶ ዑቕባኹም 6 ኣዋርሕ ምስ ተጸበየ፡ ክትሰርሑ ይፍቀደልኩም።
    ኣስራሒኹም ንዓኹም ፍቓድ ስራሕ (TWV) የድልዮ።
    RefugeeHelp ነቲ ሕግታት ይገልጽ። UAF ንስደተኛታትን ሓተትቲ ዑቕባን ኣብ ትምህርትን ስራሕን ይሕግዝ።

category-education = ትምህርቲ
category-education-intro =
    ቤት ትምህርቲ ካብ 5 ክሳብ 16 ዓመት ግዴታ እዩ። ኣብ መስርሕ ዑቕባ ዘለዉ ቆልዑ ኣብ ውሽጢ 3 ኣዋርሕ ቤት ትምህርቲ ይጅምሩ።
    ትሕቲ 12 ዓመት ዘለዉ ቆልዑ ናብ ቀዳማይ ደረጃ ቤት ትምህርቲ ይኸዱ፡ ኣብ ጥቓ ወይ ኣብ ውሽጢ azc (ማእከል መዕቆቢ)። ካብ 12 ክሳብ 18 ዓመት፡ ናብ ዓለምለኻዊ ናይ መሰጋገሪ ክፍሊ (ISK) ይኸዱ።
    UAF ኣብ ኮሌጅ ወይ ዩኒቨርሲቲ ንምምሃር ይሕግዝ።

category-return = ናብ ሃገር ምምላስ
category-return-intro =
    ናብ ሃገርኩም ክትምለሱ ትደልዩ ዶ? IOM ኣብ ጉዕዞን ኣብኡ ብሓድሽ ንምጅማርን ክሕግዝ ይኽእል።
    ድሕሪ ምንጻግ፡ DT&V ብዛዕባ ካብ ሆላንድ ምውጻእ ምሳኹም ይዘራረብ።
    VluchtelingenWerk ብዛዕባ መጻኢኹም ክትሓስቡ ክሕግዘኩም ይኽእል።

category-volunteer = ወለንተኛን ወፈያን
category-volunteer-intro =
    ክትሕግዙ ትደልዩ ዶ? VluchtelingenWerk ከምኡ'ውን COA ምስ ወለንተኛታት ይሰርሑ።
    Stichting Vluchteling ኣብ ካልኦት ሃገራት ንዘለዉ ስደተኛታት ወፈያ ይእክብ።

# Shown above the list of organisations of a category.
# Variables:
#   $count (Number) - how many organisations are listed
category-organisations-count =
    { $count ->
        [one] እዚ ትካል እዚ ክሕግዝ ይኽእል፥
       *[other] እዞም { $count } ትካላት ክሕግዙ ይኽእሉ፥
    }

## Asylum phases — data/phases.yaml
# Numbers come from data/facts.yaml as variables; never type a number here.
# Words printed on IND letters (beschikking, voornemen, zienswijze) stay in Dutch,
# so people can recognise them on their papers.

# Variables:
#   $checked (String) - the day these facts were last compared with their sources, written out
phase-checked = መወዳእታ ዝተረጋገጸሉ፥ { $checked }። ሕግታት ክቕየሩ ይኽእሉ፤ ጠበቓኹም ንጉዳይኩም ይፈልጦ።

## Since 12 June 2026: arrival and the first checks

phase-registration = ምብጻሕን ቀዳማይ መርመራታትን
phase-registration-now =
    ናብ ማእከል ምሕታት ዑቕባ ኣብ Ter Apel ትቐርቡ። ካብ ወጻኢ ከባቢ Schengen ብነፋሪት ወይ ብመርከብ እንተ መጺእኩም፡ ኣብ Schiphol ትቐርቡ።
    { -org-ind } መንነትኩም ይምርምር፡ ናይ ድሕንነት መርመራታትን ናይ ሕክምና መርመራን ይገብር። ተወሳኺ ክንክን የድልየኩም እንተ ኾይኑ'ውን ይርኢ።
# Variables:
#   $minor-age (Number) - under this age you are a child, from data/facts.yaml
phase-registration-help =
    ናይ ባዕልኹም ሓበሬታ ኣብ ናይ ኦንላይን ፖርታል ባዕልኹም ተእትዉ። እንተ ኣድልዩ ሰራሕተኛታት { -org-ind } ይሕግዙኹም።
    ትሕቲ { $minor-age } ዓመት ዲኹም፡ ብዘይ ወለድኹም ድማ ኣብዚ ኣለኹም? { -org-nidos } ሞግዚት ይህበኩም።
# Variables:
#   $screening-days-inland (Number) - longest first checks inside the country, from data/facts.yaml
phase-registration-next =
    እዞም መርመራታት እዚኦም እንተ በዝሐ { $screening-days-inland ->
        [one] { $screening-days-inland } መዓልቲ
       *[other] { $screening-days-inland } መዓልቲ
    } ይወስዱ። ድሕሪኡ { -org-ind } መስርሕኩም ይመርጽ።

## Since 12 June 2026: the procedures

phase-pact-standard = ስሩዕ መስርሕ
phase-pact-standard-now =
    { -org-ind } ሓለዋ የድልየኩም እንተ ኾይኑ ይምርምር። መጀመርታ መብርሂ ይወሃበኩም።
    ድሕሪኡ ቃለ-መጠይቕ ይግበረልኩም። ኣብኡ ስለምንታይ ዑቕባ ከም እትሓቱ ትገልጹ።
phase-pact-standard-help =
    ነቲ ቃለ-መጠይቕ ምስ ጠበቓኹም ኴንኩም ተዳልውዎ።
    እንተ ሓቲትኩም፡ ብነጻ ሕጋዊ ምኽሪ ናይ ምርካብ መሰል'ውን ኣሎኩም። { -org-vluchtelingenwerk } ኣበይ ክትረኽብዎ ከም እትኽእሉ ክነግረኩም ይኽእል።
# Variables:
#   $decision-months-standard (Number) - months the IND has to decide, from data/facts.yaml
phase-pact-standard-next =
    { -org-ind } ኣብ ውሽጢ { $decision-months-standard ->
        [one] { $decision-months-standard } ወርሒ
       *[other] { $decision-months-standard } ኣዋርሕ
    } ክውስን ኣለዎ። ድሕሪኡ ውሳነኡ ብደብዳበ ይበጽሓኩም።

phase-pact-accelerated = ቅልጡፍ መስርሕ
phase-pact-accelerated-now =
    እዚ መስርሕ ዝሓጸረ እዩ። መብዛሕትኡ ግዜ ምስ { -org-ind } ቃለ-መጠይቕ'ውን ይግበረልኩም፡ ኣብኡ ምኽንያታትኩም ትገልጹ።
phase-pact-accelerated-help =
    ንምድላው ክሕግዘኩም ንVluchtelingenWerk ሕተቱ። ኣብዚ መስርሕ ጠበቓ ክትረኽቡ እንተ ኾንኩም ገና ኣይተረጋገጸን።
# Variables:
#   $decision-months-accelerated (Number) - months the IND has to decide, from data/facts.yaml
phase-pact-accelerated-next =
    { -org-ind } ኣብ ውሽጢ { $decision-months-accelerated ->
        [one] { $decision-months-accelerated } ወርሒ
       *[other] { $decision-months-accelerated } ኣዋርሕ
    } ክውስን ኣለዎ። ድሕሪኡ ውሳነኡ ብደብዳበ ይበጽሓኩም።

phase-pact-responsibility = ካልእ ሃገር EU ሓላፍነት ክህልዋ ይኽእል
phase-pact-responsibility-now =
    { -org-ind } ንሕቶኹም ካልእ ሃገር EU ክትርእዮ ዘለዋ እንተ ኾይና ይምርምር፡ ንኣብነት ቅድሚ ሕጂ ኣብኡ ስለ ዝነበርኩም ወይ ኣብኡ ስድራ ስለ ዘለኩም። እዞም ሕግታት እዚኦም ንሕግታት Dublin ይትክኡ።
    ካልእ ሃገር ሓላፍነት እንተ ኣለዋ፡ ናብኣ ክትስደዱ ትኽእሉ ኢኹም።
phase-pact-responsibility-help =
    ናብ ካልእ ሃገር ክትስደዱ ዝብል ውሳነ ክትቃወሙ ትኽእሉ ኢኹም። ናይ መወዳእታ ዕለት ኣብቲ ደብዳበ ተጻሒፉ ኣሎ፡ ኣዝዩ ሓጺር'ውን ክኸውን ይኽእል። ኣብታ መዓልቲ እቲኣ ንጠበቓኹም ወይ ንVluchtelingenWerk ርኸቡ።
phase-pact-responsibility-next =
    ሆላንድ ንሕቶኹም እንተ ረኣየቶ፡ ድሕሪኡ { -org-ind } ይምርምሮ።

phase-pact-admissibility = መስርሕ ተቐባልነት
phase-pact-admissibility-now =
    ኣብዚ መስርሕ እዚ፡ { -org-ind } መጀመርታ ንሕቶኹም ኣብ ሆላንድ ፈጺሙ ክምርምሮ ድዩ ኣይክምርምሮን ይውስን።
phase-pact-admissibility-help =
    እዚ ንዓኹም እንታይ ማለት ምዃኑ ንጠበቓኹም ወይ ንVluchtelingenWerk ሕተቱ።
phase-pact-admissibility-next =
    { -org-ind } ውሳነኡ ብደብዳበ ይሰደልኩም።

phase-pact-border = መስርሕ ዶብ (Schiphol)
# Variables:
#   $screening-days-border (Number) - longest checks at the border, from data/facts.yaml
phase-pact-border-now =
    ካብ ወጻኢ ከባቢ Schengen ብነፋሪት ወይ ብመርከብ ዲኹም መጺእኩም? እንተ ኾይኑ Royal Marechaussee ኣብ ዶብ ይምርምረኩም፡ እንተ በዝሐ ን{ $screening-days-border ->
        [one] { $screening-days-border } መዓልቲ
       *[other] { $screening-days-border } መዓልቲ
    }።
    ድሕሪኡ { -org-ind } ንሕቶኹም ብመስርሕ ዶብ ክርእዮ ይኽእል። እዚ መስርሕ ንሓለዋ ናይ ምርካብ ዕድሎም ትሑት ንዝኾነ ሰባት እዩ፡ ወይ ንህዝባዊ ስርዓት ሓደጋ ተባሂሎም ንዝርኣዩ።
phase-pact-border-help =
    ኣብ ዕጹው ማእከል ክትጸንሑ ክግደዱ ትኽእሉ ኢኹም። ጠበቓ ሕተቱ፡ ንVluchtelingenWerk'ውን ርኸቡ።
# Variables:
#   $border-procedure-weeks (Number) - longest border procedure, from data/facts.yaml
phase-pact-border-next =
    መስርሕ ዶብ ኣብ ውሽጢ { $border-procedure-weeks ->
        [one] { $border-procedure-weeks } ሰሙን
       *[other] { $border-procedure-weeks } ሰሙን
    } ክውዳእ ኣለዎ።

## Since 12 June 2026: the decision and after it

phase-pact-decision = እቲ ውሳነ
phase-pact-decision-now =
    { -org-ind } ውሳነኡ ብደብዳበ ይሰድድ። ብሆላንድኛ "beschikking" ይበሃል። ምስ ጠበቓኹም ወይ ምስ { -org-vluchtelingenwerk } ኴንኩም ኣንብብዎ።
# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
phase-pact-decision-help =
    ሕግታት ይግባይ ኣብ { $pact-start } ተቐይሮም። ናይ ይግባይ መወዳእታ ዕለት ኣብቲ ደብዳበ ተጻሒፉ ኣሎ፡ ኣዝዩ ሓጺር'ውን ክኸውን ይኽእል።
    ኣብታ መዓልቲ እቲኣ ንጠበቓኹም ወይ ንVluchtelingenWerk ርኸቡ።
phase-pact-decision-next =
    { -org-ind } እንታይ ወሲኑ?

phase-pact-granted = ፍቓድ ተዋሂቡ
# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
phase-pact-granted-now =
    { -org-ind } ፍቓድ መንበሪ ዑቕባ ሂቡኩም። ክሳብ መዓስ ከም ዝሰርሕ ኣብኡ ተጻሒፉ ኣሎ።
    ካብ { $pact-start } ጀሚሩ ክልተ ዓይነት ፍቓድ ዑቕባ ኣለዉ፡ ስድራኹም ናይ ምምጻእ ሕግታት'ውን ተቐይሮም።
phase-pact-granted-help =
    { -org-vluchtelingenwerk } ኣብ ምጥርናፍ ስድራቤትን ኣብዚ ህይወትኩም ንምጅማርን ይሕግዘኩም። ቀልጢፍኩም ሕተትዎም።
phase-pact-granted-next =
    { -org-coa } ንምትእስሳር (inburgering) ዘዳልወኩም መደብ ይህብ፥ ትምህርቲ ሆላንድኛን ህይወት ኣብ ሆላንድን።

phase-pact-rejected = ሕቶ ተነጺጉ
phase-pact-rejected-now =
    { -org-ind } ሕቶኹም ነጺጉዎ። እቲ ምንጻግ ክትወጹ ከም ዘለኩም'ውን ይገልጽ (ውሳነ ምምላስ)። ኣንጻር ክልቲኦም ብሓንሳብ ናብ ቤት ፍርዲ ይግባይ ክትብሉ ትኽእሉ ኢኹም።
phase-pact-rejected-help =
    ናይ መወዳእታ ዕለት ኣብቲ ደብዳበ ተጻሒፉ ኣሎ፡ ኣዝዩ ሓጺር'ውን ክኸውን ይኽእል። ሎሚ ብኡንብኡ ምስ ጠበቓኹም ወይ ምስ { -org-vluchtelingenwerk } ተዛረቡ።
    ኣብ እዋን ይግባይ ኣብ ሆላንድ ክትጸንሑ ይፍቀደልኩም እንተ ኾይኑ ንጠበቓኹም ሕተቱ።
phase-pact-rejected-next =
    ድሕሪ ምንጻግ ክሳብ መዓስ ኣብ መዕቆቢ ክትጸንሑ ከም እትኽእሉ፡ ብሓድሽ ሕግታት ገና ኣይተረጋገጸን። ንCOAን ንጠበቓኹምን ሕተቱ።
    { -org-dtv } ብዛዕባ ምውጻእ ምሳኹም ይዘራረብ። ክትምለሱ እንተ መሪጽኩም፡ { -org-iom } ክሕግዘኩም ይኽእል።

phase-new-application = ሓድሽ ሕቶ
# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
phase-new-application-now =
    ሕቶኹም ብመወዳእታ ተነጺጉ ዶ፡ ድሕሪኡ ድማ ኣገዳሲ ነገር ተቐይሩ? እንተ ኾይኑ እንደገና ምሕታት ይከኣለኩም ይኸውን።
    ነዚ ዝምልከቱ ሕግታት ኣብ { $pact-start } ተቐይሮም።
phase-new-application-help =
    እንደገና ቅድሚ ምሕታትኩም ምስ ጠበቓ ወይ ምስ { -org-vluchtelingenwerk } ተዛረቡ።

## Applications made before 12 June 2026: the steps as they were

# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
phase-old-rules-note = እዚኦም ቅድሚ { $pact-start } ንዝቐረቡ ሕቶታት ዝምልከቱ ስጉምታት እዮም። ሕጂ ኣየኖት ሕግታት ንጉዳይኩም ከም ዝምልከቱ ገና ኣይተረጋገጸን።

phase-rest-and-preparation = ዕረፍትን ምድላውን
# Variables:
#   $rest-days (Number) - shortest rest and preparation period, from data/facts.yaml
phase-rest-and-preparation-now =
    ኣብ መዕቆቢ መስርሕ (pol) እንተ ወሓደ { $rest-days ->
        [one] { $rest-days } መዓልቲ
       *[other] { $rest-days } መዓልቲ
    } ትጸንሑ። እዚ ግዜ ንዕረፍትን ምስ ጠበቓኹም ቃለ-መጠይቕኩም ንምድላውን እዩ።
# Variables:
#   $weekly-allowance (String) - weekly living allowance, written out, from data/facts.yaml
phase-rest-and-preparation-help =
    { -org-coa } መንበሪ ቦታ፡ መብዛሕትኡ ግዜ ናይ መግቢ ገንዘብ፡ ከምኡ'ውን ንመነባብሮ ኣብ ሰሙን { $weekly-allowance } ይህበኩም (እቲ መጠን ክቕየር ይኽእል)።
    { -org-vluchtelingenwerk } ነቲ መስርሕ ይገልጸልኩም። { -org-gza } ሕክምና ይህብ።
phase-rest-and-preparation-next =
    ድሕሪ እዚ ግዜ፡ ሓፈሻዊ መስርሕ ዑቕባ ይጅምር።

phase-general-procedure = ሓፈሻዊ መስርሕ ዑቕባ
phase-general-procedure-now =
    { -org-ind } ብዛዕባ ምኽንያታት ዑቕባኹም ዝርዝራዊ ቃለ-መጠይቕ የካይድ። ጠበቓኹም ምሳኹም የዳልዎ።
phase-general-procedure-help =
    { -org-ind } ሕቶኹም ክነጽጎ እንተ መደበ፡ መጀመርታ ናይ ምንጻግ መደብ ይሰድድ (ብሆላንድኛ፥ "voornemen")። ጠበቓኹም ብጽሑፍ ይምልሰሉ ("zienswijze")። ነዚ ዘሎ ግዜ ሒደት እዩ።
# Variables:
#   $old-cases-resumed (String) - the day the IND started again with older applications, from data/facts.yaml
phase-general-procedure-next =
    ድሕሪኡ { -org-ind } ይውስን፡ ደብዳበ ("beschikking") ድማ ይሰድድ። { -org-ind } ነዞም ናይ ቀደም ሕቶታት ኣብ { $old-cases-resumed } እንደገና ክሰርሓሎም ጀሚሩ፡ ስለዚ ብዙሓት ሰባት ንነዊሕ ግዜ ይጽበዩ።

phase-decision-granted = ውሳነ፥ ፍቓድ ተዋሂቡ
phase-decision-granted-now =
    { -org-ind } ፍቓድ መንበሪ ዑቕባ ሂቡኩም። ክሳብ መዓስ ከም ዝሰርሕ ኣብኡ ተጻሒፉ ኣሎ።
# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
phase-decision-granted-help =
    ስድራኹም ናይ ምምጻእ ሕግታት ኣብ { $pact-start } ተቐይሮም፡ ንቕድሚኡ ንዝቐረቡ ሕቶታት'ውን። ቀልጢፍኩም ንVluchtelingenWerk ሕተቱ።
    ምስ ኣባላት ስድራኹም ርክብ እንተ ተቋሪጹ፡ { -org-rode-kruis } ክደልዮም ይኽእል።
phase-decision-granted-next =
    { -org-coa } ንምትእስሳር (inburgering) ዘዳልወኩም መደብ ይህብ፥ ትምህርቲ ሆላንድኛን ህይወት ኣብ ሆላንድን።

phase-decision-rejected = ውሳነ፥ ተነጺጉ
phase-decision-rejected-now =
    { -org-ind } ሕቶኹም ነጺጉዎ። ናብ ቤት ፍርዲ ይግባይ ክትብሉ ትኽእሉ ኢኹም። ናይ መወዳእታ ዕለት ኣብቲ ደብዳበ ("beschikking") ተጻሒፉ ኣሎ፡ ኣዝዩ ሓጺር'ውን ክኸውን ይኽእል።
phase-decision-rejected-help =
    ሎሚ ብኡንብኡ ምስ ጠበቓኹም ወይ ምስ { -org-vluchtelingenwerk } ተዛረቡ። ኣብ እዋን ይግባይ ኣብ ሆላንድ ክትጸንሑ ይፍቀደልኩም እንተ ኾይኑ ንጠበቓኹም ሕተቱ።
phase-decision-rejected-next =
    ድሕሪ ምንጻግ ክሳብ መዓስ ኣብ መዕቆቢ ክትጸንሑ ከም እትኽእሉ ገና ኣይተረጋገጸን። ንCOAን ንጠበቓኹምን ሕተቱ።
    { -org-dtv } ምስ ተርጓሚ ብዛዕባ ምውጻእ ምሳኹም ይዘራረብ። ክትምለሱ እንተ መሪጽኩም፡ { -org-iom } ክሕግዘኩም ይኽእል።

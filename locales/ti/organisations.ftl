## Organisations — data/organisations.yaml

# Each organisation has org-<id>-about: what it does for you.
# Phone label messages (phone-<org>-<what>) say who a line is for, what it
# costs and whether you can stay anonymous. Numbers and hours come from data.

## Emergency and police

org-emergency-services-about =
    ህጹጽ ሓደጋ ምስ ዘጋጥም ንፖሊስ፡ ኣምቡላንስ ወይ መጥፍኢ ሓዊ ዝድወለሉ ቁጽሪ።
    ብነጻ እዩ፡ ለይትን መዓልትን ይሰርሕ።
phone-emergency-services-112 = { -org-emergency-services } ንፖሊስ፡ ኣምቡላንስን መጥፍኢ ሓዊን። ብነጻ፡ ለይትን መዓልትን። ንህጹጽ ሓደጋ ጥራይ።

org-politie-about =
    ፖሊስ ሆላንድ። ህጹጽ ሓደጋ ኣብ ዘይብሉ እዋን ገበን ወይ ንግዲ ደቂ ሰባት ንምሕባር፡ ናብቲ ዘይህጹጽ መስመር ደውሉ።
    ፖሊስ ንLGBTQ+ ሰባት'ውን መርበብ ኣለዎ፡ Roze in Blauw።
phone-politie-non-emergency = ፖሊስ፡ ህጹጽ ኣብ ዘይኮነሉ፥ ገበን ወይ ንግዲ ደቂ ሰባት ንምሕባር።

## Government and asylum procedure

org-ministry-about =
    እቲ ሚኒስትሪ ንፖሊሲ ዑቕባን ስደትን ሓላፍነት ኣለዎ። { -org-ind } ኣብ ትሕቲኡ እዩ።
phone-rijksoverheid-1400 = Informatie Rijksoverheid፥ ሓፈሻዊ መስመር መንግስቲ (ንጉዳይ ዑቕባኹም ኣይኮነን)። ልሙድ ክፍሊት ተሌፎን።
phone-rijksoverheid-abroad = እቲ ሓደ መስመር፡ ካብ ወጻኢ ሃገር።

org-coa-about =
    { -org-coa } ነቶም ማእከላት መዕቆቢ የመሓድሮም። ኣብ እዋን መስርሕኩም መንበሪ ቦታ፡ ሰሙናዊ ገንዘብን ደገፍን ይህበኩም።
    ሕቶ እንተ ኣሎኩም፡ ናብ ቤት ጽሕፈት ሓበሬታ ኣብ ማእከልኩም ኪዱ፡ ወይ ኣብ MyCOA ርኣዩ። MyCOA ብብዙሓት ቋንቋታት እዩ።
phone-coa-ter-apel-professionals = ንሞያውያን ጥራይ፥ { -org-coa } Ter Apel፡ ብዛዕባ ሓደ ነባሪ ዝምልከት ሕቶታት። ሕቶታት ብዛዕባ መስርሕ ዑቕባ ናብ { -org-ind } ይኸዱ።
phone-coa-legal-helpdesk = ንሞያውያን ጥራይ፥ ቤት ጽሕፈት ሓገዝ { -org-coa } ንሕጋዊ ጉዳያት።
phone-coa-rvb-helpdesk = ንሞያውያን ጥራይ፥ ሕቶታት ብዛዕባ ሕጊ Rvb።

org-ind-about =
    { -org-ind } ኣብ ሕቶ ዑቕባኹም ይውስን። ቃለ-መጠይቓትኩም'ውን ዘካይድ { -org-ind } እዩ።
    ብዛዕባ ሕቶኹም ሕቶ እንተ ኣሎኩም ናብ { -org-ind } ክትድውሉ ትኽእሉ ኢኹም።
phone-ind-general = ሕቶታት ብዛዕባ ሕቶ ዑቕባኹም። ልሙድ ክፍሊት ተሌፎን።
phone-ind-abroad = { -org-ind }፡ ካብ ወጻኢ ሃገር ክትድውሉ ከለኹም።
phone-ind-fax-default = ቁጽሪ ፋክስ እዩ፡ ንምድዋል ኣይኮነን። { -org-ind } ውሳነ ዑቕባኹም ምስ ኣደንጎየ፡ ንቕጥዒ ናይ ምድንጓይ መጠንቀቕታ (notice of default) ጥራይ። መጀመርታ ንጠበቓኹም ሕተቱ።

link-vluchtelingenwerk-volunteer = ምስ { -org-vluchtelingenwerk } ብወለንታ ስርሑ
org-vluchtelingenwerk-about =
    { -org-vluchtelingenwerk } ንሓተትቲ ዑቕባ ብነጻ ይሕግዝ። ኣብ ነፍሲ ወከፍ azc ሰባት ኣለውዎ።
    ነቲ መስርሕ ይገልጹልኩም፡ ናብ ቃለ-መጠይቕ { -org-ind } ምሳኹም ክኸዱ ይኽእሉ፡ ኣብ ምጥርናፍ ስድራቤት'ውን ይሕግዙ።
    ሰዓታት ቤት ጽሕፈቶም (spreekuur) መዓስ ምዃኑ ኣብ ቦታኹም ሕተቱ።

org-refugeehelp-about =
    { -org-refugeehelp } ናይ { -org-vluchtelingenwerk } ዌብሳይት እዩ። ብዛዕባ መስርሕ ዑቕባን ህይወት ኣብ ሆላንድን ብንጹር ቃላት ይገልጽ፡ ብብዙሓት ቋንቋታት፡ ብቋንቋ ዩክሬን'ውን።

org-unhcr-about =
    { -org-unhcr } ናይ ሕቡራት ሃገራት ትካል ስደተኛታት እዩ።
    { -org-unhcr } ሆላንድ ንውልቀ ሰባት ሓገዝ ኣይህብን። ንመስርሕ ዑቕባኹም ናብ { -org-refugeehelp } ይልእኸኩም።

## Health

# Variables:
#   $emergency-number (String) - the emergency number, from data
org-gza-about =
    ህይወት ኣብ ሓደጋ ኣላ ዶ? ናብ { $emergency-number } ደውሉ።
    { -org-gza } ንሰባት ኣብ ማእከላት መዕቆቢ ዑቕባ ዝኸውን ቤት ሕክምና እዩ። ክትሓሙ ከለኹም ወይ ሕቶ ጥዕና እንተ ኣሎኩም ናብ Praktijklijn ደውሉ። ተርጎምቲ ኣለዉ።
# Variables:
#   $gza-urgent-option (Number) - the menu option for urgent medical problems, from data/facts.yaml
phone-gza-medical = { -org-gza } Praktijklijn ንጸገማት ሕክምና፡ ለይትን መዓልትን። ንህጹጽ ጸገም ሕክምና { $gza-urgent-option } ጠውቑ።
phone-gza-questions = እቲ ሓደ መስመር ንካልእ ሕቶታት፡ ኣብ ሰዓታት ስራሕ።

org-113-zelfmoordpreventie-about =
    ህይወትኩም ናይ ምውዳእ ሓሳብ ክህልወኩም ከሎ፡ ወይ ብዛዕባ ከምኡ ዝሓስብ ሰብ ክትሻቐሉ ከለኹም።
    ክትድውሉ ወይ ክትጽሕፉ (chat) ትኽእሉ ኢኹም፡ ብነጻ፡ ስምኩም ከይገለጽኩም፡ ለይትን መዓልትን።
phone-113-short = ብነጻ፡ ስምኩም ከይገለጽኩም፡ ለይትን መዓልትን።
phone-113-free = እዚ'ውን ብነጻ፡ ስምኩም ከይገለጽኩም፡ ለይትን መዓልትን።

org-dokters-van-de-wereld-about =
    { -org-dokters-van-de-wereld } ኣብ ሕቶታት ጥዕና ይሕግዝ፡ ብዛዕባ ጾታዊ ዓመጽ'ውን። ኣብ ናይ ሆላንድ ክንክን ጥዕና መገዲ የርእየኩም።
    ብነጻ እዩ። ባህላዊ ኣሳለጥቲ ብቋንቋኹም ይሕግዙኹም። ኣብ Amsterdam፡ Nijmegen ከምኡ'ውን Utrecht ይርከቡ።
phone-dokters-van-de-wereld = ሕቶታት ጥዕናን ሓገዝ ኣብ ናይ ሆላንድ ክንክን ጥዕናን። ብነጻ።

org-zanzu-about =
    { -org-zanzu } ብዛዕባ ጾታዊ ጥዕና ንጹር ሓበሬታ ዘለዎ ዌብሳይት እዩ፡ ብብዙሓት ቋንቋታት።

## Legal help

org-raad-voor-rechtsbijstand-about =
    ቦርድ ሕጋዊ ሓገዝ ({ -org-raad-voor-rechtsbijstand }) ናይ ነጻ ጠበቓ ዑቕባ የዳልወልኩም። ባዕሉ ይወሃበኩም።
    ኣብ ማእከላት ምሕታት ዑቕባ ቤት ጽሕፈት ኣለዎ።

org-juridisch-loket-about =
    { -org-juridisch-loket } ቀዳማይ ሕጋዊ ምኽሪ ይህብ።
    ኣብ ጨንፈር ዝወሃብ ምኽሪ ብነጻ እዩ። ቅድሚ ምኻድኩም ሰዓታት ስራሕ ናይቲ ጨንፈር ርኣዩ።
phone-juridisch-loket-advice = ሕጋዊ ምኽሪ ብተሌፎን። እዚ መስመር ብደቒቕ ገንዘብ የኽፍል። ናብቶም ጨናፍር ብቐጥታ ክትድውሉ ኣይትኽእሉን።

org-wereldhuis-amsterdam-about =
    Wereldhuis ኣብ Amsterdam ንሰባት ብዘይ ወረቐት ብነጻ ሕጋዊ ምኽሪ ይህብ፡ ሓሙስ ድሕሪ ቐትሪ፡ ብቆጸራ።

## Family

# Variables:
#   $tracing-months-min (Number), $tracing-months-max (Number) - how long a search usually takes, from data/facts.yaml
org-rode-kruis-about =
    { -org-rode-kruis } (Rode Kruis) ምስኦም ርክብ ዝተቋረጸኩም ኣባላት ስድራ ክትደልዩ ይሕግዘኩም።
    ብነጻ እዩ። ምድላይ መብዛሕትኡ ግዜ ካብ { $tracing-months-min } ክሳብ { $tracing-months-max } ኣዋርሕ ይወስድ።

## Violence and abuse

org-veilig-thuis-about =
    { -org-veilig-thuis } ኣብ ዓመጽ ኣብ ገዛን በደል ቆልዑን ምኽርን ሓገዝን ይህብ።
    ክትድውሉ ወይ ክትጽሕፉ (chat) ትኽእሉ ኢኹም። ብነጻ እዩ፡ ስምኩም ከይገለጽኩም ክትጸንሑ'ውን ትኽእሉ ኢኹም።
phone-veilig-thuis = ብነጻ፡ ስምኩም ከይገለጽኩም፡ ለይትን መዓልትን። ናብቲ ኣብ ጥቓኹም ዘሎ ቤት ጽሕፈት ንምብጻሕ፡ ስም ከተማኹም ንገሩ።

# Variables:
#   $sexual-violence-best-within-days (Number) - from data/facts.yaml
org-centrum-seksueel-geweld-about =
    { -org-centrum-seksueel-geweld } ድሕሪ ዓመጽ ምድፋር (rape) ወይ ጾታዊ መጥቃዕቲ ይሕግዝ፥ ሕክምናዊ፡ ፎረንሲካዊ ከምኡ'ውን ስነ-ኣእምሮኣዊ ሓገዝ።
    ብነጻ እዩ፡ ለይትን መዓልትን። ብዝተኻእለ ቀልጢፍኩም ርኸብዎም፡ ዝበለጸ ኣብ ውሽጢ { $sexual-violence-best-within-days ->
        [one] { $sexual-violence-best-within-days } መዓልቲ
       *[other] { $sexual-violence-best-within-days } መዓልቲ
    }።
phone-centrum-seksueel-geweld = ብነጻ፡ ለይትን መዓልትን። ድሕሪ መጥቃዕቲ ብዝተኻእለ ቀልጢፍኩም ደውሉ።

org-fier-about =
    { -org-fier } ካብ ዝምርኮስዎ ሰብ ዓመጽ ንዝወርዶም ሰባትን ንግዳያት ንግዲ ደቂ ሰባትን ይሕግዝ።
    ምስ { -org-fier } ስምኩም ከይገለጽኩም ክትጽሕፉ (chat) ትኽእሉ ኢኹም።

org-slachtofferhulp-about =
    { -org-slachtofferhulp } ንግዳያት ገበን፡ ሓደጋታትን ዕንወታትን ይድግፍ።
    ስምኩም ከይገለጽኩም እትድውሉሉ መስመር'ውን ኣለዎ፡ Verbreek de stilte።
phone-slachtofferhulp-general = ንግዳያት ገበን፡ ሓደጋታትን ዕንወታትን። ልሙድ ክፍሊት ተሌፎን ውሽጢ ሃገር። ኣብ ቅልውላው ካብ ሰዓታት ስራሕ ወጻኢ'ውን።
phone-slachtofferhulp-verbreek-de-stilte = Verbreek de stilte፥ ስምኩም ከይገለጽኩም እትድውሉሉ መስመር።

## Human trafficking

org-comensha-about =
    { -org-comensha } ሃገራዊ ማእከል ኣንጻር ንግዲ ደቂ ሰባት እዩ።
    ግዳያትን ብዛዕባ ንግዲ ደቂ ሰባት ሕቶ ዘለዎ ዝኾነ ሰብን ናብ ቤት ጽሕፈት ሓገዙ ክድውሉ ይኽእሉ።
phone-comensha-helpdesk = ሃገራዊ ቤት ጽሕፈት ሓገዝ ብዛዕባ ንግዲ ደቂ ሰባት፡ ንግዳያትን ሕቶ ዘለዎ ዝኾነ ሰብን።

org-arbeidsinspectie-about =
    ምዝማዝ ስራሕ ናብ ቁጽጽር ስራሕ ሆላንድ ({ -org-arbeidsinspectie }) ክትሕብሩ ትኽእሉ ኢኹም።
    ንኣብነት፡ ኣስራሒ ብግዲ ከሰርሓኩም ከሎ ወይ ወረቐትኩም ክወስድ ከሎ።
phone-arbeidsinspectie-report = ምዝማዝ ስራሕ ሕበሩ።
phone-arbeidsinspectie-abroad = ምዝማዝ ስራሕ ሕበሩ፡ ካብ ወጻኢ ሃገር ክትድውሉ ከለኹም።

## Children

# Variables:
#   $minor-age (Number) - from data/facts.yaml
org-nidos-about =
    { -org-nidos } ንትሕቲ { $minor-age } ዓመት ዘለዉ ብዘይ ወለዶም ናብ ሆላንድ ዝመጹ ቆልዑ ሞግዚት እዩ።
    ሞግዚትኩም ይሕግዘኩም፡ ረብሓኹም'ውን ይሕሉ።
phone-nidos-head-office = ቀንዲ ቤት ጽሕፈት { -org-nidos } ኣብ Utrecht።

org-kindertelefoon-about =
    { -org-kindertelefoon } ንቆልዑን መንእሰያትን እዩ።
    ብዛዕባ ዝኾነ ነገር ክትድውሉ ወይ ክትጽሕፉ (chat) ትኽእሉ ኢኹም። ብነጻ እዩ፡ ስምኩም'ውን ኣይግለጽን።
phone-kindertelefoon = ንቆልዑን መንእሰያትን። ብነጻ፡ ስምኩም ከይገለጽኩም።

## Education and work

# Variables:
#   $uaf-school-years (Number) - years of school UAF asks for, from data/facts.yaml
org-uaf-about =
    { -org-uaf } ንስደተኛታትን ሓተትቲ ዑቕባን ኣብ ኮሌጅ ወይ ዩኒቨርሲቲ ክመሃሩ ንዝደልዩ ይሕግዝ፥ ብገንዘብ ንትምህርቲ፡ ብመምርሕን ስራሕ ንምርካብ ብሓገዝን።
    { $uaf-school-years } ዓመት ትምህርቲ፡ ከምኡ'ውን እኹል ሆላንድኛ፡ እንግሊዝኛ፡ ፈረንሳይኛ ወይ ጀርመንኛ የድልየኩም።

org-lowan-about =
    { -org-lowan } ንሓደሽቲ ኣብ ሆላንድ ዝመጹ ቆልዑ ንዝምህራ ኣብያተ ትምህርቲ ይድግፍ፡ ከም ዓለምለኻዊ ክፍልታት መሰጋገሪ (ISK)።
    መስመር ሓገዝ ኣይኮነን። ብዛዕባ ቦታ ቤት ትምህርቲ ንCOA ወይ ንቤት ትምህርትኹም ሕተቱ።

## LGBTIQ+

org-lgbt-asylum-support-about =
    { -org-lgbt-asylum-support } ንLGBTI ሓተትቲ ዑቕባ ዝሕግዝ ትካል ሆላንድ እዩ።

org-secret-garden-about =
    { -org-secret-garden } ኣብ Amsterdam ንLGBT ሰባት ካብ ድሕረ-ባይታ ስደት፡ ንሓተትቲ ዑቕባ'ውን፡ ማሕበራዊ፡ ሕጋዊ ከምኡ'ውን ስነ-ኣእምሮኣዊ ደገፍ ይህብ።
    ከመይ ከም እትረኽብዎም ኣብ ዌብሳይቶም ርኣዩ።

org-coc-cocktail-about =
    { -org-coc-cocktail }፡ ካብ COC Haaglanden፡ ንLGBTIQ+ ሓተትቲ ዑቕባ እዩ።
    ኣብ ከባቢ The Hague ናይ መሓዛ (buddy) ፕሮጀክት ኣለዎ፡ ሓበሬታ ዘለዎ ዌብሳይት'ውን።

## Going back

org-iom-about =
    { -org-iom } ብፍቓዶም ናብ ሃገሮም ክምለሱ ንዝደልዩ ሰባት ይሕግዝ፥ ኣብ ጉዕዞ፡ ሰነዳት ጉዕዞ፡ ከምኡ'ውን ኣብኡ ብሓድሽ ንምጅማር ደገፍ።
    ኣማኸርቲ ምምላስ ብብዙሓት ቋንቋታት ይዛረቡ፡ ተርጎምቲ'ውን ይጥቀሙ።
phone-iom-return = { -org-iom }፡ ንሕቶታት ብዛዕባ ብፍቓድ ምምላስ።

org-dtv-about =
    ድሕሪ ምንጻግ፡ { -org-dtv } (ኣገልግሎት ምምላስን ምውጻእን) ብዛዕባ ካብ ሆላንድ ምውጻእ ምሳኹም ይዘራረብ።
    ነዚ ዘተ ተርጓሚ ይወሃበኩም። { -org-dtv } ምስ { -org-iom } ከምኡ'ውን { -org-vluchtelingenwerk } ይሰርሕ።

## Donations

org-stichting-vluchteling-about =
    { -org-stichting-vluchteling } ኣብ ካልኦት ሃገራት ንዘለዉ ስደተኛታት ንሰብኣዊ ሓገዝ ወፈያ ይእክብ።
    ኣብ ሆላንድ ንዘለዉ ሓተትቲ ዑቕባ ሓገዝ ወይ ኣገልግሎት ኣይህብን።
phone-stichting-vluchteling-office = ቤት ጽሕፈት { -org-stichting-vluchteling }። ንሓተትቲ ዑቕባ መስመር ሓገዝ ኣይኮነን።

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
-org-emergency-services = ቁጽሪ ህጹጽ ሓገዝ
# Variables:
#   $emergency-number (String) - the emergency number, from data
org-emergency-services-name = { -org-emergency-services } { $emergency-number }

-org-politie = Politie
-org-politie-what = ፖሊስ
org-politie-name = { -org-politie } ({ -org-politie-what })

-org-ministry = Ministerie van Asiel en Migratie
-org-ministry-what = ሚኒስትሪ ዑቕባን ስደትን
org-ministry-name = { -org-ministry } ({ -org-ministry-what })

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
-org-raad-voor-rechtsbijstand-what = ቦርድ ሕጋዊ ሓገዝ
org-raad-voor-rechtsbijstand-name = { -org-raad-voor-rechtsbijstand } ({ -org-raad-voor-rechtsbijstand-what })

-org-juridisch-loket = Het Juridisch Loket
org-juridisch-loket-name = { -org-juridisch-loket }

-org-wereldhuis-amsterdam = Wereldhuis Amsterdam
org-wereldhuis-amsterdam-name = { -org-wereldhuis-amsterdam }

-org-rode-kruis = ቀይሕ መስቀል
org-rode-kruis-name = { -org-rode-kruis }

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
-org-arbeidsinspectie-what = ቁጽጽር ስራሕ
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
-org-dokters-van-de-wereld-what = ሓካይም ዓለም
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

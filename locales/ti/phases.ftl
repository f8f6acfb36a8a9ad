## Asylum phases — data/phases.yaml

## Phase: registration

phase-registration = ምዝገባ

# Variables:
#   $days (String) - how many days you stay in the col, e.g. "3-10", from data/phases.yaml
phase-registration-now =
    ናብ ማእከል ምሕታት ዑቕባ ኣብ Ter Apel ትቐርቡ። ብነፋሪት እንተ መጺእኩም፡ ኣብ Schiphol ትቐርቡ።
    መብዛሕትኡ ግዜ { $days } መዓልቲ ኣብ ማእከላይ መዕቆቢ (col) ትጸንሑ።
    ኣብኡ ምስ GZA ናይ ሕክምና መርመራ ትገብሩ፡ GGD ድማ ናይ TB (ዓባይ ሰዓል) መርመራ ይገብረልኩም።
    ኣብ ቃለ-መጠይቕ ምዝገባ ብዛዕባ መንነትኩም፡ ዜግነትኩም፡ መገዲ ጉዕዞኹምን ስድራኹምን ትሕተቱ። ኣብዚ ደረጃ ገና ጠበቓ የብልኩምን።

phase-registration-coa =
    COA መደቀሲ ቦታ፡ መግብን ናይ ጽሬት ኣቑሑን ይህበኩም።
    COA'ውን መን ፍሉይ ኣቓልቦ ወይ ሓለዋ ከም ዘድልዮ ይርኢ፡ ንኣብነት ብሰንኪ ጸገም ጥዕና ወይ ምልክታት ንግዲ ደቂ ሰባት።
    ውሑስ እንተ ዘይተሰሚዑኩም ወይ እንተ ዘይጠዓመኩም፡ ንሰራሕተኛታት COA ንገሩ።

phase-registration-help =
    ኣብ እዋን መስርሕ GZA ሓኪምኩም እዩ።
    ትሕቲ 18 ዓመት እንተ ዄንኩም፡ ብዘይ ወለድኹም ድማ እንተ መጺእኩም፡ Nidos ሞግዚት ይህበኩም።
    ቦርድ ሕጋዊ ሓገዝ ኣብ ማእከል ምሕታት ዑቕባ ቤት ጽሕፈት ኣለዎ፡ ናይ ነጻ ጠበቓ'ውን የዳልወልኩም።

phase-registration-next =
    ቀጺሉ እዋን ዕረፍትን ምድላውን ይመጽእ። ናብ መዕቆቢ መስርሕ (pol) ትግዕዙ፡ ኣብ ጥቓ ቤት ጽሕፈት IND።
    ካብ ውሕስቲ ተባሂላ እትቑጸር ሃገር እንተ መጺእኩም፡ ብዘሎ መስርሕኩም ኣብ col ከለኹም ክፍጸም ይኽእል።

## Phase: rest-and-preparation

phase-rest-and-preparation = ዕረፍትን ምድላውን

# Variables:
#   $rest-days (String) - minimum length of the rest and preparation period, e.g. "6", from data/phases.yaml
phase-rest-and-preparation-now =
    ኣብ መዕቆቢ መስርሕ (pol) እንተ ወሓደ { $rest-days } መዓልቲ ትጸንሑ።
    እዚ ግዜ ንዕረፍትን ንቓለ-መጠይቕ ዑቕባ ንምድላውን እዩ።
    ጠበቓኹም ንምድላው ይራኸበኩም። VluchtelingenWerk ድማ እቲ መስርሕ ከመይ ከም ዝሰርሕ ይገልጸልኩም።

# Variables:
#   $allowance (String) - weekly living allowance, e.g. "€14.47", from data/phases.yaml
phase-rest-and-preparation-coa =
    COA መንበሪ ቦታ ይህበኩም፡ መብዛሕትኡ ግዜ'ውን ንመግቢ ገንዘብ፡ ባዕልኹም ክትሰርሑ ምእንቲ።
    ሰሙናዊ ገንዘብ መነባብሮ'ውን { $allowance } ትረኽቡ (እቲ መጠን ክቕየር ይኽእል)።
    COA ናብ ጠበቓኹም ንትገብርዎ ጉዕዞ ብህዝባዊ መጓዓዝያ ይኸፍል።
    ፍቓድ ናይ ምርካብ ዕድል እንተ ኣሎኩም፡ ኣብዚ ትምህርቲ ሆላንድኛ ክትጅምሩ ትኽእሉ ኢኹም።

phase-rest-and-preparation-help =
    ጠበቓኹም ብነጻ እዩ፤ ቦርድ ሕጋዊ ሓገዝ የዳልወልኩም።
    VluchtelingenWerk ነቲ መስርሕ ይገልጽ፡ ንምድላው'ውን ክሕግዘኩም ይኽእል።
    GZA ሕክምና ይህብ። ዝኾነ ጸገም ጥዕና እንተ ኣሎኩም ንገርዎም።
    ትሕቲ 18 ዓመት እንተ ዄንኩም፡ ብዘይ ወለድኹም ድማ እንተ መጺእኩም፡ ሞግዚትኩም ካብ Nidos ይሕግዘኩም።

phase-rest-and-preparation-next =
    ድሕሪ እዋን ዕረፍትን ምድላውን፡ ሓፈሻዊ መስርሕ ዑቕባ ይጅምር።
    IND ቃለ-መጠይቕ ይገብረልኩም፡ ድሕሪኡ ኣብ ሕቶኹም ይውስን።

## Phase: general-procedure

phase-general-procedure = ሓፈሻዊ መስርሕ ዑቕባ

# Variables:
#   $decision-days (String) - working days for a decision in the general procedure, e.g. "6", from data/phases.yaml
#   $decision-days-max (String) - longest general procedure in days, e.g. "9", from data/phases.yaml
phase-general-procedure-now =
    IND ቃለ-መጠይቕ ይገብረልኩም። እቲ ቀዳማይ ቃለ-መጠይቕ ብዛዕባ መንነትኩምን መገዲ ጉዕዞኹምን እዩ።
    እቲ ካልኣይ ዝርዝራዊ ቃለ-መጠይቕ ብዛዕባ ምኽንያት ሕቶ ዑቕባኹም እዩ።
    IND መብዛሕትኡ ግዜ ኣብ ውሽጢ { $decision-days } መዓልቲ ስራሕ ይውስን፡ ሓድሓደ ግዜ ክሳብ { $decision-days-max } መዓልቲ።
    እዚ እንተ ዘይኣኺሉ፡ ሕቶኹም ናብ ዝተናውሐ መስርሕ (VA) ይሰጋገር።

phase-general-procedure-coa =
    ኣብ መዕቆቢ መስርሕ (pol) ምንባር ትቕጽሉ።
    COA ከምቲ ቅድሚ ሕጂ ዝነበረ ደገፍ ይህበኩም፥ መንበሪ፡ ገንዘብ ንመግቢ፡ ሰሙናዊ ገንዘብኩም፡ ከምኡ'ውን ብGZA ክንክን ጥዕና።

# Variables:
#   $reply-days (String) - days your lawyer has to answer an intention to reject in the general procedure, e.g. "1", from data/phases.yaml
phase-general-procedure-help =
    ጠበቓኹም ምሳኹም ነቲ ቃለ-መጠይቓት የዳሉ።
    IND ሕቶኹም ክነጽጎ እንተ ሓሲቡ፡ መጀመርታ ናይ ምንጻግ መደብ (intention to reject) ይልእክ። ኣብ ሓፈሻዊ መስርሕ ጠበቓኹም ብጽሑፍ ንምምላስ { $reply-days } መዓልቲ ኣለዎ።
    VluchtelingenWerk'ውን ይድግፈኩም፤ ሓድሓደ ግዜ ወለንተኛ ምሳኹም ናብ ቃለ-መጠይቕ ክመጽእ ይኽእል።

# Variables:
#   $work-months (String) - months an application must be pending before you may work, e.g. "6", from data/phases.yaml
phase-general-procedure-next =
    ቀጺሉ ውሳነ IND ትረኽቡ፥ ፍቓድ ወይ ምንጻግ።
    እቲ ዝተናውሐ መስርሕ ዝያዳ ግዜ ይወስድ። ጠበቓኹም ወይ VluchtelingenWerk ናይ መወዳእታ ዕለትኩም ክነግሩኹም ይኽእሉ።
    ሕቶኹም { $work-months } ኣዋርሕ ምስ ተጸበየ፡ ክትሰርሑ ይፍቀደልኩም። ሽዑ ኣስራሒኹም ንዓኹም ፍቓድ ስራሕ የድልዮ።

## Phase: decision-granted

phase-decision-granted = ውሳነ፥ ፍቓድ ተዋሂቡ

# Variables:
#   $permit-years (String) - validity of the asylum permit in years, e.g. "5", from data/phases.yaml
phase-decision-granted-now =
    IND ፍቓድ መንበሪ ዑቕባ ሂቡኩም ኣሎ።
    እዚ ፍቓድ ን{ $permit-years } ዓመት ይሰርሕ፡ ካብ ዕለት ሕቶኹም ጀሚሩ። ድሕሪኡ ንቀዋሚ ፍቓድ ክትሓቱ ትኽእሉ ኢኹም።
    ክትሰርሑ ይፍቀደልኩም።

phase-decision-granted-coa =
    COA ሕጂ'ውን መዕቆብን ደገፍን ይህበኩም።
    COA ንምትእስሳር (inburgering) ዘዳልወኩም መደብ ኣለዎ፥ ሆላንድኛ ምምሃርን ብዛዕባ ህይወት ኣብ ሆላንድ ምፍላጥን።

phase-decision-granted-help =
    VluchtelingenWerk ኣብ ምጥርናፍ ስድራቤትን ኣብዚ ህይወትኩም ንምጅማርን ይሕግዘኩም።
    ምስ ኣባላት ስድራኹም ርክብ እንተ ተቋሪጹ፡ ቀይሕ መስቀል ክትደልይዎም ክሕግዘኩም ይኽእል።

# Variables:
#   $reunification-months (String) - months after the permit to apply for family reunification, e.g. "3", from data/phases.yaml
phase-decision-granted-next =
    ቀጺሉ ምትእስሳር (inburgering) ይመጽእ።
    ኣባላት ስድራኹም ክመጹኹም እንተ ደሊኹም፡ ፍቓድ ካብ እትረኽቡ ኣብ ውሽጢ { $reunification-months } ኣዋርሕ ሕተቱ። ሽዑ እቲ ሕግታት ቀሊል እዩ፡ ንኣብነት ናይ እቶት ቅድመ-ኩነት የለን።
    ብግዜኡ ንVluchtelingenWerk ሓገዝ ሕተቱ።

## Phase: decision-rejected

phase-decision-rejected = ውሳነ፥ ተነጺጉ

# Variables:
#   $appeal-weeks-short (String) - short appeal deadline in weeks, e.g. "1", from data/phases.yaml
#   $appeal-weeks (String) - normal appeal deadline in weeks, e.g. "4", from data/phases.yaml
phase-decision-rejected-now =
    IND ሕቶኹም ነጺጉዎ ኣሎ። ናብ ቤት ፍርዲ ይግባይ ክትብሉ ትኽእሉ ኢኹም።
    እቲ ግዜ ሓጺር እዩ። ውሳነ ኣብ ሓፈሻዊ መስርሕ እንተ ኾይኑ፡ ወይ ሕቶኹም ብግልጺ መሰረት የብሉን ወይ ተቐባልነት የብሉን ዝብል ውሳነ እንተ ኾይኑ፡ { $appeal-weeks-short } ሰሙን ጥራይ ኣሎኩም። ኣብ ካልእ ኩነታት { $appeal-weeks } ሰሙን ኣሎኩም።
    ሎሚ ምስ ጠበቓኹም ተዛረቡ። ይግባይ ምንም ኣየኽፍለኩምን እዩ።

phase-decision-rejected-coa =
    COA ሕጂ'ውን መዕቆቢ ይህበኩም።
    COA ሕቶኦም ንዝተነጽገ ዓበይቲ ብዛዕባ መጻኢኦም ስልጠና ይህብ።

phase-decision-rejected-help =
    ጠበቓኹም ኣብ ክንዳኹም ይግባይ ክብል ይኽእል።
    DT&V ምስ ተርጓሚ ብዛዕባ ምውጻእ ምሳኹም ይዘራረብ።
    ክትምለሱ እንተ መሪጽኩም፡ IOM ብፍቓድኩም ክትምለሱ ክድግፈኩም ይኽእል።
    VluchtelingenWerk'ውን ክመኽረኩም ይኽእል።

phase-decision-rejected-next =
    ይግባይኩም ክሳብ ዝቕጽል፡ መብዛሕትኡ ግዜ ኣብ ሆላንድ ክትጸንሑ ትኽእሉ ኢኹም። ገለ ፍሉያት ኩነታት ኣለዉ፤ ጠበቓኹም ሓደ ካብኣቶም ንዓኹም ዝምልከት እንተ ኾይኑ ይፈልጥ፡ ሽዑ ክትጸንሑ ምእንቲ ንቤት ፍርዲ ክሓትት ይኽእል።
    ዝቕጽል ይግባይ ናብ Council of State (Raad van State) ክሳብ ዝቕጽል ኣብ ሆላንድ ክትጸንሑ ኣየፍቅደልኩምን።

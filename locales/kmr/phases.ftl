## Asylum phases — data/phases.yaml

## Phase: registration

phase-registration = Qeydkirin

# Variables:
#   $days (String) - how many days you stay in the col, e.g. "3-10", from data/phases.yaml
phase-registration-now =
    Hûn diçin navenda serlêdanê ya li Ter Apel û xwe didin nasîn. Ger hûn bi balafirê hatibin, hûn li Schiphol xwe didin nasîn.
    Bi gelemperî hûn { $days } rojan li navenda pêşwaziyê ya navendî (col) dimînin.
    Li wir GZA kontrola tenduristiyê ya destpêkê dike, û GGD we ji bo TB (verem) kontrol dike.
    Di hevpeyvîna qeydkirinê de li ser nasnameya we, neteweya we, rêya rêwîtiya we û malbata we ji we tê pirsîn. Di vê qonaxê de hîn parêzerê we tune.

phase-registration-coa =
    COA cihê razanê, xwarin û tiştên paqijiyê dide we.
    COA her wiha kontrol dike ka kî hewceyê baldarî an parastineke taybet e, bo nimûne ji ber pirsgirêkên tenduristiyê an nîşanên bazirganiya mirovan.
    Ger hûn xwe ne ewle an ne baş hîs dikin, ji karmendên COA re bêjin.

phase-registration-help =
    Di dema prosedurê de GZA doktorê we ye.
    Ger hûn di bin 18 saliyê de ne û bê dê û bavê xwe hatine, Nidos wasiyekî dide we.
    Desteya Alîkariya Hiqûqî li navenda serlêdanê xwedî maseyekê ye û parêzerekî belaş ji bo we amade dike.

phase-registration-next =
    Paşê dema bêhnvedan û amadekariyê tê. Hûn diçin navendeke pêşwaziyê ya prosedurê (pol), nêzî nivîsgeheke IND-ê.
    Ger hûn ji welatekî tên ku wek ewle tê hesibandin, dibe ku hemû prosedura we di dema ku hûn li col dimînin de pêk were.

## Phase: rest-and-preparation

phase-rest-and-preparation = Bêhnvedan û amadekarî

# Variables:
#   $rest-days (String) - minimum length of the rest and preparation period, e.g. "6", from data/phases.yaml
phase-rest-and-preparation-now =
    Hûn herî kêm { $rest-days } rojan li navendeke pêşwaziyê ya prosedurê (pol) dimînin.
    Ev dem ji bo bêhnvedanê û amadekirina hevpeyvînên we yên penaberiyê ye.
    Parêzerê we we dibîne da ku hûn bi hev re amade bibin. VluchtelingenWerk rave dike ka prosedur çawa dixebite.

# Variables:
#   $allowance (String) - weekly living allowance, e.g. "€14.47", from data/phases.yaml
phase-rest-and-preparation-coa =
    COA cihê jiyanê dide we, û bi gelemperî pere ji bo xwarinê, da ku hûn bi xwe xwarinê çêkin.
    Hûn her wiha heftane pereyê debarê distînin: { $allowance } (dibe ku mîqdar biguhere).
    COA pereyê veguhastina giştî dide, ji bo ku hûn biçin cem parêzerê xwe.
    Ger îhtîmal hebe ku hûn destûrê bistînin, hûn dikarin li vir dest bi dersên Holendî bikin.

phase-rest-and-preparation-help =
    Parêzerê we belaş e; Desteya Alîkariya Hiqûqî parêzerekî ji bo we amade dike.
    VluchtelingenWerk prosedurê rave dike û dikare alîkariya we bike ku hûn xwe amade bikin.
    GZA lênêrîna tenduristiyê dide. Her pirsgirêka tenduristiyê ji wan re bêjin.
    Ger hûn di bin 18 saliyê de ne û bê dê û bavê xwe hatine, wasiyê we yê Nidos alîkariya we dike.

phase-rest-and-preparation-next =
    Piştî dema bêhnvedan û amadekariyê, prosedura giştî ya penaberiyê dest pê dike.
    IND bi we re hevpeyvînê dike û paşê li ser serlêdana we biryarê dide.

## Phase: general-procedure

phase-general-procedure = Prosedura giştî

# Variables:
#   $decision-days (String) - working days for a decision in the general procedure, e.g. "6", from data/phases.yaml
#   $decision-days-max (String) - longest general procedure in days, e.g. "9", from data/phases.yaml
phase-general-procedure-now =
    IND bi we re hevpeyvînê dike. Hevpeyvîna yekem li ser nasnameya we û rêya rêwîtiya we ye.
    Hevpeyvîna duyem berfireh e. Ew li ser sedemên we ye ku hûn çima penaberiyê dixwazin.
    IND bi gelemperî di nav { $decision-days } rojên kar de biryarê dide, carinan heta { $decision-days-max } rojan.
    Ger ev dem têr neke, serlêdana we diçe prosedura dirêjkirî (VA).

phase-general-procedure-coa =
    Hûn li navenda pêşwaziyê ya prosedurê (pol) dimînin.
    COA heman piştgiriyê wek berê dide we: cih, pere ji bo xwarinê, pereyê we yê heftane û lênêrîna tenduristiyê bi rêya GZA-yê.

# Variables:
#   $reply-days (String) - days your lawyer has to answer an intention to reject in the general procedure, e.g. "1", from data/phases.yaml
phase-general-procedure-help =
    Parêzerê we hevpeyvînan bi we re amade dike.
    Ger IND bixwaze serlêdana we red bike, ew pêşî nameyeke niyeta redkirinê dişîne. Di prosedura giştî de parêzerê we dikare di nav { $reply-days } rojê de bi nivîskî bersiv bide.
    VluchtelingenWerk jî piştgiriya we dike; carinan dilxwazek dikare bi we re were hevpeyvînê.

# Variables:
#   $work-months (String) - months an application must be pending before you may work, e.g. "6", from data/phases.yaml
phase-general-procedure-next =
    Paşê hûn biryara IND-ê distînin: destûr an redkirin.
    Prosedura dirêjkirî bêtir dem digire. Parêzerê we an VluchtelingenWerk dikare ji we re bêje ka dema we ya dawî kengê ye.
    Dema ku serlêdana we { $work-months } mehan li bendê be, hûn dikarin bixebitin. Wê demê xwedîkarê we ji bo we destûra kar hewce dike.

## Phase: decision-granted

phase-decision-granted = Biryar: destûr hat dayîn

# Variables:
#   $permit-years (String) - validity of the asylum permit in years, e.g. "5", from data/phases.yaml
phase-decision-granted-now =
    IND destûra rûniştinê ya penaberiyê daye we.
    Ew { $permit-years } salan derbasdar e, ji roja ku we serlêdan kir. Piştî wê hûn dikarin ji bo destûreke daîmî serlêdanê bikin.
    Hûn dikarin bixebitin.

phase-decision-granted-coa =
    COA niha hê jî cih û piştgiriyê dide we.
    COA bernameyekê pêşkêş dike ku we ji bo entegrasyonê amade dike: hînbûna Holendî û jiyana li Holendayê.

phase-decision-granted-help =
    VluchtelingenWerk di kombûna malbatê de û di destpêkirina jiyana we ya li vir de alîkariya we dike.
    Ger têkiliya we bi endamên malbatê re qut bûye, Xaça Sor dikare alîkariya we bike ku hûn li wan bigerin.

# Variables:
#   $reunification-months (String) - months after the permit to apply for family reunification, e.g. "3", from data/phases.yaml
phase-decision-granted-next =
    Paşê entegrasyon tê.
    Ger hûn dixwazin endamên malbata we werin cem we, di nav { $reunification-months } mehan de piştî ku we destûr girt serlêdanê bikin. Wê demê qaîde hêsantir in, bo nimûne şerta dahatê tune.
    Di wextê xwe de ji VluchtelingenWerk alîkarî bixwazin.

## Phase: decision-rejected

phase-decision-rejected = Biryar: hat redkirin

# Variables:
#   $appeal-weeks-short (String) - short appeal deadline in weeks, e.g. "1", from data/phases.yaml
#   $appeal-weeks (String) - normal appeal deadline in weeks, e.g. "4", from data/phases.yaml
phase-decision-rejected-now =
    IND serlêdana we red kiriye. Hûn dikarin li dadgehê îtiraz bikin.
    Dem kurt e: { $appeal-weeks-short } hefte, ger biryar di prosedura giştî de hatibe dayîn, an ger hatibe gotin ku serlêdana we eşkere bê bingeh e an nayê qebûlkirin. Di rewşên din de { $appeal-weeks } hefte ye.
    ÎRO bi parêzerê xwe re biaxivin. Îtiraz ji we re belaş e.

phase-decision-rejected-coa =
    COA niha hê jî cih dide we.
    COA ji mezinên ku serlêdana wan hatiye redkirin re perwerdeyekê li ser pêşeroja wan pêşkêş dike.

phase-decision-rejected-help =
    Parêzerê we dikare ji bo we îtiraz bike.
    DT&V li ser derketinê bi we re diaxive, bi wergêrekî re.
    Ger hûn biryar bidin ku vegerin, IOM dikare piştgiriya vegera we ya bi dilxwazî bike.
    VluchtelingenWerk jî dikare şîretan li we bike.

phase-decision-rejected-next =
    Heta ku îtiraza we didome, hûn bi gelemperî dikarin li Holendayê bimînin. Hin îstisna hene. Parêzerê we dizane ka yek ji wan ji bo we derbas dibe an na, û wê demê dikare ji dadgehê bixwaze ku hûn bimînin.
    Îtiraza duyem li Encumena Dewletê nahêle ku hûn bimînin heta ku ew didome.

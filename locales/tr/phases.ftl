## Asylum phases — data/phases.yaml

## Phase: registration

phase-registration = Kayıt

# Variables:
#   $days (String) - how many days you stay in the col, e.g. "3-10", from data/phases.yaml
phase-registration-now =
    Ter Apel'deki başvuru merkezine gidip kaydınızı yaptırırsınız. Uçakla geldiyseniz, Schiphol'de başvurursunuz.
    Genellikle { $days } gün merkezi kabul merkezinde (col) kalırsınız.
    Orada GZA ile bir sağlık ön görüşmesi yaparsınız ve GGD sizi verem (TB) için kontrol eder.
    Kayıt görüşmesinde size kimliğiniz, uyruğunuz, yolculuk güzergâhınız ve aileniz sorulur. Bu aşamada henüz avukatınız yoktur.

phase-registration-coa =
    COA size uyuyacak bir yer, yemek ve bakım ürünleri verir.
    COA ayrıca kimin özel ilgiye veya korumaya ihtiyacı olduğuna bakar, örneğin sağlık sorunları veya insan ticareti belirtileri nedeniyle.
    Kendinizi güvende veya iyi hissetmiyorsanız, COA çalışanlarına söyleyin.

phase-registration-help =
    Süreç boyunca doktorunuz GZA'dır.
    18 yaşından küçükseniz ve anne babanız olmadan geldiyseniz, Nidos size bir vasi verir.
    Hukuki Yardım Kurulu'nun başvuru merkezinde bir masası vardır. Size ücretsiz bir avukat ayarlar.

phase-registration-next =
    Sonra dinlenme ve hazırlık dönemi gelir. Bir IND ofisinin yakınındaki süreç kabul merkezine (pol) taşınırsınız.
    Güvenli sayılan bir ülkeden geliyorsanız, bütün süreciniz col'da kalırken yapılabilir.

## Phase: rest-and-preparation

phase-rest-and-preparation = Dinlenme ve hazırlık

# Variables:
#   $rest-days (String) - minimum length of the rest and preparation period, e.g. "6", from data/phases.yaml
phase-rest-and-preparation-now =
    En az { $rest-days } gün bir süreç kabul merkezinde (pol) kalırsınız.
    Bu süre dinlenmek ve sığınma görüşmelerinize hazırlanmak içindir.
    Avukatınız hazırlık için sizinle görüşür. VluchtelingenWerk de sürecin nasıl işlediğini anlatır.

# Variables:
#   $allowance (String) - weekly living allowance, e.g. "€14.47", from data/phases.yaml
phase-rest-and-preparation-coa =
    COA size kalacak bir yer ve genellikle yemek parası verir; böylece kendi yemeğinizi yapabilirsiniz.
    Ayrıca { $allowance } haftalık harçlık alırsınız (tutar değişebilir).
    COA, avukatınıza gitmek için toplu taşıma ücretini öder.
    Oturum izni alma ihtimaliniz yüksekse, burada Felemenkçe derslerine başlayabilirsiniz.

phase-rest-and-preparation-help =
    Avukatınız ücretsizdir; Hukuki Yardım Kurulu sizin için bir avukat ayarlar.
    VluchtelingenWerk süreci anlatır ve hazırlanmanıza yardım edebilir.
    GZA tıbbi bakım verir. Her sağlık sorununuzu onlara söyleyin.
    18 yaşından küçükseniz ve anne babanız olmadan geldiyseniz, Nidos'taki vasiniz size yardım eder.

phase-rest-and-preparation-next =
    Dinlenme ve hazırlık döneminden sonra genel sığınma prosedürü başlar.
    IND sizinle görüşür ve sonra başvurunuz hakkında karar verir.

## Phase: general-procedure

phase-general-procedure = Genel sığınma prosedürü

# Variables:
#   $decision-days (String) - working days for a decision in the general procedure, e.g. "6", from data/phases.yaml
#   $decision-days-max (String) - longest general procedure in days, e.g. "9", from data/phases.yaml
phase-general-procedure-now =
    IND sizinle görüşmeler yapar. İlk görüşme kimliğiniz ve yolculuk güzergâhınız hakkındadır.
    İkinci görüşme daha ayrıntılıdır; sığınma isteme nedenleriniz hakkındadır.
    IND genellikle { $decision-days } iş günü içinde, bazen en fazla { $decision-days-max } gün içinde karar verir.
    Bu süre yetmezse, başvurunuz uzatılmış prosedüre (VA) geçer.

phase-general-procedure-coa =
    Süreç kabul merkezinde (pol) kalmaya devam edersiniz.
    COA size önceki gibi aynı desteği verir: barınma, yemek parası, haftalık harçlık ve GZA üzerinden sağlık hizmeti.

# Variables:
#   $reply-days (String) - days your lawyer has to answer an intention to reject in the general procedure, e.g. "1", from data/phases.yaml
phase-general-procedure-help =
    Avukatınız görüşmelere sizinle birlikte hazırlanır.
    IND başvurunuzu reddetmeyi planlıyorsa, önce bir "ret niyeti" gönderir. Genel prosedürde avukatınızın buna yazılı cevap vermek için { $reply-days } günü vardır.
    VluchtelingenWerk de size destek olur; bazen bir gönüllü sizinle görüşmeye gelebilir.

# Variables:
#   $work-months (String) - months an application must be pending before you may work, e.g. "6", from data/phases.yaml
phase-general-procedure-next =
    Sonra IND'nin kararını alırsınız: oturum izni veya ret.
    Uzatılmış prosedür daha uzun sürer. Avukatınız veya VluchtelingenWerk size son tarihinizi söyleyebilir.
    Başvurunuz { $work-months } aydır sonuçlanmadıysa çalışabilirsiniz. O zaman işvereninizin sizin için çalışma izni alması gerekir.

## Phase: decision-granted

phase-decision-granted = Karar: oturum izni verildi

# Variables:
#   $permit-years (String) - validity of the asylum permit in years, e.g. "5", from data/phases.yaml
phase-decision-granted-now =
    IND size sığınma oturum izni verdi.
    İzin, başvuru yaptığınız tarihten itibaren { $permit-years } yıl geçerlidir. Ondan sonra süresiz oturum izni için başvurabilirsiniz.
    Çalışabilirsiniz.

phase-decision-granted-coa =
    COA şimdilik size barınma ve destek vermeye devam eder.
    COA sizi uyum sürecine hazırlayan bir program sunar: Felemenkçe öğrenmek ve Hollanda'daki hayatı tanımak.

phase-decision-granted-help =
    VluchtelingenWerk aile birleşiminde ve burada yeni hayatınıza başlamanızda size yardım eder.
    Aile üyelerinizle bağlantınızı kaybettiyseniz, Kızılhaç onları aramanıza yardım edebilir.

# Variables:
#   $reunification-months (String) - months after the permit to apply for family reunification, e.g. "3", from data/phases.yaml
phase-decision-granted-next =
    Sonra uyum süreci gelir.
    Aile üyelerinizin yanınıza gelmesini istiyorsanız, izninizi aldıktan sonra { $reunification-months } ay içinde başvurun. O zaman kurallar daha kolaydır; örneğin gelir şartı yoktur.
    VluchtelingenWerk'ten zamanında yardım isteyin.

## Phase: decision-rejected

phase-decision-rejected = Karar: ret

# Variables:
#   $appeal-weeks-short (String) - short appeal deadline in weeks, e.g. "1", from data/phases.yaml
#   $appeal-weeks (String) - normal appeal deadline in weeks, e.g. "4", from data/phases.yaml
phase-decision-rejected-now =
    IND başvurunuzu reddetti. Mahkemeye itiraz edebilirsiniz.
    Süre kısadır: genel prosedürdeki bir karar için veya başvurunuzun "açıkça dayanaksız" ya da "kabul edilemez" olduğu bir karar için { $appeal-weeks-short } hafta, diğer durumlarda { $appeal-weeks } hafta.
    BUGÜN avukatınızla konuşun. İtiraz için hiçbir ücret ödemezsiniz.

phase-decision-rejected-coa =
    COA şimdilik size barınma vermeye devam eder.
    COA, başvurusu reddedilen yetişkinlere gelecekleri hakkında bir eğitim sunar.

phase-decision-rejected-help =
    Avukatınız sizin için itiraz edebilir.
    DT&V sizinle tercüman eşliğinde ayrılış görüşmeleri yapar.
    Geri dönmeyi seçerseniz, IOM gönüllü geri dönüşünüze destek olabilir.
    VluchtelingenWerk de size tavsiye verebilir.

phase-decision-rejected-next =
    İtirazınız sürerken genellikle Hollanda'da kalabilirsiniz. İstisnalar vardır. Avukatınız sizin için bir istisna olup olmadığını bilir; o zaman mahkemeden kalmanıza izin vermesini isteyebilir.
    Danıştay'a yapılan ileri itiraz sürerken Hollanda'da kalma hakkınız yoktur.

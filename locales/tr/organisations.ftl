## Organisations — data/organisations.yaml

# Each organisation has org-<id>-about: what it does for you.
# Phone label messages (phone-<org>-<what>) say who a line is for, what it
# costs and whether you can stay anonymous. Numbers and hours come from data.

## Emergency and police

org-emergency-services-about =
    Acil tehlike olduğunda polis, ambulans veya itfaiye için aranan numara.
    Ücretsizdir ve gece gündüz çalışır.
phone-emergency-services-112 = Polis, ambulans ve itfaiye için acil durum numarası. Ücretsiz, gece gündüz. Sadece acil tehlike için.

org-politie-about =
    Hollanda polisi. Acil tehlike yoksa, bir suçu veya insan ticaretini bildirmek için polisin acil olmayan hattını arayın.
    Polisin LGBTQ+ kişiler için de bir ağı vardır: Roze in Blauw.
phone-politie-non-emergency = Polis, acil durum olmadığında: bir suçu veya insan ticaretini bildirmek için.

## Government and asylum procedure

org-ministry-about =
    Bakanlık, sığınma ve göç politikasından sorumludur. { -org-ind } bu bakanlığa bağlıdır.
phone-rijksoverheid-1400 = Informatie Rijksoverheid, hükümetin genel hattı (sığınma dosyanız için değil). Normal arama ücreti.
phone-rijksoverheid-abroad = Aynı hat, yurt dışından.

org-coa-about =
    { -org-coa } kabul merkezlerini yönetir. Süreciniz boyunca size kalacak bir yer, haftalık harçlık ve destek verir.
    Sorularınız için merkezinizdeki bilgi masasına gidin veya birçok dilde olan MyCOA'ya bakın.
phone-coa-ter-apel-professionals = Sadece profesyoneller için: { -org-coa } Ter Apel, bir sakin hakkında sorular. Sığınma süreciyle ilgili sorular IND'ye sorulur.
phone-coa-legal-helpdesk = Sadece profesyoneller için: COA'nın hukuki işler yardım masası.
phone-coa-rvb-helpdesk = Sadece profesyoneller için: Rvb yönetmeliği hakkında sorular.

org-ind-about =
    Sığınma başvurunuz hakkında { -org-ind } karar verir. Görüşmelerinizi de { -org-ind } yapar.
    Başvurunuzla ilgili sorularınız için IND'yi arayabilirsiniz.
phone-ind-general = Başvurunuzla ilgili sorular. Normal arama ücreti.
phone-ind-abroad = { -org-ind }, yurt dışından aradığınızda.
phone-ind-fax-default = Bir faks numarası, arama için değildir. Sadece "gecikme ihtarı" formu için: { -org-ind } sığınma kararınızı geciktirdiğinde. Önce avukatınıza sorun.

link-vluchtelingenwerk-volunteer = VluchtelingenWerk'te gönüllü olun
org-vluchtelingenwerk-about =
    { -org-vluchtelingenwerk } sığınmacılara ücretsiz yardım eder; her azc'de ekipleri vardır.
    Süreci anlatırlar, { -org-ind } görüşmelerinize sizinle gelebilirler ve aile birleşiminde yardım ederler.
    Görüşme saatlerinin (spreekuur) ne zaman olduğunu kaldığınız yerde sorun.

org-refugeehelp-about =
    { -org-refugeehelp }, VluchtelingenWerk'in bir web sitesidir. Sığınma sürecini ve Hollanda'daki hayatı açık bir dille, Ukraynaca dahil birçok dilde anlatır.

org-unhcr-about =
    { -org-unhcr }, Birleşmiş Milletler'in mülteci kuruluşudur.
    { -org-unhcr } Hollanda, kişilere tek tek yardım vermez. Sığınma süreciniz için sizi RefugeeHelp'e yönlendirir.

## Health

# Variables:
#   $emergency-number (String) - the emergency number, from data
org-gza-about =
    Hayati tehlike mi var? { $emergency-number } numarasını arayın.
    { -org-gza }, sığınmacı kabul merkezlerinde kalan kişilerin doktor muayenehanesidir. Hasta olduğunuzda veya bir sağlık sorunuz olduğunda Praktijklijn'i arayın. Tercüman vardır.
# Variables:
#   $gza-urgent-option (Number) - the menu option for urgent medical problems, from data/facts.yaml
phone-gza-medical = { -org-gza } Praktijklijn, sağlık sorunları için, gece gündüz. Acil bir sağlık sorununda { $gza-urgent-option } tuşuna basın.
phone-gza-questions = Aynı hat, diğer sorular için, mesai saatlerinde.

org-113-zelfmoordpreventie-about =
    Hayatınıza son vermeyi düşündüğünüzde veya bunu düşünen biri için endişelendiğinizde.
    Arayabilir veya yazışabilirsiniz: ücretsiz, isimsiz, gece gündüz.
phone-113-short = Ücretsiz ve isimsiz, gece gündüz.
phone-113-free = Bu da ücretsiz ve isimsiz, gece gündüz.

org-dokters-van-de-wereld-about =
    { -org-dokters-van-de-wereld } sağlık sorularında yardım eder, cinsel şiddet konusunda da. Hollanda sağlık sisteminde yolunuzu bulmanıza yardım eder.
    Ücretsizdir. Kültürel arabulucular size kendi dilinizde yardım eder. Amsterdam, Nijmegen ve Utrecht'te bulunurlar.
phone-dokters-van-de-wereld = Sağlık soruları ve Hollanda sağlık sisteminde yardım. Ücretsiz.

org-zanzu-about =
    { -org-zanzu }, cinsel sağlık hakkında birçok dilde açık bilgi veren bir web sitesidir.

## Legal help

org-raad-voor-rechtsbijstand-about =
    Hukuki Yardım Kurulu ({ -org-raad-voor-rechtsbijstand }) ücretsiz sığınma avukatınızı ayarlar. Avukatınız size otomatik olarak verilir.
    Başvuru merkezlerinde masaları vardır.

org-juridisch-loket-about =
    { -org-juridisch-loket } ilk hukuki tavsiyeyi verir.
    Şubede tavsiye ücretsizdir. Gitmeden önce şubenin açılış saatlerine bakın.
phone-juridisch-loket-advice = Telefonla hukuki tavsiye. Bu hat dakika başına ücretlidir. Şubeleri doğrudan arayamazsınız.

org-wereldhuis-amsterdam-about =
    Amsterdam'daki Wereldhuis, belgesi olmayan kişilere perşembe öğleden sonraları, randevuyla ücretsiz hukuki tavsiye verir.

## Family

# Variables:
#   $tracing-months-min (Number), $tracing-months-max (Number) - how long a search usually takes, from data/facts.yaml
org-rode-kruis-about =
    { -org-rode-kruis } (Rode Kruis), bağlantınızı kaybettiğiniz aile üyelerinizi aramanıza yardım eder.
    Ücretsizdir. Arama çoğu zaman { $tracing-months-min } ile { $tracing-months-max } ay sürer.

## Violence and abuse

org-veilig-thuis-about =
    { -org-veilig-thuis }, ev içi şiddet ve çocuk istismarı konusunda tavsiye ve yardım verir.
    Arayabilir veya yazışabilirsiniz. Ücretsizdir ve isminizi vermek zorunda değilsiniz.
phone-veilig-thuis = Ücretsiz ve isimsiz, gece gündüz. Size yakın ofise bağlanmak için şehrinizin adını söyleyin.

# Variables:
#   $sexual-violence-best-within-days (Number) - from data/facts.yaml
org-centrum-seksueel-geweld-about =
    { -org-centrum-seksueel-geweld }, tecavüz veya cinsel saldırıdan sonra yardım eder: tıbbi, adli ve psikolojik yardım.
    Ücretsizdir, gece gündüz. Olabildiğince çabuk, en iyisi { $sexual-violence-best-within-days } gün içinde onlara ulaşın.
phone-centrum-seksueel-geweld = Ücretsiz, gece gündüz. Saldırıdan sonra olabildiğince çabuk arayın.

org-fier-about =
    { -org-fier }, bağımlı oldukları birinden şiddet gören kişilere ve insan ticareti mağdurlarına yardım eder.
    { -org-fier } ile isimsiz olarak yazışabilirsiniz.

org-slachtofferhulp-about =
    { -org-slachtofferhulp } suç, kaza ve afet mağdurlarına destek olur.
    İsimsiz bir hattı da vardır: Verbreek de stilte.
phone-slachtofferhulp-general = Suç, kaza ve afet mağdurları için. Normal yerel arama ücreti. Kriz durumunda mesai saatleri dışında da.
phone-slachtofferhulp-verbreek-de-stilte = Verbreek de stilte: isimsiz bir hat.

## Human trafficking

org-comensha-about =
    { -org-comensha }, insan ticaretine karşı ulusal merkezdir.
    Mağdurlar ve insan ticareti hakkında sorusu olan herkes yardım masasını arayabilir.
phone-comensha-helpdesk = İnsan ticareti konusunda ulusal yardım masası; mağdurlar ve sorusu olan herkes için.

org-arbeidsinspectie-about =
    İş yerinde sömürüyü Hollanda İş Müfettişliğine ({ -org-arbeidsinspectie }) bildirebilirsiniz.
    Örneğin bir işveren sizi çalışmaya zorladığında veya belgelerinizi aldığında.
phone-arbeidsinspectie-report = İş yerinde sömürüyü bildirin.
phone-arbeidsinspectie-abroad = İş yerinde sömürüyü bildirin, yurt dışından aradığınızda.

## Children

# Variables:
#   $minor-age (Number) - from data/facts.yaml
org-nidos-about =
    { -org-nidos }, Hollanda'ya anne babası olmadan gelen { $minor-age } yaşından küçük çocukların vasisidir.
    Vasiniz size yardım eder ve çıkarlarınızı gözetir.
phone-nidos-head-office = Nidos'un Utrecht'teki merkez ofisi.

org-kindertelefoon-about =
    { -org-kindertelefoon } çocuklar ve gençler içindir.
    Her konuda arayabilir veya yazışabilirsiniz. Ücretsiz ve isimsizdir.
phone-kindertelefoon = Çocuklar ve gençler için. Ücretsiz ve isimsiz.

## Education and work

# Variables:
#   $uaf-school-years (Number) - years of school UAF asks for, from data/facts.yaml
org-uaf-about =
    { -org-uaf }, yüksekokulda veya üniversitede okumak isteyen mültecilere ve sığınmacılara yardım eder: okul için para, rehberlik ve iş bulmada yardım.
    { $uaf-school-years } yıl okula gitmiş olmanız ve yeterli düzeyde Felemenkçe, İngilizce, Fransızca veya Almanca bilmeniz gerekir.

org-lowan-about =
    { -org-lowan }, Hollanda'ya yeni gelen çocuklara ders veren okulları destekler, örneğin uluslararası geçiş sınıflarını (ISK).
    Bir yardım hattı değildir. Okul yerleri için COA'ya veya okulunuza sorun.

## LGBTIQ+

org-lgbt-asylum-support-about =
    { -org-lgbt-asylum-support }, LGBTI sığınmacılara yardım eden Hollandalı bir kuruluştur.

org-secret-garden-about =
    Amsterdam'daki { -org-secret-garden }, göçmen kökenli LGBT kişilere sosyal, hukuki ve psikolojik destek verir; sığınmacılar da buna dahildir.
    Onlara nasıl ulaşabileceğinizi web sitelerinden öğrenebilirsiniz.

org-coc-cocktail-about =
    COC Haaglanden'ın projesi { -org-coc-cocktail }, LGBTIQ+ sığınmacılar içindir.
    Lahey bölgesinde bir buddy (yol arkadaşı) projesi ve bilgi veren bir web sitesi vardır.

## Going back

org-iom-about =
    { -org-iom }, ülkesine kendi isteğiyle dönmek isteyen kişilere yardım eder: yolculuk, seyahat belgeleri ve orada yeniden başlamak için destek.
    Geri dönüş danışmanları birçok dil konuşur, tercüman da kullanılır.
phone-iom-return = { -org-iom }, gönüllü geri dönüşle ilgili sorular için.

org-dtv-about =
    Ret kararından sonra { -org-dtv } (Geri Gönderme ve Ayrılış Dairesi) sizinle Hollanda'dan ayrılmanız hakkında konuşur.
    Bu görüşmelerde size bir tercüman verilir. { -org-dtv }, { -org-iom } ve { -org-vluchtelingenwerk } ile birlikte çalışır.

## Donations

org-stichting-vluchteling-about =
    { -org-stichting-vluchteling }, başka ülkelerdeki mültecilere insani yardım için bağış toplar.
    Hollanda'daki sığınmacılara yardım veya hizmet vermez.
phone-stichting-vluchteling-office = { -org-stichting-vluchteling } ofisi. Sığınmacılar için bir yardım hattı değildir.

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
-org-emergency-services = Acil durum numarası
# Variables:
#   $emergency-number (String) - the emergency number, from data
org-emergency-services-name = { -org-emergency-services } { $emergency-number }

-org-politie = Politie
-org-politie-what = polis
org-politie-name = { -org-politie } ({ -org-politie-what })

-org-ministry = Sığınma ve Göç Bakanlığı
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
-org-raad-voor-rechtsbijstand-what = Hukuki Yardım Kurulu
org-raad-voor-rechtsbijstand-name = { -org-raad-voor-rechtsbijstand } ({ -org-raad-voor-rechtsbijstand-what })

-org-juridisch-loket = Het Juridisch Loket
org-juridisch-loket-name = { -org-juridisch-loket }

-org-wereldhuis-amsterdam = Wereldhuis Amsterdam
org-wereldhuis-amsterdam-name = { -org-wereldhuis-amsterdam }

-org-rode-kruis = Kızılhaç
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
-org-arbeidsinspectie-what = İş Müfettişliği
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
-org-dokters-van-de-wereld-what = Dünya Doktorları
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

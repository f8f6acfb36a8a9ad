## Steps of the asylum procedure — data/phases.yaml
# Numbers come from data/facts.yaml as variables; never type a number here.
# Words printed on IND letters (beschikking, voornemen, zienswijze) stay in Dutch,
# so people can recognise them on their papers.

# Variables:
#   $checked (String) - the day these facts were last compared with their sources, written out
phase-checked = Son kontrol: { $checked }. Kurallar değişebilir; dosyanızı avukatınız bilir.

## Since 12 June 2026: arrival and the first checks

phase-registration = Varış ve ilk kontroller
phase-registration-now =
    Ter Apel'deki başvuru merkezine müracaat edersiniz. Schengen bölgesi dışından uçakla veya gemiyle geldiyseniz, Schiphol'de müracaat edersiniz.
    { -org-ind } kim olduğunuzu kontrol eder, güvenlik kontrolleri ve bir sağlık kontrolü yapar. Ayrıca ek bakıma ihtiyacınız olup olmadığına da bakar.
# Variables:
#   $minor-age (Number) - under this age you are a child, from data/facts.yaml
phase-registration-help =
    Kendi bilgilerinizi bir çevrimiçi portala girersiniz. Gerekirse { -org-ind } çalışanları size yardım eder.
    { $minor-age } yaşından küçükseniz ve burada anne babanız olmadan bulunuyorsanız, { -org-nidos } size bir vasi verir.
# Variables:
#   $screening-days-inland (Number) - longest first checks inside the country, from data/facts.yaml
phase-registration-next =
    Bu kontroller en fazla { $screening-days-inland } gün sürer. Sonra { -org-ind } prosedürünüzü seçer.

## Since 12 June 2026: the procedures

phase-pact-standard = Standart prosedür
phase-pact-standard-now =
    { -org-ind } korumaya ihtiyacınız olup olmadığını inceler. Önce size bir açıklama yapılır.
    Sonra bir görüşme yapılır. Bu görüşmede neden sığınma istediğinizi anlatırsınız.
phase-pact-standard-help =
    Görüşmeye avukatınızla birlikte hazırlanırsınız.
    İsterseniz ücretsiz hukuki danışmanlık hakkınız da vardır. Bunu nereden alabileceğinizi { -org-vluchtelingenwerk } size söyleyebilir.
# Variables:
#   $decision-months-standard (Number) - months the IND has to decide, from data/facts.yaml
phase-pact-standard-next =
    { -org-ind } { $decision-months-standard } ay içinde karar vermek zorundadır. Sonra kararını bir mektupla alırsınız.

phase-pact-accelerated = Hızlandırılmış prosedür
phase-pact-accelerated-now =
    Bu prosedür daha kısadır. Genellikle yine { -org-ind } ile bir görüşme yaparsınız; bu görüşmede nedenlerinizi anlatırsınız.
phase-pact-accelerated-help =
    Hazırlanmak için VluchtelingenWerk'ten yardım isteyin. Bu prosedürde size avukat verilip verilmeyeceği henüz doğrulanmadı.
# Variables:
#   $decision-months-accelerated (Number) - months the IND has to decide, from data/facts.yaml
phase-pact-accelerated-next =
    { -org-ind } { $decision-months-accelerated } ay içinde karar vermek zorundadır. Sonra kararını bir mektupla alırsınız.

phase-pact-responsibility = Başka AB ülkesi sorumlu olabilir
phase-pact-responsibility-now =
    { -org-ind }, başvurunuzla başka bir AB ülkesinin ilgilenmesi gerekip gerekmediğini kontrol eder; örneğin daha önce orada bulunduysanız veya orada aileniz varsa. Bu kurallar Dublin kurallarının yerini alır.
    Başka bir ülke sorumluysa, oraya gönderilebilirsiniz.
phase-pact-responsibility-help =
    Sizi başka bir ülkeye gönderme kararına itiraz edebilirsiniz. Süre mektupta yazılıdır ve çok kısa olabilir. Aynı gün avukatınızla veya { -org-vluchtelingenwerk } ile iletişime geçin.
phase-pact-responsibility-next =
    Başvurunuzla Hollanda ilgilenirse, { -org-ind } ardından başvurunuzu inceler.

phase-pact-admissibility = Kabul edilebilirlik prosedürü
phase-pact-admissibility-now =
    Bu prosedürde { -org-ind } önce, başvurunuzu Hollanda'da inceleyip incelemeyeceğine karar verir.
phase-pact-admissibility-help =
    Bunun sizin için ne anlama geldiğini avukatınıza veya VluchtelingenWerk'e sorun.
phase-pact-admissibility-next =
    { -org-ind } kararını size bir mektupla gönderir.

phase-pact-border = Sınır prosedürü (Schiphol)
# Variables:
#   $screening-days-border (Number) - longest checks at the border, from data/facts.yaml
phase-pact-border-now =
    Schengen bölgesi dışından uçakla veya gemiyle mi geldiniz? O zaman Kraliyet Jandarması (Koninklijke Marechaussee) sizi sınırda en fazla { $screening-days-border } gün kontrol eder.
    Sonra { -org-ind } başvurunuzu sınır prosedüründe ele alabilir. Bu prosedür, koruma alma şansı az olan veya kamu düzeni için risk olarak görülen kişiler içindir.
phase-pact-border-help =
    Kapalı bir merkezde kalmanız gerekebilir. Avukat isteyin ve { -org-vluchtelingenwerk } ile iletişime geçin.
# Variables:
#   $border-procedure-weeks (Number) - longest border procedure, from data/facts.yaml
phase-pact-border-next =
    Sınır prosedürü { $border-procedure-weeks } hafta içinde bitmek zorundadır.

## Since 12 June 2026: the decision and after it

phase-pact-decision = Karar
phase-pact-decision-now =
    { -org-ind } kararını bir mektupla gönderir. Felemenkçede buna "beschikking" denir. Mektubu avukatınızla veya { -org-vluchtelingenwerk } ile birlikte okuyun.
# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
phase-pact-decision-help =
    İtiraz kuralları { $pact-start } tarihinde değişti. İtiraz süresi mektupta yazılıdır ve çok kısa olabilir.
    Aynı gün avukatınızla veya { -org-vluchtelingenwerk } ile iletişime geçin.
phase-pact-decision-next =
    { -org-ind } ne karar verdi?

phase-pact-granted = Oturum izni verildi
# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
phase-pact-granted-now =
    { -org-ind } size sığınma oturum izni verdi. Ne kadar süre geçerli olduğu üzerinde yazılıdır.
    { $pact-start } tarihinden bu yana iki tür sığınma oturum izni vardır ve ailenizi getirme kuralları değişti.
phase-pact-granted-help =
    { -org-vluchtelingenwerk } aile birleşiminde ve burada yeni hayatınıza başlamanızda size yardım eder. Onlara vakit kaybetmeden sorun.
phase-pact-granted-next =
    { -org-coa } sizi uyum sürecine hazırlayan bir program sunar: Felemenkçe dersleri ve Hollanda'daki hayat.

phase-pact-rejected = Başvuru reddedildi
phase-pact-rejected-now =
    { -org-ind } başvurunuzu reddetti. Ret kararı, ülkeden ayrılmanız gerektiğini de söyler (geri dönüş kararı). Her ikisine karşı birlikte mahkemeye itiraz edebilirsiniz.
phase-pact-rejected-help =
    Süre mektupta yazılıdır ve çok kısa olabilir. BUGÜN avukatınızla veya { -org-vluchtelingenwerk } ile konuşun.
    İtiraz sürerken Hollanda'da kalıp kalamayacağınızı avukatınıza sorun.
phase-pact-rejected-next =
    Yeni kurallara göre ret kararından sonra kabul merkezinde ne kadar kalabileceğiniz henüz doğrulanmadı. COA'ya ve avukatınıza sorun.
    { -org-dtv } sizinle ayrılış hakkında konuşur. Geri dönmeyi seçerseniz, { -org-iom } yardım edebilir.

phase-new-application = Yeni başvuru
# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
phase-new-application-now =
    Başvurunuz kesin olarak reddedildi ve o zamandan beri önemli bir şey mi değişti? O zaman yeniden başvurabilmeniz mümkün olabilir.
    Bununla ilgili kurallar { $pact-start } tarihinde değişti.
phase-new-application-help =
    Yeniden başvurmadan önce bir avukatla veya { -org-vluchtelingenwerk } ile konuşun.

## Applications made before 12 June 2026: the steps as they were

# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
phase-old-rules-note = Bunlar { $pact-start } tarihinden önce yapılan başvuruların adımlarıdır. Dosyanıza şimdi hangi kuralların uygulanacağı henüz doğrulanmadı.

phase-rest-and-preparation = Dinlenme ve hazırlık
# Variables:
#   $rest-days (Number) - shortest rest and preparation period, from data/facts.yaml
phase-rest-and-preparation-now =
    En az { $rest-days } gün bir süreç kabul merkezinde (pol) kalırsınız. Bu süre dinlenmek ve görüşmenize avukatınızla hazırlanmak içindir.
# Variables:
#   $weekly-allowance (String) - weekly living allowance, written out, from data/facts.yaml
phase-rest-and-preparation-help =
    { -org-coa } size kalacak bir yer, genellikle yemek parası ve geçiminiz için haftada { $weekly-allowance } verir (tutar değişebilir).
    { -org-vluchtelingenwerk } süreci anlatır. { -org-gza } tıbbi bakım verir.
phase-rest-and-preparation-next =
    Bu dönemden sonra genel sığınma prosedürü başlar.

phase-general-procedure = Genel sığınma prosedürü
phase-general-procedure-now =
    { -org-ind } sığınma nedenleriniz hakkındaki ayrıntılı görüşmeyi yapar. Avukatınız bu görüşmeye sizinle birlikte hazırlanır.
phase-general-procedure-help =
    { -org-ind } başvurunuzu reddetmeyi planlıyorsa, önce bir ret niyeti (Felemenkçe: "voornemen") gönderir. Avukatınız buna yazılı olarak cevap verir (bir "zienswijze"). Bunun için az zaman vardır.
# Variables:
#   $old-cases-resumed (String) - the day the IND started again with older applications, from data/facts.yaml
phase-general-procedure-next =
    Sonra { -org-ind } karar verir ve bir mektup ("beschikking") gönderir. { -org-ind } bu eski başvurulara { $old-cases-resumed } tarihinde yeniden başladı; bu yüzden birçok kişi uzun süre bekliyor.

phase-decision-granted = Karar: oturum izni verildi
phase-decision-granted-now =
    { -org-ind } size sığınma oturum izni verdi. Ne kadar süre geçerli olduğu üzerinde yazılıdır.
# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
phase-decision-granted-help =
    Ailenizi getirme kuralları { $pact-start } tarihinde değişti; daha önce yapılan başvurular için de. VluchtelingenWerk'e vakit kaybetmeden sorun.
    { -org-rode-kruis }, bağlantınızı kaybettiğiniz aile üyelerinizi arayabilir.
phase-decision-granted-next =
    { -org-coa } sizi uyum sürecine hazırlayan bir program sunar: Felemenkçe dersleri ve Hollanda'daki hayat.

phase-decision-rejected = Karar: ret
phase-decision-rejected-now =
    { -org-ind } başvurunuzu reddetti. Mahkemeye itiraz edebilirsiniz. Süre mektupta ("beschikking") yazılıdır ve çok kısa olabilir.
phase-decision-rejected-help =
    BUGÜN avukatınızla veya { -org-vluchtelingenwerk } ile konuşun. İtiraz sürerken Hollanda'da kalıp kalamayacağınızı avukatınıza sorun.
phase-decision-rejected-next =
    Ret kararından sonra kabul merkezinde ne kadar kalabileceğiniz henüz doğrulanmadı. COA'ya ve avukatınıza sorun.
    { -org-dtv } sizinle tercüman eşliğinde ayrılış hakkında konuşur. Geri dönmeyi seçerseniz, { -org-iom } yardım edebilir.

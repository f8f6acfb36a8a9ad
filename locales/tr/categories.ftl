## Service categories — data/categories.yaml

# category-<id> is the button label (1-3 words).
# category-<id>-intro is shown above the list of organisations.

category-emergency = Acil durum
# Variables:
#   $emergency-number (String) - the emergency number, from data (facts.yaml -> organisations.yaml); never translate or reformat
category-emergency-intro = Şu anda tehlikede misiniz? { $emergency-number } numarasını arayın (polis, ambulans, itfaiye). Arama ücretsizdir, her telefondan yapılabilir, gece gündüz.
## Typed danger: the first line of the emergency screen, by the kind of danger
# Variables:
#   $emergency-number (String), $suicide-line (String), $veilig-thuis-line (String),
#   $sexual-violence-line (String), $trafficking-line (String) - phone numbers, from data
danger-fire = Yangın veya duman mı var? Dışarı çıkın, arkanızdan kapıları kapatın ve { $emergency-number } numarasını arayın.
danger-medical = Ağır yaralı veya hasta biri mi var? Hemen { $emergency-number } numarasını arayın ve nerede olduğunuzu söyleyin.
danger-suicide = Bununla tek başınıza başa çıkmak zorunda değilsiniz. Şu anda tehlikedeyseniz: { $emergency-number } numarasını arayın. Biriyle konuşmak için: { $suicide-line }.
danger-violence = Şu anda tehlikedeyseniz: { $emergency-number } numarasını arayın. Ev içi şiddet: { -org-veilig-thuis } { $veilig-thuis-line }.
danger-sexual-violence = Şu anda tehlikedeyseniz: { $emergency-number } numarasını arayın. Tecavüz veya saldırıdan sonra: { -org-centrum-seksueel-geweld } { $sexual-violence-line }.
danger-crime = Tehdit mi edildiniz, saldırıya mı uğradınız? Güvenli bir yere gidin ve { $emergency-number } numarasını arayın.
danger-child = Bir çocuk tehlikede: { $emergency-number } numarasını arayın. Bir çocuk için endişeleniyorsanız: { -org-veilig-thuis } { $veilig-thuis-line }.
danger-trafficking = Zorla tutuluyor veya zorlanıyorsanız: fırsat bulduğunuzda { $emergency-number } numarasını arayın. { -org-comensha } insan ticareti mağdurlarına yardım eder: { $trafficking-line }.

emergency-what-to-say =
    Nerede olduğunuzu (adresi veya kaldığınız merkezin adını), ne olduğunu ve yaralı biri olup olmadığını söyleyin.
# Variables:
#   $suicide-line (String) - 113's free number, from data
#   $veilig-thuis-line (String) - Veilig Thuis, from data
#   $sexual-violence-line (String) - Centrum Seksueel Geweld, from data
emergency-not-now =
    Şu anda tehlikede değil misiniz? Bu hatlar ücretsizdir ve gece gündüz açıktır:
    - Hayatınıza son vermeyi düşünüyorsanız: { $suicide-line }. Biri sizi dinler; isminizi vermek zorunda değilsiniz.
    - Ev içi şiddet: { $veilig-thuis-line } ({ -org-veilig-thuis }). Size tavsiye verirler ve yardım gönderebilirler.
    - Tecavüz veya cinsel saldırı: { $sexual-violence-line } ({ -org-centrum-seksueel-geweld }). Tıbbi ve diğer yardım.

category-legal = Hukuki yardım
category-legal-intro =
    Standart sığınma prosedüründe görüşmenize bir avukatla hazırlanırsınız. Hukuki Yardım Kurulu ({ -org-raad-voor-rechtsbijstand }) sığınma avukatlarını ayarlar.
    { -org-vluchtelingenwerk } süreciniz boyunca size ücretsiz yardım eder.
    Son tarihi olan bir mektup mu aldınız? Aynı gün avukatınızla veya { -org-vluchtelingenwerk } ile iletişime geçin.

category-health = Sağlık
# Variables:
#   $emergency-number (String) - the emergency number, from data
#   $suicide-line (String) - 113's free number, from data
category-health-intro =
    Hayati tehlike mi var? Hemen { $emergency-number } numarasını arayın.
    Kabul merkezinde doktorunuz GZA'dır. Sağlık sorunları için { -org-gza } Praktijklijn'i her zaman, gece gündüz arayabilirsiniz; diğer sorular için mesai saatlerinde. Tercüman vardır.
    Hayatınıza son vermeyi düşünüyor musunuz? { $suicide-line } numarasını arayın: biri sizi dinler; ücretsiz, isimsiz, gece gündüz.

category-reception = Kabul ({ -org-coa })
category-reception-intro =
    { -org-coa }, süreciniz boyunca size kalacak bir yer, haftalık harçlık ve sağlık hizmeti verir; çocuklarınız için de okul sağlar.
    Sorularınız için önce merkezinizdeki bilgi masasına gidin veya MyCOA'ya bakın.

category-procedure = Sığınma süreci
category-procedure-intro =
    Sığınma başvurunuz hakkında { -org-ind } karar verir.
    { -org-vluchtelingenwerk } ve { -org-refugeehelp } sürecin her adımını birçok dilde anlatır.
    Avukatınız size son tarihlerinizi söyleyebilir.

category-family = Aile
# Variables:
#   $pact-start (String) - the day the new rules started, from data/facts.yaml
category-family-intro =
    Oturum izniniz var ve ailenizin gelmesini mi istiyorsunuz? Kurallar { $pact-start } tarihinde değişti: daha az aile üyesi kapsama giriyor ve ek şartlar var. VluchtelingenWerk'e vakit kaybetmeden sorun; bu konuda size yardım ederler.
    Ailenizle bağlantınızı mı kaybettiniz? { -org-rode-kruis } onları ücretsiz olarak arayabilir.

category-sgbv = Şiddet ve istismar
# Variables:
#   $emergency-number (String) - the emergency number, from data
#   $sexual-violence-best-within-days (Number) - from data/facts.yaml
category-sgbv-intro =
    Şu anda tehlikede misiniz? { $emergency-number } numarasını arayın.
    Ev içi şiddet, cinsel şiddet ve istismar asla kabul edilemez. Yardım alabilirsiniz ve isminizi vermek zorunda değilsiniz.
    { -org-veilig-thuis } ve { -org-centrum-seksueel-geweld } ücretsizdir ve gece gündüz açıktır.
    Tecavüz veya cinsel saldırıdan sonra olabildiğince çabuk yardım alın, en iyisi { $sexual-violence-best-within-days } gün içinde.

category-trafficking = İnsan ticareti
# Variables:
#   $emergency-number (String) - the emergency number, from data
category-trafficking-intro =
    Biri sizi çalışmaya veya seks yapmaya zorluyor, belgelerinizi alıyor ya da gitmenize izin vermiyor mu? Bu insan ticareti olabilir.
    Bu bir suçtur ve yardım alabilirsiniz. { -org-coa } çalışanlarına da söyleyebilirsiniz.
    Şu anda tehlikede misiniz? { $emergency-number } numarasını arayın.

category-children = Çocuklar ve gençler
# Variables:
#   $minor-age (Number) - under this age you are a child, from data/facts.yaml
category-children-intro =
    { $minor-age } yaşından küçük müsünüz ve anne babanız olmadan mı geldiniz? { -org-nidos } size yardım eden bir vasi verir.
    Çocuklar ve gençler { -org-kindertelefoon } ile her konuda konuşabilir: ücretsiz ve isimsiz.
    Evde bir çocuk için endişeleniyor musunuz? { -org-veilig-thuis } yardım edebilir.

category-lgbtiq = LGBTIQ+
category-lgbtiq-intro =
    LGBTIQ+ olduğunuz için COA'dan yardım istemeniz sığınma sürecinizi etkilemez.
    Bazı { -org-coa } merkezlerinde LGBTIQ+ sakinler için bir irtibat kişisi vardır.
    Aşağıdaki kuruluşlar destek, bilgi ve buddy (yol arkadaşı) sağlar.

category-work = İş
# Variables:
#   $work-months (Number) - months an application had to be pending, from data/facts.yaml
category-work-intro =
    Eski kurallara göre sığınma başvurunuz { $work-months } aydır sonuçlanmamışsa çalışabiliyordunuz; işvereninizin de bir çalışma izni (TWV) alması gerekiyordu. Bunun değişip değişmediği henüz doğrulanmadı.
    Ukrayna'dan gelenlerin geçici korumasında başka kurallar geçerlidir. { -org-refugeehelp } bunları anlatır; { -org-uaf } da eğitim ve iş konusunda yardım eder.

category-education = Eğitim
# Variables:
#   $school-age-from (Number), $school-age-to (Number) - ages of compulsory school, from data/facts.yaml
#   $school-start-months (Number) - months within which children start school
#   $secondary-school-age (Number) - from this age children go to a transition class
#   $minor-age (Number) - the age of adulthood
category-education-intro =
    Okul { $school-age-from } ile { $school-age-to } yaş arasında zorunludur. Sığınma sürecindeki çocuklar { $school-start-months } ay içinde okula başlar.
    { $secondary-school-age } yaşından küçük çocuklar azc'nin içindeki veya yakınındaki bir ilkokula gider. { $secondary-school-age } ile { $minor-age } yaş arasındaki çocuklar uluslararası geçiş sınıfına (ISK) gider.
    { -org-uaf } yüksekokulda veya üniversitede okumak için yardım eder.
    Oturum izniniz varsa, { -org-coa } sizi uyum sürecine hazırlayan bir program sunar: Felemenkçe dersleri ve Hollanda'daki hayat.

category-return = Geri dönüş
category-return-intro =
    Ülkenize geri dönmek mi istiyorsunuz? { -org-iom } yolculukta ve orada yeniden başlamanızda yardım edebilir.
    Ret kararından sonra { -org-dtv } sizinle Hollanda'dan ayrılmanız hakkında konuşur.
    { -org-vluchtelingenwerk } geleceğiniz hakkında düşünmenize yardım edebilir.

category-volunteer = Gönüllülük ve bağış
category-volunteer-intro =
    Yardım etmek mi istiyorsunuz? { -org-vluchtelingenwerk } gönüllülerle çalışır. Nereden kaydolabileceğiniz bilgi kartında yazıyor.
    Para bağışlamak mı istiyorsunuz? { -org-stichting-vluchteling } başka ülkelerdeki mülteciler için bağış toplar. Web sitesine bakın.

# Shown above the list of organisations of a category.
# Variables:
#   $count (Number) - how many organisations are listed
category-organisations-count =
    { $count ->
        [one] Bu kuruluş yardım edebilir:
       *[other] Bu { $count } kuruluş yardım edebilir:
    }

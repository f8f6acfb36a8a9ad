## Service categories — data/categories.yaml

# category-<id> is the button label (1-3 words).
# category-<id>-intro is shown above the list of organisations.

category-emergency = Acil durum
# Variables:
#   $phone (String) - the emergency number, from data/organisations.yaml (emergency-services/0); never translate or reformat
category-emergency-intro = Şu anda tehlikede misiniz? { $phone } numarasını arayın (polis, ambulans, itfaiye). Arama ücretsizdir, her telefondan yapılabilir, günün 24 saati.
emergency-what-to-say =
    Aradığınızda şunları söyleyin:
    - nerede olduğunuzu: adresi veya kaldığınız kabul merkezinin adını
    - ne olduğunu
    - yaralı biri olup olmadığını
    İngilizce konuşan birini isteyebilirsiniz.

category-legal = Hukuki yardım
category-legal-intro =
    Her sığınmacıya ücretsiz bir avukat verilir. Hukuki Yardım Kurulu (Raad voor Rechtsbijstand) size otomatik olarak bir avukat atar.
    VluchtelingenWerk de süreciniz boyunca size ücretsiz yardım eder.
    Başka hukuki sorularınız için Het Juridisch Loket tavsiye verir.

category-health = Sağlık
category-health-intro =
    Kabul merkezinde doktorunuz GZA'dır. Her sağlık sorununuzu onlara söyleyin. Tercüman vardır.
    Acil bir sağlık durumunda GZA'yı her zaman arayabilirsiniz.
    Hayatınıza son vermeyi düşünüyorsanız, biriyle konuşabilirsiniz: ücretsiz, isminizi vermeden, gece gündüz.

category-reception = Kabul (COA)
category-reception-intro =
    COA, süreciniz boyunca size kalacak bir yer, haftalık harçlık ve sağlık hizmeti verir; çocuklarınız için de okul sağlar.
    Sorularınız için önce merkezinizdeki bilgi masasına gidin veya MyCOA'ya bakın.

category-procedure = Sığınma süreci
category-procedure-intro =
    Sığınma başvurunuz hakkında IND karar verir.
    VluchtelingenWerk ve RefugeeHelp sürecin her adımını birçok dilde anlatır.
    Avukatınız size son tarihlerinizi söyleyebilir.

category-family = Aile
category-family-intro =
    Oturum izni aldınız ve ailenizin gelmesini mi istiyorsunuz? İzninizi aldıktan sonra 3 ay içinde aile birleşimi için başvurun. O zaman kurallar daha kolaydır.
    VluchtelingenWerk bu konuda size yardım edebilir.
    Ailenizle bağlantınızı mı kaybettiniz? Kızılhaç onları ücretsiz olarak arayabilir.

category-sgbv = Şiddet ve istismar
category-sgbv-intro =
    Ev içi şiddet, cinsel şiddet ve istismar asla kabul edilemez. Yardım alabilirsiniz ve isminizi vermek zorunda değilsiniz.
    Veilig Thuis ve Centrum Seksueel Geweld ücretsizdir ve gece gündüz açıktır.
    Tecavüz veya cinsel saldırıdan sonra olabildiğince çabuk yardım alın, en iyisi 7 gün içinde.
    Şu anda tehlikede misiniz? Acil durum numarasını arayın.

category-trafficking = İnsan ticareti
category-trafficking-intro =
    Biri sizi çalışmaya veya seks yapmaya zorluyor, belgelerinizi alıyor ya da gitmenize izin vermiyor mu? Bu insan ticareti olabilir.
    Bu bir suçtur ve yardım alabilirsiniz. COA çalışanlarına da söyleyebilirsiniz.
    Şu anda tehlikede misiniz? Acil durum numarasını arayın.

category-children = Çocuklar ve gençler
category-children-intro =
    18 yaşından küçük müsünüz ve anne babanız olmadan mı geldiniz? Nidos size yardım eden bir vasi verir.
    Çocuklar ve gençler De Kindertelefoon ile her konuda konuşabilir: ücretsiz ve isimsiz.
    Evde bir çocuk için endişeleniyor musunuz? Veilig Thuis yardım edebilir.

category-lgbtiq = LGBTIQ+
category-lgbtiq-intro =
    LGBTIQ+ olduğunuz için COA'dan yardım istemeniz sığınma sürecinizi etkilemez.
    Bazı COA yerlerinde LGBTIQ+ sakinler için bir irtibat kişisi vardır.
    Aşağıdaki kuruluşlar destek, bilgi ve buddy (yol arkadaşı) sağlar.

category-work = İş
category-work-intro =
    Sığınma başvurunuz 6 aydır sonuçlanmadıysa çalışabilirsiniz.
    İşvereninizin sizin için bir çalışma izni (TWV) alması gerekir.
    RefugeeHelp kuralları anlatır. UAF da mültecilere ve sığınmacılara okul ve iş konusunda yardım eder.

category-education = Eğitim
category-education-intro =
    Okul 5 ile 16 yaş arasında zorunludur. Sığınma sürecindeki çocuklar 3 ay içinde okula başlar.
    12 yaşından küçük çocuklar azc'nin içindeki veya yakınındaki bir ilkokula gider. 12 ile 18 yaş arası çocuklar uluslararası geçiş sınıfına (ISK) gider.
    UAF yüksekokulda veya üniversitede okumak için yardım eder.

category-return = Geri dönüş
category-return-intro =
    Ülkenize geri dönmek mi istiyorsunuz? IOM yolculukta ve orada yeniden başlamanızda yardım edebilir.
    Ret kararından sonra DT&V sizinle Hollanda'dan ayrılmanız hakkında konuşur.
    VluchtelingenWerk geleceğiniz hakkında düşünmenize yardım edebilir.

category-volunteer = Gönüllülük ve bağış
category-volunteer-intro =
    Yardım etmek mi istiyorsunuz? VluchtelingenWerk ve COA gönüllülerle çalışır.
    Stichting Vluchteling başka ülkelerdeki mülteciler için bağış toplar.

# Shown above the list of organisations of a category.
# Variables:
#   $count (Number) - how many organisations are listed
category-organisations-count =
    { $count ->
        [one] Bu kuruluş yardım edebilir:
       *[other] Bu { $count } kuruluş yardım edebilir:
    }

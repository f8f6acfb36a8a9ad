## Flows — flows/procedure.yaml and flows/topics.yaml

procedure-intro = Sığınma sürecinde nerede olduğunuzu birlikte bulalım.
# Variables:
#   $pact-start (String) - the day the new procedure started, from data/facts.yaml
procedure-q-applied = Süreç { $pact-start } tarihinde değişti. Sığınma başvurunuzu ne zaman yaptınız?
# Variables:
#   $pact-start (String) - the day the new procedure started
procedure-a-applied-before = { $pact-start } tarihinden önce
# Variables:
#   $pact-start (String) - the day the new procedure started
procedure-a-applied-since = { $pact-start } veya sonrasında
procedure-a-not-applied = Henüz değil, yeni geldim
procedure-a-applied-unknown = Bilmiyorum
procedure-a-ukraine = Ukrayna'daki savaştan kaçtım
procedure-date-unknown =
    IND'den gelen belgelerinize bakın. Başvuru tarihiniz bu belgelerde yazılıdır.
    Emin değil misiniz? Avukatınızdan, VluchtelingenWerk'ten veya { -org-coa } çalışanlarından sizinle birlikte bakmalarını isteyin.

temporary-protection-title = Ukrayna'dan kaçanlar
# Variables:
#   $temporary-protection-until (String) - last day of temporary protection, from data/facts.yaml
#   $third-country-protection-ended (String) - the day it ended for non-Ukrainians, from data/facts.yaml
temporary-protection-intro =
    Ukraynalı mısınız ve savaştan mı kaçtınız? O zaman sığınma değil, geçici koruma kapsamındasınız. Geçici koruma { $temporary-protection-until } tarihine kadar (bu gün dahil) sürer. Ter Apel'de değil, yaşadığınız belediyede kayıt olursunuz.
    Ukraynalı olmadan Ukrayna'da mı yaşıyordunuz? Sizin için geçici koruma { $third-country-protection-ended } tarihinde sona erdi. Sığınma başvurusu yapabilirsiniz.
    RefugeeHelp'te Ukraynaca ve Rusça bilgi vardır.

procedure-new-intro = O tarihten bu yana { -org-ind } her yeni başvuru sahibini önce kontrol eder. Sonra bir prosedür seçer.
procedure-new-q-stage = Şu anda neredesiniz?
procedure-new-a-checks = İlk kontrollerdeyim
procedure-new-a-waiting = Görüşmemi veya kararı bekliyorum
procedure-new-a-border = Sınırda, Schiphol'de
procedure-new-a-decision = Karar aldım
procedure-a-choose-phase = Adımı kendim seçeceğim

pact-routes-title = Hangi prosedür?
pact-routes-button = Prosedürler
pact-routes-intro =
    İlk kontrollerden sonra { -org-ind } prosedürünüzü seçer. Kim olduğunuza, nereden geldiğinize, belgelerinize ve yolculuk güzergâhınıza, Avrupa'daki ailenize, nedenlerinize ve sağlığınıza bakar.
    Hangi prosedürün sizin için geçerli olduğunu bilmiyor musunuz? Avukatınıza veya VluchtelingenWerk'e sorun.
pact-phases-menu-intro = O tarihten bu yana prosedürün adımları. Ne olduğunu görmek için birini seçin.

# Variables:
#   $pact-start (String) - the day the new procedure started
#   $old-cases-resumed (String) - the day the IND started again with older applications
procedure-old-note = { -org-ind }, { $pact-start } tarihinden önce yapılan başvurularla ilgili çalışmaya { $old-cases-resumed } tarihinde yeniden başladı. Bu başvurulara şimdi hangi kuralların uygulanacağı henüz doğrulanmadı. Aşağıda adımlar eskiden olduğu gibi anlatılıyor. Sizin için neyin geçerli olduğunu avukatınız veya { -org-vluchtelingenwerk } bilir.
procedure-q-interview = { -org-ind } (göç dairesi) ile sığınma nedenleriniz hakkındaki ayrıntılı görüşmeyi yaptınız mı?
procedure-a-interview-no = Hayır, henüz değil
procedure-a-interview-yes = Evet
procedure-q-decision = IND'nin kararını aldınız mı?
procedure-a-decision-waiting = Hayır, bekliyorum
procedure-a-decision-granted = Oturum izni aldım
procedure-a-decision-rejected = Reddedildi
phases-menu-intro = Değişiklikten önce yapılan başvurularda adımlar böyleydi. O adımda ne olduğunu görmek için birini seçin.

topics-menu-intro = Bir konu seçin. Hangi kuruluşların yardım edebileceğini göreceksiniz.
organisations-menu-intro = Bunlar başlıca kuruluşlar. Ne yaptığını ve nasıl ulaşacağınızı görmek için birini seçin.
organisations-by-topic = Konuya göre diğer kuruluşlar
topics-more-button = Diğer konular ▶
topics-more-intro = Diğer konular. Hangi kuruluşların yardım edebileceğini görmek için birini seçin.
organisations-more-button = Diğer kuruluşlar ▶
organisations-more-intro = Diğer kuruluşlar. Ne yaptığını ve nasıl ulaşacağınızı görmek için birini seçin.

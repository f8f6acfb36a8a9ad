## Flows — flows/procedure.yaml and flows/topics.yaml

procedure-intro = Sığınma sürecinde nerede olduğunuzu birlikte bulalım. En fazla üç soru soracağım.
procedure-q-registered = Sığınma başvurunuzu kaydettirdiniz mi (Ter Apel'de veya Schiphol'de)?
procedure-a-registered-no = Hayır, yeni geldim
procedure-a-registered-yes = Evet, kaydım yapıldı
procedure-a-choose-phase = Aşamayı kendim seçeceğim
procedure-a-ukraine = Ukrayna'daki savaştan kaçtım
temporary-protection-intro =
    Ukrayna'daki savaştan kaçan kişiler sığınma değil, geçici koruma alır.
    Sizin için burada anlatılan sığınma sürecinden farklı kurallar geçerlidir.
    RefugeeHelp, Ukraynaca ve Rusça bilgi sunuyor; iş ve eğitim hakkında da.
procedure-q-interview = IND (göç dairesi) ile sığınma nedenleriniz hakkındaki görüşmeleri yaptınız mı?
procedure-a-interview-no = Hayır, henüz değil
procedure-a-interview-yes = Evet
procedure-a-not-sure = Emin değilim
procedure-q-decision = IND'nin kararını aldınız mı?
procedure-a-decision-waiting = Hayır, bekliyorum
procedure-a-decision-granted = Evet, oturum izni aldım
procedure-a-decision-rejected = Evet, reddedildi
phases-menu-intro = Sığınma sürecinin aşamaları bunlar. Ne olduğunu görmek için birini seçin.
decision-choose-intro = IND ne karar verdi?

topics-menu-intro = Bir konu seçin. Hangi kuruluşların yardım edebileceğini göreceksiniz.
organisations-menu-intro = Bunlar başlıca kuruluşlar. Ne yaptığını ve nasıl ulaşacağınızı görmek için birini seçin.
organisations-by-topic = Konuya göre diğer kuruluşlar

## Common messages — used by the engine and renderer (bot/) on every screen

welcome = Wegwijs'e hoş geldiniz. Hollanda'daki sığınma sürecinde yolunuzu bulmanıza ve size yardım edebilecek kuruluşları bulmanıza yardım ediyorum. Buradaki her şey ücretsizdir.
welcome-language = Şu anda Türkçe okuyorsunuz. Başka bir dil seçmek için "Dil" düğmesine basın.
main-menu-intro = Neye ihtiyacınız var? Bir düğme seçin. Birkaç kelime de yazabilirsiniz, örneğin "avukat" veya "doktor".

nav-back = ◀ Geri
nav-menu = 🏠 Menü
nav-emergency = 🚨 Acil durum 112
nav-language = 🌐 Dil

main-option-procedure = Sığınma sürecinde neredeyim?
main-option-topics = Konuya göre yardım bulun
main-option-organisations = Kuruluşlar
main-option-help = ℹ️ Yardım
main-option-privacy = Gizlilik

language-menu-intro = Dilinizi seçin.
language-changed = Diliniz değiştirildi.

help-intro = Wegwijs, Hollanda'daki sığınma süreci ve yardım eden kuruluşlar hakkında bilgi verir. Avukat değildir ve dosyanız hakkında hiçbir karar vermez.
help-commands =
    Bu komutları her zaman kullanabilirsiniz:
    /menu – ana menü
    /emergency – acil durum numaraları
    /language – dilinizi seçin
    /privacy – neleri saklıyoruz
    /forget – sizinle ilgili sakladığımız her şeyi silin
    "menü" veya "geri" gibi kelimeler de yazabilirsiniz.

privacy-notice =
    Sadece şunları saklıyoruz: diliniz, en son açtığınız ekran ve son ziyaretinizin günü.
    Adınızı, telefon numaranızı veya yazdıklarınızı saklamıyoruz.
    /forget gönderin, hepsini bir kerede silelim. 90 gün boyunca hiç gelmezseniz de sileriz.

forget-done = Tamam. Sizinle ilgili sakladığımız her şeyi sildik. Sizinle ilgili hiçbir şey kalmadı. Tekrar yazarsanız, sıfırdan başlarız.
command-unknown = Bu komutu bilmiyorum. İşte menü.
button-expired = Bu düğme artık çalışmıyor. İşte menü.
start-unknown-link = Bu bağlantıyı bilmiyorum. İşte menü.
text-did-you-mean = Bunlardan birini mi demek istediniz?
text-not-understood = Üzgünüm, bunu anlamadım. Bir düğme seçin ya da bir iki kelime deneyin, örneğin "avukat", "doktor" veya "aile".
location-not-used = Teşekkürler. Konum bilgisini henüz kullanmıyorum. İşte menü.
notice-english-fallback = (Bu metnin bir kısmı henüz dilinize çevrilmedi, bu yüzden İngilizce gösteriliyor.)
phase-next-button = Sonraki aşama ▶

## Organisation cards

card-unconfirmed = henüz doğrulanmadı, lütfen kontrol edin
card-for-professionals = (profesyoneller için)
card-save-contact = 📇 Kişi olarak kaydet
card-contact-sent = İşte kişi bilgisi. Aramak veya telefonunuza kaydetmek için üzerine dokunun.

## Opening hours
# Variables:
#   $first (String) - first day name, from the language's calendar (e.g. "Monday")
#   $last (String) - last day name
#   $from (String) - opening time, e.g. "08:00"
#   $to (String) - closing time, e.g. "20:00"
hours-day-range = { $first } – { $last } { $from }–{ $to }
# Variables:
#   $first (String) - the day name
#   $last (String) - the same day name
#   $from (String) - opening time
#   $to (String) - closing time
hours-one-day = { $first } { $from }–{ $to }
# Variables:
#   $first, $last (String) - Monday and Sunday (not shown)
#   $from (String) - opening time
#   $to (String) - closing time
hours-every-day = Her gün { $from }–{ $to }
hours-always = Günde 24 saat, haftada 7 gün
hours-closed-holidays = resmi tatillerde kapalı
hours-open-now = şu an açık
hours-closed-now = şu an kapalı

## Telegram channel (bot/channels/telegram.py)
# Variables:
#   $bot (String) - the bot's username, e.g. "@WegwijsBot"
group-use-private = Sorduklarınız aramızda kalsın diye sadece özel sohbette cevap veriyorum. { $bot } sohbetini açın ve "Başlat" (Start) düğmesine basın.
# Variables:
#   $phone (String) - the emergency number, from data (112)
error-something-went-wrong = Bir şeyler ters gitti. Tehlikede misiniz? { $phone } numarasını arayın.
command-start = Yeniden başla
command-menu = Ana menü
command-help = Bu bot nasıl çalışır
command-language = Dilinizi seçin
command-emergency = Acil durum numaraları
command-privacy = Neleri saklıyoruz
command-forget = Sizinle ilgili her şeyi silin

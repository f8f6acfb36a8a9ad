## Common messages — used by the engine and renderer (bot/) on every screen

welcome = Wegwijs'e hoş geldiniz. Hollanda'daki sığınma sürecinde yolunuzu bulmanıza ve size yardım edebilecek kuruluşlara ulaşmanıza yardım ediyorum. Wegwijs'i kullanmak ücretsizdir; bazı telefon hatları ücretlidir, o zaman ekranda bu belirtilir.
welcome-language = Şu anda Türkçe okuyorsunuz. Başka bir dil seçmek için "Dil" düğmesine basın.
main-menu-intro = Neye ihtiyacınız var? Bir düğme seçin. Birkaç kelime de yazabilirsiniz, örneğin "avukat" veya "doktor".

nav-back = ◀ Geri
nav-menu = 🏠 Menü
# Variables:
#   $emergency-number (String) - the emergency number, from data
nav-emergency = 🚨 Acil durum { $emergency-number }
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
    /erase – bu sohbeti temizleyin
    "menü" veya "geri" gibi kelimeler de yazabilirsiniz.

# Variables:
#   $erase-hours (Number) - how long message numbers are kept for "Erase this chat", from the bot
#   $retention-days (Number) - days without a visit after which we delete it, from the bot's settings
privacy-notice =
    Wegwijs yalnızca dilinizi ve son ziyaretinizin gününü saklar. Bunları, hesabınızdan üretilen ve tekrar hesabınıza çevrilemeyen bir kodla saklar. "Bu sohbeti temizle" için ayrıca bu sohbetteki mesajların numaralarını da (içeriklerini değil) { $erase-hours } saat boyunca saklar.
    Adınızı, telefon numaranızı, yazdıklarınızı veya hangi ekranları açtığınızı asla saklamaz. Her ekranın kaç kez açıldığını, kimin açtığını bilmeden sayar.
    /forget her şeyi bir kerede siler. { $retention-days } gün boyunca hiç ziyaret etmezseniz, kendiliğinden silinir.

forget-ask = Wegwijs'in sizinle ilgili bildiği her şey silinsin mi? Bunlar diliniz ve son ziyaretinizin günüdür. Bunu geri alamazsınız.
forget-yes = 🗑️ Evet, her şeyi sil
forget-erase = 🧹 Her şeyi sil ve bu sohbeti temizle
forget-no = Hayır, kalsın
forget-done = Tamam. Sizinle ilgili sakladığımız her şeyi sildik. Bizde sizinle ilgili hiçbir şey kalmadı. Tekrar yazarsanız, sıfırdan başlarız.
forget-done-phone = Sohbetin kendisi hâlâ telefonunuzda duruyor. Silmek için: Telegram'ın sohbet listesinde bu sohbete basılı tutun ve "Sil" seçeneğini seçin.

## Erase this chat, share, feedback

erase-button = 🧹 Bu sohbeti temizle
# Variables:
#   $erase-hours (Number) - how far back the bot can delete messages, from the bot
erase-done =
    Bu sohbetin son { $erase-hours ->
        [one] { $erase-hours } saatteki
       *[other] { $erase-hours } saatteki
    } mesajları silindi.
    Sohbeti telefonunuzdan da kaldırmak için: Telegram'ın sohbet listesinde bu sohbete basılı tutun ve "Sil" seçeneğini seçin.
    Bu mesaj bir dakika içinde kaybolur.
share-button = 🔗 Bu ekranı paylaş
share-intro = Bu bağlantıyı birine gönderin. Wegwijs'i bu ekranda açar.
# Variables:
#   $link (String) - the link that opens this screen
share-link = { $link }
share-in-telegram = Telegram'da paylaş
feedback-up = 👍 Yardımcı oldu
feedback-down = 👎 Yardımcı olmadı
feedback-missing = ✍️ Eksik bir şey mi var?
feedback-thanks = Teşekkürler. Bunu, kim olduğunuzu bilmeden sayıyoruz.
feedback-missing-thanks = Teşekkürler. Burada bir şeyin eksik olduğunu, kim olduğunuzu bilmeden sayıyoruz. Lütfen ayrıntı yazmayın: yazdıklarınız saklanmaz.
command-unknown = Bu komutu bilmiyorum. İşte menü.
button-expired = Bu düğme artık çalışmıyor. İşte menü.
start-unknown-link = Bu bağlantıyı bilmiyorum. İşte menü.
text-did-you-mean = Bunlardan birini mi demek istediniz?
text-not-understood = Üzgünüm, bunu anlamadım. Bir düğme seçin ya da bir iki kelime deneyin, örneğin "avukat", "doktor" veya "aile".
# Variables:
#   $emergency-number (String) - the emergency number, from data
flood-slow-down = Aynı anda çok fazla mesaj geldi. Lütfen biraz bekleyin; mesajları tek tek yanıtlıyorum. Tehlikede misiniz? { $emergency-number } numarasını arayın.
location-not-used = Teşekkürler. Konum bilgisini henüz kullanmıyorum. İşte menü.
# Variables:
#   $emergency-number (String) - the emergency number, from data
message-not-readable = Yalnızca metin ve düğmeleri okuyabilirim; resimleri, sesli mesajları veya çıkartmaları okuyamam. İşte menü. Tehlikede misiniz? { $emergency-number } numarasını arayın.
notice-english-fallback = (Bu metnin bir kısmı henüz dilinize çevrilmedi, bu yüzden İngilizce gösteriliyor.)
phase-next-button = Sonraki adım ▶
phase-more-button = Bu adım hakkında daha fazlası
category-more-button = Ararken ne söylemeli
card-more-button = Profesyoneller için numaralar

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
hours-always = Gece gündüz, her gün
hours-closed-holidays = resmi tatillerde kapalı
hours-open-now = şu an açık
hours-closed-now = şu an kapalı

## Telegram channel (bot/channels/telegram.py)
# Variables:
#   $bot (String) - the bot's username, e.g. "@WegwijsBot"
group-use-private = Sorduklarınız aramızda kalsın diye sadece özel sohbette cevap veriyorum. { $bot } sohbetini açın ve "Başlat" (Start) düğmesine basın.
# Variables:
#   $emergency-number (String) - the emergency number, from data
error-something-went-wrong = Bir şeyler ters gitti. Tehlikede misiniz? { $emergency-number } numarasını arayın.
command-start = Yeniden başla
command-menu = Ana menü
command-help = Bu bot nasıl çalışır
command-language = Dilinizi seçin
command-emergency = Acil durum numaraları
command-privacy = Neleri saklıyoruz
command-forget = Sizinle ilgili her şeyi silin
command-erase = Bu sohbeti temizle

"""Turkish text of the home app's demo, keyed by the English source segments."""

from home.demo import HOME, PAGES

ABOUT, LIVING, POLISH = PAGES

STRINGS = {
    # Home page
    HOME["title"]: "Białystok'ta Eğitim",
    HOME["seo_title"]: "Białystok'ta Eğitim: üniversiteler, ortaklar ve öğrenci yaşamı",
    HOME[
        "search_description"
    ]: "Białystok Belediyesi ve üniversitelerinin yabancı öğrenciler için ortak portalı.",
    HOME["intro"]: (
        "Białystok, Polonya'nın kuzeydoğusunda yeşil bir üniversite şehridir. Burada üniversiteler ve "
        "belediye, neler okuyabileceğinizi, ortak üniversitelerimizin kimler olduğunu ve günlük "
        "yaşamın nasıl olduğunu tek bir yerde anlatıyor."
    ),
    HOME["hero_alt_text"]: "Ortak üniversitelerden konuklar bir üniversite binasının önünde",
    "Read about life in Białystok": "Białystok'ta yaşam hakkında okuyun",
    "Start learning Polish": "Lehçe öğrenmeye başlayın",
    # How the portal began
    ABOUT["title"]: "Study in Bialystok nasıl doğdu",
    ABOUT["intro"]: (
        "Portal, Białystok Teknik Üniversitesi ile 18 ülkedeki ortakları arasındaki bir haftalık "
        "buluşmalardan doğdu."
    ),
    ABOUT["body"][0][1]: "Sekizinci International Training Week",
    ABOUT["body"][1][1]: (
        "Mayıs 2022'de Białystok Teknik Üniversitesi Uluslararası İlişkiler Ofisi sekizinci International "
        "Training Week'e ev sahipliği yaptı. Çoğu Avrupa Birliği dışından olmak üzere 18 ülkedeki ortak "
        "üniversitelerden kırka yakın konuk, Erasmus+ KA107 programı kapsamında geldi."
    ),
    ABOUT["body"][2][1]: (
        "Rektörler, öğretim elemanları ve uluslararası ofis çalışanları öğrencilerle buluştu, fakülteleri "
        "gezdi; daha fazla öğrenci ve personel değişimini, ortak araştırmaları ve yaz okullarını konuştu."
    ),
    ABOUT["body"][3][1]: "Şehrin ve üniversitelerinin ortak markası",
    ABOUT["body"][4][1]: (
        "O hafta üniversite, yabancı öğrencileri çekecek ortak bir markayı desteklemesini Białystok "
        "Belediye Başkanı'ndan istedi. Bu site bunun sonucudur: şehir ve üniversiteleri sunduklarını "
        "birlikte tanıtıyor."
    ),
    ABOUT["body"][5][1]: (
        "Üniversiteler ve şehir birlikte çalıştığında herkes kazanır; Białystok'u seçen öğrenciler de."
    ),
    ABOUT["body"][5][
        2
    ]: "Doç. Dr. Dorota Anna Krawczyk, Uluslararası İşbirliğinden Sorumlu Rektör Yardımcısı",
    # Living in Białystok
    LIVING["title"]: "Białystok'ta yaşam",
    LIVING[
        "intro"
    ]: "Sarayları, parkları ve hemen yanı başındaki Podlasie ormanlarıyla derli toplu bir şehir.",
    LIVING["body"][0][1]: "Şehir",
    LIVING["body"][1][1]: (
        "Branicki Sarayı ve bahçeleri şehrin tam kalbinde yer alır. Training Week konuklarını Belediye "
        "Başkan Yardımcısı Przemysław Tuchliński Branicki Misafir Sarayı'nda karşıladı; ardından tarihi "
        "merkezde bir yürüyüş yapıldı."
    ),
    LIVING["body"][2][1]: "Bölge",
    LIVING["body"][3][1]: (
        "Yarım saat uzaklıktaki Supraśl, manastırı ve yöresel mutfağıyla ünlü, ormanın içinde küçük bir "
        "kasabadır. Koryciny'deki şifalı bitkiler bahçesi Podlasie'nin bitkilerini tanıtır."
    ),
    # Learning Polish
    POLISH["title"]: "Lehçe öğrenmek",
    POLISH["intro"]: "İngilizce okuyabilirsiniz, ama birkaç Lehçe kelime pek çok kapıyı açar.",
    POLISH["body"][0][1]: (
        "Białystok Teknik Üniversitesi Yabancı Diller Merkezi'ne bağlı POLISH LAB Leh Dili ve Kültürü "
        "Merkezi, konuklar ve yabancı öğrenciler için dil ve kültür atölyeleri düzenler."
    ),
    POLISH["body"][1][1]: (
        "2022 Training Week sırasında katılımcılar tek bir öğleden sonrada günlük nezaket ifadelerini "
        "öğrendi ve haftanın geri kalanında birbirlerini Lehçe selamladı."
    ),
}

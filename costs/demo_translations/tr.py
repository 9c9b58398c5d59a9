"""Turkish text of the cost-of-living demo, keyed by the English source segments."""

STRINGS = {
    "Cost of living": "Yaşam maliyeti",
    "Choose where you will live and what you pay for: the calculator adds up a monthly and a yearly budget in złoty, with approximate euro and dollar amounts.": "Nerede yaşayacağını ve neler için ödeme yapacağını seç: hesaplayıcı aylık ve yıllık bütçeni zloti olarak, yaklaşık avro ve dolar tutarlarıyla toplar.",
    "Demo rates, to be copied from NBP table A": "NBP A tablosundan aktarılacak örnek kurlar",
    "A place in a double or single room of a university dormitory.": "Üniversite yurdunda iki veya tek kişilik bir odada yer.",
    "Dormitory price lists of Białystok's universities": "Białystok üniversitelerinin yurt fiyat listeleri",
    "A room in a flat shared with other students, bills included.": "Diğer öğrencilerle paylaşılan bir dairede oda, faturalar dahil.",
    "Rental listings for Białystok": "Białystok kiralık ilanları",
    "A small flat of your own, bills included.": "Kendine ait küçük bir daire, faturalar dahil.",
    "Cooking at home, with lunch at a university canteen now and then.": "Evde yemek yapmak, ara sıra üniversite yemekhanesinde öğle yemeği.",
    "Demo estimate of the international offices": "Uluslararası ofislerin örnek tahmini",
    "A monthly city ticket; students under 26 pay a reduced fare.": "Aylık şehir bileti; 26 yaşından küçük öğrenciler indirimli öder.",
    "Białystok public transport (BKM)": "Białystok toplu taşıma (BKM)",
    "A prepaid card or a small monthly plan with mobile internet.": "Ön ödemeli bir hat veya mobil internetli küçük bir aylık paket.",
    "Polish mobile operators' price lists": "Polonya mobil operatörlerinin fiyat listeleri",
    "Nothing with a European Health Insurance Card; otherwise the NFZ voluntary insurance or a private policy.": "Avrupa Sağlık Sigortası Kartı ile hiçbir şey; aksi hâlde NFZ gönüllü sigortası veya özel bir poliçe.",
    "National Health Fund (NFZ)": "Ulusal Sağlık Fonu (NFZ)",
    "Books, copies and small equipment.": "Kitaplar, fotokopiler ve küçük malzemeler.",
}

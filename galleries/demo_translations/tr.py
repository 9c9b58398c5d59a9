"""Turkish text of the gallery demo, keyed by the English source segments."""

STRINGS = {
    # The gallery
    "International Training Week 2022: opening and cultural stands": "International Training Week 2022: açılış ve kültür standları",
    "Demo pictures standing in for the photos of the opening ceremony and of the partner universities' cultural stands at Bialystok University of Technology.": "Bialystok Teknik Üniversitesindeki açılış töreninin ve ortak üniversitelerin kültür standlarının fotoğrafları yerine kullanılan tanıtım görselleri.",
    # Alt texts and captions of the demo pictures (coloured circles standing in for photos)
    "Demo picture: pale blue circles on a background fading from dark blue to light blue": "Tanıtım görseli: koyu maviden açık maviye geçen bir arka plan üzerinde açık mavi daireler",
    "In place of a photo of the Rector welcoming the guests on 23 May 2022.": "Rektörün 23 Mayıs 2022'de konukları karşıladığı fotoğrafın yerine.",
    "Demo picture: sand-coloured circles on a background fading from navy blue to amber": "Tanıtım görseli: lacivertten kehribar rengine geçen bir arka plan üzerinde kum rengi daireler",
    "In place of a photo of the nearly forty guests from partner universities in 18 countries.": "18 ülkedeki ortak üniversitelerden gelen yaklaşık kırk konuğun fotoğrafının yerine.",
    "Demo picture: pale green circles on a background fading from dark green to light green": "Tanıtım görseli: koyu yeşilden açık yeşile geçen bir arka plan üzerinde soluk yeşil daireler",
    "In place of the group photo taken after the opening.": "Açılıştan sonra çekilen toplu fotoğrafın yerine.",
    "Demo picture: pale yellow circles on a background fading from dark red to golden yellow": "Tanıtım görseli: koyu kırmızıdan altın sarısına geçen bir arka plan üzerinde soluk sarı daireler",
    "In place of a photo of the partner universities' cultural stands.": "Ortak üniversitelerin kültür standlarının fotoğrafının yerine.",
    "Demo picture: cream circles on a background fading from brown to light sand": "Tanıtım görseli: kahverengiden açık kum rengine geçen bir arka plan üzerinde krem rengi daireler",
    "In place of a photo of students tasting delicacies from around the world.": "Dünyanın dört bir yanından lezzetleri tadan öğrencilerin fotoğrafının yerine.",
    "Demo picture: pale lilac circles on a background fading from deep purple to lavender": "Tanıtım görseli: koyu mordan lavanta rengine geçen bir arka plan üzerinde soluk leylak rengi daireler",
    "In place of a photo of conversations about exchanges and summer schools.": "Değişim programları ve yaz okulları üzerine sohbetlerin fotoğrafının yerine.",
}

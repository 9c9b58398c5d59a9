"""Turkish text of the gallery demo, keyed by the English source segments."""

STRINGS = {
    # The gallery
    "International Training Week 2022: opening and cultural stands": "International Training Week 2022: açılış ve kültür standları",
    "Photos of the opening ceremony and of the partner universities' cultural stands at Bialystok University of Technology.": "Białystok Teknik Üniversitesi'ndeki açılış töreninden ve ortak üniversitelerin kültür standlarından fotoğraflar.",
    # Alt texts and captions of the photos
    "The Rector speaking at a lectern to guests in an auditorium": "Rektör bir salonda kürsüden konuklara konuşuyor",
    "The Rector welcomes the guests on 23 May 2022.": "Rektör 23 Mayıs 2022'de konukları karşılıyor.",
    "About forty guests from partner universities seated in rows": "Ortak üniversitelerden kırk kadar konuk sıralar halinde oturuyor",
    "Nearly forty guests from partner universities.": "Ortak üniversitelerden kırka yakın konuk.",
    "Participants of the Training Week posing together on the steps of a university building": "Training Week katılımcıları bir üniversite binasının merdivenlerinde birlikte poz veriyor",
    "The group photo after the opening.": "Açılıştan sonra çekilen toplu fotoğraf.",
    "Colourful tables with flags, leaflets and sweets in a university hall": "Bir üniversite holünde bayraklar, broşürler ve tatlılarla dolu renkli masalar",
    "Each partner university set up its own stand.": "Her ortak üniversite kendi standını kurdu.",
    "Students tasting pastries offered at one of the stands": "Öğrenciler standlardan birinde sunulan hamur işlerini tadıyor",
    "Students taste delicacies from around the world.": "Öğrenciler dünyanın dört bir yanından lezzetleri tadıyor.",
    "A guest in traditional dress talking with two students at a stand": "Geleneksel kıyafetli bir konuk, bir standda iki öğrenciyle sohbet ediyor",
    "Conversations about exchanges and summer schools.": "Değişim programları ve yaz okulları üzerine sohbetler.",
}

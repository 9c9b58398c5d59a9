"""Arabic text of the gallery demo, keyed by the English source segments."""

STRINGS = {
    # The gallery
    "International Training Week 2022: opening and cultural stands": "أسبوع التدريب الدولي 2022: الافتتاح والأجنحة الثقافية",
    "Photos of the opening ceremony and of the partner universities' cultural stands at Bialystok University of Technology.": "صور من حفل الافتتاح ومن الأجنحة الثقافية للجامعات الشريكة في جامعة بياليستوك للتكنولوجيا.",
    # Alt texts and captions of the photos
    "The Rector speaking at a lectern to guests in an auditorium": "رئيسة الجامعة تتحدث من منصة إلى الضيوف في قاعة محاضرات",
    "The Rector welcomes the guests on 23 May 2022.": "رئيسة الجامعة ترحب بالضيوف في 23 مايو 2022.",
    "About forty guests from partner universities seated in rows": "نحو أربعين ضيفًا من الجامعات الشريكة جالسون في صفوف",
    "Nearly forty guests from partner universities.": "قرابة أربعين ضيفًا من الجامعات الشريكة.",
    "Participants of the Training Week posing together on the steps of a university building": "المشاركون في أسبوع التدريب يلتقطون صورة جماعية على درج مبنى جامعي",
    "The group photo after the opening.": "الصورة الجماعية بعد الافتتاح.",
    "Colourful tables with flags, leaflets and sweets in a university hall": "طاولات ملونة عليها أعلام ومنشورات وحلويات في بهو جامعي",
    "Each partner university set up its own stand.": "أعدّت كل جامعة شريكة جناحها الخاص.",
    "Students tasting pastries offered at one of the stands": "طلاب يتذوقون معجنات مقدمة في أحد الأجنحة",
    "Students taste delicacies from around the world.": "الطلاب يتذوقون أطايب من أنحاء العالم.",
    "A guest in traditional dress talking with two students at a stand": "ضيف بزي تقليدي يتحدث مع طالبين عند أحد الأجنحة",
    "Conversations about exchanges and summer schools.": "أحاديث عن التبادل والمدارس الصيفية.",
}

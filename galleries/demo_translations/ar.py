"""Arabic text of the gallery demo, keyed by the English source segments."""

STRINGS = {
    # The gallery
    "International Training Week 2022: opening and cultural stands": "أسبوع التدريب الدولي 2022: الافتتاح والأجنحة الثقافية",
    "Demo pictures standing in for the photos of the opening ceremony and of the partner universities' cultural stands at Bialystok University of Technology.": "صور توضيحية تحل محل صور حفل الافتتاح والأجنحة الثقافية للجامعات الشريكة في جامعة بياليستوك للتكنولوجيا.",
    # Alt texts and captions of the demo pictures (coloured circles standing in for photos)
    "Demo picture: pale blue circles on a background fading from dark blue to light blue": "صورة توضيحية: دوائر زرقاء فاتحة على خلفية تتدرج من الأزرق الداكن إلى الأزرق الفاتح",
    "In place of a photo of the Rector welcoming the guests on 23 May 2022.": "بدلًا من صورة لرئيسة الجامعة وهي ترحب بالضيوف في 23 مايو 2022.",
    "Demo picture: sand-coloured circles on a background fading from navy blue to amber": "صورة توضيحية: دوائر بلون الرمل على خلفية تتدرج من الأزرق الكحلي إلى الكهرماني",
    "In place of a photo of the nearly forty guests from partner universities in 18 countries.": "بدلًا من صورة لنحو أربعين ضيفًا من جامعات شريكة في 18 دولة.",
    "Demo picture: pale green circles on a background fading from dark green to light green": "صورة توضيحية: دوائر خضراء باهتة على خلفية تتدرج من الأخضر الداكن إلى الأخضر الفاتح",
    "In place of the group photo taken after the opening.": "بدلًا من الصورة الجماعية التي التُقطت بعد الافتتاح.",
    "Demo picture: pale yellow circles on a background fading from dark red to golden yellow": "صورة توضيحية: دوائر صفراء باهتة على خلفية تتدرج من الأحمر الداكن إلى الأصفر الذهبي",
    "In place of a photo of the partner universities' cultural stands.": "بدلًا من صورة للأجنحة الثقافية للجامعات الشريكة.",
    "Demo picture: cream circles on a background fading from brown to light sand": "صورة توضيحية: دوائر بلون الكريم على خلفية تتدرج من البني إلى الرملي الفاتح",
    "In place of a photo of students tasting delicacies from around the world.": "بدلًا من صورة لطلاب يتذوقون أطباقًا شهية من أنحاء العالم.",
    "Demo picture: pale lilac circles on a background fading from deep purple to lavender": "صورة توضيحية: دوائر ليلكية باهتة على خلفية تتدرج من البنفسجي الداكن إلى الخزامي",
    "In place of a photo of conversations about exchanges and summer schools.": "بدلًا من صورة لأحاديث عن برامج التبادل والمدارس الصيفية.",
}

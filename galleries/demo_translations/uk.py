"""Ukrainian text of the gallery demo, keyed by the English source segments."""

STRINGS = {
    # The gallery
    "International Training Week 2022: opening and cultural stands": "International Training Week 2022: відкриття та культурні стенди",
    "Demo pictures standing in for the photos of the opening ceremony and of the partner universities' cultural stands at Bialystok University of Technology.": "Демонстраційні зображення замість світлин з церемонії відкриття та з культурних стендів університетів-партнерів у Білостоцькій політехніці.",
    # Alt texts and captions of the demo pictures (coloured circles standing in for photos)
    "Demo picture: pale blue circles on a background fading from dark blue to light blue": "Демонстраційне зображення: світло-блакитні кола на тлі, що переходить від темно-синього до блакитного",
    "In place of a photo of the Rector welcoming the guests on 23 May 2022.": "Замість світлини, на якій ректорка вітає гостей 23 травня 2022 року.",
    "Demo picture: sand-coloured circles on a background fading from navy blue to amber": "Демонстраційне зображення: кола піщаного кольору на тлі, що переходить від темно-синього до бурштинового",
    "In place of a photo of the nearly forty guests from partner universities in 18 countries.": "Замість світлини майже сорока гостей з університетів-партнерів із 18 країн.",
    "Demo picture: pale green circles on a background fading from dark green to light green": "Демонстраційне зображення: світло-зелені кола на тлі, що переходить від темно-зеленого до світло-зеленого",
    "In place of the group photo taken after the opening.": "Замість спільного фото, зробленого після відкриття.",
    "Demo picture: pale yellow circles on a background fading from dark red to golden yellow": "Демонстраційне зображення: світло-жовті кола на тлі, що переходить від темно-червоного до золотаво-жовтого",
    "In place of a photo of the partner universities' cultural stands.": "Замість світлини культурних стендів університетів-партнерів.",
    "Demo picture: cream circles on a background fading from brown to light sand": "Демонстраційне зображення: кремові кола на тлі, що переходить від коричневого до світло-піщаного",
    "In place of a photo of students tasting delicacies from around the world.": "Замість світлини студентів, які куштують смаколики з різних куточків світу.",
    "Demo picture: pale lilac circles on a background fading from deep purple to lavender": "Демонстраційне зображення: блідо-бузкові кола на тлі, що переходить від темно-фіолетового до лавандового",
    "In place of a photo of conversations about exchanges and summer schools.": "Замість світлини розмов про обміни та літні школи.",
}

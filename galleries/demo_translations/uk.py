"""Ukrainian text of the gallery demo, keyed by the English source segments."""

STRINGS = {
    # The gallery
    "International Training Week 2022: opening and cultural stands": "International Training Week 2022: відкриття та культурні стенди",
    "Photos of the opening ceremony and of the partner universities' cultural stands at Bialystok University of Technology.": "Світлини з церемонії відкриття та з культурних стендів університетів-партнерів у Білостоцькій політехніці.",
    # Alt texts and captions of the photos
    "The Rector speaking at a lectern to guests in an auditorium": "Ректорка виступає з трибуни перед гостями в актовій залі",
    "The Rector welcomes the guests on 23 May 2022.": "Ректорка вітає гостей 23 травня 2022 року.",
    "About forty guests from partner universities seated in rows": "Близько сорока гостей з університетів-партнерів сидять рядами",
    "Nearly forty guests from partner universities.": "Майже сорок гостей з університетів-партнерів.",
    "Participants of the Training Week posing together on the steps of a university building": "Учасники Training Week фотографуються разом на сходах університетської будівлі",
    "The group photo after the opening.": "Спільне фото після відкриття.",
    "Colourful tables with flags, leaflets and sweets in a university hall": "Барвисті столи з прапорами, буклетами й солодощами в університетському холі",
    "Each partner university set up its own stand.": "Кожен університет-партнер підготував власний стенд.",
    "Students tasting pastries offered at one of the stands": "Студенти куштують випічку з одного зі стендів",
    "Students taste delicacies from around the world.": "Студенти куштують смаколики з різних куточків світу.",
    "A guest in traditional dress talking with two students at a stand": "Гість у традиційному вбранні розмовляє з двома студентами біля стенда",
    "Conversations about exchanges and summer schools.": "Розмови про обміни та літні школи.",
}

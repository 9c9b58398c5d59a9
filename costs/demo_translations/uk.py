"""Ukrainian text of the cost-of-living demo, keyed by the English source segments."""

STRINGS = {
    "Cost of living": "Вартість життя",
    "Choose where you will live and what you pay for: the calculator adds up a monthly and a yearly budget in złoty, with approximate euro and dollar amounts.": "Оберіть, де житимете і за що платите: калькулятор підсумує місячний і річний бюджет у злотих із приблизними сумами в євро та доларах.",
    "Demo rates, to be copied from NBP table A": "Демонстраційні курси, які слід переписати з таблиці A НБП",
    "A place in a double or single room of a university dormitory.": "Місце у дво- або одномісній кімнаті університетського гуртожитку.",
    "Dormitory price lists of Białystok's universities": "Ціни гуртожитків університетів Білостока",
    "A room in a flat shared with other students, bills included.": "Кімната в квартирі разом з іншими студентами, з комунальними платежами.",
    "Rental listings for Białystok": "Оголошення про оренду в Білостоці",
    "A small flat of your own, bills included.": "Власна невелика квартира, з комунальними платежами.",
    "Cooking at home, with lunch at a university canteen now and then.": "Готування вдома, час від часу обід в університетській їдальні.",
    "Demo estimate of the international offices": "Демонстраційна оцінка міжнародних відділів",
    "A monthly city ticket; students under 26 pay a reduced fare.": "Місячний міський квиток; студенти до 26 років платять пільговий тариф.",
    "Białystok public transport (BKM)": "Громадський транспорт Білостока (BKM)",
    "A prepaid card or a small monthly plan with mobile internet.": "Передплачена картка або невеликий місячний тариф із мобільним інтернетом.",
    "Polish mobile operators' price lists": "Тарифи польських мобільних операторів",
    "Nothing with a European Health Insurance Card; otherwise the NFZ voluntary insurance or a private policy.": "Нічого з Європейською карткою медичного страхування; інакше добровільне страхування в NFZ або приватний поліс.",
    "National Health Fund (NFZ)": "Національний фонд здоров'я (NFZ)",
    "Books, copies and small equipment.": "Книжки, копії та дрібне приладдя.",
}

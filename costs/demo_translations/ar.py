"""Arabic text of the cost-of-living demo, keyed by the English source segments."""

STRINGS = {
    "Cost of living": "تكاليف المعيشة",
    "Choose where you will live and what you pay for: the calculator adds up a monthly and a yearly budget in złoty, with approximate euro and dollar amounts.": "اختر مكان سكنك وما تدفع مقابله: تجمع الحاسبة ميزانية شهرية وسنوية بالزلوتي، مع مبالغ تقريبية باليورو والدولار.",
    "Demo rates, to be copied from NBP table A": "أسعار صرف تجريبية، تُنقل من الجدول A للبنك الوطني البولندي",
    "A place in a double or single room of a university dormitory.": "مكان في غرفة مزدوجة أو فردية في سكن جامعي.",
    "Dormitory price lists of Białystok's universities": "قوائم أسعار السكن الجامعي في جامعات بياويستوك",
    "A room in a flat shared with other students, bills included.": "غرفة في شقة مشتركة مع طلاب آخرين، شاملة الفواتير.",
    "Rental listings for Białystok": "إعلانات الإيجار في بياويستوك",
    "A small flat of your own, bills included.": "شقة صغيرة خاصة بك، شاملة الفواتير.",
    "Cooking at home, with lunch at a university canteen now and then.": "الطبخ في البيت، مع غداء في مطعم الجامعة من حين لآخر.",
    "Demo estimate of the international offices": "تقدير تجريبي من المكاتب الدولية",
    "A monthly city ticket; students under 26 pay a reduced fare.": "تذكرة شهرية للمدينة؛ يدفع الطلاب دون 26 عامًا سعرًا مخفّضًا.",
    "Białystok public transport (BKM)": "النقل العام في بياويستوك (BKM)",
    "A prepaid card or a small monthly plan with mobile internet.": "بطاقة مسبقة الدفع أو باقة شهرية صغيرة مع إنترنت الهاتف.",
    "Polish mobile operators' price lists": "قوائم أسعار شركات الهاتف المحمول البولندية",
    "Nothing with a European Health Insurance Card; otherwise the NFZ voluntary insurance or a private policy.": "لا شيء مع البطاقة الأوروبية للتأمين الصحي؛ وإلا فالتأمين الطوعي لدى NFZ أو وثيقة تأمين خاصة.",
    "National Health Fund (NFZ)": "الصندوق الوطني للصحة (NFZ)",
    "Books, copies and small equipment.": "كتب ونسخ وأدوات صغيرة.",
}

"""Texts of the demo network (fictional association), written for this project."""

SITE = {
    "ru": {
        "association_name": "Ассоциация образовательных организаций Северо-Озёрского края",
        "tagline": "Школы, колледжи и вузы края, которые учатся друг у друга",
        "address": (
            "165010, Северо-Озёрский край, г. Веретинск, "
            "ул. Набережная Просвещения, д. 12, офис 304"
        ),
        "email": "office@aoo-sok.example.ru",
        "phone": "+7 (4852) 55-01-23",
        "footer_text": (
            "Ассоциация образовательных организаций Северо-Озёрского края — "
            "некоммерческое объединение школ, колледжей, университетов и организаций "
            "дополнительного образования. Методические материалы сайта можно свободно "
            "использовать в некоммерческих целях со ссылкой на авторов."
        ),
        "hero_title": "Сильное образование строится вместе",
        "hero_text": (
            "Четырнадцать образовательных организаций Северо-Озёрского края объединили "
            "опыт, кадры и площадки, чтобы запускать совместные программы и поддерживать "
            "педагогов. Здесь можно найти проверенные коллегами методические материалы, "
            "записаться на семинар или предложить свой проект сети."
        ),
        "about_title": "Об ассоциации",
        "about_intro": (
            "Мы — добровольное профессиональное объединение образовательных организаций "
            "края, основанное в 2012 году по инициативе двух университетов и педагогического "
            "колледжа."
        ),
        "about_paragraphs": [
            "Главная задача ассоциации — сделать качественное образование доступным для "
            "жителей всего края, а не только областного центра. Сельская школа должна "
            "получать ту же методическую помощь, что и столичный лицей, а студент колледжа — "
            "возможность продолжить обучение в университете без лишних барьеров.",
            "Сеть устроена горизонтально: у неё нет «главной» организации, каждый участник "
            "сохраняет самостоятельность и вносит то, чем богат. Университеты дают научную "
            "экспертизу и лаборатории, колледжи — производственные площадки и мастеров, "
            "школы — живую практику, центры дополнительного образования — опыт работы с "
            "увлечёнными детьми. Совместные программы оформляются договорами о сетевой "
            "форме реализации, а ресурсы открыты всем участникам.",
            "Качество материалов в базе обеспечивает экспертный совет. В него входят "
            "преподаватели вузов, методисты и учителя-практики, избираемые общим собранием "
            "на три года. Каждая разработка проходит двойное рецензирование: предметное и "
            "методическое. Авторы получают развёрнутый отзыв, а лучшие работы — статус "
            "«Рекомендовано экспертным советом».",
            "Вокруг ассоциации сложились профессиональные сообщества учителей математики, "
            "словесников, педагогов начальной школы, специалистов инклюзивного образования "
            "и руководителей. Они собираются на методические дни, ведут открытые уроки и "
            "вместе готовят олимпиады и конкурсы.",
            "Присоединиться к сети может любая образовательная организация Северо-Озёрского "
            "края, разделяющая принципы открытости и взаимопомощи. Достаточно заполнить "
            "заявку, назначить ответственного за сетевое взаимодействие и подписать "
            "соглашение о сотрудничестве. Членских взносов для школ и сельских организаций "
            "нет.",
        ],
        "join_title": "Вступить в сеть",
        "join_intro": (
            "Расскажите о вашей организации и о том, чем вы хотели бы поделиться с коллегами. "
            "Координатор ассоциации свяжется с вами в течение десяти рабочих дней."
        ),
        "join_thank_you": (
            "Спасибо! Заявка получена. Мы изучим её и пригласим вашего представителя на "
            "ближайшее заседание координационного совета."
        ),
        "sections": {
            "news": {
                "title": "Новости",
                "intro": "События сети, итоги конкурсов и решения экспертного совета.",
            },
            "institutions": {
                "title": "Участники сети",
                "intro": (
                    "Университеты, колледжи, школы и центры дополнительного образования, "
                    "которые работают вместе."
                ),
            },
            "programs": {
                "title": "Совместные программы",
                "intro": (
                    "Образовательные программы, которые реализуются в сетевой форме "
                    "несколькими участниками ассоциации."
                ),
            },
            "seminars": {
                "title": "Семинары и мероприятия",
                "intro": (
                    "Вебинары, конференции, мастер-классы и курсы для педагогов и "
                    "руководителей. Участие для членов сети бесплатное."
                ),
            },
            "resources": {
                "title": "База методических ресурсов",
                "intro": (
                    "Конспекты уроков, пособия, программы и оценочные материалы, "
                    "подготовленные педагогами сети."
                ),
            },
            "search": {
                "title": "Поиск",
                "intro": "Поиск по новостям, мероприятиям, программам и методическим материалам.",
            },
            "network": {
                "title": "Карта сотрудничества",
                "intro": (
                    "Кто с кем работает в сети: совместные программы, мероприятия, "
                    "подготовленные вместе, и методические материалы с соавторами из "
                    "других организаций."
                ),
            },
        },
    },
    "en": {
        "association_name": "Association of Educational Institutions of the Severo-Ozersky Krai",
        "tagline": "Schools, colleges and universities learning from one another",
        "address": (
            "Office 304, 12 Naberezhnaya Prosveshcheniya St., Veretinsk, "
            "Severo-Ozersky Krai, 165010, Russia"
        ),
        "email": "office@aoo-sok.example.ru",
        "phone": "+7 (4852) 55-01-23",
        "footer_text": (
            "The Association of Educational Institutions of the Severo-Ozersky Krai is a "
            "non-profit alliance of schools, colleges, universities and out-of-school "
            "education centres. Teaching materials published here may be reused for "
            "non-commercial purposes with credit to their authors."
        ),
        "hero_title": "Better education, built together",
        "hero_text": (
            "Fourteen schools, colleges, universities and learning centres pool their "
            "staff, facilities and know-how to run joint programmes and support teachers. "
            "Browse peer-reviewed teaching materials, sign up for a seminar or bring your "
            "own project to the network."
        ),
        "about_title": "About the association",
        "about_intro": (
            "We are a voluntary professional alliance of educational institutions, founded "
            "in 2012 by two universities and a teacher training college."
        ),
        "about_paragraphs": [
            "Our mission is to make good education available across the whole territory, "
            "not just in the regional capital. A village school deserves the same "
            "methodological support as a city lyceum, and a college student should be able "
            "to move on to university without unnecessary obstacles.",
            "The network has no head office in the usual sense. Every member keeps its "
            "independence and contributes what it does best: universities offer research "
            "expertise and laboratories, colleges provide workshops and industry mentors, "
            "schools bring everyday classroom practice, and out-of-school centres know how "
            "to work with highly motivated children. Joint programmes are set up under "
            "network delivery agreements, and shared resources are open to all members.",
            "An expert council looks after the quality of our resource library. Its members "
            "are university lecturers, methodologists and practising teachers elected by the "
            "general assembly for three years. Each submission receives two reviews, one on "
            "subject content and one on teaching method, and the best work is marked "
            "“Recommended by the expert council”.",
            "Professional communities have grown up around the association: mathematics "
            "teachers, language and literature teachers, primary teachers, inclusive "
            "education specialists and school leaders. They meet on methodology days, open "
            "their classrooms to colleagues and organise olympiads and contests together.",
            "Any educational institution in the territory that shares our values of openness "
            "and mutual help can join. Fill in the application form, appoint a network "
            "contact person and sign the cooperation agreement. Schools and rural "
            "institutions pay no membership fee.",
        ],
        "join_title": "Join the network",
        "join_intro": (
            "Tell us about your institution and what you would like to share with colleagues. "
            "The association's coordinator will contact you within ten working days."
        ),
        "join_thank_you": (
            "Thank you! We have received your application and will invite your "
            "representative to the next meeting of the coordinating board."
        ),
        "sections": {
            "news": {
                "title": "News",
                "intro": "Network events, contest results and decisions of the expert council.",
            },
            "institutions": {
                "title": "Network members",
                "intro": (
                    "Universities, colleges, schools and out-of-school education centres "
                    "working together."
                ),
            },
            "programs": {
                "title": "Joint programmes",
                "intro": (
                    "Degree, diploma and further training programmes delivered jointly by members."
                ),
            },
            "seminars": {
                "title": "Seminars and events",
                "intro": (
                    "Webinars, conferences, master classes and courses for teachers and school "
                    "leaders. Free of charge for network members."
                ),
            },
            "resources": {
                "title": "Teaching resource library",
                "intro": (
                    "Lesson plans, guides, curricula and assessment materials prepared by "
                    "teachers across the network."
                ),
            },
            "search": {
                "title": "Search",
                "intro": "Search news, events, programmes and teaching resources.",
            },
            "network": {
                "title": "Cooperation map",
                "intro": (
                    "Who works with whom in the network: joint programmes, events prepared "
                    "together and teaching materials co-written with colleagues from other "
                    "institutions."
                ),
            },
        },
    },
}

REGIONS = [
    {"slug": "veretinsk", "ru": "Городской округ Веретинск", "en": "Veretinsk Urban District"},
    {"slug": "ozerny", "ru": "Озёрный муниципальный район", "en": "Ozerny Municipal District"},
    {"slug": "kedrovsky", "ru": "Кедровский муниципальный округ", "en": "Kedrovsky Municipal Area"},
    {"slug": "pribrezhny", "ru": "Прибрежный район", "en": "Pribrezhny District"},
    {
        "slug": "beloklyuchinsky",
        "ru": "Белоключинский район",
        "en": "Beloklyuchinsky District",
    },
]

SUBJECTS = [
    {"slug": "mathematics", "ru": "Математика", "en": "Mathematics"},
    {
        "slug": "russian-literature",
        "ru": "Русский язык и литература",
        "en": "Russian language and literature",
    },
    {"slug": "physics", "ru": "Физика", "en": "Physics"},
    {"slug": "chemistry", "ru": "Химия", "en": "Chemistry"},
    {"slug": "biology", "ru": "Биология", "en": "Biology"},
    {
        "slug": "history-social",
        "ru": "История и обществознание",
        "en": "History and social studies",
    },
    {"slug": "foreign-languages", "ru": "Иностранные языки", "en": "Foreign languages"},
    {"slug": "computer-science", "ru": "Информатика", "en": "Computer science"},
    {"slug": "geography", "ru": "География", "en": "Geography"},
    {"slug": "arts", "ru": "Искусство и музыка", "en": "Arts and music"},
    {"slug": "physical-education", "ru": "Физическая культура", "en": "Physical education"},
    {
        "slug": "primary-education",
        "ru": "Методика начального образования",
        "en": "Primary education methods",
    },
    {"slug": "inclusive-education", "ru": "Инклюзивное образование", "en": "Inclusive education"},
    {
        "slug": "educational-management",
        "ru": "Управление образованием",
        "en": "Educational management",
    },
    {"slug": "career-guidance", "ru": "Профориентация", "en": "Career guidance"},
    {
        "slug": "engineering-vocational",
        "ru": "Профессиональное обучение: инженерия и техника",
        "en": "Vocational training in engineering",
    },
]

RESOURCE_TYPES = [
    {"slug": "lesson-plan", "ru": "Конспект урока", "en": "Lesson plan"},
    {"slug": "methodological-guide", "ru": "Методическое пособие", "en": "Methodological guide"},
    {"slug": "curriculum", "ru": "Образовательная программа", "en": "Curriculum"},
    {"slug": "presentation", "ru": "Презентация", "en": "Presentation"},
    {"slug": "article", "ru": "Статья", "en": "Article"},
    {"slug": "video", "ru": "Видеозапись", "en": "Video recording"},
    {"slug": "assessment", "ru": "Оценочные материалы (КИМ)", "en": "Assessment materials"},
    {"slug": "case-study", "ru": "Кейс / лучшая практика", "en": "Case study / best practice"},
]

INSTITUTIONS = [
    {
        "slug": "vergu",
        "name": (
            "Федеральное государственное бюджетное образовательное учреждение высшего "
            "образования «Веретинский государственный университет»"
        ),
        "name_en": "Veretinsk State University",
        "short_name": "ВерГУ",
        "kind": "university",
        "region": "veretinsk",
        "city": "Веретинск",
        "address": "165001, г. Веретинск, Университетский пр., д. 1",
        "website": "https://vergu.example.ru",
        "email": "network@vergu.example.ru",
        "phone": "+7 (4852) 55-10-00",
        "member_since": "2012-10-15",
        "trusted": True,
        "intro_ru": (
            "Крупнейший классический университет края и один из учредителей ассоциации. "
            "Отвечает за научное сопровождение сетевых программ."
        ),
        "intro_en": (
            "The territory's largest classical university and a founding member of the "
            "association, providing research support for joint programmes."
        ),
        "profile_ru": [
            "Веретинский государственный университет ведёт историю с 1931 года. Сегодня здесь "
            "учатся около девяти тысяч студентов на физико-математическом, естественно-научном, "
            "историческом и филологическом факультетах, работают три диссертационных совета.",
            "Для сети университет открывает свои учебные лаборатории, ботанический сад и "
            "научную библиотеку. Преподаватели ВерГУ составляют почти треть экспертного совета "
            "ассоциации и ведут курсы для школьных учителей по предметному содержанию.",
            "Сейчас университет вместе с Озёрским педагогическим колледжем и Лицеем № 7 "
            "запускает сквозной профиль «Физика и инженерные исследования», а также готовит "
            "второй выпуск летней школы для одарённых старшеклассников из сельских районов.",
        ],
        "profile_en": [
            "Veretinsk State University traces its history back to 1931. Around nine thousand "
            "students now study at its faculties of physics and mathematics, natural sciences, "
            "history and philology, and the university hosts three doctoral committees.",
            "The university opens its teaching laboratories, botanical garden and research "
            "library to the network. Its staff make up nearly a third of the association's "
            "expert council and teach subject-knowledge courses for school teachers.",
            "Together with Ozerki Teacher Training College and Lyceum No. 7, the university is "
            "launching a continuous “Physics and engineering research” track and is "
            "preparing the second summer school for gifted rural secondary students.",
        ],
    },
    {
        "slug": "sogpu",
        "name": (
            "Федеральное государственное бюджетное образовательное учреждение высшего "
            "образования «Северо-Озёрский государственный педагогический университет»"
        ),
        "name_en": "Severo-Ozersky State Pedagogical University",
        "short_name": "СОГПУ",
        "kind": "university",
        "region": "veretinsk",
        "city": "Веретинск",
        "address": "165003, г. Веретинск, ул. Педагогическая, д. 28",
        "website": "https://sogpu.example.ru",
        "email": "set@sogpu.example.ru",
        "phone": "+7 (4852) 55-12-40",
        "member_since": "2012-10-15",
        "trusted": True,
        "intro_ru": (
            "Главная кузница педагогических кадров края. Университет координирует работу "
            "экспертного совета и профессиональных сообществ учителей."
        ),
        "intro_en": (
            "The territory's main teacher education university, coordinating the expert "
            "council and the teachers' professional communities."
        ),
        "profile_ru": [
            "Педагогический университет готовит учителей практически по всем школьным "
            "предметам, а также дефектологов, психологов и педагогов дошкольного образования. "
            "Большинство директоров школ края — его выпускники.",
            "В сети СОГПУ отвечает за методическую экспертизу: на его базе работает секретариат "
            "экспертного совета, проводятся педагогические чтения и стажировки. Студенты "
            "проходят практику в школах-участницах и привозят туда свежие идеи.",
            "Текущие проекты университета — программа наставничества для молодых учителей "
            "сельских школ, магистратура «Инклюзивное образование» в сетевой форме и "
            "исследование читательской грамотности пятиклассников на выборке из двадцати школ.",
        ],
        "profile_en": [
            "The pedagogical university trains teachers for almost every school subject, as well "
            "as special needs educators, psychologists and early years teachers. Most head "
            "teachers in the territory are among its graduates.",
            "Within the network the university is responsible for methodological review: it "
            "hosts the secretariat of the expert council, teacher readings and placements. Its "
            "students do their teaching practice in member schools and bring fresh ideas there.",
            "Current projects include mentoring for young teachers in rural schools, a jointly "
            "delivered master's programme in inclusive education and a study of reading literacy "
            "among fifth-graders in twenty schools.",
        ],
    },
    {
        "slug": "kpu",
        "name": (
            "Федеральное государственное бюджетное образовательное учреждение высшего "
            "образования «Кедровский политехнический университет»"
        ),
        "name_en": "Kedrovsk Polytechnic University",
        "short_name": "КПУ",
        "kind": "university",
        "region": "kedrovsky",
        "city": "Кедровск",
        "address": "166210, г. Кедровск, ул. Индустриальная, д. 5",
        "website": "https://kpu.example.ru",
        "email": "partners@kpu.example.ru",
        "phone": "+7 (4855) 41-20-15",
        "member_since": "2016-03-01",
        "trusted": False,
        "intro_ru": (
            "Технический университет, тесно связанный с предприятиями деревообработки и "
            "машиностроения края."
        ),
        "intro_en": (
            "An engineering university with close ties to the territory's timber processing "
            "and machine-building industries."
        ),
        "profile_ru": [
            "Кедровский политехнический университет готовит инженеров-механиков, технологов "
            "лесного комплекса, энергетиков и специалистов по автоматизации. При вузе работает "
            "технопарк с цехом станков с ЧПУ и лабораторией робототехники.",
            "Университет пришёл в сеть, чтобы выстроить непрерывную инженерную траекторию от "
            "школьного кружка до магистратуры. Он предоставляет оборудование технопарка для "
            "практических занятий школьников и студентов колледжей.",
            "Вместе с Веретинским политехническим колледжем КПУ реализует программу прикладного "
            "бакалавриата по мехатронике, а для учителей физики и технологии проводит "
            "ежегодную инженерную стажировку.",
        ],
        "profile_en": [
            "Kedrovsk Polytechnic University trains mechanical engineers, forestry technologists, "
            "power engineers and automation specialists. It runs a technology park with a CNC "
            "machine shop and a robotics lab.",
            "The university joined the network to build a continuous engineering pathway from "
            "school clubs to master's degrees, and it makes its technology park available for "
            "practical classes for school and college students.",
            "With Veretinsk Polytechnic College it delivers an applied bachelor's programme in "
            "mechatronics and holds an annual engineering placement for physics and technology "
            "teachers.",
        ],
    },
    {
        "slug": "ozerki-ped-college",
        "name": (
            "Государственное бюджетное профессиональное образовательное учреждение "
            "Северо-Озёрского края «Озёрский педагогический колледж»"
        ),
        "name_en": "Ozerki Teacher Training College",
        "short_name": "Озёрский педколледж",
        "kind": "college",
        "region": "ozerny",
        "city": "Озёрки",
        "address": "165410, г. Озёрки, ул. Школьная, д. 14",
        "website": "https://ozped.example.ru",
        "email": "metod@ozped.example.ru",
        "phone": "+7 (4853) 22-14-07",
        "member_since": "2013-09-02",
        "trusted": True,
        "intro_ru": (
            "Колледж, который уже почти сто лет готовит учителей начальных классов и "
            "воспитателей для сёл и малых городов края."
        ),
        "intro_en": (
            "For almost a century this college has trained primary teachers and nursery staff "
            "for the territory's villages and small towns."
        ),
        "profile_ru": [
            "Озёрский педагогический колледж основан в 1927 году как учительская семинария. "
            "Сегодня здесь учатся будущие учителя начальных классов, воспитатели детских садов, "
            "педагоги дополнительного образования и специалисты по адаптивной физкультуре.",
            "Колледж — опорная площадка сети по начальному образованию. Его базовые школы "
            "открыты для стажировок, а методический кабинет собрал одну из лучших в крае "
            "коллекций дидактических материалов для младших школьников.",
            "В этом году колледж ведёт проект «Учитель для малой школы» вместе с СОГПУ, "
            "разрабатывает цифровой тренажёр для отработки классных ситуаций и принимает "
            "студентов по совместной программе с Белоключинской школой.",
        ],
        "profile_en": [
            "Ozerki Teacher Training College was founded in 1927 as a teachers' seminary. "
            "Today it trains primary teachers, nursery educators, out-of-school educators and "
            "adaptive physical education instructors.",
            "The college is the network's lead partner for primary education. Its partner "
            "schools host placements, and its resource room holds one of the territory's best "
            "collections of teaching aids for young pupils.",
            "This year the college is running the “Teacher for a small school” project with "
            "the pedagogical university, developing a digital simulator for classroom situations "
            "and admitting students to a joint programme with Beloklyuchi Secondary School.",
        ],
    },
    {
        "slug": "veretinsk-polytech",
        "name": (
            "Государственное бюджетное профессиональное образовательное учреждение "
            "«Веретинский политехнический колледж»"
        ),
        "name_en": "Veretinsk Polytechnic College",
        "short_name": "ВПК",
        "kind": "college",
        "region": "veretinsk",
        "city": "Веретинск",
        "address": "165012, г. Веретинск, ул. Заводская, д. 31",
        "website": "https://vpk.example.ru",
        "email": "info@vpk.example.ru",
        "phone": "+7 (4852) 55-31-90",
        "member_since": "2014-05-20",
        "trusted": False,
        "intro_ru": (
            "Колледж рабочих профессий и технических специальностей, площадка "
            "демонстрационного экзамена по сварке и станочным работам."
        ),
        "intro_en": (
            "A college of technical trades and a certified venue for skills exams in welding "
            "and machining."
        ),
        "profile_ru": [
            "Веретинский политехнический колледж готовит сварщиков, операторов станков с ЧПУ, "
            "электромонтажников и техников-механиков. Половина преподавателей спецдисциплин "
            "пришла в колледж с производства.",
            "Для участников сети колледж проводит профессиональные пробы для школьников, "
            "предоставляет мастерские для уроков технологии и делится опытом подготовки "
            "к демонстрационному экзамену.",
            "Сейчас колледж вместе с КПУ развивает программу прикладного бакалавриата и "
            "открывает мастерскую аддитивных технологий, в которой смогут заниматься и "
            "воспитанники Центра технического творчества.",
        ],
        "profile_en": [
            "Veretinsk Polytechnic College trains welders, CNC machine operators, electricians "
            "and mechanical technicians. Half of its vocational instructors came to teaching "
            "from industry.",
            "For network members the college runs career taster sessions for school pupils, "
            "lends its workshops for technology lessons and shares its experience of preparing "
            "students for skills exams.",
            "The college is currently developing an applied bachelor's programme with Kedrovsk "
            "Polytechnic University and opening an additive manufacturing workshop that will "
            "also be used by the Technical Creativity Centre.",
        ],
    },
    {
        "slug": "pribrezhsk-agro",
        "name": (
            "Государственное автономное профессиональное образовательное учреждение "
            "«Прибрежский аграрно-технологический колледж»"
        ),
        "name_en": "Pribrezhsk College of Agriculture and Technology",
        "short_name": "ПАТК",
        "kind": "college",
        "region": "pribrezhny",
        "city": "Прибрежск",
        "address": "166540, г. Прибрежск, ул. Полевая, д. 2",
        "website": "https://patk.example.ru",
        "email": "priem@patk.example.ru",
        "phone": "+7 (4857) 31-02-44",
        "member_since": "2017-11-09",
        "trusted": False,
        "intro_ru": (
            "Аграрный колледж с учебным хозяйством, теплицами и мастерской по ремонту "
            "сельхозтехники."
        ),
        "intro_en": (
            "An agricultural college with its own training farm, greenhouses and a farm "
            "machinery repair workshop."
        ),
        "profile_ru": [
            "Прибрежский аграрно-технологический колледж обучает агрономов, ветеринарных "
            "фельдшеров, технологов переработки рыбы и механиков сельскохозяйственной техники. "
            "Учебное хозяйство площадью сорок гектаров служит студентам настоящей фермой.",
            "Колледж предлагает сети естественно-научные практикумы на базе теплиц и "
            "лаборатории анализа почв, а также участвует в профориентации сельских школьников.",
            "Текущие проекты — агрошкола выходного дня для учеников Гимназии «Прибрежная», "
            "программа «Агроэколог» вместе с эколого-биологическим центром «Родник» и "
            "мониторинг качества воды в прибрежных озёрах.",
        ],
        "profile_en": [
            "Pribrezhsk College of Agriculture and Technology trains agronomists, veterinary "
            "assistants, fish processing technologists and farm machinery mechanics. Its "
            "forty-hectare training farm is a fully working farm for students.",
            "The college offers the network hands-on science sessions in its greenhouses and "
            "soil analysis laboratory and takes part in career guidance for rural pupils.",
            "Current projects include a weekend agriculture school for Pribrezhnaya Gymnasium "
            "pupils, an “Agroecologist” programme with the Rodnik ecology centre and "
            "water quality monitoring in the coastal lakes.",
        ],
    },
    {
        "slug": "kedrovsk-it-college",
        "name": (
            "Государственное бюджетное профессиональное образовательное учреждение "
            "«Кедровский колледж информационных технологий и дизайна»"
        ),
        "name_en": "Kedrovsk College of Information Technology and Design",
        "short_name": "ККИТД",
        "kind": "college",
        "region": "kedrovsky",
        "city": "Кедровск",
        "address": "166214, г. Кедровск, пр. Мира, д. 47",
        "website": "https://kkitd.example.ru",
        "email": "office@kkitd.example.ru",
        "phone": "+7 (4855) 43-47-00",
        "member_since": "2019-02-14",
        "trusted": False,
        "intro_ru": (
            "Молодой колледж цифровых профессий: программирование, сетевое администрирование, "
            "графический дизайн."
        ),
        "intro_en": (
            "A young college of digital professions: programming, network administration and "
            "graphic design."
        ),
        "profile_ru": [
            "Колледж создан в 2009 году на базе профессионального лицея и за пятнадцать лет "
            "стал одним из самых востребованных у абитуриентов края. Здесь учат разработке "
            "веб-приложений, администрированию сетей, графическому и мультимедийному дизайну.",
            "В сеть колледж принёс компетенции в цифровых технологиях: его преподаватели "
            "помогают школам осваивать электронные образовательные платформы, а студенты "
            "ведут кружки программирования для младших школьников.",
            "Сейчас колледж участвует в сетевой программе «Цифровой дизайн в школе», "
            "поддерживает портал ассоциации и готовит открытый курс по основам "
            "кибербезопасности для учителей.",
        ],
        "profile_en": [
            "The college was established in 2009 on the basis of a vocational lyceum and in "
            "fifteen years has become one of the most popular choices among applicants. It "
            "teaches web development, network administration, and graphic and multimedia design.",
            "It brings digital expertise to the network: its teachers help schools adopt online "
            "learning platforms, and its students run coding clubs for primary pupils.",
            "The college currently takes part in the joint “Digital design at school” "
            "programme, supports the association's web portal and is preparing an open course "
            "on cybersecurity basics for teachers.",
        ],
    },
    {
        "slug": "lyceum-7",
        "name": (
            "Муниципальное автономное общеобразовательное учреждение «Лицей № 7 города Веретинска»"
        ),
        "name_en": "Lyceum No. 7, Veretinsk",
        "short_name": "Лицей № 7",
        "kind": "school",
        "region": "veretinsk",
        "city": "Веретинск",
        "address": "165005, г. Веретинск, ул. Садовая, д. 9",
        "website": "https://lyceum7-ver.example.ru",
        "email": "lyceum7@lyceum7-ver.example.ru",
        "phone": "+7 (4852) 55-07-77",
        "member_since": "2013-01-21",
        "trusted": False,
        "intro_ru": (
            "Лицей с углублённым изучением математики, физики и информатики, базовая школа "
            "Веретинского государственного университета."
        ),
        "intro_en": (
            "A lyceum specialising in mathematics, physics and computer science and a partner "
            "school of Veretinsk State University."
        ),
        "profile_ru": [
            "В лицее учатся около девятисот школьников, из них половина — в профильных "
            "физико-математических и инженерных классах. Выпускники ежегодно становятся "
            "призёрами всероссийских олимпиад.",
            "Лицей делится с сетью системой подготовки к олимпиадам, проводит открытые уроки "
            "для молодых учителей математики и предоставляет площадку для краевого "
            "методического дня.",
            "В числе текущих проектов — инженерный профиль совместно с ВерГУ и КПУ, "
            "школьное научное общество с секциями для учеников сельских школ и онлайн-кружок "
            "по олимпиадной математике.",
        ],
        "profile_en": [
            "The lyceum has about nine hundred pupils, half of them in advanced physics, "
            "mathematics and engineering classes. Its graduates regularly win prizes at "
            "national olympiads.",
            "It shares its olympiad preparation system with the network, gives open lessons "
            "for young mathematics teachers and hosts the territory's methodology day.",
            "Current projects include an engineering track with both universities, a school "
            "research society with sections for rural pupils and an online olympiad "
            "mathematics club.",
        ],
    },
    {
        "slug": "ozerki-school-3",
        "name": (
            "Муниципальное бюджетное общеобразовательное учреждение «Средняя "
            "общеобразовательная школа № 3 с углублённым изучением иностранных языков» "
            "г. Озёрки"
        ),
        "name_en": "Ozerki Secondary School No. 3 (foreign languages)",
        "short_name": "Школа № 3 г. Озёрки",
        "kind": "school",
        "region": "ozerny",
        "city": "Озёрки",
        "address": "165412, г. Озёрки, ул. Лесная, д. 3",
        "website": "https://school3-ozerki.example.ru",
        "email": "school3@school3-ozerki.example.ru",
        "phone": "+7 (4853) 22-03-51",
        "member_since": "2015-09-01",
        "trusted": False,
        "intro_ru": (
            "Школа с углублённым изучением английского и немецкого языков, известная "
            "проектами международного школьного обмена."
        ),
        "intro_en": (
            "A school specialising in English and German, well known for its international "
            "school exchange projects."
        ),
        "profile_ru": [
            "Школа № 3 — единственная в районе школа с углублённым изучением двух иностранных "
            "языков. Английский здесь начинают во втором классе, немецкий — в пятом.",
            "Учителя школы ведут в сети сообщество преподавателей иностранных языков, "
            "проводят языковые интенсивы для сельских школьников и помогают коллегам "
            "готовить учеников к устной части экзамена.",
            "Сейчас школа участвует в программе двойного обучения с СОГПУ, организует "
            "краевой конкурс чтецов на иностранных языках и выпускает сборник "
            "страноведческих кейсов.",
        ],
        "profile_en": [
            "School No. 3 is the only school in the district offering in-depth study of two "
            "foreign languages. Pupils begin English in year two and German in year five.",
            "Its teachers lead the network's foreign language teachers' community, run language "
            "intensives for rural pupils and help colleagues prepare students for the oral part "
            "of the state exam.",
            "The school currently works with the pedagogical university on a dual study "
            "programme, organises a regional recitation contest in foreign languages and is "
            "publishing a collection of area studies case studies.",
        ],
    },
    {
        "slug": "beloklyuchi-school",
        "name": (
            "Муниципальное бюджетное общеобразовательное учреждение "
            "«Белоключинская средняя общеобразовательная школа»"
        ),
        "name_en": "Beloklyuchi Secondary School",
        "short_name": "Белоключинская СОШ",
        "kind": "school",
        "region": "beloklyuchinsky",
        "city": "с. Белые Ключи",
        "address": "166730, Белоключинский район, с. Белые Ключи, ул. Центральная, д. 18",
        "website": "https://bk-school.example.ru",
        "email": "bkschool@bk-school.example.ru",
        "phone": "+7 (4859) 2-18-36",
        "member_since": "2018-04-12",
        "trusted": False,
        "intro_ru": (
            "Сельская школа с пришкольным интернатом, которая благодаря сети получила доступ "
            "к университетским лабораториям и профильным курсам."
        ),
        "intro_en": (
            "A rural school with a boarding house that gained access to university "
            "laboratories and specialised courses through the network."
        ),
        "profile_ru": [
            "В Белоключинской школе учатся двести сорок детей из девяти окрестных деревень, "
            "часть из них живёт в интернате в течение недели. Школа гордится краеведческим "
            "музеем и сильной лыжной секцией.",
            "Школа приносит в сеть опыт работы в малокомплектных классах и с разновозрастными "
            "группами, который востребован у студентов педагогического колледжа.",
            "Сейчас здесь работает сетевой химико-биологический класс: часть занятий проходит "
            "онлайн с преподавателями ВерГУ, а практикумы — в лабораториях университета и "
            "центра «Родник».",
        ],
        "profile_en": [
            "Beloklyuchi Secondary School teaches 240 children from nine surrounding villages, "
            "some of whom stay in the boarding house during the week. The school is proud of "
            "its local history museum and its strong cross-country skiing club.",
            "It brings to the network its experience of small, mixed-age classes, which is in "
            "great demand among student teachers from the college.",
            "The school now runs a networked chemistry and biology class: some lessons are "
            "taught online by university lecturers, while lab work takes place at the university "
            "and at the Rodnik centre.",
        ],
    },
    {
        "slug": "gymnasium-pribrezhnaya",
        "name": (
            "Муниципальное автономное общеобразовательное учреждение "
            "«Гимназия „Прибрежная“» г. Прибрежска"
        ),
        "name_en": "Pribrezhnaya Gymnasium, Pribrezhsk",
        "short_name": "Гимназия «Прибрежная»",
        "kind": "school",
        "region": "pribrezhny",
        "city": "Прибрежск",
        "address": "166542, г. Прибрежск, ул. Морская, д. 22",
        "website": "https://gymn-pribr.example.ru",
        "email": "gymnasium@gymn-pribr.example.ru",
        "phone": "+7 (4857) 31-22-10",
        "member_since": "2021-08-30",
        "trusted": False,
        "intro_ru": (
            "Гуманитарная гимназия, в которой сильны история, литература и школьный театр."
        ),
        "intro_en": (
            "A humanities-focused gymnasium with strong history, literature and school theatre."
        ),
        "profile_ru": [
            "Гимназия «Прибрежная» открылась в новом здании в 2019 году, объединив две "
            "городские школы. В ней работают гуманитарный и социально-экономический профили, "
            "школьный театр и медиацентр.",
            "Педагоги гимназии развивают в сети практики смыслового чтения и проектной "
            "деятельности по истории, а гимназический медиацентр помогает снимать "
            "видеоуроки для базы ресурсов.",
            "Текущие проекты — краеведческая экспедиция «Берега памяти», сетевой "
            "литературный клуб для старшеклассников и агрошкола выходного дня вместе с "
            "аграрно-технологическим колледжем.",
        ],
        "profile_en": [
            "Pribrezhnaya Gymnasium moved into a new building in 2019 after two town schools "
            "merged. It offers humanities and socio-economic tracks and has a school theatre "
            "and a media centre.",
            "Its teachers contribute reading-for-meaning and history project practices to the "
            "network, and the media centre helps film video lessons for the resource library.",
            "Current projects include the “Shores of memory” local history expedition, a "
            "networked literary club for senior pupils and a weekend agriculture school with "
            "the agricultural college.",
        ],
    },
    {
        "slug": "iro",
        "name": (
            "Государственное автономное учреждение дополнительного профессионального "
            "образования «Институт развития образования Северо-Озёрского края»"
        ),
        "name_en": "Institute for Educational Development of the Severo-Ozersky Krai",
        "short_name": "ИРО СОК",
        "kind": "additional",
        "region": "veretinsk",
        "city": "Веретинск",
        "address": "165009, г. Веретинск, ул. Кирпичная, д. 6",
        "website": "https://iro-sok.example.ru",
        "email": "kpk@iro-sok.example.ru",
        "phone": "+7 (4852) 55-60-12",
        "member_since": "2012-12-03",
        "trusted": True,
        "intro_ru": (
            "Краевой центр повышения квалификации педагогов и руководителей, партнёр "
            "ассоциации по курсовой подготовке."
        ),
        "intro_en": (
            "The territory's centre for in-service training of teachers and school leaders and "
            "the association's partner for professional development courses."
        ),
        "profile_ru": [
            "Институт развития образования ежегодно обучает на курсах повышения квалификации "
            "около шести тысяч педагогов края. В нём работают кафедры управления, предметных "
            "методик, инклюзивного и дошкольного образования.",
            "В сети институт отвечает за то, чтобы лучшие практики участников превращались в "
            "курсы: семинары ассоциации засчитываются в часы повышения квалификации, а "
            "авторы рекомендованных материалов приглашаются в качестве тьюторов.",
            "Сейчас ИРО ведёт краевую школу молодого руководителя, программу поддержки "
            "школ с низкими результатами и мониторинг профессиональных дефицитов учителей.",
        ],
        "profile_en": [
            "The Institute for Educational Development trains about six thousand teachers a "
            "year. It has departments of educational leadership, subject methodology, "
            "inclusive education and early childhood education.",
            "In the network the institute turns members' best practices into courses: "
            "association seminars count towards teachers' professional development hours, "
            "and authors of recommended materials are invited to work as tutors.",
            "The institute currently runs a school for new school leaders, a support programme "
            "for low-performing schools and a survey of teachers' professional needs.",
        ],
    },
    {
        "slug": "tech-centre-kedrovsk",
        "name": (
            "Муниципальное бюджетное учреждение дополнительного образования «Центр "
            "технического творчества „Инженерная смена“» г. Кедровска"
        ),
        "name_en": "Inzhenernaya Smena Technical Creativity Centre, Kedrovsk",
        "short_name": "ЦТТ «Инженерная смена»",
        "kind": "additional",
        "region": "kedrovsky",
        "city": "Кедровск",
        "address": "166218, г. Кедровск, ул. Строителей, д. 11",
        "website": "https://cdtt-kedr.example.ru",
        "email": "smena@cdtt-kedr.example.ru",
        "phone": "+7 (4855) 45-11-03",
        "member_since": "2020-10-05",
        "trusted": False,
        "intro_ru": (
            "Центр для школьников, увлечённых робототехникой, авиамоделированием и "
            "3D-проектированием."
        ),
        "intro_en": ("A centre for pupils keen on robotics, model aircraft and 3D design."),
        "profile_ru": [
            "«Инженерная смена» выросла из станции юных техников, работавшей с 1968 года. "
            "Сегодня в центре занимаются почти семьсот детей от семи до семнадцати лет в "
            "двадцати трёх объединениях.",
            "Центр даёт сети то, чего не хватает многим школам: оборудование, педагогов-"
            "инженеров и опыт проектной работы с детьми. Его программы ежегодно проходят "
            "экспертизу в совете ассоциации.",
            "Сейчас центр запускает выездные инженерные каникулы для сельских школ, "
            "готовит команды к краевому робототехническому фестивалю и вместе с ККИТД "
            "разрабатывает курс по программированию микроконтроллеров.",
        ],
        "profile_en": [
            "Inzhenernaya Smena grew out of a young technicians' station founded in 1968. "
            "Today almost seven hundred children aged seven to seventeen attend its "
            "twenty-three clubs.",
            "The centre gives the network what many schools lack: equipment, engineer-educators "
            "and experience of project work with children. Its programmes undergo annual review "
            "by the association's council.",
            "It is launching engineering holiday camps for rural schools, training teams for the "
            "regional robotics festival and, with the IT college, developing a course on "
            "microcontroller programming.",
        ],
    },
    {
        "slug": "eco-centre-rodnik",
        "name": (
            "Муниципальное автономное учреждение дополнительного образования "
            "«Эколого-биологический центр „Родник“» Белоключинского района"
        ),
        "name_en": "Rodnik Ecology and Biology Centre, Beloklyuchinsky District",
        "short_name": "ЭБЦ «Родник»",
        "kind": "additional",
        "region": "beloklyuchinsky",
        "city": "с. Белые Ключи",
        "address": "166731, Белоключинский район, с. Белые Ключи, ул. Заречная, д. 40",
        "website": "https://rodnik-eco.example.ru",
        "email": "rodnik@rodnik-eco.example.ru",
        "phone": "+7 (4859) 2-40-15",
        "member_since": "2025-02-10",
        "trusted": False,
        "intro_ru": (
            "Самый новый участник сети: центр полевой экологии с экологической тропой, "
            "метеостанцией и живым уголком."
        ),
        "intro_en": (
            "The network's newest member: a field ecology centre with a nature trail, a weather "
            "station and a small animal house."
        ),
        "profile_ru": [
            "Центр «Родник» расположен на краю соснового бора у истока реки Белой. У центра "
            "есть экологическая тропа длиной три километра, любительская метеостанция и "
            "зимний сад, в котором занимаются юные натуралисты.",
            "Для сети «Родник» — площадка полевых практик по биологии и географии. Здесь "
            "проходят летние экологические смены, а методисты центра учат коллег проводить "
            "исследования на местности.",
            "В первый год членства центр вместе с аграрным колледжем готовит программу "
            "«Агроэколог», проводит фенологические наблюдения с десятью школами края и "
            "публикует полевой определитель растений Белоключинского района.",
        ],
        "profile_en": [
            "Rodnik sits on the edge of a pine forest near the source of the Belaya river. It "
            "has a three-kilometre nature trail, an amateur weather station and a winter garden "
            "where young naturalists meet.",
            "For the network Rodnik is a base for biology and geography fieldwork. It hosts "
            "summer ecology camps, and its staff teach colleagues how to run outdoor research.",
            "In its first year of membership the centre is preparing the “Agroecologist” "
            "programme with the agricultural college, running seasonal nature observations with "
            "ten schools and publishing a field guide to local plants.",
        ],
    },
]

NEWS = [
    {
        "institution": None,
        "days_ago": 3,
        "title": "Открыта регистрация на весенний методический день сети",
        "intro": (
            "Весенний методический день пройдёт в Лицее № 7 и впервые будет транслироваться "
            "для сельских школ. Заявки на выступления принимаются до конца месяца."
        ),
        "paragraphs": [
            "Тема нынешнего методического дня — «Функциональная грамотность: от диагностики "
            "к уроку». Организаторы хотят говорить не об общих подходах, а о конкретных "
            "заданиях, которые учителя уже опробовали в своих классах.",
            "Программа включает пленарную часть, шесть предметных секций и открытые уроки в "
            "параллелях с пятого по девятый класс. Для коллег из отдалённых районов все секции "
            "будут доступны онлайн, а записи появятся в базе ресурсов.",
            "Участие бесплатное для педагогов организаций — членов сети. Выступающим "
            "ИРО выдаст удостоверение о повышении квалификации на 16 часов.",
        ],
        "title_en": "Registration opens for the network's spring methodology day",
        "intro_en": (
            "This spring's methodology day will be held at Lyceum No. 7 and streamed to rural "
            "schools for the first time. Proposals for talks are welcome until the end of the "
            "month."
        ),
        "paragraphs_en": [
            "The theme is “Functional literacy: from diagnosis to the lesson”. Rather "
            "than discuss general approaches, the organisers want teachers to present specific "
            "tasks they have already tried with their classes.",
            "There will be a plenary session, six subject strands and open lessons in years five "
            "to nine. All strands will be streamed for colleagues in remote districts, and "
            "recordings will be added to the resource library.",
            "Participation is free for staff of member institutions. Speakers will receive a "
            "16-hour professional development certificate from the Institute for Educational "
            "Development.",
        ],
    },
    {
        "institution": "tech-centre-kedrovsk",
        "days_ago": 2,
        "title": "Команда «Инженерной смены» взяла главный приз робототехнического фестиваля",
        "intro": (
            "Четверо воспитанников центра собрали робота-сортировщика, который за минуту "
            "разбирает по цветам тридцать деталей."
        ),
        "paragraphs": [
            "Краевой фестиваль робототехники в этом году собрал шестьдесят две команды. "
            "Кедровские школьники выступали в категории «Умное производство» и обошли "
            "соперников по точности и скорости работы механизма.",
            "Наставник команды, педагог дополнительного образования Глеб Аркадьевич Зуев, "
            "отмечает, что решающим стал датчик цвета, который ребята откалибровали на "
            "оборудовании технопарка Кедровского политехнического университета.",
            "Победители получили приглашение на профильную смену в федеральный "
            "образовательный центр, а свой проект уже пообещали показать на ближайшем "
            "мастер-классе для учителей технологии.",
        ],
        "title_en": None,
        "intro_en": None,
        "paragraphs_en": None,
    },
    {
        "institution": "eco-centre-rodnik",
        "days_ago": 5,
        "title": "Десять школ начали общий дневник фенологических наблюдений",
        "intro": (
            "Ученики из пяти районов края отмечают, когда распускаются листья, прилетают птицы "
            "и сходит снег, и сводят данные в одну таблицу."
        ),
        "paragraphs": [
            "Идею предложили методисты эколого-биологического центра «Родник». Каждая "
            "школа-участница выбрала на пришкольном участке по пять деревьев и кустарников, "
            "за которыми дети будут следить весь сезон.",
            "Записи ведутся по единой форме, а раз в месяц участники встречаются онлайн, "
            "чтобы сравнить, насколько весна в Прибрежске опережает весну в Белых Ключах.",
            "К осени центр обещает подготовить сводный отчёт и методические рекомендации, "
            "которые пригодятся учителям биологии и географии для уроков по сезонным явлениям.",
        ],
        "title_en": None,
        "intro_en": None,
        "paragraphs_en": None,
    },
    {
        "institution": "ozerki-ped-college",
        "days_ago": 6,
        "title": "Студенты педколледжа провели неделю открытых уроков в малых школах",
        "intro": (
            "Выпускники отделения «Преподавание в начальных классах» две недели работали в "
            "сельских школах Озёрного и Белоключинского районов."
        ),
        "paragraphs": [
            "Практика в малокомплектных школах — одно из заметных нововведений последних лет. "
            "Студенты учатся вести урок одновременно для второго и четвёртого класса и "
            "понимают, как устроена жизнь сельской школы изнутри.",
            "Финалом практики стала неделя открытых уроков, на которые пришли учителя, "
            "родители и преподаватели колледжа. Особенно запомнился урок окружающего мира, "
            "построенный вокруг школьного краеведческого музея.",
        ],
        "title_en": None,
        "intro_en": None,
        "paragraphs_en": None,
    },
    {
        "institution": None,
        "days_ago": 8,
        "title": "Идёт выдвижение кандидатов в экспертный совет нового созыва",
        "intro": (
            "Полномочия нынешнего состава экспертного совета истекают весной. Каждая "
            "организация сети может выдвинуть до двух кандидатов."
        ),
        "paragraphs": [
            "Кандидат должен иметь не менее пяти лет педагогического стажа и опыт "
            "методической работы: публикации, руководство методическим объединением или "
            "участие в жюри профессиональных конкурсов.",
            "Выдвижение оформляется письмом руководителя организации с кратким описанием "
            "опыта кандидата. Итоговый состав совета утвердит общее собрание ассоциации.",
            "Новому составу предстоит доработать критерии рецензирования и впервые провести "
            "экспертизу видеоматериалов, число которых в базе за год выросло вдвое.",
        ],
        "title_en": None,
        "intro_en": None,
        "paragraphs_en": None,
    },
    {
        "institution": "iro",
        "days_ago": 10,
        "title": "Семинары ассоциации будут засчитываться как повышение квалификации",
        "intro": (
            "Институт развития образования начал выдавать удостоверения участникам "
            "сетевых семинаров объёмом от шестнадцати часов."
        ),
        "paragraphs": [
            "Раньше педагоги нередко отказывались от сетевых мероприятий, потому что "
            "они не учитывались при аттестации. Теперь серия семинаров может быть оформлена "
            "как модуль программы повышения квалификации.",
            "Для этого организатор заранее согласует с ИРО программу, количество часов и "
            "форму итоговой работы. Чаще всего это методическая разработка, которую затем "
            "можно отправить на экспертизу в базу ресурсов.",
        ],
        "title_en": None,
        "intro_en": None,
        "paragraphs_en": None,
    },
    {
        "institution": None,
        "days_ago": 12,
        "title": "Экспертный совет подвёл итоги зимней сессии рецензирования",
        "intro": (
            "За зиму эксперты рассмотрели сорок семь методических разработок. Тридцать одна "
            "опубликована в базе, девять отправлены авторам на доработку."
        ),
        "paragraphs": [
            "Больше всего материалов поступило от учителей начальных классов и педагогов "
            "дополнительного образования. Заметно выросло число оценочных материалов: "
            "школы активно делятся заданиями на функциональную грамотность.",
            "Статус «Рекомендовано экспертным советом» получили шесть работ, в том числе "
            "сборник лабораторных работ по химии для сельской школы без специального "
            "оборудования и программа адаптации первоклассников.",
            "Типичные замечания рецензентов — отсутствие критериев оценивания и слишком "
            "общие формулировки целей урока. Совет подготовил памятку для авторов, она "
            "опубликована в разделе ресурсов.",
        ],
        "title_en": "Expert council reports on its winter review session",
        "intro_en": (
            "Over the winter the experts reviewed forty-seven submissions. Thirty-one have been "
            "published in the library and nine have been returned to their authors for revision."
        ),
        "paragraphs_en": [
            "Most submissions came from primary teachers and out-of-school educators. The number "
            "of assessment materials rose noticeably as schools shared their functional literacy "
            "tasks.",
            "Six works were marked “Recommended by the expert council”, including a set "
            "of chemistry practicals for rural schools without specialist equipment and a "
            "programme to help first-graders settle in.",
            "Reviewers most often pointed to missing assessment criteria and vague lesson aims. "
            "The council has prepared a short guide for authors, now available in the library.",
        ],
    },
    {
        "institution": "kedrovsk-it-college",
        "days_ago": 15,
        "title": "Студенты ККИТД научили учителей создавать интерактивные задания",
        "intro": (
            "Третьекурсники колледжа провели для педагогов Кедровского округа серию "
            "практических занятий по конструкторам онлайн-упражнений."
        ),
        "paragraphs": [
            "Занятия шли четыре субботы подряд. Учителя приносили собственные конспекты, а "
            "студенты помогали превращать обычные задания в интерактивные тренажёры с "
            "мгновенной обратной связью.",
            "Для студентов это стало частью учебной практики по дисциплине «Разработка "
            "пользовательских интерфейсов»: им пришлось объяснять технические вещи людям, "
            "которые ценят своё время и не любят лишних терминов.",
            "Колледж планирует повторить формат осенью и открыть его для школ соседних районов.",
        ],
        "title_en": None,
        "intro_en": None,
        "paragraphs_en": None,
    },
    {
        "institution": "sogpu",
        "days_ago": 18,
        "title": "Педагогические чтения СОГПУ собрали рекордное число участников",
        "intro": (
            "На ежегодные чтения приехали более четырёхсот учителей, студентов и "
            "преподавателей из всех районов края."
        ),
        "paragraphs": [
            "В этом году чтения были посвящены наставничеству. На пленарном заседании "
            "выступили директора трёх школ, в которых молодые учителя перестали уходить из "
            "профессии после первого года работы.",
            "Работали секции по предметным методикам, воспитательной работе и "
            "психолого-педагогическому сопровождению. Лучшие доклады будут изданы отдельным "
            "сборником и размещены в базе ресурсов сети.",
        ],
        "title_en": None,
        "intro_en": None,
        "paragraphs_en": None,
    },
    {
        "institution": "eco-centre-rodnik",
        "days_ago": 20,
        "title": "«Родник» провёл первый семинар для учителей биологии",
        "intro": (
            "Новый участник сети пригласил коллег на экологическую тропу, чтобы показать, как "
            "проводить полевые исследования с учениками даже зимой."
        ),
        "paragraphs": [
            "Участники семинара определяли деревья по почкам и коре, изучали следы животных и "
            "учились брать пробы снега для оценки загрязнения воздуха.",
            "После практической части методисты центра раздали каждому рабочие листы и "
            "инструкции, которые можно сразу использовать на уроках в седьмом и восьмом классах.",
        ],
        "title_en": None,
        "intro_en": None,
        "paragraphs_en": None,
    },
    {
        "institution": "veretinsk-polytech",
        "days_ago": 24,
        "title": "Девятиклассники попробовали себя в роли сварщиков",
        "intro": (
            "Веретинский политехнический колледж провёл профессиональные пробы для учеников "
            "трёх городских школ."
        ),
        "paragraphs": [
            "Под присмотром мастеров производственного обучения школьники надели защитные "
            "маски и выполнили простой шов на тренажёре виртуальной сварки, а затем — на "
            "настоящем металле.",
            "Ещё одна площадка была посвящена станкам с числовым программным управлением: "
            "ребята написали короткую управляющую программу и увидели, как станок вырезает "
            "брелок по их чертежу.",
            "По словам организаторов, после таких проб каждый пятый участник приходит на "
            "день открытых дверей колледжа уже вместе с родителями.",
        ],
        "title_en": None,
        "intro_en": None,
        "paragraphs_en": None,
    },
    {
        "institution": None,
        "days_ago": 27,
        "title": "В сеть принят эколого-биологический центр «Родник»",
        "intro": (
            "Общее собрание единогласно одобрило заявку центра из Белоключинского района. "
            "Теперь в ассоциации четырнадцать организаций."
        ),
        "paragraphs": [
            "«Родник» работает с детьми больше тридцати лет и известен летними экологическими "
            "сменами. Заявку центра поддержали Белоключинская школа и Прибрежский "
            "аграрно-технологический колледж, с которыми он давно сотрудничает.",
            "Вступление открывает для сети новую площадку полевых практик, а центру даёт "
            "доступ к лабораториям университетов и к экспертизе своих программ.",
            "Первым совместным проектом станет программа «Агроэколог» для старшеклассников, "
            "которую центр разрабатывает вместе с колледжем.",
        ],
        "title_en": "Rodnik Ecology and Biology Centre joins the network",
        "intro_en": (
            "The general assembly unanimously approved the application from the Beloklyuchinsky "
            "District centre, bringing the association to fourteen members."
        ),
        "paragraphs_en": [
            "Rodnik has been working with children for over thirty years and is known for its "
            "summer ecology camps. Its application was backed by Beloklyuchi Secondary School "
            "and Pribrezhsk College of Agriculture and Technology, long-standing partners.",
            "Membership gives the network a new fieldwork base and gives the centre access to "
            "university laboratories and peer review of its programmes.",
            "The first joint project will be an “Agroecologist” programme for senior "
            "pupils, developed together with the college.",
        ],
    },
    {
        "institution": "gymnasium-pribrezhnaya",
        "days_ago": 28,
        "title": "В гимназии «Прибрежная» заработал сетевой литературный клуб",
        "intro": (
            "Старшеклассники из четырёх школ раз в две недели обсуждают современную прозу — "
            "кто-то в гимназической библиотеке, кто-то по видеосвязи."
        ),
        "paragraphs": [
            "Клуб придумали учителя литературы, которым хотелось говорить с учениками о "
            "книгах вне школьной программы. Список на полугодие составляли сами участники "
            "голосованием.",
            "Каждую встречу готовит одна из школ: ребята предлагают вопросы для обсуждения, "
            "а иногда приглашают гостя — переводчика, библиотекаря или местного писателя.",
        ],
        "title_en": None,
        "intro_en": None,
        "paragraphs_en": None,
    },
    {
        "institution": "vergu",
        "days_ago": 33,
        "title": "В ВерГУ прошла сетевая олимпиада по физике",
        "intro": (
            "Сто двадцать школьников из двенадцати школ края решали задачи и выполняли "
            "экспериментальный тур в лабораториях физического факультета."
        ),
        "paragraphs": [
            "Олимпиаду проводят третий год, и она постепенно становится отборочным этапом для "
            "летней физической школы университета. Задания составили преподаватели кафедры "
            "общей физики вместе с учителями Лицея № 7.",
            "Экспериментальный тур оказался самым сложным: нужно было определить коэффициент "
            "трения, имея лишь линейку, брусок и секундомер. Справились с ним меньше трети "
            "участников.",
            "Среди победителей двое учеников Белоключинской школы, которые занимаются в "
            "сетевом онлайн-кружке. Это лучший результат сельских школ за всю историю олимпиады.",
        ],
        "title_en": None,
        "intro_en": None,
        "paragraphs_en": None,
    },
    {
        "institution": "lyceum-7",
        "days_ago": 38,
        "title": "Учителя математики края встретились в Лицее № 7",
        "intro": (
            "Сообщество учителей математики провело очередную встречу, посвящённую "
            "текстовым задачам в основной школе."
        ),
        "paragraphs": [
            "Хозяева встречи показали два открытых урока в седьмых классах: на одном ученики "
            "составляли задачи по реальным счетам за коммунальные услуги, на другом "
            "моделировали движение поездов с помощью графиков.",
            "Во второй половине дня участники разбирали типичные ошибки школьников и "
            "договорились собрать общий банк задач с практическим содержанием. Первые "
            "пятьдесят задач уже прошли рецензию.",
        ],
        "title_en": None,
        "intro_en": None,
        "paragraphs_en": None,
    },
    {
        "institution": None,
        "days_ago": 42,
        "title": "Названы победители конкурса «Урок, который запомнится»",
        "intro": (
            "Жюри выбрало девять лучших уроков из ста четырнадцати присланных. "
            "Гран-при получила учитель начальных классов из Озёрок."
        ),
        "paragraphs": [
            "Победительница, Дарья Сергеевна Воронина, построила урок математики во втором "
            "классе вокруг подготовки школьной ярмарки: дети считали выручку, сравнивали цены "
            "и решали, сколько пирожков нужно испечь.",
            "В номинации для профессионального образования первое место занял мастер "
            "Веретинского политехнического колледжа с занятием по чтению чертежей, а среди "
            "педагогов дополнительного образования лучшей стала команда «Инженерной смены».",
            "Видеозаписи и конспекты всех уроков-победителей будут опубликованы в базе "
            "ресурсов после доработки вместе с экспертами.",
        ],
        "title_en": None,
        "intro_en": None,
        "paragraphs_en": None,
    },
    {
        "institution": None,
        "days_ago": 47,
        "title": "Общее собрание утвердило план работы ассоциации на год",
        "intro": (
            "Представители всех организаций сети обсудили итоги прошлого года и приоритеты "
            "на ближайшие двенадцать месяцев."
        ),
        "paragraphs": [
            "Главными направлениями названы поддержка молодых учителей, развитие сетевых "
            "профилей в старшей школе и расширение базы ресурсов за счёт видеоматериалов.",
            "Собрание также одобрило открытие двух новых совместных программ и решило "
            "проводить методические дни не только в Веретинске, но и поочерёдно в районах.",
            "Отдельно обсуждали нагрузку на координаторов сетевого взаимодействия: в "
            "большинстве школ эту работу выполняют завучи в дополнение к основным "
            "обязанностям.",
        ],
        "title_en": "General assembly approves the association's annual plan",
        "intro_en": (
            "Representatives of every member institution reviewed last year's results and "
            "agreed priorities for the next twelve months."
        ),
        "paragraphs_en": [
            "The main priorities are support for early-career teachers, networked specialist "
            "tracks for senior pupils and more video material in the resource library.",
            "The assembly also approved two new joint programmes and decided that methodology "
            "days will rotate between the districts instead of always taking place in Veretinsk.",
            "Members also discussed the workload of network coordinators: in most schools this "
            "role falls to deputy heads on top of their regular duties.",
        ],
    },
    {
        "institution": "ozerki-school-3",
        "days_ago": 50,
        "title": "Объявлены победители конкурса чтецов на иностранных языках",
        "intro": (
            "В финал краевого конкурса вышли шестьдесят школьников, которые читали стихи и "
            "прозу на английском, немецком и французском языках."
        ),
        "paragraphs": [
            "Конкурс проходил в актовом зале школы № 3 и транслировался для тех, кто не смог "
            "приехать. Жюри оценивало произношение, понимание текста и артистизм.",
            "Особенно тепло зал встретил младшую группу: третьеклассники читали английские "
            "детские стихи и разыгрывали их по ролям. Победители получили сертификаты на "
            "участие в летнем языковом лагере.",
        ],
        "title_en": None,
        "intro_en": None,
        "paragraphs_en": None,
    },
    {
        "institution": "kpu",
        "days_ago": 55,
        "title": "Учителя физики и технологии прошли стажировку в технопарке КПУ",
        "intro": (
            "Двадцать педагогов из школ края провели неделю в лабораториях Кедровского "
            "политехнического университета."
        ),
        "paragraphs": [
            "Программа стажировки включала работу на станках с ЧПУ, сборку простых "
            "электронных схем и знакомство с промышленными роботами. Каждый участник "
            "разработал мини-проект, который можно повторить со школьниками.",
            "Преподаватели университета признались, что сами многому научились: учителя "
            "задавали вопросы о том, как объяснять сложное тринадцатилетним.",
            "По итогам стажировки университет передаст школам методические кейсы и "
            "предложит дистанционные консультации для тех, кто возьмётся за проекты.",
        ],
        "title_en": None,
        "intro_en": None,
        "paragraphs_en": None,
    },
    {
        "institution": "beloklyuchi-school",
        "days_ago": 60,
        "title": "Сетевой химико-биологический класс: итоги первого полугодия",
        "intro": (
            "Белоключинская школа подвела промежуточные итоги работы профильного класса, "
            "который учится сразу в трёх организациях."
        ),
        "paragraphs": [
            "Лекции по биологии и химии ученики слушают онлайн от преподавателей ВерГУ, "
            "практические занятия проходят в школе, а раз в месяц класс выезжает в "
            "университетские лаборатории и центр «Родник».",
            "Средний балл по профильным предметам вырос, а двое учеников уже выбрали темы "
            "исследовательских работ под руководством университетских преподавателей.",
            "Главная трудность — транспорт: поездка в Веретинск занимает почти четыре часа. "
            "Ассоциация ищет возможность организовать часть практикумов в выездном формате.",
        ],
        "title_en": None,
        "intro_en": None,
        "paragraphs_en": None,
    },
    {
        "institution": None,
        "days_ago": 68,
        "title": "Ассоциация получила грант на проект «Учитель для малой школы»",
        "intro": (
            "Проект поддержан региональным конкурсом социальных инициатив. Средства пойдут "
            "на подготовку студентов к работе в малокомплектных сельских школах."
        ),
        "paragraphs": [
            "За два года пятьдесят студентов Озёрского педагогического колледжа и СОГПУ "
            "пройдут специальный модуль по обучению в разновозрастных классах и "
            "стажировку в сельских школах сети.",
            "Опытные учителя Белоключинской школы станут наставниками студентов, а "
            "затем — авторами методического пособия для тех, кто начинает работать в малой "
            "школе.",
        ],
        "title_en": "Association wins a grant for the “Teacher for a small school” project",
        "intro_en": (
            "The project was supported by a regional social initiatives competition. The "
            "funding will prepare student teachers to work in small rural schools."
        ),
        "paragraphs_en": [
            "Over two years, fifty students from Ozerki Teacher Training College and the "
            "pedagogical university will take a dedicated module on teaching mixed-age classes "
            "and do placements in rural member schools.",
            "Experienced teachers from Beloklyuchi Secondary School will mentor the students "
            "and then write a guide for newcomers to small-school teaching.",
        ],
    },
    {
        "institution": "pribrezhsk-agro",
        "days_ago": 72,
        "title": "Школьники и студенты заложили совместный опыт в теплицах колледжа",
        "intro": (
            "Ученики Гимназии «Прибрежная» вместе со студентами-агрономами сравнят урожайность "
            "шести сортов томатов при разном освещении."
        ),
        "paragraphs": [
            "Опыт рассчитан на весь сезон. Гимназисты отвечают за наблюдения и измерения, "
            "студенты — за уход за растениями и агрохимический анализ почвы.",
            "Результаты станут основой для исследовательских работ школьников и курсовых "
            "проектов студентов, а урожай отправится в столовую колледжа.",
        ],
        "title_en": None,
        "intro_en": None,
        "paragraphs_en": None,
    },
    {
        "institution": None,
        "days_ago": 96,
        "title": "Стартовал конкурс методических разработок «Урок, который запомнится»",
        "intro": (
            "Конкурс открыт для учителей, преподавателей колледжей и педагогов "
            "дополнительного образования из всех организаций сети."
        ),
        "paragraphs": [
            "На конкурс принимаются конспекты уроков или занятий вместе с видеозаписью "
            "фрагмента длительностью до пятнадцати минут. Главный критерий — урок должен "
            "быть интересен ученикам и полезен коллегам.",
            "Работы оценивают члены экспертного совета и приглашённые победители прошлых лет. "
            "Итоги будут подведены через два месяца после окончания приёма заявок.",
            "Лучшие разработки получат статус рекомендованных и будут опубликованы в базе "
            "методических ресурсов.",
        ],
        "title_en": "“A lesson to remember” teaching contest is open",
        "intro_en": (
            "The contest is open to school teachers, college lecturers and out-of-school "
            "educators from every member institution."
        ),
        "paragraphs_en": [
            "Entries consist of a lesson plan and a video clip of up to fifteen minutes. The "
            "key criterion is simple: the lesson should engage pupils and be useful to "
            "colleagues.",
            "Entries will be judged by members of the expert council and previous winners. "
            "Results will be announced two months after the submission deadline.",
            "The best lessons will be marked as recommended and published in the resource library.",
        ],
    },
    {
        "institution": None,
        "days_ago": 130,
        "title": "Сообщество учителей математики провело выездную сессию",
        "intro": (
            "Впервые встреча математиков прошла не в Веретинске, а в сельской школе "
            "Белоключинского района."
        ),
        "paragraphs": [
            "Хозяева показали, как ведут уроки в классе из семи учеников разного возраста, "
            "и поделились системой карточек для самостоятельной работы.",
            "Гости из городских школ признались, что многие приёмы пригодятся и в больших "
            "классах, особенно при работе с детьми, которые отстают или, наоборот, "
            "опережают программу.",
        ],
        "title_en": None,
        "intro_en": None,
        "paragraphs_en": None,
    },
    {
        "institution": None,
        "days_ago": 178,
        "title": "Открыт приём на совместные программы сети",
        "intro": (
            "В новом учебном году ассоциация приглашает абитуриентов и педагогов на девять "
            "программ, которые реализуются сразу несколькими организациями."
        ),
        "paragraphs": [
            "Среди программ — прикладной бакалавриат по мехатронике, сетевая магистратура по "
            "инклюзивному образованию, профильные классы для старшеклассников и курсы "
            "повышения квалификации для учителей.",
            "Документы подаются в ту организацию, которая указана в описании программы как "
            "базовая. Учёба в сетевой форме означает, что часть занятий пройдёт у партнёров, "
            "а дипломы и справки выдаются по общим правилам.",
            "Подробные условия приёма и контакты координаторов опубликованы в разделе "
            "«Совместные программы».",
        ],
        "title_en": "Admissions open for the network's joint programmes",
        "intro_en": (
            "For the new academic year the association invites applicants and teachers to nine "
            "programmes delivered jointly by several members."
        ),
        "paragraphs_en": [
            "They include an applied bachelor's in mechatronics, a jointly taught master's in "
            "inclusive education, specialist classes for senior pupils and professional "
            "development courses for teachers.",
            "Applications go to the lead institution named in each programme description. "
            "Network delivery means that some classes take place at partner institutions, "
            "while diplomas are awarded in the usual way.",
            "Full admission details and coordinator contacts are in the Joint programmes section.",
        ],
    },
    {
        "institution": "tech-centre-kedrovsk",
        "days_ago": 200,
        "title": "Инженерные каникулы впервые прошли в сельских школах",
        "intro": (
            "Педагоги «Инженерной смены» привезли в три сельские школы конструкторы, "
            "3D-принтер и набор для сборки квадрокоптеров."
        ),
        "paragraphs": [
            "Каникулярная программа длилась пять дней. Утром дети собирали и программировали "
            "роботов, а после обеда работали над мини-проектами для своей школы: "
            "автоматическим поливом для теплицы и датчиком шума для столовой.",
            "Учителя технологии и физики, участвовавшие в каникулах, получили комплекты "
            "оборудования во временное пользование, чтобы продолжить занятия в кружках.",
        ],
        "title_en": None,
        "intro_en": None,
        "paragraphs_en": None,
    },
    {
        "institution": None,
        "days_ago": 214,
        "title": "Летняя школа собрала восемьдесят старшеклассников из сельских районов",
        "intro": (
            "Две недели школьники жили в общежитии университета и занимались в лабораториях "
            "вместе со студентами."
        ),
        "paragraphs": [
            "Летняя школа проводится ассоциацией при поддержке обоих университетов. "
            "Участников отбирали по результатам сетевых олимпиад и рекомендациям учителей.",
            "В программе были занятия по физике, химии, биологии и программированию, "
            "экскурсии на предприятия и вечерние встречи с учёными. Многие ребята впервые "
            "побывали в университетской лаборатории.",
            "Треть выпускников прошлогодней летней школы поступили в вузы и колледжи сети.",
        ],
        "title_en": None,
        "intro_en": None,
        "paragraphs_en": None,
    },
    {
        "institution": "iro",
        "days_ago": 232,
        "title": "ИРО опубликовал результаты мониторинга профессиональных дефицитов учителей",
        "intro": (
            "Опрос и диагностическая работа охватили две тысячи педагогов края. Больше всего "
            "трудностей вызывает работа с детьми с особыми образовательными потребностями."
        ),
        "paragraphs": [
            "Второе место в списке затруднений заняло оценивание метапредметных результатов, "
            "третье — использование цифровых инструментов для обратной связи.",
            "На основе мониторинга институт вместе с ассоциацией скорректировал план "
            "семинаров: в новом учебном году будет больше практикумов по инклюзии и "
            "формирующему оцениванию.",
        ],
        "title_en": None,
        "intro_en": None,
        "paragraphs_en": None,
    },
    {
        "institution": None,
        "days_ago": 253,
        "title": "Обновлены правила размещения материалов в базе ресурсов",
        "intro": (
            "Координационный совет утвердил новую редакцию положения о базе методических "
            "ресурсов сети."
        ),
        "paragraphs": [
            "Теперь каждый материал сопровождается открытой лицензией, выбранной автором, а "
            "указание уровня образования и предмета стало обязательным. Это упростит поиск "
            "и фильтрацию.",
            "Материалы, прошедшие экспертизу, отмечаются отдельно, но размещать разработки "
            "можно и до рецензирования — с пометкой «На экспертизе».",
            "Авторам, опубликовавшим в базе не менее трёх материалов за год, ассоциация "
            "выдаёт благодарственное письмо для портфолио.",
        ],
        "title_en": "New rules for the resource library",
        "intro_en": (
            "The coordinating board has approved revised regulations for the network's "
            "teaching resource library."
        ),
        "paragraphs_en": [
            "Every resource now carries an open licence chosen by its author, and specifying "
            "the education level and subject is mandatory, making search and filtering easier.",
            "Peer-reviewed materials are labelled separately, but authors may publish before "
            "review with an “Under review” note.",
            "Authors who publish at least three resources a year receive a letter of "
            "appreciation from the association for their portfolio.",
        ],
    },
    {
        "institution": "sogpu",
        "days_ago": 275,
        "title": "Стартовала сетевая магистратура «Инклюзивное образование»",
        "intro": (
            "Первые двадцать магистрантов начали учёбу по программе, которую СОГПУ "
            "реализует вместе с ИРО и Озёрским педагогическим колледжем."
        ),
        "paragraphs": [
            "Большинство магистрантов — работающие учителя и воспитатели. Занятия проходят "
            "по субботам и в формате онлайн, а практика — в инклюзивных классах школ сети.",
            "Особенность программы — модуль, который ведут не преподаватели, а практики: "
            "тьюторы, логопеды и родители детей с особыми образовательными потребностями.",
        ],
        "title_en": None,
        "intro_en": None,
        "paragraphs_en": None,
    },
    {
        "institution": None,
        "days_ago": 302,
        "title": "Координационный совет избрал нового председателя",
        "intro": (
            "Председателем координационного совета ассоциации на ближайшие три года стала "
            "проректор СОГПУ Елена Викторовна Гладышева."
        ),
        "paragraphs": [
            "Елена Викторовна более двадцати лет работает в педагогическом образовании, "
            "начинала учителем русского языка в сельской школе. В ассоциации она много лет "
            "руководила экспертным советом.",
            "Новый председатель назвала своей задачей сделать сеть заметнее для школ, "
            "которые пока в неё не входят, и упростить процедуру вступления.",
        ],
        "title_en": "Coordinating board elects a new chair",
        "intro_en": (
            "Elena Gladysheva, vice-rector of the pedagogical university, has been elected to "
            "chair the association's coordinating board for the next three years."
        ),
        "paragraphs_en": [
            "Ms Gladysheva has worked in teacher education for more than twenty years, having "
            "started as a Russian language teacher in a village school. She led the expert "
            "council for many years.",
            "She said her goal is to make the network more visible to schools that have not yet "
            "joined and to simplify the membership procedure.",
        ],
    },
    {
        "institution": "gymnasium-pribrezhnaya",
        "days_ago": 311,
        "title": "Экспедиция «Берега памяти» завершила полевой сезон",
        "intro": (
            "Гимназисты записали воспоминания старожилов пяти прибрежных деревень и "
            "оцифровали около трёхсот семейных фотографий."
        ),
        "paragraphs": [
            "Экспедиция проходит уже третий год. Ребята учатся готовить интервью, "
            "расшифровывать записи и работать с архивными документами.",
            "Собранные материалы станут основой для выставки в городском музее и серии "
            "уроков по истории края, которые учителя гимназии подготовят для коллег из сети.",
            "В следующем сезоне к экспедиции присоединятся школьники из Озёрок.",
        ],
        "title_en": None,
        "intro_en": None,
        "paragraphs_en": None,
    },
    {
        "institution": "ozerki-ped-college",
        "days_ago": 340,
        "title": "В Озёрском педколледже открылся методический кабинет начальной школы",
        "intro": (
            "Кабинет будет открыт не только для студентов, но и для учителей начальных "
            "классов всех организаций сети."
        ),
        "paragraphs": [
            "В кабинете собраны наглядные пособия, настольные игры для уроков математики и "
            "чтения, детская литература и подшивки методических журналов за двадцать лет.",
            "Учителя могут бесплатно брать материалы на время или прийти на консультацию к "
            "методисту колледжа, предварительно записавшись по телефону.",
        ],
        "title_en": None,
        "intro_en": None,
        "paragraphs_en": None,
    },
    {
        "institution": None,
        "days_ago": 366,
        "title": "Итоги года: что удалось сделать сети",
        "intro": (
            "Ассоциация подготовила ежегодный отчёт. Главные цифры — сорок две проведённые "
            "встречи, почти девятьсот участников и полторы сотни новых материалов в базе."
        ),
        "paragraphs": [
            "Самым посещаемым мероприятием года стал весенний методический день, а самым "
            "скачиваемым ресурсом — сборник заданий на читательскую грамотность для "
            "пятиклассников.",
            "За год выросло число программ в сетевой форме: к профильным классам и курсам "
            "добавились прикладной бакалавриат и магистратура.",
            "Не всё получилось: отложен запуск сетевого электронного журнала, а охват "
            "сельских школ пока ниже запланированного. Эти задачи перенесены на следующий год.",
        ],
        "title_en": "The year in review",
        "intro_en": (
            "The association has published its annual report. The headline figures are "
            "forty-two events, almost nine hundred participants and around 150 new resources."
        ),
        "paragraphs_en": [
            "The best-attended event was the spring methodology day, and the most downloaded "
            "resource was a set of reading literacy tasks for fifth-graders.",
            "Jointly delivered programmes grew in number: an applied bachelor's and a master's "
            "programme joined the specialist classes and courses.",
            "Not everything went to plan: the shared online journal has been postponed and "
            "coverage of rural schools is below target. Both goals carry over to next year.",
        ],
    },
    {
        "institution": "kedrovsk-it-college",
        "days_ago": 382,
        "title": "Студенты колледжа открыли кружки программирования для младших школьников",
        "intro": ("Волонтёры ККИТД ведут занятия в четырёх начальных школах Кедровска."),
        "paragraphs": [
            "Занятия проходят раз в неделю после уроков. Дети начинают с визуального "
            "программирования и к концу года создают собственные простые игры.",
            "Для студентов это возможность попробовать себя в роли преподавателя, а для "
            "школ — бесплатный кружок, который не требует отдельного педагога.",
        ],
        "title_en": None,
        "intro_en": None,
        "paragraphs_en": None,
    },
    {
        "institution": "vergu",
        "days_ago": 401,
        "title": "Ботанический сад ВерГУ открыл практикумы для школ сети",
        "intro": (
            "Учителя биологии могут привозить классы на занятия по систематике растений и "
            "экологии в оранжереях университета."
        ),
        "paragraphs": [
            "Сотрудники сада подготовили шесть тематических практикумов — от строения цветка "
            "до адаптаций растений к засушливому климату. Каждый рассчитан на полтора часа.",
            "Для школ из районов университет компенсирует часть транспортных расходов, а "
            "для учителей ежегодно проводит семинар по работе с живыми растениями на уроке.",
        ],
        "title_en": "University botanical garden opens workshops for network schools",
        "intro_en": (
            "Biology teachers can now bring their classes to the university greenhouses for "
            "sessions on plant classification and ecology."
        ),
        "paragraphs_en": [
            "Garden staff have prepared six workshops, from the structure of a flower to plant "
            "adaptations to dry climates. Each lasts ninety minutes.",
            "The university covers part of the travel costs for schools from the districts and "
            "runs an annual seminar for teachers on using living plants in lessons.",
        ],
    },
    {
        "institution": None,
        "days_ago": 423,
        "title": "Ассоциация и краевое министерство подписали соглашение о сотрудничестве",
        "intro": (
            "Документ закрепляет участие ассоциации в разработке региональных программ "
            "повышения квалификации и поддержки сельских школ."
        ),
        "paragraphs": [
            "Министерство образования края будет привлекать экспертов сети к оценке "
            "региональных методических материалов, а ассоциация — получать приоритетный "
            "доступ к программам софинансирования.",
            "Соглашение не меняет добровольного характера сети: организации сохраняют "
            "самостоятельность и сами решают, в каких проектах участвовать.",
        ],
        "title_en": None,
        "intro_en": None,
        "paragraphs_en": None,
    },
    {
        "institution": "veretinsk-polytech",
        "days_ago": 445,
        "title": "Политехнический колледж стал площадкой демонстрационного экзамена",
        "intro": (
            "Мастерская сварочных технологий получила аккредитацию как центр проведения "
            "демонстрационного экзамена."
        ),
        "paragraphs": [
            "Теперь здесь могут сдавать экзамен не только студенты колледжа, но и выпускники "
            "других организаций края. Оснащение мастерской обновлено по отраслевым "
            "требованиям.",
            "Колледж готов делиться опытом: на сетевом семинаре мастера расскажут, как "
            "выстроить подготовку к экзамену с первого курса.",
        ],
        "title_en": None,
        "intro_en": None,
        "paragraphs_en": None,
    },
    {
        "institution": "beloklyuchi-school",
        "days_ago": 470,
        "title": "Будущие учителя провели уроки в Белых Ключах",
        "intro": (
            "Десять студентов Озёрского педколледжа прошли в Белоключинской школе "
            "трёхнедельную практику."
        ),
        "paragraphs": [
            "Студенты жили в пришкольном интернате вместе с учениками и вели не только "
            "уроки, но и вечерние занятия: театральную студию, шахматы и подготовку к "
            "районной спартакиаде.",
            "Двое практикантов после выпуска планируют вернуться в школу на работу. "
            "Администрация района уже пообещала им служебное жильё.",
            "Опыт практики лёг в основу заявки на грант «Учитель для малой школы».",
        ],
        "title_en": None,
        "intro_en": None,
        "paragraphs_en": None,
    },
    {
        "institution": "kpu",
        "days_ago": 512,
        "title": "КПУ передал школам комплекты для лабораторных работ по физике",
        "intro": (
            "Студенты-механики собрали тридцать наборов для опытов по механике и "
            "электричеству из доступных материалов."
        ),
        "paragraphs": [
            "Каждый набор рассчитан на восемь лабораторных работ из школьной программы "
            "седьмого–девятого классов. Инструкции к ним составили студенты вместе с "
            "учителями Лицея № 7.",
            "Наборы получили сельские школы, в которых нет современного кабинета физики. "
            "Чертежи и инструкции опубликованы в базе ресурсов, чтобы их можно было повторить.",
        ],
        "title_en": None,
        "intro_en": None,
        "paragraphs_en": None,
    },
    {
        "institution": "ozerki-school-3",
        "days_ago": 531,
        "title": "Языковой интенсив собрал школьников из сельских районов",
        "intro": ("Неделю сорок учеников седьмых–девятых классов говорили только по-английски."),
        "paragraphs": [
            "Интенсив провели учителя школы № 3 и студенты-волонтёры СОГПУ. Занятия шли в "
            "форме проектов: ребята снимали видеоэкскурсии по Озёркам, готовили радиопередачу "
            "и ставили короткие сценки.",
            "Для многих участников это был первый опыт долгого общения на иностранном языке "
            "без перевода. Организаторы собрали материалы интенсива в пособие для коллег.",
        ],
        "title_en": None,
        "intro_en": None,
        "paragraphs_en": None,
    },
    {
        "institution": None,
        "days_ago": 563,
        "title": "Запущена обновлённая база методических ресурсов",
        "intro": (
            "Материалы сети переехали на новый портал с поиском по предмету, уровню "
            "образования и типу ресурса."
        ),
        "paragraphs": [
            "Раньше методические разработки хранились в общей папке, и найти нужную "
            "было непросто. Теперь у каждого материала есть карточка с аннотацией, "
            "авторами и ключевыми словами.",
            "Портал разработан при участии студентов Кедровского колледжа информационных "
            "технологий и дизайна. Они же будут поддерживать его и собирать отзывы "
            "пользователей.",
        ],
        "title_en": "The renewed resource library is live",
        "intro_en": (
            "The network's teaching materials have moved to a new portal where they can be "
            "searched by subject, education level and resource type."
        ),
        "paragraphs_en": [
            "Materials used to sit in a shared folder, which made them hard to find. Each "
            "resource now has its own page with an abstract, authors and keywords.",
            "The portal was built with the help of students from Kedrovsk College of "
            "Information Technology and Design, who will also maintain it and collect feedback.",
        ],
    },
    {
        "institution": "pribrezhsk-agro",
        "days_ago": 604,
        "title": "Агрошкола выходного дня открыла второй набор",
        "intro": (
            "По субботам старшеклассники Прибрежска изучают агрономию, ветеринарию и "
            "переработку продуктов в мастерских колледжа."
        ),
        "paragraphs": [
            "Первый набор агрошколы оказался удачным: из двадцати выпускников семеро "
            "поступили в колледж, а ещё трое — в аграрные вузы соседних регионов.",
            "Во втором наборе появился модуль по точному земледелию: ребята научатся "
            "работать с дронами для мониторинга полей.",
        ],
        "title_en": None,
        "intro_en": None,
        "paragraphs_en": None,
    },
    {
        "institution": None,
        "days_ago": 652,
        "title": "Стартовала сетевая программа наставничества для молодых педагогов",
        "intro": (
            "Тридцать учителей со стажем до трёх лет получили наставников из других "
            "организаций сети."
        ),
        "paragraphs": [
            "Наставник и молодой коллега встречаются раз в две недели, посещают уроки друг "
            "друга и вместе разбирают трудные ситуации. Пары подбирали по предмету, а не по "
            "месту работы.",
            "Такой подход позволяет молодому учителю из маленькой школы получить поддержку "
            "опытного коллеги, даже если в его школе он единственный специалист по предмету.",
            "Итоги первого года программы будут представлены на педагогических чтениях.",
        ],
        "title_en": None,
        "intro_en": None,
        "paragraphs_en": None,
    },
    {
        "institution": "lyceum-7",
        "days_ago": 689,
        "title": "Лицеисты и сельские школьники вместе защитили исследовательские проекты",
        "intro": (
            "На конференции школьного научного общества выступили двадцать смешанных команд "
            "из Лицея № 7 и трёх сельских школ."
        ),
        "paragraphs": [
            "Команды работали над проектами полгода, общаясь в основном по видеосвязи. "
            "Темы варьировались от расчёта теплопотерь деревенского дома до статистики "
            "успеваемости в зависимости от продолжительности сна.",
            "Жюри из преподавателей ВерГУ отметило, что в смешанных командах проекты получились "
            "более приземлёнными и практичными, чем обычно.",
        ],
        "title_en": None,
        "intro_en": None,
        "paragraphs_en": None,
    },
]

PROGRAMMES = [
    {
        "slug": "mechatronics-applied-bachelor",
        "title": "Прикладной бакалавриат «Мехатроника и робототехника»",
        "intro": (
            "Сквозная программа колледжа и университета: студенты сначала осваивают рабочую "
            "профессию в колледже, а затем продолжают обучение на инженерном уровне в КПУ."
        ),
        "partners": ["kpu", "veretinsk-polytech", "tech-centre-kedrovsk"],
        "level": "higher",
        "duration": "4 года",
        "teaching_language": "ru",
        "double_diploma": True,
        "admission": [
            "Приём ведёт Кедровский политехнический университет по результатам ЕГЭ по "
            "математике, физике или информатике и русскому языку. Выпускники колледжей сети "
            "могут поступить по результатам внутренних вступительных испытаний.",
            "Документы принимаются с 20 июня по 25 июля в приёмной комиссии КПУ или через "
            "портал государственных услуг. Для иногородних студентов предоставляется "
            "общежитие.",
        ],
        "paragraphs": [
            "Первые два года студенты проводят в мастерских Веретинского политехнического "
            "колледжа: изучают слесарное дело, электромонтаж и программирование станков. "
            "После второго курса они сдают демонстрационный экзамен и получают квалификацию "
            "рабочего.",
            "Третий и четвёртый годы проходят в технопарке КПУ. Основное внимание уделяется "
            "проектированию мехатронных систем, промышленным контроллерам и робототехнике. "
            "Курсовые проекты выполняются по заказам предприятий края.",
            "Старшекурсники ведут занятия в робототехнических кружках «Инженерной смены», "
            "что засчитывается как педагогическая практика. Выпускники получают диплом "
            "бакалавра КПУ и свидетельство о профессии от колледжа.",
        ],
        "coordinators": [
            {
                "name": "Тарасов Игорь Леонидович",
                "role": "заведующий кафедрой мехатроники КПУ",
                "institution": "kpu",
                "email": "tarasov.il@kpu.example.ru",
                "phone": "+7 (4855) 41-20-33",
            },
            {
                "name": "Шипилова Наталья Олеговна",
                "role": "заместитель директора по учебно-производственной работе ВПК",
                "institution": "veretinsk-polytech",
                "email": "shipilova@vpk.example.ru",
                "phone": "+7 (4852) 55-31-92",
            },
        ],
        "title_en": "Applied bachelor's programme in mechatronics and robotics",
        "intro_en": (
            "A continuous college-to-university programme: students first learn a trade at the "
            "college and then continue at engineering level at the polytechnic university."
        ),
        "duration_en": "4 years",
    },
    {
        "slug": "inclusive-education-masters",
        "title": "Магистратура «Инклюзивное образование» в сетевой форме",
        "intro": (
            "Программа для работающих педагогов, которые хотят научиться строить обучение "
            "так, чтобы в классе было место каждому ребёнку."
        ),
        "partners": ["sogpu", "iro", "ozerki-ped-college"],
        "level": "higher",
        "duration": "2 года 6 месяцев",
        "teaching_language": "ru",
        "double_diploma": False,
        "admission": [
            "На программу принимаются выпускники бакалавриата и специалитета любого "
            "направления. Вступительное испытание — междисциплинарный экзамен и собеседование "
            "о профессиональном опыте.",
            "Для педагогов организаций сети предусмотрены целевые места, оплачиваемые "
            "краевым министерством образования. Заявки на целевое обучение принимаются до "
            "1 июля.",
        ],
        "paragraphs": [
            "Обучение заочное с элементами дистанционных технологий: установочные сессии "
            "проходят в СОГПУ дважды в год, остальные занятия — онлайн по вечерам и субботам.",
            "Модули по нормативной базе и разработке адаптированных программ ведут "
            "специалисты Института развития образования, а практикумы по начальной школе — "
            "преподаватели Озёрского педагогического колледжа.",
            "Магистерская диссертация выполняется на материале собственной школы или детского "
            "сада магистранта. Лучшие работы публикуются в базе ресурсов сети.",
        ],
        "coordinators": [
            {
                "name": "Кравец Людмила Павловна",
                "role": (
                    "руководитель магистерской программы, доцент кафедры специальной педагогики"
                ),
                "institution": "sogpu",
                "email": "kravets.lp@sogpu.example.ru",
                "phone": "+7 (4852) 55-12-61",
            },
        ],
        "title_en": "Master's programme in inclusive education (jointly delivered)",
        "intro_en": (
            "A programme for working teachers who want to design learning so that every child "
            "has a place in the classroom."
        ),
        "duration_en": "2 years 6 months",
    },
    {
        "slug": "physics-engineering-track",
        "title": "Сетевой профиль «Физика и инженерные исследования» для 10–11 классов",
        "intro": (
            "Профильное обучение, в котором школьные уроки дополняются лабораторными "
            "практикумами в университете и проектами в технопарке."
        ),
        "partners": ["lyceum-7", "vergu", "kpu"],
        "level": "secondary",
        "duration": "2 года",
        "teaching_language": "ru",
        "double_diploma": False,
        "admission": [
            "В профильный класс принимаются выпускники девятых классов школ края по "
            "результатам индивидуального отбора: учитываются оценки ОГЭ по математике и "
            "физике и результаты собеседования.",
            "Ученики других школ сети могут заниматься по программе дистанционно, посещая "
            "практикумы в университете раз в месяц. Заявления принимает Лицей № 7 до 30 июня.",
        ],
        "paragraphs": [
            "Основные уроки ведут учителя Лицея № 7 по углублённой программе. Раз в неделю "
            "ученики работают в лабораториях физического факультета ВерГУ под руководством "
            "преподавателей и аспирантов.",
            "В одиннадцатом классе каждый ученик выполняет инженерный проект в технопарке "
            "Кедровского политехнического университета: от расчёта до изготовления прототипа.",
            "Итоговая защита проекта проходит перед комиссией из преподавателей обоих "
            "университетов, а её результаты учитываются как индивидуальное достижение при "
            "поступлении.",
        ],
        "coordinators": [
            {
                "name": "Мельников Андрей Сергеевич",
                "role": "заместитель директора по профильному обучению Лицея № 7",
                "institution": "lyceum-7",
                "email": "melnikov@lyceum7-ver.example.ru",
                "phone": "+7 (4852) 55-07-79",
            },
            {
                "name": "Быстрова Ольга Германовна",
                "role": "доцент кафедры общей физики ВерГУ",
                "institution": "vergu",
                "email": "bystrova.og@vergu.example.ru",
                "phone": "+7 (4852) 55-10-47",
            },
        ],
        "title_en": "Networked specialist track in physics and engineering research (years 10–11)",
        "intro_en": (
            "A specialist track where school lessons are combined with university lab work and "
            "projects in an engineering technology park."
        ),
        "duration_en": "2 years",
    },
    {
        "slug": "chemistry-biology-class",
        "title": "Сетевой химико-биологический класс для сельских школ",
        "intro": (
            "Профильный класс, который позволяет ученикам сельских школ изучать химию и "
            "биологию на углублённом уровне, не уезжая из дома."
        ),
        "partners": ["beloklyuchi-school", "vergu", "eco-centre-rodnik"],
        "level": "secondary",
        "duration": "2 года",
        "teaching_language": "ru",
        "double_diploma": False,
        "admission": [
            "В класс принимаются ученики, окончившие девятый класс в школах Белоключинского и "
            "соседних районов. Отбор проводится по итогам ОГЭ по химии или биологии и "
            "портфолио достижений.",
            "Ученикам из дальних сёл предоставляется место в пришкольном интернате "
            "Белоключинской школы. Заявления принимаются до 15 июля.",
        ],
        "paragraphs": [
            "Теоретическую часть углублённого курса читают онлайн преподаватели "
            "естественно-научного факультета ВерГУ, а учителя школы проводят семинары и "
            "помогают ученикам разбирать трудные темы.",
            "Раз в месяц класс выезжает на двухдневный практикум в университетские "
            "лаборатории, а весной и осенью проходит полевые практики в эколого-биологическом "
            "центре «Родник».",
            "Каждый ученик к концу обучения готовит исследовательскую работу. Научными "
            "руководителями выступают преподаватели университета и методисты центра.",
        ],
        "coordinators": [
            {
                "name": "Лаптева Светлана Ивановна",
                "role": "учитель химии, куратор профильного класса",
                "institution": "beloklyuchi-school",
                "email": "lapteva@bk-school.example.ru",
                "phone": "+7 (4859) 2-18-40",
            },
        ],
        "title_en": "Networked chemistry and biology class for rural schools",
        "intro_en": (
            "A specialist class that lets rural pupils study chemistry and biology at an "
            "advanced level without leaving home."
        ),
        "duration_en": "2 years",
    },
    {
        "slug": "small-school-primary-teacher",
        "title": "«Преподавание в начальных классах»: профиль «Учитель малой школы»",
        "intro": (
            "Специальность среднего профессионального образования с дополнительной "
            "подготовкой к работе в малокомплектных и разновозрастных классах."
        ),
        "partners": ["ozerki-ped-college", "sogpu", "beloklyuchi-school"],
        "level": "vocational",
        "duration": "3 года 10 месяцев",
        "teaching_language": "ru",
        "double_diploma": False,
        "admission": [
            "Приём ведёт Озёрский педагогический колледж на базе основного общего "
            "образования по конкурсу аттестатов. Вступительных экзаменов нет, проводится "
            "собеседование о мотивации.",
            "Абитуриенты из сельских районов, заключившие договор о целевом обучении с "
            "муниципалитетом, получают повышенную стипендию и гарантированное место работы.",
        ],
        "paragraphs": [
            "Помимо стандартной подготовки учителя начальных классов студенты проходят "
            "модуль «Обучение в разновозрастном классе», разработанный вместе с СОГПУ.",
            "Производственная практика проходит в сельских школах сети, прежде всего в "
            "Белоключинской школе, где студентов сопровождают учителя-наставники.",
            "Выпускники могут продолжить обучение в СОГПУ по ускоренной программе "
            "бакалавриата с зачётом ранее изученных дисциплин.",
        ],
        "coordinators": [
            {
                "name": "Воронина Дарья Сергеевна",
                "role": "преподаватель методики начального обучения",
                "institution": "ozerki-ped-college",
                "email": "voronina.ds@ozped.example.ru",
                "phone": "+7 (4853) 22-14-12",
            },
            {
                "name": "Гладышева Елена Викторовна",
                "role": "проректор СОГПУ по образовательной деятельности",
                "institution": "sogpu",
                "email": "gladysheva@sogpu.example.ru",
                "phone": "+7 (4852) 55-12-02",
            },
        ],
        "title_en": "Primary teaching diploma with a small-school specialisation",
        "intro_en": (
            "A vocational teacher education programme with extra preparation for small rural "
            "schools and mixed-age classes."
        ),
        "duration_en": "3 years 10 months",
    },
    {
        "slug": "english-history-double-degree",
        "title": "«Педагогическое образование»: английский язык и история (двойной диплом)",
        "intro": (
            "Бакалавриат с двумя профилями, который СОГПУ и ВерГУ реализуют совместно. "
            "Часть дисциплин преподаётся на английском языке."
        ),
        "partners": ["sogpu", "vergu", "ozerki-school-3"],
        "level": "higher",
        "duration": "5 лет",
        "teaching_language": "ru-en",
        "double_diploma": True,
        "admission": [
            "Вступительные испытания — ЕГЭ по обществознанию, иностранному языку и русскому "
            "языку. Дополнительно проводится устное собеседование на английском языке.",
            "Документы принимает СОГПУ. Количество мест ограничено: набирается одна группа "
            "из двадцати пяти студентов.",
        ],
        "paragraphs": [
            "Языковые и педагогические дисциплины студенты изучают в СОГПУ, а исторические "
            "курсы — на историческом факультете ВерГУ. Курсы по истории англоязычных стран "
            "и методике CLIL читаются на английском.",
            "Педагогическая практика проходит в школе № 3 г. Озёрки, где студенты ведут "
            "уроки английского и истории, в том числе билингвальные.",
            "Выпускники получают два диплома: СОГПУ — по педагогическому образованию и ВерГУ — "
            "по профилю «История», что расширяет возможности для работы и продолжения учёбы.",
        ],
        "coordinators": [
            {
                "name": "Осипова Вероника Андреевна",
                "role": "доцент кафедры английского языка и методики его преподавания СОГПУ",
                "institution": "sogpu",
                "email": "osipova.va@sogpu.example.ru",
                "phone": "+7 (4852) 55-12-75",
            },
        ],
        "title_en": "Teacher education in English and history (double degree)",
        "intro_en": (
            "A two-subject bachelor's programme run jointly by the pedagogical university and "
            "Veretinsk State University, with some courses taught in English."
        ),
        "duration_en": "5 years",
    },
    {
        "slug": "digital-design-school",
        "title": "Цифровой дизайн в школе",
        "intro": (
            "Дополнительная общеразвивающая программа для учеников 7–9 классов: графика, "
            "вёрстка, основы веб-дизайна и 3D-моделирования."
        ),
        "partners": ["kedrovsk-it-college", "tech-centre-kedrovsk", "gymnasium-pribrezhnaya"],
        "level": "basic",
        "duration": "1 учебный год (144 часа)",
        "teaching_language": "ru",
        "double_diploma": False,
        "admission": [
            "Запись свободная, без вступительных испытаний, по заявлению родителей. "
            "Программа бесплатна для учеников школ сети.",
            "Набор групп проходит в сентябре. Ученики Гимназии «Прибрежная» занимаются "
            "онлайн, ученики Кедровска — очно в колледже и центре технического творчества.",
        ],
        "paragraphs": [
            "Первое полугодие посвящено графическому дизайну: композиции, работе с цветом и "
            "шрифтом. Занятия ведут преподаватели колледжа, практику помогают проводить "
            "студенты старших курсов.",
            "Во втором полугодии ребята осваивают 3D-моделирование и печать в мастерских "
            "«Инженерной смены» и создают сайт-портфолио своих работ.",
            "Итоговый проект выполняется по заказу школы: афиша, навигация по зданию или "
            "сувенир к школьному юбилею.",
        ],
        "coordinators": [
            {
                "name": "Ким Алина Робертовна",
                "role": "преподаватель дизайна ККИТД",
                "institution": "kedrovsk-it-college",
                "email": "kim.ar@kkitd.example.ru",
                "phone": "+7 (4855) 43-47-15",
            },
        ],
        "title_en": "Digital design at school",
        "intro_en": (
            "An enrichment programme for pupils in years 7–9 covering graphics, layout, "
            "web design basics and 3D modelling."
        ),
        "duration_en": "1 school year (144 hours)",
    },
    {
        "slug": "agroecologist",
        "title": "Профессиональное обучение старшеклассников «Агроэколог»",
        "intro": (
            "Программа, после которой выпускник школы получает свидетельство о профессии "
            "«Лаборант химического анализа» и опыт полевых экологических исследований."
        ),
        "partners": ["pribrezhsk-agro", "eco-centre-rodnik", "gymnasium-pribrezhnaya"],
        "level": "vocational",
        "duration": "1 год 6 месяцев",
        "teaching_language": "ru",
        "double_diploma": False,
        "admission": [
            "На программу принимаются ученики 10 классов школ Прибрежного и Белоключинского "
            "районов. Необходимы заявление и согласие родителей, отбор не проводится.",
            "Занятия проходят по субботам и во время каникул. Проезд до колледжа и центра "
            "«Родник» организует ассоциация.",
        ],
        "paragraphs": [
            "В колледже ученики осваивают методы анализа почвы, воды и растительной продукции "
            "в аккредитованной лаборатории и учатся вести лабораторный журнал.",
            "Летняя полевая практика проходит в центре «Родник»: школьники закладывают "
            "пробные площадки, описывают растительность и отбирают образцы для анализа.",
            "Программа завершается квалификационным экзаменом. Выпускники, поступающие в "
            "колледж, получают возможность перезачесть часть дисциплин.",
        ],
        "coordinators": [
            {
                "name": "Жданов Павел Юрьевич",
                "role": "заведующий лабораторией агрохимического анализа ПАТК",
                "institution": "pribrezhsk-agro",
                "email": "zhdanov@patk.example.ru",
                "phone": "+7 (4857) 31-02-58",
            },
            {
                "name": "Еремеева Татьяна Фёдоровна",
                "role": "методист ЭБЦ «Родник»",
                "institution": "eco-centre-rodnik",
                "email": "eremeeva@rodnik-eco.example.ru",
                "phone": "+7 (4859) 2-40-17",
            },
        ],
        "title_en": "“Agroecologist” vocational training for senior pupils",
        "intro_en": (
            "Pupils leave school with a certificate as a chemical analysis lab assistant and "
            "real experience of ecological fieldwork."
        ),
        "duration_en": "1 year 6 months",
    },
    {
        "slug": "young-school-leader",
        "title": "Школа молодого руководителя",
        "intro": (
            "Программа повышения квалификации для заместителей директоров и руководителей, "
            "назначенных на должность в последние три года."
        ),
        "partners": ["iro", "sogpu", "lyceum-7"],
        "level": "additional",
        "duration": "6 месяцев (252 часа)",
        "teaching_language": "ru",
        "double_diploma": False,
        "admission": [
            "Слушателей направляют образовательные организации края. Заявку подписывает "
            "руководитель организации или муниципального органа управления образованием.",
            "Обучение бесплатное. Группа — не более тридцати человек, приоритет отдаётся "
            "руководителям сельских школ и организаций, недавно вступивших в сеть.",
        ],
        "paragraphs": [
            "Программа состоит из пяти модулей: управление образовательной программой, "
            "команда и кадры, финансы и закупки, внутренняя система оценки качества, "
            "взаимодействие с родителями и партнёрами.",
            "Каждый модуль включает онлайн-лекции ИРО, очную сессию и стажировку в одной из "
            "организаций сети. Лицей № 7 принимает слушателей на стажировку по управлению "
            "профильным обучением.",
            "Итоговая работа — проект изменений для своей организации, который слушатель "
            "защищает перед комиссией из опытных директоров и преподавателей СОГПУ.",
        ],
        "coordinators": [
            {
                "name": "Сафонова Ирина Константиновна",
                "role": "заведующая кафедрой управления образованием ИРО",
                "institution": "iro",
                "email": "safonova@iro-sok.example.ru",
                "phone": "+7 (4852) 55-60-21",
            },
        ],
        "title_en": "School for new school leaders",
        "intro_en": (
            "A professional development programme for deputy heads and heads appointed within "
            "the last three years."
        ),
        "duration_en": "6 months (252 hours)",
    },
]

SEMINARS = [
    {
        "institution": None,
        "organisers": [],
        "kind": "webinar",
        "format": "online",
        "days_from_now": 4,
        "start": "16:00",
        "hours": 2,
        "time_zone": "Europe/Moscow",
        "venue": "",
        "address": "",
        "online_url": "https://meet.aoo-sok.example.ru/feedback-webinar",
        "title": "Формирующее оценивание: обратная связь, которая помогает учиться",
        "intro": (
            "Разбираем, как комментировать работы учеников так, чтобы они понимали, что "
            "делать дальше, и при этом не тратить на проверку все вечера."
        ),
        "paragraphs": [
            "В первой части вебинара — короткий обзор исследований о том, какая обратная "
            "связь действительно влияет на результаты. Во второй — практика: участники "
            "вместе переписывают комментарии к реальным ученическим работам.",
            "Вебинар адресован учителям основной и старшей школы любых предметов, а также "
            "заместителям директоров, которые курируют внутришкольную оценку.",
        ],
        "speakers": [
            {"name": "Сафонова Ирина Константиновна", "affiliation": "ИРО Северо-Озёрского края"},
            {"name": "Панкратов Денис Олегович", "affiliation": "учитель истории, Лицей № 7"},
        ],
        "registration_url": "https://reg.aoo-sok.example.ru/feedback-webinar",
        "recording_url": "",
        "title_en": "Formative assessment: feedback that helps pupils learn",
        "intro_en": (
            "How to comment on pupils' work so they know what to do next, without spending "
            "every evening marking."
        ),
    },
    {
        "institution": "lyceum-7",
        "organisers": ["iro"],
        "kind": "conference",
        "format": "hybrid",
        "days_from_now": 9,
        "start": "10:00",
        "hours": 7,
        "time_zone": "Europe/Moscow",
        "venue": "Лицей № 7, актовый зал и учебные кабинеты",
        "address": "г. Веретинск, ул. Садовая, д. 9",
        "online_url": "https://meet.aoo-sok.example.ru/method-day-spring",
        "title": "Весенний методический день «Функциональная грамотность: от диагностики к уроку»",
        "intro": (
            "Ежегодная встреча педагогов сети: пленарная часть, шесть предметных секций и "
            "открытые уроки в 5–9 классах."
        ),
        "paragraphs": [
            "В 10:00 — пленарное заседание с докладом ИРО о результатах региональной "
            "диагностики. С 11:30 работают секции математики, естественных наук, "
            "русского языка, истории, иностранных языков и начальной школы.",
            "После обеда учителя лицея дают открытые уроки, а участники секций обсуждают их "
            "вместе с авторами. Завершает день общая дискуссия о том, как учитывать "
            "функциональную грамотность при составлении рабочих программ.",
            "Все секции транслируются онлайн. Выступающие получают удостоверение о "
            "повышении квалификации на 16 часов.",
        ],
        "speakers": [
            {"name": "Рябинина Галина Петровна", "affiliation": "директор Лицея № 7"},
            {
                "name": "Сафонова Ирина Константиновна",
                "affiliation": "заведующая кафедрой управления образованием ИРО",
            },
        ],
        "registration_url": "https://reg.aoo-sok.example.ru/method-day-spring",
        "recording_url": "",
        "title_en": "Spring methodology day: functional literacy from diagnosis to the lesson",
        "intro_en": (
            "The network's annual teachers' gathering: a plenary, six subject strands and open "
            "lessons in years 5–9."
        ),
    },
    {
        "institution": "eco-centre-rodnik",
        "organisers": [],
        "kind": "master-class",
        "format": "in-person",
        "days_from_now": 14,
        "start": "11:00",
        "hours": 4,
        "time_zone": "Europe/Moscow",
        "venue": "ЭБЦ «Родник», учебный класс и экологическая тропа",
        "address": "Белоключинский район, с. Белые Ключи, ул. Заречная, д. 40",
        "online_url": "",
        "title": "Весенняя экологическая тропа: как вести исследование с классом",
        "intro": (
            "Практическое занятие для учителей биологии, географии и начальных классов "
            "прямо на маршруте."
        ),
        "paragraphs": [
            "Участники пройдут участок экологической тропы, освоят простые методики учёта "
            "птиц и оценки состояния древостоя, научатся вести полевой дневник с учениками.",
            "Возьмите удобную обувь и одежду по погоде. Обед и горячий чай — в столовой "
            "центра. Число мест ограничено двадцатью участниками.",
        ],
        "speakers": [
            {"name": "Еремеева Татьяна Фёдоровна", "affiliation": "методист ЭБЦ «Родник»"},
        ],
        "registration_url": "https://reg.aoo-sok.example.ru/rodnik-spring-trail",
        "recording_url": "",
        "title_en": None,
        "intro_en": None,
    },
    {
        "institution": None,
        "organisers": ["beloklyuchi-school", "lyceum-7"],
        "kind": "round-table",
        "format": "hybrid",
        "days_from_now": 18,
        "start": "15:00",
        "hours": 2,
        "time_zone": "Europe/Moscow",
        "venue": "Офис ассоциации, переговорная",
        "address": "г. Веретинск, ул. Набережная Просвещения, д. 12, офис 304",
        "online_url": "https://meet.aoo-sok.example.ru/network-class-round-table",
        "title": "Сетевой профильный класс: что работает, а что нет",
        "intro": (
            "Кураторы профильных классов, директора и родители обсудят опыт первых лет "
            "работы сетевых профилей."
        ),
        "paragraphs": [
            "Вопросы для обсуждения: как согласовать расписание нескольких организаций, кто "
            "отвечает за оценки, как организовать поездки учеников и сохранить мотивацию "
            "при онлайн-обучении.",
            "По итогам круглого стола будут подготовлены рекомендации для школ, которые "
            "планируют открыть сетевой профиль в следующем году.",
        ],
        "speakers": [
            {"name": "Лаптева Светлана Ивановна", "affiliation": "Белоключинская СОШ"},
            {"name": "Мельников Андрей Сергеевич", "affiliation": "Лицей № 7"},
        ],
        "registration_url": "https://reg.aoo-sok.example.ru/network-class-round-table",
        "recording_url": "",
        "title_en": "Networked specialist classes: what works and what doesn't",
        "intro_en": (
            "Class coordinators, head teachers and parents discuss the first years of networked "
            "specialist tracks."
        ),
    },
    {
        "institution": "iro",
        "organisers": ["sogpu"],
        "kind": "course",
        "format": "online",
        "days_from_now": 23,
        "start": "14:00",
        "days": 3,
        "time_zone": "Europe/Moscow",
        "venue": "",
        "address": "",
        "online_url": "https://meet.aoo-sok.example.ru/inclusive-lesson-course",
        "title": "Инклюзивный урок: адаптация заданий для обучающихся с ОВЗ",
        "intro": (
            "Трёхдневный онлайн-курс о том, как перестроить задания и учебные материалы для "
            "детей с разными образовательными потребностями."
        ),
        "paragraphs": [
            "День первый — нормативная база и обзор адаптированных программ. День второй — "
            "практикум по адаптации текстов и заданий по математике и русскому языку. "
            "День третий — разбор материалов, присланных участниками.",
            "Курс рассчитан на учителей-предметников, которые впервые работают в "
            "инклюзивном классе. Итоговая работа — адаптированный конспект собственного урока.",
        ],
        "speakers": [
            {
                "name": "Кравец Людмила Павловна",
                "affiliation": "доцент кафедры специальной педагогики СОГПУ",
            },
            {"name": "Нестерова Юлия Аркадьевна", "affiliation": "тьютор, ИРО"},
        ],
        "registration_url": "https://reg.aoo-sok.example.ru/inclusive-lesson-course",
        "recording_url": "",
        "title_en": None,
        "intro_en": None,
    },
    {
        "institution": "veretinsk-polytech",
        "organisers": [],
        "kind": "workshop",
        "format": "in-person",
        "days_from_now": 29,
        "start": "13:00",
        "hours": 3,
        "time_zone": "Europe/Moscow",
        "venue": "Веретинский политехнический колледж, учебные мастерские",
        "address": "г. Веретинск, ул. Заводская, д. 31",
        "online_url": "",
        "title": "Профессиональные пробы для школьников: как их организовать",
        "intro": (
            "Практикум для колледжей и школ о том, как сделать профпробу интересной и безопасной."
        ),
        "paragraphs": [
            "Мастера колледжа покажут три готовых сценария профпроб — по сварке, "
            "электромонтажу и работе на станках с ЧПУ — и расскажут, как адаптировать их "
            "для учеников 7–9 классов.",
            "Отдельная часть посвящена технике безопасности, оформлению документов и "
            "тому, как собирать обратную связь от школьников и родителей.",
        ],
        "speakers": [
            {
                "name": "Шипилова Наталья Олеговна",
                "affiliation": "заместитель директора ВПК",
            },
            {
                "name": "Горбунов Виктор Степанович",
                "affiliation": "мастер производственного обучения ВПК",
            },
        ],
        "registration_url": "https://reg.aoo-sok.example.ru/career-taster-workshop",
        "recording_url": "",
        "title_en": None,
        "intro_en": None,
    },
    {
        "institution": None,
        "organisers": ["sogpu", "iro"],
        "kind": "contest",
        "format": "hybrid",
        "days_from_now": 35,
        "start": "09:30",
        "days": 2,
        "time_zone": "Europe/Moscow",
        "venue": "СОГПУ, главный корпус",
        "address": "г. Веретинск, ул. Педагогическая, д. 28",
        "online_url": "https://meet.aoo-sok.example.ru/first-steps-contest",
        "title": "Конкурс профессионального мастерства молодых педагогов «Первые шаги»",
        "intro": (
            "Конкурс для учителей и преподавателей со стажем до пяти лет. Финал проходит "
            "в течение двух дней в педагогическом университете."
        ),
        "paragraphs": [
            "В первый день финалисты проводят открытые уроки с незнакомым классом, во "
            "второй — представляют педагогическую находку и участвуют в дебатах о "
            "профессии.",
            "Болельщики могут следить за конкурсом онлайн. Победители получат приглашение в "
            "программу наставничества в качестве наставников для студентов.",
        ],
        "speakers": [
            {"name": "Гладышева Елена Викторовна", "affiliation": "председатель жюри, СОГПУ"},
        ],
        "registration_url": "https://reg.aoo-sok.example.ru/first-steps-contest",
        "recording_url": "",
        "title_en": "“First steps” teaching contest for early-career teachers",
        "intro_en": (
            "A contest for teachers with up to five years' experience. The two-day final takes "
            "place at the pedagogical university."
        ),
    },
    {
        "institution": "kedrovsk-it-college",
        "organisers": [],
        "kind": "webinar",
        "format": "online",
        "days_from_now": 42,
        "start": "17:00",
        "hours": 1,
        "time_zone": "Europe/Moscow",
        "venue": "",
        "address": "",
        "online_url": "https://meet.aoo-sok.example.ru/cybersecurity-teachers",
        "title": "Кибербезопасность для учителя: пароли, фишинг и школьные чаты",
        "intro": ("Часовой вебинар о том, как защитить свои учётные записи и данные учеников."),
        "paragraphs": [
            "Преподаватели колледжа разберут реальные случаи взлома школьных аккаунтов и "
            "покажут, как настроить двухфакторную аутентификацию и распознать фишинговое письмо.",
            "В конце — ответы на вопросы и памятка, которую можно распечатать для учительской.",
        ],
        "speakers": [
            {
                "name": "Усольцев Артём Валерьевич",
                "affiliation": "преподаватель сетевого администрирования ККИТД",
            },
        ],
        "registration_url": "https://reg.aoo-sok.example.ru/cybersecurity-teachers",
        "recording_url": "",
        "title_en": None,
        "intro_en": None,
    },
    {
        "institution": "ozerki-school-3",
        "organisers": [],
        "kind": "seminar",
        "format": "in-person",
        "days_from_now": 50,
        "start": "14:30",
        "hours": 3,
        "time_zone": "Europe/Moscow",
        "venue": "Школа № 3 г. Озёрки, кабинет английского языка",
        "address": "г. Озёрки, ул. Лесная, д. 3",
        "online_url": "",
        "title": "Устная часть экзамена по английскому языку: готовим без зубрёжки",
        "intro": (
            "Учителя школы № 3 поделятся приёмами, которые помогают ученикам уверенно "
            "говорить на экзамене."
        ),
        "paragraphs": [
            "Разберём задания устной части, типичные ошибки и критерии оценивания. Участники "
            "потренируются в роли экзаменатора и оценят записи ответов учеников.",
            "Семинар рассчитан на учителей английского языка 8–11 классов.",
        ],
        "speakers": [
            {"name": "Белоусова Марина Игоревна", "affiliation": "учитель английского языка"},
        ],
        "registration_url": "",
        "recording_url": "",
        "title_en": None,
        "intro_en": None,
    },
    {
        "institution": None,
        "organisers": ["vergu", "sogpu"],
        "kind": "conference",
        "format": "hybrid",
        "days_from_now": 61,
        "start": "10:00",
        "hours": 8,
        "time_zone": "Europe/Moscow",
        "venue": "ВерГУ, конгресс-зал",
        "address": "г. Веретинск, Университетский пр., д. 1",
        "online_url": "https://meet.aoo-sok.example.ru/network-conference",
        "title": (
            "Межрегиональная конференция «Сетевое взаимодействие в образовании: "
            "практики и результаты»"
        ),
        "intro": (
            "Ежегодная конференция ассоциации, на которую приглашены коллеги из соседних "
            "регионов. Приём тезисов открыт."
        ),
        "paragraphs": [
            "Секции конференции: совместные образовательные программы; профессиональные "
            "сообщества педагогов; сетевые ресурсы и их экспертиза; сельская школа в сети.",
            "Тезисы объёмом до трёх страниц принимаются за месяц до начала конференции. "
            "Сборник материалов будет издан с присвоением ISBN.",
            "Для участников из других регионов организуется экскурсия по организациям сети.",
        ],
        "speakers": [
            {
                "name": "Гладышева Елена Викторовна",
                "affiliation": "председатель координационного совета",
            },
            {"name": "Верещагин Николай Андреевич", "affiliation": "ректор ВерГУ"},
        ],
        "registration_url": "https://reg.aoo-sok.example.ru/network-conference",
        "recording_url": "",
        "title_en": "Interregional conference “Networking in education: practice and results”",
        "intro_en": (
            "The association's annual conference, open to colleagues from neighbouring regions. "
            "Abstracts are now being accepted."
        ),
    },
    {
        "institution": "tech-centre-kedrovsk",
        "organisers": ["kpu"],
        "kind": "course",
        "format": "in-person",
        "days_from_now": 75,
        "start": "09:00",
        "days": 5,
        "time_zone": "Europe/Moscow",
        "venue": "ЦТТ «Инженерная смена» и технопарк КПУ",
        "address": "г. Кедровск, ул. Строителей, д. 11",
        "online_url": "",
        "title": "Летняя инженерная школа для учителей технологии и физики",
        "intro": (
            "Пять дней практики: робототехника, 3D-печать и микроконтроллеры для школьных кружков."
        ),
        "paragraphs": [
            "Каждый день посвящён отдельной теме и заканчивается готовым устройством, "
            "которое участник увозит в свою школу вместе с инструкцией.",
            "Курс засчитывается как повышение квалификации на 40 часов. Иногородним "
            "участникам предоставляется общежитие КПУ.",
        ],
        "speakers": [
            {"name": "Зуев Глеб Аркадьевич", "affiliation": "педагог дополнительного образования"},
            {
                "name": "Тарасов Игорь Леонидович",
                "affiliation": "заведующий кафедрой мехатроники КПУ",
            },
        ],
        "registration_url": "https://reg.aoo-sok.example.ru/summer-engineering-school",
        "recording_url": "",
        "title_en": None,
        "intro_en": None,
    },
    {
        "institution": "sogpu",
        "organisers": [],
        "kind": "webinar",
        "format": "online",
        "days_from_now": 88,
        "start": "15:00",
        "hours": 2,
        "time_zone": "Asia/Yekaterinburg",
        "venue": "",
        "address": "",
        "online_url": "https://meet.aoo-sok.example.ru/mentoring-ural",
        "title": "Наставничество в школе: опыт уральских коллег",
        "intro": (
            "Совместный вебинар с педагогическим сообществом Урала. Время начала указано "
            "по Екатеринбургу."
        ),
        "paragraphs": [
            "Уральские коллеги расскажут о модели «наставник — группа», когда один опытный "
            "учитель сопровождает сразу нескольких молодых педагогов из разных школ.",
            "Участники из нашей сети представят свою программу наставничества и обсудят, "
            "какие инструменты можно перенять.",
        ],
        "speakers": [
            {"name": "Зайцева Анна Михайловна", "affiliation": "методист, г. Екатеринбург"},
            {"name": "Гладышева Елена Викторовна", "affiliation": "СОГПУ"},
        ],
        "registration_url": "https://reg.aoo-sok.example.ru/mentoring-ural",
        "recording_url": "",
        "title_en": None,
        "intro_en": None,
    },
    {
        "institution": "pribrezhsk-agro",
        "organisers": ["gymnasium-pribrezhnaya"],
        "kind": "master-class",
        "format": "in-person",
        "days_from_now": 102,
        "start": "12:00",
        "hours": 3,
        "time_zone": "Europe/Moscow",
        "venue": "Прибрежский аграрно-технологический колледж, учебные теплицы",
        "address": "г. Прибрежск, ул. Полевая, д. 2",
        "online_url": "",
        "title": "Гидропоника в школьной лаборатории",
        "intro": (
            "Собираем простую гидропонную установку из доступных материалов и обсуждаем, "
            "какие опыты с ней можно поставить на уроках биологии."
        ),
        "paragraphs": [
            "Участники соберут установку на шесть растений, подберут питательный раствор и "
            "научатся контролировать его кислотность.",
            "Мастер-класс будет полезен учителям биологии, технологии и руководителям "
            "школьных исследовательских проектов.",
        ],
        "speakers": [
            {"name": "Жданов Павел Юрьевич", "affiliation": "заведующий лабораторией ПАТК"},
        ],
        "registration_url": "https://reg.aoo-sok.example.ru/hydroponics",
        "recording_url": "",
        "title_en": None,
        "intro_en": None,
    },
    {
        "institution": None,
        "organisers": [],
        "kind": "workshop",
        "format": "online",
        "days_from_now": 118,
        "start": "16:30",
        "hours": 2,
        "time_zone": "Europe/Moscow",
        "venue": "",
        "address": "",
        "online_url": "https://meet.aoo-sok.example.ru/authors-workshop",
        "title": "Как подготовить методическую разработку к экспертизе",
        "intro": (
            "Практикум экспертного совета для авторов, которые хотят опубликовать материал "
            "в базе ресурсов."
        ),
        "paragraphs": [
            "Эксперты покажут, как сформулировать цели, описать планируемые результаты и "
            "приложить критерии оценивания, а затем разберут несколько разработок, "
            "присланных участниками заранее.",
            "Практикум будет полезен и тем, кто впервые готовит материалы на конкурс.",
        ],
        "speakers": [
            {"name": "Гусева Оксана Валентиновна", "affiliation": "секретарь экспертного совета"},
        ],
        "registration_url": "https://reg.aoo-sok.example.ru/authors-workshop",
        "recording_url": "",
        "title_en": "Getting your teaching material ready for peer review",
        "intro_en": (
            "An expert council workshop for authors who want to publish in the resource library."
        ),
    },
    {
        "institution": None,
        "organisers": ["sogpu"],
        "kind": "webinar",
        "format": "online",
        "days_from_now": -6,
        "start": "16:00",
        "hours": 2,
        "time_zone": "Europe/Moscow",
        "venue": "",
        "address": "",
        "online_url": "https://meet.aoo-sok.example.ru/reading-literacy-5",
        "title": "Читательская грамотность пятиклассников: что показало исследование",
        "intro": (
            "Исследователи СОГПУ представили результаты диагностики в двадцати школах сети "
            "и обсудили с учителями, что с ними делать."
        ),
        "paragraphs": [
            "Оказалось, что большинство пятиклассников уверенно находят информацию в "
            "тексте, но затрудняются, когда нужно сопоставить два источника или оценить "
            "достоверность утверждения.",
            "Во второй части вебинара учителя русского языка поделились упражнениями, "
            "которые помогают развивать эти умения на уроках разных предметов.",
        ],
        "speakers": [
            {
                "name": "Тихомирова Вера Николаевна",
                "affiliation": "доцент кафедры русского языка СОГПУ",
            },
        ],
        "registration_url": "",
        "recording_url": "https://video.aoo-sok.example.ru/reading-literacy-5",
        "title_en": "Reading literacy in year five: what the study found",
        "intro_en": (
            "University researchers presented results from twenty member schools and discussed "
            "with teachers what to do about them."
        ),
    },
    {
        "institution": "eco-centre-rodnik",
        "organisers": [],
        "kind": "seminar",
        "format": "in-person",
        "days_from_now": -20,
        "start": "11:00",
        "hours": 5,
        "time_zone": "Europe/Moscow",
        "venue": "ЭБЦ «Родник»",
        "address": "Белоключинский район, с. Белые Ключи, ул. Заречная, д. 40",
        "online_url": "",
        "title": "Зимние полевые исследования: семинар для учителей биологии",
        "intro": (
            "Первый семинар центра в статусе участника сети: следы животных, определение "
            "деревьев зимой и анализ снегового покрова."
        ),
        "paragraphs": [
            "Утренняя часть прошла на экологической тропе, дневная — в лаборатории центра, "
            "где участники исследовали пробы талой воды.",
            "Все участники получили комплект рабочих листов для учеников 7–8 классов.",
        ],
        "speakers": [
            {"name": "Еремеева Татьяна Фёдоровна", "affiliation": "методист ЭБЦ «Родник»"},
            {"name": "Соловьёв Кирилл Денисович", "affiliation": "педагог-натуралист"},
        ],
        "registration_url": "",
        "recording_url": "",
        "title_en": None,
        "intro_en": None,
    },
    {
        "institution": "vergu",
        "organisers": ["lyceum-7"],
        "kind": "contest",
        "format": "in-person",
        "days_from_now": -33,
        "start": "09:00",
        "days": 2,
        "time_zone": "Europe/Moscow",
        "venue": "ВерГУ, физический факультет",
        "address": "г. Веретинск, Университетский пр., д. 1, корпус 3",
        "online_url": "",
        "title": "Сетевая олимпиада по физике для 8–11 классов",
        "intro": (
            "Два тура — теоретический и экспериментальный — в лабораториях физического факультета."
        ),
        "paragraphs": [
            "В первый день участники решали пять теоретических задач, во второй выполняли "
            "экспериментальное задание с простым оборудованием.",
            "Победители получили приглашения в летнюю физическую школу университета.",
        ],
        "speakers": [
            {"name": "Быстрова Ольга Германовна", "affiliation": "председатель жюри, ВерГУ"},
        ],
        "registration_url": "",
        "recording_url": "",
        "title_en": None,
        "intro_en": None,
    },
    {
        "institution": "lyceum-7",
        "organisers": [],
        "kind": "seminar",
        "format": "in-person",
        "days_from_now": -38,
        "start": "14:00",
        "hours": 4,
        "time_zone": "Europe/Moscow",
        "venue": "Лицей № 7",
        "address": "г. Веретинск, ул. Садовая, д. 9",
        "online_url": "",
        "title": "Текстовые задачи в 5–7 классах: встреча сообщества учителей математики",
        "intro": (
            "Открытые уроки и обсуждение того, как учить школьников переводить жизненную "
            "ситуацию на язык математики."
        ),
        "paragraphs": [
            "Учителя лицея провели два открытых урока в седьмых классах, после чего "
            "участники разобрали типичные ошибки при решении задач на движение и проценты.",
            "Итог встречи — решение собрать общий банк практико-ориентированных задач.",
        ],
        "speakers": [
            {
                "name": "Ломакина Елизавета Борисовна",
                "affiliation": "учитель математики, Лицей № 7",
            },
        ],
        "registration_url": "",
        "recording_url": "",
        "title_en": None,
        "intro_en": None,
    },
    {
        "institution": "kpu",
        "organisers": ["tech-centre-kedrovsk"],
        "kind": "course",
        "format": "in-person",
        "days_from_now": -55,
        "start": "09:30",
        "days": 5,
        "time_zone": "Europe/Moscow",
        "venue": "Технопарк КПУ",
        "address": "г. Кедровск, ул. Индустриальная, д. 5",
        "online_url": "",
        "title": "Инженерная стажировка для учителей физики и технологии",
        "intro": (
            "Неделя в лабораториях университета: станки с ЧПУ, электроника и промышленная "
            "робототехника."
        ),
        "paragraphs": [
            "Стажёры работали в малых группах с преподавателями и студентами старших курсов "
            "и к концу недели представили мини-проекты для своих школ.",
            "Стажировка засчитана как повышение квалификации на 36 часов.",
        ],
        "speakers": [
            {"name": "Тарасов Игорь Леонидович", "affiliation": "КПУ"},
        ],
        "registration_url": "",
        "recording_url": "",
        "title_en": None,
        "intro_en": None,
    },
    {
        "institution": None,
        "organisers": ["iro"],
        "kind": "round-table",
        "format": "online",
        "days_from_now": -64,
        "start": "15:30",
        "hours": 2,
        "time_zone": "Europe/Moscow",
        "venue": "",
        "address": "",
        "online_url": "https://meet.aoo-sok.example.ru/coordinators-round-table",
        "title": "Координатор сетевого взаимодействия в школе: роль и нагрузка",
        "intro": (
            "Разговор о тех, кто отвечает за участие школы в сети, — как правило, это "
            "заместители директоров."
        ),
        "paragraphs": [
            "Участники обсудили, какие задачи реально ложатся на координатора, как их "
            "учитывать в нагрузке и можно ли делегировать часть работы методическим "
            "объединениям.",
            "Предложения круглого стола переданы в координационный совет ассоциации.",
        ],
        "speakers": [
            {"name": "Рябинина Галина Петровна", "affiliation": "директор Лицея № 7"},
            {"name": "Антипов Роман Евгеньевич", "affiliation": "директор Белоключинской СОШ"},
        ],
        "registration_url": "",
        "recording_url": "",
        "title_en": None,
        "intro_en": None,
    },
    {
        "institution": "kedrovsk-it-college",
        "organisers": [],
        "kind": "workshop",
        "format": "in-person",
        "days_from_now": -16,
        "start": "10:00",
        "hours": 4,
        "time_zone": "Europe/Moscow",
        "venue": "ККИТД, компьютерный класс 214",
        "address": "г. Кедровск, пр. Мира, д. 47",
        "online_url": "",
        "title": "Интерактивные задания своими руками",
        "intro": (
            "Суббота с конструкторами онлайн-упражнений: учителя приносят свои материалы, "
            "студенты помогают их оцифровать."
        ),
        "paragraphs": [
            "Каждый участник ушёл с тремя готовыми интерактивными заданиями для своих "
            "уроков и инструкцией по их размещению в электронном журнале.",
            "Практикум вели студенты третьего курса под руководством преподавателей колледжа.",
        ],
        "speakers": [
            {"name": "Ким Алина Робертовна", "affiliation": "преподаватель ККИТД"},
        ],
        "registration_url": "",
        "recording_url": "",
        "title_en": None,
        "intro_en": None,
    },
    {
        "institution": None,
        "organisers": ["gymnasium-pribrezhnaya"],
        "kind": "webinar",
        "format": "online",
        "days_from_now": -96,
        "start": "17:00",
        "hours": 1,
        "time_zone": "Europe/Moscow",
        "venue": "",
        "address": "",
        "online_url": "https://meet.aoo-sok.example.ru/film-your-lesson",
        "title": "Как снять урок на конкурс: советы педагогов и операторов",
        "intro": (
            "Короткий вебинар для участников конкурса «Урок, который запомнится»: камера, "
            "звук и монтаж без профессиональной техники."
        ),
        "paragraphs": [
            "Руководитель медиацентра гимназии «Прибрежная» показала, где ставить телефон, "
            "как записать чистый звук в шумном классе и что вырезать при монтаже.",
            "Отдельно обсудили согласие родителей на съёмку и требования к размещению видео.",
        ],
        "speakers": [
            {
                "name": "Родионова Кристина Павловна",
                "affiliation": "руководитель медиацентра гимназии",
            },
        ],
        "registration_url": "",
        "recording_url": "https://video.aoo-sok.example.ru/film-your-lesson",
        "title_en": "Filming your lesson for the contest",
        "intro_en": (
            "A short webinar for contest entrants on camera, sound and editing without "
            "professional equipment."
        ),
    },
    {
        "institution": "ozerki-ped-college",
        "organisers": [],
        "kind": "master-class",
        "format": "hybrid",
        "days_from_now": -118,
        "start": "13:30",
        "hours": 2,
        "time_zone": "Europe/Moscow",
        "venue": "Озёрский педагогический колледж, методический кабинет",
        "address": "г. Озёрки, ул. Школьная, д. 14",
        "online_url": "https://meet.aoo-sok.example.ru/play-maths",
        "title": "Игровые приёмы на уроках математики в начальной школе",
        "intro": (
            "Настольные игры, математические эстафеты и «магазин» в классе: мастер-класс "
            "победительницы конкурса «Урок, который запомнится»."
        ),
        "paragraphs": [
            "Дарья Сергеевна Воронина показала, как встроить игру в урок, не теряя времени "
            "на объяснение правил, и как оценивать учеников во время игры.",
            "Участники попробовали игры на себе и получили шаблоны карточек для печати.",
        ],
        "speakers": [
            {"name": "Воронина Дарья Сергеевна", "affiliation": "Озёрский педагогический колледж"},
        ],
        "registration_url": "",
        "recording_url": "https://video.aoo-sok.example.ru/play-maths",
        "title_en": None,
        "intro_en": None,
    },
    {
        "institution": "iro",
        "organisers": [],
        "kind": "webinar",
        "format": "online",
        "days_from_now": -145,
        "start": "15:00",
        "hours": 2,
        "time_zone": "Europe/Samara",
        "venue": "",
        "address": "",
        "online_url": "https://meet.aoo-sok.example.ru/digital-feedback",
        "title": "Цифровые инструменты обратной связи на уроке",
        "intro": (
            "Вебинар с участием коллег из Самары: опросы, онлайн-доски и электронные "
            "рабочие листы. Время указано по Самаре."
        ),
        "paragraphs": [
            "Спикеры сравнили несколько бесплатных сервисов и показали, как с их помощью "
            "за пять минут узнать, что класс понял, а что нет.",
            "Особое внимание уделено урокам в школах с медленным интернетом и небольшим "
            "количеством устройств.",
        ],
        "speakers": [
            {"name": "Кузьмина Полина Сергеевна", "affiliation": "методист, г. Самара"},
            {"name": "Усольцев Артём Валерьевич", "affiliation": "ККИТД"},
        ],
        "registration_url": "",
        "recording_url": "https://video.aoo-sok.example.ru/digital-feedback",
        "title_en": None,
        "intro_en": None,
    },
    {
        "institution": "gymnasium-pribrezhnaya",
        "organisers": [],
        "kind": "master-class",
        "format": "in-person",
        "days_from_now": -170,
        "start": "14:00",
        "hours": 2,
        "time_zone": "Europe/Moscow",
        "venue": "Гимназия «Прибрежная», библиотека",
        "address": "г. Прибрежск, ул. Морская, д. 22",
        "online_url": "",
        "title": "Смысловое чтение исторического источника",
        "intro": (
            "Как научить восьмиклассника задавать вопросы документу, а не пересказывать его."
        ),
        "paragraphs": [
            "Участники поработали с фрагментами писем и газетных заметок начала XX века, "
            "используя приёмы медленного чтения и маркировки текста.",
            "Мастер-класс адресован учителям истории, обществознания и литературы.",
        ],
        "speakers": [
            {"name": "Полякова Ангелина Юрьевна", "affiliation": "учитель истории гимназии"},
        ],
        "registration_url": "",
        "recording_url": "",
        "title_en": None,
        "intro_en": None,
    },
    {
        "institution": "sogpu",
        "organisers": ["iro"],
        "kind": "conference",
        "format": "in-person",
        "days_from_now": -18,
        "start": "10:00",
        "hours": 6,
        "time_zone": "Europe/Moscow",
        "venue": "СОГПУ, актовый зал и аудитории корпуса № 2",
        "address": "г. Веретинск, ул. Педагогическая, д. 28",
        "online_url": "",
        "title": "Педагогические чтения «Наставничество: от традиции к системе»",
        "intro": (
            "Ежегодные педагогические чтения университета собрали более четырёхсот участников."
        ),
        "paragraphs": [
            "Пленарное заседание было посвящено школам, где удалось удержать молодых "
            "учителей. Затем работали секции по предметным методикам и воспитательной работе.",
            "Материалы чтений будут опубликованы в сборнике и в базе ресурсов сети.",
        ],
        "speakers": [
            {"name": "Гладышева Елена Викторовна", "affiliation": "проректор СОГПУ"},
            {"name": "Антипов Роман Евгеньевич", "affiliation": "директор Белоключинской СОШ"},
        ],
        "registration_url": "",
        "recording_url": "",
        "title_en": None,
        "intro_en": None,
    },
    {
        "institution": None,
        "organisers": ["vergu", "sogpu"],
        "kind": "course",
        "format": "in-person",
        "days_from_now": -214,
        "start": "09:00",
        "days": 5,
        "time_zone": "Europe/Moscow",
        "venue": "ВерГУ, студенческий городок",
        "address": "г. Веретинск, Университетский пр., д. 3",
        "online_url": "",
        "title": "Летняя естественно-научная школа для сельских старшеклассников",
        "intro": (
            "Интенсив по физике, химии, биологии и программированию для учеников 9–10 "
            "классов из районов края."
        ),
        "paragraphs": [
            "Утром — занятия в университетских лабораториях, днём — экскурсии на "
            "предприятия, вечером — встречи с учёными и студентами.",
            "Участников отбирали по результатам сетевых олимпиад и рекомендациям учителей.",
        ],
        "speakers": [
            {"name": "Быстрова Ольга Германовна", "affiliation": "ВерГУ"},
            {
                "name": "Осипов Максим Ильич",
                "affiliation": "доцент кафедры органической химии ВерГУ",
            },
        ],
        "registration_url": "",
        "recording_url": "",
        "title_en": "Summer science school for rural secondary pupils",
        "intro_en": (
            "An intensive course in physics, chemistry, biology and programming for pupils in "
            "years 9–10 from the districts."
        ),
    },
    {
        "institution": "sogpu",
        "organisers": ["beloklyuchi-school"],
        "kind": "round-table",
        "format": "hybrid",
        "days_from_now": -240,
        "start": "14:00",
        "hours": 2,
        "time_zone": "Europe/Moscow",
        "venue": "СОГПУ, ауд. 215",
        "address": "г. Веретинск, ул. Педагогическая, д. 28",
        "online_url": "https://meet.aoo-sok.example.ru/rural-inclusion",
        "title": "Инклюзия в сельской школе: когда нет тьютора и логопеда",
        "intro": (
            "Учителя сельских школ и преподаватели университета обсудили, как поддержать "
            "ребёнка с особыми потребностями при нехватке специалистов."
        ),
        "paragraphs": [
            "Речь шла о дистанционных консультациях специалистов, сетевых психолого-"
            "педагогических консилиумах и помощи студентов-практикантов.",
            "Участники договорились создать сетевую группу специалистов, к которой смогут "
            "обращаться сельские школы.",
        ],
        "speakers": [
            {"name": "Кравец Людмила Павловна", "affiliation": "СОГПУ"},
            {"name": "Антипов Роман Евгеньевич", "affiliation": "Белоключинская СОШ"},
        ],
        "registration_url": "",
        "recording_url": "",
        "title_en": None,
        "intro_en": None,
    },
    {
        "institution": "beloklyuchi-school",
        "organisers": ["ozerki-ped-college"],
        "kind": "seminar",
        "format": "hybrid",
        "days_from_now": -260,
        "start": "11:00",
        "hours": 4,
        "time_zone": "Europe/Moscow",
        "venue": "Белоключинская СОШ",
        "address": "Белоключинский район, с. Белые Ключи, ул. Центральная, д. 18",
        "online_url": "https://meet.aoo-sok.example.ru/mixed-age-class",
        "title": "Разновозрастный класс: как построить урок в малокомплектной школе",
        "intro": (
            "Учителя Белоключинской школы показали, как одновременно работать с учениками "
            "двух-трёх классов."
        ),
        "paragraphs": [
            "Гости побывали на уроках в объединённых классах начальной школы и обсудили "
            "приёмы самостоятельной работы, взаимообучения и планирования.",
            "Семинар стал частью подготовки к проекту «Учитель для малой школы».",
        ],
        "speakers": [
            {"name": "Антипова Нина Васильевна", "affiliation": "учитель начальных классов"},
        ],
        "registration_url": "",
        "recording_url": "",
        "title_en": None,
        "intro_en": None,
    },
    {
        "institution": None,
        "organisers": ["vergu"],
        "kind": "seminar",
        "format": "hybrid",
        "days_from_now": -290,
        "start": "15:00",
        "hours": 3,
        "time_zone": "Europe/Moscow",
        "venue": "Офис ассоциации",
        "address": "г. Веретинск, ул. Набережная Просвещения, д. 12, офис 304",
        "online_url": "https://meet.aoo-sok.example.ru/science-literacy",
        "title": "Естественно-научная грамотность: задания на основе реальных данных",
        "intro": (
            "Семинар для учителей физики, химии, биологии и географии о заданиях, в которых "
            "ученики работают с графиками, таблицами и результатами измерений."
        ),
        "paragraphs": [
            "Преподаватели ВерГУ показали, как использовать открытые данные о погоде, "
            "качестве воды и расходе электроэнергии для школьных задач.",
            "Участники в группах составили по одному заданию и обменялись ими для "
            "проверки в своих классах.",
        ],
        "speakers": [
            {"name": "Осипов Максим Ильич", "affiliation": "ВерГУ"},
        ],
        "registration_url": "",
        "recording_url": "",
        "title_en": "Scientific literacy: tasks built on real data",
        "intro_en": (
            "A seminar for science and geography teachers on tasks where pupils work with "
            "graphs, tables and measurement results."
        ),
    },
    {
        "institution": "pribrezhsk-agro",
        "organisers": ["gymnasium-pribrezhnaya", "eco-centre-rodnik"],
        "kind": "contest",
        "format": "in-person",
        "days_from_now": -310,
        "start": "10:00",
        "days": 2,
        "time_zone": "Europe/Moscow",
        "venue": "Прибрежский аграрно-технологический колледж",
        "address": "г. Прибрежск, ул. Полевая, д. 2",
        "online_url": "",
        "title": "Конкурс исследовательских проектов «Юный агроном»",
        "intro": (
            "Школьники представили исследования о почвах, сортах и урожайности на "
            "пришкольных участках."
        ),
        "paragraphs": [
            "В первый день участники защищали проекты, во второй — выполняли практическое "
            "задание в учебном хозяйстве колледжа.",
            "Победители получили возможность продолжить исследования в лаборатории колледжа.",
        ],
        "speakers": [
            {"name": "Жданов Павел Юрьевич", "affiliation": "ПАТК"},
        ],
        "registration_url": "",
        "recording_url": "",
        "title_en": None,
        "intro_en": None,
    },
    {
        "institution": None,
        "organisers": ["kedrovsk-it-college"],
        "kind": "conference",
        "format": "online",
        "days_from_now": -335,
        "start": "11:00",
        "hours": 5,
        "time_zone": "Asia/Yekaterinburg",
        "venue": "",
        "address": "",
        "online_url": "https://meet.aoo-sok.example.ru/remote-rural",
        "title": "Онлайн-конференция «Дистанционное обучение в сельской школе»",
        "intro": (
            "Совместная конференция с уральскими коллегами о том, как учить онлайн, когда "
            "связь нестабильна, а учеников в классе трое. Время указано по Екатеринбургу."
        ),
        "paragraphs": [
            "Обсуждали асинхронные форматы, кейс-технологии, совместные уроки нескольких "
            "малых школ и опыт сетевых профильных классов.",
            "Доклады опубликованы в базе ресурсов в разделе видеозаписей.",
        ],
        "speakers": [
            {"name": "Зайцева Анна Михайловна", "affiliation": "методист, г. Екатеринбург"},
            {"name": "Лаптева Светлана Ивановна", "affiliation": "Белоключинская СОШ"},
        ],
        "registration_url": "",
        "recording_url": "https://video.aoo-sok.example.ru/remote-rural",
        "title_en": "Online conference: remote learning in rural schools",
        "intro_en": (
            "A joint conference with colleagues from the Urals on teaching online with unstable "
            "connections and very small classes. Times are Yekaterinburg time."
        ),
    },
    {
        "institution": None,
        "organisers": [],
        "kind": "webinar",
        "format": "online",
        "days_from_now": -366,
        "start": "16:00",
        "hours": 2,
        "time_zone": "Europe/Moscow",
        "venue": "",
        "address": "",
        "online_url": "https://meet.aoo-sok.example.ru/review-criteria",
        "title": "Экспертиза методических материалов: критерии и типичные ошибки",
        "intro": (
            "Члены экспертного совета рассказали, как оценивают разработки и почему часть "
            "материалов возвращается авторам."
        ),
        "paragraphs": [
            "Разобраны все критерии экспертизы: соответствие программе, ясность целей, "
            "качество заданий, наличие критериев оценивания и оформление.",
            "Участники задали больше сорока вопросов — ответы собраны в памятку для авторов.",
        ],
        "speakers": [
            {"name": "Гусева Оксана Валентиновна", "affiliation": "секретарь экспертного совета"},
        ],
        "registration_url": "",
        "recording_url": "https://video.aoo-sok.example.ru/review-criteria",
        "title_en": None,
        "intro_en": None,
    },
    {
        "institution": "veretinsk-polytech",
        "organisers": ["kpu"],
        "kind": "workshop",
        "format": "in-person",
        "days_from_now": -395,
        "start": "10:00",
        "hours": 5,
        "time_zone": "Europe/Moscow",
        "venue": "ВПК, мастерская сварочных технологий",
        "address": "г. Веретинск, ул. Заводская, д. 31",
        "online_url": "",
        "title": "Подготовка к демонстрационному экзамену с первого курса",
        "intro": (
            "Мастера колледжа поделились системой, при которой экзаменационные задания "
            "встроены в практику с самого начала обучения."
        ),
        "paragraphs": [
            "Участники посмотрели, как устроены рабочие места, и сами выполнили фрагмент "
            "экзаменационного задания под руководством экспертов.",
            "Практикум адресован мастерам и преподавателям колледжей технического профиля.",
        ],
        "speakers": [
            {
                "name": "Горбунов Виктор Степанович",
                "affiliation": "мастер производственного обучения",
            },
        ],
        "registration_url": "",
        "recording_url": "",
        "title_en": None,
        "intro_en": None,
    },
    {
        "institution": "ozerki-school-3",
        "organisers": ["sogpu"],
        "kind": "contest",
        "format": "in-person",
        "days_from_now": -50,
        "start": "10:00",
        "hours": 5,
        "time_zone": "Europe/Moscow",
        "venue": "Школа № 3 г. Озёрки, актовый зал",
        "address": "г. Озёрки, ул. Лесная, д. 3",
        "online_url": "",
        "title": "Краевой конкурс чтецов на иностранных языках",
        "intro": ("Финалисты читали стихи и прозу на английском, немецком и французском языках."),
        "paragraphs": [
            "Конкурс проходил в трёх возрастных группах. Жюри оценивало произношение, "
            "понимание текста и выразительность.",
            "Победители получили сертификаты на участие в летнем языковом лагере.",
        ],
        "speakers": [
            {"name": "Белоусова Марина Игоревна", "affiliation": "председатель оргкомитета"},
        ],
        "registration_url": "",
        "recording_url": "",
        "title_en": None,
        "intro_en": None,
    },
    {
        "institution": None,
        "organisers": ["gymnasium-pribrezhnaya"],
        "kind": "master-class",
        "format": "online",
        "days_from_now": -130,
        "start": "16:30",
        "hours": 2,
        "time_zone": "Europe/Moscow",
        "venue": "",
        "address": "",
        "online_url": "https://meet.aoo-sok.example.ru/mind-maps-literature",
        "title": "Ментальные карты на уроках литературы",
        "intro": ("Как с помощью схем помочь старшеклассникам удержать в голове большой роман."),
        "paragraphs": [
            "Ведущая показала, как строить карту персонажей, мотивов и сюжетных линий, и как "
            "использовать её при подготовке к итоговому сочинению.",
            "Участники получили шаблоны и примеры карт для трёх произведений школьной программы.",
        ],
        "speakers": [
            {"name": "Ефимова Лариса Геннадьевна", "affiliation": "учитель литературы гимназии"},
        ],
        "registration_url": "",
        "recording_url": "",
        "title_en": None,
        "intro_en": None,
    },
]

RESOURCES = [
    # Веретинский государственный университет
    {
        "institution": "vergu",
        "title": "Измерение ускорения свободного падения с помощью смартфона",
        "abstract": (
            "Лабораторная работа, в которой встроенный акселерометр телефона заменяет "
            "дорогостоящие датчики. Приведены порядок измерений, таблица для обработки "
            "результатов и оценка погрешности."
        ),
        "authors": ["Быстрова Ольга Германовна"],
        "levels": ["secondary"],
        "subjects": ["physics"],
        "type": "lesson-plan",
        "language": "ru",
        "year": 2022,
        "tags": ["эксперимент", "смартфон", "механика"],
    },
    {
        "institution": "vergu",
        "title": "Элективный курс «Физика атмосферы» для 10–11 классов",
        "abstract": (
            "Программа на 34 часа о том, почему идёт дождь, откуда берётся ветер и как "
            "составляется прогноз погоды. Курс опирается на данные школьных метеостанций "
            "и открытые метеорологические архивы."
        ),
        "authors": ["Быстрова Ольга Германовна", "Лебедев Степан Аркадьевич"],
        "levels": ["secondary"],
        "subjects": ["physics", "geography"],
        "type": "curriculum",
        "language": "ru",
        "year": 2020,
        "tags": ["элективный курс", "метеорология"],
    },
    {
        "institution": "vergu",
        "title": "Органическая химия в задачах: сборник для профильных классов",
        "abstract": (
            "Более ста двадцати задач на установление строения веществ и цепочки "
            "превращений, сгруппированных по классам соединений. К каждой главе даны "
            "ответы и подробные решения наиболее трудных задач."
        ),
        "authors": ["Осипов Максим Ильич", "Черникова Анастасия Романовна"],
        "levels": ["secondary"],
        "subjects": ["chemistry"],
        "type": "assessment",
        "language": "ru",
        "year": 2023,
        "tags": ["задачник", "органическая химия", "ЕГЭ"],
    },
    {
        "institution": "vergu",
        "title": "Видеолекция «Клетка как система»",
        "abstract": (
            "Сорокаминутная лекция для старшеклассников о том, как согласованно работают "
            "органоиды клетки. Запись сопровождается конспектом и вопросами для "
            "самопроверки."
        ),
        "authors": ["Черникова Анастасия Романовна"],
        "levels": ["secondary"],
        "subjects": ["biology"],
        "type": "video",
        "language": "ru",
        "year": 2024,
        "tags": ["цитология", "видеолекция"],
    },
    {
        "institution": "vergu",
        "title": "Растения-индикаторы в окрестностях школы: полевой практикум",
        "abstract": (
            "Пособие учит по составу растительности судить о кислотности и влажности почвы. "
            "Включает определительные таблицы для двадцати пяти видов и маршрутный лист "
            "для учеников."
        ),
        "authors": ["Лебедев Степан Аркадьевич"],
        "levels": ["basic"],
        "subjects": ["biology", "geography"],
        "type": "methodological-guide",
        "language": "ru",
        "year": 2019,
        "tags": ["полевая практика", "ботаника"],
    },
    {
        "institution": "vergu",
        "title": "Как готовить школьников к экспериментальному туру олимпиады по физике",
        "abstract": (
            "Автор, много лет входящий в жюри олимпиад, описывает, какие навыки "
            "проверяет экспериментальный тур и почему им мало учат на уроках. В статье "
            "предложена система из восьми тренировочных заданий."
        ),
        "authors": ["Быстрова Ольга Германовна"],
        "levels": ["secondary", "additional"],
        "subjects": ["physics"],
        "type": "article",
        "language": "ru",
        "year": 2021,
        "tags": ["олимпиада", "эксперимент"],
    },
    {
        "institution": "vergu",
        "title": "Периодический закон: от Менделеева до наших дней",
        "abstract": (
            "Презентация к уроку в 8 классе показывает, как менялась таблица элементов и "
            "как открывали последние элементы. Слайды содержат портреты учёных и "
            "интерактивную ленту времени."
        ),
        "authors": ["Осипов Максим Ильич"],
        "levels": ["basic"],
        "subjects": ["chemistry"],
        "type": "presentation",
        "language": "ru",
        "year": 2018,
        "tags": ["история науки", "периодическая система"],
    },
    {
        "institution": "vergu",
        "title": "Teaching quantitative reasoning with open weather data",
        "abstract": (
            "The article shows how secondary teachers can use freely available weather "
            "records to practise averages, trends and graph reading. It includes three "
            "ready-to-use tasks and a short guide to downloading the data."
        ),
        "authors": ["Лебедев Степан Аркадьевич", "Гайдамак Юрий Петрович"],
        "levels": ["secondary"],
        "subjects": ["mathematics", "geography"],
        "type": "article",
        "language": "en",
        "year": 2025,
        "tags": ["открытые данные", "статистика"],
    },
    {
        "institution": "vergu",
        "title": "Краеведческий архив как источник для школьного исследования",
        "abstract": (
            "Пошаговое руководство для учителя истории: как договориться с архивом, какие "
            "фонды подходят для школьников и как учить их читать документы прошлого века. "
            "Приложены образцы запросов и анкета исследователя."
        ),
        "authors": ["Гайдамак Юрий Петрович"],
        "levels": ["basic", "secondary"],
        "subjects": ["history-social"],
        "type": "methodological-guide",
        "language": "ru",
        "year": 2017,
        "tags": ["краеведение", "архив"],
    },
    {
        "institution": "vergu",
        "title": "Первый год сетевого химико-биологического класса: что мы узнали",
        "abstract": (
            "Разбор опыта совместного профиля с сельской школой: расписание, распределение "
            "ответственности, расходы на поездки. Отдельно описаны ошибки, которых можно "
            "избежать при запуске подобного класса."
        ),
        "authors": ["Черникова Анастасия Романовна", "Лаптева Светлана Ивановна"],
        # A co-author from another member institution: a shared resource on the map.
        "affiliations": {"Лаптева Светлана Ивановна": "beloklyuchi-school"},
        "levels": ["secondary"],
        "subjects": ["biology", "educational-management"],
        "type": "case-study",
        "language": "ru",
        "year": 2025,
        "tags": ["сетевой класс", "сельская школа"],
    },
    {
        "institution": "vergu",
        "title": "Контрольные задания по молекулярной физике, 10 класс",
        "abstract": (
            "Два варианта тематической контрольной работы с расчётными и качественными "
            "задачами. Указаны критерии оценивания и распределение баллов."
        ),
        "authors": ["Быстрова Ольга Германовна"],
        "levels": ["secondary"],
        "subjects": ["physics"],
        "type": "assessment",
        "language": "ru",
        "year": 2016,
        "tags": ["контрольная работа", "термодинамика"],
    },
    {
        "institution": "vergu",
        "title": "Летняя естественно-научная школа: программа двухнедельного интенсива",
        "abstract": (
            "Программа для школьников 9–10 классов, сочетающая лабораторные занятия, "
            "экскурсии и встречи с учёными. Приведено расписание по дням и перечень "
            "оборудования для каждого практикума."
        ),
        "authors": ["Осипов Максим Ильич", "Быстрова Ольга Германовна"],
        "levels": ["additional"],
        "subjects": ["chemistry", "biology"],
        "type": "curriculum",
        "language": "ru",
        "year": 2024,
        "tags": ["летняя школа", "одарённые дети"],
    },
    # Северо-Озёрский государственный педагогический университет
    {
        "institution": "sogpu",
        "title": "Методическое пособие по организации наставничества в школе",
        "abstract": (
            "В пособии описаны три модели наставничества, опробованные в школах сети, и "
            "инструменты для каждой из них: план встреч, лист наблюдения урока, "
            "рефлексивный дневник молодого учителя."
        ),
        "authors": ["Фролов Евгений Дмитриевич", "Гусева Оксана Валентиновна"],
        "levels": ["additional"],
        "subjects": ["educational-management"],
        "type": "methodological-guide",
        "language": "ru",
        "year": 2023,
        "tags": ["наставничество", "молодой учитель"],
    },
    {
        "institution": "sogpu",
        "title": "Диагностика читательской грамотности пятиклассников: задания и ключи",
        "abstract": (
            "Комплект из четырёх текстов разных жанров с заданиями на поиск, интерпретацию "
            "и оценку информации. Материал использовался в исследовании в двадцати школах "
            "края, к нему приложены обобщённые результаты."
        ),
        "authors": ["Тихомирова Вера Николаевна"],
        "levels": ["basic"],
        "subjects": ["russian-literature"],
        "type": "assessment",
        "language": "ru",
        "year": 2024,
        "tags": ["читательская грамотность", "диагностика"],
    },
    {
        "institution": "sogpu",
        "title": (
            "Адаптированная рабочая программа по русскому языку для обучающихся с ЗПР, 5 класс"
        ),
        "abstract": (
            "Программа перераспределяет часы в пользу повторения и практики, содержит "
            "упрощённые формулировки правил и перечень допустимых опор. Подходит для "
            "инклюзивного класса."
        ),
        "authors": ["Кравец Людмила Павловна", "Тихомирова Вера Николаевна"],
        "levels": ["basic"],
        "subjects": ["russian-literature", "inclusive-education"],
        "type": "curriculum",
        "language": "ru",
        "year": 2022,
        "tags": ["ЗПР", "адаптированная программа"],
    },
    {
        "institution": "sogpu",
        "title": "Content and Language Integrated Learning in Russian secondary schools",
        "abstract": (
            "A practical introduction to CLIL for subject teachers who want to teach part of "
            "their course in English. The article discusses lesson planning, scaffolding for "
            "weaker learners and assessing content separately from language."
        ),
        "authors": ["Осипова Вероника Андреевна"],
        "levels": ["secondary", "higher"],
        "subjects": ["foreign-languages"],
        "type": "article",
        "language": "en",
        "year": 2021,
        "tags": ["CLIL", "билингвальное обучение"],
    },
    {
        "institution": "sogpu",
        "title": "Building a mentoring programme for early-career teachers in rural schools",
        "abstract": (
            "This case study follows a mentoring programme that paired thirty new teachers "
            "with experienced colleagues from other institutions. It describes how pairs "
            "were matched, what they did together and why most participants stayed in the "
            "profession."
        ),
        "authors": ["Фролов Евгений Дмитриевич", "Осипова Вероника Андреевна"],
        "levels": ["additional"],
        "subjects": ["educational-management"],
        "type": "case-study",
        "language": "en",
        "year": 2025,
        "tags": ["наставничество", "сельская школа"],
    },
    {
        "institution": "sogpu",
        "title": "Урок-исследование «Как меняется язык: новые слова в речи подростков»",
        "abstract": (
            "Ученики собирают словарик молодёжной лексики, определяют способы "
            "словообразования и спорят о том, какие слова приживутся. Урок рассчитан на "
            "7 класс и занимает два академических часа."
        ),
        "authors": ["Тихомирова Вера Николаевна"],
        "levels": ["basic"],
        "subjects": ["russian-literature"],
        "type": "lesson-plan",
        "language": "ru",
        "year": 2019,
        "tags": ["лексика", "исследование"],
    },
    {
        "institution": "sogpu",
        "title": "Тревожность у школьников: как распознать и поддержать",
        "abstract": (
            "Видеозапись открытой лекции психолога для учителей и классных руководителей. "
            "Рассмотрены признаки тревожности в разном возрасте и простые приёмы, снижающие "
            "напряжение на уроке."
        ),
        "authors": ["Кравец Людмила Павловна"],
        "levels": ["additional"],
        "subjects": ["inclusive-education"],
        "type": "video",
        "language": "ru",
        "year": 2023,
        "tags": ["психология", "классный руководитель"],
    },
    {
        "institution": "sogpu",
        "title": "Этапы формирования учебной самостоятельности младших школьников",
        "abstract": (
            "Презентация к лекции для студентов педагогических направлений. Показано, как "
            "от первого к четвёртому классу меняется роль учителя и какие задания "
            "постепенно передают ответственность ребёнку."
        ),
        "authors": ["Фролов Евгений Дмитриевич"],
        "levels": ["higher"],
        "subjects": ["primary-education"],
        "type": "presentation",
        "language": "ru",
        "year": 2017,
        "tags": ["самостоятельность", "начальная школа"],
    },
    {
        "institution": "sogpu",
        "title": "Педагогическая практика студентов в инклюзивном классе: программа и дневник",
        "abstract": (
            "Материалы помогают руководителю практики выстроить работу студента от "
            "наблюдения до самостоятельного урока. Дневник содержит задания на анализ "
            "индивидуальных особенностей учеников."
        ),
        "authors": ["Кравец Людмила Павловна", "Гусева Оксана Валентиновна"],
        "levels": ["higher"],
        "subjects": ["inclusive-education"],
        "type": "methodological-guide",
        "language": "ru",
        "year": 2020,
        "tags": ["практика", "инклюзия"],
    },
    {
        "institution": "sogpu",
        "title": "Почему молодые учителя уходят из профессии: результаты регионального опроса",
        "abstract": (
            "Опрос трёхсот педагогов со стажем до пяти лет показал, что главная причина "
            "ухода — не зарплата, а одиночество и отсутствие поддержки. Авторы предлагают "
            "меры, которые школа может принять сама."
        ),
        "authors": ["Фролов Евгений Дмитриевич"],
        "levels": ["additional"],
        "subjects": ["educational-management"],
        "type": "article",
        "language": "ru",
        "year": 2024,
        "tags": ["молодой учитель", "исследование"],
    },
    {
        "institution": "sogpu",
        "title": "Наставничество: от традиции к системе — материалы педагогических чтений",
        "abstract": (
            "Сборник из двадцати докладов учителей и руководителей, представленных на "
            "ежегодных чтениях. Каждый доклад описывает конкретную практику и её результаты."
        ),
        "authors": ["Гусева Оксана Валентиновна", "Гладышева Елена Викторовна"],
        "levels": ["additional"],
        "subjects": ["educational-management"],
        "type": "case-study",
        "language": "ru",
        "year": 2025,
        "tags": ["педагогические чтения", "наставничество"],
    },
    {
        "institution": "sogpu",
        "title": "Итоговое сочинение: банк тем и критерии взаимопроверки",
        "abstract": (
            "Шестьдесят тем по пяти тематическим направлениям и упрощённая шкала, по "
            "которой старшеклассники могут проверять сочинения друг друга. Приложены "
            "образцы работ с комментариями."
        ),
        "authors": ["Тихомирова Вера Николаевна"],
        "levels": ["secondary"],
        "subjects": ["russian-literature"],
        "type": "assessment",
        "language": "ru",
        "year": 2021,
        "tags": ["итоговое сочинение", "взаимопроверка"],
    },
    # Кедровский политехнический университет
    {
        "institution": "kpu",
        "title": "Основы программирования микроконтроллеров: курс для 8–9 классов",
        "abstract": (
            "Программа на 68 часов: от мигающего светодиода до управления сервоприводами "
            "по сигналам датчиков. Занятия рассчитаны на недорогие отладочные платы."
        ),
        "authors": ["Мамонтов Сергей Вадимович", "Ильина Ксения Олеговна"],
        "levels": ["basic", "additional"],
        "subjects": ["computer-science", "engineering-vocational"],
        "type": "curriculum",
        "language": "ru",
        "year": 2022,
        "tags": ["микроконтроллеры", "электроника"],
    },
    {
        "institution": "kpu",
        "title": "Набор для лабораторных работ по механике из доступных материалов",
        "abstract": (
            "Чертежи и инструкции для изготовления набора, который позволяет выполнить "
            "восемь лабораторных работ школьного курса. Всё собирается из фанеры, "
            "подшипников и хозяйственных мелочей."
        ),
        "authors": ["Дробышев Алексей Николаевич"],
        "levels": ["basic"],
        "subjects": ["physics"],
        "type": "methodological-guide",
        "language": "ru",
        "year": 2019,
        "tags": ["лабораторное оборудование", "своими руками"],
    },
    {
        "institution": "kpu",
        "title": "Как работает станок с ЧПУ",
        "abstract": (
            "Двенадцатиминутный видеоурок, снятый в технопарке университета. Зритель видит "
            "путь детали от трёхмерной модели до готового изделия."
        ),
        "authors": ["Тарасов Игорь Леонидович"],
        "levels": ["basic", "vocational"],
        "subjects": ["engineering-vocational"],
        "type": "video",
        "language": "ru",
        "year": 2021,
        "tags": ["ЧПУ", "производство"],
    },
    {
        "institution": "kpu",
        "title": "Кейс «Оптимизация раскроя фанерного листа»",
        "abstract": (
            "Реальная задача деревообрабатывающего предприятия, упрощённая для "
            "старшеклассников: как разместить детали на листе с минимальными отходами. "
            "Решается сначала вручную, затем с помощью электронных таблиц."
        ),
        "authors": ["Ильина Ксения Олеговна"],
        "levels": ["secondary"],
        "subjects": ["mathematics", "engineering-vocational"],
        "type": "case-study",
        "language": "ru",
        "year": 2023,
        "tags": ["оптимизация", "инженерная задача"],
    },
    {
        "institution": "kpu",
        "title": "Профессии лесопромышленного комплекса края",
        "abstract": (
            "Презентация для классных часов в 8–9 классах: от вальщика леса до инженера по "
            "автоматизации лесопильного завода. На слайдах — фотографии с предприятий края "
            "и данные о зарплатах."
        ),
        "authors": ["Мамонтов Сергей Вадимович"],
        "levels": ["basic"],
        "subjects": ["career-guidance"],
        "type": "presentation",
        "language": "ru",
        "year": 2018,
        "tags": ["профориентация", "лесная отрасль"],
    },
    {
        "institution": "kpu",
        "title": "Проектная задача «Теплопотери деревенского дома»",
        "abstract": (
            "Ученики рассчитывают, сколько тепла уходит через стены, окна и крышу, и "
            "предлагают способы утепления с оценкой стоимости. Задача связывает физику, "
            "математику и бытовой опыт."
        ),
        "authors": ["Дробышев Алексей Николаевич", "Быстрова Ольга Германовна"],
        # A co-author from another member institution: a shared resource on the map.
        "affiliations": {"Быстрова Ольга Германовна": "vergu"},
        "levels": ["secondary"],
        "subjects": ["physics"],
        "type": "lesson-plan",
        "language": "ru",
        "year": 2020,
        "tags": ["теплопередача", "проект"],
    },
    {
        "institution": "kpu",
        "title": "Входное тестирование по математике для первокурсников инженерных направлений",
        "abstract": (
            "Тест из тридцати заданий выявляет пробелы в школьной математике, критичные для "
            "изучения высшей математики. Приведена интерпретация результатов и "
            "рекомендации по выравнивающему курсу."
        ),
        "authors": ["Ильина Ксения Олеговна"],
        "levels": ["higher"],
        "subjects": ["mathematics"],
        "type": "assessment",
        "language": "ru",
        "year": 2024,
        "tags": ["входной контроль", "первокурсники"],
    },
    {
        "institution": "kpu",
        "title": "Из опыта инженерных стажировок для учителей физики и технологии",
        "abstract": (
            "Преподаватели университета рассказывают, как неделя в технопарке меняет "
            "представление учителя об инженерии и какие проекты учителя потом запускают в "
            "школах."
        ),
        "authors": ["Тарасов Игорь Леонидович", "Мамонтов Сергей Вадимович"],
        "levels": ["additional"],
        "subjects": ["physics", "engineering-vocational"],
        "type": "article",
        "language": "ru",
        "year": 2025,
        "tags": ["стажировка", "повышение квалификации"],
    },
    {
        "institution": "kpu",
        "title": "Датчики и обратная связь: собираем умную теплицу",
        "abstract": (
            "Занятие для кружка, на котором дети подключают датчики влажности и "
            "температуры и программируют реакцию системы. Подходит для группы из "
            "двенадцати человек."
        ),
        "authors": ["Мамонтов Сергей Вадимович"],
        "levels": ["additional"],
        "subjects": ["computer-science", "engineering-vocational"],
        "type": "lesson-plan",
        "language": "ru",
        "year": 2026,
        "tags": ["умная теплица", "датчики"],
    },
    {
        "institution": "kpu",
        "title": "Программа модуля «Промышленная робототехника» прикладного бакалавриата",
        "abstract": (
            "Модуль на 216 часов включает кинематику манипуляторов, программирование "
            "промышленных роботов и проектирование роботизированных ячеек. Указаны "
            "формируемые компетенции и оценочные средства."
        ),
        "authors": ["Тарасов Игорь Леонидович"],
        "levels": ["higher"],
        "subjects": ["engineering-vocational"],
        "type": "curriculum",
        "language": "ru",
        "year": 2023,
        "tags": ["робототехника", "мехатроника"],
    },
    {
        "institution": "kpu",
        "title": "Методические указания к курсовому проекту по деталям машин",
        "abstract": (
            "Указания ведут студента от выбора схемы привода до оформления чертежей. "
            "Подходят и для технических колледжей, изучающих аналогичную дисциплину."
        ),
        "authors": ["Дробышев Алексей Николаевич"],
        "levels": ["higher", "vocational"],
        "subjects": ["engineering-vocational"],
        "type": "methodological-guide",
        "language": "ru",
        "year": 2016,
        "tags": ["курсовой проект", "детали машин"],
    },
    {
        "institution": "kpu",
        "title": "Инженерная графика без страха: с чего начать в 7 классе",
        "abstract": (
            "Слайды к вводному занятию по черчению: виды, проекции, масштаб. Много "
            "примеров на знакомых предметах — от кружки до табурета."
        ),
        "authors": ["Ильина Ксения Олеговна"],
        "levels": ["basic"],
        "subjects": ["engineering-vocational", "mathematics"],
        "type": "presentation",
        "language": "ru",
        "year": 2022,
        "tags": ["черчение", "проекции"],
    },
    # Озёрский педагогический колледж
    {
        "institution": "ozerki-ped-college",
        "title": "Новогодняя ёлка своими руками: творческий проект для 2 класса",
        "abstract": (
            "Двухнедельный проект, в котором класс мастерит ёлку из бумаги и природных "
            "материалов, считает игрушки и сочиняет о ней сказку. Описаны этапы, "
            "распределение ролей и участие родителей."
        ),
        "authors": ["Пешкова Алла Владимировна", "Никитина Ольга Львовна"],
        "levels": ["primary"],
        "subjects": ["arts", "primary-education"],
        "type": "lesson-plan",
        "language": "ru",
        "year": 2023,
        "tags": ["Новый год", "проект", "творчество"],
    },
    {
        "institution": "ozerki-ped-college",
        "title": "Технологическая карта урока математики «Знакомство с долями», 3 класс",
        "abstract": (
            "Дети делят яблоки, ленты и пиццу из картона, чтобы прийти к понятию доли. "
            "Карта содержит этапы урока, действия учителя и учеников и планируемые "
            "результаты."
        ),
        "authors": ["Воронина Дарья Сергеевна"],
        "levels": ["primary"],
        "subjects": ["mathematics"],
        "type": "lesson-plan",
        "language": "ru",
        "year": 2021,
        "tags": ["доли", "наглядность"],
    },
    {
        "institution": "ozerki-ped-college",
        "title": "Игры на уроках математики в начальной школе: карточки и правила",
        "abstract": (
            "Двенадцать настольных и подвижных игр на счёт, сравнение чисел и таблицу "
            "умножения. К каждой игре даны шаблоны для печати и советы, как уложиться в "
            "десять минут урока."
        ),
        "authors": ["Воронина Дарья Сергеевна", "Кудрявцева Инна Геннадьевна"],
        "levels": ["primary"],
        "subjects": ["mathematics", "primary-education"],
        "type": "methodological-guide",
        "language": "ru",
        "year": 2024,
        "tags": ["игровые технологии", "устный счёт"],
    },
    {
        "institution": "ozerki-ped-college",
        "title": "Программа адаптации первоклассников «Здравствуй, школа!»",
        "abstract": (
            "Программа на первые шесть недель учебного года: щадящий режим, игры на "
            "знакомство, работа с тревожными детьми и встречи с родителями. Может "
            "использоваться в любой начальной школе."
        ),
        "authors": ["Никитина Ольга Львовна"],
        "levels": ["primary"],
        "subjects": ["primary-education"],
        "type": "curriculum",
        "language": "ru",
        "year": 2022,
        "tags": ["адаптация", "первый класс"],
    },
    {
        "institution": "ozerki-ped-college",
        "title": (
            "Школьная ярмарка во 2 классе: урок-победитель конкурса «Урок, который запомнится»"
        ),
        "abstract": (
            "Видеозапись урока математики, на котором дети планируют школьную ярмарку: "
            "считают выручку, сравнивают цены и решают, сколько пирожков испечь. Запись "
            "снабжена комментариями автора."
        ),
        "authors": ["Воронина Дарья Сергеевна"],
        "levels": ["primary"],
        "subjects": ["mathematics"],
        "type": "video",
        "language": "ru",
        "year": 2025,
        "tags": ["конкурс", "финансовая грамотность"],
    },
    {
        "institution": "ozerki-ped-college",
        "title": "Промежуточная аттестация по методике обучения русскому языку",
        "abstract": (
            "Оценочные материалы для студентов специальности «Преподавание в начальных "
            "классах»: тест, педагогические задачи и задание на разработку фрагмента урока."
        ),
        "authors": ["Кудрявцева Инна Геннадьевна"],
        "levels": ["vocational"],
        "subjects": ["russian-literature", "primary-education"],
        "type": "assessment",
        "language": "ru",
        "year": 2020,
        "tags": ["аттестация", "студенты"],
    },
    {
        "institution": "ozerki-ped-college",
        "title": "Организация учебного пространства в классе-комплекте",
        "abstract": (
            "Презентация показывает, как расставить парты, где хранить материалы и как "
            "разделить доску, когда в одной комнате занимаются два класса."
        ),
        "authors": ["Пешкова Алла Владимировна"],
        "levels": ["vocational"],
        "subjects": ["primary-education"],
        "type": "presentation",
        "language": "ru",
        "year": 2019,
        "tags": ["малокомплектная школа", "класс-комплект"],
    },
    {
        "institution": "ozerki-ped-college",
        "title": "Проектная неделя в сельской школе силами студентов-практикантов",
        "abstract": (
            "Как группа студентов за неделю провела с учениками проект о школьном музее. "
            "Описаны подготовка, ежедневный план, результаты и отзывы учителей."
        ),
        "authors": ["Никитина Ольга Львовна", "Антипова Нина Васильевна"],
        "levels": ["vocational", "primary"],
        "subjects": ["primary-education"],
        "type": "case-study",
        "language": "ru",
        "year": 2025,
        "tags": ["практика", "сельская школа"],
    },
    {
        "institution": "ozerki-ped-college",
        "title": "Подвижные перемены для младших школьников: сборник игр",
        "abstract": (
            "Тридцать игр, которые можно провести в коридоре или классе за десять минут без "
            "инвентаря. Игры сгруппированы по уровню шума и количеству участников."
        ),
        "authors": ["Кудрявцева Инна Геннадьевна"],
        "levels": ["primary"],
        "subjects": ["physical-education"],
        "type": "methodological-guide",
        "language": "ru",
        "year": 2018,
        "tags": ["перемена", "подвижные игры"],
    },
    {
        "institution": "ozerki-ped-college",
        "title": "Литературное чтение: сказка «Морозко» с элементами театрализации",
        "abstract": (
            "Урок для 2 класса, на котором дети читают сказку по ролям, обсуждают поступки "
            "героев и придумывают альтернативный финал."
        ),
        "authors": ["Пешкова Алла Владимировна"],
        "levels": ["primary"],
        "subjects": ["russian-literature"],
        "type": "lesson-plan",
        "language": "ru",
        "year": 2017,
        "tags": ["сказка", "театрализация"],
    },
    {
        "institution": "ozerki-ped-college",
        "title": "Программа производственной практики «Первые дни ребёнка в школе»",
        "abstract": (
            "Практика проходит в сентябре в первых классах базовых школ. Программа "
            "определяет задания студента, формы отчётности и критерии оценки."
        ),
        "authors": ["Никитина Ольга Львовна"],
        "levels": ["vocational"],
        "subjects": ["primary-education"],
        "type": "curriculum",
        "language": "ru",
        "year": 2021,
        "tags": ["производственная практика"],
    },
    {
        "institution": "ozerki-ped-college",
        "title": "Как говорить с родителями первоклассника: советы молодому учителю",
        "abstract": (
            "Короткая статья о первом родительском собрании, трудных разговорах и "
            "переписке в мессенджерах. Автор опирается на двадцатилетний опыт работы в "
            "начальной школе."
        ),
        "authors": ["Кудрявцева Инна Геннадьевна"],
        "levels": ["primary", "vocational"],
        "subjects": ["primary-education"],
        "type": "article",
        "language": "ru",
        "year": 2023,
        "tags": ["родители", "коммуникация"],
    },
    # Веретинский политехнический колледж
    {
        "institution": "veretinsk-polytech",
        "title": "Чтение чертежей деталей типа «вал»: практическое занятие",
        "abstract": (
            "Студенты учатся находить на чертеже размеры, допуски и шероховатость, а затем "
            "проверяют себя на реальной детали. Занятие заняло первое место в номинации "
            "для профессионального образования."
        ),
        "authors": ["Рыжов Антон Павлович"],
        "levels": ["vocational"],
        "subjects": ["engineering-vocational"],
        "type": "lesson-plan",
        "language": "ru",
        "year": 2021,
        "tags": ["чертёж", "допуски"],
    },
    {
        "institution": "veretinsk-polytech",
        "title": "Комплект оценочных средств по профессии «Сварщик ручной дуговой сварки»",
        "abstract": (
            "Теоретические тесты, практические задания и листы оценки для промежуточной и "
            "итоговой аттестации. Задания согласованы с требованиями демонстрационного "
            "экзамена."
        ),
        "authors": ["Горбунов Виктор Степанович", "Шипилова Наталья Олеговна"],
        "levels": ["vocational"],
        "subjects": ["engineering-vocational"],
        "type": "assessment",
        "language": "ru",
        "year": 2023,
        "tags": ["сварка", "КОС"],
    },
    {
        "institution": "veretinsk-polytech",
        "title": "Сценарий профпробы «Электромонтажник за один час» для 8–9 классов",
        "abstract": (
            "Школьники собирают простую осветительную цепь с выключателем и розеткой под "
            "присмотром мастера. В сценарии — инструктаж по безопасности и анкета обратной "
            "связи."
        ),
        "authors": ["Исаева Людмила Борисовна"],
        "levels": ["basic"],
        "subjects": ["career-guidance", "engineering-vocational"],
        "type": "methodological-guide",
        "language": "ru",
        "year": 2024,
        "tags": ["профпроба", "электромонтаж"],
    },
    {
        "institution": "veretinsk-polytech",
        "title": "Безопасная работа на токарном станке",
        "abstract": (
            "Видеоинструкция показывает подготовку рабочего места, закрепление заготовки и "
            "типичные опасные ситуации. Используется на вводных занятиях первого курса."
        ),
        "authors": ["Горбунов Виктор Степанович"],
        "levels": ["vocational"],
        "subjects": ["engineering-vocational"],
        "type": "video",
        "language": "ru",
        "year": 2019,
        "tags": ["охрана труда", "токарное дело"],
    },
    {
        "institution": "veretinsk-polytech",
        "title": "Математика в профессии: прикладные задачи для первокурсников колледжа",
        "abstract": (
            "Задачи на расчёт массы заготовки, расхода электродов и времени обработки "
            "детали. Пособие помогает преподавателю математики показать связь предмета с "
            "будущей специальностью."
        ),
        "authors": ["Исаева Людмила Борисовна"],
        "levels": ["vocational"],
        "subjects": ["mathematics"],
        "type": "methodological-guide",
        "language": "ru",
        "year": 2020,
        "tags": ["прикладная математика", "профессиональная направленность"],
    },
    {
        "institution": "veretinsk-polytech",
        "title": "Подготовка к демонстрационному экзамену с первого курса",
        "abstract": (
            "Опыт мастерской сварочных технологий: как встроить элементы экзаменационных "
            "заданий в учебную практику и снизить стресс студентов перед экзаменом."
        ),
        "authors": ["Шипилова Наталья Олеговна"],
        "levels": ["vocational"],
        "subjects": ["engineering-vocational"],
        "type": "case-study",
        "language": "ru",
        "year": 2022,
        "tags": ["демонстрационный экзамен"],
    },
    {
        "institution": "veretinsk-polytech",
        "title": "Аддитивные технологии в машиностроении",
        "abstract": (
            "Презентация знакомит студентов с основными способами 3D-печати металлом и "
            "пластиком и с примерами их применения на предприятиях края."
        ),
        "authors": ["Рыжов Антон Павлович"],
        "levels": ["vocational"],
        "subjects": ["engineering-vocational"],
        "type": "presentation",
        "language": "ru",
        "year": 2025,
        "tags": ["3D-печать", "машиностроение"],
    },
    {
        "institution": "veretinsk-polytech",
        "title": "Рабочая программа учебной практики по электромонтажу",
        "abstract": (
            "Программа на 144 часа с перечнем работ, нормами времени и требованиями к "
            "оснащению мастерской."
        ),
        "authors": ["Исаева Людмила Борисовна", "Горбунов Виктор Степанович"],
        "levels": ["vocational"],
        "subjects": ["engineering-vocational"],
        "type": "curriculum",
        "language": "ru",
        "year": 2018,
        "tags": ["учебная практика", "электромонтаж"],
    },
    {
        "institution": "veretinsk-polytech",
        "title": "Лабораторная работа «Закон Ома для участка цепи на учебном стенде»",
        "abstract": (
            "Работа для студентов технических специальностей на первом курсе. Отличие от "
            "школьного варианта — реальные промышленные компоненты и расчёт мощности "
            "потерь."
        ),
        "authors": ["Рыжов Антон Павлович"],
        "levels": ["vocational"],
        "subjects": ["physics"],
        "type": "lesson-plan",
        "language": "ru",
        "year": 2016,
        "tags": ["электричество", "лабораторная работа"],
    },
    {
        "institution": "veretinsk-polytech",
        "title": "Наставник на производстве: как колледжу выстроить работу с мастером предприятия",
        "abstract": (
            "Заместитель директора делится опытом договоров с заводами, обучения "
            "наставников и совместной оценки студентов-практикантов."
        ),
        "authors": ["Шипилова Наталья Олеговна"],
        "levels": ["vocational"],
        "subjects": ["career-guidance", "educational-management"],
        "type": "article",
        "language": "ru",
        "year": 2024,
        "tags": ["наставник", "социальное партнёрство"],
    },
    {
        "institution": "veretinsk-polytech",
        "title": "Тесты по охране труда для студентов технических специальностей",
        "abstract": (
            "Сто вопросов в четырёх вариантах с ответами. Подходят для допуска к учебной и "
            "производственной практике."
        ),
        "authors": ["Горбунов Виктор Степанович"],
        "levels": ["vocational"],
        "subjects": ["engineering-vocational"],
        "type": "assessment",
        "language": "ru",
        "year": 2026,
        "tags": ["охрана труда", "тест"],
    },
    {
        "institution": "veretinsk-polytech",
        "title": "Один день студента-сварщика",
        "abstract": (
            "Короткий ролик, снятый студентами для профориентационных встреч в школах: "
            "занятия, мастерская, общежитие и соревнования."
        ),
        "authors": ["Исаева Людмила Борисовна"],
        "levels": ["basic"],
        "subjects": ["career-guidance"],
        "type": "video",
        "language": "ru",
        "year": 2023,
        "tags": ["профориентация", "видеоролик"],
    },
    # Прибрежский аграрно-технологический колледж
    {
        "institution": "pribrezhsk-agro",
        "title": "Определение кислотности почвы: лабораторная работа для 8 класса",
        "abstract": (
            "Ученики приносят образцы почвы с огородов и определяют pH с помощью "
            "индикаторной бумаги и капустного отвара. По результатам составляется карта "
            "кислотности района."
        ),
        "authors": ["Маркова Елена Станиславовна"],
        "levels": ["basic"],
        "subjects": ["chemistry", "biology"],
        "type": "lesson-plan",
        "language": "ru",
        "year": 2022,
        "tags": ["почва", "индикаторы"],
    },
    {
        "institution": "pribrezhsk-agro",
        "title": "Программа агрошколы выходного дня для старшеклассников",
        "abstract": (
            "Двадцать суббот в учебном хозяйстве колледжа: растениеводство, уход за "
            "животными, переработка продукции и точное земледелие. Программа рассчитана на "
            "учеников 10 классов."
        ),
        "authors": ["Жданов Павел Юрьевич", "Сухарев Дмитрий Андреевич"],
        "levels": ["secondary", "additional"],
        "subjects": ["biology", "career-guidance"],
        "type": "curriculum",
        "language": "ru",
        "year": 2021,
        "tags": ["агрошкола", "профориентация"],
    },
    {
        "institution": "pribrezhsk-agro",
        "title": "Сортоиспытание томатов в теплице: совместный проект гимназии и колледжа",
        "abstract": (
            "Гимназисты и студенты-агрономы сравнивали шесть сортов при разном освещении. "
            "Описаны схема опыта, распределение обязанностей и итоговые данные урожайности."
        ),
        "authors": ["Маркова Елена Станиславовна", "Семёнов Григорий Ильич"],
        # A co-author from another member institution: a shared resource on the map.
        "affiliations": {"Семёнов Григорий Ильич": "gymnasium-pribrezhnaya"},
        "levels": ["secondary", "vocational"],
        "subjects": ["biology"],
        "type": "case-study",
        "language": "ru",
        "year": 2025,
        "tags": ["теплица", "исследовательский проект"],
    },
    {
        "institution": "pribrezhsk-agro",
        "title": "Кто нужен современной ферме: профессии агропромышленного комплекса",
        "abstract": (
            "Презентация разрушает стереотип о сельском хозяйстве как о тяжёлом ручном "
            "труде: на слайдах — агродроны, роботы-дояры и лаборатории."
        ),
        "authors": ["Сухарев Дмитрий Андреевич"],
        "levels": ["basic"],
        "subjects": ["career-guidance"],
        "type": "presentation",
        "language": "ru",
        "year": 2019,
        "tags": ["профориентация", "сельское хозяйство"],
    },
    {
        "institution": "pribrezhsk-agro",
        "title": "Пришкольный учебно-опытный участок: организация и планирование работ",
        "abstract": (
            "Рекомендации по выбору места, севообороту, графику дежурств и летней практике "
            "школьников. Приведены планы участков для школ разного размера."
        ),
        "authors": ["Клименко Вера Юрьевна"],
        "levels": ["basic"],
        "subjects": ["biology"],
        "type": "methodological-guide",
        "language": "ru",
        "year": 2017,
        "tags": ["пришкольный участок", "летняя практика"],
    },
    {
        "institution": "pribrezhsk-agro",
        "title": "Гидропоника в школьной лаборатории: запись мастер-класса",
        "abstract": (
            "Видеозапись показывает сборку простой гидропонной установки и приготовление "
            "питательного раствора. В описании — список материалов и идеи опытов."
        ),
        "authors": ["Жданов Павел Юрьевич"],
        "levels": ["basic", "secondary"],
        "subjects": ["biology"],
        "type": "video",
        "language": "ru",
        "year": 2026,
        "tags": ["гидропоника", "мастер-класс"],
    },
    {
        "institution": "pribrezhsk-agro",
        "title": "Контрольно-измерительные материалы по дисциплине «Основы агрономии»",
        "abstract": (
            "Тесты и ситуационные задачи для текущего контроля и экзамена. Задачи "
            "составлены на материале учебного хозяйства колледжа."
        ),
        "authors": ["Клименко Вера Юрьевна"],
        "levels": ["vocational"],
        "subjects": ["biology"],
        "type": "assessment",
        "language": "ru",
        "year": 2020,
        "tags": ["агрономия", "КИМ"],
    },
    {
        "institution": "pribrezhsk-agro",
        "title": "Мониторинг качества воды в прибрежных озёрах: методика для школьников",
        "abstract": (
            "Как отобрать пробу, определить прозрачность, кислотность и содержание "
            "нитратов с помощью полевых тест-наборов. Методика опробована с учениками "
            "трёх школ района."
        ),
        "authors": ["Маркова Елена Станиславовна", "Еремеева Татьяна Фёдоровна"],
        # A co-author from another member institution: a shared resource on the map.
        "affiliations": {"Еремеева Татьяна Фёдоровна": "eco-centre-rodnik"},
        "levels": ["secondary"],
        "subjects": ["chemistry", "geography"],
        "type": "methodological-guide",
        "language": "ru",
        "year": 2024,
        "tags": ["экологический мониторинг", "вода"],
    },
    {
        "institution": "pribrezhsk-agro",
        "title": "Технологическая карта практического занятия «Посол рыбы»",
        "abstract": (
            "Занятие для студентов специальности «Технология рыбы и рыбных продуктов»: "
            "подготовка сырья, приготовление тузлука и контроль солёности."
        ),
        "authors": ["Сухарев Дмитрий Андреевич"],
        "levels": ["vocational"],
        "subjects": ["chemistry"],
        "type": "lesson-plan",
        "language": "ru",
        "year": 2018,
        "tags": ["переработка рыбы", "практическое занятие"],
    },
    {
        "institution": "pribrezhsk-agro",
        "title": "Дроны в сельском хозяйстве: занятие по точному земледелию",
        "abstract": (
            "Старшеклассники изучают аэрофотоснимки поля, находят участки с угнетёнными "
            "растениями и рассчитывают дозу удобрений. Требуются компьютеры и набор "
            "снимков, приложенный к материалу."
        ),
        "authors": ["Жданов Павел Юрьевич"],
        "levels": ["secondary"],
        "subjects": ["computer-science", "geography"],
        "type": "lesson-plan",
        "language": "ru",
        "year": 2023,
        "tags": ["точное земледелие", "аэрофотосъёмка"],
    },
    {
        "institution": "pribrezhsk-agro",
        "title": "Профориентационный квест «Один день ветеринарного фельдшера»",
        "abstract": (
            "Девятиклассники проходят пять станций: осмотр животного, приготовление "
            "лекарства, заполнение карты и другие. Сценарий рассчитан на два часа."
        ),
        "authors": ["Клименко Вера Юрьевна", "Сухарев Дмитрий Андреевич"],
        "levels": ["basic"],
        "subjects": ["career-guidance", "biology"],
        "type": "methodological-guide",
        "language": "ru",
        "year": 2021,
        "tags": ["квест", "ветеринария"],
    },
    {
        "institution": "pribrezhsk-agro",
        "title": "Почему сельские выпускники не возвращаются в село: заметки преподавателя",
        "abstract": (
            "Размышления о том, что удерживает молодых специалистов в городе, на примере "
            "судеб выпускников колледжа за десять лет."
        ),
        "authors": ["Жданов Павел Юрьевич"],
        "levels": ["vocational"],
        "subjects": ["career-guidance"],
        "type": "article",
        "language": "ru",
        "year": 2016,
        "tags": ["трудоустройство", "село"],
    },
    # Кедровский колледж информационных технологий и дизайна
    {
        "institution": "kedrovsk-it-college",
        "title": "Визуальное программирование для младших школьников: программа кружка",
        "abstract": (
            "Годовой курс на 72 часа для детей 8–10 лет. К концу года каждый ребёнок "
            "создаёт свою игру-бродилку и представляет её на школьном фестивале."
        ),
        "authors": ["Бельский Тимур Русланович", "Прохорова Дарина Олеговна"],
        "levels": ["primary", "additional"],
        "subjects": ["computer-science"],
        "type": "curriculum",
        "language": "ru",
        "year": 2022,
        "tags": ["программирование", "кружок"],
    },
    {
        "institution": "kedrovsk-it-college",
        "title": "Основы кибербезопасности для учителя: памятка и чек-лист",
        "abstract": (
            "Десять правил защиты учётных записей и персональных данных учеников, а также "
            "инструкция по включению двухфакторной аутентификации в популярных сервисах."
        ),
        "authors": ["Усольцев Артём Валерьевич"],
        "levels": ["additional"],
        "subjects": ["computer-science"],
        "type": "methodological-guide",
        "language": "ru",
        "year": 2025,
        "tags": ["кибербезопасность", "персональные данные"],
    },
    {
        "institution": "kedrovsk-it-college",
        "title": "Интерактивные задания за пятнадцать минут: видеокурс для учителей",
        "abstract": (
            "Пять коротких роликов о том, как превратить обычный тест или таблицу в "
            "интерактивное упражнение. Каждый ролик заканчивается практическим заданием."
        ),
        "authors": ["Ким Алина Робертовна", "Бельский Тимур Русланович"],
        "levels": ["additional"],
        "subjects": ["computer-science", "educational-management"],
        "type": "video",
        "language": "ru",
        "year": 2024,
        "tags": ["интерактивные задания", "видеокурс"],
    },
    {
        "institution": "kedrovsk-it-college",
        "title": "Практическая работа «Вёрстка адаптивной веб-страницы»",
        "abstract": (
            "Студенты верстают страницу школьного кружка так, чтобы она одинаково хорошо "
            "выглядела на телефоне и мониторе. Приложены макет и критерии проверки."
        ),
        "authors": ["Прохорова Дарина Олеговна"],
        "levels": ["vocational"],
        "subjects": ["computer-science"],
        "type": "lesson-plan",
        "language": "ru",
        "year": 2021,
        "tags": ["веб-разработка", "вёрстка"],
    },
    {
        "institution": "kedrovsk-it-college",
        "title": "Занятие «Шрифт и настроение»: типографика для школьников",
        "abstract": (
            "На занятии программы «Цифровой дизайн в школе» ребята подбирают шрифты к "
            "афишам разных событий и объясняют свой выбор."
        ),
        "authors": ["Ким Алина Робертовна"],
        "levels": ["basic"],
        "subjects": ["arts", "computer-science"],
        "type": "lesson-plan",
        "language": "ru",
        "year": 2023,
        "tags": ["типографика", "дизайн"],
    },
    {
        "institution": "kedrovsk-it-college",
        "title": "Тренировочные задания по сетевому и системному администрированию",
        "abstract": (
            "Задания в формате демонстрационного экзамена: настройка маршрутизации, "
            "службы каталогов и резервного копирования. Даны схемы стендов и критерии."
        ),
        "authors": ["Усольцев Артём Валерьевич"],
        "levels": ["vocational"],
        "subjects": ["computer-science"],
        "type": "assessment",
        "language": "ru",
        "year": 2020,
        "tags": ["администрирование", "демонстрационный экзамен"],
    },
    {
        "institution": "kedrovsk-it-college",
        "title": "Peer tutoring in coding clubs: college students teaching primary pupils",
        "abstract": (
            "How a vocational college set up after-school coding programmes run by its own "
            "students in four primary schools. The case covers volunteer training, lesson "
            "formats and what both sides gained from the experience."
        ),
        "authors": ["Бельский Тимур Русланович"],
        "levels": ["vocational", "primary"],
        "subjects": ["computer-science"],
        "type": "case-study",
        "language": "en",
        "year": 2023,
        "tags": ["волонтёрство", "программирование"],
    },
    {
        "institution": "kedrovsk-it-college",
        "title": "Как устроен интернет: презентация для 7 класса",
        "abstract": (
            "От кабеля на дне океана до домашнего роутера: слайды с простыми схемами "
            "объясняют, как страница попадает на экран."
        ),
        "authors": ["Усольцев Артём Валерьевич"],
        "levels": ["basic"],
        "subjects": ["computer-science"],
        "type": "presentation",
        "language": "ru",
        "year": 2018,
        "tags": ["сети", "интернет"],
    },
    {
        "institution": "kedrovsk-it-college",
        "title": "Фирменный стиль для сельской школы: учебный проект студентов-дизайнеров",
        "abstract": (
            "Студенты разработали логотип, шрифтовую пару и навигацию для школы из "
            "Белоключинского района. Описан процесс работы с настоящим заказчиком."
        ),
        "authors": ["Ким Алина Робертовна"],
        "levels": ["vocational"],
        "subjects": ["arts"],
        "type": "case-study",
        "language": "ru",
        "year": 2024,
        "tags": ["фирменный стиль", "проект"],
    },
    {
        "institution": "kedrovsk-it-college",
        "title": "Как обсуждать с подростками травлю в сети",
        "abstract": (
            "Статья для классных руководителей: признаки кибербуллинга, стратегия "
            "разговора с классом и алгоритм действий, если ребёнок стал жертвой."
        ),
        "authors": ["Прохорова Дарина Олеговна"],
        "levels": ["basic"],
        "subjects": ["history-social", "computer-science"],
        "type": "article",
        "language": "ru",
        "year": 2026,
        "tags": ["кибербуллинг", "цифровая этика"],
    },
    {
        "institution": "kedrovsk-it-college",
        "title": "Тест по основам алгоритмизации для 8 класса",
        "abstract": (
            "Двадцать заданий на исполнение и составление алгоритмов с ветвлениями и "
            "циклами. Есть бумажный и электронный варианты."
        ),
        "authors": ["Бельский Тимур Русланович"],
        "levels": ["basic"],
        "subjects": ["computer-science"],
        "type": "assessment",
        "language": "ru",
        "year": 2017,
        "tags": ["алгоритмы", "тест"],
    },
    {
        "institution": "kedrovsk-it-college",
        "title": "Рабочая программа дисциплины «Основы компьютерной графики»",
        "abstract": (
            "Программа первого курса специальности «Графический дизайнер»: растровая и "
            "векторная графика, цветовые модели, подготовка макетов к печати."
        ),
        "authors": ["Ким Алина Робертовна", "Прохорова Дарина Олеговна"],
        "levels": ["vocational"],
        "subjects": ["arts"],
        "type": "curriculum",
        "language": "ru",
        "year": 2019,
        "tags": ["компьютерная графика"],
    },
    # Лицей № 7 города Веретинска
    {
        "institution": "lyceum-7",
        "title": "Технологическая карта урока «Дроби в повседневной жизни» для 5 класса",
        "abstract": (
            "Ученики разбираются, где дроби встречаются в рецептах, скидках и расписании "
            "автобусов. Урок построен как работа в группах с итоговой мини-презентацией."
        ),
        "authors": ["Щукина Алёна Викторовна"],
        "levels": ["basic"],
        "subjects": ["mathematics"],
        "type": "lesson-plan",
        "language": "ru",
        "year": 2022,
        "tags": ["дроби", "функциональная грамотность"],
    },
    {
        "institution": "lyceum-7",
        "title": "Банк практико-ориентированных текстовых задач для 5–7 классов",
        "abstract": (
            "Сто пятьдесят задач с сюжетами из жизни края: счета за электричество, "
            "расписание электричек, расход краски на ремонт. Каждая задача прошла "
            "рецензирование в сообществе учителей математики."
        ),
        "authors": ["Ломакина Елизавета Борисовна", "Щукина Алёна Викторовна"],
        "levels": ["basic"],
        "subjects": ["mathematics"],
        "type": "assessment",
        "language": "ru",
        "year": 2025,
        "tags": ["текстовые задачи", "банк заданий"],
    },
    {
        "institution": "lyceum-7",
        "title": "Урок «Графики движения: как догнать поезд», 7 класс",
        "abstract": (
            "Через построение графиков ученики решают задачи на встречное движение и "
            "обгон, а затем сверяют результат с реальным расписанием."
        ),
        "authors": ["Ломакина Елизавета Борисовна"],
        "levels": ["basic"],
        "subjects": ["mathematics", "physics"],
        "type": "lesson-plan",
        "language": "ru",
        "year": 2024,
        "tags": ["графики", "движение"],
    },
    {
        "institution": "lyceum-7",
        "title": "Система подготовки к олимпиадам по математике: опыт лицея",
        "abstract": (
            "Как устроены кружки, сборы и разборы задач от 5 до 11 класса. Описаны роли "
            "учителей, выпускников-студентов и родителей."
        ),
        "authors": ["Мельников Андрей Сергеевич"],
        "levels": ["basic", "secondary"],
        "subjects": ["mathematics"],
        "type": "case-study",
        "language": "ru",
        "year": 2019,
        "tags": ["олимпиады", "одарённые дети"],
    },
    {
        "institution": "lyceum-7",
        "title": "Элективный курс «Математическое моделирование» для 11 класса",
        "abstract": (
            "Курс знакомит с моделями роста населения, распространения эпидемий и "
            "ценообразования. Модели исследуются в электронных таблицах и на Python."
        ),
        "authors": ["Мельников Андрей Сергеевич", "Ломакина Елизавета Борисовна"],
        "levels": ["secondary"],
        "subjects": ["mathematics", "computer-science"],
        "type": "curriculum",
        "language": "ru",
        "year": 2021,
        "tags": ["моделирование", "элективный курс"],
    },
    {
        "institution": "lyceum-7",
        "title": "Электромагнитная индукция: опыты Фарадея",
        "abstract": (
            "Видеоурок с демонстрациями, которые трудно поставить в обычном классе. "
            "Пригодится для дистанционного обучения и повторения."
        ),
        "authors": ["Панкратов Денис Олегович"],
        "levels": ["secondary"],
        "subjects": ["physics"],
        "type": "video",
        "language": "ru",
        "year": 2020,
        "tags": ["электромагнетизм", "видеоурок"],
    },
    {
        "institution": "lyceum-7",
        "title": "Индивидуальный проект в 10 классе: положение, этапы и критерии",
        "abstract": (
            "Локальный документ и комплект шаблонов: график работы, лист консультаций, "
            "оценочный лист защиты. Может быть адаптирован любой школой."
        ),
        "authors": ["Рябинина Галина Петровна"],
        "levels": ["secondary"],
        "subjects": ["educational-management"],
        "type": "methodological-guide",
        "language": "ru",
        "year": 2018,
        "tags": ["индивидуальный проект", "положение"],
    },
    {
        "institution": "lyceum-7",
        "title": "Комбинаторика на шахматной доске",
        "abstract": (
            "Презентация к кружковому занятию: задачи о ходах коня, расстановке ферзей и "
            "подсчёте путей ладьи."
        ),
        "authors": ["Щукина Алёна Викторовна"],
        "levels": ["basic"],
        "subjects": ["mathematics"],
        "type": "presentation",
        "language": "ru",
        "year": 2016,
        "tags": ["комбинаторика", "шахматы"],
    },
    {
        "institution": "lyceum-7",
        "title": "Mixed urban and rural teams in school research projects",
        "abstract": (
            "The article reports on a year in which lyceum pupils and pupils from three "
            "village schools worked together on research projects, mostly online. Mixed teams "
            "chose more practical topics and produced more grounded conclusions."
        ),
        "authors": ["Мельников Андрей Сергеевич"],
        "levels": ["secondary"],
        "subjects": ["educational-management"],
        "type": "article",
        "language": "en",
        "year": 2024,
        "tags": ["исследовательские проекты", "сельская школа"],
    },
    {
        "institution": "lyceum-7",
        "title": "Диагностическая работа по геометрии, 8 класс",
        "abstract": (
            "Работа проверяет владение признаками подобия и теоремой Пифагора. Два "
            "варианта, ответы и типичные ошибки с рекомендациями по их исправлению."
        ),
        "authors": ["Ломакина Елизавета Борисовна"],
        "levels": ["basic"],
        "subjects": ["mathematics"],
        "type": "assessment",
        "language": "ru",
        "year": 2023,
        "tags": ["геометрия", "диагностика"],
    },
    {
        "institution": "lyceum-7",
        "title": "Как мы перестали ставить оценки за домашние задания",
        "abstract": (
            "Завуч лицея рассказывает о годовом эксперименте: домашняя работа стала "
            "тренировкой с самопроверкой, а отметки выставляются только за контрольные. "
            "Приведены данные об успеваемости и отзывы родителей."
        ),
        "authors": ["Рябинина Галина Петровна", "Панкратов Денис Олегович"],
        "levels": ["basic", "secondary"],
        "subjects": ["educational-management"],
        "type": "article",
        "language": "ru",
        "year": 2026,
        "tags": ["домашнее задание", "оценивание"],
    },
    {
        "institution": "lyceum-7",
        "title": "Сортировка: от карточек к алгоритму",
        "abstract": (
            "Урок информатики, на котором ученики сначала сортируют карточки руками, "
            "а затем описывают свои действия как алгоритм и сравнивают число шагов."
        ),
        "authors": ["Панкратов Денис Олегович"],
        "levels": ["basic"],
        "subjects": ["computer-science"],
        "type": "lesson-plan",
        "language": "ru",
        "year": 2021,
        "tags": ["алгоритмы", "сортировка"],
    },
    # Школа № 3 г. Озёрки
    {
        "institution": "ozerki-school-3",
        "title": "Speaking exam preparation: task cards for years 9 and 11",
        "abstract": (
            "Forty task cards modelled on the oral part of the state exam in English, with "
            "useful phrases and a simple self-assessment checklist. Suitable for pair work "
            "and short warm-ups."
        ),
        "authors": ["Белоусова Марина Игоревна"],
        "levels": ["basic", "secondary"],
        "subjects": ["foreign-languages"],
        "type": "assessment",
        "language": "en",
        "year": 2024,
        "tags": ["устная речь", "ОГЭ", "ЕГЭ"],
    },
    {
        "institution": "ozerki-school-3",
        "title": "Exploring our town: a project-based English unit for year 6",
        "abstract": (
            "Over six lessons pupils plan a walking tour of Ozerki for foreign visitors, "
            "write descriptions of landmarks and record an audio guide."
        ),
        "authors": ["Хайруллина Зарина Рустамовна"],
        "levels": ["basic"],
        "subjects": ["foreign-languages", "geography"],
        "type": "lesson-plan",
        "language": "en",
        "year": 2022,
        "tags": ["проект", "родной город"],
    },
    {
        "institution": "ozerki-school-3",
        "title": "Немецкий язык в 5 классе: игровые приёмы на первых уроках",
        "abstract": (
            "Как за первые два месяца научить детей читать по-немецки и не отбить интерес "
            "к языку. Приведены игры, песни и карточки с картинками."
        ),
        "authors": ["Вагнер Ирина Эдуардовна"],
        "levels": ["basic"],
        "subjects": ["foreign-languages"],
        "type": "methodological-guide",
        "language": "ru",
        "year": 2019,
        "tags": ["немецкий язык", "игры"],
    },
    {
        "institution": "ozerki-school-3",
        "title": "Великобритания и Германия глазами подростков: сборник страноведческих кейсов",
        "abstract": (
            "Кейсы построены на письмах и видеообращениях школьников-партнёров. Ученики "
            "сравнивают школьную жизнь, праздники и привычки и готовят ответные материалы."
        ),
        "authors": ["Белоусова Марина Игоревна", "Вагнер Ирина Эдуардовна"],
        "levels": ["basic", "secondary"],
        "subjects": ["foreign-languages", "history-social"],
        "type": "case-study",
        "language": "ru",
        "year": 2025,
        "tags": ["страноведение", "межкультурная коммуникация"],
    },
    {
        "institution": "ozerki-school-3",
        "title": "Финал краевого конкурса чтецов на иностранных языках",
        "abstract": (
            "Видеозапись выступлений финалистов трёх возрастных групп. Может "
            "использоваться как образец при подготовке учеников к конкурсам."
        ),
        "authors": ["Крылов Олег Николаевич"],
        "levels": ["primary", "basic"],
        "subjects": ["foreign-languages"],
        "type": "video",
        "language": "ru",
        "year": 2025,
        "tags": ["конкурс чтецов", "произношение"],
    },
    {
        "institution": "ozerki-school-3",
        "title": "Программа внеурочной деятельности «Английский через театр»",
        "abstract": (
            "Курс для 3–4 классов: дети разучивают короткие пьесы, песни и стихи, а в конце "
            "года показывают спектакль для родителей."
        ),
        "authors": ["Хайруллина Зарина Рустамовна"],
        "levels": ["primary"],
        "subjects": ["foreign-languages", "arts"],
        "type": "curriculum",
        "language": "ru",
        "year": 2021,
        "tags": ["театр", "внеурочная деятельность"],
    },
    {
        "institution": "ozerki-school-3",
        "title": "Праздники англоязычных стран: презентация для 4 класса",
        "abstract": (
            "Яркие слайды о Хеллоуине, Дне благодарения, Рождестве и Дне святого Патрика "
            "с короткими заданиями на аудирование."
        ),
        "authors": ["Хайруллина Зарина Рустамовна"],
        "levels": ["primary"],
        "subjects": ["foreign-languages"],
        "type": "presentation",
        "language": "ru",
        "year": 2017,
        "tags": ["праздники", "страноведение"],
    },
    {
        "institution": "ozerki-school-3",
        "title": "Языковой интенсив для сельских школьников: программа и материалы",
        "abstract": (
            "Пятидневная программа погружения в английский язык для 7–9 классов: проекты, "
            "радиопередача, видеоэкскурсия. Приложены раздаточные материалы на каждый день."
        ),
        "authors": ["Белоусова Марина Игоревна", "Крылов Олег Николаевич"],
        "levels": ["basic"],
        "subjects": ["foreign-languages"],
        "type": "curriculum",
        "language": "ru",
        "year": 2023,
        "tags": ["языковой интенсив", "погружение"],
    },
    {
        "institution": "ozerki-school-3",
        "title": "Урок английского языка «Weather forecast» с элементами географии",
        "abstract": (
            "Ученики изучают климатическую карту Европы и готовят прогноз погоды на "
            "английском для нескольких городов. Урок для 7 класса."
        ),
        "authors": ["Крылов Олег Николаевич"],
        "levels": ["basic"],
        "subjects": ["foreign-languages", "geography"],
        "type": "lesson-plan",
        "language": "ru",
        "year": 2020,
        "tags": ["межпредметные связи", "погода"],
    },
    {
        "institution": "ozerki-school-3",
        "title": "Контрольная работа: времена группы Perfect, 8 класс",
        "abstract": (
            "Три варианта работы с заданиями на выбор формы, трансформацию и перевод. "
            "Даны ключи и шкала перевода баллов в отметку."
        ),
        "authors": ["Вагнер Ирина Эдуардовна"],
        "levels": ["basic"],
        "subjects": ["foreign-languages"],
        "type": "assessment",
        "language": "ru",
        "year": 2018,
        "tags": ["грамматика", "контрольная работа"],
    },
    {
        "institution": "ozerki-school-3",
        "title": "Международный школьный обмен: как подготовить учеников и родителей",
        "abstract": (
            "Заметки организатора девяти обменов с партнёрскими школами: документы, "
            "принимающие семьи, языковая подготовка и что делать, если ребёнок скучает "
            "по дому."
        ),
        "authors": ["Белоусова Марина Игоревна"],
        "levels": ["basic", "secondary"],
        "subjects": ["foreign-languages"],
        "type": "article",
        "language": "ru",
        "year": 2016,
        "tags": ["школьный обмен"],
    },
    {
        "institution": "ozerki-school-3",
        "title": "Двуязычный урок истории: эпоха Великих географических открытий",
        "abstract": (
            "Урок для 7 класса, на котором часть источников читается на английском. "
            "Показано, как поддержать учеников со слабым знанием языка."
        ),
        "authors": ["Крылов Олег Николаевич", "Хайруллина Зарина Рустамовна"],
        "levels": ["basic"],
        "subjects": ["history-social", "foreign-languages"],
        "type": "lesson-plan",
        "language": "ru",
        "year": 2026,
        "tags": ["билингвальный урок", "CLIL"],
    },
    # Белоключинская средняя общеобразовательная школа
    {
        "institution": "beloklyuchi-school",
        "title": "Окружающий мир во 2 и 4 классах на одном уроке",
        "abstract": (
            "Конспект урока в классе-комплекте: младшие изучают домашних животных, старшие "
            "— природные зоны, а общий этап объединяет их темой «Кто где живёт»."
        ),
        "authors": ["Антипова Нина Васильевна"],
        "levels": ["primary"],
        "subjects": ["primary-education"],
        "type": "lesson-plan",
        "language": "ru",
        "year": 2022,
        "tags": ["класс-комплект", "окружающий мир"],
    },
    {
        "institution": "beloklyuchi-school",
        "title": "Лабораторные работы по химии без специального оборудования",
        "abstract": (
            "Пятнадцать опытов для 8–9 классов с веществами из аптеки и хозяйственного "
            "магазина. Отдельно описаны меры безопасности и утилизация."
        ),
        "authors": ["Лаптева Светлана Ивановна"],
        "levels": ["basic"],
        "subjects": ["chemistry"],
        "type": "methodological-guide",
        "language": "ru",
        "year": 2024,
        "tags": ["химический эксперимент", "сельская школа"],
    },
    {
        "institution": "beloklyuchi-school",
        "title": "Программа кружка «Школьный музей как образовательное пространство»",
        "abstract": (
            "Ученики учатся описывать экспонаты, вести учётную книгу и проводить экскурсии "
            "для гостей. Программа рассчитана на два года."
        ),
        "authors": ["Бурцева Галина Алексеевна"],
        "levels": ["basic"],
        "subjects": ["history-social"],
        "type": "curriculum",
        "language": "ru",
        "year": 2020,
        "tags": ["школьный музей", "краеведение"],
    },
    {
        "institution": "beloklyuchi-school",
        "title": "Лыжная подготовка на уроках физкультуры в сельской школе",
        "abstract": (
            "Планирование лыжного раздела с 1 по 9 класс, упражнения для освоения ходов и "
            "советы по уходу за школьным инвентарём."
        ),
        "authors": ["Антипов Роман Евгеньевич"],
        "levels": ["primary", "basic"],
        "subjects": ["physical-education"],
        "type": "methodological-guide",
        "language": "ru",
        "year": 2018,
        "tags": ["лыжи", "зимний спорт"],
    },
    {
        "institution": "beloklyuchi-school",
        "title": "Онлайн-лекции и выездные практикумы: как мы организовали сетевой профиль",
        "abstract": (
            "Расписание, транспорт, связь и оценивание в профильном классе, который "
            "учится сразу в школе, университете и эколого-биологическом центре."
        ),
        "authors": ["Лаптева Светлана Ивановна", "Антипов Роман Евгеньевич"],
        "levels": ["secondary"],
        "subjects": ["educational-management", "chemistry"],
        "type": "case-study",
        "language": "ru",
        "year": 2025,
        "tags": ["сетевой класс", "профильное обучение"],
    },
    {
        "institution": "beloklyuchi-school",
        "title": "История села Белые Ключи в фотографиях",
        "abstract": (
            "Презентация из фондов школьного музея: от основания села до наших дней. "
            "Подходит для классных часов и уроков краеведения."
        ),
        "authors": ["Бурцева Галина Алексеевна"],
        "levels": ["primary", "basic"],
        "subjects": ["history-social"],
        "type": "presentation",
        "language": "ru",
        "year": 2019,
        "tags": ["краеведение", "фотоархив"],
    },
    {
        "institution": "beloklyuchi-school",
        "title": "Карточки для самостоятельной работы по математике в разновозрастном классе",
        "abstract": (
            "Комплект карточек трёх уровней сложности для 1–4 классов с самопроверкой по "
            "образцу. Пока учитель объясняет новую тему одной группе, другая работает сама."
        ),
        "authors": ["Антипова Нина Васильевна"],
        "levels": ["primary"],
        "subjects": ["mathematics"],
        "type": "assessment",
        "language": "ru",
        "year": 2023,
        "tags": ["самостоятельная работа", "дифференциация"],
    },
    {
        "institution": "beloklyuchi-school",
        "title": "Фотосинтез: опыт с водорослями в школьном кабинете",
        "abstract": (
            "Видеоурок показывает, как с помощью шариков из водорослей и индикатора "
            "увидеть поглощение углекислого газа на свету."
        ),
        "authors": ["Лаптева Светлана Ивановна"],
        "levels": ["basic"],
        "subjects": ["biology"],
        "type": "video",
        "language": "ru",
        "year": 2021,
        "tags": ["фотосинтез", "опыт"],
    },
    {
        "institution": "beloklyuchi-school",
        "title": "Воспитательная программа пришкольного интерната «Дом на неделю»",
        "abstract": (
            "Распорядок, вечерние занятия, самоуправление и работа с семьями детей, "
            "которые живут в интернате с понедельника по пятницу."
        ),
        "authors": ["Бурцева Галина Алексеевна", "Антипов Роман Евгеньевич"],
        "levels": ["basic"],
        "subjects": ["educational-management"],
        "type": "curriculum",
        "language": "ru",
        "year": 2017,
        "tags": ["интернат", "воспитание"],
    },
    {
        "institution": "beloklyuchi-school",
        "title": "Единственный физик района: заметки учителя сельской школы",
        "abstract": (
            "Учитель рассказывает, как не выгореть, когда не с кем обсудить урок, и как "
            "сетевое сообщество изменило его работу."
        ),
        "authors": ["Антипов Роман Евгеньевич"],
        "levels": ["basic"],
        "subjects": ["physics"],
        "type": "article",
        "language": "ru",
        "year": 2022,
        "tags": ["профессиональное сообщество", "сельский учитель"],
    },
    {
        "institution": "beloklyuchi-school",
        "title": "Урок географии «Родной район на топографической карте»",
        "abstract": (
            "Шестиклассники находят на карте своё село, измеряют расстояния до соседних "
            "деревень и прокладывают маршрут к истоку реки Белой."
        ),
        "authors": ["Бурцева Галина Алексеевна"],
        "levels": ["basic"],
        "subjects": ["geography"],
        "type": "lesson-plan",
        "language": "ru",
        "year": 2026,
        "tags": ["топография", "родной край"],
    },
    {
        "institution": "beloklyuchi-school",
        "title": "Итоговая проверочная работа по биологии для 9 класса",
        "abstract": (
            "Работа в формате ОГЭ с заданиями на анализ графиков и описание опыта. "
            "Прилагаются критерии и разбор ответов."
        ),
        "authors": ["Лаптева Светлана Ивановна"],
        "levels": ["basic"],
        "subjects": ["biology"],
        "type": "assessment",
        "language": "ru",
        "year": 2024,
        "tags": ["ОГЭ", "проверочная работа"],
    },
    # Гимназия «Прибрежная»
    {
        "institution": "gymnasium-pribrezhnaya",
        "title": "Смысловое чтение исторического источника: рабочие листы для 8 класса",
        "abstract": (
            "Восемь рабочих листов к фрагментам писем, указов и газетных заметок. Вопросы "
            "ведут ученика от понимания буквального смысла к оценке позиции автора."
        ),
        "authors": ["Полякова Ангелина Юрьевна"],
        "levels": ["basic"],
        "subjects": ["history-social"],
        "type": "methodological-guide",
        "language": "ru",
        "year": 2022,
        "tags": ["смысловое чтение", "исторический источник"],
    },
    {
        "institution": "gymnasium-pribrezhnaya",
        "title": "Урок литературы «Герой и время» по повести «Капитанская дочка»",
        "abstract": (
            "Ученики сравнивают поступки Гринёва и Швабрина в момент выбора и обсуждают, "
            "как исторические события проверяют человека на прочность."
        ),
        "authors": ["Ефимова Лариса Геннадьевна"],
        "levels": ["basic"],
        "subjects": ["russian-literature"],
        "type": "lesson-plan",
        "language": "ru",
        "year": 2021,
        "tags": ["Пушкин", "нравственный выбор"],
    },
    {
        "institution": "gymnasium-pribrezhnaya",
        "title": "Экспедиция «Берега памяти»: как записать устную историю",
        "abstract": (
            "Опыт трёх полевых сезонов: подготовка вопросов, этика интервью, расшифровка и "
            "хранение записей. Приложены бланк согласия и шаблон протокола."
        ),
        "authors": ["Полякова Ангелина Юрьевна", "Семёнов Григорий Ильич"],
        "levels": ["basic", "secondary"],
        "subjects": ["history-social"],
        "type": "case-study",
        "language": "ru",
        "year": 2024,
        "tags": ["устная история", "экспедиция"],
    },
    {
        "institution": "gymnasium-pribrezhnaya",
        "title": "Школьный театр на уроках литературы: сценарии инсценировок",
        "abstract": (
            "Десять коротких сценариев по произведениям 5–8 классов, которые можно "
            "поставить за один урок без костюмов и декораций."
        ),
        "authors": ["Ефимова Лариса Геннадьевна"],
        "levels": ["basic"],
        "subjects": ["russian-literature", "arts"],
        "type": "methodological-guide",
        "language": "ru",
        "year": 2019,
        "tags": ["инсценировка", "школьный театр"],
    },
    {
        "institution": "gymnasium-pribrezhnaya",
        "title": "Как пишется рецензия на книгу",
        "abstract": (
            "Видеоурок для старшеклассников: структура рецензии, разница между пересказом "
            "и оценкой, разбор удачных и неудачных примеров."
        ),
        "authors": ["Ефимова Лариса Геннадьевна", "Родионова Кристина Павловна"],
        "levels": ["secondary"],
        "subjects": ["russian-literature"],
        "type": "video",
        "language": "ru",
        "year": 2023,
        "tags": ["рецензия", "письмо"],
    },
    {
        "institution": "gymnasium-pribrezhnaya",
        "title": "Ментальные карты персонажей романа «Война и мир»",
        "abstract": (
            "Презентация с картами семей, сюжетных линий и мотивов романа. Помогает "
            "удержать в памяти большой текст при подготовке к итоговому сочинению."
        ),
        "authors": ["Ефимова Лариса Геннадьевна"],
        "levels": ["secondary"],
        "subjects": ["russian-literature"],
        "type": "presentation",
        "language": "ru",
        "year": 2025,
        "tags": ["Толстой", "ментальная карта"],
    },
    {
        "institution": "gymnasium-pribrezhnaya",
        "title": "Программа сетевого литературного клуба для старшеклассников",
        "abstract": (
            "Формат встреч, порядок выбора книг, роли ведущих и способы подключить к "
            "обсуждению учеников других школ по видеосвязи."
        ),
        "authors": ["Ефимова Лариса Геннадьевна"],
        "levels": ["secondary"],
        "subjects": ["russian-literature"],
        "type": "curriculum",
        "language": "ru",
        "year": 2025,
        "tags": ["литературный клуб", "чтение"],
    },
    {
        "institution": "gymnasium-pribrezhnaya",
        "title": "Правовые ситуации: тренировочные задания по обществознанию",
        "abstract": (
            "Сорок жизненных ситуаций — от покупки телефона до трудового договора — с "
            "вопросами на применение норм права. Для 9–11 классов."
        ),
        "authors": ["Семёнов Григорий Ильич"],
        "levels": ["secondary"],
        "subjects": ["history-social"],
        "type": "assessment",
        "language": "ru",
        "year": 2020,
        "tags": ["право", "обществознание"],
    },
    {
        "institution": "gymnasium-pribrezhnaya",
        "title": "Школьный медиацентр: как снимать видеоуроки силами учеников",
        "abstract": (
            "Руководитель медиацентра рассказывает, как школьники стали операторами и "
            "монтажёрами учебных роликов и чему они при этом научились."
        ),
        "authors": ["Родионова Кристина Павловна"],
        "levels": ["basic", "secondary"],
        "subjects": ["arts"],
        "type": "article",
        "language": "ru",
        "year": 2023,
        "tags": ["медиацентр", "видео"],
    },
    {
        "institution": "gymnasium-pribrezhnaya",
        "title": "Прибрежск в XIX веке: рыбный промысел и торговля",
        "abstract": (
            "Презентация к уроку истории края с картами, гравюрами и выдержками из "
            "путевых записок. Завершается заданием на сравнение прошлого и настоящего."
        ),
        "authors": ["Семёнов Григорий Ильич"],
        "levels": ["basic"],
        "subjects": ["history-social", "geography"],
        "type": "presentation",
        "language": "ru",
        "year": 2018,
        "tags": ["история края", "XIX век"],
    },
    {
        "institution": "gymnasium-pribrezhnaya",
        "title": "Урок музыки «Песни рыбаков Северо-Озёрья»",
        "abstract": (
            "Дети слушают записи народных песен, собранных в экспедициях, разучивают "
            "припев и обсуждают, о чём пели люди, связанные с озером."
        ),
        "authors": ["Родионова Кристина Павловна"],
        "levels": ["primary", "basic"],
        "subjects": ["arts"],
        "type": "lesson-plan",
        "language": "ru",
        "year": 2016,
        "tags": ["фольклор", "музыка"],
    },
    {
        "institution": "gymnasium-pribrezhnaya",
        "title": "Дебаты на уроках обществознания: правила и темы",
        "abstract": (
            "Упрощённый регламент дебатов на один урок и двадцать тем, проверенных в "
            "10–11 классах. Приведён лист оценки аргументации."
        ),
        "authors": ["Семёнов Григорий Ильич"],
        "levels": ["secondary"],
        "subjects": ["history-social"],
        "type": "lesson-plan",
        "language": "ru",
        "year": 2026,
        "tags": ["дебаты", "аргументация"],
    },
    # Институт развития образования
    {
        "institution": "iro",
        "title": "Цикл семинаров для молодых педагогов: программа и материалы",
        "abstract": (
            "Восемь семинаров о дисциплине в классе, планировании урока, оценивании и "
            "общении с родителями. Для каждого семинара даны презентация и задания для "
            "групповой работы."
        ),
        "authors": ["Нестерова Юлия Аркадьевна", "Демидов Владислав Игоревич"],
        "levels": ["additional"],
        "subjects": ["educational-management"],
        "type": "curriculum",
        "language": "ru",
        "year": 2023,
        "tags": ["семинар", "молодые педагоги"],
    },
    {
        "institution": "iro",
        "title": "Сценарий семинара-практикума «Формирующее оценивание на уроке»",
        "abstract": (
            "Трёхчасовой практикум для методических объединений школ. Участники "
            "разрабатывают критерии к своим заданиям и тренируются давать обратную связь."
        ),
        "authors": ["Сафонова Ирина Константиновна"],
        "levels": ["additional"],
        "subjects": ["educational-management"],
        "type": "methodological-guide",
        "language": "ru",
        "year": 2024,
        "tags": ["формирующее оценивание", "семинар-практикум"],
    },
    {
        "institution": "iro",
        "title": "Карта профессиональных дефицитов учителей края",
        "abstract": (
            "Аналитическая статья по итогам мониторинга двух тысяч педагогов. Больше всего "
            "затруднений вызывают инклюзия, оценивание метапредметных результатов и "
            "цифровые инструменты."
        ),
        "authors": ["Демидов Владислав Игоревич", "Коваль Маргарита Сергеевна"],
        "levels": ["additional"],
        "subjects": ["educational-management"],
        "type": "article",
        "language": "ru",
        "year": 2025,
        "tags": ["мониторинг", "профессиональные дефициты"],
    },
    {
        "institution": "iro",
        "title": "Нормативная база инклюзивного образования: обзор для заместителя директора",
        "abstract": (
            "Слайды с перечнем документов, которые нужно подготовить при приёме ребёнка с "
            "ОВЗ, и схемой взаимодействия с психолого-медико-педагогической комиссией."
        ),
        "authors": ["Нестерова Юлия Аркадьевна"],
        "levels": ["additional"],
        "subjects": ["inclusive-education", "educational-management"],
        "type": "presentation",
        "language": "ru",
        "year": 2022,
        "tags": ["ОВЗ", "нормативные документы"],
    },
    {
        "institution": "iro",
        "title": "Внутренняя система оценки качества образования в школе: методическое пособие",
        "abstract": (
            "Пособие помогает руководителю выбрать показатели, организовать сбор данных и "
            "превратить результаты в решения, а не в отчёты. Приведены примеры из пяти "
            "школ края."
        ),
        "authors": ["Сафонова Ирина Константиновна", "Коваль Маргарита Сергеевна"],
        "levels": ["additional"],
        "subjects": ["educational-management"],
        "type": "methodological-guide",
        "language": "ru",
        "year": 2021,
        "tags": ["ВСОКО", "управление качеством"],
    },
    {
        "institution": "iro",
        "title": "Цифровые инструменты обратной связи на уроке: запись вебинара",
        "abstract": (
            "Сравнение нескольких бесплатных сервисов для опросов и онлайн-досок с "
            "примерами их использования при слабом интернете."
        ),
        "authors": ["Демидов Владислав Игоревич"],
        "levels": ["additional"],
        "subjects": ["computer-science"],
        "type": "video",
        "language": "ru",
        "year": 2025,
        "tags": ["цифровые инструменты", "вебинар"],
    },
    {
        "institution": "iro",
        "title": "Turning network seminars into accredited professional development programmes",
        "abstract": (
            "The paper describes how a regional in-service training institute recognises "
            "seminars run by member schools as modules of accredited programmes. It covers "
            "approval steps, hour counting and the final assignment teachers submit."
        ),
        "authors": ["Сафонова Ирина Константиновна"],
        "levels": ["additional"],
        "subjects": ["educational-management"],
        "type": "case-study",
        "language": "en",
        "year": 2024,
        "tags": ["повышение квалификации", "семинары"],
    },
    {
        "institution": "iro",
        "title": "Функциональная грамотность: диагностический комплект для 7 класса",
        "abstract": (
            "Шесть заданий на математическую и читательскую грамотность, объединённых "
            "сюжетом о поездке на озеро. Даны коды оценивания и форма сводной таблицы."
        ),
        "authors": ["Коваль Маргарита Сергеевна"],
        "levels": ["basic"],
        "subjects": ["mathematics", "russian-literature"],
        "type": "assessment",
        "language": "ru",
        "year": 2023,
        "tags": ["функциональная грамотность", "диагностика"],
    },
    {
        "institution": "iro",
        "title": "Школа с низкими результатами: дорожная карта изменений",
        "abstract": (
            "История одной районной школы, которая за три года вышла из списка "
            "отстающих. Описано, что сделали администрация, учителя и муниципалитет."
        ),
        "authors": ["Демидов Владислав Игоревич"],
        "levels": ["additional"],
        "subjects": ["educational-management"],
        "type": "case-study",
        "language": "ru",
        "year": 2020,
        "tags": ["ШНОР", "управление изменениями"],
    },
    {
        "institution": "iro",
        "title": "Программа повышения квалификации «Школа молодого руководителя»",
        "abstract": (
            "Пять модулей на 252 часа: образовательная программа, кадры, финансы, "
            "оценка качества и партнёрство. Указаны стажировочные площадки сети."
        ),
        "authors": ["Сафонова Ирина Константиновна"],
        "levels": ["additional"],
        "subjects": ["educational-management"],
        "type": "curriculum",
        "language": "ru",
        "year": 2024,
        "tags": ["руководитель", "повышение квалификации"],
    },
    {
        "institution": "iro",
        "title": "Индивидуальный образовательный маршрут педагога: шаблон и примеры",
        "abstract": (
            "Как на основе диагностики составить план профессионального развития на год. "
            "Приведены три заполненных маршрута учителей разных предметов."
        ),
        "authors": ["Коваль Маргарита Сергеевна", "Нестерова Юлия Аркадьевна"],
        "levels": ["additional"],
        "subjects": ["educational-management"],
        "type": "methodological-guide",
        "language": "ru",
        "year": 2019,
        "tags": ["ИОМ", "профессиональное развитие"],
    },
    {
        "institution": "iro",
        "title": "Аттестация педагогов: как собрать портфолио",
        "abstract": (
            "Презентация для учителей, впервые проходящих аттестацию на категорию. "
            "Разбирает состав портфолио и типичные причины замечаний экспертов."
        ),
        "authors": ["Нестерова Юлия Аркадьевна"],
        "levels": ["additional"],
        "subjects": ["educational-management"],
        "type": "presentation",
        "language": "ru",
        "year": 2016,
        "tags": ["аттестация", "портфолио"],
    },
    # ЦТТ «Инженерная смена»
    {
        "institution": "tech-centre-kedrovsk",
        "title": "Ёлочные игрушки на 3D-принтере: занятие для начинающих",
        "abstract": (
            "Дети моделируют снежинку или шар в простом редакторе и к концу занятия "
            "получают готовую игрушку. Перечислены настройки печати и способы ускорить "
            "работу с группой."
        ),
        "authors": ["Мухина Валерия Андреевна"],
        "levels": ["primary", "basic"],
        "subjects": ["engineering-vocational", "arts"],
        "type": "lesson-plan",
        "language": "ru",
        "year": 2023,
        "tags": ["3D-печать", "Новый год"],
    },
    {
        "institution": "tech-centre-kedrovsk",
        "title": "Программа объединения «Робототехника: первые шаги» для детей 7–9 лет",
        "abstract": (
            "Годовая программа на 144 часа с конструкторами для начинающих. Основной упор "
            "сделан на механику и умение работать в паре."
        ),
        "authors": ["Зуев Глеб Аркадьевич"],
        "levels": ["primary", "additional"],
        "subjects": ["engineering-vocational"],
        "type": "curriculum",
        "language": "ru",
        "year": 2021,
        "tags": ["робототехника", "младшие школьники"],
    },
    {
        "institution": "tech-centre-kedrovsk",
        "title": "Робот-сортировщик по цвету: разбор проекта команды-победителя",
        "abstract": (
            "Команда подробно описывает конструкцию, калибровку датчика цвета и ошибки, "
            "которые пришлось исправить перед фестивалем. Приложены схема и программа."
        ),
        "authors": ["Зуев Глеб Аркадьевич", "Степанюк Илья Олегович"],
        "levels": ["basic"],
        "subjects": ["computer-science", "engineering-vocational"],
        "type": "case-study",
        "language": "ru",
        "year": 2026,
        "tags": ["робототехника", "соревнования"],
    },
    {
        "institution": "tech-centre-kedrovsk",
        "title": "Постройка свободнолетающей модели планера",
        "abstract": (
            "Пошаговое руководство для кружка авиамоделирования с чертежами, перечнем "
            "материалов и объяснением аэродинамики на уровне 6–7 классов."
        ),
        "authors": ["Степанюк Илья Олегович"],
        "levels": ["basic"],
        "subjects": ["physics", "engineering-vocational"],
        "type": "methodological-guide",
        "language": "ru",
        "year": 2018,
        "tags": ["авиамоделирование", "аэродинамика"],
    },
    {
        "institution": "tech-centre-kedrovsk",
        "title": "Пайка для начинающих: безопасно и аккуратно",
        "abstract": (
            "Видеоурок о подготовке паяльника, лужении и пайке выводов на плате. "
            "Демонстрируются типичные дефекты и способы их исправления."
        ),
        "authors": ["Степанюк Илья Олегович"],
        "levels": ["basic"],
        "subjects": ["engineering-vocational"],
        "type": "video",
        "language": "ru",
        "year": 2022,
        "tags": ["пайка", "электроника"],
    },
    {
        "institution": "tech-centre-kedrovsk",
        "title": "Инженерные каникулы в сельской школе: программа пятидневной смены",
        "abstract": (
            "Выездная программа с перечнем оборудования, распорядком дня и идеями "
            "мини-проектов для школы: автополив, датчик шума, метеостанция."
        ),
        "authors": ["Зуев Глеб Аркадьевич", "Мухина Валерия Андреевна"],
        "levels": ["basic"],
        "subjects": ["engineering-vocational"],
        "type": "curriculum",
        "language": "ru",
        "year": 2025,
        "tags": ["каникулы", "сельская школа"],
    },
    {
        "institution": "tech-centre-kedrovsk",
        "title": "Как летает квадрокоптер",
        "abstract": (
            "Слайды объясняют подъёмную силу, вращающий момент и стабилизацию на простых "
            "схемах. Используются на вводном занятии по беспилотникам."
        ),
        "authors": ["Степанюк Илья Олегович"],
        "levels": ["basic"],
        "subjects": ["physics"],
        "type": "presentation",
        "language": "ru",
        "year": 2020,
        "tags": ["беспилотники", "механика"],
    },
    {
        "institution": "tech-centre-kedrovsk",
        "title": "Критерии оценки командных инженерных проектов школьников",
        "abstract": (
            "Оценочный лист, используемый на защитах проектов в центре: новизна, качество "
            "изготовления, документация, работа в команде. К каждому критерию даны "
            "описания уровней."
        ),
        "authors": ["Мухина Валерия Андреевна"],
        "levels": ["basic", "secondary"],
        "subjects": ["engineering-vocational"],
        "type": "assessment",
        "language": "ru",
        "year": 2024,
        "tags": ["проектная деятельность", "критерии"],
    },
    {
        "institution": "tech-centre-kedrovsk",
        "title": "Автоматический полив для школьной теплицы на плате Arduino",
        "abstract": (
            "Серия из трёх занятий: сборка схемы, программирование порога влажности и "
            "установка системы в теплице. Результат работает весь сезон."
        ),
        "authors": ["Зуев Глеб Аркадьевич"],
        "levels": ["basic"],
        "subjects": ["computer-science"],
        "type": "lesson-plan",
        "language": "ru",
        "year": 2024,
        "tags": ["Arduino", "автоматизация"],
    },
    {
        "institution": "tech-centre-kedrovsk",
        "title": "Почему девочки уходят из робототехники и как их удержать",
        "abstract": (
            "Педагог анализирует, почему к 7 классу в объединениях почти не остаётся "
            "девочек, и описывает изменения в наборе задач и формате занятий, которые "
            "помогли это исправить."
        ),
        "authors": ["Мухина Валерия Андреевна"],
        "levels": ["basic"],
        "subjects": ["engineering-vocational", "career-guidance"],
        "type": "article",
        "language": "ru",
        "year": 2023,
        "tags": ["гендерное равенство", "мотивация"],
    },
    {
        "institution": "tech-centre-kedrovsk",
        "title": "3D-моделирование в 6 классе: от эскиза к печати",
        "abstract": (
            "Занятие, на котором ученики превращают рисунок на бумаге в трёхмерную модель "
            "подставки для карандашей и готовят её к печати."
        ),
        "authors": ["Мухина Валерия Андреевна"],
        "levels": ["basic"],
        "subjects": ["engineering-vocational"],
        "type": "lesson-plan",
        "language": "ru",
        "year": 2019,
        "tags": ["3D-моделирование"],
    },
    {
        "institution": "tech-centre-kedrovsk",
        "title": "Конструктор на уроке физики: пять опытов с механическими передачами",
        "abstract": (
            "Как с помощью деталей конструктора показать зубчатую, ремённую и червячную "
            "передачи и измерить передаточное число."
        ),
        "authors": ["Зуев Глеб Аркадьевич"],
        "levels": ["basic"],
        "subjects": ["physics"],
        "type": "methodological-guide",
        "language": "ru",
        "year": 2017,
        "tags": ["механические передачи", "конструктор"],
    },
    # ЭБЦ «Родник»
    {
        "institution": "eco-centre-rodnik",
        "title": "Экологическая тропа «Сосновый бор»: путеводитель для учителя",
        "abstract": (
            "Описание десяти остановок тропы с вопросами и заданиями для разных возрастов. "
            "Указано, что лучше показывать весной, летом и зимой."
        ),
        "authors": ["Еремеева Татьяна Фёдоровна"],
        "levels": ["primary", "basic"],
        "subjects": ["biology", "geography"],
        "type": "methodological-guide",
        "language": "ru",
        "year": 2025,
        "tags": ["экологическая тропа", "экскурсия"],
    },
    {
        "institution": "eco-centre-rodnik",
        "title": "Весенние фенологические наблюдения на пришкольном участке, 5 класс",
        "abstract": (
            "Ученики выбирают модельные деревья, отмечают сроки распускания почек и "
            "цветения и вносят данные в общий дневник десяти школ."
        ),
        "authors": ["Лыкова Агния Петровна"],
        "levels": ["basic"],
        "subjects": ["biology"],
        "type": "lesson-plan",
        "language": "ru",
        "year": 2025,
        "tags": ["фенология", "наблюдения"],
    },
    {
        "institution": "eco-centre-rodnik",
        "title": "Деревья зимой: определение по почкам и коре",
        "abstract": (
            "Рабочие листы и определительная таблица для пятнадцати пород, растущих в "
            "крае. Подходят для зимней экскурсии в парк или лес."
        ),
        "authors": ["Соловьёв Кирилл Денисович"],
        "levels": ["basic"],
        "subjects": ["biology"],
        "type": "methodological-guide",
        "language": "ru",
        "year": 2025,
        "tags": ["дендрология", "зимняя экскурсия"],
    },
    {
        "institution": "eco-centre-rodnik",
        "title": "Снег как индикатор загрязнения воздуха",
        "abstract": (
            "Занятие, на котором ученики отбирают пробы снега на разном расстоянии от "
            "дороги, фильтруют талую воду и сравнивают осадок."
        ),
        "authors": ["Соловьёв Кирилл Денисович", "Еремеева Татьяна Фёдоровна"],
        "levels": ["basic"],
        "subjects": ["chemistry", "biology"],
        "type": "lesson-plan",
        "language": "ru",
        "year": 2025,
        "tags": ["экологический мониторинг", "снег"],
    },
    {
        "institution": "eco-centre-rodnik",
        "title": "Программа летней экологической смены «Юный натуралист»",
        "abstract": (
            "Двухнедельная программа для детей 10–14 лет: полевые исследования, "
            "ночные наблюдения, работа в зимнем саду и итоговая конференция."
        ),
        "authors": ["Еремеева Татьяна Фёдоровна", "Лыкова Агния Петровна"],
        "levels": ["basic", "additional"],
        "subjects": ["biology"],
        "type": "curriculum",
        "language": "ru",
        "year": 2024,
        "tags": ["летняя смена", "натуралисты"],
    },
    {
        "institution": "eco-centre-rodnik",
        "title": "Видеоэкскурсия по экологической тропе центра",
        "abstract": (
            "Двадцатиминутная прогулка по тропе для тех, кто не может приехать: муравейник, "
            "родник, бобровая плотина и старая сосна."
        ),
        "authors": ["Соловьёв Кирилл Денисович"],
        "levels": ["primary"],
        "subjects": ["biology"],
        "type": "video",
        "language": "ru",
        "year": 2025,
        "tags": ["виртуальная экскурсия"],
    },
    {
        "institution": "eco-centre-rodnik",
        "title": "Десять лет наблюдений на школьной метеостанции",
        "abstract": (
            "Как любительская метеостанция центра стала источником данных для уроков "
            "географии и исследовательских работ. Описаны приборы и порядок наблюдений."
        ),
        "authors": ["Еремеева Татьяна Фёдоровна"],
        "levels": ["basic"],
        "subjects": ["geography", "physics"],
        "type": "case-study",
        "language": "ru",
        "year": 2023,
        "tags": ["метеостанция", "климат"],
    },
    {
        "institution": "eco-centre-rodnik",
        "title": "Итоговый тест по экологии для участников летней смены",
        "abstract": (
            "Тест с заданиями на узнавание растений и животных по фотографиям и "
            "объяснение экологических связей."
        ),
        "authors": ["Лыкова Агния Петровна"],
        "levels": ["basic"],
        "subjects": ["biology"],
        "type": "assessment",
        "language": "ru",
        "year": 2024,
        "tags": ["экология", "тест"],
    },
    {
        "institution": "eco-centre-rodnik",
        "title": "Птицы у кормушки: кого можно встретить зимой",
        "abstract": (
            "Презентация для младших школьников с фотографиями и голосами двадцати "
            "зимующих птиц. Подходит для подготовки к акции «Покормите птиц»."
        ),
        "authors": ["Лыкова Агния Петровна"],
        "levels": ["primary"],
        "subjects": ["biology"],
        "type": "presentation",
        "language": "ru",
        "year": 2026,
        "tags": ["птицы", "зимовка"],
    },
    {
        "institution": "eco-centre-rodnik",
        "title": "Зимний сад как лаборатория: опыты с комнатными растениями",
        "abstract": (
            "Четыре занятия для начальной школы о свете, воде и размножении растений "
            "черенками. Результаты опытов дети фиксируют в альбоме наблюдений."
        ),
        "authors": ["Лыкова Агния Петровна"],
        "levels": ["primary"],
        "subjects": ["biology", "primary-education"],
        "type": "lesson-plan",
        "language": "ru",
        "year": 2021,
        "tags": ["комнатные растения", "опыты"],
    },
    {
        "institution": "eco-centre-rodnik",
        "title": "Природа родного края в исследованиях школьников: обзор за тридцать лет",
        "abstract": (
            "Обзор ученических работ, выполненных в центре с начала 1990-х годов. Автор "
            "показывает, как менялись темы и методы и какие данные сохраняют ценность до сих "
            "пор."
        ),
        "authors": ["Еремеева Татьяна Фёдоровна"],
        "levels": ["basic", "secondary"],
        "subjects": ["biology", "geography"],
        "type": "article",
        "language": "ru",
        "year": 2025,
        "tags": ["исследовательская деятельность", "история центра"],
    },
    {
        "institution": "eco-centre-rodnik",
        "title": "Полевой определитель растений Белоключинского района",
        "abstract": (
            "Определитель включает сто сорок видов цветковых растений, папоротников и "
            "хвощей, которые чаще всего встречаются на экскурсиях. Ключи построены на "
            "признаках, заметных без лупы, и проиллюстрированы фотографиями."
        ),
        "authors": ["Соловьёв Кирилл Денисович", "Еремеева Татьяна Фёдоровна"],
        "levels": ["basic", "secondary"],
        "subjects": ["biology"],
        "type": "methodological-guide",
        "language": "ru",
        "year": 2026,
        "tags": ["определитель", "флора края"],
    },
]

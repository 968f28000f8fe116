"""What the benchmark requests: the page kinds and their paths, the fixed mix of search
API queries and autocomplete prefixes, and the mixed load.

The words come from the synthetic titles of demo/scale.py (TOPICS, FORMS) and from the
demo content; they are written out here rather than imported so that the request mix
stays the same from one run to the next while the demo evolves.
"""

from __future__ import annotations

import random
from urllib.parse import urlencode

# Words of the synthetic titles (scale.py TOPICS and FORMS), as users type them: some in
# other grammatical forms, which the stemmers must match.
SYNTHETIC_QUERIES = [
    "дроби и проценты",
    "дробей",
    "электрические цепи",
    "клетка",
    "строение клетки",
    "Великая Отечественная война",
    "причастный оборот",
    "функциональная грамотность",
    "алгоритмы сортировки",
    "климат России",
    "профессиональные пробы",
    "проектная деятельность",
    "наставничество",
    "формирующее оценивание",
    "инклюзивный класс",
    "цифровая лаборатория",
    "финансовой грамотности",
    "экологическая тропа",
    "устная речь",
    "народные промыслы",
    "здоровьесбережение",
    "робототехника",
    "химические реакции",
    "геометрия в архитектуре",
    "чтение с пониманием",
    "волонтерство",
    "методическая разработка",
    "технологическая карта урока",
    "сборник заданий",
    "рабочая программа",
    "конспект занятия",
    "практикум",
    "кейс",
    "учебное пособие",
    "пособие для педагогов",
    "задания для старшеклассников",
    "робототехника для кружка",
    "дроби 5–6 классов",
]
# Words of the demo network's own pages (news, events, programmes, resources).
DEMO_QUERIES = [
    "семинаров",
    "повышение квалификации",
    "конкурс чтецов",
    "учителей математики",
    "магистратура",
    "инклюзивное образование",
    "ботанический сад",
    "база методических ресурсов",
    "физика и инженерные исследования",
    "школа молодого руководителя",
    "ментальные карты",
    "олимпиады по физике",
    "итоговое сочинение",
    "теплопотери",
    "инженерная графика",
    "демонстрационному экзамену",
    "гидропоника",
    "системному администрированию",
    "электромагнитная индукция",
    "английский через театр",
    "дебаты",
    "портфолио",
    "экологической тропе",
    "программа",
]
LEVELS = ["primary", "basic", "secondary", "vocational", "higher", "additional"]
SUBJECTS = [
    "mathematics",
    "physics",
    "chemistry",
    "biology",
    "computer-science",
    "russian-literature",
    "history-social",
    "geography",
]
RESOURCE_TYPES = ["lesson-plan", "methodological-guide", "curriculum", "assessment"]
SITE_TYPES = ["news", "seminar", "programme", "institution"]
AUTOCOMPLETE_PREFIXES = [
    "ме",
    "мет",
    "мето",
    "метод",
    "те",
    "тех",
    "техн",
    "сб",
    "сбо",
    "сбор",
    "ра",
    "раб",
    "рабо",
    "ко",
    "кон",
    "конс",
    "пр",
    "пра",
    "прак",
    "ке",
    "кей",
    "уч",
    "уче",
    "учеб",
    "дро",
    "дроб",
    "эле",
    "элек",
    "кле",
    "клет",
    "роб",
    "робо",
    "хим",
    "хими",
    "гео",
    "геом",
    "фин",
    "фина",
    "вол",
    "волон",
    "нас",
    "наст",
    "эко",
    "экол",
    "ал",
    "алго",
    "кли",
    "клим",
    "на",
    "нар",
]

RESOURCE_LISTING = "/ru/resources/?level=basic&subject=mathematics"


def search_api_paths(count: int = 200, seed: int = 7) -> list[str]:
    """`count` search API requests: half with type=resource (some of those with level,
    subject or resource type filters, a few sorted by date or on page 2), half across the
    whole site (a few restricted to one page type)."""
    rng = random.Random(seed)
    words = SYNTHETIC_QUERIES + DEMO_QUERIES
    paths = []
    for number in range(count):
        params: dict[str, str] = {"q": rng.choice(words)}
        if number % 2 == 0:
            params["type"] = "resource"
            variant = number // 2 % 5
            if variant == 1:
                params["level"] = rng.choice(LEVELS)
            elif variant == 2:
                params["subject"] = rng.choice(SUBJECTS)
            elif variant == 3:
                params["level"] = rng.choice(LEVELS)
                params["subject"] = rng.choice(SUBJECTS)
            elif variant == 4:
                params["resource_type"] = rng.choice(RESOURCE_TYPES)
            if number % 10 == 0:
                params["sort"] = "date"
            if number % 14 == 0:
                params["page"] = "2"
        elif number % 8 == 1:
            params["type"] = rng.choice(SITE_TYPES)
        paths.append("/api/search/?" + urlencode(params))
    return paths


def autocomplete_paths() -> list[str]:
    paths = []
    for number, prefix in enumerate(AUTOCOMPLETE_PREFIXES):
        params = {"q": prefix}
        if number % 5 == 4:
            params["type"] = "all"
        paths.append("/api/search/autocomplete/?" + urlencode(params))
    return paths


def page_kinds(data: dict) -> dict[str, list[str]]:
    """Each page kind with the paths its pass rotates through; `data` is what
    tests/bench/collect.py found in the dataset."""
    return {
        "home": ["/ru/"],
        "news": ["/ru/news/"],
        "resources": [RESOURCE_LISTING],
        "resource_detail": data["resource_urls"],
        "institution": data["institution_urls"],
        "search_api": search_api_paths(),
        "autocomplete": autocomplete_paths(),
    }


# Shares of the mixed load, out of 20 requests.
LOAD_MIX = {
    "home": 2,
    "news": 2,
    "resources": 2,
    "resource_detail": 5,
    "institution": 3,
    "search_api": 4,
    "autocomplete": 2,
}


def mixed_paths(kinds: dict[str, list[str]], rounds: int = 60) -> list[str]:
    """The kinds interleaved in the shares of LOAD_MIX, each kind going round its own
    paths, in a fixed order."""
    cursors = dict.fromkeys(kinds, 0)
    paths = []
    for _round in range(rounds):
        for share in range(max(LOAD_MIX.values())):
            for kind, weight in LOAD_MIX.items():
                if share < weight:
                    kind_paths = kinds[kind]
                    paths.append(kind_paths[cursors[kind] % len(kind_paths)])
                    cursors[kind] += 1
    return paths

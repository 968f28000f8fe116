"""The content the browser tests walk through: the skeleton, two member institutions with
their own news, events and resources, association news, events and a programme, in Russian
with English translations, and an account for each role."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.management import call_command
from django.utils.translation import gettext, override
from wagtail.models import Locale
from wagtail.users.models import UserProfile
from wagtail_localize.synctree import create_aliases_for_new_page

from association.models import (
    Institution,
    NewsIndexPage,
    ResourceIndexPage,
    ResourcePage,
    SeminarIndexPage,
    SeminarPage,
)
from association.provisioning import SECTION_PAGES
from association.rights import ASSOCIATION_EDITORS, EXPERTS, Role
from association.team import set_role
from core.localization import translate
from home.models import StandardPage

from .. import factories

PASSWORD = "Brauzer-2026-test"


@dataclass
class Portal:
    """What a test needs to find its way: institutions, pages and accounts."""

    lyceum: Institution
    college: Institution
    terms: dict[str, object]
    pages: dict[str, object] = field(default_factory=dict)
    users: dict[str, object] = field(default_factory=dict)
    # Set by the `shared_portal` fixture: its live server, search backend and uploads.
    base_url: str = ""
    search: object = None
    media_root: object = None

    def speak(self, language: str) -> None:
        """The admin speaks `language` to every account (Account → Language)."""
        for user in self.users.values():
            profile = UserProfile.get_for_user(user)
            profile.preferred_language = language
            profile.save()

    @staticmethod
    def locale(language: str) -> Locale:
        return Locale.objects.get(language_code=language)

    def url(self, key: str, language: str = "ru") -> str:
        page = self.pages[key]
        if language != settings.LANGUAGE_CODE:
            page = page.get_translation(self.locale(language))
        return page.url


def english() -> Locale:
    return Locale.objects.get(language_code="en")


def section_titles() -> dict[str, str]:
    titles = {}
    for _slug, _model, msgid in SECTION_PAGES:
        with override(settings.LANGUAGE_CODE):
            source = gettext(msgid)
        with override("en"):
            titles[source] = gettext(msgid)
    return titles


def translated(instance, strings: dict[str, str]):
    return translate(instance, english(), strings)


def aliased(page):
    create_aliases_for_new_page(page)
    return page


def account(username: str, *, groups=()):
    user = get_user_model().objects.create_user(
        username, f"{username}@example.ru", PASSWORD, first_name=username.title()
    )
    for name in groups:
        user.groups.add(Group.objects.get(name=name))
    return user


def institution(slug: str, name: str, name_en: str, **fields) -> Institution:
    inst = factories.institution(slug, name=name, name_en=name_en, short_name=name, **fields)
    strings = {name: name_en, **section_titles()}
    for page in [inst.page, *inst.page.get_children().specific()]:
        translated(page, strings)
    inst.page.refresh_from_db()
    return inst


def resource(inst, title, title_en, abstract, abstract_en, **fields) -> ResourcePage:
    page = factories.resource(inst, title=title, abstract=abstract, **fields)
    translated(page, {title: title_en, abstract: abstract_en})
    return page


def build_portal(*, content: bool = True) -> Portal:
    """What the browser tests use, built through the factories: the skeleton, the two
    institutions and the accounts, and with `content` the news, events, programme,
    resources and the about page's body."""
    call_command("bootstrap_site", verbosity=0)
    # The live server shares this process's caches; what was cached for the pages of a
    # previous test (flushed since) must not be served for this one's.
    cache.clear()

    terms = {
        "region": factories.region("lakeside", "Приозёрный район"),
        "math": factories.subject("mathematics", "Математика"),
        "physics": factories.subject("physics", "Физика"),
        "problem_book": factories.resource_type("problem-book", "Сборник задач"),
    }
    for term, name in zip(
        terms.values(),
        ["Lakeside district", "Mathematics", "Physics", "Problem book"],
        strict=True,
    ):
        translated(term, {term.name: name})
    region = terms["region"]

    lyceum = institution(
        "lyceum-7",
        "Лицей № 7 города Веретинска",
        "Lyceum No. 7 of Veretinsk",
        kind=Institution.Kind.SCHOOL,
        region=region,
        city="Веретинск",
        address="ул. Садовая, 12",
        website="https://lyceum7.veretinsk.example.ru/about-the-lyceum/",
        email="priemnaya.lyceum7@veretinsk.example.ru",
        phone="+7 (900) 000-00-07",
    )
    college = institution(
        "college-3",
        "Колледж связи № 3",
        "Communications College No. 3",
        kind=Institution.Kind.COLLEGE,
        region=region,
        city="Озёрск",
    )
    portal = Portal(lyceum=lyceum, college=college, terms=terms)
    users = portal.users
    users["editor"] = account("lyceum-editor")
    set_role(lyceum, users["editor"], Role.EDITOR)
    users["admin"] = account("lyceum-admin")
    set_role(lyceum, users["admin"], Role.ADMIN)
    users["expert"] = account("expert", groups=[EXPERTS])
    users["office"] = account("office", groups=[ASSOCIATION_EDITORS])

    pages = portal.pages
    pages["home"] = factories.home()
    for slug in ("news", "institutions", "programs", "network", "seminars", "resources", "search"):
        pages[slug] = pages["home"].get_children().get(slug=slug).specific
    pages["about"] = StandardPage.objects.child_of(pages["home"]).get(slug="about")
    pages["join"] = pages["home"].get_children().get(slug="join").specific
    pages["institution"] = lyceum.page
    pages["institution_news"] = factories.institution_index(NewsIndexPage, lyceum)
    pages["institution_seminars"] = factories.institution_index(SeminarIndexPage, lyceum)
    pages["institution_resources"] = factories.institution_index(ResourceIndexPage, lyceum)
    if content:
        add_content(portal)
    return portal


def add_content(portal: Portal) -> None:
    pages, lyceum, college = portal.pages, portal.lyceum, portal.college
    math, physics = portal.terms["math"], portal.terms["physics"]
    lesson = portal.terms["problem_book"]

    # Association news, translated; an institution's news, not translated yet.
    title, intro = "Сеть подвела итоги учебного года", "Итоги года и планы на следующий."
    pages["news_item"] = factories.news(title=title, intro=intro)
    translated(
        pages["news_item"], {title: "The network sums up the school year", intro: "Results."}
    )
    pages["institution_news_item"] = aliased(
        factories.news(pages["institution_news"], title="В лицее открыта лаборатория робототехники")
    )

    # Events: an association seminar (translated), the lyceum's webinar, a past one.
    title, intro = "Семинар о наставничестве молодых учителей", "Как выстроить наставничество."
    pages["seminar"] = factories.seminar(
        title=title,
        intro=intro,
        organisers=[lyceum],
        time_zone="Europe/Moscow",
        address="ул. Садовая, 12",
        registration_url="https://forms.example.ru/mentoring",
    )
    translated(pages["seminar"], {title: "Mentoring young teachers", intro: "How to mentor."})
    pages["institution_seminar"] = aliased(
        factories.seminar(
            pages["institution_seminars"],
            title="Вебинар: цифровые лаборатории",
            kind=SeminarPage.Kind.WEBINAR,
            format=SeminarPage.Format.ONLINE,
            online_url="https://meet.example.ru/lab",
            starts_in=dt.timedelta(days=12),
        )
    )
    aliased(factories.seminar(title="Прошедшая конференция", starts_in=-dt.timedelta(days=40)))

    # A joint programme of both institutions, translated.
    title, intro = "Инженерная педагогика", "Совместная программа лицея и колледжа."
    pages["programme"] = factories.programme(
        partners=[lyceum, college], title=title, intro=intro, double_diploma=True
    )
    translated(
        pages["programme"],
        {title: "Engineering pedagogy", intro: "A joint programme.", "2 года": "2 years"},
    )

    # Resources: the database finds them by «задачи» / "problems", with facets to narrow.
    pages["resource"] = resource(
        lyceum,
        "Сборник задач по геометрии",
        "Geometry problem book",
        "Задачи по планиметрии с решениями для 7–9 классов.",
        "Plane geometry problems with solutions for years 7 to 9.",
        levels=("basic", "secondary"),
        subjects=[math],
        rtype=lesson,
        year=2024,
    )
    resource(
        lyceum,
        "Задачи по алгебре для начальной школы",
        "Algebra problems for primary school",
        "Задачи на смекалку для младших школьников.",
        "Problems for young pupils.",
        levels=("primary",),
        subjects=[math],
        rtype=lesson,
        year=2023,
    )
    resource(
        college,
        "Задачи по физике с решениями",
        "Physics problems with solutions",
        "Задачи по механике и электричеству.",
        "Problems in mechanics and electricity.",
        levels=("basic", "vocational"),
        subjects=[physics],
        rtype=lesson,
        year=2025,
    )

    # The standard page with every kind of body block that needs no external service.
    about = pages["about"]
    about.intro = "Ассоциация объединяет школы, колледжи и вузы региона."
    about.body = [
        ("heading", {"text": "Наши задачи", "level": "h2"}),
        ("paragraph", "<p>Мы развиваем <b>сетевое</b> взаимодействие и наставничество.</p>"),
        ("quote", {"text": "Учиться вместе — интереснее.", "attribution": "Участник сети"}),
        (
            "document",
            {"document": factories.document("Устав ассоциации"), "title": "Устав ассоциации"},
        ),
        (
            "call_to_action",
            {
                "title": "Вступите в сеть",
                "text": "Заявку рассматривают за две недели.",
                "button_label": "Подать заявку",
                "page": pages["join"],
                "url": "",
            },
        ),
    ]
    about.save_revision().publish()

"""Loads the demo network (the data files in demo/data/, read by demo/content.py) through
the same code paths an editor's work takes: provisioning, page revisions, wagtail-localize
translations."""

from __future__ import annotations

import datetime as dt
import io
import random
import zoneinfo
from collections.abc import Callable, Iterable

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext, override
from wagtail.documents.models import Document
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page
from wagtail_localize.synctree import synchronize_tree

from association.models import (
    EducationLevel,
    Institution,
    InstitutionPage,
    JointProgramPage,
    NewsIndexPage,
    NewsPage,
    ProgramCoordinator,
    ProgramIndexPage,
    Region,
    ResourceAuthor,
    ResourceIndexPage,
    ResourcePage,
    ResourceType,
    SeminarIndexPage,
    SeminarPage,
    SeminarSpeaker,
    Subject,
)
from association.provisioning import SECTION_PAGES, provision_institution
from association.rights import ASSOCIATION_EDITORS, EXPERTS, Role
from association.team import role_of, set_role
from core.indexing import deferred_index_updates, deferred_reference_index
from core.localization import translate
from core.slugs import ascii_slug
from portal.site_setup import ensure_site_structure, is_translated

from . import content, images
from .documents import make_docx, make_xlsx

Progress = Callable[[str], None]


def slug_for(text: str, max_length: int = 70) -> str:
    """An ASCII slug of `text` (transliterated), at most `max_length` long."""
    return ascii_slug(text, max_length, "item")


def unique_slugs(titles: Iterable[str]) -> list[str]:
    """Deterministic slugs for a list of titles, numbered where titles repeat."""
    seen: dict[str, int] = {}
    slugs = []
    for title in titles:
        base = slug_for(title)
        seen[base] = seen.get(base, 0) + 1
        slugs.append(base if seen[base] == 1 else f"{base}-{seen[base]}")
    return slugs


def english_of(item: dict, fields: Iterable[str]) -> dict[str, str]:
    """Source text → English text for the fields of a data item that have an English
    counterpart (`<field>_en`, as an editor would type it in the translation editor);
    lists (paragraphs) pair up item by item."""
    strings: dict[str, str] = {}
    for field in fields:
        source, english = item.get(field), item.get(f"{field}_en")
        if not source or not english:
            continue
        if isinstance(source, list):
            strings.update(zip(source, english, strict=False))
        else:
            strings[source] = english
    return strings


def paragraphs_body(paragraphs: list[str]) -> list[tuple[str, str]]:
    """A StreamField body of one paragraph block per text."""
    return [("paragraph", f"<p>{text}</p>") for text in paragraphs]


def make_image(picture: images.Picture, title: str, collection: Collection):
    """A Wagtail image of a drawn picture: described in Russian (the pages that show it
    describe it in their own language), its focal point where the picture's subject is."""
    x, y, width, height = picture.focal
    image = get_image_model()(
        title=title,
        description=picture.alt_ru,
        collection=collection,
        file=ImageFile(io.BytesIO(picture.data), name=picture.name),
        focal_point_x=x + width // 2,
        focal_point_y=y + height // 2,
        focal_point_width=width,
        focal_point_height=height,
    )
    image._set_image_file_metadata()
    image.save()
    return image


def publish(page: Page, when: dt.datetime | None = None) -> Page:
    """Publish a revision of `page`, dated `when` if given."""
    page.save_revision().publish()
    if when is not None:
        Page.objects.filter(pk=page.pk).update(first_published_at=when, last_published_at=when)
    page.refresh_from_db()
    return page


class DemoLoader:
    """Creates whatever part of the demo network is missing; a second run adds nothing."""

    # Demo accounts (development only): username → (role, institution slug or None).
    PEOPLE = {
        "office": ("association-editor", None),
        "expert": ("expert", None),
        "vergu-admin": (Role.ADMIN, "vergu"),
        "vergu-editor": (Role.EDITOR, "vergu"),
        "kpu-admin": (Role.ADMIN, "kpu"),
        "kpu-editor": (Role.EDITOR, "kpu"),
    }
    PASSWORD = "demo-portal"

    def __init__(self, progress: Progress | None = None, with_people: bool = False):
        self.progress = progress or (lambda message: None)
        self.with_people = with_people
        self.default_locale = Locale.get_default()
        self.today = timezone.localdate()
        self.created = 0
        # Alternative texts of the pictures drawn in this run, Russian → English: the
        # pages' translations describe them in English.
        self.image_alts: dict[str, str] = {}

    # Structure and taxonomies ------------------------------------------------------

    def site_texts(self) -> dict:
        texts = {}
        for code in ("ru", "en"):
            site = dict(content.SITE[code])
            texts[code] = site
        return texts

    def load(self) -> int:
        # Each page is saved several times (created, revised, published, translated):
        # indexed (for search and for Wagtail's references) once, at the end, rather than
        # at every save.
        with deferred_index_updates(), deferred_reference_index():
            self.progress("site structure")
            self.sections = ensure_site_structure(self.site_texts())
            self.locales = {locale.language_code: locale for locale in Locale.objects.all()}
            self.load_taxonomies()
            self.load_hero_image()
            self.load_institutions()
            self.load_news()
            self.load_programmes()
            self.load_seminars()
            self.load_resources()
            self.progress("English aliases of untranslated pages")
            with transaction.atomic():
                synchronize_tree(self.default_locale, self.locales["en"])
        if self.with_people:
            self.load_people()
        return self.created

    @transaction.atomic
    def load_people(self) -> None:
        """Accounts for trying each role: the office, an expert, the administrator and an
        editor of a trusted university (vergu) and of a university that is not (kpu)."""
        self.progress("demo accounts")
        User = get_user_model()
        for username, (role, slug) in self.PEOPLE.items():
            user, created = User.objects.get_or_create(
                username=username, defaults={"email": f"{username}@demo.example.ru"}
            )
            if created:
                user.set_password(self.PASSWORD)
                user.save()
                self.created += 1
            if slug is not None:
                institution = self.institutions[slug]
                if role_of(institution, user) is None:
                    set_role(institution, user, role)
            else:
                group = ASSOCIATION_EDITORS if role == "association-editor" else EXPERTS
                user.groups.add(Group.objects.get(name=group))

    @transaction.atomic
    def load_taxonomies(self) -> None:
        self.progress("taxonomies")
        for model, terms in (
            (Region, content.REGIONS),
            (Subject, content.SUBJECTS),
            (ResourceType, content.RESOURCE_TYPES),
        ):
            for term in terms:
                record, created = model.objects.get_or_create(
                    slug=term["slug"], locale=self.default_locale, defaults={"name": term["ru"]}
                )
                self.created += created
                english = self.locales.get("en")
                if (
                    english
                    and not model.objects.filter(
                        translation_key=record.translation_key, locale=english
                    ).exists()
                ):
                    translate(record, english, {term["ru"]: term["en"]})
        self.regions = {r.slug: r for r in Region.objects.filter(locale=self.default_locale)}
        self.subjects = {s.slug: s for s in Subject.objects.filter(locale=self.default_locale)}
        self.resource_types = {
            t.slug: t for t in ResourceType.objects.filter(locale=self.default_locale)
        }
        self.levels = {level.code: level for level in EducationLevel.objects.all()}

    # Pictures ----------------------------------------------------------------------

    def collection_of(self, institution_slug: str | None) -> Collection:
        """An institution's collection; the root one for the association's own images."""
        if institution_slug is None:
            return Collection.get_first_root_node()
        return self.institutions[institution_slug].collection

    def lead_image(
        self, slug: str, institution_slug: str | None, title: str, kind: str | None = None
    ):
        """A drawn lead image for a page, and its alternative text (its English one is
        remembered for the page's translation)."""
        picture = images.lead_picture(slug, institution_slug, kind)
        self.image_alts[picture.alt_ru] = picture.alt_en
        return make_image(picture, title, self.collection_of(institution_slug)), picture.alt_ru

    @transaction.atomic
    def load_hero_image(self) -> None:
        home = self.sections["home"].specific
        if home.hero_image_id:
            return
        self.progress("the home page's picture")
        picture = images.hero_picture()
        home.hero_image = make_image(
            picture, "Главная страница: заставка", self.collection_of(None)
        )
        home.hero_image_alt = picture.alt_ru
        publish(home)
        self.created += 1
        english = self.locales.get("en")
        if english and is_translated(home, english):
            translate(home, english, {picture.alt_ru: picture.alt_en})

    # Institutions ------------------------------------------------------------------

    def section_titles(self) -> dict[str, str]:
        titles = {}
        for _slug, _model, msgid in SECTION_PAGES:
            with override(settings.LANGUAGE_CODE):
                source = gettext(msgid)
            with override("en"):
                titles[source] = gettext(msgid)
        return titles

    def load_institutions(self) -> None:
        self.progress("institutions")
        self.institutions: dict[str, Institution] = {}
        self.sections_of: dict[str, InstitutionPage] = {}
        for data in content.INSTITUTIONS:
            with transaction.atomic():
                institution = Institution.objects.filter(slug=data["slug"]).first()
                if institution is None:
                    provisioned = provision_institution(
                        data["slug"],
                        data["name"],
                        intro=data["intro_ru"],
                        name_en=data["name_en"],
                        short_name=data["short_name"],
                        short_name_en=data.get("short_name_en", ""),
                        kind=data["kind"],
                        region=self.regions[data["region"]],
                        city=data["city"],
                        address=data["address"],
                        website=data["website"],
                        email=data["email"],
                        phone=data["phone"],
                        member_since=dt.date.fromisoformat(data["member_since"]),
                        trusted=data["trusted"],
                    )
                    institution, page = provisioned.institution, provisioned.page
                    page.body = paragraphs_body(data["profile_ru"])
                    self.add_institution_images(page, data)
                    publish(page)
                    self.created += 1
                else:
                    page = institution.page
                self.institutions[data["slug"]] = institution
                self.sections_of[data["slug"]] = page
                self.translate_institution(page, data)

    def add_institution_images(self, page: InstitutionPage, data: dict) -> None:
        collection = page.institution.collection
        logo = images.logo_picture(data["slug"], data["name"], data["name_en"])
        page.logo = make_image(logo, f"{data['short_name']}: эмблема", collection)
        cover = images.cover_picture(data["slug"], data["short_name"], data["name_en"])
        page.cover = make_image(cover, f"{data['short_name']}: обложка", collection)
        page.cover_alt = cover.alt_ru
        self.image_alts[cover.alt_ru] = cover.alt_en

    def translate_institution(self, page: InstitutionPage, data: dict) -> None:
        english = self.locales["en"]
        strings = {page.title: data["name_en"], data["intro_ru"]: data["intro_en"]}
        strings.update(self.image_alts)
        strings.update(zip(data["profile_ru"], data["profile_en"], strict=False))
        strings.update(self.section_titles())
        for translatable in [page, *page.get_children().specific()]:
            if not is_translated(translatable, english):
                translate(translatable, english, strings)

    def index_of(self, model: type[Page], institution_slug: str | None) -> Page:
        if institution_slug is None:
            return model.objects.child_of(self.sections["home"]).get()
        return model.objects.child_of(self.sections_of[institution_slug]).get()

    # Pages -------------------------------------------------------------------------

    def add_page(self, parent: Page, page: Page, when: dt.datetime | None = None) -> Page:
        parent.add_child(instance=page)
        self.created += 1
        return publish(page, when)

    def existing_slugs(self, parent: Page) -> set[str]:
        return set(parent.get_children().values_list("slug", flat=True))

    def load_news(self) -> None:
        self.progress("news")
        slugs = unique_slugs(item["title"] for item in content.NEWS)
        english = self.locales["en"]
        for number, (item, slug) in enumerate(zip(content.NEWS, slugs, strict=True)):
            parent = self.index_of(NewsIndexPage, item["institution"])
            with transaction.atomic():
                page = NewsPage.objects.child_of(parent).filter(slug=slug).first()
                if page is None:
                    date = self.today - dt.timedelta(days=item["days_ago"])
                    published = timezone.make_aware(dt.datetime.combine(date, dt.time(10, 0)))
                    news = NewsPage(
                        title=item["title"],
                        slug=slug,
                        date=date,
                        intro=item["intro"],
                        body=paragraphs_body(item["paragraphs"]),
                    )
                    # Most news come with a picture; every fourth shows how one without
                    # looks.
                    if number % 4 != 3:
                        news.image, news.image_alt = self.lead_image(
                            slug, item["institution"], item["title"]
                        )
                    page = self.add_page(parent, news, when=published)
                if item.get("title_en") and not is_translated(page, english):
                    strings = english_of(item, ("title", "intro", "paragraphs"))
                    translate(page, english, {**strings, **self.image_alts})

    def load_programmes(self) -> None:
        self.progress("joint programmes")
        parent = ProgramIndexPage.objects.child_of(self.sections["home"]).get()
        existing = self.existing_slugs(parent)
        english = self.locales["en"]
        for item in content.PROGRAMMES:
            with transaction.atomic():
                if item["slug"] in existing:
                    page = JointProgramPage.objects.child_of(parent).get(slug=item["slug"])
                else:
                    page = JointProgramPage(
                        title=item["title"],
                        slug=item["slug"],
                        intro=item["intro"],
                        level=item["level"],
                        duration=item["duration"],
                        teaching_language=item["teaching_language"],
                        double_diploma=item["double_diploma"],
                        admission="".join(f"<p>{text}</p>" for text in item["admission"]),
                        body=paragraphs_body(item["paragraphs"]),
                    )
                    page.image, page.image_alt = self.lead_image(
                        item["slug"], item["partners"][0], item["title"]
                    )
                    page.partners = [self.institutions[slug] for slug in item["partners"]]
                    page.coordinators = [
                        ProgramCoordinator(
                            name=person["name"],
                            role=person["role"],
                            institution=self.institutions.get(person["institution"]),
                            email=person["email"],
                            phone=person["phone"],
                        )
                        for person in item["coordinators"]
                    ]
                    page = self.add_page(parent, page)
                if not is_translated(page, english):
                    strings = english_of(
                        item, ("title", "intro", "duration", "admission", "paragraphs")
                    )
                    translate(page, english, {**strings, **self.image_alts})

    def load_seminars(self) -> None:
        self.progress("seminars")
        slugs = unique_slugs(item["title"] for item in content.SEMINARS)
        english = self.locales["en"]
        for item, slug in zip(content.SEMINARS, slugs, strict=True):
            parent = self.index_of(SeminarIndexPage, item["institution"])
            with transaction.atomic():
                page = SeminarPage.objects.child_of(parent).filter(slug=slug).first()
                if page is None:
                    page = self.add_page(parent, self.build_seminar(item, slug))
                if item.get("title_en") and not is_translated(page, english):
                    strings = english_of(item, ("title", "intro", "venue", "paragraphs"))
                    translate(page, english, {**strings, **self.image_alts})

    def build_seminar(self, item: dict, slug: str) -> SeminarPage:
        zone = zoneinfo.ZoneInfo(item["time_zone"])
        day = self.today + dt.timedelta(days=item["days_from_now"])
        hour, minute = (int(part) for part in item["start"].split(":"))
        starts_at = dt.datetime.combine(day, dt.time(hour, minute), tzinfo=zone)
        if item.get("days"):
            ends_at = starts_at + dt.timedelta(days=item["days"] - 1, hours=8)
        else:
            ends_at = starts_at + dt.timedelta(hours=item.get("hours", 2))
        page = SeminarPage(
            title=item["title"],
            slug=slug,
            kind=item["kind"],
            format=item["format"],
            starts_at=starts_at,
            ends_at=ends_at,
            time_zone=item["time_zone"],
            intro=item["intro"],
            venue=item["venue"],
            address=item["address"],
            online_url=item["online_url"],
            registration_url=item["registration_url"],
            recording_url=item["recording_url"],
            body=paragraphs_body(item["paragraphs"]),
            # Upcoming events without a sign-up elsewhere take registrations on the portal
            # (network app), in-person ones with a limited number of seats.
            registration_enabled=not item["registration_url"] and starts_at > timezone.now(),
            capacity=30 if item["format"] != SeminarPage.Format.ONLINE else None,
        )
        page.image, page.image_alt = self.lead_image(
            slug, item["institution"], item["title"], item["kind"]
        )
        page.organisers = [self.institutions[slug] for slug in item["organisers"]]
        page.speakers = [
            SeminarSpeaker(name=person["name"], affiliation=person["affiliation"])
            for person in item["speakers"]
        ]
        return page

    def load_resources(self) -> None:
        self.progress("resources and their documents")
        slugs = unique_slugs(item["title"] for item in content.RESOURCES)
        rng = random.Random(2026)
        existing: dict[int, set[str]] = {}
        english = self.locales["en"]
        for item, slug in zip(content.RESOURCES, slugs, strict=True):
            parent = self.index_of(ResourceIndexPage, item["institution"])
            if parent.pk not in existing:
                existing[parent.pk] = self.existing_slugs(parent)
            strings = self.resource_english(item)
            if slug not in existing[parent.pk]:
                page = self.add_resource(parent, item, slug, rng)
            elif strings:
                page = ResourcePage.objects.child_of(parent).get(slug=slug)
            else:
                continue
            if strings and not is_translated(page, english):
                with transaction.atomic():
                    translate(page, english, strings)

    @staticmethod
    def resource_english(item: dict) -> dict[str, str]:
        """The English texts of a resource: its translation, or, for one written in
        English, its own texts (the English site shows it as an English page, not as an
        alias of the Russian one); empty for a Russian resource left untranslated."""
        if item.get("title_en"):
            return english_of(item, ("title", "abstract"))
        if item["language"] == "en":
            return {item["title"]: item["title"], item["abstract"]: item["abstract"]}
        return {}

    def add_resource(
        self, parent: ResourceIndexPage, item: dict, slug: str, rng: random.Random
    ) -> ResourcePage:
        """Create and publish one resource of the data file, with its document."""
        with transaction.atomic():
            institution = self.institutions[item["institution"]]
            page = ResourcePage(
                title=item["title"],
                slug=slug,
                abstract=item["abstract"],
                resource_type=self.resource_types[item["type"]],
                language=item["language"],
                year=item["year"],
                licence=rng.choice(
                    [
                        ResourcePage.Licence.CC_BY,
                        ResourcePage.Licence.CC_BY_SA,
                        ResourcePage.Licence.CC_BY_NC,
                    ]
                ),
                document=self.make_document(item, slug, institution),
            )
            affiliations = {
                name: self.institutions[slug].short_name or self.institutions[slug].name
                for name, slug in item.get("affiliations", {}).items()
            }
            page.authors = [
                ResourceAuthor(name=name, affiliation=affiliations.get(name, ""))
                for name in item["authors"]
            ]
            page.education_levels = [self.levels[code] for code in item["levels"]]
            page.subjects = [self.subjects[code] for code in item["subjects"]]
            page.tags.add(*item["tags"])
            when = timezone.make_aware(
                dt.datetime(item["year"], 1, 15) + dt.timedelta(days=rng.randrange(0, 320))
            )
            return self.add_page(parent, page, when=min(when, timezone.now()))

    def make_document(self, item: dict, slug: str, institution: Institution) -> Document:
        if item["type"] == "assessment":
            data = make_xlsx(
                item["title"],
                [(f"{number}.", f"{gettext('Task')} {number}", "") for number in range(1, 11)],
            )
            name = f"{slug}.xlsx"
        else:
            data = make_docx(item["title"], item["authors"], [item["abstract"]], item["language"])
            name = f"{slug}.docx"
        document = Document(title=item["title"], collection=institution.collection)
        document.file.save(name, ContentFile(data), save=False)
        document.file_size = len(data)
        document.save()
        return document

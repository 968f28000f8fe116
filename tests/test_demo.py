"""`load_demo` builds a believable network once, and `--scale` adds resources in bulk."""

from __future__ import annotations

import datetime as dt
import io
import re
from html import unescape

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.management import CommandError, call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale, Page, ReferenceIndex
from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry
from wagtail_localize.models import TranslationSource
from wagtail_localize.synctree import synchronize_tree

from association.models import (
    Institution,
    InstitutionPage,
    JointProgramPage,
    NewsPage,
    ResourcePage,
    SeminarPage,
)
from association.rights import ASSOCIATION_EDITORS, Role
from association.team import set_role
from demo import content

from . import factories

pytestmark = pytest.mark.django_db


def counts() -> dict[str, int]:
    return {
        "pages": Page.objects.count(),
        "institutions": Institution.objects.count(),
        "news": NewsPage.objects.filter(locale__language_code="ru").count(),
        "programmes": JointProgramPage.objects.filter(locale__language_code="ru").count(),
        "seminars": SeminarPage.objects.filter(locale__language_code="ru").count(),
        "resources": ResourcePage.objects.filter(locale__language_code="ru").count(),
    }


def test_load_demo_creates_the_network_once_and_scales(demo, client, monkeypatch):
    first = counts()
    assert first["institutions"] >= 12
    assert first["news"] >= 40
    assert first["programmes"] >= 8
    assert first["seminars"] >= 30
    assert first["resources"] >= 150
    kinds = set(Institution.objects.values_list("kind", flat=True))
    assert kinds == {choice for choice, _label in Institution.Kind.choices}
    seminars = SeminarPage.objects.filter(locale__language_code="ru")
    assert {s.kind for s in seminars} == {k for k, _ in SeminarPage.Kind.choices}
    assert {s.format for s in seminars} == {f for f, _ in SeminarPage.Format.choices}
    assert any(s.is_past for s in seminars) and not all(s.is_past for s in seminars)
    resources = ResourcePage.objects.filter(locale__language_code="ru")
    assert all(r.document_id for r in resources)
    sample = resources.select_related("document").first()
    assert sample.document.file.size > 0

    # Both languages are served: translated home, sections and institution profiles.
    english_home = client.get("/en/").content.decode()
    assert 'lang="en"' in english_home
    assert "Veretinsk State University" in client.get("/en/institutions/").content.decode()

    # A second run adds nothing.
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    assert counts() == first
    assert "0 objects added" in out.getvalue()

    # --scale adds resources in bulk, spread over more institutions, live and in the tree;
    # in several batches, each continuing the lists where the previous one stopped.
    monkeypatch.setattr("demo.scale.BATCH_SIZE", 100)
    out = io.StringIO()
    call_command("load_demo", scale=250, institutions=first["institutions"] + 2, stdout=out)
    after = counts()
    assert after["resources"] == first["resources"] + 250
    assert after["institutions"] == first["institutions"] + 2
    assert "250/250" in out.getvalue()
    assert Page.find_problems() == ([], [], [], [], [])
    synthetic = ResourcePage.objects.filter(slug__startswith="synthetic-").first()
    assert synthetic.live and synthetic.institution_id
    assert client.get(synthetic.url).status_code == 200

    # Their search-index rows are the ones the PostgreSQL backend's own bulk add writes,
    # so that the benchmark's database search runs on a true index.
    synthetic_ids = [
        str(pk)
        for pk in ResourcePage.objects.filter(slug__startswith="synthetic-").values_list(
            "pk", flat=True
        )
    ]
    columns = ("object_id", "title", "autocomplete", "body", "title_text", "body_text")

    def index_rows() -> dict[str, tuple]:
        rows = IndexEntry.objects.filter(object_id__in=synthetic_ids).values_list(*columns)
        return {row[0]: row for row in rows}

    written_by_loader = index_rows()
    assert len(written_by_loader) == 250
    assert all("synthetic" not in row[1] for row in written_by_loader.values())
    norms = IndexEntry.objects.filter(object_id__in=synthetic_ids).values_list(
        "title_norm", flat=True
    )
    assert any(norm != 1.0 for norm in norms), "title norms were not refreshed"
    IndexEntry.objects.filter(object_id__in=synthetic_ids).delete()
    get_search_backend().add_bulk(
        ResourcePage, list(ResourcePage.get_indexed_objects().filter(pk__in=synthetic_ids))
    )
    assert index_rows() == written_by_loader
    found = get_search_backend().search(synthetic.title, ResourcePage)
    assert synthetic in list(found[:5])


def test_jobs_must_be_a_positive_number():
    with pytest.raises(CommandError, match="--jobs"):
        call_command("load_demo", scale=10, jobs=0, stdout=io.StringIO())


def test_the_demo_records_what_uses_its_pictures(demo):
    """The load updates Wagtail's reference index once, at its end (core.indexing's
    deferred_reference_index): a news item's picture is known to be used by the item and
    by its English translation."""
    news = NewsPage.objects.filter(locale__language_code="ru", image__isnull=False).first()
    users = set(ReferenceIndex.get_references_to(news.image).values_list("object_id", flat=True))
    translation = news.get_translation(Locale.objects.get(language_code="en"))
    assert {str(news.pk), str(translation.pk)} <= users


# The English site -----------------------------------------------------------------------


def english(model):
    return model.objects.filter(locale__language_code="en")


def page_text(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return unescape(response.content.decode())


def card_titles(html: str) -> list[str]:
    return [unescape(title) for title in re.findall(r"card__title[^>]*><a [^>]*>([^<]+)<", html)]


def test_the_english_site_reads_in_english(demo, client):
    """Every news item, event, joint programme and institution, and most resources, have
    an English translation (wagtail-localize's, not an alias) that the English site shows."""
    for model, items, key in (
        (NewsPage, content.NEWS, "title_en"),
        (SeminarPage, content.SEMINARS, "title_en"),
        (JointProgramPage, content.PROGRAMMES, "title_en"),
        (InstitutionPage, content.INSTITUTIONS, "name_en"),
    ):
        translated = english(model).filter(alias_of__isnull=True)
        assert not english(model).filter(alias_of__isnull=False).exists(), model
        assert set(translated.values_list("title", flat=True)) == {item[key] for item in items}
        synced = set(TranslationSource.objects.values_list("object_id", flat=True))
        assert set(translated.values_list("translation_key", flat=True)) <= synced
        # Their pages (a few of each type: each renders its pictures' renditions).
        for page in translated.order_by("pk")[:3]:
            html = page_text(client, page.url)
            assert f">{page.title}<" in html, page.url
            assert not re.search(r"<h1[^>]*>[^<]*[а-яё]", html, re.IGNORECASE), page.url

    resources = english(ResourcePage)
    translated = resources.filter(alias_of__isnull=True)
    assert translated.count() * 2 >= resources.count()
    for page in translated.order_by("pk")[:3]:
        assert f">{page.title}<" in page_text(client, page.url)

    # The listings read in English: the news, the events and the institutions.
    news = card_titles(page_text(client, "/en/news/"))
    assert news and all(not re.search("[а-яё]", title, re.IGNORECASE) for title in news)
    events = card_titles(page_text(client, "/en/seminars/"))
    assert events and all(not re.search("[а-яё]", title, re.IGNORECASE) for title in events)
    directory = page_text(client, "/en/institutions/")
    assert all(item["name_en"] in directory for item in content.INSTITUTIONS)


def test_english_lists_badge_the_russian_originals(demo, client):
    """A news item or an event nobody has translated yet is shown on the English site as
    its Russian original, badged "Russian"; the translated ones carry no badge."""
    factories.news(title="Свежая новость без перевода", date=timezone.localdate())
    factories.seminar(title="Новый семинар без перевода", starts_in=dt.timedelta(hours=3))
    synchronize_tree(Locale.objects.get(language_code="ru"), Locale.objects.get(language_code="en"))

    for url, title in (
        ("/en/news/", "Свежая новость без перевода"),
        ("/en/seminars/", "Новый семинар без перевода"),
    ):
        html = page_text(client, url)
        cards = re.findall(r"<article.*?</article>", html, re.DOTALL)
        russian = [card for card in cards if title in card]
        assert len(russian) == 1, url
        assert re.search(r'<span class="badge" lang="ru">Russian</span>', russian[0])
        others = [card for card in cards if title not in card]
        assert others and not any('class="badge"' in card for card in others), url

    # On the Russian site nothing is badged: it is all in Russian.
    html = page_text(client, "/ru/news/")
    assert "Свежая новость без перевода" in html and 'class="badge"' not in html


def test_english_facets_name_the_terms_in_english(demo, client):
    html = page_text(client, "/en/resources/")
    english_names = {term["en"] for term in content.SUBJECTS + content.RESOURCE_TYPES}
    russian_names = {term["ru"] for term in content.SUBJECTS + content.RESOURCE_TYPES}
    facet_labels = set(
        re.findall(
            r'href="\?(?:subject|resource_type)=[^"]+">\s*([^<]+?)\s*<span class="facet__count"',
            html,
        )
    )
    assert len(facet_labels & english_names) >= 5
    assert facet_labels and not facet_labels & russian_names


# The translation overview ---------------------------------------------------------------

REPORT = "/admin/activity/translations/"


def admin_client(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def office() -> Client:
    user = get_user_model().objects.create_user("tr-office", "tr-office@example.ru", "pw")
    user.groups.add(Group.objects.get(name=ASSOCIATION_EDITORS))
    return admin_client(user)


def type_counts(html: str, model) -> dict[str, int]:
    """The report's counts of one page type by state (a state without pages shows 0)."""
    key = ContentType.objects.get_for_model(model).pk
    found = re.findall(rf"content_type={key}&amp;state=(\w+)\">(\d+)<", html)
    return {"translated": 0, "outdated": 0, "missing": 0} | {s: int(n) for s, n in found}


def test_translation_report_counts_what_is_translated_out_of_date_and_missing(demo):
    client = office()
    html = client.get(REPORT).content.decode()
    news = NewsPage.objects.filter(locale__language_code="ru")
    assert type_counts(html, NewsPage) == {"translated": news.count(), "outdated": 0, "missing": 0}
    aliases = english(ResourcePage).filter(alias_of__isnull=False).count()
    resources = type_counts(html, ResourcePage)
    assert resources["missing"] == aliases > 0
    assert resources["translated"] == english(ResourcePage).count() - aliases

    # The office changes a Russian news item: its translation is now out of date, and the
    # report offers to sync it.
    changed = news.order_by("pk").first()
    changed.intro += " Дополнено."
    changed.save_revision().publish()
    html = client.get(REPORT).content.decode()
    assert type_counts(html, NewsPage)["outdated"] == 1
    listed = client.get(REPORT, {"state": "outdated"}).content.decode()
    assert changed.title in unescape(listed)
    source = TranslationSource.objects.get_for_instance(changed)
    assert reverse("wagtail_localize:update_translations", args=[source.pk]) in listed

    # The pages without a translation, each with a link to translate it.
    content_type = ContentType.objects.get_for_model(ResourcePage).pk
    missing = client.get(REPORT, {"state": "missing", "content_type": content_type})
    untranslated = english(ResourcePage).filter(alias_of__isnull=False).first().alias_of
    assert reverse("wagtail_localize:submit_page_translation", args=[untranslated.pk]) in (
        missing.content.decode()
    )

    # By section: an institution's own pages.
    vergu = client.get(REPORT, {"section": "vergu"}).content.decode()
    assert "vergu" in vergu and changed.title not in unescape(vergu)


def test_translation_report_is_for_the_office_only(demo):
    institution = Institution.objects.get(slug="vergu")
    editor = get_user_model().objects.create_user("tr-editor", "tr-editor@example.ru", "pw")
    set_role(institution, editor, Role.EDITOR)
    administrator = get_user_model().objects.create_user("tr-admin", "tr-admin@example.ru", "pw")
    set_role(institution, administrator, Role.ADMIN)
    for user in (editor, administrator):
        client = admin_client(user)
        response = client.get(REPORT)
        assert response.status_code == 302 and response.url == "/admin/"
        assert REPORT not in client.get("/admin/").content.decode()
    assert office().get(REPORT).status_code == 200

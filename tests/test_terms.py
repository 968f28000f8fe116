"""One term in two languages: the import finds a term by its name in either language and
creates a missing one in the language it is written in, duplicates are merged (command
and admin), and the resource editor offers the page's language's terms only."""

from __future__ import annotations

import io

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from django.test import Client
from django.utils import translation
from wagtail.models import Locale
from wagtail.users.models import UserProfile
from wagtail_localize.models import Translation

from association.models import ResourcePage, ResourceType, Subject
from association.rights import ASSOCIATION_EDITORS, Role
from association.team import set_role
from association.terms import create_term, name_key, name_language
from core.localization import translate

from . import factories
from .test_import import csv_bytes, good_row, run_import, write
from .test_resource_database import facet

pytestmark = [pytest.mark.django_db, pytest.mark.sqlite]
User = get_user_model()


def english() -> Locale:
    return Locale.objects.get(language_code="en")


def pair(model, slug: str, russian: str, english_name: str):
    """A term in Russian with its English translation."""
    term = factories.term(model, slug, russian)
    model.objects.create(
        name=english_name, slug=slug, locale=english(), translation_key=term.translation_key
    )
    return term


@pytest.fixture
def world():
    institution = factories.institution("lyceum-7", name="Лицей № 7", short_name="Лицей № 7")
    return {
        "institution": institution,
        "biology": pair(Subject, "biology", "Биология", "Biology"),
        "mathematics": pair(Subject, "mathematics", "Математика", "Mathematics"),
        "video": pair(ResourceType, "video", "Видеозапись", "Video recording"),
        "solved": pair(ResourceType, "solved", "Решённые задачи", "Solved problems"),
    }


def resource_of(external_id: str, language: str = "ru") -> ResourcePage:
    return ResourcePage.objects.get(external_id=external_id, locale__language_code=language)


def latest(page: ResourcePage) -> ResourcePage:
    return ResourcePage.objects.get(pk=page.pk).get_latest_revision_as_object()


def public_text(client, page: ResourcePage) -> str:
    response = client.get(page.get_url())
    assert response.status_code == 200
    return " ".join(BeautifulSoup(response.content, "html.parser").get_text().split())


def test_names_are_compared_without_case_yo_and_spacing():
    assert name_key("  Решённые   ЗАДАЧИ ") == name_key("решенные задачи")
    assert name_language("Webinar recording") == "en"
    assert name_language("Запись вебинара") == "ru"
    assert name_language("2024") == "ru"


def test_english_names_find_the_russian_terms(world, tmp_path):
    terms = Subject.objects.count(), ResourceType.objects.count()
    rows = [
        good_row("R-1", subjects="biology;  MATHEMATICS", resource_type="Video  recording"),
        good_row("R-2", subjects="Биология", resource_type="решенные задачи"),
    ]
    out = run_import(write(tmp_path, csv_bytes(rows)), "--create-missing-terms", "--publish")

    assert "Created: 2, updated: 0, unchanged: 0, rejected: 0." in out
    assert "new subject" not in out and "new resource type" not in out
    assert (Subject.objects.count(), ResourceType.objects.count()) == terms
    first = resource_of("R-1")
    # The resource is in Russian: it refers to the Russian terms.
    assert set(first.subjects.all()) == {world["biology"], world["mathematics"]}
    assert first.resource_type == world["video"]
    assert resource_of("R-2").resource_type == world["solved"]
    text = public_text(Client(), first)
    assert "Биология" in text and "Видеозапись" in text
    assert "Biology" not in text and "Video recording" not in text


def test_missing_terms_are_created_in_the_language_of_their_names(world, tmp_path):
    row = good_row(subjects="Астрономия; Robotics; Biology", resource_type="Webinar recording")
    path = write(tmp_path, csv_bytes([row]))
    out = run_import(path, "--create-missing-terms", "--publish")

    assert "Created: 1" in out
    assert "new subject “Астрономия” created (Russian)" in out
    assert "new subject “Robotics” created (English)" in out
    assert "new resource type “Webinar recording” created (English)" in out
    assert "translation editor" in out
    russian, en = Locale.get_default(), english()

    astronomy = Subject.objects.get(name="Астрономия", locale=russian)
    # Its English translation waits in the translation editor, named as in Russian.
    counterpart = Subject.objects.get(translation_key=astronomy.translation_key, locale=en)
    assert counterpart.name == "Астрономия" and counterpart.slug == astronomy.slug
    assert Translation.objects.filter(
        source__object_id=astronomy.translation_key, target_locale=en
    ).exists()

    robotics = Subject.objects.get(name="Robotics", locale=en)
    placeholder = Subject.objects.get(translation_key=robotics.translation_key, locale=russian)
    assert Translation.objects.filter(
        source__object_id=robotics.translation_key, target_locale=russian
    ).exists()
    # The office's listing of terms says which of them wait for their translation.
    assert placeholder.awaits_translation and counterpart.awaits_translation
    assert not robotics.awaits_translation and not astronomy.awaits_translation
    page = resource_of("R-1")
    assert set(page.subjects.all()) == {astronomy, placeholder, world["biology"]}
    assert page.resource_type.locale == russian
    assert page.resource_type.name == "Webinar recording"

    # Once the office translates the new terms, each site names them in its language.
    translate(robotics, russian, {"Robotics": "Робототехника"})
    source = ResourceType.objects.get(name="Webinar recording", locale=en)
    translate(source, russian, {"Webinar recording": "Запись вебинара"})
    text = public_text(Client(), page)
    assert "Робототехника" in text and "Запись вебинара" in text and "Биология" in text
    assert not any(name in text for name in ("Robotics", "Webinar", "Biology"))
    english_text = public_text(Client(), resource_of("R-1", "en"))
    assert "Robotics" in english_text and "Biology" in english_text


def test_a_term_known_in_english_only_gets_its_russian_translation(world, tmp_path):
    chemistry = Subject.objects.create(name="Chemistry", slug="chemistry", locale=english())
    path = write(tmp_path, csv_bytes([good_row(subjects="chemistry")]))

    out = run_import(path)
    assert "the subject “chemistry” exists in English only, not in Russian" in out

    out = run_import(path, "--create-missing-terms")
    assert "got a translation into Russian" in out
    russian = Subject.objects.get(
        translation_key=chemistry.translation_key, locale__language_code="ru"
    )
    assert list(resource_of("R-1").get_latest_revision_as_object().subjects.all()) == [russian]


# Merging ---------------------------------------------------------------------------------


@pytest.fixture
def duplicates(world):
    """What imports before the fix left: English names as new Russian terms."""
    russian = Locale.get_default()
    biology_2 = Subject.objects.create(name="Biology", slug="biology-2", locale=russian)
    programme = ResourceType.objects.create(name="Course programme", slug="course", locale=russian)
    inst = world["institution"]
    one = factories.resource(inst, title="Клетка", subjects=[world["biology"]])
    two = factories.resource(inst, title="Ткани", subjects=[biology_2], rtype=programme)
    both = factories.resource(inst, title="Органы", subjects=[world["biology"], biology_2])
    # A draft of `one` that uses the duplicate, not yet published.
    draft = one.get_latest_revision_as_object()
    draft.subjects = [biology_2]
    draft.save_revision()
    return {**world, "biology_2": biology_2, "programme": programme, "pages": (one, two, both)}


def merge_command(*args: str) -> str:
    out = io.StringIO()
    with translation.override("en"):
        call_command("merge_terms", *args, stdout=out)
    return out.getvalue()


def test_merge_terms_command(duplicates, client):
    biology, biology_2 = duplicates["biology"], duplicates["biology_2"]
    one, two, both = duplicates["pages"]
    with pytest.raises(CommandError, match="names several terms"):
        merge_command("subjects", "--into", "Biology", "biology-2")

    out = merge_command("subjects", "--into", "биология", "biology-2", "--dry-run")
    assert "Dry run: nothing has been changed." in out
    # Two resources use the duplicate (each with its English alias); a draft of the third.
    assert "resources: 2" in out
    assert Subject.objects.filter(pk=biology_2.pk).exists()
    assert list(two.subjects.all()) == [biology_2]

    out = merge_command("subjects", "--into", str(biology.pk), "biology-2")
    assert "1 duplicate terms deleted" in out
    assert not Subject.objects.filter(pk=biology_2.pk).exists()
    for page in (one, two, both):
        assert list(ResourcePage.objects.get(pk=page.pk).subjects.all()) == [biology]
    # The English aliases, and the draft waiting to be published, too.
    for alias in ResourcePage.objects.filter(alias_of__in=[one, two, both]):
        assert list(alias.subjects.all()) == [biology]
    assert list(latest(one).subjects.all()) == [biology]
    assert facet(BeautifulSoup(client.get("/ru/resources/").content, "html.parser"), "subject") == {
        "Биология": 3
    }

    # A resource type: its resources and their revisions follow it.
    video = duplicates["video"]
    merge_command("resource-types", "--into", "video", "course")
    assert ResourcePage.objects.get(pk=two.pk).resource_type == video
    assert latest(two).resource_type == video


def test_merging_takes_the_duplicates_translation_where_the_kept_term_lacks_one(world):
    russian = Locale.get_default()
    chemistry = Subject.objects.create(name="Химия", slug="chemistry", locale=russian)
    english_only = Subject.objects.create(name="Chemistry", slug="chem", locale=english())
    merge_command("subjects", "--into", "химия", "chem")
    english_only.refresh_from_db()
    assert english_only.translation_key == chemistry.translation_key
    assert english_only.slug == "chemistry"

    # A kept term whose Russian name was only a copy of its English one takes the
    # duplicate's Russian name.
    webinar = create_term(ResourceType, "Webinar recording", "webinar")[english().pk]
    merge_command("resource-types", "--into", "webinar", "video")
    names = dict(
        ResourceType.objects.filter(translation_key=webinar.translation_key).values_list(
            "locale__language_code", "name"
        )
    )
    assert names == {"en": "Webinar recording", "ru": "Видеозапись"}
    assert not ResourceType.objects.filter(slug="video").exists()


def office_client(language: str = "en") -> Client:
    user = User.objects.create_user("office", "office@example.ru", "pw")
    user.groups.add(Group.objects.get(name=ASSOCIATION_EDITORS))
    return logged_in(user, language)


def logged_in(user, language: str = "en") -> Client:
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client = Client()
    client.force_login(user)
    return client


def logged_in_again(client: Client, language: str) -> Client:
    user = User.objects.get(pk=client.session["_auth_user_id"])
    return logged_in(user, language)


def merge_url(*terms) -> str:
    ids = "&".join(f"id={term.pk}" for term in terms)
    return f"/admin/bulk/association/subject/merge/?next=/admin/snippets/&{ids}"


def test_the_admin_merge_is_the_offices(duplicates):
    biology, biology_2 = duplicates["biology"], duplicates["biology_2"]
    editor = User.objects.create_user("editor", "editor@example.ru", "pw")
    set_role(duplicates["institution"], editor, Role.EDITOR)
    url = merge_url(biology, biology_2)
    client = logged_in(editor)
    assert client.get(url).status_code == 403
    assert client.post(url, {"keep": str(biology.translation_key)}).status_code == 403
    assert Subject.objects.filter(pk=biology_2.pk).exists()

    office = office_client()
    listing = office.get("/admin/snippets/association/subject/").content.decode()
    assert "/admin/bulk/association/subject/merge/" in listing
    confirmation = BeautifulSoup(office.get(url).content, "html.parser")
    choices = {" ".join(label.get_text().split()) for label in confirmation.select("form label")}
    assert "Биология / Biology — 2 resources will be re-pointed to it" in choices
    assert "Biology — 2 resources will be re-pointed to it" in choices
    assert Subject.objects.filter(pk=biology_2.pk).exists()

    russian = BeautifulSoup(logged_in_again(office, "ru").get(url).content, "html.parser")
    assert "Выберите термин, который останется." in russian.get_text()
    assert "на него будут перенаправлены 2 ресурса" in " ".join(russian.get_text().split())

    response = office.post(url, {"keep": str(biology.translation_key)})
    assert response.status_code == 302
    assert not Subject.objects.filter(pk=biology_2.pk).exists()
    two = duplicates["pages"][1]
    assert list(ResourcePage.objects.get(pk=two.pk).subjects.all()) == [biology]


# The editor ------------------------------------------------------------------------------


def test_the_editor_offers_the_pages_language_terms_only(world, admin_client):
    page = factories.resource(
        world["institution"], subjects=[world["biology"]], rtype=world["video"]
    )
    form = BeautifulSoup(admin_client.get(f"/admin/pages/{page.pk}/edit/").content, "html.parser")
    subjects = {
        " ".join(label.get_text().split()): label.find("input").has_attr("checked")
        for label in form.select("#id_subjects label")
    }
    assert subjects == {"Биология": True, "Математика": False}
    types = {" ".join(label.get_text().split()) for label in form.select("#id_resource_type label")}
    assert types == {"Видеозапись", "Решённые задачи"}


def test_a_page_in_english_is_offered_the_english_terms_with_its_own_ticked(world, admin_user):
    page = factories.resource(
        world["institution"], subjects=[world["biology"]], rtype=world["video"]
    )
    ResourcePage.objects.filter(alias_of=page).delete()
    # A translation made by copying keeps the Russian terms until it is saved.
    copy = page.copy_for_translation(english()).specific
    assert list(copy.subjects.all()) == [world["biology"]]
    form_class = ResourcePage.get_edit_handler().get_form_class()
    form = form_class(instance=copy, parent_page=copy.get_parent(), for_user=admin_user)
    subjects = dict(form.fields["subjects"].choices)
    assert sorted(str(label) for label in subjects.values()) == ["Biology", "Mathematics"]
    biology_en = world["biology"].get_translation(english())
    assert form.initial["subjects"] == [biology_en.pk]
    assert form.initial["resource_type"] == world["video"].get_translation(english()).pk

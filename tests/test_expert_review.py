"""Expert review on the rubric, as the people concerned see it: experts score a resource in
their moderation step (nobody else can), every review stays in the admin, the composite
shows on the public page only once the resource's institution agrees (only its own team
may agree), and the resource database and the API filter by it and sort by its score on
every backend — never showing what the public may not see."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from wagtail.models import TaskState

from association.models import (
    CriterionScore,
    ResourcePage,
    ResourceReview,
    ReviewPublication,
    RubricCriterion,
)
from association.models.reviews import composite, refresh_publication, rubric
from association.reviews import set_consent
from association.rights import ASSOCIATION_EDITORS, EXPERTS, Role
from association.team import set_role

from . import factories

pytestmark = [pytest.mark.django_db, pytest.mark.sqlite]
User = get_user_model()

BADGE_RU = "Проверено экспертами ассоциации"


def person(username: str, *groups: str):
    user = User.objects.create_user(username, f"{username}@example.ru", "pw")
    for name in groups:
        user.groups.add(Group.objects.get(name=name))
    return user


def login(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def people(site_pages):
    """Two institutions with an editor and an administrator each, an expert, the office."""
    lyceum = factories.institution("lyceum-5", name="Лицей № 5")
    college = factories.institution("college-2", name="Колледж № 2")
    users = {
        "expert": person("expert", EXPERTS),
        "office": person("office", ASSOCIATION_EDITORS),
    }
    for institution, prefix in ((lyceum, "own"), (college, "other")):
        for role in (Role.EDITOR, Role.ADMIN):
            user = person(f"{prefix}-{role}")
            set_role(institution, user, role)
            users[f"{prefix}_{role}"] = user
    return {"lyceum": lyceum, "college": college, **users}


def submitted(people, **fields) -> ResourcePage:
    """A resource of the lyceum its editor sent for publication: it waits for the expert."""
    page = factories.resource(people["lyceum"], live=False, **fields)
    page.get_workflow().start(page, people["own_editor"])
    return page


def task_state(page) -> TaskState:
    return TaskState.objects.get(
        workflow_state__object_id=str(page.pk), status=TaskState.STATUS_IN_PROGRESS
    )


def scores(*values) -> dict[str, str]:
    """The rubric form's data: one value per criterion, in order ("na": not applicable)."""
    data = {}
    for criterion, value in zip(rubric(), values, strict=True):
        data[f"rubric_score_{criterion.pk}"] = str(value)
        data[f"rubric_comment_{criterion.pk}"] = ""
    return data


def act(client, page, action="approve", data=None, **headers):
    state = task_state(page)
    return client.post(
        f"/admin/pages/workflow/action/{page.pk}/{action}/{state.pk}/", data or {}, headers=headers
    )


def scored(page, expert, values, decision=ResourceReview.Decision.APPROVED) -> ResourceReview:
    """A review as the expert's form leaves it (for the listings' tests)."""
    review = ResourceReview.objects.create(
        page=page, expert=expert, expert_name=expert.username, decision=decision
    )
    for criterion, value in zip(rubric(), values, strict=True):
        CriterionScore.objects.create(review=review, criterion=criterion, score=value)
    refresh_publication(page)
    return review


def public(client, page) -> BeautifulSoup:
    response = client.get(page.url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


FULL = (3, 2, 3, 2, 1, "na", 2, 3)


# The rubric -------------------------------------------------------------------------------


def test_the_rubric_has_the_eight_criteria_in_both_languages(site_pages):
    russian = [c.name for c in rubric()]
    assert russian[0] == "Соответствие стандартам" and russian[-1] == "Доступность"
    assert len(russian) == 8
    english = RubricCriterion.objects.filter(locale__language_code="en").order_by("position")
    assert [c.name for c in english][:2] == ["Alignment to standards", "Quality of explanation"]
    assert {c.translation_key for c in english} == {c.translation_key for c in rubric()}


def test_the_office_edits_the_rubric_and_an_institution_cannot(people):
    assert login(people["office"]).get("/admin/rubric/").status_code == 200
    refused = login(people["own_admin"]).get("/admin/rubric/")
    assert refused.status_code in (302, 403)


# Scoring ----------------------------------------------------------------------------------


def test_the_expert_scores_and_approves_from_the_moderation_step(people):
    page = submitted(people)
    client = login(people["expert"])
    form = client.get(
        f"/admin/pages/workflow/action/{page.pk}/approve/{task_state(page).pk}/",
        headers={"x-requested-with": "XMLHttpRequest"},
    )
    assert "Соответствие стандартам" in form.json()["html"]
    response = act(client, page, data={"comment": "Хороший материал.", **scores(*FULL)})
    assert response.status_code == 302
    review = ResourceReview.objects.get(page=page)
    assert review.expert == people["expert"] and review.comment == "Хороший материал."
    assert review.decision == ResourceReview.Decision.APPROVED
    assert [s.score for s in review.scores.all()] == [3, 2, 3, 2, 1, None, 2, 3]
    # Approved: the office's step is next.
    assert task_state(page).task.name == "Approval by the association's office"


def test_a_plain_approval_leaves_no_review(people):
    page = submitted(people)
    assert act(login(people["expert"]), page).status_code == 302
    assert not ResourceReview.objects.exists()
    assert task_state(page).task.name == "Approval by the association's office"


def test_requesting_changes_with_scores_keeps_the_review(people):
    page = submitted(people)
    act(login(people["expert"]), page, "reject", {"comment": "Доработать.", **scores(*[1] * 8)})
    review = ResourceReview.objects.get(page=page)
    assert review.decision == ResourceReview.Decision.CHANGES


def test_a_rubric_half_filled_is_refused_and_nothing_is_decided(people):
    page = submitted(people)
    data = scores(*FULL)
    data[f"rubric_score_{rubric()[3].pk}"] = ""
    response = act(login(people["expert"]), page, data=data, x_requested_with="XMLHttpRequest")
    assert "Оцените и этот критерий" in response.json()["html"]
    assert not ResourceReview.objects.exists()
    assert task_state(page).task.name == "Expert review"


@pytest.mark.parametrize(
    "role", ["own_editor", "own_admin", "other_editor", "other_admin", "office"]
)
def test_only_experts_score(people, role):
    page = submitted(people)
    response = act(login(people[role]), page, data=scores(*FULL))
    assert response.status_code in (302, 403)
    assert not ResourceReview.objects.exists()
    assert task_state(page).task.name == "Expert review"


# The composite ----------------------------------------------------------------------------


def test_the_composite_takes_each_experts_latest_review(people):
    page = factories.resource(people["lyceum"])
    second = person("expert-2", EXPERTS)
    scored(page, people["expert"], [0] * 8)
    scored(page, people["expert"], [3, 3, 3, 3, 3, 3, 3, None])
    scored(page, second, [1, 1, 1, 1, 1, 1, 1, None])
    found = composite(page)
    assert found.experts == 2
    assert [entry.mean for entry in found.criteria] == [2.0] * 7 + [None]
    assert found.overall == 2.0
    # The history keeps all three.
    assert ResourceReview.objects.filter(page=page).count() == 3


# Consent and the public page --------------------------------------------------------------


def consent(client, page, agreed: bool):
    data = {"consented": "on"} if agreed else {}
    return client.post(f"/admin/expert-reviews/resource/{page.pk}/", data)


@pytest.mark.parametrize(
    ("role", "allowed"),
    [
        ("own_editor", True),
        ("own_admin", True),
        ("other_editor", False),
        ("other_admin", False),
        ("expert", False),
        ("office", False),
        ("anonymous", False),
    ],
)
def test_only_the_resources_own_institution_agrees_to_publish(people, role, allowed):
    page = factories.resource(people["lyceum"])
    scored(page, people["expert"], list(FULL[:5]) + [None, 2, 3])
    client = Client() if role == "anonymous" else login(people[role])
    response = consent(client, page, True)
    publication = ReviewPublication.objects.get(page=page)
    if allowed:
        assert response.status_code == 302
        assert publication.consented and publication.status == ReviewPublication.REVIEWED
    else:
        # Refused: the admin sends them away (Wagtail's refusal), nothing is recorded.
        assert response.status_code in (302, 403) and not publication.consented
        assert publication.status is None


def test_the_badge_shows_only_after_the_institution_agrees(people, client):
    page = factories.resource(people["lyceum"], title="Практикум по оптике")
    scored(page, people["expert"], [3, 2, 3, 2, 1, None, 2, 3])
    soup = public(client, page)
    assert BADGE_RU not in soup.get_text() and soup.select_one("#expert-review") is None

    consent(login(people["own_editor"]), page, True)
    soup = public(client, page)
    assert BADGE_RU in soup.select_one(".badge--reviewed").get_text()
    section = soup.select_one("section[aria-labelledby=expert-review]")
    text = " ".join(section.get_text().split())
    assert "2,3 из 3" in text or "2.3 из 3" in text
    assert "1 эксперт" in text
    rows = section.select("tbody tr")
    assert len(rows) == 8 and "Соответствие стандартам" in rows[0].get_text()

    consent(login(people["own_admin"]), page, False)
    assert BADGE_RU not in public(client, page).get_text()


def test_the_review_history_stays_in_the_admin_for_those_concerned(people):
    page = factories.resource(people["lyceum"], title="Практикум по оптике")
    scored(page, people["expert"], [1] * 8, ResourceReview.Decision.CHANGES)
    scored(page, people["expert"], [3] * 8)
    address = f"/admin/expert-reviews/resource/{page.pk}/"
    for role in ("expert", "office", "own_editor"):
        html = login(people[role]).get(address).content.decode()
        assert html.count('<article class="review-entry">') == 2
    refused = login(people["other_editor"]).get(address)
    assert refused.status_code in (302, 403) and "Практикум" not in refused.content.decode()
    listing = login(people["own_editor"]).get("/admin/expert-reviews/").content.decode()
    assert "Практикум по оптике" in listing
    other = login(people["other_editor"]).get("/admin/expert-reviews/").content.decode()
    assert "Практикум по оптике" not in other
    # The editor reaches it from the resource's own pages in the admin.
    editor = login(people["own_editor"]).get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert address in editor


# The resource database and the API ----------------------------------------------------------


@pytest.fixture
def reviewed_catalogue(people, backend):
    lyceum = people["lyceum"]
    pages = {
        "best": factories.resource(lyceum, title="Задачи по оптике"),
        "good": factories.resource(lyceum, title="Задачи по механике"),
        "unconsented": factories.resource(lyceum, title="Задачи по акустике"),
        "plain": factories.resource(lyceum, title="Задачи по термодинамике"),
        "hidden": factories.resource(lyceum, title="Задачи по электричеству"),
    }
    for name, values in (
        ("best", [3] * 8),
        ("good", [2] * 8),
        ("unconsented", [3] * 8),
        ("hidden", [3] * 8),
    ):
        scored(pages[name], people["expert"], values)
    for name in ("best", "good", "hidden"):
        set_consent(pages[name], people["own_editor"], True)
    pages["hidden"].unpublish()
    backend.reindex()
    return pages


def titles(client, query: str) -> list[str]:
    soup = BeautifulSoup(client.get(f"/ru/resources/?{query}").content, "html.parser")
    return [" ".join(h.get_text().split()) for h in soup.select(".results .card__title")]


@pytest.mark.parametrize("text", ["", "q=задачи"])
def test_the_database_filters_by_published_review(client, reviewed_catalogue, text):
    found = titles(client, f"{text}&reviewed=reviewed")
    assert sorted(found) == ["Задачи по механике", "Задачи по оптике"]
    soup = BeautifulSoup(client.get(f"/ru/resources/?{text}").content, "html.parser")
    facet = soup.select_one("section[aria-labelledby=facet-reviewed]")
    assert BADGE_RU in facet.get_text() and "(2)" in facet.get_text()


@pytest.mark.parametrize("text", ["", "q=задачи"])
def test_the_database_sorts_by_score(client, reviewed_catalogue, text):
    found = titles(client, f"{text}&sort=score")
    assert found[:2] == ["Задачи по оптике", "Задачи по механике"]
    assert sorted(found[2:]) == ["Задачи по акустике", "Задачи по термодинамике"]


def test_the_api_filters_and_sorts_and_leaks_nothing(client, reviewed_catalogue):
    body = client.get("/api/search/?type=resource&reviewed=reviewed&sort=score&lang=ru").json()
    assert [r["title"] for r in body["results"]] == ["Задачи по оптике", "Задачи по механике"]
    assert body["facets"]["reviewed"] == {"reviewed": 2}
    everything = client.get("/api/search/?type=resource&lang=ru").json()
    assert "Задачи по электричеству" not in [r["title"] for r in everything["results"]]
    refused = client.get("/api/search/?type=resource&reviewed=yes&lang=ru")
    assert refused.status_code == 400

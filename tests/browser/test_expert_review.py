"""Expert review in a real browser, the admin in Russian and in English: an expert scores a
resource on the rubric from their dashboard, the office publishes it, and the badge
appears on the public page only after the resource's institution agrees."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect
from wagtail.models import WorkflowState

from association.models import ResourceReview
from association.models.reviews import rubric

from .. import factories
from .support import BROWSER_DB, LANGUAGES, log_in, log_out, t

pytestmark = BROWSER_DB

BADGE = "Reviewed by the association's experts"
# The expert's scores, criterion by criterion (the sixth does not apply).
SCORES = ["3", "2", "3", "2", "1", "na", "2", "3"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_expert_scores_a_resource_and_the_badge_appears_once_the_author_agrees(
    page, portal, language
):
    portal.speak(language)
    title = "Практикум по оптике"
    resource = factories.resource(portal.lyceum, title=title, live=False)
    resource.get_workflow().start(resource, portal.users["editor"])

    # The expert scores it from the dashboard, in the language the admin speaks to them.
    log_in(page, "expert")
    row = page.locator("tr", has=page.get_by_role("link", name=title))
    row.get_by_role("button", name=t(language, "Actions")).click()
    row.get_by_role("button", name=t(language, "Score on the rubric and approve")).click()
    modal = page.locator(".modal")
    for criterion, score in zip(rubric(), SCORES, strict=True):
        name = criterion.get_translation(portal.locale(language)).name
        modal.get_by_label(name, exact=True).select_option(score)
    modal.get_by_label(t(language, "Comment"), exact=True).fill("Ясно и полезно.")
    modal.get_by_role("button", name=t(language, "Score on the rubric and approve")).click()
    expect(row).to_have_count(0)
    log_out(page)
    review = ResourceReview.objects.get(page=resource)
    assert [score.score for score in review.scores.all()] == [3, 2, 3, 2, 1, None, 2, 3]

    # The office publishes it.
    log_in(page, "office")
    row = page.locator("tr", has=page.get_by_role("link", name=title))
    row.get_by_role("button", name=t(language, "Actions")).click()
    row.get_by_role("button", name=t(language, "Approve"), exact=True).click()
    expect(row).to_have_count(0)
    log_out(page)
    assert WorkflowState.objects.get(object_id=str(resource.pk)).status == "approved"
    resource.refresh_from_db()

    # Until the institution agrees the public sees nothing of the review.
    page.goto(resource.url)
    expect(page.get_by_role("heading", name=title)).to_be_visible()
    expect(page.get_by_text(t("ru", BADGE))).to_have_count(0)

    # The lyceum's editor agrees, from the resource's expert review page.
    log_in(page, "lyceum-editor")
    page.get_by_role("link", name=t(language, "Expert reviews")).click()
    page.get_by_role("link", name=title).click()
    expect(page.get_by_text("Ясно и полезно.")).to_be_visible()
    page.get_by_label(
        t(language, "We agree to publish the experts' composite review on the resource's page")
    ).check()
    page.get_by_role("button", name=t(language, "Save")).click()
    expect(page.locator(".messages")).to_contain_text(
        t(language, "The experts' review will be shown on the resource.")
    )
    log_out(page)

    # Now the visitor sees the badge, the overall score and the means per criterion.
    page.goto(resource.url)
    badge = page.get_by_role("link", name=t("ru", BADGE))
    expect(badge).to_be_visible()
    badge.click()
    review_box = page.locator("section[aria-labelledby=expert-review]")
    expect(review_box).to_contain_text("2,3")
    expect(review_box.locator("tbody tr")).to_have_count(8)
    expect(review_box.get_by_role("rowheader", name="Соответствие стандартам")).to_be_visible()

"""Expert review on the rubric: the rules (README, Expert review).

- The rubric is the default language's RubricCriterion rows, in order; `ensure_rubric`
  seeds the eight criteria open-educational-resource rubrics use, in every language.
- An expert scores a resource in the ExpertReviewTask's approve or request-changes form
  (`RubricForm`; it, the recording and the composite are in association/models/reviews.py):
  every criterion 0–3 or "not applicable", each with an optional comment, or none of them
  (a decision without a review). Only the task's reviewers reach the form: Wagtail offers
  its actions to the task's groups alone.
- Every scored decision is a ResourceReview, kept for the record. The composite takes
  each expert's latest review of the resource in any of its languages: the mean per
  criterion, the overall score (the mean of those means) and the number of experts.
- The composite is published on the resource only once its institution agrees
  (`may_consent`: the institution's own editors and administrators, or a superuser — not
  the office, not an expert, not another institution); `ReviewPublication` holds the
  consent and the figures listings filter and sort by, for every language of the resource.
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale

from core.localization import translate

from .models import ResourcePage
from .models.reviews import (
    ResourceReview,
    ReviewPublication,
    RubricCriterion,
    refresh_publication,
    translations,
)
from .permissions import active_user, institution_permission_policy, is_association_staff

# The eight criteria of the rubric, by default, in both languages (names written for the
# portal, after the criteria open-educational-resource rubrics use).
DEFAULT_RUBRIC = [
    (
        "Соответствие стандартам",
        "Alignment to standards",
        "Насколько материал соответствует образовательным стандартам и программам.",
        "How closely the material matches the educational standards and curricula.",
    ),
    (
        "Качество объяснения",
        "Quality of explanation",
        "Ясность и полнота изложения предмета.",
        "How clearly and completely the subject is explained.",
    ),
    (
        "Полезность материалов",
        "Utility of materials",
        "Насколько удобно использовать материал на занятии.",
        "How readily a teacher can use the material in class.",
    ),
    (
        "Качество оценочных заданий",
        "Quality of assessments",
        "Позволяют ли задания проверить достижение целей.",
        "Whether the assessments show that the goals were reached.",
    ),
    (
        "Интерактивность",
        "Interactivity",
        "Вовлекает ли материал обучающихся в активную работу.",
        "Whether the material engages learners actively.",
    ),
    (
        "Упражнения",
        "Exercises",
        "Достаточно ли упражнений для отработки.",
        "Whether there are enough exercises for practice.",
    ),
    (
        "Глубина освоения",
        "Deeper learning",
        "Развивает ли материал мышление, а не только запоминание.",
        "Whether the material develops reasoning beyond recall.",
    ),
    (
        "Доступность",
        "Accessibility",
        "Доступен ли материал людям с ограниченными возможностями здоровья.",
        "Whether the material is accessible to people with disabilities.",
    ),
]


def ensure_rubric(locales: dict[str, Locale]) -> None:
    """Seed the default rubric when there is none, translated into every other language
    (as the site's skeleton is: through wagtail-localize)."""
    default = settings.LANGUAGE_CODE
    if RubricCriterion.objects.exists() or default not in locales:
        return
    for position, (name_ru, name_en, text_ru, text_en) in enumerate(DEFAULT_RUBRIC, start=1):
        names = {"ru": (name_ru, text_ru), "en": (name_en, text_en)}
        name, text = names.get(default, names["ru"])
        criterion = RubricCriterion.objects.create(
            locale=locales[default], name=name, description=text, position=position
        )
        for code, locale in locales.items():
            if code != default and code in names:
                translate(criterion, locale, dict(zip((name, text), names[code], strict=True)))


# Consent -------------------------------------------------------------------------------


def may_consent(user, page: ResourcePage) -> bool:
    """Whether `user` may agree (or withdraw agreement) to publish the resource's review:
    its institution's own team, or a superuser."""
    if not active_user(user):
        return False
    if user.is_superuser:
        return True
    if not page.institution_id:
        return False
    own = institution_permission_policy.own_institutions(user, "view")
    return own.filter(pk=page.institution_id).exists()


def may_see_reviews(user, page: ResourcePage) -> bool:
    """Whether `user` may read the resource's reviews in the admin: the office, the
    experts, and those who may consent."""
    return may_see_all_reviews(user) or may_consent(user, page)


def may_see_all_reviews(user) -> bool:
    from .rights import EXPERTS

    return active_user(user) and (
        is_association_staff(user) or user.groups.filter(name=EXPERTS).exists()
    )


def visible_reviews(user):
    """The reviews `user` may read in the admin."""
    reviews = ResourceReview.objects.select_related("page", "page__institution")
    if may_see_all_reviews(user):
        return reviews
    if not active_user(user):
        return reviews.none()
    own = institution_permission_policy.own_institutions(user, "view")
    return reviews.filter(page__institution__in=own)


def consent(page: ResourcePage) -> bool:
    publication = getattr(page, "review_publication", None)
    return bool(publication and publication.consented)


@transaction.atomic
def set_consent(page: ResourcePage, user, agreed: bool) -> None:
    """Record the institution's agreement (or its withdrawal) for every language of the
    resource, and publish or withdraw the composite accordingly."""
    if not may_consent(user, page):
        raise PermissionDenied
    now = timezone.now()
    for each in translations(page):
        publication, _created = ReviewPublication.objects.get_or_create(page=each)
        publication.consented = agreed
        publication.consented_by = user
        publication.consented_at = now
        publication.save()
    refresh_publication(page)


def may_read_reviews_list(user) -> bool:
    """Whether the admin's list of reviews is for `user`: the office, the experts and the
    institutions' people (who see their own resources' reviews)."""
    if may_see_all_reviews(user):
        return True
    return (
        active_user(user) and institution_permission_policy.own_institutions(user, "view").exists()
    )

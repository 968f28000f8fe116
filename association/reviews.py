"""Expert review on the rubric: the rules (README, Expert review).

- The rubric is the default language's RubricCriterion rows, in order; `ensure_rubric`
  seeds the eight criteria open-educational-resource rubrics use, in every language.
- An expert scores a resource in the ExpertReviewTask's approve or request-changes form
  (`rubric_form`): every criterion 0–3 or "not applicable", each with an optional comment,
  or none of them (a decision without a review). Only the task's reviewers reach the form:
  Wagtail offers its actions to the task's groups alone.
- Every scored decision is a ResourceReview, kept for the record. The composite
  (`composite`) takes each expert's latest review of the resource in any of its languages:
  the mean per criterion, the overall score (the mean of those means) and the number of
  experts.
- The composite is published on the resource only once its institution agrees
  (`may_consent`: the institution's own editors and administrators, or a superuser — not
  the office, not an expert, not another institution); `ReviewPublication` holds the
  consent and the figures listings filter and sort by, for every language of the resource.
"""

from __future__ import annotations

from dataclasses import dataclass

from django import forms
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.forms import TaskStateCommentForm
from wagtail.models import Locale

from core.locales import active_locale_id, default_locale_id
from core.localization import translate

from .models import ResourcePage
from .models.reviews import (
    MAX_SCORE,
    SCORE_CHOICES,
    CriterionScore,
    ResourceReview,
    ReviewPublication,
    RubricCriterion,
)
from .permissions import institution_permission_policy

NOT_APPLICABLE = "na"

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


def rubric() -> list[RubricCriterion]:
    """The criteria experts score, in order (the default language's rows)."""
    return list(RubricCriterion.objects.filter(locale_id=default_locale_id()))


# Scoring ------------------------------------------------------------------------------


def localized_texts(criteria: list[RubricCriterion]) -> dict:
    """(name, description) of each criterion in the active language, by translation key
    (the criterion's own where it has no translation)."""
    texts = {c.translation_key: (c.name, c.description) for c in criteria}
    translated = RubricCriterion.objects.filter(
        locale_id=active_locale_id(), translation_key__in=list(texts)
    ).values_list("translation_key", "name", "description")
    texts.update({key: (name, description) for key, name, description in translated})
    return texts


def score_field(criterion: RubricCriterion) -> str:
    return f"rubric_score_{criterion.pk}"


def comment_field(criterion: RubricCriterion) -> str:
    return f"rubric_comment_{criterion.pk}"


class RubricForm(TaskStateCommentForm):
    """The expert's decision: a comment and, optionally, a score with a comment for every
    criterion of the rubric (all of them or none)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Wagtail's form names its field with `gettext` when it is imported, in whatever
        # language was active then: named again here, in the admin's language.
        self.fields["comment"].label = _("Comment")
        self.criteria = rubric()
        texts = localized_texts(self.criteria)
        choices = [
            ("", "—"),
            *[(str(value), label) for value, label in SCORE_CHOICES],
            (NOT_APPLICABLE, _("Not applicable")),
        ]
        for criterion in self.criteria:
            name, description = texts[criterion.translation_key]
            self.fields[score_field(criterion)] = forms.ChoiceField(
                label=name, choices=choices, required=False, help_text=description
            )
            self.fields[comment_field(criterion)] = forms.CharField(
                label=_("Comment on “%(criterion)s”") % {"criterion": name},
                required=False,
                widget=forms.Textarea({"rows": 1}),
            )

    def score_rows(self):
        """(criterion, score field, comment field) for the template."""
        return [
            (criterion, self[score_field(criterion)], self[comment_field(criterion)])
            for criterion in self.criteria
        ]

    def clean(self):
        cleaned = super().clean()
        given = [criterion for criterion in self.criteria if cleaned.get(score_field(criterion))]
        commented = any(cleaned.get(comment_field(criterion)) for criterion in self.criteria)
        if given or commented:
            for criterion in self.criteria:
                if not cleaned.get(score_field(criterion)):
                    self.add_error(
                        score_field(criterion),
                        _("Score this criterion too, or mark it not applicable."),
                    )
        return cleaned


def rubric_form() -> type[RubricForm]:
    return RubricForm


def _score(value: str) -> int | None:
    return None if value == NOT_APPLICABLE else min(int(value), MAX_SCORE)


@transaction.atomic
def record_review(
    task_state, user, action: str, comment: str, scores: dict
) -> ResourceReview | None:
    """Keep the expert's scored decision (nothing when they gave no scores)."""
    criteria = [criterion for criterion in rubric() if scores.get(score_field(criterion))]
    if not criteria:
        return None
    page = task_state.workflow_state.content_object.specific
    review = ResourceReview.objects.create(
        page=page,
        expert=user,
        expert_name=user.get_full_name() or user.get_username(),
        task_state=task_state,
        decision=(
            ResourceReview.Decision.APPROVED
            if action == "approve"
            else ResourceReview.Decision.CHANGES
        ),
        comment=comment,
    )
    CriterionScore.objects.bulk_create(
        CriterionScore(
            review=review,
            criterion=criterion,
            score=_score(scores[score_field(criterion)]),
            comment=scores.get(comment_field(criterion), ""),
        )
        for criterion in criteria
    )
    refresh_publication(page)
    return review


# The composite -------------------------------------------------------------------------


@dataclass(frozen=True)
class CriterionMean:
    criterion: RubricCriterion
    mean: float | None
    scored: int

    @property
    def percent(self) -> int:
        return round(100 * (self.mean or 0) / MAX_SCORE)


@dataclass(frozen=True)
class Composite:
    """What the experts' latest reviews of a resource add up to."""

    criteria: list[CriterionMean]
    overall: float | None
    experts: int
    max_score: int = MAX_SCORE


def latest_reviews(page: ResourcePage) -> list[ResourceReview]:
    """Each expert's latest review of the resource, in any of its languages."""
    reviews = (
        ResourceReview.objects.filter(page__translation_key=page.translation_key)
        .prefetch_related("scores")
        .order_by("-created_at", "-pk")
    )
    latest: dict = {}
    for review in reviews:
        latest.setdefault(review.expert_id or f"name:{review.expert_name}", review)
    return list(latest.values())


def composite(page: ResourcePage) -> Composite | None:
    """The composite review of a resource, None before any expert scored it."""
    reviews = latest_reviews(page)
    if not reviews:
        return None
    by_key: dict = {}
    for review in reviews:
        for score in review.scores.all():
            by_key.setdefault(score.criterion_id, []).append(score.score)
    means = []
    for criterion in rubric():
        given = [value for value in by_key.get(criterion.pk, []) if value is not None]
        mean = round(sum(given) / len(given), 2) if given else None
        means.append(CriterionMean(criterion, mean, len(given)))
    scored = [entry.mean for entry in means if entry.mean is not None]
    overall = round(sum(scored) / len(scored), 2) if scored else None
    return Composite(criteria=means, overall=overall, experts=len(reviews))


def published_review(page: ResourcePage) -> Composite | None:
    """The composite as the public sees it: only once the institution agreed."""
    publication = getattr(page, "review_publication", None)
    if publication is None or publication.status != ReviewPublication.REVIEWED:
        return None
    return composite(page)


def translations(page: ResourcePage) -> list[ResourcePage]:
    return list(ResourcePage.objects.filter(translation_key=page.translation_key))


@transaction.atomic
def refresh_publication(page: ResourcePage) -> None:
    """Bring the resource's publication rows (one per language) in step with its reviews
    and its institution's consent."""
    found = composite(page)
    for each in translations(page):
        publication, _created = ReviewPublication.objects.get_or_create(page=each)
        shown = publication.consented and found is not None and found.overall is not None
        publication.status = ReviewPublication.REVIEWED if shown else None
        publication.score = found.overall if shown else None
        publication.experts = found.experts if shown else 0
        publication.save()


# Consent -------------------------------------------------------------------------------


def _active(user) -> bool:
    return bool(user and user.is_authenticated and user.is_active)


def may_consent(user, page: ResourcePage) -> bool:
    """Whether `user` may agree (or withdraw agreement) to publish the resource's review:
    its institution's own team, or a superuser."""
    if not _active(user):
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
    from .permissions import is_association_staff
    from .rights import EXPERTS

    return _active(user) and (
        is_association_staff(user) or user.groups.filter(name=EXPERTS).exists()
    )


def visible_reviews(user):
    """The reviews `user` may read in the admin."""
    reviews = ResourceReview.objects.select_related("page", "page__institution")
    if may_see_all_reviews(user):
        return reviews
    if not _active(user):
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
    return _active(user) and institution_permission_policy.own_institutions(user, "view").exists()

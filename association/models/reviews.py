"""Expert review of resources on a rubric: the criteria (editable, translatable data), the
workflow task in which experts score a resource, every review they leave, and whether the
composite review is published on the resource (its institution's consent).

Here too what a review is made of: the rubric form, the recording of a scored decision and
the composite (`composite`, `published_review`). Who may consent and read reviews, and the
default rubric, are association/reviews.py's; the admin views association/views/reviews.py.
"""

from __future__ import annotations

from dataclasses import dataclass

from django import forms
from django.apps import apps
from django.conf import settings
from django.db import models, transaction
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.forms import TaskStateCommentForm
from wagtail.models import GroupApprovalTask, TaskState, TranslatableMixin

from core.locales import active_locale_id, default_locale_id

from .taxonomy import localized_names

# The rubric's scale: 0 to 3, or "not applicable" (stored as no score).
MAX_SCORE = 3
NOT_APPLICABLE = "na"
SCORE_CHOICES = [
    (3, _("3 — superior")),
    (2, _("2 — strong")),
    (1, _("1 — limited")),
    (0, _("0 — weak or none")),
]


class RubricCriterion(TranslatableMixin, models.Model):
    """One criterion of the rubric experts score resources on (alignment to standards,
    quality of explanation, …): one row per language sharing a `translation_key`, as the
    taxonomy terms. Scores are given on the default language's rows, in `position` order."""

    name = models.CharField(_("name"), max_length=150)
    description = models.TextField(
        _("what the expert looks at"),
        blank=True,
        help_text=_("Shown to experts beside the criterion when they score a resource"),
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    panels = [FieldPanel("name"), FieldPanel("description"), FieldPanel("position")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["position", "pk"]
        verbose_name = _("rubric criterion")
        verbose_name_plural = _("rubric criteria")

    def __str__(self) -> str:
        return self.name

    @property
    def localized_name(self) -> str:
        """The criterion's name in the active language (its own without a translation)."""
        names = localized_names(type(self))
        return names.get((self.translation_key, active_locale_id()), self.name)


class ExpertReviewTask(GroupApprovalTask):
    """The experts' step of resource moderation: a group approval whose approve and
    request-changes forms also score the resource on the rubric, with comments; every
    scored decision is kept as a ResourceReview."""

    class Meta:
        verbose_name = _("expert review on the rubric")
        verbose_name_plural = _("expert reviews on the rubric")

    def get_actions(self, obj, user):
        actions = super().get_actions(obj, user)
        return [
            (name, _("Score on the rubric and approve"), modal)
            if name == "approve" and modal
            else (name, label, modal)
            for name, label, modal in actions
        ]

    def get_form_for_action(self, action):
        return RubricForm

    def get_template_for_action(self, action):
        return "association/admin/rubric_action_modal.html"

    @transaction.atomic
    def on_action(self, task_state, user, action_name, **kwargs):
        """The review and the decision together, or neither."""
        scores = {name: kwargs.pop(name) for name in list(kwargs) if name.startswith("rubric_")}
        if action_name in ("approve", "reject"):
            record_review(task_state, user, action_name, kwargs.get("comment", ""), scores)
        return super().on_action(task_state, user, action_name, **kwargs)

    @classmethod
    def get_description(cls):
        return _("Members of the chosen groups approve, and score the resource on the rubric")


class ResourceReview(models.Model):
    """One expert's review of a resource: their decision, comment and scores, kept for the
    record (never edited, never deleted with a new one)."""

    class Decision(models.TextChoices):
        APPROVED = "approved", _("approved")
        CHANGES = "changes", _("changes requested")

    page = models.ForeignKey(
        "association.ResourcePage",
        verbose_name=_("resource"),
        on_delete=models.CASCADE,
        related_name="expert_reviews",
    )
    expert = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("expert"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # The name at the time, kept if the account is deleted.
    expert_name = models.CharField(_("expert's name"), max_length=255)
    task_state = models.ForeignKey(
        TaskState, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decision = models.CharField(_("decision"), max_length=20, choices=Decision.choices)
    comment = models.TextField(_("comment"), blank=True)
    created_at = models.DateTimeField(_("date"), auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("expert review")
        verbose_name_plural = _("expert reviews")

    def __str__(self) -> str:
        return f"{self.page.title} — {self.expert_name}"

    @property
    def mean_score(self) -> float | None:
        """The mean of this review's scores (criteria not applicable left out)."""
        given = [score.score for score in self.scores.all() if score.score is not None]
        return round(sum(given) / len(given), 2) if given else None


class CriterionScore(models.Model):
    """A review's score on one criterion; no score means "not applicable"."""

    review = models.ForeignKey(ResourceReview, on_delete=models.CASCADE, related_name="scores")
    criterion = models.ForeignKey(
        RubricCriterion,
        verbose_name=_("criterion"),
        on_delete=models.PROTECT,
        related_name="scores",
    )
    score = models.PositiveSmallIntegerField(_("score"), null=True, blank=True)
    comment = models.TextField(_("comment"), blank=True)

    class Meta:
        ordering = ["criterion__position", "criterion__pk"]
        constraints = [
            models.UniqueConstraint(fields=["review", "criterion"], name="one_score_per_criterion")
        ]

    def __str__(self) -> str:
        return f"{self.criterion}: {self.score if self.score is not None else '—'}"


class ReviewPublication(models.Model):
    """Whether a resource's composite review is published: its institution's consent,
    and the composite's figures that listings filter and sort by (kept in step by
    association.reviews.refresh_publication whenever a review or the consent changes).
    `status` is REVIEWED only when the institution agreed and experts scored it."""

    REVIEWED = "reviewed"
    STATUS_CHOICES = [(REVIEWED, _("Reviewed by the association's experts"))]

    page = models.OneToOneField(
        "association.ResourcePage",
        on_delete=models.CASCADE,
        related_name="review_publication",
    )
    consented = models.BooleanField(
        _("the institution agrees to publish the review"), default=False
    )
    consented_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    consented_at = models.DateTimeField(null=True, blank=True)
    status = models.CharField(
        max_length=20, choices=STATUS_CHOICES, null=True, blank=True, db_index=True
    )
    score = models.FloatField(null=True, blank=True, db_index=True)
    experts = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = _("publication of the expert review")

    def __str__(self) -> str:
        return f"{self.page_id}: {self.status or '—'}"


def resource_pages():
    """ResourcePage's manager (looked up: resources.py reads this module)."""
    return apps.get_model("association", "ResourcePage").objects


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


def latest_reviews(page) -> list[ResourceReview]:
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


def composite(page) -> Composite | None:
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


def published_review(page) -> Composite | None:
    """The composite as the public sees it: only once the institution agreed."""
    publication = getattr(page, "review_publication", None)
    if publication is None or publication.status != ReviewPublication.REVIEWED:
        return None
    return composite(page)


def translations(page) -> list:
    return list(resource_pages().filter(translation_key=page.translation_key))


@transaction.atomic
def refresh_publication(page) -> None:
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

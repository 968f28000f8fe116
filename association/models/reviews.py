"""Expert review of resources on a rubric: the criteria (editable, translatable data), the
workflow task in which experts score a resource, every review they leave, and whether the
composite review is published on the resource (its institution's consent).

The rules — who may score, who may consent, what the composite is — are in
association/reviews.py; the admin views in association/views/reviews.py.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import GroupApprovalTask, TaskState, TranslatableMixin

from .taxonomy import localized_names

# The rubric's scale: 0 to 3, or "not applicable" (stored as no score).
MAX_SCORE = 3
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
        from core.locales import active_locale_id

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
        from ..reviews import rubric_form

        return rubric_form()

    def get_template_for_action(self, action):
        return "association/admin/rubric_action_modal.html"

    def on_action(self, task_state, user, action_name, **kwargs):
        from ..reviews import record_review

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

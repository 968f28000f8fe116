"""Invitations to join an institution's team that wait for the invited person's consent."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class TeamInvitation(models.Model):
    """An offer of a role in an institution's team to someone who already has a role
    elsewhere on the portal (another team, the office, staff): they join only by
    accepting it, logged in as themselves, before it expires. Its link is signed
    (association.team), so the row holds no secret; it is answered once."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for an answer")
        ACCEPTED = "accepted", pgettext_lazy("team invitation", "Accepted")
        DECLINED = "declined", pgettext_lazy("team invitation", "Declined")

    ROLE_CHOICES = [("editor", _("editor")), ("admin", _("administrator"))]

    institution = models.ForeignKey(
        "association.Institution",
        verbose_name=_("institution"),
        on_delete=models.CASCADE,
        related_name="team_invitations",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("invited person"),
        on_delete=models.CASCADE,
        related_name="team_invitations",
    )
    role = models.CharField(_("role"), max_length=10, choices=ROLE_CHOICES)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("invited by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    sent_at = models.DateTimeField(_("sent"), default=timezone.now)
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)

    class Meta:
        verbose_name = _("team invitation")
        verbose_name_plural = _("team invitations")
        constraints = [
            # One open offer per person and team: inviting again renews it.
            models.UniqueConstraint(
                fields=["institution", "user"],
                condition=models.Q(status="pending"),
                name="one_pending_team_invitation",
            )
        ]

    def __str__(self) -> str:
        return f"{self.institution} ← {self.user} ({self.role})"

    @property
    def expires_at(self):
        return self.sent_at + timedelta(days=settings.PORTAL_TEAM_INVITATION_DAYS)

    @property
    def is_expired(self) -> bool:
        return timezone.now() >= self.expires_at

    @property
    def is_open(self) -> bool:
        return self.status == self.Status.PENDING and not self.is_expired

"""A catalogue import handed to the task queue: the uploaded file, who sent it for which
institution, how far the import has got, and its row-by-row report."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..import_rows import RowLabels
from .institutions import Institution


class ImportJob(models.Model):
    """One upload of a catalogue file, imported in the background (association.importjobs).

    The file is kept in the database, beside its job: it is never served as a media file,
    any worker process reads it, and it goes when the job is deleted. An institution has at
    most one queued or running job per file content (`content_hash`), which the database
    holds to even when two uploads of the same file arrive at once."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("queued")
        RUNNING = "running", _("running")
        DONE = "done", _("done")
        CANCELLED = "cancelled", _("cancelled")
        FAILED = "failed", _("failed")

    ACTIVE = (Status.QUEUED, Status.RUNNING)

    institution = models.ForeignKey(
        Institution, on_delete=models.CASCADE, related_name="import_jobs"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    file_name = models.CharField(_("file name"), max_length=255)
    content = models.BinaryField()
    content_hash = models.CharField(max_length=64)
    publish = models.BooleanField(default=False)
    create_missing_terms = models.BooleanField(default=False)
    dry_run = models.BooleanField(default=False)
    start_row = models.PositiveIntegerField(null=True, blank=True)
    # The language of the person who uploaded it: the report's reasons are in it.
    language = models.CharField(max_length=10, blank=True)

    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    cancel_requested = models.BooleanField(default=False)
    error = models.TextField(blank=True)
    warnings = models.JSONField(default=list, blank=True)
    total_rows = models.PositiveIntegerField(default=0)
    rows_done = models.PositiveIntegerField(default=0)
    created = models.PositiveIntegerField(default=0)
    updated = models.PositiveIntegerField(default=0)
    unchanged = models.PositiveIntegerField(default=0)
    rejected = models.PositiveIntegerField(default=0)

    created_at = models.DateTimeField(default=timezone.now)
    started_at = models.DateTimeField(null=True, blank=True)
    # When the runner last wrote a batch: a running job silent for long has lost its
    # worker (association.importjobs.cancel_job).
    heartbeat_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["institution", "content_hash"],
                condition=Q(status__in=["queued", "running"]),
                name="one_active_import_per_file",
            )
        ]

    def __str__(self) -> str:
        return f"{self.file_name} ({self.institution})"

    @property
    def active(self) -> bool:
        return self.status in self.ACTIVE

    @property
    def finished(self) -> bool:
        return not self.active

    @property
    def rows_left(self) -> int:
        return max(self.total_rows - self.rows_done, 0)

    @property
    def counts(self) -> dict[str, int]:
        return {
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "rejected": self.rejected,
        }

    def seconds_left(self) -> int | None:
        """The time the rows left should take at the pace so far (None before a pace)."""
        if self.status != self.Status.RUNNING or not self.started_at or not self.rows_done:
            return None
        elapsed = (timezone.now() - self.started_at).total_seconds()
        return round(elapsed / self.rows_done * self.rows_left)

    def time_left(self) -> str:
        """`seconds_left` for people: about so many seconds or minutes, or a dash."""
        seconds = self.seconds_left()
        if seconds is None:
            return "—"
        if seconds >= 90:
            return _("about %(minutes)d min") % {"minutes": round(seconds / 60)}
        return _("about %(seconds)d s") % {"seconds": max(seconds, 1)}

    def progress(self) -> dict:
        """What the progress page shows, as its JSON endpoint sends it."""
        return {
            "status": self.status,
            "status_label": str(self.get_status_display()),
            "cancel_requested": self.cancel_requested,
            "total_rows": self.total_rows,
            "rows_done": self.rows_done,
            "rows_left": self.rows_left,
            "seconds_left": self.seconds_left(),
            "time_left": str(self.time_left()),
            "finished": self.finished,
            "error": self.error,
            **self.counts,
        }


class ImportJobRow(RowLabels, models.Model):
    """One row of a job's report, written batch by batch as the import goes."""

    job = models.ForeignKey(ImportJob, on_delete=models.CASCADE, related_name="rows")
    number = models.PositiveIntegerField()
    external_id = models.CharField(max_length=255, blank=True)
    title = models.TextField(blank=True)
    status = models.CharField(max_length=10)
    reasons = models.JSONField(default=list, blank=True)
    notes = models.JSONField(default=list, blank=True)
    page_id = models.IntegerField(null=True, blank=True)
    publication = models.CharField(max_length=20, blank=True)

    class Meta:
        ordering = ["job", "number"]
        indexes = [models.Index(fields=["job", "number"])]

    def __str__(self) -> str:
        return f"{self.job_id}:{self.number}"

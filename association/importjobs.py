"""Catalogue imports as background jobs: an upload becomes an ImportJob, the task queue
runs it (`run_import_job`), and the admin's progress page and the command follow it.

`start_job` stores the file and enqueues the task; `run_job` is the one code path that
imports a job's file, whether the task queue or `manage.py import_resources` calls it. It
writes the counts and the report's rows after each batch of the importer, so that the
progress page shows them while the import goes on, and stops after a batch once the job
is cancelled.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from datetime import timedelta

from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django_tasks import task

from .importer import ImportFailed, ResourceImporter, RowResult, read_table
from .models import ImportJob, ImportJobRow, Institution

logger = logging.getLogger(__name__)

Status = ImportJob.Status


class DuplicateImport(Exception):
    """The institution already imports the same file; `job` is that import."""

    def __init__(self, job: ImportJob | None):
        super().__init__(_("This file is already being imported."))
        self.job = job


def content_hash(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def running_import_of(institution: Institution, digest: str) -> ImportJob | None:
    """The institution's queued or running import of the file whose hash is `digest`."""
    return ImportJob.objects.filter(
        institution=institution, content_hash=digest, status__in=ImportJob.ACTIVE
    ).first()


def create_job(
    institution: Institution,
    content: bytes,
    file_name: str,
    *,
    user=None,
    publish: bool = False,
    create_missing_terms: bool = False,
    dry_run: bool = False,
    start_row: int | None = None,
    language: str = "",
) -> ImportJob:
    """A queued job for `content`; DuplicateImport if the institution imports the same file
    already (the database's unique constraint decides when two uploads race)."""
    digest = content_hash(content)
    try:
        with transaction.atomic():
            return ImportJob.objects.create(
                institution=institution,
                user=user if user is not None and user.is_authenticated else None,
                file_name=file_name[:255],
                content=content,
                content_hash=digest,
                publish=publish,
                create_missing_terms=create_missing_terms,
                dry_run=dry_run,
                start_row=start_row,
                language=language or translation.get_language() or "",
            )
    except IntegrityError as error:
        raise DuplicateImport(running_import_of(institution, digest)) from error


def start_job(institution: Institution, content: bytes, file_name: str, **options) -> ImportJob:
    """Store the upload as a job and hand it to the task queue (after the commit, so that
    the worker finds it)."""
    job = create_job(institution, content, file_name, **options)
    transaction.on_commit(lambda: run_import_job.enqueue(job.pk))
    return job


# A running job that has written no batch for this long has lost its worker (stopped or
# restarted in the middle): cancelling it ends it at once, so that the file can be
# imported again. A batch takes seconds.
STALLED_AFTER = timedelta(minutes=10)


def cancel_job(job: ImportJob) -> None:
    """A queued job is cancelled at once; a running one stops after its current batch
    (the rows written so far stay, and the report lists them), or at once if it has
    stalled."""
    now = timezone.now()
    if ImportJob.objects.filter(pk=job.pk, status=Status.QUEUED).update(
        status=Status.CANCELLED, cancel_requested=True, finished_at=now
    ):
        return
    running = ImportJob.objects.filter(pk=job.pk, status=Status.RUNNING)
    if running.filter(heartbeat_at__lt=now - STALLED_AFTER).update(
        status=Status.CANCELLED, cancel_requested=True, finished_at=now
    ):
        return
    running.update(cancel_requested=True)


def _row(job: ImportJob, result: RowResult) -> ImportJobRow:
    return ImportJobRow(
        job=job,
        number=result.number,
        external_id=result.external_id[:255],
        title=result.title,
        status=result.status,
        reasons=[str(reason) for reason in result.reasons],
        notes=[str(note) for note in result.notes],
        page_id=result.page_id,
        publication=result.publication,
    )


def run_job(
    job_id: int, progress: Callable[[], None] | None = None, batch_size: int | None = None
) -> ImportJob:
    """Import the job's file (once: a job that is no longer queued is left as it is).
    `progress` is called after each row (the command's progress bar); `batch_size` is the
    importer's (association.importer.BATCH_SIZE by default)."""
    now = timezone.now()
    if not ImportJob.objects.filter(pk=job_id, status=Status.QUEUED).update(
        status=Status.RUNNING, started_at=now, heartbeat_at=now
    ):
        return ImportJob.objects.get(pk=job_id)
    job = ImportJob.objects.select_related("institution", "user").get(pk=job_id)
    with translation.override(job.language or None):
        try:
            _run(job, progress, batch_size)
        except Exception:
            logger.exception("Import job %s failed", job.pk)
            job.status = Status.FAILED
            job.error = _("The import stopped because of an internal error; see the server log.")
    job.finished_at = timezone.now()
    # The counts were written batch by batch; a cancellation asked for meanwhile is kept.
    ImportJob.objects.filter(pk=job.pk).update(
        status=job.status, error=job.error, warnings=job.warnings, finished_at=job.finished_at
    )
    job.refresh_from_db()
    return job


@task()
def run_import_job(job_id: int) -> dict:
    """The background task of an upload: `run_job` in the task worker."""
    job = run_job(job_id)
    return {"status": job.status, "rows_done": job.rows_done}


def _run(job: ImportJob, progress, batch_size: int | None) -> None:
    try:
        table = read_table(bytes(job.content), job.file_name)
        importer = ResourceImporter(
            job.institution,
            user=job.user,
            publish=job.publish,
            create_missing_terms=job.create_missing_terms,
            dry_run=job.dry_run,
            start_row=job.start_row,
            batch_size=batch_size,
        )
    except ImportFailed as error:
        job.status, job.error = Status.FAILED, str(error)
        return
    job.total_rows = sum(1 for number, _values in table.rows if number >= (job.start_row or 0))
    ImportJob.objects.filter(pk=job.pk).update(total_rows=job.total_rows)

    def on_batch(results: list[RowResult]) -> None:
        if job.dry_run:
            return  # inside the dry run's transaction: written after its rollback
        _record(job, results)

    def should_stop() -> bool:
        # (A dry run writes no heartbeat: the job's row is not to be touched inside its
        # transaction, which would hold the row's lock against a cancellation.)
        return ImportJob.objects.filter(pk=job.pk, cancel_requested=True).exists()

    report = importer.run(table, progress=progress, on_batch=on_batch, should_stop=should_stop)
    if job.dry_run:
        _record(job, report.rows)
    job.warnings = [str(warning) for warning in report.warnings]
    job.status = Status.CANCELLED if report.cancelled else Status.DONE


def _record(job: ImportJob, results: list[RowResult]) -> None:
    """Add a batch's rows to the report and its counts to the job's, in one transaction."""
    for result in results:
        job.rows_done += 1
        setattr(job, result.status, getattr(job, result.status) + 1)
    with transaction.atomic():
        ImportJobRow.objects.bulk_create([_row(job, result) for result in results])
        ImportJob.objects.filter(pk=job.pk).update(
            rows_done=job.rows_done,
            created=job.created,
            updated=job.updated,
            unchanged=job.unchanged,
            rejected=job.rejected,
            heartbeat_at=timezone.now(),
        )

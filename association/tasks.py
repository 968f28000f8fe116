"""Background tasks of the association app."""

from django_tasks import task


@task()
def run_import_job(job_id: int) -> dict:
    """Import the file of an ImportJob (association.importjobs.run_job)."""
    from .importjobs import run_job

    job = run_job(job_id)
    return {"status": job.status, "rows_done": job.rows_done}

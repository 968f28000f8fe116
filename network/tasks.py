"""Background tasks of the network app (django-tasks: inline in development and tests,
`manage.py db_worker` in production)."""

from decimal import Decimal

from django_tasks import task

from association.models import SeminarPage

from . import registration as registrations
from .attendance import run_issue, waiting_for_certificates
from .models import AttendanceIssue


@task()
def issue_attendance_certificates(issue_id: int) -> dict:
    """Issue an event's certificates of attendance and e-mail them (network/attendance.py);
    the AttendanceIssue row shows the progress."""
    issue = run_issue(AttendanceIssue.objects.get(pk=issue_id))
    return {"issued": issue.done, "mailed": issue.mailed}


def start_issue(seminar: SeminarPage, user, hours: Decimal) -> AttendanceIssue:
    """Record a bulk issue of the event's certificates and hand it to the task queue."""
    seminar = registrations.canonical(seminar)
    issue = AttendanceIssue.objects.create(
        seminar=seminar,
        hours=hours,
        requested_by=user,
        total=waiting_for_certificates(seminar).count(),
    )
    issue_attendance_certificates.enqueue(issue.pk)
    issue.refresh_from_db()
    return issue

"""Background tasks of the network app (django-tasks: inline in development and tests,
`manage.py db_worker` in production)."""

from django_tasks import task

from .models import AttendanceIssue


@task()
def issue_attendance_certificates(issue_id: int) -> dict:
    """Issue an event's certificates of attendance and e-mail them (network/attendance.py);
    the AttendanceIssue row shows the progress."""
    from .attendance import run_issue

    issue = run_issue(AttendanceIssue.objects.get(pk=issue_id))
    return {"issued": issue.done, "mailed": issue.mailed}

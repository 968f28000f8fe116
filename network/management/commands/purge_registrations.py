"""Delete the personal data of event registrations some time after each event."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from network.registration import purge_registrations


class Command(BaseCommand):
    help = (
        "Delete registrations for events that ended more than REGISTRATION_RETENTION_DAYS "
        "days ago (or --days). Run it daily, e.g. from cron."
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=None, help="override the setting")

    def handle(self, *args, days, **options):
        days = settings.PORTAL_REGISTRATION_RETENTION_DAYS if days is None else days
        if days < 0:
            raise CommandError("--days must not be negative.")
        deleted = purge_registrations(days)
        self.stdout.write(
            f"Deleted {deleted} registration(s) of events that ended over {days} days ago."
        )

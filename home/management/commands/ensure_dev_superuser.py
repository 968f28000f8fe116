"""Create the development superuser and print how to log in (development only)."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

USERNAME = "admin"
PASSWORD = "admin"


class Command(BaseCommand):
    help = "Create (or reset) the development superuser admin/admin. Refused unless DEBUG."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("The development superuser is only created with DEBUG on.")
        user, created = get_user_model().objects.get_or_create(
            username=USERNAME, defaults={"email": "admin@association.example"}
        )
        user.is_staff = user.is_superuser = user.is_active = True
        user.set_password(PASSWORD)
        user.save()
        base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        self.stdout.write(
            self.style.SUCCESS(
                f"Development superuser {'created' if created else 'ready'}: "
                f"log in at {base}/admin/ as {USERNAME} / {PASSWORD}"
            )
        )

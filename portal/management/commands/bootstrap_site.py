"""Create the portal's skeleton (locales, home pages, sections, site settings)."""

from django.core.management.base import BaseCommand

from portal.site_setup import ensure_site_structure


class Command(BaseCommand):
    help = (
        "Create the locales, the home page of each language, the sections of the URL scheme "
        "and the site settings. Safe to run again: existing pages are kept as they are."
    )

    def handle(self, *args, **options):
        sections = ensure_site_structure()
        self.stdout.write(
            self.style.SUCCESS(f"Site skeleton ready: {len(sections)} pages per language.")
        )

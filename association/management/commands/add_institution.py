"""Add a member institution with everything it needs (record, section, collection,
groups, rights, workflows), in one transaction."""

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_slug
from wagtail.models import Locale

from association.models import Institution, Region
from association.provisioning import ProvisioningError, provision_institution


class Command(BaseCommand):
    help = (
        "Add a member institution: its record, its section of the site in every language, "
        "its collection, its editors and administrators groups with their rights, and its "
        "moderation workflow."
    )

    def add_arguments(self, parser):
        parser.add_argument("slug", help="short Latin identifier, also the section's URL")
        parser.add_argument("--name", required=True, help="full name in Russian")
        parser.add_argument("--name-en", default="", help="name in English")
        parser.add_argument(
            "--kind",
            choices=[kind for kind, _label in Institution.Kind.choices],
            default=Institution.Kind.SCHOOL,
        )
        parser.add_argument("--region", default="", help="region name or slug")
        parser.add_argument(
            "--trusted",
            action="store_true",
            help="its administrators approve and publish their own content",
        )

    def handle(self, *args, slug, name, name_en, kind, region, trusted, **options):
        try:
            validate_slug(slug)
        except ValidationError as error:
            raise CommandError(f"“{slug}” is not a valid slug: {error.messages[0]}") from error
        region_record = None
        if region:
            regions = Region.objects.filter(locale=Locale.get_default())
            region_record = (
                regions.filter(slug=region).first() or regions.filter(name__iexact=region).first()
            )
            if region_record is None:
                known = ", ".join(regions.values_list("name", flat=True)) or "none yet"
                raise CommandError(f"Unknown region “{region}”. Known regions: {known}.")
        try:
            provisioned = provision_institution(
                slug, name, name_en=name_en, kind=kind, region=region_record, trusted=trusted
            )
        except ProvisioningError as error:
            raise CommandError(str(error)) from error
        institution = provisioned.institution
        self.stdout.write(
            self.style.SUCCESS(
                f"Added {institution.name} ({institution.slug}): section "
                f"{provisioned.page.url_path}, collection “{provisioned.collection.name}”, "
                f"groups “{institution.editors_group.name}” and “{institution.admins_group.name}”."
            )
        )

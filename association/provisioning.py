"""Adding a member institution: its record, its section of the site and its collection,
created together or not at all."""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import override
from wagtail.models import Collection, Locale

from .models import (
    Institution,
    InstitutionIndexPage,
    InstitutionPage,
    NewsIndexPage,
    ResourceIndexPage,
    SeminarIndexPage,
)

# The sub-sections every institution's section starts with: (slug, page type, title msgid).
SECTION_PAGES = [
    ("news", NewsIndexPage, "News"),
    ("seminars", SeminarIndexPage, "Events"),
    ("resources", ResourceIndexPage, "Resources"),
]


class ProvisioningError(Exception):
    """The institution cannot be added as asked; the message says why."""


@dataclass
class ProvisionedInstitution:
    institution: Institution
    page: InstitutionPage
    collection: Collection


def institution_directory(locale: Locale | None = None) -> InstitutionIndexPage:
    locale = locale or Locale.get_default()
    directory = InstitutionIndexPage.objects.filter(locale=locale).first()
    if directory is None:
        raise ProvisioningError(
            "There is no institution directory page yet; run `manage.py bootstrap_site` first."
        )
    return directory


@transaction.atomic
def provision_institution(
    slug: str, name: str, *, intro: str = "", publish: bool = True, **fields
) -> ProvisionedInstitution:
    """Create an institution with its section (news, events and resources sub-sections)
    and its collection for documents and images."""
    if Institution.objects.filter(slug=slug).exists():
        raise ProvisioningError(f"An institution with the slug “{slug}” already exists.")
    directory = institution_directory()
    if directory.get_children().filter(slug=slug).exists():
        raise ProvisioningError(f"The directory already has a page at “{slug}/”.")

    collection = Collection.get_first_root_node().add_child(name=name)
    institution = Institution.objects.create(slug=slug, name=name, collection=collection, **fields)
    page = directory.add_child(
        instance=InstitutionPage(
            title=name, slug=slug, institution=institution, intro=intro, live=publish
        )
    )
    if publish:
        page.save_revision().publish()
    else:
        page.save_revision()
    language = directory.locale.language_code
    for section_slug, model, title in SECTION_PAGES:
        with override(language):
            section = model(title=_(title), slug=section_slug, show_in_menus=True, live=publish)
        page.add_child(instance=section)
        if publish:
            section.save_revision().publish()
    page.refresh_from_db()
    return ProvisionedInstitution(institution=institution, page=page, collection=collection)

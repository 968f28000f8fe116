"""Adding, suspending and removing a member institution.

Adding creates everything at once or nothing: the record, its section of the site (in every
language), its collection, its two groups with their rights, and its moderation workflows.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop, override
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.log_actions import log
from wagtail.models import Collection, Locale, Page
from wagtail_localize.synctree import create_aliases_for_new_page

from .models import (
    Institution,
    InstitutionIndexPage,
    InstitutionPage,
    NewsIndexPage,
    ResourceIndexPage,
    SeminarIndexPage,
)
from .models.institutions import common_name
from .rights import apply_institution_rights

# The sub-sections every institution's section starts with: (slug, page type, title msgid).
SECTION_PAGES = [
    ("news", NewsIndexPage, gettext_noop("News")),
    ("seminars", SeminarIndexPage, gettext_noop("Events")),
    ("resources", ResourceIndexPage, gettext_noop("Resources")),
]

# First path segments of the Institutions admin; an institution slug must not take one.
RESERVED_SLUGS = {
    "add",
    "edit",
    "delete",
    "history",
    "usage",
    "inspect",
    "copy",
    "results",
    "chooser",
    "revisions",
    "workflow",
    "unpublish",
    "lock",
    "unlock",
    "preview",
    "reorder",
    "mine",
}


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
            _("There is no institution directory yet; run “manage.py bootstrap_site” first.")
        )
    return directory


@transaction.atomic
def provision_institution(
    slug: str, name: str, *, intro: str = "", publish: bool = True, actor=None, **fields
) -> ProvisionedInstitution:
    """Create an institution with its section (news, events and resources sub-sections)
    and its collection for documents and images."""
    if slug in RESERVED_SLUGS:
        raise ProvisioningError(
            _("“%(slug)s” is reserved by the admin; choose another slug.") % {"slug": slug}
        )
    if Institution.objects.filter(slug=slug).exists():
        raise ProvisioningError(
            _("An institution with the slug “%(slug)s” already exists.") % {"slug": slug}
        )
    directory = institution_directory()
    if directory.get_children().filter(slug=slug).exists():
        raise ProvisioningError(
            _("The institution directory already has a page at “%(slug)s/”.") % {"slug": slug}
        )

    collection = Collection.get_first_root_node().add_child(name=name)
    institution = Institution.objects.create(slug=slug, name=name, collection=collection, **fields)
    page = directory.add_child(
        instance=InstitutionPage(
            title=common_name(name),
            slug=slug,
            institution=institution,
            intro=intro,
            live=publish,
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
    # Mirror the new section into the other languages' trees now, as wagtail-localize does
    # for pages created in the admin, so that rights can cover every language at once.
    create_aliases_for_new_page(page)
    for section in page.get_children():
        create_aliases_for_new_page(section)
    apply_institution_rights(institution)
    log(instance=institution, action="wagtail.create", user=actor)
    return ProvisionedInstitution(institution=institution, page=page, collection=collection)


@transaction.atomic
def set_institution_status(institution: Institution, status: str, actor=None) -> None:
    """Suspend or reinstate an institution. Suspension withdraws its people's rights and
    leaves every page as it is, published or not."""
    institution.status = status
    institution.save(update_fields=["status"])
    apply_institution_rights(institution)
    log(instance=institution, action="wagtail.edit", user=actor, data={"status": status})


def institution_content(institution: Institution) -> dict[str, int]:
    """What the institution has made beyond the skeleton provisioning created."""
    sections = InstitutionPage.objects.filter(institution=institution)
    pages = 0
    for section in sections:
        pages += section.get_descendants().exclude(depth=section.depth + 1).count()
        pages += (
            section.get_children()
            .exclude(
                content_type__in=[
                    ContentType.objects.get_for_model(model)
                    for _slug, model, _title in SECTION_PAGES
                ]
            )
            .count()
        )
    documents = images = 0
    if institution.collection_id:
        documents = Document.objects.filter(collection=institution.collection).count()
        images = Image.objects.filter(collection=institution.collection).count()
    return {"pages": pages, "documents": documents, "images": images}


@transaction.atomic
def delete_institution(institution: Institution) -> None:
    """Remove an institution that has no content of its own yet; refuse otherwise."""
    content = institution_content(institution)
    if any(content.values()):
        raise ProvisioningError(
            _(
                "%(name)s still has %(pages)d page(s), %(documents)d document(s) and "
                "%(images)d image(s); move or delete them first, or suspend the institution "
                "instead."
            )
            % {"name": institution.name, **content}
        )
    section_ids = list(
        InstitutionPage.objects.filter(institution=institution).values_list("pk", flat=True)
    )
    for section_id in section_ids:
        # Deleting a page removes its subtree and its aliases, so look each one up afresh.
        section = Page.objects.filter(pk=section_id).first()
        if section is not None:
            section.delete()
    groups = [group for group in (institution.editors_group, institution.admins_group) if group]
    collection = institution.collection
    institution.delete()
    for group in groups:
        group.delete()
    if collection is not None:
        collection.delete()

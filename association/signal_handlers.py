"""Keep an institution's rights in step with its pages in other languages."""

from __future__ import annotations

from django.db import transaction
from django.db.models.signals import post_save

from .models import InstitutionPage, ResourceIndexPage


def _reapply_on_commit(institution) -> None:
    from .rights import apply_institution_rights

    def reapply():
        institution.refresh_from_db()
        apply_institution_rights(institution)

    transaction.on_commit(reapply)


def section_page_created(sender, instance, created, raw=False, **kwargs):
    """A section or resource list that appears in another language (a translation or an
    alias) needs the same rights and workflow as the original."""
    if not created or raw:
        return
    section = instance if isinstance(instance, InstitutionPage) else None
    if section is None:
        section = InstitutionPage.objects.ancestor_of(instance).first()
    if section is not None and section.institution_id and section.institution.editors_group_id:
        _reapply_on_commit(section.institution)


def register_signal_handlers() -> None:
    for model in (InstitutionPage, ResourceIndexPage):
        post_save.connect(section_page_created, sender=model, dispatch_uid=f"rights-{model}")

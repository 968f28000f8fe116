"""Persistent addresses of resources: `/r/<number>/` names a resource whatever becomes of
its page's URL (a new slug, a move to another section), and a DOI is made from the same
number where the association has a DOI prefix (settings.PORTAL_DOI_PREFIX; the portal
registers nothing, it only prints the DOI).

The number is the id of the resource's page in the default language, the tree every other
language mirrors: a translation and an alias are cited by their original's number, so a
resource has one address and one DOI in every language."""

from __future__ import annotations

from django.conf import settings
from wagtail.models import Page

from core import pagecache
from core.locales import default_locale_id


def persistent_id(page: Page) -> int:
    """The number of the resource `page` shows (its own, its original's for an alias or a
    translation)."""
    if page.alias_of_id:
        return page.alias_of_id
    if page.locale_id == default_locale_id():
        return page.pk

    def original() -> int:
        found = (
            Page.objects.filter(
                translation_key=page.translation_key,
                locale_id=default_locale_id(),
                alias_of__isnull=True,
            )
            .values_list("pk", flat=True)
            .first()
        )
        return found or page.pk

    return pagecache.remembered("persistent-id", original, page.pk)


def doi(number: int) -> str | None:
    """The resource's DOI, None without a prefix: `10.12345` gives `10.12345/42`; a prefix
    with a suffix's beginning, `10.12345/portal.`, gives `10.12345/portal.42`."""
    prefix = getattr(settings, "PORTAL_DOI_PREFIX", "")
    if not prefix:
        return None
    return f"{prefix}{number}" if "/" in prefix else f"{prefix}/{number}"

"""The locales' ids by language, without a query per use.

`Locale.get_active()` and `Locale.get_default()` query the database every time, and a
page asks for them from many places (site settings, taxonomy names, certificates, the
language switcher). Locales are a handful of rows that change only when the site's
languages do, which starts a new content generation: each process keeps them until then
(core.pagecache.remembered).
"""

from __future__ import annotations

from django.conf import settings
from django.utils import translation
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale

from . import pagecache


def locale_ids() -> dict[str, int]:
    """Locale ids by language code."""
    return pagecache.remembered(
        "locale-ids", lambda: dict(Locale.objects.values_list("language_code", "pk"))
    )


def locale_id(language_code: str) -> int | None:
    """The id of the locale of `language_code` (or of its supported variant)."""
    try:
        code = get_supported_content_language_variant(language_code)
    except LookupError:
        return None
    return locale_ids().get(code)


def default_locale_id() -> int | None:
    """The id of `Locale.get_default()`."""
    return locale_id(settings.LANGUAGE_CODE)


def active_locale_id() -> int | None:
    """The id of `Locale.get_active()`: the active language's, else the default one's."""
    return locale_id(translation.get_language() or settings.LANGUAGE_CODE) or default_locale_id()


def language_code(locale_pk: int) -> str | None:
    """The language code of the locale with this id."""
    for code, pk in locale_ids().items():
        if pk == locale_pk:
            return code
    return None

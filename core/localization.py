"""Creating translations through wagtail-localize from known strings.

Used where translations are written in code (the demo network, the site skeleton) so that
they are ordinary wagtail-localize translations: editors see them in the translation
editor, and later changes to the source sync into them.
"""

from __future__ import annotations

import html
from collections.abc import Mapping

from django.db import models, transaction
from wagtail.models import DraftStateMixin, Locale
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)


@transaction.atomic
def translate(
    instance: models.Model, locale: Locale, strings: Mapping[str, str], publish: bool = True
) -> models.Model:
    """Translate `instance` into `locale`, giving each source text its translation.

    `strings` maps source texts (plain text, as the editor typed them) to translated texts.
    Texts without a translation stay in the source language, as in wagtail-localize's own
    editor. Returns the translated instance.
    """
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    segments = StringSegment.objects.filter(source=source).select_related("string")
    for segment in segments:
        translated = strings.get(html.unescape(segment.string.data))
        if translated is None:
            continue
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context_id=segment.context_id,
            defaults={
                "data": html.escape(translated, quote=False),
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
            },
        )
    # Publish here rather than on commit (as wagtail-localize's own save does), so that the
    # translation is live as soon as this returns, inside a transaction as well.
    has_drafts = isinstance(instance, DraftStateMixin)
    translated, _created = source.create_or_update_translation(
        locale, publish=not has_drafts, fallback=True, copy_parent_pages=True
    )
    if publish and has_drafts:
        translated.get_latest_revision().publish()
        translated.refresh_from_db()
    return translated

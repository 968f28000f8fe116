"""The Russian interface catalogue is complete and compiles."""

from __future__ import annotations

from pathlib import Path

import polib
from django.conf import settings


def test_every_interface_string_has_a_russian_translation():
    catalogue = polib.pofile(str(Path(settings.BASE_DIR) / "locale/ru/LC_MESSAGES/django.po"))
    missing = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]
    assert missing == [] and fuzzy == []
    for entry in catalogue.translated_entries():
        if entry.msgid_plural:
            assert len(entry.msgstr_plural) == 4, entry.msgid

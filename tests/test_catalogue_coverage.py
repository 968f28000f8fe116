"""The Russian interface is whole: every message the project's own code and templates
mark for translation has a Russian translation in the catalogue, so no English string
shows through on the Russian site or in the Russian admin."""

from __future__ import annotations

import ast
import gettext
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.utils.translation.template import templatize

ROOT = Path(__file__).resolve().parents[1]
APPS = ["activity", "association", "core", "demo", "home", "network", "portal", "search"]
CATALOGUE = ROOT / "locale" / "ru" / "LC_MESSAGES" / "django.mo"
# The position of context, message and plural among each marking function's arguments.
MARKERS = {
    "_": (None, 0, None),
    "gettext": (None, 0, None),
    "gettext_lazy": (None, 0, None),
    "gettext_noop": (None, 0, None),
    "ngettext": (None, 0, 1),
    "ngettext_lazy": (None, 0, 1),
    "pgettext": (0, 1, None),
    "pgettext_lazy": (0, 1, None),
    "npgettext": (0, 1, 2),
    "npgettext_lazy": (0, 1, 2),
}
Message = tuple[str | None, str, bool, str]  # context, msgid, has a plural, where


def python_messages(path: Path) -> Iterator[Message]:
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
        if name not in MARKERS:
            continue
        context, message, plural = MARKERS[name]
        strings = [
            argument.value
            if isinstance(argument, ast.Constant) and isinstance(argument.value, str)
            else None
            for argument in node.args
        ]
        if len(strings) > message and strings[message] is not None:
            yield (
                strings[context] if context is not None else None,
                strings[message],
                plural is not None,
                f"{path}:{node.lineno}",
            )


# templatize() turns {% translate %} and {% blocktranslate %} into gettext calls among
# filler; their arguments are Python string literals.
TEMPLATE_CALL = re.compile(r"\b(n?p?gettext)\(")
STRING = re.compile(r"\s*(u'(?:[^'\\]|\\.)*'),?")


def template_messages(path: Path) -> Iterator[Message]:
    code = templatize(path.read_text(encoding="utf-8"), origin=str(path))
    for call in TEMPLATE_CALL.finditer(code):
        arguments, position = [], call.end()
        while match := STRING.match(code, position):
            arguments.append(ast.literal_eval(match.group(1)))
            position = match.end()
        context, message, plural = MARKERS[call.group(1)]
        if len(arguments) > message:
            where = f"{path}:{code.count(chr(10), 0, call.start()) + 1}"
            yield (
                (arguments[context] if context is not None else None),
                arguments[message],
                plural is not None,
                where,
            )


def project_messages() -> list[Message]:
    found = []
    for app in APPS:
        for path in sorted((ROOT / app).rglob("*.py")):
            if "migrations" not in path.parts:
                found.extend(python_messages(path))
    for path in sorted((ROOT / "templates").rglob("*.html")):
        found.extend(template_messages(path))
    return found


def test_every_message_of_the_project_has_a_russian_translation():
    catalogue = gettext.GNUTranslations(CATALOGUE.open("rb"))._catalog
    messages = project_messages()
    assert len(messages) > 500  # the extraction found the project's messages at all
    untranslated = sorted(
        {
            (message, where)
            for context, message, plural, where in messages
            if not (
                catalogue.get((f"{context}\x04{message}" if context else message, 0))
                if plural
                else catalogue.get(f"{context}\x04{message}" if context else message)
            )
        }
    )
    assert not untranslated, "\n".join(f"{where}: {message!r}" for message, where in untranslated)


@pytest.mark.parametrize(
    "template, expected",
    [
        ("{% load i18n %}{% translate 'Alpha' %}", {"Alpha"}),
        (
            "{% load i18n %}{% blocktranslate count counter=n %}{{ counter }} beta"
            "{% plural %}{{ counter }} betas{% endblocktranslate %}",
            {"%(counter)s beta"},
        ),
        ("{% load i18n %}{% translate 'Gamma' context 'greek' %}", {"Gamma"}),
    ],
)
def test_the_extraction_reads_what_templates_mark(tmp_path, template, expected):
    path = tmp_path / "sample.html"
    path.write_text(template, encoding="utf-8")
    assert {message for _context, message, _plural, _where in template_messages(path)} == expected

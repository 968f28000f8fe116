"""What may be uploaded: documents are checked by their content, not only by their name.

A file whose content does not match its extension (an executable renamed to .pdf, a web
page renamed to .docx) is refused with a message saying what it looks like instead.
Images are checked by Wagtail itself (their content must decode as the format their name
says; SVG is not accepted at all, see WAGTAILIMAGES_EXTENSIONS).
"""

from __future__ import annotations

import io
import zipfile

import filetype
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from wagtail.documents.forms import BaseDocumentForm

OOXML_PARTS = {"docx": "word/", "xlsx": "xl/", "pptx": "ppt/"}
OPENDOCUMENT_TYPES = {
    "odt": "application/vnd.oasis.opendocument.text",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "odp": "application/vnd.oasis.opendocument.presentation",
}
TEXT_EXTENSIONS = {"txt", "csv"}


def describe(head: bytes) -> str:
    kind = filetype.guess(head)
    if kind is not None:
        return kind.extension.upper()
    if head.lstrip()[:1] == b"<":
        return "HTML/XML"
    return _("unknown data")


def _zip_names(data: bytes) -> list[str] | None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return archive.namelist()
    except zipfile.BadZipFile:
        return None


def _opendocument_type(data: bytes) -> str | None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return archive.read("mimetype").decode("ascii", "replace").strip()
    except (zipfile.BadZipFile, KeyError):
        return None


def content_matches(data: bytes, extension: str) -> bool:
    """Whether `data` is really a file of the kind `extension` names."""
    head = data[:8192]
    if extension == "pdf":
        return head.startswith(b"%PDF-")
    if extension == "rtf":
        return head.startswith(b"{\\rtf")
    if extension in OOXML_PARTS:
        names = _zip_names(data)
        return (
            bool(names)
            and "[Content_Types].xml" in names
            and any(name.startswith(OOXML_PARTS[extension]) for name in names)
        )
    if extension in OPENDOCUMENT_TYPES:
        return _opendocument_type(data) == OPENDOCUMENT_TYPES[extension]
    if extension == "zip":
        return _zip_names(data) is not None
    if extension in TEXT_EXTENSIONS:
        if b"\x00" in head:
            return False
        for encoding in ("utf-8", "cp1251"):
            try:
                head.decode(encoding)
            except UnicodeDecodeError:
                continue
            return not head.lstrip().lower().startswith((b"<!doctype", b"<html", b"<script"))
        return False
    return False


def check_document(uploaded) -> None:
    name = uploaded.name or ""
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    position = uploaded.tell() if hasattr(uploaded, "tell") else 0
    uploaded.seek(0)
    data = uploaded.read()
    uploaded.seek(position)
    if not content_matches(data, extension):
        raise ValidationError(
            _(
                "The file “%(name)s” is not a real %(extension)s file (its content looks "
                "like %(found)s). Save it in the right format and upload it again."
            )
            % {"name": name, "extension": extension.upper() or "?", "found": describe(data[:8192])},
            code="content_mismatch",
        )


class DocumentForm(BaseDocumentForm):
    """Wagtail's document form with the content check (WAGTAILDOCS_DOCUMENT_FORM_BASE)."""

    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if uploaded and "file" in self.changed_data:
            check_document(uploaded)
        return uploaded

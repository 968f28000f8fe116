"""Uploads are checked by content; documents are served safely."""

from __future__ import annotations

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Collection

from demo.documents import make_docx, make_xlsx

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin(client):
    user = get_user_model().objects.create_superuser("root", "root@example.ru", "pw")
    client.force_login(user)
    return client


def upload_document(client, name: str, data: bytes):
    return client.post(
        "/admin/documents/add/",
        {
            "title": name,
            "file": SimpleUploadedFile(name, data),
            "collection": Collection.get_first_root_node().pk,
        },
    )


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("plan.docx", make_docx("План урока", ["Автор"], ["Текст"])),
        ("tasks.xlsx", make_xlsx("Задания", [("1", "2")])),
        ("guide.pdf", b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF"),
        ("data.csv", "номер,задание\n1,дроби\n".encode()),
        ("notes.txt", "Заметки для учителя".encode("cp1251")),
    ],
)
def test_real_documents_are_accepted(admin, name, data):
    response = upload_document(admin, name, data)
    assert response.status_code == 302
    assert Document.objects.filter(title=name).exists()


@pytest.mark.parametrize(
    ("name", "data", "looks_like"),
    [
        ("guide.pdf", b"<html><script>alert(1)</script></html>", "HTML"),
        ("plan.docx", b"MZ\x90\x00\x03\x00\x00\x00\x04\x00" + b"\x00" * 200, "EXE"),
        ("plan.docx", make_xlsx("Не документ Word", [("1",)]), None),
        ("data.csv", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "PNG"),
        ("notes.txt", b"<!DOCTYPE html><html></html>", None),
    ],
)
def test_documents_whose_content_does_not_match_are_refused(admin, name, data, looks_like):
    response = upload_document(admin, name, data)
    assert response.status_code == 200
    errors = response.context["form"].errors["file"]
    assert name in errors[0]
    if looks_like:
        assert looks_like in errors[0]
    assert not Document.objects.exists()


def test_forbidden_extensions_are_refused(admin):
    response = upload_document(admin, "setup.exe", b"MZ" + b"\x00" * 100)
    assert response.status_code == 200 and "file" in response.context["form"].errors
    assert not Document.objects.exists()


def test_oversized_documents_get_a_clear_message(admin, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1024
    response = upload_document(admin, "big.txt", b"x" * 4096)
    assert response.status_code == 200
    assert "file" in response.context["form"].errors
    assert not Document.objects.exists()


def png_bytes() -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", (8, 8), "teal").save(buffer, "PNG")
    return buffer.getvalue()


def upload_image(client, name: str, data: bytes):
    return client.post(
        "/admin/images/add/",
        {
            "title": name,
            "file": SimpleUploadedFile(name, data),
            "collection": Collection.get_first_root_node().pk,
        },
    )


def test_images_are_checked_and_svg_is_refused(admin):
    assert upload_image(admin, "ok.png", png_bytes()).status_code == 302
    svg = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    for name, data in (("drawing.svg", svg), ("fake.png", b"not an image at all")):
        response = upload_image(admin, name, data)
        assert response.status_code == 200, name
        assert "file" in response.context["form"].errors, name
    assert Image.objects.count() == 1


def test_documents_are_served_as_downloads_with_nosniff(admin, client):
    upload_document(admin, "plan.docx", make_docx("План", ["Автор"], ["Текст"]))
    document = Document.objects.get()
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"

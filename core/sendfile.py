"""A SENDFILE_BACKEND for nginx (Wagtail's document view and core.files.serve_media use
it): the portal checks who asks, nginx sends the bytes from an `internal` location
(X-Accel-Redirect), so that large files keep no gunicorn worker busy. Production turns it
on with MEDIA_ACCEL_REDIRECT (deploy/nginx.conf has the location)."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

from django.conf import settings
from django.http import HttpRequest, HttpResponse


def sendfile(request: HttpRequest, filename: str, **kwargs) -> HttpResponse:
    """An empty response that tells nginx which file under MEDIA_ROOT to send."""
    relative = Path(filename).resolve().relative_to(Path(settings.MEDIA_ROOT).resolve())
    prefix = settings.PORTAL_MEDIA_ACCEL_REDIRECT.rstrip("/")
    response = HttpResponse()
    response["X-Accel-Redirect"] = f"{prefix}/{quote(relative.as_posix())}"
    return response

"""/oai/: the OAI-PMH endpoint (harvest/protocol.py), and the schema of its `lom` format."""

from __future__ import annotations

from pathlib import Path

from django.http import FileResponse, HttpRequest, HttpResponse
from django.utils.cache import patch_cache_control
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods

from .protocol import response

SCHEMAS = Path(__file__).resolve().parent / "schemas"


@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def oai(request: HttpRequest) -> HttpResponse:
    """A protocol request, by GET or by a form POST (both are the protocol's)."""
    params = request.POST if request.method == "POST" else request.GET
    answer = HttpResponse(
        response(request, {name: params.getlist(name) for name in params}),
        content_type="text/xml; charset=utf-8",
    )
    # Every answer says when it was made (responseDate), which harvesters take as the
    # start of their next harvest: never a stored copy.
    patch_cache_control(answer, no_store=True)
    return answer


@require_GET
def lom_schema(request: HttpRequest) -> FileResponse:
    """The XML schema of the `lom` format (the subset of IEEE LOM the records use)."""
    return FileResponse(
        (SCHEMAS / "lom.xsd").open("rb"), content_type="application/xml; charset=utf-8"
    )

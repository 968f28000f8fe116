"""The cooperation graph's JSON endpoint."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, JsonResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from ..graph import GraphFilterForm, build_graph


@require_GET
def graph_data(request: HttpRequest) -> JsonResponse:
    """`GET /api/network/graph/?lang=ru&kind=programme,seminar&region=<slug>`:
    `{"nodes": […], "edges": […], "kinds": […], "regions": […], "filters": {…}}`.
    Bad parameters get 400 with a reason per parameter."""
    language = request.GET.get("lang") or settings.LANGUAGE_CODE
    form = GraphFilterForm.from_query(request.GET)
    errors = {}
    if language not in dict(settings.LANGUAGES):
        errors["lang"] = [_("Unknown language: %(value)s.") % {"value": language}]
    if not form.is_valid():
        errors.update(
            {name: [str(message) for message in messages] for name, messages in form.errors.items()}
        )
    if errors:
        return JsonResponse({"detail": _("Invalid parameters."), "errors": errors}, status=400)
    filters = form.filters()
    graph = build_graph(language, filters["kinds"], filters["region"])
    response = JsonResponse(graph, json_dumps_params={"ensure_ascii": False})
    response["Cache-Control"] = "public, max-age=60"
    return response

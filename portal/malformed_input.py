"""Requests no view can answer, refused before they reach one: the portal's views, the
API and the Wagtail and Django admin views it exposes read identifiers from the path, the
query string and the form as they come, and a value no row can have (a number past what
the database stores, a NUL, letters where an id goes) or a form missing a field the view
reads would make them fail with a server error. The client gets a 404 for a path that
names nothing and a 400 that says what was wrong for a malformed query string or form
(README, Malformed input)."""

from __future__ import annotations

from collections.abc import Callable

from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBadRequest
from django.utils.datastructures import MultiValueDictKeyError
from django.utils.translation import gettext as _
from wagtail.admin.views.generic.chooser import CreateViewMixin, CreationFormMixin

from core.identifiers import MAX_ID, parse_id

# Query parameters that Wagtail's admin views pass to the database as row numbers: the
# items of a bulk action or a multiple choice (`id`, "all" for a bulk action on every
# child), the parent of a bulk action, of a listing or of a chooser.
ADMIN_ID_PARAMETERS = ("id", "childOf", "parent_page_id", "collection_id")
ADMIN_ROUTES = ("admin/", "django-admin/")
# Wagtail's form views whose form reads these fields without asking whether they were sent
# (the external link's URL; the signed file name and format of a redirects import).
READ_UNCHECKED = {
    "wagtailadmin_choose_page_external_link": ("external-link-chooser-url",),
    "wagtailredirects:process_import": ("import_file_name", "input_format"),
}


def refused(message: str) -> HttpResponse:
    """A 400 whose body says what was wrong, in the user's language."""
    return HttpResponseBadRequest(message, content_type="text/plain; charset=utf-8")


def lacking(field: str) -> str:
    return _("The form lacks the field %(name)s; send it again from the page it is on.") % {
        "name": field
    }


def names_nothing(kwargs: dict) -> bool:
    """Whether a path parameter is a number no row can have or text with a NUL in it
    (PostgreSQL refuses to compare with one; no slug, token or file name holds one)."""
    for value in kwargs.values():
        if isinstance(value, int) and not isinstance(value, bool) and value > MAX_ID:
            return True
        if isinstance(value, str) and "\x00" in value:
            return True
    return False


def malformed_admin_ids(request: HttpRequest) -> str | None:
    """The reason an admin request's id parameters are refused, or None."""
    for name in ADMIN_ID_PARAMETERS:
        # An empty value is Wagtail's "none given"; "all" names a bulk action's every item.
        allowed = ("", "all") if name == "id" else ("",)
        for value in request.GET.getlist(name):
            if value not in allowed and parse_id(value) is None:
                return _("The parameter %(name)s names items by their numbers.") % {"name": name}
    return None


def lacks_a_field(request: HttpRequest, view_name: str) -> str | None:
    """The first field a Wagtail form view reads unchecked that the POST lacks, or None."""
    if request.method != "POST":
        return None
    return next(
        (name for name in READ_UNCHECKED.get(view_name, ()) if name not in request.POST), None
    )


def creates_nothing(view: Callable) -> bool:
    """Whether the view is a chooser's "create" step for a model whose chooser has no
    creation form (Wagtail's generic one then fails on the form it has not got)."""
    view_class = getattr(view, "view_class", None)
    if view_class is None or not issubclass(view_class, CreateViewMixin):
        return False
    # Choosers that build their form their own way (documents, images) always have one.
    if view_class.get_creation_form_class is not CreationFormMixin.get_creation_form_class:
        return False
    return view_class(**view.view_initkwargs).get_creation_form_class() is None


class MalformedInputMiddleware:
    """The module's rules, after the login is known (an anonymous visitor is sent to log
    in by the admin views themselves) and before any view runs."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_view(
        self, request: HttpRequest, view: Callable, args: tuple, kwargs: dict
    ) -> HttpResponse | None:
        if names_nothing(kwargs) or creates_nothing(view):
            raise Http404
        match = request.resolver_match
        # An anonymous visitor is sent to the login page by the view itself.
        if match is None or not request.user.is_authenticated:
            return None
        missing = lacks_a_field(request, match.view_name)
        if missing:
            return refused(lacking(missing))
        if match.route.startswith(ADMIN_ROUTES):
            reason = malformed_admin_ids(request)
            if reason:
                return refused(reason)
        return None

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        # A form or query string without a field the view reads without asking.
        if isinstance(exception, MultiValueDictKeyError):
            return refused(lacking(exception.args[0] if exception.args else ""))
        return None

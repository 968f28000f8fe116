"""Hooks of the ground floor: opening a page applies the whole visibility rule
(core.visibility), where Wagtail's own check sees only the page's own tree."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from wagtail import hooks
from wagtail.forms import PasswordViewRestrictionForm
from wagtail.models import Page, PageViewRestriction

from . import visibility


def refusal(page: Page, request: HttpRequest, restriction: PageViewRestriction) -> HttpResponse:
    """Wagtail's own answer to a visitor who does not satisfy `restriction`: its password
    form, posting to its view that marks the restriction as passed, or its login page."""
    if restriction.restriction_type == PageViewRestriction.PASSWORD:
        form = PasswordViewRestrictionForm(
            instance=restriction, initial={"return_url": request.get_full_path()}
        )
        action_url = reverse(
            "wagtailcore_authenticate_with_password", args=[restriction.id, page.id]
        )
        response = page.serve_password_required_response(request, form, action_url)
    else:
        # Imported here: importing Wagtail's hooks module early would change the order in
        # which every app's hooks are registered.
        from wagtail.wagtail_hooks import require_wagtail_login

        response = require_wagtail_login(next=request.get_full_path())
    add_never_cache_headers(response)
    return response


@hooks.register("on_serve_page")
def check_inherited_view_restrictions(serve):
    """An alias or a translation asks for what its original asks for (a password, a login,
    a group), and a live page below an unpublished one is not found."""

    def inner(page, request, args, kwargs):
        if visibility.in_unpublished_part(page):
            raise Http404
        restrictions = visibility.inherited_restrictions(page)
        for restriction in restrictions:
            if not restriction.accept_request(request):
                return refusal(page, request, restriction)
        response = serve(page, request, args, kwargs)
        if restrictions:
            add_never_cache_headers(response)
        return response

    return inner

"""The registration form on an event's page and the certificate links on a resource's."""

from __future__ import annotations

from django import template
from django.conf import settings

from ..certificates import certificates_for
from ..forms import RegistrationForm
from ..registration import seats

register = template.Library()


@register.inclusion_tag("network/registration_box.html", takes_context=True)
def registration_box(context, page) -> dict:
    request = context.get("request")
    return {
        "page": page,
        "open": page.registration_is_open,
        "seats": seats(page),
        # The form with its errors when network.views.public.register shows the page again.
        "form": context.get("registration_form") or RegistrationForm(),
        "registered": request.GET.get("registered", "") if request else "",
        "retention_days": settings.PORTAL_REGISTRATION_RETENTION_DAYS,
        "request": request,
        "csrf_token": context.get("csrf_token"),
    }


@register.inclusion_tag("network/certificate_links.html")
def certificate_links(page, authors=None) -> dict:
    """The certificates of the resource's authors; `authors`, when the page has read them
    already, saves reading them again."""
    return {"certificates": certificates_for(page, authors)}

"""Public views: the application form, registering for an event and cancelling, and the
certificates' verification pages and PDFs."""

from __future__ import annotations

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from association.models import SeminarPage
from core.visibility import listed_pages

from .. import registration as registrations
from ..attendance import certificate_texts, render_attendance_pdf
from ..certificates import render_pdf
from ..credentials import (
    build_credential,
    issuer_profile,
    public_jwks,
    revocation_status,
    signed_credential,
)
from ..forms import CertificateLookupForm, MembershipApplicationForm, RegistrationForm
from ..joining import notify_office
from ..limits import client_ip, email_key, over_limit
from ..models import AttendanceCertificate, JoinPage, PublicationCertificate


def serve_join_page(page: JoinPage, request: HttpRequest) -> HttpResponse:
    """GET shows the form; POST stores the application (or explains what is wrong)."""
    context = page.get_context(request)
    status = 200
    if request.method == "POST":
        form = MembershipApplicationForm(request.POST)
        if form.is_spam:
            # Told it went through, so the robot learns nothing; nothing is stored.
            context["sent"] = True
        elif over_limit(
            "applications", client_ip(request), settings.PORTAL_NETWORK_APPLICATIONS_PER_IP
        ):
            form.add_error(
                None, _("Too many applications from your address; please try again later.")
            )
            status = 429
        elif form.is_valid() and over_limit(
            "applications-from",
            email_key(form.cleaned_data["email"]),
            settings.PORTAL_NETWORK_APPLICATIONS_PER_EMAIL,
        ):
            form.add_error(
                None, _("Too many applications with this e-mail address; please try again later.")
            )
            status = 429
        elif form.is_valid():
            application = form.save(commit=False)
            application.language = get_language() or settings.LANGUAGE_CODE
            application.save()
            notify_office(application)
            context["sent"] = True
        else:
            status = 400
        context["form"] = form
    elif request.method in ("GET", "HEAD"):
        context["form"] = MembershipApplicationForm()
    else:
        return HttpResponse(status=405)
    return TemplateResponse(request, page.get_template(request), context, status=status)


def with_join_pages(serve):
    """Wagtail's page serving with the application form of JoinPages in front of it (for
    the on_serve_page hook): shown, checked and stored by `serve_join_page`, after Wagtail's
    own checks, view restrictions among them."""

    def serve_page(page, request, args, kwargs):
        if isinstance(page, JoinPage):
            return serve_join_page(page, request)
        return serve(page, request, args, kwargs)

    return serve_page


@require_POST
def register(request: HttpRequest, seminar_id: int) -> HttpResponse:
    """Sign up for an event from the form on its page. Whoever signs up — a new address,
    one registered already, a robot caught by the honeypot — gets the same page back;
    what happened is told by e-mail to the address alone."""
    seminar = get_object_or_404(listed_pages(SeminarPage.objects.all()), pk=seminar_id)
    form = RegistrationForm(request.POST)
    done = redirect(f"{seminar.url}?registered=1#registration")
    if form.is_spam:
        return done
    status = 400
    if over_limit(
        "registrations", client_ip(request), settings.PORTAL_NETWORK_REGISTRATIONS_PER_IP
    ):
        form.add_error(None, _("Too many sign-ups from your network; please try again later."))
        status = 429
    elif form.is_valid():
        data = form.cleaned_data
        limit = settings.PORTAL_NETWORK_REGISTRATIONS_PER_EMAIL
        if over_limit("registrations-to", email_key(data["email"]), limit):
            form.add_error(
                None, _("Too many sign-ups for this e-mail address; please try again later.")
            )
            status = 429
        else:
            try:
                registrations.register(
                    seminar,
                    name=data["name"],
                    email=data["email"],
                    institution_name=data["institution_name"],
                    role=data["role"],
                    language=get_language() or settings.LANGUAGE_CODE,
                    consent=data["consent"],
                )
            except registrations.RegistrationClosed as closed:
                form.add_error(None, str(closed))
            else:
                return done
    # Show the event's page again with the form and its errors.
    context = seminar.get_context(request)
    context["registration_form"] = form
    return TemplateResponse(request, seminar.get_template(request), context, status=status)


def cancel_registration(request: HttpRequest, token: str) -> HttpResponse:
    """The link in the confirmation e-mail: asks to confirm, then cancels."""
    registration = registrations.registration_for_token(token)
    if registration is None:
        return TemplateResponse(
            request, "network/cancel_registration.html", {"invalid": True}, status=404
        )
    context = {"registration": registration, "seminar": registration.seminar}
    if request.method == "POST":
        registrations.cancel(registration)
        registration.refresh_from_db()
        context["cancelled_now"] = True
    return TemplateResponse(request, "network/cancel_registration.html", context)


def certificate_lookup(request: HttpRequest) -> HttpResponse:
    """Type the number printed on a certificate, get to its verification page. Only a
    whole, existing number leads anywhere: nothing is listed or suggested."""
    form = CertificateLookupForm(request.GET or None)
    status = 200
    if form.is_bound:
        if form.is_valid():
            return redirect("network_certificate", number=form.cleaned_data["number"])
        status = 400
    return TemplateResponse(
        request, "network/certificate_lookup.html", {"form": form}, status=status
    )


def _certificate(number: str) -> PublicationCertificate | AttendanceCertificate:
    """The certificate of either kind with this number (its prefix says which)."""
    number = number.upper()
    model = AttendanceCertificate if number.startswith("ATT-") else PublicationCertificate
    related = "seminar" if model is AttendanceCertificate else "resource"
    certificate = model.objects.filter(number=number).select_related(related).first()
    if certificate is None:
        raise Http404
    return certificate


def certificate(request: HttpRequest, number: str) -> HttpResponse:
    """The public verification page: valid, revoked or unknown. It names the person and
    what is certified, never their e-mail address."""
    try:
        found = _certificate(number)
    except Http404:
        return TemplateResponse(request, "network/certificate.html", {"number": number}, status=404)
    language = get_language() or settings.LANGUAGE_CODE
    if isinstance(found, AttendanceCertificate):
        seminar = found.seminar
        if seminar is not None:
            seminar = registrations.in_language(seminar, language)
            if not seminar.live:
                seminar = None
        return TemplateResponse(
            request,
            "network/attendance_certificate.html",
            {
                "certificate": found,
                "number": found.number,
                "texts": certificate_texts(found, language),
                "seminar": seminar,
            },
        )
    resource = found.resource
    if resource is not None and found.is_valid:
        resource = resource.localized
    return TemplateResponse(
        request,
        "network/certificate.html",
        {"certificate": found, "number": found.number, "resource": resource},
    )


def certificate_pdf(request: HttpRequest, number: str) -> HttpResponse:
    found = _certificate(number)
    if not found.is_valid:
        # A revoked certificate is not handed out again; its page says why.
        return redirect("network_certificate", number=found.number)
    language = get_language() or settings.LANGUAGE_CODE
    if isinstance(found, AttendanceCertificate):
        body = render_attendance_pdf(found, language)
    else:
        body = render_pdf(found, language)
    response = HttpResponse(body, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{found.number}.pdf"'
    return response


def _attendance_certificate(number: str) -> AttendanceCertificate:
    found = _certificate(number)
    if not isinstance(found, AttendanceCertificate):
        raise Http404
    return found


def certificate_badge(request: HttpRequest, number: str) -> HttpResponse:
    """The certificate as a signed Open Badges 3.0 credential (VC-JWT), to carry to other
    platforms; its texts in the language of the address."""
    found = _attendance_certificate(number)
    if not found.is_valid:
        return redirect("network_certificate", number=found.number)
    token = signed_credential(found, get_language() or settings.LANGUAGE_CODE)
    response = HttpResponse(token, content_type="application/jwt")
    response["Content-Disposition"] = f'attachment; filename="{found.number}.jwt"'
    return response


def certificate_badge_json(request: HttpRequest, number: str) -> HttpResponse:
    """The same credential unsigned, as JSON, for people and tools that read it."""
    found = _attendance_certificate(number)
    if not found.is_valid:
        return redirect("network_certificate", number=found.number)
    credential = build_credential(found, get_language() or settings.LANGUAGE_CODE)
    return JsonResponse(
        credential, content_type="application/ld+json", json_dumps_params={"ensure_ascii": False}
    )


# Addresses outside the language prefix (network/credential_urls.py) -------------------


def jwks(request: HttpRequest) -> HttpResponse:
    """The public key that verifies the credentials' signatures."""
    response = JsonResponse(public_jwks())
    response["Access-Control-Allow-Origin"] = "*"
    response["Cache-Control"] = "public, max-age=3600"
    return response


def credential_issuer(request: HttpRequest) -> HttpResponse:
    """The issuer's Open Badges profile, which every credential names."""
    response = JsonResponse(issuer_profile(), json_dumps_params={"ensure_ascii": False})
    response["Access-Control-Allow-Origin"] = "*"
    return response


def credential_status(request: HttpRequest, number: str) -> HttpResponse:
    """Whether a credential is revoked, and why: its `credentialStatus` address."""
    found = _attendance_certificate(number)
    response = JsonResponse(revocation_status(found), json_dumps_params={"ensure_ascii": False})
    response["Access-Control-Allow-Origin"] = "*"
    response["Cache-Control"] = "no-cache"
    return response

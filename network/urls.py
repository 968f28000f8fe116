"""Public URLs of the network app, inside the language prefix (/ru/…, /en/…)."""

from django.urls import path

from .views import public

urlpatterns = [
    path("events/<int:seminar_id>/register/", public.register, name="network_register"),
    path(
        "registrations/cancel/<str:token>/",
        public.cancel_registration,
        name="network_cancel_registration",
    ),
    path("certificates/", public.certificate_lookup, name="network_certificate_lookup"),
    path("certificates/<str:number>/", public.certificate, name="network_certificate"),
    path("certificates/<str:number>/pdf/", public.certificate_pdf, name="network_certificate_pdf"),
    path(
        "certificates/<str:number>/badge.jwt",
        public.certificate_badge,
        name="network_certificate_badge",
    ),
    path(
        "certificates/<str:number>/badge.json",
        public.certificate_badge_json,
        name="network_certificate_badge_json",
    ),
]

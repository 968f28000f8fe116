"""Public URLs of the network app, inside the language prefix (/ru/…, /en/…)."""

from django.urls import path

from . import views

urlpatterns = [
    path("events/<int:seminar_id>/register/", views.register, name="network_register"),
    path(
        "registrations/cancel/<str:token>/",
        views.cancel_registration,
        name="network_cancel_registration",
    ),
    path("certificates/<str:number>/", views.certificate, name="network_certificate"),
    path("certificates/<str:number>/pdf/", views.certificate_pdf, name="network_certificate_pdf"),
]

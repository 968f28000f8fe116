"""The credentials' addresses outside the language prefix: the key verifiers fetch, the
issuer's profile and each credential's revocation status (network/credentials.py)."""

from django.urls import path

from .views import public

urlpatterns = [
    path(".well-known/jwks.json", public.jwks, name="network_jwks"),
    path("credentials/issuer.json", public.credential_issuer, name="network_credential_issuer"),
    path(
        "credentials/status/<str:number>.json",
        public.credential_status,
        name="network_credential_status",
    ),
]

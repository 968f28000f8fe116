"""Certificates of attendance as Open Badges 3.0 credentials: a W3C Verifiable Credential
(data model 2.0) of type OpenBadgeCredential, signed as a JWT (VC-JWT, RS256) with the
association's key, whose public half is published as a JWK Set at /.well-known/jwks.json.

The key is an RSA private key in PEM: the CREDENTIAL_KEY variable (the PEM text) or the
file at CREDENTIAL_KEY_FILE. Development and the tests generate one into .services/ on
first use; production refuses to sign without one (README, Configuration).
"""

from __future__ import annotations

import functools
import os
import tempfile
from datetime import UTC
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import override
from joserfc import jwt
from joserfc.jwk import KeySet, RSAKey

from .attendance import certificate_texts
from .certificates import association_name
from .models import AttendanceCertificate

VC_CONTEXT = "https://www.w3.org/ns/credentials/v2"
OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
ALGORITHM = "RS256"  # the one Open Badges 3.0 asks every verifier to support
KEY_BITS = 3072


# The key ------------------------------------------------------------------------------


def _generated_key_text(path: Path) -> str:
    """A new key written to `path`, unless another process wrote one first (then that
    one): the file appears whole or not at all, so parallel test workers agree."""
    path.parent.mkdir(parents=True, exist_ok=True)
    key = RSAKey.generate_key(KEY_BITS, private=True)
    text = key.as_pem(private=True).decode()
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".credential-key-")
    try:
        with os.fdopen(handle, "w") as file:
            file.write(text)
        os.chmod(temporary, 0o600)
        try:
            os.link(temporary, path)
        except FileExistsError:
            return path.read_text()
    finally:
        os.unlink(temporary)
    return text


@functools.cache
def signing_key() -> RSAKey:
    """The association's private key (read once per process)."""
    text = settings.PORTAL_CREDENTIAL_KEY
    if not text:
        path = Path(settings.PORTAL_CREDENTIAL_KEY_FILE)
        if path.exists():
            text = path.read_text()
        elif settings.PORTAL_CREDENTIAL_KEY_GENERATE:
            text = _generated_key_text(path)
        else:
            raise ImproperlyConfigured(
                f"No key to sign credentials with: set CREDENTIAL_KEY (an RSA private key in "
                f"PEM) or put one at CREDENTIAL_KEY_FILE ({path}). README, Configuration."
            )
    key = RSAKey.import_key(text)
    if not key.is_private:
        raise ImproperlyConfigured("CREDENTIAL_KEY must be a private key.")
    return key


def key_id() -> str:
    """The key's JWK thumbprint (RFC 7638): its `kid` in the JWK Set and in each token."""
    return signing_key().thumbprint()


def public_jwks() -> dict:
    """The JWK Set verifiers fetch: the public half of the signing key."""
    public = RSAKey.import_key(signing_key().as_dict(private=False))
    data = KeySet([public]).as_dict(private=False)
    for entry in data["keys"]:
        entry.update(kid=key_id(), use="sig", alg=ALGORITHM)
    return data


# Addresses ----------------------------------------------------------------------------


def _absolute(path: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def jwks_url() -> str:
    return _absolute(reverse("network_jwks"))


def issuer_url() -> str:
    return _absolute(reverse("network_credential_issuer"))


def status_url(certificate: AttendanceCertificate) -> str:
    return _absolute(reverse("network_credential_status", args=[certificate.number]))


def credential_id(certificate: AttendanceCertificate) -> str:
    """The verification page in the default language: the credential's stable address."""
    with override(settings.LANGUAGE_CODE):
        return _absolute(reverse("network_certificate", args=[certificate.number]))


# The credential -----------------------------------------------------------------------


def issuer_profile() -> dict:
    return {
        "id": issuer_url(),
        "type": ["Profile"],
        "name": association_name(),
        "url": _absolute("/"),
    }


def organiser_url(certificate: AttendanceCertificate, language: str) -> str:
    """The organising institution's section of the site; the association's own events
    (and those whose event or section is gone) name the issuer."""
    seminar = certificate.seminar
    institution = seminar.institution if seminar is not None else None
    page = institution.page_for_language(language) if institution is not None else None
    if page is None or not page.live:
        return issuer_url()
    return page.get_full_url()


def _hours(certificate: AttendanceCertificate) -> float:
    return float(certificate.hours)


def build_credential(certificate: AttendanceCertificate, language: str) -> dict:
    """The OpenBadgeCredential of a certificate of attendance, its texts in `language`."""
    with override(language):
        texts = certificate_texts(certificate, language)
        issued = certificate.issued_at.astimezone(UTC).replace(microsecond=0)
        achievement = {
            "id": _absolute(f"/credentials/achievements/event-{certificate.seminar_id or 0}"),
            "type": ["Achievement"],
            "achievementType": "CertificateOfCompletion",
            "name": texts["event_title"],
            "description": texts["statement"],
            "criteria": {"narrative": _("Attendance marked by the organiser of the event.")},
            "creditsAvailable": _hours(certificate),
            "creator": {
                "type": ["Profile"],
                "id": organiser_url(certificate, language),
                "name": texts["organiser"],
            },
            "inLanguage": language,
        }
        return {
            "@context": [VC_CONTEXT, OB_CONTEXT],
            "id": credential_id(certificate),
            "type": ["VerifiableCredential", "OpenBadgeCredential"],
            "name": _("Certificate of attendance") + " " + certificate.number,
            "issuer": issuer_profile(),
            "validFrom": issued.isoformat().replace("+00:00", "Z"),
            "credentialSubject": {
                "type": ["AchievementSubject"],
                "identifier": [
                    {
                        "type": "IdentityObject",
                        "identityType": "name",
                        "hashed": False,
                        "identityHash": certificate.attendee_name,
                    },
                    {
                        "type": "IdentityObject",
                        "identityType": "emailAddress",
                        "hashed": True,
                        "identityHash": certificate.recipient_hash,
                        "salt": certificate.recipient_salt,
                    },
                ],
                "achievement": achievement,
                "creditsEarned": _hours(certificate),
            },
            "credentialStatus": {
                "id": status_url(certificate),
                "type": "1EdTechRevocationList",
            },
        }


def signed_credential(certificate: AttendanceCertificate, language: str) -> str:
    """The credential as a compact JWS: the credential is the payload (VC-JWT), with the
    registered claims Open Badges 3.0 maps onto it (iss, jti, nbf)."""
    credential = build_credential(certificate, language)
    key = signing_key()
    header = {
        "alg": ALGORITHM,
        "typ": "JWT",
        "kid": key_id(),
        "jku": jwks_url(),
    }
    claims = {
        **credential,
        "iss": credential["issuer"]["id"],
        "jti": credential["id"],
        "nbf": int(certificate.issued_at.timestamp()),
    }
    return jwt.encode(header, claims, key, algorithms=[ALGORITHM])


def revocation_status(certificate: AttendanceCertificate) -> dict:
    """What the credential's status address answers: the certificate's entry in the
    issuer's list of revoked credentials, empty while it is valid."""
    revoked = []
    if not certificate.is_valid:
        revoked.append(
            {
                "id": credential_id(certificate),
                "revocationReason": certificate.revocation_reason,
                "revocationDate": certificate.revoked_at.astimezone(UTC)
                .replace(microsecond=0)
                .isoformat()
                .replace("+00:00", "Z"),
            }
        )
    return {
        "id": status_url(certificate),
        "issuer": issuer_url(),
        "revoked": not certificate.is_valid,
        "revokedCredentials": revoked,
    }

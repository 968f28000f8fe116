"""Public forms: applying to join the network and registering for an event."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from association.models import Institution, Region

from .certificates import number_candidates
from .models import (
    AttendanceCertificate,
    MembershipApplication,
    PublicationCertificate,
    SeminarRegistration,
)

# A field people never see; bots that fill in every field give themselves away.
HONEYPOT = "homepage"


class HoneypotMixin(forms.Form):
    homepage = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    @property
    def is_spam(self) -> bool:
        return bool(self.data.get(HONEYPOT))


class MembershipApplicationForm(HoneypotMixin, forms.ModelForm):
    consent = forms.BooleanField(
        label=_("I accept the network's rules and consent to the processing of personal data"),
        required=True,
        error_messages={"required": _("Applications are accepted only with this consent.")},
    )

    class Meta:
        model = MembershipApplication
        fields = [
            "name",
            "name_en",
            "kind",
            "region",
            "website",
            "contact_name",
            "email",
            "phone",
            "message",
            "consent",
        ]
        widgets = {"message": forms.Textarea(attrs={"rows": 5})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = [("", "—"), *Institution.Kind.choices]
        # The default language's records (what Institution.region holds), named in the
        # visitor's language where a translation exists.
        region = self.fields["region"]
        region.queryset = Region.objects.filter(locale=Locale.get_default()).order_by("name")
        region.label_from_instance = lambda record: record.localized.name
        region.empty_label = "—"
        self.fields["website"].widget.attrs["placeholder"] = "https://"
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["phone"].widget.attrs["autocomplete"] = "tel"
        self.fields["contact_name"].widget.attrs["autocomplete"] = "name"


class RegistrationForm(HoneypotMixin, forms.ModelForm):
    consent = forms.BooleanField(
        label=_("I consent to the processing of my personal data for this registration"),
        required=True,
        error_messages={"required": _("Registration is possible only with this consent.")},
    )

    class Meta:
        model = SeminarRegistration
        fields = ["name", "email", "institution_name", "role", "consent"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["institution_name"].widget.attrs["autocomplete"] = "organization"
        self.fields["role"].widget.attrs["autocomplete"] = "organization-title"


class DecisionForm(forms.Form):
    message = forms.CharField(
        label=_("Message to the applicant"),
        required=False,
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Sent to the applicant by e-mail with the decision"),
    )


class AcceptForm(DecisionForm):
    slug = forms.SlugField(
        label=_("Identifier of the institution"),
        max_length=60,
        help_text=_("Latin letters, digits and hyphens; the section's address"),
    )


class DeclineForm(DecisionForm):
    message = forms.CharField(
        label=_("Message to the applicant"),
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Tell the applicant why; it is sent by e-mail"),
    )


class CertificateLookupForm(forms.Form):
    """The number printed on a certificate, to find its verification page."""

    number = forms.CharField(
        label=_("Certificate number"),
        max_length=60,
        help_text=_(
            "As printed on the certificate, in the form PUB-XXXX-XXXX-XXXX-XXXX or "
            "ATT-XXXX-XXXX-XXXX-XXXX."
        ),
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "spellcheck": "false", "autocapitalize": "characters"}
        ),
    )

    def clean_number(self) -> str:
        candidates = number_candidates(self.cleaned_data["number"])
        if not candidates:
            raise forms.ValidationError(
                _(
                    "This is not a certificate number: it reads PUB- or ATT- and then four "
                    "groups of four letters and digits."
                ),
                code="malformed",
            )
        for number in candidates:
            model = AttendanceCertificate if number.startswith("ATT-") else PublicationCertificate
            if model.objects.filter(number=number).exists():
                return number
        raise forms.ValidationError(
            _("No certificate has this number. Check that it is typed exactly as printed."),
            code="unknown",
        )

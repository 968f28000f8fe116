"""The network at work: applications to join, registrations for events and who attended,
certificates of publication for the authors of resources and of attendance for the people
who took part in an event."""

from __future__ import annotations

import base64
import re
import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from association.models import Institution
from core.indexing import BASE_FORM_FIELDS, BaseFormsIndexed


def normalise_name(name: str) -> str:
    """An institution's name reduced for comparison: case, «ё», quotes, punctuation and
    spacing do not make two names different."""
    name = name.lower().replace("ё", "е")
    name = re.sub(r"[^\w\s]", " ", name)
    return " ".join(name.split())


class JoinPage(BaseFormsIndexed, Page):
    """ "Join the network": the public application form of institutions that want to
    become members. Applications go to the office's queue in the admin."""

    intro = models.TextField(_("introduction"), blank=True)
    thank_you_text = RichTextField(
        _("text after sending"), blank=True, features=["bold", "italic", "link"]
    )
    rules_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page with the network's rules"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Applicants accept these rules; the form links to the page"),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("rules_page"),
        FieldPanel("thank_you_text"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro")] + BASE_FORM_FIELDS
    # The rules page is the same in every language; the template shows its translation.
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("intro"),
        TranslatableField("thank_you_text"),
        SynchronizedField("slug"),
        SynchronizedField("rules_page"),
        SynchronizedField("show_in_menus"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1
    template = "network/join_page.html"

    class Meta:
        verbose_name = _("application to join page")

    # Served by views.public.serve_join_page (the form and its handling), which the
    # on_serve_page hook in wagtail_hooks.py puts in front of Wagtail's own serve.


class MembershipApplication(models.Model):
    """An institution's application to join the network, waiting for the office's
    decision; accepting it provisions the institution and invites its contact person."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for a decision")
        ACCEPTED = "accepted", _("Accepted")
        DECLINED = "declined", _("Declined")

    name = models.CharField(_("name of the institution (Russian)"), max_length=255)
    name_en = models.CharField(_("name of the institution (English)"), max_length=255, blank=True)
    name_key = models.CharField(max_length=255, editable=False, db_index=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Institution.Kind.choices)
    region = models.ForeignKey(
        "association.Region",
        verbose_name=_("region"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    website = models.URLField(_("website"), blank=True)
    contact_name = models.CharField(_("contact person"), max_length=150)
    email = models.EmailField(_("e-mail"))
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    message = models.TextField(_("message"), max_length=3000, blank=True)
    consent = models.BooleanField(_("accepts the network's rules"), default=False)
    language = models.CharField(_("language"), max_length=10, default="ru")
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PENDING
    )
    created_at = models.DateTimeField(_("received"), default=timezone.now, db_index=True)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decision_message = models.TextField(_("message to the applicant"), blank=True)
    institution = models.ForeignKey(
        Institution,
        verbose_name=_("institution"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("membership application")
        verbose_name_plural = _("membership applications")

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        self.name_key = normalise_name(self.name)
        return super().save(*args, **kwargs)

    @property
    def is_pending(self) -> bool:
        return self.status == self.Status.PENDING

    def duplicates(self) -> dict[str, list]:
        """Pending applications and member institutions with the same (normalised) name
        or the same e-mail address."""
        keys = {self.name_key or normalise_name(self.name)}
        if self.name_en:
            keys.add(normalise_name(self.name_en))
        applications = (
            MembershipApplication.objects.filter(status=self.Status.PENDING)
            .exclude(pk=self.pk)
            .filter(models.Q(name_key__in=keys) | models.Q(email__iexact=self.email))
        )
        institutions = [
            institution
            for institution in Institution.objects.all()
            if institution.email.lower() == self.email.lower()
            or normalise_name(institution.name) in keys
            or (institution.name_en and normalise_name(institution.name_en) in keys)
        ]
        return {"applications": list(applications), "institutions": institutions}

    @property
    def has_duplicates(self) -> bool:
        found = self.duplicates()
        return bool(found["applications"] or found["institutions"])

    @classmethod
    def duplicate_flags(cls, applications) -> dict[int, bool]:
        """`has_duplicates` for many applications at once (the queue's listing)."""
        names: dict[str, int] = {}
        emails: dict[str, int] = {}
        for name_key, email in cls.objects.filter(status=cls.Status.PENDING).values_list(
            "name_key", "email"
        ):
            names[name_key] = names.get(name_key, 0) + 1
            emails[email.lower()] = emails.get(email.lower(), 0) + 1
        member_names, member_emails = set(), set()
        for name, name_en, email in Institution.objects.values_list("name", "name_en", "email"):
            member_names.add(normalise_name(name))
            if name_en:
                member_names.add(normalise_name(name_en))
            if email:
                member_emails.add(email.lower())
        flags = {}
        for application in applications:
            own = 1 if application.is_pending else 0
            keys = {application.name_key}
            if application.name_en:
                keys.add(normalise_name(application.name_en))
            email = application.email.lower()
            flags[application.pk] = (
                sum(names.get(key, 0) for key in keys) > own
                or emails.get(email, 0) > own
                or bool(keys & member_names)
                or email in member_emails
            )
        return flags


class SeminarRegistration(models.Model):
    """A person's registration for an event: confirmed while there are seats, on the
    waiting list after that. Deleted some time after the event (purge_registrations)."""

    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("Confirmed")
        WAITING = "waiting", _("Waiting list")
        CANCELLED = "cancelled", _("Cancelled")

    seminar = models.ForeignKey(
        "association.SeminarPage",
        verbose_name=_("event"),
        on_delete=models.CASCADE,
        related_name="registrations",
    )
    name = models.CharField(_("full name"), max_length=150)
    email = models.EmailField(_("e-mail"))
    institution_name = models.CharField(_("institution"), max_length=255, blank=True)
    role = models.CharField(_("position or role"), max_length=150, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.CONFIRMED
    )
    language = models.CharField(_("language"), max_length=10, default="ru")
    # Given on the sign-up form (required there); kept as the record that it was.
    consent = models.BooleanField(_("consents to the processing of personal data"), default=False)
    created_at = models.DateTimeField(_("registered"), default=timezone.now, db_index=True)
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True)
    # Marked by the organiser after the event (network/attendance.py): in the list, or
    # from the webinar platform's report.
    attended = models.BooleanField(_("attended"), default=False)
    attendance_marked_at = models.DateTimeField(_("attendance marked"), null=True, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("event registration")
        verbose_name_plural = _("event registrations")
        indexes = [models.Index(fields=["seminar", "status"])]

    def __str__(self) -> str:
        return f"{self.name} <{self.email}>"


def new_certificate_number() -> str:
    """80 random bits in base32, grouped for reading aloud: PUB-XXXX-XXXX-XXXX-XXXX."""
    code = base64.b32encode(secrets.token_bytes(10)).decode()
    return "PUB-" + "-".join(code[i : i + 4] for i in range(0, 16, 4))


class PublicationCertificate(models.Model):
    """A certificate that a resource was published on the portal, one per author.

    The title, authors and institution are kept as they were when it was issued, so the
    verification page still says what was certified after the resource is withdrawn.
    """

    number = models.CharField(
        _("number"), max_length=40, unique=True, default=new_certificate_number, editable=False
    )
    resource = models.ForeignKey(
        "association.ResourcePage",
        verbose_name=_("resource"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="certificates",
    )
    author_name = models.CharField(_("author"), max_length=150)
    resource_title = models.CharField(_("resource title"), max_length=255)
    authors = models.CharField(_("authors"), max_length=1000)
    institution_name = models.CharField(_("institution"), max_length=255, blank=True)
    institution_name_en = models.CharField(max_length=255, blank=True)
    language = models.CharField(_("language"), max_length=10, default="ru")
    published_on = models.DateField(_("published"))
    issued_at = models.DateTimeField(_("issued"), default=timezone.now)

    class Meta:
        ordering = ["resource_id", "pk"]
        verbose_name = _("certificate of publication")
        verbose_name_plural = _("certificates of publication")
        constraints = [
            models.UniqueConstraint(
                fields=["resource", "author_name"], name="one_certificate_per_author"
            )
        ]

    def __str__(self) -> str:
        return self.number

    @property
    def is_valid(self) -> bool:
        """Valid while the resource is published and the person is still its author."""
        resource = self.resource
        if resource is None or not resource.live:
            return False
        return resource.authors.filter(name=self.author_name).exists()


def new_attendance_number() -> str:
    """As a certificate of publication's number, with its own prefix: ATT-XXXX-XXXX-XXXX-XXXX."""
    code = base64.b32encode(secrets.token_bytes(10)).decode()
    return "ATT-" + "-".join(code[i : i + 4] for i in range(0, 16, 4))


class AttendanceCertificate(models.Model):
    """A certificate that a person took part in an event, issued by its organiser.

    What it certifies (the person, the event, its organiser, the hours) is kept as it was
    at issue: registrations are deleted some time after the event, the certificate stays.
    The e-mail address is not kept; only its salted hash, which the Open Badges credential
    carries to name its recipient (network/credentials.py).
    """

    number = models.CharField(
        _("number"), max_length=40, unique=True, default=new_attendance_number, editable=False
    )
    seminar = models.ForeignKey(
        "association.SeminarPage",
        verbose_name=_("event"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="attendance_certificates",
    )
    registration = models.OneToOneField(
        SeminarRegistration,
        verbose_name=_("registration"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="certificate",
    )
    attendee_name = models.CharField(_("participant"), max_length=150)
    recipient_hash = models.CharField(max_length=80, editable=False)
    recipient_salt = models.CharField(max_length=40, editable=False)
    event_title = models.CharField(_("event"), max_length=255)
    event_title_en = models.CharField(max_length=255, blank=True)
    event_kind = models.CharField(_("kind"), max_length=20)
    organiser_name = models.CharField(_("organiser"), max_length=255)
    organiser_name_en = models.CharField(max_length=255, blank=True)
    starts_on = models.DateField(_("date of the event"))
    ends_on = models.DateField(_("last day of the event"))
    hours = models.DecimalField(_("hours"), max_digits=5, decimal_places=1)
    language = models.CharField(_("language"), max_length=10, default="ru")
    issued_at = models.DateTimeField(_("issued"), default=timezone.now)
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("issued by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("revoked by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    revocation_reason = models.TextField(_("reason for revocation"), blank=True)

    class Meta:
        ordering = ["seminar_id", "attendee_name", "pk"]
        verbose_name = _("certificate of attendance")
        verbose_name_plural = _("certificates of attendance")

    def __str__(self) -> str:
        return self.number

    @property
    def is_valid(self) -> bool:
        return self.revoked_at is None


class AttendanceIssue(models.Model):
    """One bulk issue of an event's certificates, run as a background task: how far it
    has come, for the progress page."""

    class Status(models.TextChoices):
        WAITING = "waiting", _("Waiting to start")
        RUNNING = "running", _("Issuing")
        DONE = "done", _("Done")
        FAILED = "failed", _("Failed")

    seminar = models.ForeignKey(
        "association.SeminarPage",
        verbose_name=_("event"),
        on_delete=models.CASCADE,
        related_name="attendance_issues",
    )
    hours = models.DecimalField(_("hours"), max_digits=5, decimal_places=1)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("requested by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.WAITING
    )
    total = models.PositiveIntegerField(_("to issue"), default=0)
    done = models.PositiveIntegerField(_("issued"), default=0)
    mailed = models.PositiveIntegerField(_("e-mailed"), default=0)
    error = models.TextField(_("error"), blank=True)
    created_at = models.DateTimeField(_("requested"), default=timezone.now)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("issue of certificates of attendance")
        verbose_name_plural = _("issues of certificates of attendance")

    def __str__(self) -> str:
        return f"{self.seminar_id}: {self.done}/{self.total}"

    @property
    def percent(self) -> int:
        return 100 if not self.total else min(100, round(100 * self.done / self.total))

    @property
    def is_finished(self) -> bool:
        return self.status in (self.Status.DONE, self.Status.FAILED)

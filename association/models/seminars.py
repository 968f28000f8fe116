"""Seminars, webinars, conferences and other events of the network, with calendars."""

from __future__ import annotations

import zoneinfo
from datetime import datetime, timedelta

from django import forms
from django.db import models
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import StreamField
from wagtail.images.api.fields import ImageRenditionField
from wagtail.models import Orderable, Page
from wagtail.search import index

from core.blocks import BodyBlock
from core.files import PAGE_IMAGE_RENDITION
from core.images import LeadImageMixin, alt_text_field, with_renditions
from core.indexing import BASE_FORM_FIELDS, BaseFormsIndexed
from core.structured_data import absolute, without_empty

from ..structured_data import organisation, person
from .institutions import institution_choices
from .ownership import InstitutionOwnedMixin, SectionListingMixin

# Russia's time zones keep no daylight saving time, so each label can state its offset.
TIME_ZONE_CHOICES = [
    ("Europe/Kaliningrad", _("Kaliningrad time (UTC+2)")),
    ("Europe/Moscow", _("Moscow time (UTC+3)")),
    ("Europe/Samara", _("Samara time (UTC+4)")),
    ("Asia/Yekaterinburg", _("Yekaterinburg time (UTC+5)")),
    ("Asia/Omsk", _("Omsk time (UTC+6)")),
    ("Asia/Krasnoyarsk", _("Krasnoyarsk time (UTC+7)")),
    ("Asia/Irkutsk", _("Irkutsk time (UTC+8)")),
    ("Asia/Yakutsk", _("Yakutsk time (UTC+9)")),
    ("Asia/Vladivostok", _("Vladivostok time (UTC+10)")),
    ("Asia/Magadan", _("Magadan time (UTC+11)")),
    ("Asia/Kamchatka", _("Kamchatka time (UTC+12)")),
    ("UTC", _("Coordinated Universal Time (UTC)")),
]


class SeminarFilterForm(forms.Form):
    when = forms.ChoiceField(
        label=_("When"),
        required=False,
        choices=[("upcoming", _("Upcoming")), ("past", _("Past"))],
    )
    kind = forms.ChoiceField(label=_("Kind"), required=False)
    format = forms.ChoiceField(label=_("Format"), required=False)
    institution = forms.ChoiceField(label=_("Organiser"), required=False)

    def __init__(self, *args, show_institution: bool = True, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = [("", _("Any kind")), *SeminarPage.Kind.choices]
        self.fields["format"].choices = [("", _("Any format")), *SeminarPage.Format.choices]
        if show_institution:
            self.fields["institution"].choices = institution_choices(_("Any organiser"))
        else:
            del self.fields["institution"]


class SeminarIndexPage(BaseFormsIndexed, RoutablePageMixin, SectionListingMixin, Page):
    """The events calendar: a list of upcoming or past events, a month view (`month/`,
    `month/<yyyy>-<mm>/`) and an iCalendar feed to subscribe to.

    At the top of the site it lists the association's events and those of every member
    institution; inside an institution's section, that institution's events.
    """

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")] + BASE_FORM_FIELDS
    api_fields = [APIField("intro")]

    parent_page_types = ["home.HomePage", "association.InstitutionPage"]
    subpage_types = ["association.SeminarPage"]
    max_count_per_parent = 1
    listing_per_page = 12

    class Meta:
        verbose_name = _("events calendar")

    filter_form_class = SeminarFilterForm

    @property
    def listed_model(self):
        return SeminarPage

    def seminars(self):
        return self.listed_items()

    def get_listing_queryset(self, filters: dict):
        now = timezone.now()
        pages = with_renditions(self.filtered_seminars(filters), "image")
        if filters.get("when") == "past":
            return pages.filter(ends_at__lt=now).order_by("-starts_at", "-pk")
        return pages.filter(ends_at__gte=now).order_by("starts_at", "pk")

    def filtered_seminars(self, filters: dict):
        """The public events here narrowed by the filter form's kind, format and organiser."""
        pages = self.seminars().prefetch_related("organisers")
        if filters.get("kind"):
            pages = pages.filter(kind=filters["kind"])
        if filters.get("format"):
            pages = pages.filter(format=filters["format"])
        if filters.get("institution"):
            slug = filters["institution"]
            pages = pages.filter(
                models.Q(institution__slug=slug) | models.Q(organisers__slug=slug)
            ).distinct()
        return pages

    @path("")
    def listing(self, request):
        return self.render(request)

    @path("month/", name="this_month")
    def this_month(self, request):
        today = timezone.localdate()
        return self.month(request, today.year, today.month)

    @re_path(r"^month/(?P<year>\d{4})-(?P<month>\d{2})/$", name="month")
    def month(self, request, year, month):
        from association.calendar import MonthGrid

        try:
            grid = MonthGrid(int(year), int(month))
        except ValueError as error:
            raise Http404(str(error)) from error
        # The month shows what happened in it and what will: "when" has no say here.
        form = self.get_listing_filter_form(request.GET)
        del form.fields["when"]
        filters = self.get_listing_filters(form)
        events = self.filtered_seminars(filters).filter(
            starts_at__lt=grid.ends_at, ends_at__gte=grid.starts_at
        )
        grid.place(events.order_by("starts_at", "pk"))
        query = f"?{request.GET.urlencode()}" if request.GET else ""

        def month_url(first) -> str:
            return (
                self.get_url(request)
                + self.reverse_subpage(
                    "month", kwargs={"year": f"{first.year:04d}", "month": f"{first.month:02d}"}
                )
                + query
            )

        context = {
            "grid": grid,
            "filter_form": form,
            "active_filters": filters,
            "previous_month_url": month_url(grid.previous),
            "next_month_url": month_url(grid.next),
            "list_url": self.get_url(request) + query,
        }
        return self.render(
            request,
            template="association/seminar_month.html",
            context_overrides=context,
            listing=False,
        )

    # Served at <this page's URL>calendar.ics by association.views.public.page_calendar.
    calendar_files = {"calendar": "calendar_ics"}
    calendar_history_days = 180

    def calendar_ics(self, request):
        from association.calendar import calendar_response

        since = timezone.now() - timedelta(days=self.calendar_history_days)
        events = self.seminars().filter(ends_at__gte=since).order_by("starts_at")
        return calendar_response(request, events, name=self.title, filename="calendar.ics")


class SeminarPageForm(WagtailAdminPageForm):
    """Lets editors type the start and end as wall-clock times of the event's time zone."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        zone = zoneinfo.ZoneInfo(self.instance.time_zone or "Europe/Moscow")
        for name in ("starts_at", "ends_at", "registration_deadline"):
            value = self.initial.get(name)
            if isinstance(value, datetime) and timezone.is_aware(value):
                self.initial[name] = timezone.make_naive(value, zone).replace(
                    tzinfo=timezone.get_current_timezone()
                )

    def clean(self):
        cleaned = super().clean()
        zone_name = cleaned.get("time_zone")
        if zone_name:
            zone = zoneinfo.ZoneInfo(zone_name)
            for name in ("starts_at", "ends_at", "registration_deadline"):
                value = cleaned.get(name)
                if value:
                    cleaned[name] = timezone.make_naive(value).replace(tzinfo=zone)
        starts_at, ends_at = cleaned.get("starts_at"), cleaned.get("ends_at")
        if starts_at and ends_at and ends_at < starts_at:
            self.add_error("ends_at", _("The event cannot end before it starts."))
        event_format = cleaned.get("format")
        online = {SeminarPage.Format.ONLINE, SeminarPage.Format.HYBRID}
        in_person = {SeminarPage.Format.IN_PERSON, SeminarPage.Format.HYBRID}
        if event_format in online and not cleaned.get("online_url"):
            self.add_error("online_url", _("An online event needs a link to join."))
        if event_format in in_person and not cleaned.get("venue"):
            self.add_error("venue", _("An in-person event needs a venue."))
        return cleaned


class SeminarPage(BaseFormsIndexed, LeadImageMixin, InstitutionOwnedMixin, Page):
    """One event: a seminar, webinar, conference, master class, round table, workshop,
    contest or professional development course."""

    class Kind(models.TextChoices):
        SEMINAR = "seminar", _("Seminar")
        WEBINAR = "webinar", _("Webinar")
        CONFERENCE = "conference", _("Conference")
        MASTER_CLASS = "master-class", _("Master class")
        ROUND_TABLE = "round-table", _("Round table")
        WORKSHOP = "workshop", _("Workshop")
        CONTEST = "contest", _("Contest")
        COURSE = "course", _("Professional development course")

    class Format(models.TextChoices):
        ONLINE = "online", _("Online")
        IN_PERSON = "in-person", _("In person")
        HYBRID = "hybrid", _("Hybrid")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.SEMINAR)
    format = models.CharField(
        _("format"), max_length=20, choices=Format.choices, default=Format.IN_PERSON
    )
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    time_zone = models.CharField(
        _("time zone"), max_length=40, choices=TIME_ZONE_CHOICES, default="Europe/Moscow"
    )
    intro = models.TextField(_("summary"), max_length=600)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    image_alt = alt_text_field()
    venue = models.CharField(_("venue"), max_length=255, blank=True)
    address = models.CharField(_("address"), max_length=255, blank=True)
    online_url = models.URLField(_("link to join online"), blank=True)
    organisers = ParentalManyToManyField(
        "association.Institution",
        verbose_name=_("organising institutions"),
        blank=True,
        related_name="organised_seminars",
    )
    registration_url = models.URLField(_("registration link"), blank=True)
    # Registration on the portal itself (network.SeminarRegistration); the external link
    # above is for events whose sign-up is run elsewhere.
    registration_enabled = models.BooleanField(
        _("registration on the portal"),
        default=False,
        help_text=_("Visitors sign up on the event's page; the organisers see the list"),
    )
    capacity = models.PositiveIntegerField(
        _("seats"),
        null=True,
        blank=True,
        help_text=_("Leave empty for no limit; past it, people join the waiting list"),
    )
    registration_deadline = models.DateTimeField(
        _("registration closes"),
        null=True,
        blank=True,
        help_text=_("Leave empty to take registrations until the event starts"),
    )
    recording_url = models.URLField(_("recording"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("programme and details"), blank=True)

    base_form_class = SeminarPageForm
    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("image"),
        FieldPanel("image_alt"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("kind"), FieldPanel("format")]),
                FieldRowPanel(
                    [FieldPanel("starts_at"), FieldPanel("ends_at"), FieldPanel("time_zone")]
                ),
            ],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [FieldPanel("venue"), FieldPanel("address"), FieldPanel("online_url")],
            heading=_("Where"),
        ),
        FieldPanel("organisers", widget=forms.CheckboxSelectMultiple),
        InlinePanel("speakers", label=_("Speakers")),
        MultiFieldPanel(
            [
                FieldPanel("registration_enabled"),
                FieldRowPanel([FieldPanel("capacity"), FieldPanel("registration_deadline")]),
                FieldPanel("registration_url"),
                FieldPanel("recording_url"),
            ],
            heading=_("Registration and recording"),
        ),
        FieldPanel("body"),
    ]
    search_fields = (
        Page.search_fields
        + [
            index.SearchField("intro"),
            index.SearchField("body"),
            index.SearchField("venue"),
            index.FilterField("kind"),
            index.FilterField("format"),
            index.FilterField("starts_at"),
            index.FilterField("institution"),
            index.RelatedFields("speakers", [index.SearchField("name")]),
        ]
        + BASE_FORM_FIELDS
    )
    api_fields = [
        APIField("kind"),
        APIField("format"),
        APIField("starts_at"),
        APIField("ends_at"),
        APIField("time_zone"),
        APIField("intro"),
        APIField("image", serializer=ImageRenditionField(PAGE_IMAGE_RENDITION)),
        APIField("venue"),
        APIField("address"),
        APIField("online_url"),
        APIField("registration_url"),
        APIField("recording_url"),
        APIField("organiser_slugs"),
        APIField("speakers"),
        APIField("body"),
    ]

    parent_page_types = ["association.SeminarIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        indexes = [models.Index(fields=["starts_at"]), models.Index(fields=["ends_at"])]

    @property
    def organiser_slugs(self) -> list[str]:
        return [inst.slug for inst in self.all_organisers]

    @property
    def all_organisers(self) -> list:
        """The owning institution first, then the co-organisers."""
        organisers = list(self.organisers.all())
        if self.institution and self.institution not in organisers:
            organisers.insert(0, self.institution)
        return organisers

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.time_zone)

    @property
    def local_starts_at(self) -> datetime:
        return timezone.localtime(self.starts_at, self.zone)

    @property
    def local_ends_at(self) -> datetime:
        return timezone.localtime(self.ends_at, self.zone)

    @property
    def is_past(self) -> bool:
        return self.ends_at < timezone.now()

    @property
    def registration_closes_at(self) -> datetime:
        """Registrations are taken until the deadline, or until the event starts."""
        return self.registration_deadline or self.starts_at

    @property
    def registration_is_open(self) -> bool:
        return self.registration_enabled and timezone.now() < self.registration_closes_at

    ATTENDANCE_MODES = {
        Format.ONLINE: "https://schema.org/OnlineEventAttendanceMode",
        Format.IN_PERSON: "https://schema.org/OfflineEventAttendanceMode",
        Format.HYBRID: "https://schema.org/MixedEventAttendanceMode",
    }

    @property
    def sign_up_url(self) -> str | None:
        """Where a visitor signs up while sign-ups are open (the portal's form, or the
        organisers' own link until the event ends), else None."""
        if self.registration_enabled:
            return f"{self.url}#registration" if self.registration_is_open else None
        return self.registration_url if self.registration_url and not self.is_past else None

    def structured_data(self, request, site: dict) -> dict:
        """The event as a schema.org Event."""
        url = absolute(request, self.get_url(request))
        locations = []
        if self.format in (self.Format.ONLINE, self.Format.HYBRID):
            # The page shows the link to join until the event is over; so does this.
            joining = self.online_url if self.online_url and not self.is_past else url
            locations.append({"@type": "VirtualLocation", "url": joining})
        if self.format in (self.Format.IN_PERSON, self.Format.HYBRID) and self.venue:
            place = {"@type": "Place", "name": self.venue}
            if self.address:
                place["address"] = {"@type": "PostalAddress", "streetAddress": self.address}
            locations.append(place)
        organisers = [organisation(institution) for institution in self.all_organisers]
        offers = None
        if self.sign_up_url:
            offers = without_empty(
                {
                    "@type": "Offer",
                    "url": absolute(request, self.sign_up_url),
                    "validThrough": timezone.localtime(
                        self.registration_closes_at, self.zone
                    ).isoformat(),
                }
            )
        image = None
        if self.image_id:
            image = absolute(request, self.image.get_rendition("fill-1200x630").url)
        return without_empty(
            {
                "@type": "Event",
                "url": url,
                "name": self.title,
                "description": self.intro,
                "startDate": self.local_starts_at.isoformat(),
                "endDate": self.local_ends_at.isoformat(),
                "eventStatus": "https://schema.org/EventScheduled",
                "eventAttendanceMode": self.ATTENDANCE_MODES[self.format],
                "location": locations,
                "organizer": organisers or [site],
                "performer": [
                    person(speaker.name, speaker.affiliation) for speaker in self.speakers.all()
                ],
                "image": image,
                "inLanguage": self.locale.language_code,
                "offers": offers,
            }
        )

    # Served at <this page's URL>event.ics by association.views.public.page_calendar.
    calendar_files = {"event": "event_ics"}

    def event_ics(self, request):
        from association.calendar import calendar_response

        return calendar_response(request, [self], name=self.title, filename=f"{self.slug}.ics")


class SeminarSpeaker(Orderable):
    """A speaker or moderator of an event."""

    page = ParentalKey(SeminarPage, on_delete=models.CASCADE, related_name="speakers")
    name = models.CharField(_("full name"), max_length=150)
    affiliation = models.CharField(_("position and affiliation"), max_length=255, blank=True)

    panels = [FieldPanel("name"), FieldPanel("affiliation")]
    api_fields = [APIField("name"), APIField("affiliation")]

    class Meta(Orderable.Meta):
        verbose_name = _("speaker")
        verbose_name_plural = _("speakers")

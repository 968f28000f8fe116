"""Member institutions: the organisation record and its section of the site."""

from __future__ import annotations

from django import forms
from django.apps import apps
from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.images.api.fields import ImageRenditionField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core import pagecache
from core.blocks import BodyBlock
from core.files import COVER_RENDITION, LOGO_RENDITION
from core.images import SharedImage, alt_text, alt_text_field, with_renditions
from core.indexing import BASE_FORM_FIELDS, BaseFormsIndexed
from core.structured_data import absolute, without_empty
from core.visibility import listed_pages

from .listing import FilteredListingMixin
from .taxonomy import Region

# Held by the association's office (its administrators and editors), not by institutions.
STAFF_PERMISSION = "association.add_institution"


class Institution(models.Model):
    """A member organisation of the network: names, kind, location, contacts, membership.

    Its section of the site is an InstitutionPage; the record also ties together the
    institution's collection for documents and images and its editors' groups.
    """

    class Kind(models.TextChoices):
        UNIVERSITY = "university", _("University")
        COLLEGE = "college", _("College")
        SCHOOL = "school", _("School")
        ADDITIONAL = "additional", _("Centre of additional education")

    class Status(models.TextChoices):
        ACTIVE = "active", _("Active member")
        SUSPENDED = "suspended", _("Membership suspended")

    slug = models.SlugField(
        _("identifier"),
        max_length=60,
        unique=True,
        help_text=_(
            "Latin letters, digits and hyphens; the section's address: /institutions/<identifier>/"
        ),
    )
    name = models.CharField(_("name (Russian)"), max_length=255)
    name_en = models.CharField(_("name (English)"), max_length=255, blank=True)
    short_name = models.CharField(
        _("short name (Russian)"),
        max_length=60,
        blank=True,
        help_text=_(
            "As people say it, e.g. «ВерГУ» or «Лицей № 7»: used in cards, menus and facets"
        ),
    )
    short_name_en = models.CharField(_("short name (English)"), max_length=60, blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.SCHOOL)
    region = models.ForeignKey(
        "association.Region",
        verbose_name=_("region"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="institutions",
    )
    city = models.CharField(_("city or town"), max_length=120, blank=True)
    address = models.CharField(_("address"), max_length=255, blank=True)
    website = models.URLField(_("website"), blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    status = models.CharField(
        _("membership status"), max_length=20, choices=Status.choices, default=Status.ACTIVE
    )
    member_since = models.DateField(_("member since"), default=timezone.localdate)
    trusted = models.BooleanField(
        _("trusted"),
        default=False,
        help_text=_(
            "Administrators of a trusted institution publish without the office's approval"
        ),
    )
    collection = models.ForeignKey(
        "wagtailcore.Collection",
        verbose_name=_("collection"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    editors_group = models.OneToOneField(
        "auth.Group",
        verbose_name=_("editors group"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="edited_institution",
    )
    admins_group = models.OneToOneField(
        "auth.Group",
        verbose_name=_("administrators group"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="administered_institution",
    )

    # What only the association's office may change is marked with its permission; an
    # institution's administrators edit the rest of their own record.
    panels = [
        FieldPanel("slug", read_only=True),
        FieldPanel("name", permission=STAFF_PERMISSION),
        FieldPanel("name_en", permission=STAFF_PERMISSION),
        FieldPanel("short_name", permission=STAFF_PERMISSION),
        FieldPanel("short_name_en", permission=STAFF_PERMISSION),
        FieldPanel("kind", permission=STAFF_PERMISSION),
        MultiFieldPanel(
            [
                FieldPanel("region", permission=STAFF_PERMISSION),
                FieldPanel("city"),
                FieldPanel("address"),
            ],
            heading=_("Location"),
        ),
        MultiFieldPanel(
            [FieldPanel("website"), FieldPanel("email"), FieldPanel("phone")],
            heading=_("Contacts"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("status", permission=STAFF_PERMISSION),
                FieldPanel("member_since", permission=STAFF_PERMISSION),
                FieldPanel("trusted", permission=STAFF_PERMISSION),
            ],
            heading=_("Membership"),
        ),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("institution")
        verbose_name_plural = _("institutions")
        permissions = [
            ("manage_institution_team", _("Can manage the institution's team")),
            ("view_registrations", _("Can see registrations for the institution's events")),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def display_name(self) -> str:
        """The name in the active language, falling back to the Russian name."""
        if (get_language() or "").startswith("en") and self.name_en:
            return self.name_en
        return self.name

    @property
    def label(self) -> str:
        """The short name for cards, bylines, breadcrumbs, facets and the map, in the
        active language (the English name, then the Russian short name, where an English
        short name is missing)."""
        if (get_language() or "").startswith("en"):
            return self.short_name_en or self.name_en or self.short_name or self.name
        return self.short_name or self.name

    @property
    def is_active(self) -> bool:
        return self.status == self.Status.ACTIVE

    @cached_property
    def page(self) -> InstitutionPage | None:
        """The institution's section in the default (Russian) tree."""
        pages = InstitutionPage.objects.filter(institution=self).order_by("pk")
        return pages.filter(locale__language_code=settings.LANGUAGE_CODE).first() or pages.first()

    def page_for_language(self, language_code: str | None) -> InstitutionPage | None:
        """The section in a language, or in the default language when there is none."""
        pages = InstitutionPage.objects.filter(institution=self)
        return pages.filter(locale__language_code=language_code).first() or self.page


def common_name(legal_name: str) -> str:
    """The name an institution goes by, without its legal form: the quoted part of a
    Russian legal name («Лицей № 7 города Веретинска» of «Муниципальное автономное
    общеобразовательное учреждение «Лицей № 7 города Веретинска»»), inner quotes made
    «», or the whole name when nothing is quoted."""
    opening = legal_name.find("«")
    closing = legal_name.rfind("»")
    if opening == -1 or closing <= opening:
        return legal_name.strip()
    inner = legal_name[opening + 1 : closing].replace("„", "«").replace("“", "»")
    return " ".join(inner.split()) or legal_name.strip()


def institution_choices(blank_label) -> list[tuple[str, str]]:
    institutions = Institution.objects.filter(status=Institution.Status.ACTIVE)
    choices = sorted(
        ((inst.slug, inst.display_name) for inst in institutions.only("slug", "name", "name_en")),
        key=lambda choice: choice[1].casefold(),
    )
    return [("", blank_label), *choices]


class InstitutionFilterForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind"), required=False)
    region = forms.ChoiceField(label=_("Region"), required=False)
    group = forms.ChoiceField(
        label=_("Group by"),
        required=False,
        choices=[("", _("No grouping")), ("kind", _("Kind")), ("region", _("Region"))],
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = [("", _("Any kind")), *Institution.Kind.choices]
        self.fields["region"].choices = [("", _("Any region"))] + sorted(
            Region.labels().items(), key=lambda choice: choice[1].casefold()
        )


def listing_label(page: InstitutionPage) -> str:
    return page.institution.label if page.institution else page.title


def region_label(page: InstitutionPage) -> str:
    region = page.institution.region if page.institution else None
    return region.localized_name if region else str(_("No region"))


def group_label_of_kind(page: InstitutionPage) -> str:
    return page.institution.get_kind_display() if page.institution else str(_("Other"))


class InstitutionIndexPage(BaseFormsIndexed, FilteredListingMixin, Page):
    """The directory of member institutions, filterable by kind and region."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")] + BASE_FORM_FIELDS
    api_fields = [APIField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["association.InstitutionPage"]
    max_count_per_parent = 1
    listing_per_page = 24

    class Meta:
        verbose_name = _("institution directory")

    def get_listing_filter_form(self, data):
        return InstitutionFilterForm(data)

    def get_listing_queryset(self, filters: dict):
        pages = with_renditions(
            listed_pages(InstitutionPage.objects.child_of(self)), "logo"
        ).select_related("institution", "institution__region")
        if filters.get("kind"):
            pages = pages.filter(institution__kind=filters["kind"])
        if filters.get("region"):
            pages = pages.filter(institution__region__slug=filters["region"])
        # By the short name people know, not by the legal form the full names start with;
        # in groups, the groups in their own order first.
        ordered = sorted(pages, key=lambda page: listing_label(page).casefold())
        group = filters.get("group")
        if group == "kind":
            order = [kind for kind, _label in Institution.Kind.choices]
            ordered.sort(
                key=lambda page: (
                    order.index(page.institution.kind) if page.institution else len(order)
                )
            )
        elif group == "region":
            ordered.sort(key=lambda page: region_label(page).casefold())
        return ordered

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        group = context["active_filters"].get("group")
        if group:
            describe = group_label_of_kind if group == "kind" else region_label
            groups = []
            for item in context["items"]:
                label = describe(item)
                if not groups or groups[-1]["label"] != label:
                    groups.append({"label": label, "items": []})
                groups[-1]["items"].append(item)
            context["groups"] = groups
        return context


class InstitutionPage(BaseFormsIndexed, Page):
    """The section of one member institution: its profile, news, events and resources."""

    institution = models.ForeignKey(
        Institution,
        verbose_name=_("institution"),
        null=True,
        on_delete=models.PROTECT,
        related_name="pages",
    )
    intro = models.TextField(_("short description"), blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo or photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    cover = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A wide picture across the top of the section; 1600×600 or larger"),
    )
    cover_alt = alt_text_field()
    body = StreamField(BodyBlock(), verbose_name=_("profile"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("logo"), FieldPanel("cover"), FieldPanel("cover_alt")],
            heading=_("Images"),
        ),
        FieldPanel("body"),
    ]
    # The owner is the office's to set: Wagtail leaves the field out of anyone else's
    # form, so a value they post, to save or to preview, is never read.
    settings_panels = Page.settings_panels + [
        FieldPanel("institution", permission=STAFF_PERMISSION)
    ]
    # A translation belongs to the same institution: translators cannot override it.
    override_translatable_fields = [SynchronizedField("institution", overridable=False)]
    search_fields = (
        Page.search_fields
        + [
            index.SearchField("intro"),
            index.SearchField("body"),
            index.FilterField("institution"),
            index.RelatedFields(
                "institution", [index.SearchField("name"), index.SearchField("name_en")]
            ),
        ]
        + BASE_FORM_FIELDS
    )
    api_fields = [
        APIField("intro"),
        APIField("logo", serializer=ImageRenditionField(LOGO_RENDITION)),
        APIField("cover", serializer=ImageRenditionField(COVER_RENDITION)),
        APIField("body"),
        APIField("institution_details"),
    ]

    parent_page_types = ["association.InstitutionIndexPage"]
    subpage_types = [
        "association.NewsIndexPage",
        "association.SeminarIndexPage",
        "association.ResourceIndexPage",
        "home.StandardPage",
    ]

    class Meta:
        verbose_name = _("institution section")

    @property
    def cover_alt_text(self) -> str:
        return alt_text(self.cover, self.cover_alt)

    @property
    def social_image(self) -> SharedImage | None:
        """The cover, else the logo (named by the section's title)."""
        if self.cover:
            return SharedImage(self.cover, self.cover_alt_text)
        if self.logo:
            return SharedImage(self.logo, self.title)
        return None

    @property
    def institution_details(self) -> dict | None:
        if not self.institution:
            return None
        inst = self.institution
        return {
            "slug": inst.slug,
            "name": inst.name,
            "name_en": inst.name_en,
            "kind": inst.kind,
            "region": inst.region.localized_name if inst.region else None,
            "city": inst.city,
            "website": inst.website,
            "email": inst.email,
            "phone": inst.phone,
            "member_since": inst.member_since.isoformat(),
        }

    def structured_data(self, request, site: dict) -> dict:
        """The member institution as a schema.org EducationalOrganization."""
        inst = self.institution
        data = {
            "@type": "EducationalOrganization",
            "url": absolute(request, self.get_url(request)),
            "name": self.title,
            "description": self.intro,
            "memberOf": site,
        }
        if self.logo_id:
            data["logo"] = absolute(request, self.logo.get_rendition("max-320x320").url)
        if inst:
            names = {inst.display_name, inst.name, inst.name_en, inst.short_name} - {"", self.title}
            address = without_empty(
                {
                    "@type": "PostalAddress",
                    "streetAddress": inst.address,
                    "addressLocality": inst.city,
                    "addressRegion": inst.region.localized_name if inst.region else None,
                }
            )
            data.update(
                name=inst.display_name,
                alternateName=sorted(names - {inst.display_name}),
                sameAs=inst.website,
                email=inst.email,
                telephone=inst.phone,
                address=address if len(address) > 1 else None,
            )
        return without_empty(data)

    def get_context(self, request, *args, **kwargs):
        # By name: those page types build on this module (their institution, their section).
        NewsPage = apps.get_model("association", "NewsPage")
        ResourcePage = apps.get_model("association", "ResourcePage")
        SeminarPage = apps.get_model("association", "SeminarPage")

        context = super().get_context(request, *args, **kwargs)
        # The cards name each item's institution: fetched with the items, not per card.
        context["latest_news"] = (
            with_renditions(listed_pages(NewsPage.objects.all()), "image")
            .descendant_of(self)
            .select_related("institution")
            .order_by("-date", "-pk")[:3]
        )
        context["upcoming_seminars"] = (
            with_renditions(listed_pages(SeminarPage.objects.all()), "image")
            .descendant_of(self)
            .filter(ends_at__gte=timezone.now())
            .select_related("institution")
            .order_by("starts_at")[:3]
        )
        context["latest_resources"] = (
            listed_pages(ResourcePage.objects.all())
            .descendant_of(self)
            .select_related("resource_type", "institution", "review_publication")
            .order_by("-first_published_at", "-pk")[:5]
        )
        context["sections"] = listed_pages(self.get_children()).in_menu()
        return context


def owning_institution(page: Page) -> Institution | None:
    """The institution whose section contains `page`, if any."""
    section = InstitutionPage.objects.ancestor_of(page).select_related("institution").first()
    return section.institution if section else None


def is_association_level(page: Page) -> bool:
    """Whether `page` belongs to the association rather than to an institution's section."""
    return not InstitutionPage.objects.ancestor_of(page).exists()


def suspended_section_paths() -> list[str]:
    """Tree paths of suspended institutions' sections, in every language: withdrawn from
    listings and search while the suspension lasts (core.visibility)."""
    return list(
        InstitutionPage.objects.filter(institution__status=Institution.Status.SUSPENDED)
        .values_list("path", flat=True)
        .order_by("path")
    )


def section_labels() -> dict[int, str]:
    """The short name of each institution's section, by page id, in every language (kept
    by each process until content changes): what breadcrumbs call the section."""

    def compute() -> dict[int, str]:
        institutions = {inst.pk: inst for inst in Institution.objects.all()}
        return {
            page_id: institutions[institution_id].label
            for page_id, institution_id in InstitutionPage.objects.filter(
                institution__isnull=False
            ).values_list("pk", "institution_id")
        }

    return pagecache.remembered("institution-section-labels", compute, get_language())

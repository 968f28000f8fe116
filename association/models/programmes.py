"""Joint educational programmes run by several member institutions together."""

from __future__ import annotations

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.images.api.fields import ImageRenditionField
from wagtail.models import Orderable, Page
from wagtail.search import index

from core.blocks import BodyBlock
from core.files import PAGE_IMAGE_RENDITION
from core.images import LeadImageMixin, alt_text_field, with_renditions
from core.indexing import BASE_FORM_FIELDS, BaseFormsIndexed
from core.visibility import listed_pages

from .institutions import institution_choices
from .listing import FilteredListingMixin
from .taxonomy import EducationLevel


class ProgramFilterForm(forms.Form):
    level = forms.ChoiceField(label=_("Education level"), required=False)
    partner = forms.ChoiceField(label=_("Partner institution"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["level"].choices = [("", _("Any level")), *EducationLevel.CHOICES]
        self.fields["partner"].choices = institution_choices(_("Any partner"))


class ProgramIndexPage(BaseFormsIndexed, FilteredListingMixin, Page):
    """The catalogue of joint programmes, filterable by level and partner institution."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")] + BASE_FORM_FIELDS
    api_fields = [APIField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["association.JointProgramPage"]
    max_count_per_parent = 1
    listing_per_page = 12

    class Meta:
        verbose_name = _("programme catalogue")

    def get_listing_filter_form(self, data):
        return ProgramFilterForm(data)

    def get_listing_queryset(self, filters: dict):
        pages = (
            with_renditions(listed_pages(JointProgramPage.objects.child_of(self)), "image")
            .prefetch_related("partners")
            .order_by("title")
        )
        if filters.get("level"):
            pages = pages.filter(level=filters["level"])
        if filters.get("partner"):
            pages = pages.filter(partners__slug=filters["partner"]).distinct()
        return pages


class JointProgramPage(BaseFormsIndexed, LeadImageMixin, Page):
    """A programme delivered jointly by partner institutions of the network."""

    class TeachingLanguage(models.TextChoices):
        RUSSIAN = "ru", _("Russian")
        ENGLISH = "en", _("English")
        BOTH = "ru-en", _("Russian and English")

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
    partners = ParentalManyToManyField(
        "association.Institution",
        verbose_name=_("partner institutions"),
        related_name="joint_programs",
    )
    level = models.CharField(_("education level"), max_length=20, choices=EducationLevel.CHOICES)
    duration = models.CharField(
        _("duration"), max_length=100, help_text=_("For example: 2 years, 120 credits")
    )
    teaching_language = models.CharField(
        _("language of instruction"),
        max_length=10,
        choices=TeachingLanguage.choices,
        default=TeachingLanguage.RUSSIAN,
    )
    double_diploma = models.BooleanField(_("double diploma"), default=False)
    admission = RichTextField(
        _("admission"), blank=True, features=["bold", "italic", "link", "ol", "ul"]
    )
    body = StreamField(BodyBlock(), verbose_name=_("description"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("image"),
        FieldPanel("image_alt"),
        MultiFieldPanel(
            [
                FieldPanel("partners", widget=forms.CheckboxSelectMultiple),
                FieldPanel("level"),
                FieldPanel("duration"),
                FieldPanel("teaching_language"),
                FieldPanel("double_diploma"),
            ],
            heading=_("Programme"),
        ),
        FieldPanel("admission"),
        FieldPanel("body"),
        InlinePanel("coordinators", label=_("Coordinators"), min_num=0),
    ]
    search_fields = (
        Page.search_fields
        + [
            index.SearchField("intro"),
            index.SearchField("body"),
            index.SearchField("admission"),
            index.FilterField("level"),
            index.FilterField("double_diploma"),
            index.RelatedFields(
                "partners", [index.SearchField("name"), index.SearchField("name_en")]
            ),
        ]
        + BASE_FORM_FIELDS
    )
    api_fields = [
        APIField("intro"),
        APIField("image", serializer=ImageRenditionField(PAGE_IMAGE_RENDITION)),
        APIField("level"),
        APIField("duration"),
        APIField("teaching_language"),
        APIField("double_diploma"),
        APIField("admission"),
        APIField("body"),
        APIField("partner_slugs"),
        APIField("coordinators"),
    ]

    parent_page_types = ["association.ProgramIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("joint programme")
        verbose_name_plural = _("joint programmes")

    @property
    def partner_slugs(self) -> list[str]:
        return [partner.slug for partner in self.partners.all()]


class ProgramCoordinator(Orderable):
    """A person to contact about a joint programme."""

    page = ParentalKey(JointProgramPage, on_delete=models.CASCADE, related_name="coordinators")
    name = models.CharField(_("full name"), max_length=150)
    role = models.CharField(_("role"), max_length=150, blank=True)
    institution = models.ForeignKey(
        "association.Institution",
        verbose_name=_("institution"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        FieldPanel("institution"),
        FieldPanel("email"),
        FieldPanel("phone"),
    ]
    api_fields = [APIField("name"), APIField("role"), APIField("email"), APIField("phone")]

    class Meta(Orderable.Meta):
        verbose_name = _("coordinator")
        verbose_name_plural = _("coordinators")

"""Methodological resources published by member institutions."""

from __future__ import annotations

import mimetypes

from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import BooleanField, ExpressionWrapper, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from core.blocks import BodyBlock
from core.files import DocumentField
from core.indexing import BASE_FORM_FIELDS, BaseFormsIndexed
from core.structured_data import absolute, without_empty
from core.visibility import listed_pages

from ..structured_data import organisation, person
from .listing import paginate
from .ownership import InstitutionOwnedMixin
from .taxonomy import ResourcePageTag, ResourceType, Subject


def current_year() -> int:
    return timezone.localdate().year


class ResourceIndexPage(BaseFormsIndexed, Page):
    """The list of one institution's resources (the public searches them all in the
    resource database)."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")] + BASE_FORM_FIELDS
    api_fields = [APIField("intro")]

    parent_page_types = ["association.InstitutionPage"]
    subpage_types = ["association.ResourcePage"]
    max_count_per_parent = 1
    listing_per_page = 20

    class Meta:
        verbose_name = _("institution resource list")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        resources = (
            listed_pages(ResourcePage.objects.child_of(self))
            .select_related("resource_type", "institution", "review_publication")
            .prefetch_related("education_levels")
            # In a translated tree, the resources translated into its language before
            # those it only repeats from the original (aliases).
            .order_by(
                ExpressionWrapper(Q(alias_of__isnull=False), output_field=BooleanField()),
                "-year",
                "title",
            )
        )
        context["items"] = paginate(request, resources, self.listing_per_page)
        return context


class ResourcePageForm(WagtailAdminPageForm):
    """Offers the subjects and resource types in the page's language only: each term once,
    by its name in that language. A term the page has in another language is shown ticked
    as its translation, which the page gets when saved; one without a translation yet is
    still offered, under its own name, so that saving never drops it."""

    TERM_FIELDS = (("subjects", Subject), ("resource_type", ResourceType))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale_id = self.instance.locale_id or getattr(self.parent_page, "locale_id", None)
        if locale_id is None:
            return
        for name, model in self.TERM_FIELDS:
            if name in self.fields:
                self._offer_terms_of(locale_id, name, model)

    def _offer_terms_of(self, locale_id: int, name: str, model) -> None:
        field = self.fields[name]
        many = name == "subjects"
        initial = self.initial.get(name)
        values = list(initial or []) if many else ([initial] if initial else [])
        current = [getattr(value, "pk", value) for value in values]
        terms_here = model.objects.filter(locale_id=locale_id)
        ours = dict(terms_here.values_list("translation_key", "pk"))
        shown, kept = [], []
        for pk, key in model.objects.filter(pk__in=current).values_list("pk", "translation_key"):
            if key in ours:
                shown.append(ours[key])
            else:
                shown.append(pk)
                kept.append(pk)
        field.queryset = model.objects.filter(models.Q(locale_id=locale_id) | models.Q(pk__in=kept))
        if current:
            self.initial[name] = shown if many else shown[0]


class ResourcePage(BaseFormsIndexed, InstitutionOwnedMixin, Page):
    """A methodological resource: a lesson plan, guide, programme, presentation, article
    or recording, with its document or external link."""

    class Language(models.TextChoices):
        RUSSIAN = "ru", _("Russian")
        ENGLISH = "en", _("English")
        OTHER = "other", _("Other language")

    class Licence(models.TextChoices):
        CC_BY = "cc-by", _("Creative Commons Attribution (CC BY 4.0)")
        CC_BY_SA = "cc-by-sa", _("Creative Commons Attribution-ShareAlike (CC BY-SA 4.0)")
        CC_BY_NC = "cc-by-nc", _("Creative Commons Attribution-NonCommercial (CC BY-NC 4.0)")
        CC_BY_NC_SA = (
            "cc-by-nc-sa",
            _("Creative Commons Attribution-NonCommercial-ShareAlike (CC BY-NC-SA 4.0)"),
        )
        CC0 = "cc0", _("Public domain dedication (CC0)")
        ALL_RIGHTS = "all-rights-reserved", _("All rights reserved")

    # The licences' deeds (an all-rights-reserved resource has none).
    LICENCE_URLS = {
        Licence.CC_BY: "https://creativecommons.org/licenses/by/4.0/",
        Licence.CC_BY_SA: "https://creativecommons.org/licenses/by-sa/4.0/",
        Licence.CC_BY_NC: "https://creativecommons.org/licenses/by-nc/4.0/",
        Licence.CC_BY_NC_SA: "https://creativecommons.org/licenses/by-nc-sa/4.0/",
        Licence.CC0: "https://creativecommons.org/publicdomain/zero/1.0/",
    }

    abstract = models.TextField(_("abstract"), max_length=2000)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)
    education_levels = ParentalManyToManyField(
        "association.EducationLevel", verbose_name=_("education levels"), related_name="+"
    )
    subjects = ParentalManyToManyField(
        "association.Subject", verbose_name=_("subjects"), related_name="resources"
    )
    resource_type = models.ForeignKey(
        "association.ResourceType",
        verbose_name=_("resource type"),
        on_delete=models.PROTECT,
        related_name="resources",
    )
    language = models.CharField(
        _("language of the resource"),
        max_length=10,
        choices=Language.choices,
        default=Language.RUSSIAN,
    )
    year = models.PositiveSmallIntegerField(
        _("year"),
        default=current_year,
        validators=[MinValueValidator(1900), MaxValueValidator(2100)],
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    external_url = models.URLField(_("external link"), blank=True)
    licence = models.CharField(
        _("licence"), max_length=30, choices=Licence.choices, default=Licence.CC_BY
    )
    tags = ClusterTaggableManager(through=ResourcePageTag, verbose_name=_("tags"), blank=True)
    external_id = models.CharField(
        _("external identifier"),
        max_length=100,
        blank=True,
        help_text=_("Identifier in the institution's own catalogue, used by imports"),
    )

    content_panels = Page.content_panels + [
        FieldPanel("abstract"),
        InlinePanel("authors", label=_("Authors"), min_num=1),
        MultiFieldPanel(
            [
                FieldPanel("resource_type", widget=forms.RadioSelect),
                FieldPanel("education_levels", widget=forms.CheckboxSelectMultiple),
                FieldPanel("subjects", widget=forms.CheckboxSelectMultiple),
                FieldRowPanel([FieldPanel("language"), FieldPanel("year")]),
                FieldPanel("tags"),
            ],
            heading=_("Classification"),
        ),
        MultiFieldPanel(
            [FieldPanel("document"), FieldPanel("external_url"), FieldPanel("licence")],
            heading=_("Files and licence"),
        ),
        FieldPanel("body"),
    ]
    settings_panels = Page.settings_panels + [FieldPanel("external_id")]
    search_fields = (
        Page.search_fields
        + [
            index.SearchField("abstract"),
            index.SearchField("body"),
            index.SearchField("author_names", boost=2),
            index.SearchField("classification_text"),
            index.FilterField("institution"),
            index.FilterField("resource_type"),
            index.FilterField("language"),
            index.FilterField("year"),
            # Facet values for the engine's aggregations (search/facets.py).
            index.FilterField("education_level_codes"),
            index.FilterField("subject_slugs"),
            index.FilterField("resource_type_slug"),
            index.FilterField("institution_slug"),
            # The published expert review (association/reviews.py): a facet and a sort.
            index.FilterField("review_status"),
            index.FilterField("review_score", type="FloatField"),
        ]
        + BASE_FORM_FIELDS
    )
    api_fields = [
        APIField("abstract"),
        APIField("body"),
        APIField("authors"),
        APIField("education_level_codes"),
        APIField("subject_slugs"),
        APIField("resource_type_slug"),
        APIField("language"),
        APIField("year"),
        APIField("document", serializer=DocumentField()),
        APIField("external_url"),
        APIField("licence"),
        APIField("tags"),
        APIField("institution_slug"),
    ]

    base_form_class = ResourcePageForm
    parent_page_types = ["association.ResourceIndexPage"]
    subpage_types: list[str] = []
    # Fetched with the page when a URL is routed to it (home.routing): its page shows them.
    route_select_related = ("resource_type", "institution", "document")

    class Meta:
        verbose_name = _("resource")
        verbose_name_plural = _("resources")
        indexes = [models.Index(fields=["year"]), models.Index(fields=["external_id"])]

    @classmethod
    def get_indexed_objects(cls):
        return (
            super()
            .get_indexed_objects()
            .select_related("resource_type", "institution", "review_publication")
            .prefetch_related("authors", "subjects", "education_levels", "tags")
        )

    def clean(self):
        super().clean()
        if not self.document_id and not self.external_url:
            from django.core.exceptions import ValidationError

            raise ValidationError(
                {"document": _("Attach a document or give an external link (or both).")}
            )

    @property
    def classification_text(self) -> str:
        """Keywords and the names of the resource's institution, type, subjects and
        levels in every language, so that a search in either language finds the resource
        («Lyceum No. 7 олимпиады» on the Russian site, a Russian original by the
        institution's English name on the English one)."""
        from .taxonomy import term_names

        names = [tag.name for tag in self.tags.all()]
        if self.institution:
            institution = self.institution
            names += [institution.name, institution.name_en, institution.short_name]
        names += term_names(self.resource_type)
        for subject in self.subjects.all():
            names += term_names(subject)
        for level in self.education_levels.all():
            names += level.names_in_all_languages()
        return " ".join(names)

    @property
    def licence_url(self) -> str | None:
        return self.LICENCE_URLS.get(self.licence)

    @property
    def has_pdf(self) -> bool:
        return bool(self.document_id) and self.document.file_extension.lower() == "pdf"

    def structured_data(self, request, site: dict) -> dict:
        """The resource as a schema.org LearningResource."""
        from ..persistent import doi, persistent_id

        number = persistent_id(self)
        identifiers: list = [absolute(request, f"/r/{number}/")]
        if doi(number):
            identifiers.append(
                {"@type": "PropertyValue", "propertyID": "DOI", "value": doi(number)}
            )
        subjects = [subject.localized_name for subject in self.subjects.all()]
        media = []
        if self.document_id:
            document = self.document
            media.append(
                without_empty(
                    {
                        "@type": "MediaObject",
                        "name": document.title,
                        "contentUrl": absolute(request, document.url),
                        "encodingFormat": mimetypes.guess_type(document.filename)[0],
                    }
                )
            )
        if self.external_url:
            media.append({"@type": "MediaObject", "contentUrl": self.external_url})
        licence = self.licence_url or {"@type": "CreativeWork", "name": self.get_licence_display()}
        return without_empty(
            {
                "@type": "LearningResource",
                "@id": identifiers[0],
                "url": absolute(request, self.get_url(request)),
                "identifier": identifiers,
                "name": self.title,
                "description": self.abstract,
                "learningResourceType": self.resource_type.localized_name,
                "educationalLevel": [level.name for level in self.education_levels.all()],
                "teaches": subjects,
                "about": [{"@type": "Thing", "name": subject} for subject in subjects],
                "keywords": ", ".join(tag.name for tag in self.tags.all()),
                "inLanguage": self.language if self.language != self.Language.OTHER else None,
                "license": licence,
                "isAccessibleForFree": True,
                "author": [
                    person(author.name, author.affiliation) for author in self.authors.all()
                ],
                "datePublished": str(self.year) if self.year else None,
                "dateModified": self.last_published_at.isoformat()
                if self.last_published_at
                else None,
                "publisher": organisation(self.institution) if self.institution else site,
                "encoding": media,
            }
        )

    @property
    def education_level_codes(self) -> list[str]:
        return [level.code for level in self.education_levels.all()]

    @property
    def subject_slugs(self) -> list[str]:
        return [subject.slug for subject in self.subjects.all()]

    @property
    def resource_type_slug(self) -> str:
        return self.resource_type.slug

    @property
    def institution_slug(self) -> str | None:
        return self.institution.slug if self.institution else None

    @property
    def review_status(self) -> str | None:
        """ "reviewed" while the composite expert review is published on the resource."""
        publication = getattr(self, "review_publication", None)
        return publication.status if publication else None

    @property
    def review_score(self) -> float | None:
        """The published composite's overall score (none while it is not published)."""
        publication = getattr(self, "review_publication", None)
        return publication.score if publication and publication.status else None

    @property
    def published_review(self):
        """The composite expert review, once the institution agreed to publish it."""
        from .reviews import published_review

        return published_review(self)

    @property
    def author_names(self) -> str:
        return "; ".join(author.name for author in self.authors.all())


class ResourceAuthor(Orderable):
    """An author of a resource, in the order the authors want to be named."""

    page = ParentalKey(ResourcePage, on_delete=models.CASCADE, related_name="authors")
    name = models.CharField(_("full name"), max_length=150)
    affiliation = models.CharField(_("affiliation"), max_length=255, blank=True)

    panels = [FieldPanel("name"), FieldPanel("affiliation")]
    api_fields = [APIField("name"), APIField("affiliation")]

    class Meta(Orderable.Meta):
        verbose_name = _("author")
        verbose_name_plural = _("authors")

"""News of the association and of its member institutions."""

from __future__ import annotations

from django import forms
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.images.api.fields import ImageRenditionField
from wagtail.images.models import SourceImageIOError
from wagtail.models import Page
from wagtail.search import index

from core.blocks import BodyBlock
from core.feeds import FeedItem, feed_response
from core.files import PAGE_IMAGE_RENDITION
from core.images import LeadImageMixin, alt_text_field, with_renditions
from core.indexing import BASE_FORM_FIELDS, BaseFormsIndexed
from core.structured_data import absolute, without_empty

from ..structured_data import organisation
from .institutions import institution_choices
from .ownership import InstitutionOwnedMixin, SectionListingMixin


class NewsFilterForm(forms.Form):
    year = forms.TypedChoiceField(label=_("Year"), required=False, coerce=int, empty_value=None)
    institution = forms.ChoiceField(label=_("Published by"), required=False)

    def __init__(self, *args, show_institution: bool = True, **kwargs):
        super().__init__(*args, **kwargs)
        this_year = timezone.localdate().year
        self.fields["year"].choices = [("", _("Any year"))] + [
            (str(year), str(year)) for year in range(this_year, this_year - 15, -1)
        ]
        if show_institution:
            choices = institution_choices(_("Anyone"))
            choices.insert(1, ("association", _("The association's office")))
            self.fields["institution"].choices = choices
        else:
            del self.fields["institution"]


class NewsIndexPage(BaseFormsIndexed, RoutablePageMixin, SectionListingMixin, Page):
    """A news listing with an RSS feed.

    At the top of the site it aggregates the news of the association and of every member
    institution; inside an institution's section it lists that institution's news.
    """

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")] + BASE_FORM_FIELDS
    api_fields = [APIField("intro")]

    parent_page_types = ["home.HomePage", "association.InstitutionPage"]
    subpage_types = ["association.NewsPage"]
    max_count_per_parent = 1
    listing_per_page = 12
    feed_length = 30

    class Meta:
        verbose_name = _("news listing")

    filter_form_class = NewsFilterForm

    @property
    def listed_model(self):
        return NewsPage

    def news(self):
        return with_renditions(self.listed_items(), "image").order_by("-date", "-pk")

    def get_listing_queryset(self, filters: dict):
        pages = self.news()
        if filters.get("year"):
            pages = pages.filter(date__year=filters["year"])
        if filters.get("institution"):
            if filters["institution"] == "association":
                pages = pages.filter(institution__isnull=True)
            else:
                pages = pages.filter(institution__slug=filters["institution"])
        return pages

    @path("")
    def listing(self, request):
        return self.render(request)

    @path("feed/")
    def feed(self, request):
        page_url = self.get_full_url(request)
        return feed_response(
            "rss",
            title=self.title,
            link=page_url,
            description=self.intro or self.title,
            language=self.locale.language_code,
            feed_url=page_url + self.reverse_subpage("feed"),
            items=(
                FeedItem(
                    title=item.title,
                    link=item.get_full_url(request),
                    description=item.intro,
                    published=item.first_published_at or timezone.now(),
                    author=item.institution.display_name if item.institution else None,
                )
                for item in self.news()[: self.feed_length]
            ),
        )


class NewsPage(BaseFormsIndexed, LeadImageMixin, InstitutionOwnedMixin, Page):
    """One news item."""

    date = models.DateField(_("date"), default=timezone.localdate)
    intro = models.TextField(_("summary"), max_length=500)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    image_alt = alt_text_field()
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("date"),
        FieldPanel("intro"),
        FieldPanel("image"),
        FieldPanel("image_alt"),
        FieldPanel("body"),
    ]
    search_fields = (
        Page.search_fields
        + [
            index.SearchField("intro"),
            index.SearchField("body"),
            index.FilterField("date"),
            index.FilterField("institution"),
        ]
        + BASE_FORM_FIELDS
    )
    api_fields = [
        APIField("date"),
        APIField("intro"),
        APIField("image", serializer=ImageRenditionField(PAGE_IMAGE_RENDITION)),
        APIField("body"),
        APIField("institution_slug"),
    ]

    parent_page_types = ["association.NewsIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")
        indexes = [models.Index(fields=["date"])]

    @property
    def institution_slug(self) -> str | None:
        return self.institution.slug if self.institution else None

    def structured_data(self, request, site: dict) -> dict:
        """The news item as a schema.org NewsArticle."""
        url = absolute(request, self.get_url(request))
        image = None
        if self.image_id:
            try:
                image = [absolute(request, self.image.get_rendition("fill-1200x630").url)]
            except SourceImageIOError:
                # An original lost from storage leaves the page without an image, as
                # Wagtail's {% image %} tag does, not without the page.
                image = None
        return without_empty(
            {
                "@type": "NewsArticle",
                "url": url,
                "mainEntityOfPage": url,
                "headline": self.title,
                "description": self.intro,
                "datePublished": self.date.isoformat(),
                "dateModified": self.last_published_at.isoformat()
                if self.last_published_at
                else None,
                "author": [organisation(self.institution) if self.institution else site],
                "publisher": site,
                "image": image,
                "inLanguage": self.locale.language_code,
            }
        )

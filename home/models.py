"""The home page, general-purpose pages, the enquiry form and site-wide settings."""

from __future__ import annotations

from anyascii import anyascii
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.coreutils import safe_snake_case
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from core import pagecache
from core.blocks import BodyBlock
from core.images import SharedImage, alt_text, alt_text_field, with_renditions
from core.indexing import BASE_FORM_FIELDS, BaseFormsIndexed
from core.locales import active_locale_id, default_locale_id
from core.visibility import listed_pages

from .routing import route_by_url_path


class HomePage(BaseFormsIndexed, Page):
    """The front page of one language: the network at a glance."""

    hero_title = models.CharField(_("headline"), max_length=200)
    hero_text = models.TextField(_("introduction"), blank=True)
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_image_alt = alt_text_field()
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("hero_title"),
                FieldPanel("hero_text"),
                FieldPanel("hero_image"),
                FieldPanel("hero_image_alt"),
            ],
            heading=_("Headline"),
        ),
        FieldPanel("body"),
    ]
    search_fields = (
        Page.search_fields
        + [
            index.SearchField("hero_title"),
            index.SearchField("hero_text"),
            index.SearchField("body"),
        ]
        + BASE_FORM_FIELDS
    )
    api_fields = [APIField("hero_title"), APIField("hero_text"), APIField("body")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "association.NewsIndexPage",
        "association.InstitutionIndexPage",
        "association.ProgramIndexPage",
        "association.SeminarIndexPage",
        "search.ResourceDatabasePage",
        "search.SearchPage",
        "home.StandardPage",
        "home.FormPage",
        "activity.NetworkPage",
        "network.JoinPage",
    ]

    class Meta:
        verbose_name = _("home page")

    @property
    def localized(self):
        """The home page of the active language, as `TranslatableMixin.localized` finds
        it; every request is routed from it, so each process keeps it until content
        changes."""
        active = active_locale_id()
        if active is None or active == self.locale_id:
            return self
        return pagecache.remembered(
            "localized-home", lambda: Page.localized.fget(self).specific, self.pk, active
        )

    @property
    def hero_image_alt_text(self) -> str:
        return alt_text(self.hero_image, self.hero_image_alt)

    @property
    def social_image(self) -> SharedImage | None:
        return SharedImage(self.hero_image, self.hero_image_alt_text) if self.hero_image else None

    def route(self, request, path_components):
        if path_components:
            found = route_by_url_path(self, request, path_components)
            if found is not None:
                return found
        return super().route(request, path_components)

    def structured_data(self, request, site: dict) -> dict:
        """The portal in one language as a schema.org WebSite, published by the association."""
        return {
            "@type": "WebSite",
            "url": site.get("url"),
            "name": site["name"],
            "inLanguage": self.locale.language_code,
            "publisher": site,
        }

    def get_context(self, request, *args, **kwargs):
        from association.models import (
            Institution,
            JointProgramPage,
            NewsPage,
            ResourcePage,
            SeminarPage,
        )

        context = super().get_context(request, *args, **kwargs)
        in_locale = {"locale": self.locale}
        context["latest_news"] = (
            with_renditions(listed_pages(NewsPage.objects.all()), "image")
            .filter(**in_locale)
            .select_related("institution")
            .order_by("-date", "-pk")[:4]
        )
        context["upcoming_seminars"] = (
            with_renditions(listed_pages(SeminarPage.objects.all()), "image")
            .filter(ends_at__gte=timezone.now(), **in_locale)
            .select_related("institution")
            .order_by("starts_at")[:4]
        )
        context["latest_resources"] = (
            listed_pages(ResourcePage.objects.all())
            .filter(**in_locale)
            .select_related("institution", "resource_type", "review_publication")
            .order_by("-first_published_at", "-pk")[:6]
        )
        # Counting 100 000 resources takes a while: once per change of content.
        context["figures"] = pagecache.shared(
            "home-figures",
            lambda: {
                "institutions": Institution.objects.filter(
                    status=Institution.Status.ACTIVE
                ).count(),
                "resources": listed_pages(ResourcePage.objects.all()).filter(**in_locale).count(),
                "programmes": listed_pages(JointProgramPage.objects.all())
                .filter(**in_locale)
                .count(),
                "seminars": listed_pages(SeminarPage.objects.all()).filter(**in_locale).count(),
            },
            self.locale_id,
        )
        return context


class StandardPage(BaseFormsIndexed, Page):
    """A general page: about the association, its rules, contacts."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = (
        Page.search_fields
        + [index.SearchField("intro"), index.SearchField("body")]
        + BASE_FORM_FIELDS
    )
    api_fields = [APIField("intro"), APIField("body")]

    parent_page_types = ["home.HomePage", "home.StandardPage", "association.InstitutionPage"]
    subpage_types = ["home.StandardPage", "home.FormPage"]

    class Meta:
        verbose_name = _("standard page")


class FormField(AbstractFormField):
    page = ParentalKey("FormPage", on_delete=models.CASCADE, related_name="form_fields")

    def get_field_clean_name(self) -> str:
        # Transliterate Russian labels so that submission keys stay short and readable.
        return safe_snake_case(anyascii(self.label))[:80].strip("_") or "field"


class FormPage(BaseFormsIndexed, AbstractEmailForm):
    """A form whose submissions go to the office's inbox in the admin (and by e-mail),
    such as "join the network" enquiries."""

    intro = models.TextField(_("introduction"), blank=True)
    thank_you_text = RichTextField(
        _("text after sending"), blank=True, features=["bold", "italic", "link"]
    )

    content_panels = AbstractEmailForm.content_panels + [
        FormSubmissionsPanel(),
        FieldPanel("intro"),
        InlinePanel("form_fields", label=_("Form fields")),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
            ],
            heading=_("E-mail"),
        ),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro")] + BASE_FORM_FIELDS
    api_fields = [APIField("intro")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("form page")


class FooterLinkBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Label"), max_length=80)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("External address"), required=False)

    class Meta:
        icon = "link"
        label = _("Link")


@register_snippet
class SiteSettings(TranslatableMixin, models.Model):
    """What the header and footer say about the association, one record per language."""

    association_name = models.CharField(_("association name"), max_length=255)
    tagline = models.CharField(_("tagline"), max_length=255, blank=True)
    address = models.CharField(_("address"), max_length=255, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    footer_text = models.TextField(_("footer note"), blank=True)
    footer_links = StreamField(
        [("link", FooterLinkBlock())], verbose_name=_("footer links"), blank=True
    )

    panels = [
        FieldPanel("association_name"),
        FieldPanel("tagline"),
        MultiFieldPanel(
            [FieldPanel("address"), FieldPanel("email"), FieldPanel("phone")],
            heading=_("Contacts"),
        ),
        FieldPanel("footer_text"),
        FieldPanel("footer_links"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("site settings")
        verbose_name_plural = _("site settings")
        constraints = [
            models.UniqueConstraint(fields=["locale"], name="one_site_settings_per_locale")
        ]

    def __str__(self) -> str:
        return f"{self.association_name} ({self.locale})"

    @classmethod
    def for_active_language(cls) -> SiteSettings | None:
        """The active language's record, else the default language's; every page's
        header and footer show it, so each process keeps the records until they change."""
        records = pagecache.remembered(
            "site-settings", lambda: {record.locale_id: record for record in cls.objects.all()}
        )
        return records.get(active_locale_id()) or records.get(default_locale_id())

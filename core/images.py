"""Images of pages: their alternative text in the page's language, the image a page is
shared with (og:image), and listings that fetch their cards' renditions with the cards.

Wagtail's images are not translated (one image serves the Russian page and its English
translation), so the text describing an image where a page shows it belongs to the page:
an `…_alt` field beside each image field, which wagtail-localize translates with the rest
of the page. Left empty, the image's own description (Wagtail's `default_alt_text`) is
used.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import models
from django.utils.translation import gettext_lazy as _


def alt_text_field() -> models.CharField:
    """The page's description of one of its images, for people who cannot see it."""
    return models.CharField(
        _("alternative text"),
        max_length=255,
        blank=True,
        help_text=_(
            "What the image shows, for people who cannot see it; empty: the image's own description"
        ),
    )


def alt_text(image, text: str = "") -> str:
    """`text`, else the image's description, else its title; empty without an image."""
    if image is None:
        return ""
    return text or image.default_alt_text


@dataclass(frozen=True)
class SharedImage:
    """The image social networks show for a page (og:image) and its description."""

    image: object
    alt: str


class LeadImageMixin:
    """For pages with a lead image (`image`) and its description there (`image_alt`)."""

    @property
    def image_alt_text(self) -> str:
        return alt_text(self.image, self.image_alt)

    @property
    def social_image(self) -> SharedImage | None:
        return SharedImage(self.image, self.image_alt_text) if self.image else None


def with_renditions(pages, *fields: str):
    """`pages` with the images in `fields` and their renditions fetched along (a join and
    one query per field), so that listing cards with pictures cost no query per card:
    Wagtail's rendition lookups read prefetched renditions."""
    return pages.select_related(*fields).prefetch_related(
        *(f"{field}__renditions" for field in fields)
    )

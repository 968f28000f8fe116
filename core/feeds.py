"""Syndication feeds of listings (news, the resource database's queries): RSS 2.0 or Atom,
written the one way every listing writes them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from django.http import HttpResponse
from django.utils import feedgenerator

# Feed formats by the name a URL gives them: the generator and the media type.
FEED_FORMATS: dict[str, tuple[type[feedgenerator.SyndicationFeed], str]] = {
    "rss": (feedgenerator.Rss201rev2Feed, "application/rss+xml"),
    "atom": (feedgenerator.Atom1Feed, "application/atom+xml"),
}


@dataclass
class FeedItem:
    title: str
    link: str
    description: str
    published: datetime
    author: str | None = None
    categories: tuple[str, ...] = ()


def feed_response(
    format_name: str,
    *,
    title: str,
    link: str,
    description: str,
    language: str,
    feed_url: str,
    items: Iterable[FeedItem],
) -> HttpResponse:
    """The feed as a response; `link` is the listing's page, `feed_url` the feed's own
    full address (RSS's atom:link, Atom's self link)."""
    generator, media_type = FEED_FORMATS[format_name]
    feed = generator(
        title=title,
        link=link,
        description=description,
        language=language,
        feed_url=feed_url,
    )
    for item in items:
        feed.add_item(
            title=item.title,
            link=item.link,
            description=item.description,
            unique_id=item.link,
            pubdate=item.published,
            author_name=item.author,
            categories=item.categories,
        )
    response = HttpResponse(content_type=f"{media_type}; charset=utf-8")
    feed.write(response, "utf-8")
    return response

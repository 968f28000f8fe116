"""The sitemap: every live, public page of every language, with hreflang alternates."""

from __future__ import annotations

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from core.visibility import listed_pages


class MultilingualSitemap(Sitemap):
    def items(self):
        site = self.get_wagtail_site()
        roots = site.root_page.get_translations(inclusive=True)
        pages = Page.objects.none()
        for root in roots:
            pages = pages | Page.objects.descendant_of(root, inclusive=True)
        # Aliases repeat a page of another language, which is listed in its own right.
        return (
            listed_pages(pages)
            .filter(alias_of__isnull=True)
            .order_by("path")
            .defer_streamfields()
            .select_related("locale")
            .specific()
        )

    def _urls(self, page, protocol, domain):
        items = list(self.paginator.page(page).object_list)
        alternates = self._alternates(items)
        urls = []
        for item in items:
            for url_info in item.get_sitemap_urls(self.request):
                url_info["alternates"] = alternates.get(item.translation_key, [])
                urls.append(url_info)
        last_mods = {url_info.get("lastmod") for url_info in urls}
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls

    def _alternates(self, items) -> dict:
        keys = {item.translation_key for item in items}
        alternates: dict = {}
        translations = (
            listed_pages(Page.objects.filter(translation_key__in=keys, alias_of__isnull=True))
            .select_related("locale")
            .defer_streamfields()
        )
        for translation in translations:
            alternates.setdefault(translation.translation_key, []).append(
                {
                    "lang_code": translation.locale.language_code,
                    "location": translation.get_full_url(self.request),
                }
            )
        return alternates

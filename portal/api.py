"""Wagtail's read-only content API v2: pages, images and documents."""

from django.db.models import Case, IntegerField, When
from rest_framework.filters import BaseFilterBackend
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Locale

from core.visibility import listed_pages
from search.backends import site_search
from search.query import SiteQuery

# The most pages a `?search=` answers with, best first.
SEARCH_LIMIT = 200


class PortalSearchFilter(BaseFilterBackend):
    """`?search=` through the site search (search/backends), so the API finds what the
    site's search page finds, with the same query semantics; typed text never reaches a
    backend unparsed."""

    def filter_queryset(self, request, queryset, view):
        text = request.GET.get("search")
        if text is None:
            return queryset
        ids: list[int] = []
        for locale in Locale.objects.all():
            found = site_search(SiteQuery.from_typed(locale, text)).page(0, SEARCH_LIMIT)
            ids += [found_page.pk for found_page in found]
        queryset = queryset.filter(pk__in=ids)
        if "order" not in request.GET:
            rank = Case(
                *[When(pk=pk, then=position) for position, pk in enumerate(ids)],
                output_field=IntegerField(),
            )
            queryset = queryset.order_by(rank)
        return queryset


class ListedPagesAPIViewSet(PagesAPIViewSet):
    """The pages endpoint shows what the site lists for the public (core.visibility),
    whoever asks: an API answer is not the place for a page behind a password."""

    filter_backends = [
        PortalSearchFilter if getattr(backend, "__name__", "") == "SearchFilter" else backend
        for backend in PagesAPIViewSet.filter_backends
    ]

    def get_base_queryset(self):
        return listed_pages(super().get_base_queryset())


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", ListedPagesAPIViewSet)
api_router.register_endpoint("images", ImagesAPIViewSet)
api_router.register_endpoint("documents", DocumentsAPIViewSet)

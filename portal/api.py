"""Wagtail's read-only content API v2: pages, images and documents."""

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from core.visibility import listed_pages


class ListedPagesAPIViewSet(PagesAPIViewSet):
    """The pages endpoint shows what the site lists for the public (core.visibility),
    whoever asks: an API answer is not the place for a page behind a password."""

    def get_base_queryset(self):
        return listed_pages(super().get_base_queryset())


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", ListedPagesAPIViewSet)
api_router.register_endpoint("images", ImagesAPIViewSet)
api_router.register_endpoint("documents", DocumentsAPIViewSet)

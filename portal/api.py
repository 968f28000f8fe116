"""Wagtail's read-only content API v2 (pages only), and the admin API's documents and
images narrowed to what the user may choose.

The public API has no documents or images endpoint: a file is public only while a
public page uses it (core/files.py), so the pages carry their files — a resource's
`document` with its download address, a page's `image` as a rendition — and there is no
catalogue of files to keep in step with that rule or to enumerate (README, Security)."""

from django.conf import settings
from django.db.models import Case, IntegerField, When
from django.utils.translation import gettext as _
from rest_framework.filters import BaseFilterBackend
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents import get_document_model
from wagtail.documents.api.admin.views import DocumentsAdminAPIViewSet
from wagtail.images import get_image_model
from wagtail.images.api.admin.views import ImagesAdminAPIViewSet
from wagtail.models import Locale
from wagtail.permissions import policy_registry

from core.identifiers import MAX_ID, parse_id
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


class BoundedPagination(WagtailPagination):
    """Wagtail's `offset` and `limit`, with an offset the database can count to: a larger
    one is refused with a reason rather than passed on to fail in SQL."""

    def paginate_queryset(self, queryset, request, view=None):
        limit_max = getattr(settings, "WAGTAILAPI_LIMIT_MAX", 20) or 0
        offset = parse_id(request.GET.get("offset", "0"))
        if offset is None or offset > MAX_ID - limit_max:
            raise BadRequestError(
                _("offset must be a whole number from 0 to %(largest)d")
                % {"largest": MAX_ID - limit_max}
            )
        return super().paginate_queryset(queryset, request, view)


class ListedPagesAPIViewSet(PagesAPIViewSet):
    """The pages endpoint shows what the site lists for the public (core.visibility),
    whoever asks: an API answer is not the place for a page behind a password."""

    pagination_class = BoundedPagination

    def initial(self, request, *args, **kwargs):
        # No stored text holds a NUL (PostgreSQL refuses to compare with one); the search
        # text drops control characters itself (search/query.py).
        for name, value in request.GET.lists():
            if any("\x00" in text for text in [name, *value]) and name != "search":
                raise BadRequestError(
                    _("The parameter %(name)s contains a NUL character.") % {"name": repr(name)}
                )
        super().initial(request, *args, **kwargs)

    filter_backends = [
        PortalSearchFilter if getattr(backend, "__name__", "") == "SearchFilter" else backend
        for backend in PagesAPIViewSet.filter_backends
    ]

    def get_base_queryset(self):
        return listed_pages(super().get_base_queryset())


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", ListedPagesAPIViewSet)


class ChoosableDocumentsAdminAPIViewSet(DocumentsAdminAPIViewSet):
    """/admin/api/main/documents/: the documents the user may choose (their collections'
    rights), as the choosers show."""

    def get_queryset(self):
        policy = policy_registry.get_by_type(get_document_model())
        choosable = policy.instances_user_has_any_permission_for(self.request.user, ["choose"])
        return super().get_queryset().filter(pk__in=choosable.values("pk"))


class ChoosableImagesAdminAPIViewSet(ImagesAdminAPIViewSet):
    """/admin/api/main/images/: the images the user may choose."""

    def get_queryset(self):
        policy = policy_registry.get_by_type(get_image_model())
        choosable = policy.instances_user_has_any_permission_for(self.request.user, ["choose"])
        return super().get_queryset().filter(pk__in=choosable.values("pk"))


def narrow_admin_api(router: WagtailAPIRouter) -> None:
    """`construct_admin_api`: replaces the endpoints Wagtail registered."""
    router.register_endpoint("documents", ChoosableDocumentsAdminAPIViewSet)
    router.register_endpoint("images", ChoosableImagesAdminAPIViewSet)

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path, re_path
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.documents.views.serve import serve as serve_document

from association.views.public import page_calendar
from core.files import serve_media, with_cache_headers
from home.persistent import resource_address, resource_citation
from home.sitemaps import MultilingualSitemap
from home.views import healthz, page_not_found, robots_txt, server_error
from search.api import api as search_api

from .api import api_router
from .health import readyz

urlpatterns = [
    # One login for everyone, Wagtail's, with the second factor and the lockout: Django's
    # admin is not served, and Wagtail's front-end login for pages restricted to logged-in
    # visitors leads there too (keeping ?next=).
    re_path(r"^django-admin/", RedirectView.as_view(pattern_name="wagtailadmin_login")),
    path("", include("association.urls")),
    path("admin/", include(wagtailadmin_urls)),
    # Wagtail's document view (its `before_serve_document` hooks check who asks,
    # core.files), with the caching headers that check decided.
    re_path(
        r"^documents/(\d+)/(.*)$", with_cache_headers(serve_document), name="wagtaildocs_serve"
    ),
    path("documents/", include(wagtaildocs_urls)),
    # Uploads go through the same checks in every environment: no file of MEDIA_ROOT is
    # served as it lies (README, Security).
    re_path(rf"^{settings.MEDIA_URL.strip('/')}/(?P<path>.+)$", serve_media, name="media"),
    path("api/v2/", api_router.urls),
    path("api/search/", search_api.urls),
    path("api/network/", include("activity.urls")),
    # A resource's persistent address and its citation files, in no language's prefix
    # (README, Persistent addresses).
    path("r/<str:ident>/", resource_address, name="resource_address"),
    re_path(
        r"^r/(?P<ident>[^/]+)/citation\.(?P<extension>[^/]+)$",
        resource_citation,
        name="resource_citation",
    ),
    # The resource database for harvesters: OAI-PMH 2.0 (README, Harvesting).
    path("oai/", include("harvest.urls")),
    # Open Badges credentials of certificates of attendance: the public key (JWK Set),
    # the issuer's profile, each credential's status (network/credentials.py).
    path("", include("network.credential_urls")),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": MultilingualSitemap}}, name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("healthz", healthz, name="healthz"),
    path("readyz", readyz, name="readyz"),
]

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()

urlpatterns += i18n_patterns(
    re_path(
        r"^(?P<page_path>(?:[\w\-]+/)*)(?P<name>[\w\-]+)\.ics$",
        page_calendar,
        name="page_calendar",
    ),
    path("", include("network.urls")),
    path(
        "_util/login/",
        RedirectView.as_view(pattern_name="wagtailadmin_login", query_string=True),
    ),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler404 = page_not_found
handler500 = server_error

"""Settings shared by every environment, read from the environment variables the README
lists (Configuration). The project's own settings are named PORTAL_…; their variables
are named without the prefix."""

from pathlib import Path
from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from .environment import (
    cache_config,
    checkout_installation,
    database_config,
    env,
    env_bool,
    env_languages,
    env_list,
    search_config,
)

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

SECRET_KEY = env("SECRET_KEY")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")

INSTALLED_APPS = [
    "core",
    "home",
    "association",
    "search",
    "harvest",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v2",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "rest_framework",
    "guardian",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    "csp",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "activity",
    "network",
    # The demo network and `load_demo`: the top layer, nothing imports it (portal stays last).
    "demo",
    "portal",
]

MIDDLEWARE = [
    # Outermost, so that its `total` is all of the portal's work on a request.
    "search.timing.ServerTimingMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "core.security.ContentSecurityPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    # Anonymous pages from the cache (core/pagecache.py): after the language is known,
    # inside the security headers and CSP.
    "core.pagecache.PageCacheMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "association.middleware.AdminIsolationMiddleware",
    # Path parameters that name nothing, malformed admin ids, forms missing a field.
    "portal.malformed_input.MalformedInputMiddleware",
    # Inside the admin's language (AdminIsolationMiddleware) for its notice; it needs
    # django-otp's OTPMiddleware and the messages.
    "portal.middleware.TwoFactorMiddleware",
    # Last, as django-axes asks: it answers locked-out login attempts.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "portal.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "portal.wsgi.application"

DATABASES = {
    "default": database_config(env("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"))
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CACHES = {"default": cache_config(env("CACHE_URL"))}
# Whether every process of the site reads the same cache (Redis). Only then does a change
# made in one process reach the others through it: the page and fragment caches of the
# production settings, and each process's memory of what every page needs
# (core.pagecache.remembered), depend on it. Local memory is private to each process.
PORTAL_CACHE_SHARED_BY_PROCESSES = not CACHES["default"]["BACKEND"].endswith(
    ("LocMemCache", "DummyCache")
)
# Anonymous full pages are cached this many seconds at most (0 turns the page cache off);
# every change to public content makes them stale at once (core/pagecache.py).
PORTAL_PAGE_CACHE_SECONDS = int(env("PAGE_CACHE_SECONDS", "600"))
# max-age for browsers; 0: they revalidate every time (ETag, 304 Not Modified).
PORTAL_PAGE_CACHE_BROWSER_SECONDS = int(env("PAGE_CACHE_BROWSER_SECONDS", "0"))
# Fragments many pages repeat (menu, footer, home figures), kept until content changes.
PORTAL_FRAGMENT_CACHE_SECONDS = int(env("FRAGMENT_CACHE_SECONDS", "600"))
# The largest catalogue file the admin's import accepts; the import itself runs in the
# background worker (association/importjobs.py), so its size is not bound by a request's
# time limit.
PORTAL_IMPORT_MAX_BYTES = int(float(env("IMPORT_MAX_MB", "10")) * 1024 * 1024)
# /readyz counts a dependency that has not answered within this many seconds as failed,
# so that it answers within about that time even when the search engine hangs.
PORTAL_HEALTH_TIMEOUT_SECONDS = float(env("HEALTH_TIMEOUT_SECONDS", "2"))

AUTHENTICATION_BACKENDS = [
    # First, so that locked-out accounts are refused before their password is checked.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
    "guardian.backends.ObjectPermissionBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Russian is the default; every public URL carries its language prefix.
# PORTAL_LANGUAGES adds languages, e.g. "ru:Русский,en:English,tt:Татарча" (README).
LANGUAGE_CODE = env("LANGUAGE_CODE", "ru")
LANGUAGES = env_languages("PORTAL_LANGUAGES", [("ru", "Русский"), ("en", "English")])
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = env("TIME_ZONE", "Europe/Moscow")

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [BASE_DIR / "static_src"]
STATIC_ROOT = Path(env("STATIC_ROOT", str(BASE_DIR / "static")))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(env("MEDIA_ROOT", str(BASE_DIR / "media")))
MEDIA_URL = "/media/"

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# The page editor of a page with long StreamFields posts many fields.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Background work (search-index updates and other deferred work).
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# Wagtail
WAGTAIL_SITE_NAME = _("Association of Educational Institutions")
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# No autosave. On the create view it makes the page half a second after the first
# keystroke; a submit sent before the browser has switched to the edit view creates it a
# second time, and Wagtail answers 500 ("slug already in use"): the browser journey of an
# editor submitting a resource hit it. It would also put unfinished pages, and their
# aliases in the other language, into an institution's section.
WAGTAIL_AUTOSAVE_INTERVAL = 0
# Whose search indices these are: an index this installation did not create (or claim
# with `update_index --claim`) is never written to (search/backends/owned.py). In
# development and tests both the id and the index prefix come from the checkout's folder;
# production takes the id from SEARCH_INSTALLATION or the database (production.py).
SEARCH_INSTALLATION = env("SEARCH_INSTALLATION", checkout_installation(BASE_DIR))
WAGTAILSEARCH_BACKENDS = {
    "default": search_config(
        env("SEARCH_URL"),
        index_prefix=checkout_installation(BASE_DIR),
        database=DATABASES["default"],
    )
}
WAGTAILDOCS_EXTENSIONS = [
    "csv",
    "docx",
    "odt",
    "pdf",
    "pptx",
    "odp",
    "rtf",
    "txt",
    "xlsx",
    "ods",
    "zip",
]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 25 * 1024 * 1024
WAGTAILDOCS_DOCUMENT_FORM_BASE = "core.uploads.DocumentForm"
# Served by Django with Content-Disposition: attachment (only PDFs open in the browser).
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 64_000_000
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "avif"]
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAILAPI_BASE_URL = WAGTAILADMIN_BASE_URL
WAGTAILAPI_LIMIT_MAX = 100
WAGTAIL_USER_TIME_ZONES = [
    "Europe/Moscow",
    "Europe/Kaliningrad",
    "Europe/Samara",
    "Asia/Yekaterinburg",
    "UTC",
]
WAGTAIL_ALLOW_UNICODE_SLUGS = False

REST_FRAMEWORK = {"DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"]}

GUARDIAN_RAISE_403 = True
ANONYMOUS_USER_NAME = None

# Who receives "join the network" enquiries and other notices by default.
PORTAL_NOTIFICATION_EMAIL = env("PORTAL_NOTIFICATION_EMAIL", "office@association.example")
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "portal@association.example")

# The network app: personal data of event registrations is deleted this many days after
# the event ends (manage.py purge_registrations). Applications to join and sign-ups for
# events accepted per client address and per e-mail address within a window (network.limits).
PORTAL_REGISTRATION_RETENTION_DAYS = int(env("REGISTRATION_RETENTION_DAYS", "30"))
PORTAL_NETWORK_RATE_WINDOW = 3600  # seconds
PORTAL_NETWORK_APPLICATIONS_PER_IP = int(env("NETWORK_APPLICATIONS_PER_IP", "5"))
PORTAL_NETWORK_APPLICATIONS_PER_EMAIL = int(env("NETWORK_APPLICATIONS_PER_EMAIL", "3"))
PORTAL_NETWORK_REGISTRATIONS_PER_IP = int(env("NETWORK_REGISTRATIONS_PER_IP", "20"))
PORTAL_NETWORK_REGISTRATIONS_PER_EMAIL = int(env("NETWORK_REGISTRATIONS_PER_EMAIL", "3"))

# Certificates of attendance are also signed Open Badges 3.0 credentials (network/
# credentials.py): the association's RSA private key in PEM, as text (CREDENTIAL_KEY) or in
# a file (CREDENTIAL_KEY_FILE). Outside production a missing file is generated on first use.
PORTAL_CREDENTIAL_KEY = env("CREDENTIAL_KEY")
PORTAL_CREDENTIAL_KEY_FILE = env(
    "CREDENTIAL_KEY_FILE", str(BASE_DIR / ".services" / "credential-key.pem")
)
PORTAL_CREDENTIAL_KEY_GENERATE = True
# How long an invitation to join an institution's team can be accepted.
PORTAL_TEAM_INVITATION_DAYS = int(env("TEAM_INVITATION_DAYS", "14"))

# The association's DOI prefix, if it has one: resources then show DOIs made from their
# persistent numbers (README, Persistent addresses); the portal registers none itself.
PORTAL_DOI_PREFIX = env("DOI_PREFIX", "").strip()
if PORTAL_DOI_PREFIX and not PORTAL_DOI_PREFIX.startswith("10."):
    raise ImproperlyConfigured(f"DOI_PREFIX {PORTAL_DOI_PREFIX!r} is no DOI prefix (10.NNNN)")

# The OAI-PMH endpoint (/oai/, README, Harvesting): the namespace of its identifiers
# (oai:<this>:resource/<number>; by default the host of the site's address — keep it once
# harvesters know it), the records per page of a list, the address harvesters may write to.
PORTAL_OAI_REPOSITORY_ID = env("OAI_REPOSITORY_ID", "") or (
    urlsplit(WAGTAILADMIN_BASE_URL).hostname or "localhost"
)
PORTAL_OAI_PAGE_SIZE = int(env("OAI_PAGE_SIZE", "100"))
PORTAL_OAI_ADMIN_EMAIL = env("OAI_ADMIN_EMAIL", "") or PORTAL_NOTIFICATION_EMAIL

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}

# Accounts: lockout after repeated failed logins (django-axes), optional TOTP two-factor
# login (django-otp), sessions that end.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 0.25  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "account_locked.html"
AXES_VERBOSE = False
WAGTAILADMIN_USER_LOGIN_FORM = "core.security.LoginForm"
OTP_TOTP_ISSUER = "Association portal"
# Superusers, staff and account managers turn two-factor login on before using the admin
# (portal.middleware.TwoFactorMiddleware); development and the tests turn it off.
PORTAL_TWO_FACTOR_FOR_STAFF = env_bool("TWO_FACTOR_FOR_STAFF", True)
SESSION_COOKIE_AGE = int(env("SESSION_COOKIE_AGE", str(8 * 3600)))
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False  # Wagtail's admin reads the token from the cookie

# Content Security Policy: the public site runs no inline script; the admin gets inline
# scripts too (core.security.ContentSecurityPolicyMiddleware).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:"],
        "font-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "frame-src": ["'self'", "https:"],
        "frame-ancestors": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
    }
}
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "SAMEORIGIN"

"""Production settings: every secret and host comes from the environment, and the
portal refuses to start without the ones it needs (README, Production)."""

from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .environment import database_installation, env, env_bool, env_list, search_config

REQUIRED = {
    "SECRET_KEY": "a long random string, e.g. from `python -c 'import secrets; "
    "print(secrets.token_urlsafe(50))'`",
    "ALLOWED_HOSTS": "the portal's host names, comma-separated",
    "DATABASE_URL": "postgres://user:password@host:5432/portal",
}
missing = [name for name in REQUIRED if not env(name)]
if missing:
    raise ImproperlyConfigured(
        "Production settings need these environment variables: "
        + "; ".join(f"{name} ({REQUIRED[name]})" for name in missing)
        + ". See README, Production."
    )

DEBUG = False
# Connections kept between requests; their health is checked before reuse (environment.py),
# so a restarted PostgreSQL costs one reconnect, not an error.
DATABASES["default"]["CONN_MAX_AGE"] = int(env("CONN_MAX_AGE", "60"))  # noqa: F405
SECRET_KEY = env("SECRET_KEY")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list(
    "CSRF_TRUSTED_ORIGINS", [f"https://{host}" for host in ALLOWED_HOSTS if "*" not in host]
)

# The site's search indices: prefix `portal` (or SEARCH_URL's ?index=), stamped with
# SEARCH_INSTALLATION, by default a hash of the database's address (README, Configuration).
SEARCH_INSTALLATION = env("SEARCH_INSTALLATION", database_installation(DATABASES["default"]))  # noqa: F405
WAGTAILSEARCH_BACKENDS = {
    "default": search_config(env("SEARCH_URL"), database=DATABASES["default"])  # noqa: F405
}

# HTTPS only. Behind a proxy that terminates TLS, it must set X-Forwarded-Proto.
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = int(env("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SILENCED_SYSTEM_CHECKS = [
    # Wagtail's page preview shows the page in a frame of the same origin.
    "security.W019",
    # Entering the browsers' HSTS preload list is the domain owner's choice
    # (SECURE_HSTS_PRELOAD=true once the domain qualifies).
    "security.W021",
]

# Static files are fingerprinted and compressed by `collectstatic`, served by WhiteNoise.
# Uploads live on local disk (MEDIA_ROOT) or, with MEDIA_STORAGE=s3, in an S3-compatible
# bucket (pip install ".[s3]"; AWS_STORAGE_BUCKET_NAME, AWS_S3_ENDPOINT_URL, AWS_ACCESS_KEY_ID,
# AWS_SECRET_ACCESS_KEY). Either way every file is served by the portal, which checks who
# asks (core/files.py): nothing under /media/ is served as it lies. With nginx on the same
# host, MEDIA_ACCEL_REDIRECT (deploy/nginx.conf's internal location) lets nginx send the
# bytes once the portal has said yes.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
if env("MEDIA_STORAGE") == "s3":
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage"}
    AWS_STORAGE_BUCKET_NAME = env("AWS_STORAGE_BUCKET_NAME")
    AWS_S3_ENDPOINT_URL = env("AWS_S3_ENDPOINT_URL") or None
    AWS_S3_REGION_NAME = env("AWS_S3_REGION_NAME") or None
    AWS_DEFAULT_ACL = None
    AWS_QUERYSTRING_AUTH = False
    AWS_S3_FILE_OVERWRITE = False
    WAGTAILDOCS_SERVE_METHOD = "serve_view"
    # A private bucket: file addresses lead to the portal's /media/ view (on the host of
    # WAGTAILADMIN_BASE_URL), which reads the bucket after its checks.
    _portal_host = urlsplit(WAGTAILADMIN_BASE_URL).netloc  # noqa: F405
    AWS_S3_CUSTOM_DOMAIN = _portal_host + MEDIA_URL.rstrip("/")  # noqa: F405
elif env("MEDIA_STORAGE") not in ("", "local"):
    raise ImproperlyConfigured("MEDIA_STORAGE must be empty, local or s3.")
elif env("MEDIA_ACCEL_REDIRECT"):
    SENDFILE_BACKEND = "core.sendfile"
    PORTAL_MEDIA_ACCEL_REDIRECT = env("MEDIA_ACCEL_REDIRECT")

# The page and fragment caches are invalidated through the cache itself: with local memory,
# private to each gunicorn worker, a publish would reach one worker only. Without a shared
# cache (CACHE_URL=redis://...) they stay off.
if not PORTAL_CACHE_SHARED_BY_PROCESSES:  # noqa: F405
    PORTAL_PAGE_CACHE_SECONDS = 0
    PORTAL_FRAGMENT_CACHE_SECONDS = 0

# The credentials' signing key is the site's identity: never made up on the spot.
PORTAL_CREDENTIAL_KEY_GENERATE = False

# Background work (search index updates) runs in `manage.py db_worker`.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = env("EMAIL_HOST", "localhost")
EMAIL_PORT = int(env("EMAIL_PORT", "25"))
EMAIL_HOST_USER = env("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
SERVER_EMAIL = env("SERVER_EMAIL", DEFAULT_FROM_EMAIL)  # noqa: F405

# One JSON object per line on standard output, for journald or a log collector.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "portal.logs.JsonFormatter"}},
    "handlers": {"stdout": {"class": "logging.StreamHandler", "formatter": "json"}},
    "root": {"handlers": ["stdout"], "level": env("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.request": {"level": "WARNING"},
        "opensearch": {"level": "WARNING"},
        "elastic_transport": {"level": "WARNING"},
    },
}

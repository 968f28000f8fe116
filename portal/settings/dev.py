"""Development settings: SQLite and the database search backend unless told otherwise."""

from .base import *  # noqa: F403
from .environment import env, env_bool, env_list

DEBUG = True
SECRET_KEY = env("SECRET_KEY", "dev-only-secret-key-not-for-production")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# Template and code changes show at once; PAGE_CACHE_SECONDS=600 tries the page cache.
PORTAL_PAGE_CACHE_SECONDS = int(env("PAGE_CACHE_SECONDS", "0"))
PORTAL_FRAGMENT_CACHE_SECONDS = int(env("FRAGMENT_CACHE_SECONDS", "0"))
# The development login (admin / admin) and the demo accounts work without an authenticator
# app; TWO_FACTOR_FOR_STAFF=1 tries the enrolment that production asks of staff.
PORTAL_TWO_FACTOR_FOR_STAFF = env_bool("TWO_FACTOR_FOR_STAFF", False)

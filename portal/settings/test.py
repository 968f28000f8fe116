"""Settings for the pytest suite: the database and engine come from `make services`."""

from pathlib import Path

from .base import *  # noqa: F403
from .environment import env

DEBUG = False
SECRET_KEY = "test-only-secret-key"
ALLOWED_HOSTS = ["*"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MEDIA_ROOT = Path(env("MEDIA_ROOT", str(BASE_DIR / ".services" / "test-media")))  # noqa: F405
WAGTAILADMIN_BASE_URL = "http://testserver"
WAGTAILAPI_BASE_URL = WAGTAILADMIN_BASE_URL
# Pages and listings are tested on the database backend; the search suite switches to the
# engine at SEARCH_URL itself (tests/search_support.py), so both backends are covered.
WAGTAILSEARCH_BACKENDS = {"default": search_config("", database=DATABASES["default"])}  # noqa: F405
TEST_SEARCH_URL = env("SEARCH_URL")

# Tests log in with Client.force_login(); the lockout test turns django-axes back on, and
# the tests of login paths the enrolment of staff in two-factor login.
AXES_ENABLED = False
PORTAL_TWO_FACTOR_FOR_STAFF = False
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

# The page cache is tested by tests/test_caching.py, which turns it on; elsewhere tests
# also change content behind the signals' back (queryset updates) and read it back.
PORTAL_PAGE_CACHE_SECONDS = 0
PORTAL_FRAGMENT_CACHE_SECONDS = 0

"""Production settings: every secret and host comes from the environment."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .environment import env

for required in ("SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL"):
    if not env(required):
        raise ImproperlyConfigured(
            f"{required} must be set in the environment for production (see README, Production)."
        )

DEBUG = False
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_CONTENT_TYPE_NOSNIFF = True

# Background work (search index updates) runs in `manage.py db_worker`.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NetworkConfig(AppConfig):
    """The network at work: joining, seminar registration, publication certificates."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "network"
    verbose_name = _("Network")

    def ready(self) -> None:
        from . import signal_handlers  # noqa: F401

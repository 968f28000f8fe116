from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AssociationConfig(AppConfig):
    name = "association"
    verbose_name = _("Association")

    def ready(self):
        from .signal_handlers import register_signal_handlers

        register_signal_handlers()

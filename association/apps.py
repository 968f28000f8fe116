from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AssociationConfig(AppConfig):
    name = "association"
    verbose_name = _("Association")

    def ready(self):
        from . import display_names
        from .isolation import isolate_people_in_admin_filters
        from .signal_handlers import register_signal_handlers

        register_signal_handlers()
        isolate_people_in_admin_filters()
        display_names.connect()

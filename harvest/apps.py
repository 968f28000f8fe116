from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HarvestConfig(AppConfig):
    """The resource database for harvesters: the OAI-PMH 2.0 endpoint at /oai/ (README,
    Harvesting) and the tombstones it keeps of resources that left public view."""

    name = "harvest"
    verbose_name = _("Harvesting (OAI-PMH)")

    def ready(self):
        from .signals import register_signal_handlers

        register_signal_handlers()

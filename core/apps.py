from django.apps import AppConfig


class CoreConfig(AppConfig):
    """The ground floor: what every app stands on (blocks, locales, caches, uploads,
    security, progress, forking, visibility). It imports no other app of the project."""

    name = "core"
    verbose_name = "Core"

    def ready(self):
        from . import pagecache
        from .security import register_signal_handlers

        register_signal_handlers()
        pagecache.register_signal_handlers()

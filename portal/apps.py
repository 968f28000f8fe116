from django.apps import AppConfig


class PortalConfig(AppConfig):
    """The project itself: wiring between apps that has to happen after all are ready."""

    name = "portal"
    verbose_name = "Portal"

    def ready(self):
        # Wagtail connects its own index signal handlers in its ready(); this app comes
        # last in INSTALLED_APPS, so the search queue can take over from them here.
        from search.indexing import route_index_updates_through_queue

        route_index_updates_through_queue()

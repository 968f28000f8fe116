from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Search")

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.models import PageViewRestriction
        from wagtail.signals import post_page_move

        from association.models import Institution, ResourcePage

        from .resources import catalogue_changed

        for model in (ResourcePage, Institution, PageViewRestriction):
            uid = f"catalogue-{model._meta.label}"
            post_save.connect(catalogue_changed, sender=model, dispatch_uid=uid)
            post_delete.connect(catalogue_changed, sender=model, dispatch_uid=uid + "-delete")
        post_page_move.connect(catalogue_changed, dispatch_uid="catalogue-move")

"""Admin registration of the network's records and taxonomies."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Institution, Region, ResourceType, Subject


class InstitutionViewSet(SnippetViewSet):
    model = Institution
    icon = "group"
    menu_label = _("Institutions")
    list_display = ["name", "kind", "region", "status", "member_since"]
    list_filter = ["kind", "status", "trusted"]
    search_fields = ["name", "name_en", "slug", "city"]
    ordering = ["name"]


class SubjectViewSet(SnippetViewSet):
    model = Subject
    icon = "tag"
    list_display = ["name", "slug", "locale"]
    search_fields = ["name", "slug"]


class ResourceTypeViewSet(SnippetViewSet):
    model = ResourceType
    icon = "doc-full"
    list_display = ["name", "slug", "locale"]
    search_fields = ["name", "slug"]


class RegionViewSet(SnippetViewSet):
    model = Region
    icon = "site"
    list_display = ["name", "slug", "locale"]
    search_fields = ["name", "slug"]


class NetworkViewSetGroup(SnippetViewSetGroup):
    items = (InstitutionViewSet, SubjectViewSet, ResourceTypeViewSet, RegionViewSet)
    menu_icon = "group"
    menu_label = _("Network")
    menu_name = "network"


register_snippet(NetworkViewSetGroup)

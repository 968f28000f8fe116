"""The translation overview in the admin's Reports menu: per page type and per section,
how many pages have a translation, how many are out of date and how many have none, and
the pages themselves with a link to translate, sync or edit each. For the association's
office and administrators: it surveys every institution's section."""

from __future__ import annotations

import django_filters
from django.conf import settings
from django.http import HttpRequest
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.auth import permission_denied
from wagtail.admin.filters import ContentTypeFilter, WagtailFilterSet
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale, Page, get_page_content_types

from association.models import Institution
from association.permissions import is_association_staff

from .. import translations
from ..translations import ASSOCIATION, MISSING, OUTDATED, STATES


def may_see_translations(user) -> bool:
    return is_association_staff(user)


def target_locales() -> list[Locale]:
    """The languages translations are made into: every one but the default."""
    return list(Locale.objects.exclude(language_code=settings.LANGUAGE_CODE))


def section_choices() -> list[tuple[str, str]]:
    return [
        (ASSOCIATION, _("The association")),
        *((i.slug, i.label) for i in Institution.objects.all()),
    ]


class TranslationFilterSet(WagtailFilterSet):
    locale = django_filters.ChoiceFilter(
        label=_("Language"),
        choices=lambda: [
            (locale.language_code, locale.get_display_name()) for locale in target_locales()
        ],
        method="filter_nothing",
        empty_label=None,
    )
    state = django_filters.ChoiceFilter(
        label=_("Translation"), choices=list(STATES.items()), field_name="translation_state"
    )
    content_type = ContentTypeFilter(
        label=_("Type"),
        queryset=lambda request: get_page_content_types(include_base_page_type=False),
    )
    section = django_filters.ChoiceFilter(
        label=_("Section"), choices=section_choices, method="filter_section"
    )

    class Meta:
        model = Page
        fields = ["locale", "state", "content_type", "section"]

    def filter_nothing(self, queryset, name, value):
        # The language chooses the annotation (TranslationReportView.get_queryset).
        return queryset

    def filter_section(self, queryset, name, value):
        return translations.filter_section(
            queryset, value, translations.section_paths(Locale.get_default())
        )


class TranslationReportView(ReportView):
    """Pages of the default language with the state of their translation into another
    language; the counts by page type and by section above the list follow the filters."""

    template_name = "activity/admin/translations.html"
    results_template_name = "activity/admin/translations_results.html"
    page_title = _("Translations")
    header_icon = "wagtail-localize-language"
    filterset_class = TranslationFilterSet
    index_url_name = "activity:translations"
    index_results_url_name = "activity:translations_results"
    paginate_by = 50
    list_export = ["title", "content_type", "translation_state", "full_url"]
    export_headings = {
        "title": _("Title"),
        "content_type": _("Type"),
        "translation_state": _("Translation"),
        "full_url": _("Address"),
    }

    def dispatch(self, request: HttpRequest, *args, **kwargs):
        if not may_see_translations(request.user):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.custom_field_preprocess = self.custom_field_preprocess.copy()
        labels = {"translation_state": lambda state: str(STATES.get(state, state))}
        labels["content_type"] = lambda content_type: str(
            content_type.model_class()._meta.verbose_name
        )
        for name, label in labels.items():
            self.custom_field_preprocess[name] = {
                self.FORMAT_CSV: label,
                self.FORMAT_XLSX: label,
            }

    @cached_property
    def target(self) -> Locale | None:
        locales = {locale.language_code: locale for locale in target_locales()}
        wanted = self.request.GET.get("locale")
        if wanted in locales:
            return locales[wanted]
        return next(iter(locales.values()), None)

    def get_queryset(self):
        source = Locale.get_default()
        pages = translations.source_pages(source)
        if self.target is None:
            return pages.none()
        return (
            translations.with_translation_state(pages, self.target)
            .select_related("content_type")
            .order_by("path")
        )

    def get_filtered_queryset(self):
        return self.filter_queryset(self.get_queryset())

    def decorate_paginated_queryset(self, object_list):
        """Each page with its actions: translate it (none yet, or only an alias), sync
        its translation (out of date), edit the translation."""
        pages = list(object_list)
        for page in pages:
            page.translation_state_label = STATES[page.translation_state]
            actions = []
            if page.translation_state == MISSING:
                actions.append(
                    (
                        _("Translate"),
                        reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
                    )
                )
            if page.translation_state == OUTDATED and page.translation_source_id:
                actions.append(
                    (
                        _("Sync translation"),
                        reverse(
                            "wagtail_localize:update_translations",
                            args=[page.translation_source_id],
                        ),
                    )
                )
            if page.translation_id:
                actions.append(
                    (
                        _("Edit translation"),
                        reverse("wagtailadmin_pages:edit", args=[page.translation_id]),
                    )
                )
            page.translation_actions = actions
        return pages

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        filtered = self.object_list
        sections = translations.section_paths(Locale.get_default())
        context.update(
            target=self.target,
            states=STATES,
            summaries=[
                (_("By page type"), translations.counts_by_type(filtered), "content_type"),
                (
                    _("By section"),
                    translations.counts_by_section(filtered, sections),
                    "section",
                ),
            ],
        )
        return context

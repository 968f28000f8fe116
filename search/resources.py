"""Finding resources: the filters of the resource database and their facet counts."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from django import forms
from django.db.models import Count, QuerySet
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from association.models import EducationLevel, Institution, ResourcePage

FACETS = ("level", "subject", "resource_type", "institution", "year", "language")
MAX_QUERY_LENGTH = 200


class ResourceSearchForm(forms.Form):
    """The query string of the resource database; values that do not validate are dropped."""

    q = forms.CharField(label=_("Search resources"), required=False, max_length=MAX_QUERY_LENGTH)
    level = forms.CharField(required=False, max_length=20)
    subject = forms.SlugField(required=False)
    resource_type = forms.SlugField(required=False)
    institution = forms.SlugField(required=False)
    year = forms.IntegerField(required=False, min_value=1900, max_value=2100)
    language = forms.ChoiceField(required=False, choices=[("", ""), *ResourcePage.Language.choices])
    sort = forms.ChoiceField(
        label=_("Sort by"),
        required=False,
        choices=[("relevance", _("Relevance")), ("date", _("Newest first"))],
    )

    def clean_q(self) -> str:
        # Control characters never belong in a query and upset some backends.
        query = "".join(ch for ch in self.cleaned_data["q"] if ch.isprintable())
        return " ".join(query.split())

    def clean_level(self) -> str:
        level = self.cleaned_data["level"]
        if level and level not in dict(EducationLevel.CHOICES):
            raise forms.ValidationError(_("Unknown education level."))
        return level

    def cleaned_or_empty(self) -> dict:
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value not in (None, "")}


@dataclass
class ResourceSearch:
    """A query over the live, public resources of one language, with facet counts."""

    locale: Locale
    filters: dict = field(default_factory=dict)

    @property
    def query(self) -> str:
        return self.filters.get("q", "")

    def visible(self) -> QuerySet:
        return (
            ResourcePage.objects.live()
            .public()
            .filter(locale=self.locale)
            .exclude(institution__status=Institution.Status.SUSPENDED)
        )

    def filtered(self, without: str | None = None) -> QuerySet:
        pages = self.visible()
        lookups = {
            "level": "education_levels__code",
            "subject": "subjects__slug",
            "resource_type": "resource_type__slug",
            "institution": "institution__slug",
            "year": "year",
            "language": "language",
        }
        for name, lookup in lookups.items():
            if name != without and name in self.filters:
                pages = pages.filter(**{lookup: self.filters[name]})
        if self.query:
            pages = pages.filter(pk__in=self.matching_ids())
        return pages.distinct()

    def matching_ids(self) -> list[int]:
        if not hasattr(self, "_matching_ids"):
            # The engine filters on indexed fields only; the other visibility rules are
            # applied by `filtered()` in the database.
            candidates = ResourcePage.objects.live().filter(locale=self.locale)
            results = candidates.search(self.query, order_by_relevance=True)
            self._matching_ids = [page.pk for page in results]
        return self._matching_ids

    def results(self):
        pages = self.filtered().select_related("resource_type", "institution", "document")
        pages = pages.prefetch_related("education_levels", "authors")
        if self.query and self.filters.get("sort", "relevance") == "relevance":
            rank = {pk: position for position, pk in enumerate(self.matching_ids())}
            return sorted(pages, key=lambda page: rank.get(page.pk, len(rank)))
        return pages.order_by("-first_published_at", "-pk")

    def facets(self) -> dict[str, Counter]:
        counts: dict[str, Counter] = {}
        group_by = {
            "level": "education_levels__code",
            "subject": "subjects__slug",
            "resource_type": "resource_type__slug",
            "institution": "institution__slug",
            "year": "year",
            "language": "language",
        }
        for name in FACETS:
            pks = self.filtered(without=name).values("pk")
            rows = (
                ResourcePage.objects.filter(pk__in=pks)
                .values(group_by[name])
                .annotate(n=Count("pk", distinct=True))
                .order_by()
            )
            counts[name] = Counter(
                {row[group_by[name]]: row["n"] for row in rows if row[group_by[name]] is not None}
            )
        return counts

"""What every listing page shares: a filter form read from the query string and pagination."""

from __future__ import annotations

from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.http import HttpRequest


def paginate(request: HttpRequest, items, per_page: int) -> PaginatorPage:
    """The requested page of `items`; a bad or out-of-range `page` gives the nearest page."""
    return Paginator(items, per_page).get_page(request.GET.get("page"))


class FilteredListingMixin:
    """A page listing other pages, narrowed by a filter form and paginated.

    Subclasses provide `get_listing_filter_form(data)` and
    `get_listing_queryset(filters)`. Filter values that fail validation are dropped
    rather than rejected, so a hand-edited or stale URL still shows a normal page.
    """

    listing_per_page = 12

    def get_listing_filters(self, form) -> dict:
        form.is_valid()
        return {name: value for name, value in form.cleaned_data.items() if value not in (None, "")}

    def get_context(self, request, *args, listing: bool = True, **kwargs):
        """The page's context with the filtered, paginated list; `listing=False` for the
        page's other views (a routable page's month, say), which show no list."""
        context = super().get_context(request, *args, **kwargs)
        if not listing:
            return context
        form = self.get_listing_filter_form(request.GET)
        filters = self.get_listing_filters(form)
        items = paginate(request, self.get_listing_queryset(filters), self.listing_per_page)
        context.update(filter_form=form, active_filters=filters, items=items)
        return context

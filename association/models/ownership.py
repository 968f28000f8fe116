"""Pages that belong to the institution whose section they live in."""

from __future__ import annotations

from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from core.visibility import listed_pages

from .institutions import is_association_level, owning_institution
from .listing import FilteredListingMixin


class InstitutionOwnedMixin(models.Model):
    """Records which institution's section a page lives in.

    The value is derived from the page's place in the tree on every save (so it can't be
    set to another institution by hand) and kept on the row so listings, facets and the
    search index can filter by it cheaply. Pages outside any section belong to the
    association and have none.
    """

    institution = models.ForeignKey(
        "association.Institution",
        verbose_name=_("institution"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.PROTECT,
        related_name="+",
    )

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if self.path:
            self.institution = owning_institution(self)
        return super().save(*args, **kwargs)


class SectionListingMixin(FilteredListingMixin):
    """A listing of institution-owned pages of one type (`listed_model`): at the top of
    the site it gathers the association's and every member's, inside an institution's
    section that institution's own. Its filter form (`filter_form_class`) offers to
    choose an institution only at the top."""

    listed_model: type[models.Model]
    filter_form_class: type

    @cached_property
    def is_association_wide(self) -> bool:
        return is_association_level(self)

    def listed_items(self):
        """What the public may see of `listed_model` here, with each item's institution."""
        pages = listed_pages(self.listed_model.objects.all())
        if self.is_association_wide:
            pages = pages.filter(locale=self.locale)
        else:
            pages = pages.descendant_of(self)
        return pages.select_related("institution")

    def get_listing_filter_form(self, data):
        return self.filter_form_class(data, show_institution=self.is_association_wide)

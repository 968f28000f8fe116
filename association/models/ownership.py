"""Pages that belong to the institution whose section they live in."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


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
        from .institutions import owning_institution

        if self.path:
            self.institution = owning_institution(self)
        return super().save(*args, **kwargs)

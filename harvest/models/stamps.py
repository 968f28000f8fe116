"""What harvesters are told about resources beyond what the pages say themselves."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class RecordStamp(models.Model):
    """The moment a resource's OAI record changed otherwise than by publishing the
    resource: it left public view (deleted, unpublished, made private, moved out of
    sight, its institution suspended) or came back into it.

    While the resource is not public, its record is a tombstone — a header with
    `status="deleted"` and this datestamp, kept for good (Identify says
    `deletedRecord=persistent`), so that a harvester learns of the removal. Once the
    resource is public again the record is live, with this datestamp until the resource
    is next published (publishing drops the stamp: the page's own date is then newer).
    The sets are kept as they were when the resource left, so that a harvester of one
    set sees the removals in that set."""

    number = models.PositiveBigIntegerField(
        _("resource number"), primary_key=True, help_text=_("The resource's persistent number")
    )
    datestamp = models.DateTimeField(_("changed at"))
    # The setSpecs, each between spaces (" institution:x level:y "): matched with LIKE.
    sets = models.TextField(_("sets"), blank=True, default="")

    class Meta:
        verbose_name = _("record stamp")
        verbose_name_plural = _("record stamps")
        # The order harvesters read in (keyset pagination on datestamp, number).
        indexes = [models.Index(fields=["datestamp", "number"], name="harvest_stamp_order")]

    def __str__(self) -> str:
        return f"{self.number} @ {self.datestamp.isoformat()}"

    @property
    def set_specs(self) -> list[str]:
        return self.sets.split()

"""What happened to a row of a catalogue import: the statuses and publication outcomes of
the importer's report (association.importer) and of a job's stored report
(association.models.ImportJobRow), with their labels."""

from __future__ import annotations

from django.utils.translation import gettext_lazy


class RowStatus:
    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    REJECTED = "rejected"
    ALL = (CREATED, UPDATED, UNCHANGED, REJECTED)
    LABELS = {
        CREATED: gettext_lazy("created"),
        UPDATED: gettext_lazy("updated"),
        UNCHANGED: gettext_lazy("unchanged"),
        REJECTED: gettext_lazy("rejected"),
    }


class Publication:
    PUBLISHED = "published"
    DRAFT = "draft"
    DRAFT_OF_LIVE = "draft-of-live"
    LABELS = {
        PUBLISHED: gettext_lazy("published"),
        DRAFT: gettext_lazy("saved as a draft"),
        DRAFT_OF_LIVE: gettext_lazy("saved as a draft; the published version is unchanged"),
    }


class RowLabels:
    """The labels of a report row's `status` and `publication`."""

    status: str
    publication: str

    @property
    def status_label(self) -> str:
        return str(RowStatus.LABELS.get(self.status, self.status))

    @property
    def publication_label(self) -> str:
        return str(Publication.LABELS.get(self.publication, ""))

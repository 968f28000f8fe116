"""The one record core keeps: which collection holds the files everyone may download."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting


@register_setting(icon="folder-open-inverse")
class FileSettings(BaseGenericSetting):
    """Public files (Settings → Public files): documents and images in this collection,
    and in the collections inside it, are served to everyone whether a page uses them or
    not. Every other file is served to the public only while a live, public page uses
    it (core/files.py)."""

    public_collection = models.ForeignKey(
        "wagtailcore.Collection",
        verbose_name=_("collection of public files"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Anyone may download the documents and images of this collection and of the "
            "collections inside it. Other files are public only while a published page "
            "that anyone may open uses them."
        ),
    )

    panels = [FieldPanel("public_collection")]

    class Meta:
        verbose_name = _("public files")
        verbose_name_plural = _("public files")

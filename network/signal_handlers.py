"""Certificates of publication are issued when a resource is published."""

from __future__ import annotations

from django.dispatch import receiver
from wagtail.signals import page_published

from association.models import ResourcePage


@receiver(page_published, sender=ResourcePage)
def issue_certificates_on_publish(sender, instance, **kwargs) -> None:
    from .certificates import issue_certificates

    issue_certificates(instance)

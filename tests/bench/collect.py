"""Run inside the project (`python -m tests.bench.collect`, with the bench database in
DATABASE_URL): print, as JSON, what the benchmark needs from the dataset — resource and
institution section URLs to rotate through, and the facet values and institution slugs
that exist. Deterministic: the same dataset gives the same lists.
"""

from __future__ import annotations

import json
import os
import sys


def collect(resources: int = 50, institutions: int = 300) -> dict:
    from wagtail.models import Locale

    from association.models import EducationLevel, Institution, InstitutionPage, ResourcePage

    locale = Locale.objects.get(language_code="ru")
    live = ResourcePage.objects.live().public().filter(locale=locale)

    # A few of the demo network's own resources (with documents and bodies), the rest
    # spread evenly over the synthetic ones.
    demo = list(live.exclude(slug__startswith="synthetic-").order_by("pk")[:10])
    synthetic_ids = list(
        live.filter(slug__startswith="synthetic-").order_by("pk").values_list("pk", flat=True)
    )
    wanted = resources - len(demo)
    step = max(1, len(synthetic_ids) // max(wanted, 1))
    chosen = synthetic_ids[::step][:wanted]
    pages = demo + list(ResourcePage.objects.filter(pk__in=chosen).order_by("pk"))
    resource_urls = [page.get_url() for page in pages]

    sections = (
        InstitutionPage.objects.live()
        .filter(locale=locale, institution__status=Institution.Status.ACTIVE)
        .order_by("pk")[:institutions]
    )
    institution_urls = [page.get_url() for page in sections]

    demo_institution = (
        Institution.objects.filter(status=Institution.Status.ACTIVE)
        .exclude(slug__startswith="synthetic-")
        .order_by("pk")
        .values_list("slug", flat=True)
        .first()
    )
    listing_count = (
        live.filter(education_levels__code="basic", subjects__slug="mathematics").distinct().count()
    )
    from association.models import ResourceType, Subject

    return {
        "resource_urls": resource_urls,
        "institution_urls": institution_urls,
        "demo_institution": demo_institution,
        "levels": sorted(EducationLevel.objects.values_list("code", flat=True)),
        "subjects": sorted(Subject.objects.filter(locale=locale).values_list("slug", flat=True)),
        "resource_types": sorted(
            ResourceType.objects.filter(locale=locale).values_list("slug", flat=True)
        ),
        "live_resources": live.count(),
        "listing_basic_mathematics": listing_count,
    }


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")
    import django

    django.setup()
    json.dump(collect(), sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()

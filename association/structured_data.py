"""The schema.org pieces the association's page types share in their JSON-LD (see
core/structured_data.py): member institutions and people."""

from __future__ import annotations

from core.structured_data import without_empty


def organisation(institution) -> dict:
    """A member institution as an EducationalOrganization, named in the active language."""
    return without_empty(
        {
            "@type": "EducationalOrganization",
            "name": institution.display_name,
            "url": institution.website,
        }
    )


def person(name: str, affiliation: str = "") -> dict:
    data = {"@type": "Person", "name": name}
    if affiliation:
        data["affiliation"] = {"@type": "Organization", "name": affiliation}
    return data

"""Merge duplicate taxonomy terms into one (association.terms)."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from association.models import Region, ResourceType, Subject
from association.terms import MergeError, MergePlan, find_terms, merge, plan_merge

TAXONOMIES = {"subjects": Subject, "resource-types": ResourceType, "regions": Region}


def describe_term(term) -> str:
    return f"“{term.name}” ({term.locale.language_code}, id {term.pk}, {term.slug})"


class Command(BaseCommand):
    help = (
        "Merge duplicate terms of a taxonomy into the term given by --into (an id, a slug "
        "or a name in any language): every resource and institution referring to a "
        "duplicate, in every language and in the pages' revisions, is re-pointed to the "
        "kept term in the same language; a duplicate in a language the kept term lacks "
        "becomes its translation there; the other duplicates are deleted. All of it or "
        "nothing. --dry-run prints what would change and changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("taxonomy", choices=sorted(TAXONOMIES), help="which taxonomy")
        parser.add_argument(
            "--into", required=True, metavar="TERM", help="the term to keep: id, slug or name"
        )
        parser.add_argument(
            "duplicates", nargs="+", metavar="DUPLICATE", help="the terms to merge into it"
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="print what would change, change nothing"
        )

    def resolve(self, model, value: str):
        keys = find_terms(model, value)
        if not keys:
            raise CommandError(_("No term is named “%(value)s”.") % {"value": value})
        if len(keys) > 1:
            names = "; ".join(
                ", ".join(describe_term(term) for term in model.objects.filter(translation_key=k))
                for k in keys
            )
            raise CommandError(
                _("“%(value)s” names several terms; give an id: %(terms)s")
                % {"value": value, "terms": names}
            )
        return keys[0]

    def handle(self, *args, taxonomy: str, into: str, duplicates: list, dry_run: bool, **options):
        model = TAXONOMIES[taxonomy]
        kept = self.resolve(model, into)
        keys = [self.resolve(model, value) for value in duplicates]
        try:
            plan = plan_merge(model, kept, keys)
        except MergeError as error:
            raise CommandError(
                _("Nothing to merge: the duplicates are the kept term itself.")
            ) from error
        self.write_plan(plan)
        if dry_run:
            self.stdout.write(_("Dry run: nothing has been changed."))
            return
        merge(plan)
        self.stdout.write(
            self.style.SUCCESS(
                _("Merged into “%(name)s”: %(deleted)d duplicate terms deleted.")
                % {"name": plan.kept_name, "deleted": len(plan.deleted)}
            )
        )

    def write_plan(self, plan: MergePlan) -> None:
        self.stdout.write(
            _("Keeping %(terms)s.")
            % {"terms": ", ".join(describe_term(t) for t in plan.kept_terms.values())}
        )
        by_pk = {term.pk: term for term in plan.kept_terms.values()}
        by_pk.update({term.pk: term for term in plan.joining})
        for term in plan.duplicate_terms:
            if term.pk in plan.replacements:
                line = _("%(term)s is replaced by “%(kept)s” and deleted") % {
                    "term": describe_term(term),
                    "kept": by_pk[plan.replacements[term.pk]].name,
                }
            else:
                line = _("%(term)s becomes the kept term's translation") % {
                    "term": describe_term(term)
                }
            self.stdout.write(f"  {line}")
        for term, name in plan.renames:
            self.stdout.write(
                "  "
                + _("“%(old)s” (%(language)s) is renamed “%(new)s”, the duplicate's name")
                % {"old": term.name, "language": term.locale.language_code, "new": name}
            )
        counts = ", ".join(f"{label}: {count}" for label, count in plan.counts)
        self.stdout.write(_("Objects re-pointed: %(counts)s.") % {"counts": counts or _("none")})

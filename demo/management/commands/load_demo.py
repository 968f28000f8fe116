"""Load the demo network; with --scale, add synthetic resources in bulk for benchmarks."""

from __future__ import annotations

import argparse

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from demo.loader import DemoLoader


class Command(BaseCommand):
    """`python manage.py load_demo [--scale N [--institutions M] [--jobs J]] [--people]`:
    the demo network of demo/data/ (once: a second run adds nothing), then, with --scale,
    N synthetic resources written in bulk over M institutions from J processes."""

    help = (
        "Create the demo network (institutions, news, programmes, events, resources with "
        "documents) in Russian with English translations. Running it again adds nothing. "
        "--scale N adds N synthetic resources quickly, for benchmarks."
    )

    def add_arguments(self, parser: argparse.ArgumentParser) -> None:
        parser.add_argument(
            "--scale",
            type=int,
            default=0,
            metavar="N",
            help="also add N synthetic resources (bulk insert, with a progress bar)",
        )
        parser.add_argument(
            "--people",
            action=argparse.BooleanOptionalAction,
            default=None,
            help="create demo accounts for each role (default: only with DEBUG on)",
        )
        parser.add_argument(
            "--institutions",
            type=int,
            default=0,
            metavar="M",
            help="with --scale: spread the resources over M institutions, adding synthetic "
            "ones as needed",
        )
        parser.add_argument(
            "--jobs",
            type=int,
            default=1,
            metavar="J",
            help="with --scale: write the resources from J processes at once (PostgreSQL)",
        )

    def handle(
        self,
        *args,
        scale: int,
        institutions: int,
        jobs: int,
        people: bool | None,
        verbosity: int,
        **options,
    ) -> None:
        if scale < 0 or institutions < 0:
            raise CommandError("--scale and --institutions take a number of zero or more.")
        if jobs < 1:
            raise CommandError("--jobs takes a number of one or more.")
        if jobs > 1 and connection.vendor != "postgresql":
            raise CommandError("--jobs needs PostgreSQL: SQLite lets one process write at once.")

        def progress(message: str) -> None:
            if verbosity:
                self.stdout.write(f"… {message}")

        with_people = settings.DEBUG if people is None else people
        created = DemoLoader(progress, with_people=with_people).load()
        self.stdout.write(self.style.SUCCESS(f"Demo network ready ({created} objects added)."))
        if with_people:
            accounts = ", ".join(DemoLoader.PEOPLE)
            self.stdout.write(
                f"Demo accounts (password “{DemoLoader.PASSWORD}”): {accounts}; see README, Roles."
            )
        if scale:
            from demo.scale import add_synthetic_resources

            added = add_synthetic_resources(
                scale,
                institutions=institutions,
                stdout=self.stdout if verbosity else None,
                jobs=jobs,
            )
            self.stdout.write(self.style.SUCCESS(f"{added} synthetic resources added."))

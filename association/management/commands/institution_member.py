"""Add someone to an institution's team, change their role, or remove them."""

from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from association.models import Institution
from association.rights import Role
from association.team import TeamError, remove_member, set_role

ROLES = {"editor": Role.EDITOR, "admin": Role.ADMIN}


class Command(BaseCommand):
    help = (
        "Give USERNAME the role editor or admin in the institution SLUG (creating the account "
        "when it does not exist), or remove them from its team with --role remove."
    )

    def add_arguments(self, parser):
        parser.add_argument("slug")
        parser.add_argument("username")
        parser.add_argument("--role", required=True, choices=[*ROLES, "remove"])
        parser.add_argument("--email", default="", help="e-mail for a new account")
        parser.add_argument("--password", default="", help="password for a new account")

    @transaction.atomic
    def handle(self, *args, slug, username, role, email, password, **options):
        institution = Institution.objects.filter(slug=slug).first()
        if institution is None:
            raise CommandError(f"There is no institution “{slug}”.")
        User = get_user_model()
        user = User.objects.filter(username=username).first()
        try:
            if role == "remove":
                if user is None:
                    raise CommandError(f"There is no user “{username}”.")
                remove_member(institution, user)
                self.stdout.write(self.style.SUCCESS(f"{username} removed from {slug}."))
                return
            if user is None:
                user = User(username=username, email=email)
                if password:
                    try:
                        validate_password(password, user)
                    except ValidationError as error:
                        raise CommandError(" ".join(error.messages)) from error
                    user.set_password(password)
                else:
                    user.set_unusable_password()
                user.save()
                self.stdout.write(f"Created the account {username}.")
            elif email or password:
                self.stdout.write(
                    self.style.WARNING(f"{username} exists; --email and --password were ignored.")
                )
            set_role(institution, user, ROLES[role])
        except TeamError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(self.style.SUCCESS(f"{username} is {role} of {slug}."))

"""Who may act for an institution: the one permission policy every admin view, menu item,
panel, import, report, registration list and chooser asks.

The source of truth is django-guardian's object permissions on the Institution record.
`rights.apply_institution_rights` grants them to the institution's two groups (its
editors and its administrators) while it is an active member and withdraws them when it
is suspended, so a check never has to repeat the status or look at group membership. The
association's office holds the same codenames as model permissions (its groups, from
migrations 0003 and 0005), which stand for every institution. Groups remain how a person
gets a role; only the permissions decide what the role allows.
"""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.db.models import Q, QuerySet
from guardian.shortcuts import get_objects_for_user, get_users_with_perms
from wagtail.permission_policies.base import BaseDjangoAuthPermissionPolicy

from .models import Institution


class InstitutionPermissionPolicy(BaseDjangoAuthPermissionPolicy):
    """Actions on an institution, each stored as one permission codename:

    - ``view``: belong to its team (editors and administrators): see it among one's
      institutions, its dashboard panel, its pages in choosers, import its resources;
    - ``change``: its administrators: its record's contacts and its activity reports;
    - ``manage_team``: its administrators: add, invite, change and remove people;
    - ``view_registrations``: its team: who signed up for its events.
    """

    CODENAMES = {
        "view": "view_institution",
        "change": "change_institution",
        "manage_team": "manage_institution_team",
        "view_registrations": "view_registrations",
    }

    def __init__(self):
        super().__init__(Institution)

    def _get_permission_codename(self, action: str) -> str:
        return self.CODENAMES[action]

    # For every institution: the office ---------------------------------------------

    def user_has_permission(self, user, action: str) -> bool:
        """`action` on every institution (a model permission: the association's office)."""
        return active_user(user) and user.has_perm(self._get_permission_name(action))

    def users_with_any_permission(self, actions) -> QuerySet:
        codenames = self._get_permission_codenames(actions)
        return self._get_users_with_any_permission_codenames(codenames)

    # For one institution -----------------------------------------------------------

    def user_has_permission_for_instance(self, user, action: str, instance: Institution) -> bool:
        return self.user_has_permission(user, action) or (
            active_user(user) and user.has_perm(self._get_permission_name(action), instance)
        )

    def user_has_any_permission_for_instance(self, user, actions, instance) -> bool:
        return any(self.user_has_permission_for_instance(user, a, instance) for a in actions)

    def instances_user_has_permission_for(self, user, action: str) -> QuerySet:
        """The institutions `user` may do `action` for: all of them for the office."""
        if not active_user(user):
            return Institution.objects.none()
        if self.user_has_permission(user, action):
            return Institution.objects.all()
        return self.own_institutions(user, action)

    def instances_user_has_any_permission_for(self, user, actions) -> QuerySet:
        found = Institution.objects.none()
        for action in actions:
            found = found | self.instances_user_has_permission_for(user, action)
        return found.distinct()

    def own_institutions(self, user, action: str = "view") -> QuerySet:
        """The institutions whose team gives `user` the right to `action` (object
        permissions only: the office's rights over all of them are not a membership)."""
        if not active_user(user):
            return Institution.objects.none()
        return get_objects_for_user(
            user,
            self._get_permission_name(action),
            klass=Institution,
            accept_global_perms=False,
            with_superuser=False,
        )

    def users_with_any_permission_for_instance(self, actions, instance: Institution) -> QuerySet:
        codenames = set(self._get_permission_codenames(actions))
        own = [
            user.pk
            for user, permissions in get_users_with_perms(
                instance, attach_perms=True, with_group_users=True
            ).items()
            if codenames.intersection(permissions)
        ]
        return (
            get_user_model()
            .objects.filter(is_active=True)
            .filter(Q(pk__in=own) | Q(pk__in=self.users_with_any_permission(actions)))
            .distinct()
        )


def active_user(user) -> bool:
    """A signed-in, active account (what every rule asks first)."""
    return bool(user and user.is_authenticated and user.is_active)


institution_permission_policy = InstitutionPermissionPolicy()


def is_association_staff(user) -> bool:
    """The association's office: its administrators and editors (and superusers), who
    hold the right to add institutions."""
    return active_user(user) and (user.is_superuser or user.has_perm("association.add_institution"))

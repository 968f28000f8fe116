"""The institution permission policy (association.permissions) as a matrix: every role,
every action, one's own institution, another one, and one's own once suspended; the
lists of institutions and of people it gives; and that the admin follows it."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse

from association.models import Institution
from association.permissions import institution_permission_policy as policy
from association.permissions import is_association_staff
from association.provisioning import set_institution_status
from association.rights import ASSOCIATION_ADMINS, ASSOCIATION_EDITORS, EXPERTS, Role
from association.team import set_role

from . import factories

ACTIONS = ["view", "change", "manage_team", "view_registrations"]
ROLES = ["superuser", "assoc_admin", "assoc_editor", "expert", "a_admin", "a_editor", "inactive"]

# What each role may do for its own institution A, for another institution B, and for A
# after A is suspended. The office acts for every institution; its editors do not manage
# teams; institutions' people act for their own only, and not while suspended.
ALL = set(ACTIONS)
EXPECTED = {
    "superuser": (ALL, ALL, ALL),
    "assoc_admin": (ALL, ALL, ALL),
    "assoc_editor": (ALL - {"manage_team"},) * 3,
    "expert": (set(), set(), set()),
    "a_admin": (ALL, set(), set()),
    "a_editor": ({"view", "view_registrations"}, set(), set()),
    "inactive": (set(), set(), set()),
    "anonymous": (set(), set(), set()),
}


@pytest.fixture
def world(db):
    User = get_user_model()
    a = factories.institution("policy-a")
    b = factories.institution("policy-b")
    users = {"superuser": User.objects.create_superuser("root", "root@example.ru", "pw")}
    for role in ROLES[1:]:
        users[role] = User.objects.create_user(role, f"{role}@example.ru", "pw")
    users["assoc_admin"].groups.add(Group.objects.get(name=ASSOCIATION_ADMINS))
    users["assoc_editor"].groups.add(Group.objects.get(name=ASSOCIATION_EDITORS))
    users["expert"].groups.add(Group.objects.get(name=EXPERTS))
    set_role(a, users["a_admin"], Role.ADMIN)
    set_role(a, users["a_editor"], Role.EDITOR)
    set_role(a, users["inactive"], Role.ADMIN)
    users["inactive"].is_active = False
    users["inactive"].save()
    from django.contrib.auth.models import AnonymousUser

    users["anonymous"] = AnonymousUser()
    return {"a": a, "b": b, "users": users}


def fresh(user):
    """The user as a new request would load it: permission caches are per object."""
    if not user.is_authenticated:
        return user
    return get_user_model().objects.get(pk=user.pk)


def may(user, action: str, institution) -> bool:
    return policy.user_has_permission_for_instance(fresh(user), action, institution)


@pytest.mark.parametrize("role", list(EXPECTED))
def test_each_role_may_do_what_the_matrix_says_and_nothing_more(world, role):
    own, other, suspended = EXPECTED[role]
    a, b = world["a"], world["b"]
    user = world["users"][role]
    for action in ACTIONS:
        assert may(user, action, a) == (action in own), (role, action, "own")
        assert may(user, action, b) == (action in other), (role, action, "other")
    set_institution_status(a, Institution.Status.SUSPENDED)
    a.refresh_from_db()
    for action in ACTIONS:
        assert may(user, action, a) == (action in suspended), (role, action, "suspended")
    set_institution_status(a, Institution.Status.ACTIVE)
    for action in ACTIONS:
        assert may(user, action, a) == (action in own), (role, action, "reinstated")


@pytest.mark.parametrize("role", list(EXPECTED))
def test_the_institutions_listed_for_each_action_follow_the_same_matrix(world, role):
    own, other, _suspended = EXPECTED[role]
    a, b = world["a"], world["b"]
    user = world["users"][role]
    for action in ACTIONS:
        listed = set(policy.instances_user_has_permission_for(fresh(user), action))
        assert (a in listed) == (action in own), (role, action)
        assert (b in listed) == (action in other), (role, action)
        # Membership is the team's rights alone: the office belongs to no institution.
        members_of = set(policy.own_institutions(fresh(user), action))
        member = role in {"a_admin", "a_editor"} and action in own
        assert members_of == ({a} if member else set()), (role, action)


def test_people_with_a_right_are_listed_and_lose_it_with_a_suspension(world):
    a, users = world["a"], world["users"]
    team = set(policy.users_with_permission_for_instance("manage_team", a))
    assert {users["a_admin"], users["assoc_admin"], users["superuser"]} <= team
    assert not team & {users["a_editor"], users["assoc_editor"], users["inactive"]}
    viewers = set(policy.users_with_permission_for_instance("view_registrations", a))
    assert {users["a_editor"], users["a_admin"], users["assoc_editor"]} <= viewers
    set_institution_status(a, Institution.Status.SUSPENDED)
    team = set(policy.users_with_permission_for_instance("manage_team", a))
    assert users["a_admin"] not in team
    assert users["assoc_admin"] in team


def test_only_the_office_is_association_staff(world):
    staff = {role for role, user in world["users"].items() if is_association_staff(user)}
    assert staff == {"superuser", "assoc_admin", "assoc_editor"}


# The admin asks the policy: each view of an institution's own pages, per role.
VIEWS = {
    "association:team": "manage_team",
    "association:record": "change",
    "association:import": "view",
}


@pytest.mark.parametrize("view_name", list(VIEWS))
@pytest.mark.parametrize("role", ["assoc_admin", "assoc_editor", "a_admin", "a_editor", "expert"])
def test_the_admin_views_of_an_institution_open_exactly_where_the_policy_allows(
    client, world, view_name, role
):
    user = world["users"][role]
    client.force_login(user)
    for key in ("a", "b"):
        institution = world[key]
        response = client.get(reverse(view_name, args=[institution.slug]))
        allowed = policy.user_has_permission_for_instance(
            fresh(user), VIEWS[view_name], institution
        )
        assert allowed == (VIEWS[view_name] in EXPECTED[role][0 if key == "a" else 1])
        if allowed:
            assert response.status_code == 200, (role, view_name, key)
        else:
            # Wagtail's refusal: back to the dashboard with a message.
            assert response.status_code == 302, (role, view_name, key)
            assert response.url == reverse("wagtailadmin_home")

"""The association's URLs outside Wagtail's admin: the link of an invitation to a team.

It has the admin's look and address, but Wagtail wraps every admin URL in its
`require_admin_access` check, and the person invited may have no admin access yet (an
account outside every team): logging in is all it asks."""

from django.contrib.auth.decorators import login_required
from django.urls import path, reverse_lazy

from .views.team import InvitationView

urlpatterns = [
    path(
        "admin/team-invitations/<str:token>/",
        login_required(InvitationView.as_view(), login_url=reverse_lazy("wagtailadmin_login")),
        name="team_invitation",
    ),
]

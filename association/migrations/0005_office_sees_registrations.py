"""The association's office (administrators and editors) sees every event's registrations
as a permission, the way association.permissions asks, rather than through a check of
its role: the permission came after the office's groups were given theirs (0003)."""

from django.db import migrations

OFFICE = ["Association administrators", "Association editors"]


def office_and_permission(apps):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permission = Permission.objects.filter(
        content_type__app_label="association", codename="view_registrations"
    ).first()
    return Group.objects.filter(name__in=OFFICE), permission


def grant(apps, schema_editor):
    groups, permission = office_and_permission(apps)
    for group in groups if permission else ():
        group.permissions.add(permission)


def revoke(apps, schema_editor):
    groups, permission = office_and_permission(apps)
    for group in groups if permission else ():
        group.permissions.remove(permission)


class Migration(migrations.Migration):
    dependencies = [("association", "0004_seminar_registration")]

    operations = [migrations.RunPython(grant, revoke)]

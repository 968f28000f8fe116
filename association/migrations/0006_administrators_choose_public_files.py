"""The association's administrators hold every permission (0003), including the one to
choose the collection of public files (core.FileSettings), which came later."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

ADMINISTRATORS = "Association administrators"


def group_and_permission(apps):
    # The permission is otherwise created only after every migration has run.
    core = apps.get_app_config("core")
    core.models_module = True
    create_permissions(core, apps=apps, verbosity=0)
    core.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permission = Permission.objects.filter(
        content_type__app_label="core", codename="change_filesettings"
    ).first()
    return Group.objects.filter(name=ADMINISTRATORS).first(), permission


def grant(apps, schema_editor):
    group, permission = group_and_permission(apps)
    if group is not None and permission is not None:
        group.permissions.add(permission)


def revoke(apps, schema_editor):
    group, permission = group_and_permission(apps)
    if group is not None and permission is not None:
        group.permissions.remove(permission)


class Migration(migrations.Migration):
    dependencies = [("association", "0005_office_sees_registrations"), ("core", "0001_initial")]

    operations = [migrations.RunPython(grant, revoke)]

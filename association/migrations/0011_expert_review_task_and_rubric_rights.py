"""The experts' step of resource moderation becomes an ExpertReviewTask (it scores on the
rubric), keeping its id, groups and the states of resources under review; the office
edits the rubric's criteria."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EXPERT_REVIEW_TASK = "Expert review"
OFFICE = ["Association administrators", "Association editors"]
CRITERION_ACTIONS = ["add", "change", "delete", "view"]


def convert_task(apps, schema_editor):
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    ExpertReviewTask = apps.get_model("association", "ExpertReviewTask")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Task = apps.get_model("wagtailcore", "Task")
    content_type, _created = ContentType.objects.get_or_create(
        app_label="association", model="expertreviewtask"
    )
    for task in GroupApprovalTask.objects.filter(name=EXPERT_REVIEW_TASK):
        if ExpertReviewTask.objects.filter(pk=task.pk).exists():
            continue
        # Only the child row: the task and its group approval rows stay as they are.
        child = ExpertReviewTask(groupapprovaltask_ptr_id=task.pk, task_ptr_id=task.pk)
        child.save_base(raw=True)
        Task.objects.filter(pk=task.pk).update(content_type=content_type)


def restore_task(apps, schema_editor):
    ExpertReviewTask = apps.get_model("association", "ExpertReviewTask")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Task = apps.get_model("wagtailcore", "Task")
    plain = ContentType.objects.get(app_label="wagtailcore", model="groupapprovaltask")
    for pk in list(ExpertReviewTask.objects.values_list("pk", flat=True)):
        Task.objects.filter(pk=pk).update(content_type=plain)
        ExpertReviewTask.objects.filter(pk=pk)._raw_delete(schema_editor.connection.alias)


def grant(apps, schema_editor):
    app_config = apps.get_app_config("association")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(
        content_type__app_label="association",
        codename__in=[f"{action}_rubriccriterion" for action in CRITERION_ACTIONS],
    )
    for group in Group.objects.filter(name__in=OFFICE):
        group.permissions.add(*permissions)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(
        content_type__app_label="association", codename__endswith="_rubriccriterion"
    )
    for group in Group.objects.filter(name__in=OFFICE):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [("association", "0010_expert_review"), ("contenttypes", "0002_remove_content_type_name")]

    operations = [
        migrations.RunPython(convert_task, restore_task),
        migrations.RunPython(grant, revoke),
    ]

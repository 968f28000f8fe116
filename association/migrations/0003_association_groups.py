"""The association's own groups and their permissions (README, Roles).

Wagtail's sample "Editors" and "Moderators" groups hold rights over the whole tree, which
would break institutions' isolation if someone were added to them; they are removed.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

PAGE_ALL = ["add_page", "change_page", "bulk_delete_page", "lock_page", "publish_page",
            "unlock_page"]
PAGE_EDITOR = ["add_page", "change_page", "lock_page", "publish_page", "unlock_page"]
MEDIA = [
    ("wagtaildocs", "document", ["add", "change", "delete", "choose"]),
    ("wagtailimages", "image", ["add", "change", "delete", "choose"]),
]
EDITOR_MODEL_PERMISSIONS = [
    ("wagtailadmin", "admin", ["access"]),
    ("association", "institution", ["add", "change", "delete", "view"]),
    ("association", "subject", ["add", "change", "delete", "view"]),
    ("association", "resourcetype", ["add", "change", "delete", "view"]),
    ("association", "region", ["add", "change", "delete", "view"]),
    ("wagtailredirects", "redirect", ["add", "change", "delete"]),
    ("wagtail_localize", "translation", ["submit"]),
]


def create_groups(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    Group.objects.filter(name__in=["Editors", "Moderators"]).delete()
    root_page = Page.objects.get(depth=1)
    root_collection = Collection.objects.get(depth=1)
    page_type = ContentType.objects.get(app_label="wagtailcore", model="page")

    def permission(app_label, model, action):
        return Permission.objects.filter(
            content_type__app_label=app_label, codename=f"{action}_{model}"
        ).first()

    def grant(group, page_codenames, model_permissions):
        for codename in page_codenames:
            GroupPagePermission.objects.get_or_create(
                group=group,
                page=root_page,
                permission=Permission.objects.get(content_type=page_type, codename=codename),
            )
        for app_label, model, actions in MEDIA:
            for action in actions:
                GroupCollectionPermission.objects.get_or_create(
                    group=group,
                    collection=root_collection,
                    permission=permission(app_label, model, action),
                )
        for app_label, model, actions in model_permissions:
            for action in actions:
                found = permission(app_label, model, action)
                if found is not None:
                    group.permissions.add(found)

    admins, _ = Group.objects.get_or_create(name="Association administrators")
    grant(admins, PAGE_ALL, [])
    admins.permissions.add(*Permission.objects.all())

    editors, _ = Group.objects.get_or_create(name="Association editors")
    grant(editors, PAGE_EDITOR, EDITOR_MODEL_PERMISSIONS)

    experts, _ = Group.objects.get_or_create(name="Experts")
    experts.permissions.add(permission("wagtailadmin", "admin", "access"))


def remove_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Group.objects.filter(
        name__in=["Association administrators", "Association editors", "Experts"]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("association", "0002_education_levels"),
        ("home", "0001_initial"),
        ("search", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("guardian", "0003_remove_groupobjectpermission_guardian_gr_content_ae6aec_idx_and_more"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]

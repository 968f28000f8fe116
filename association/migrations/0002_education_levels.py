from django.db import migrations

LEVELS = ["preschool", "primary", "basic", "secondary", "vocational", "higher", "additional"]


def create_levels(apps, schema_editor):
    EducationLevel = apps.get_model("association", "EducationLevel")
    for position, code in enumerate(LEVELS):
        EducationLevel.objects.update_or_create(code=code, defaults={"position": position})


class Migration(migrations.Migration):
    dependencies = [("association", "0001_initial")]

    operations = [migrations.RunPython(create_levels, migrations.RunPython.noop)]

"""An index on the file name of Wagtail's image renditions, which core.files.serve_media
looks a requested /media/images/ file up by (Wagtail itself never queries it)."""

from django.db import migrations

CREATE = "CREATE INDEX IF NOT EXISTS portal_rendition_file ON wagtailimages_rendition (file)"
DROP = "DROP INDEX IF EXISTS portal_rendition_file"


class Migration(migrations.Migration):
    dependencies = [("core", "0001_initial"), ("wagtailimages", "0027_image_description")]

    operations = [migrations.RunSQL(CREATE, DROP)]

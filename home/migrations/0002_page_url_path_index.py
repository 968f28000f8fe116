"""An index on the url_path of Wagtail's pages, which home/routing.py looks pages up by
(Wagtail itself never queries it, so its table has none)."""

from django.db import migrations

CREATE = "CREATE INDEX IF NOT EXISTS portal_page_url_path ON wagtailcore_page (url_path)"
DROP = "DROP INDEX IF EXISTS portal_page_url_path"


class Migration(migrations.Migration):
    dependencies = [("home", "0001_initial"), ("wagtailcore", "0098_apitoken")]

    operations = [migrations.RunSQL(CREATE, DROP)]

"""A GIN index on the combined title and body vectors of Wagtail's database search index,
for the resource database's full-text match on PostgreSQL (search/backends/database.py),
which requires every word to occur in the title or the body."""

from django.db import migrations

CREATE = (
    "CREATE INDEX IF NOT EXISTS portal_indexentry_text_gin "
    "ON wagtailsearch_indexentry USING gin ((title || body))"
)
DROP = "DROP INDEX IF EXISTS portal_indexentry_text_gin"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies = [("search", "0003_index_queue"), ("wagtailsearch", "0010_add_text_fields")]

    operations = [migrations.RunPython(create, drop)]

"""What the text search of search/backends needs beside Wagtail's index tables.

SQLite: an fts5vocab table over the FTS5 table of the index, the vocabulary that spelling
suggestions are drawn from (search/backends/sqlite.py). PostgreSQL: the pg_trgm extension
(from postgresql-contrib, as `unaccent`) and trigram indexes on the index's plain title
and body text, for suggestions by similarity and for phrases of stop words only
(search/backends/database.py).
"""

from django.db import migrations

SQLITE_CREATE = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS wagtailsearch_indexentry_fts_vocab "
    "USING fts5vocab(wagtailsearch_indexentry_fts, 'row')"
)
SQLITE_DROP = "DROP TABLE IF EXISTS wagtailsearch_indexentry_fts_vocab"

POSTGRES_CREATE = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX IF NOT EXISTS portal_indexentry_title_trgm "
    "ON wagtailsearch_indexentry USING gin (title_text gin_trgm_ops)",
    "CREATE INDEX IF NOT EXISTS portal_indexentry_body_trgm "
    "ON wagtailsearch_indexentry USING gin (body_text gin_trgm_ops)",
]
POSTGRES_DROP = [
    "DROP INDEX IF EXISTS portal_indexentry_title_trgm",
    "DROP INDEX IF EXISTS portal_indexentry_body_trgm",
]


def statements(schema_editor, sqlite, postgres) -> None:
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        with schema_editor.connection.cursor() as cursor:
            cursor.execute("SELECT 1 FROM sqlite_master WHERE name = 'wagtailsearch_indexentry_fts'")
            if cursor.fetchone() is None:
                return  # SQLite without FTS5: Wagtail's fallback search, no vocabulary
        schema_editor.execute(sqlite)
    elif vendor == "postgresql":
        for statement in postgres:
            schema_editor.execute(statement)


def create(apps, schema_editor):
    statements(schema_editor, SQLITE_CREATE, POSTGRES_CREATE)


def drop(apps, schema_editor):
    statements(schema_editor, SQLITE_DROP, POSTGRES_DROP)


class Migration(migrations.Migration):
    dependencies = [("search", "0004_indexentry_combined_gin"), ("wagtailsearch", "0010_add_text_fields")]

    operations = [migrations.RunPython(create, drop)]

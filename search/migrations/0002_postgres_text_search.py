"""A PostgreSQL text search configuration for Russian and English with «ё»/«е» and accent
folding, used by the database search backend on PostgreSQL (search/analysis.py).

Built on PostgreSQL's "russian" configuration, which already stems Latin-script words with
the English stemmer; `unaccent` (from postgresql-contrib) folds «ё» into «е» and Latin
accents before stemming. Creating the extension needs a role that may do so.
"""

from django.db import migrations

CREATE = """
CREATE EXTENSION IF NOT EXISTS unaccent;
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'portal_search') THEN
        CREATE TEXT SEARCH CONFIGURATION portal_search (COPY = pg_catalog.russian);
        ALTER TEXT SEARCH CONFIGURATION portal_search
            ALTER MAPPING FOR hword, hword_part, word WITH unaccent, russian_stem;
        ALTER TEXT SEARCH CONFIGURATION portal_search
            ALTER MAPPING FOR asciiword, asciihword, hword_asciipart WITH unaccent, english_stem;
    END IF;
END
$$;
"""

DROP = "DROP TEXT SEARCH CONFIGURATION IF EXISTS portal_search;"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [migrations.RunPython(create, drop)]

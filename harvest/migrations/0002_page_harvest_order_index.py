from django.db import migrations

# Harvesters read the resources in the order (last_published_at, id) from a cursor
# (harvest/records.py). Wagtail's page table has no index for that order, so each page of
# a harvest sorted every public resource to find the next hundred: with this one, the
# database walks the index from the cursor and stops when the page is full, however many
# resources there are. The index is on Wagtail's table; it is this app's, and goes with it.
INDEX = "harvest_page_published_order"


class Migration(migrations.Migration):
    dependencies = [
        ("harvest", "0001_initial"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [
        migrations.RunSQL(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailcore_page (last_published_at, id)",
            f"DROP INDEX IF EXISTS {INDEX}",
        ),
    ]

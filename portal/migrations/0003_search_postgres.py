"""PostgreSQL pieces of the search index; nothing to do on other databases.

unaccent + a "portal_vi" text-search configuration (simple words, accents folded), pg_trgm
for typo tolerance, and GIN indexes built from the very expressions portal/search.py
queries (so the planner can use them).
"""

from django.db import migrations

SETUP = [
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    """DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'portal_vi') THEN
            CREATE TEXT SEARCH CONFIGURATION portal_vi (COPY = simple);
            ALTER TEXT SEARCH CONFIGURATION portal_vi
                ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;
        END IF;
    END $$""",
]


def indexes():
    from django.contrib.postgres.indexes import GinIndex, OpClass

    from portal.models import search_vector

    return [
        GinIndex(search_vector(), name="search_fts_idx"),
        GinIndex(OpClass("title_folded", name="gin_trgm_ops"), name="search_title_trgm_idx"),
    ]


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for statement in SETUP:
        schema_editor.execute(statement)
    model = apps.get_model("portal", "SearchEntry")
    for index in indexes():
        schema_editor.add_index(model, index)


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    model = apps.get_model("portal", "SearchEntry")
    for index in indexes():
        schema_editor.remove_index(model, index)
    schema_editor.execute("DROP TEXT SEARCH CONFIGURATION IF EXISTS portal_vi")


class Migration(migrations.Migration):
    dependencies = [("portal", "0002_search_entry")]

    operations = [migrations.RunPython(forwards, backwards)]

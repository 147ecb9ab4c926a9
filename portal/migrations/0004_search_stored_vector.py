"""PostgreSQL: keep the weighted full-text vector in a stored generated column.

Recomputing to_tsvector over long bodies for every matching row made broad queries take
seconds at 100,000 articles (bench/search.py); a stored column is read instead. The column
is not a model field (SQLite has no tsvector): portal/search.py reads it with SQL.
"""

from django.db import migrations

VECTOR = (
    "setweight(to_tsvector('portal_vi'::regconfig, coalesce(title_folded, '')), 'A') || "
    "setweight(to_tsvector('portal_vi'::regconfig, coalesce(summary_folded, '')), 'B') || "
    "setweight(to_tsvector('portal_vi'::regconfig, coalesce(body_folded, '')), 'C')"
)


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("DROP INDEX IF EXISTS search_fts_idx")
    schema_editor.execute(
        f"ALTER TABLE portal_searchentry ADD COLUMN search_tsv tsvector "
        f"GENERATED ALWAYS AS ({VECTOR}) STORED"
    )
    schema_editor.execute(
        "CREATE INDEX search_tsv_idx ON portal_searchentry USING gin (search_tsv)"
    )


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("DROP INDEX IF EXISTS search_tsv_idx")
    schema_editor.execute("ALTER TABLE portal_searchentry DROP COLUMN IF EXISTS search_tsv")


class Migration(migrations.Migration):
    dependencies = [("portal", "0003_search_postgres")]

    operations = [migrations.RunPython(forwards, backwards)]

"""SQLite pieces of the search index: an FTS5 table over the folded words; nothing to do on
other databases, nor on an SQLite built without FTS5 (search then scans the folded text).

External content (the words stay in portal_searchentry), kept in step by triggers, so every
way of writing entries (save, bulk_create, delete, a rebuild) updates it in the same
transaction. portal/search.py asks it for the entries that hold every word: at 100,000
articles a scan of the folded text took 1.8 s per query.
"""

from django.db import migrations

# Written out (no formatting): constant SQL only.
SETUP = [
    "CREATE VIRTUAL TABLE portal_searchentry_fts USING fts5("
    "title_folded, summary_folded, body_folded, content='portal_searchentry', content_rowid='id', tokenize='unicode61')",
    """CREATE TRIGGER portal_searchentry_fts_insert AFTER INSERT ON portal_searchentry BEGIN
        INSERT INTO portal_searchentry_fts(rowid, title_folded, summary_folded, body_folded)
        VALUES (new.id, new.title_folded, new.summary_folded, new.body_folded);
    END""",
    """CREATE TRIGGER portal_searchentry_fts_delete AFTER DELETE ON portal_searchentry BEGIN
        INSERT INTO portal_searchentry_fts(portal_searchentry_fts, rowid, title_folded, summary_folded, body_folded)
        VALUES ('delete', old.id, old.title_folded, old.summary_folded, old.body_folded);
    END""",
    """CREATE TRIGGER portal_searchentry_fts_update AFTER UPDATE OF title_folded, summary_folded, body_folded
    ON portal_searchentry BEGIN
        INSERT INTO portal_searchentry_fts(portal_searchentry_fts, rowid, title_folded, summary_folded, body_folded)
        VALUES ('delete', old.id, old.title_folded, old.summary_folded, old.body_folded);
        INSERT INTO portal_searchentry_fts(rowid, title_folded, summary_folded, body_folded)
        VALUES (new.id, new.title_folded, new.summary_folded, new.body_folded);
    END""",
    "INSERT INTO portal_searchentry_fts(portal_searchentry_fts) VALUES ('rebuild')",
]
DROP = [
    "DROP TRIGGER IF EXISTS portal_searchentry_fts_insert",
    "DROP TRIGGER IF EXISTS portal_searchentry_fts_delete",
    "DROP TRIGGER IF EXISTS portal_searchentry_fts_update",
    "DROP TABLE IF EXISTS portal_searchentry_fts",
]


def has_fts5(connection):
    with connection.cursor() as cursor:
        cursor.execute("SELECT sqlite_compileoption_used('ENABLE_FTS5')")
        if cursor.fetchone()[0]:
            return True
        try:  # some builds load FTS5 without the compile option
            cursor.execute("CREATE VIRTUAL TABLE temp.portal_fts5_probe USING fts5(x)")
        except Exception:  # noqa: BLE001 - no FTS5: the portable search stays
            return False
        cursor.execute("DROP TABLE temp.portal_fts5_probe")
        return True


def forwards(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor != "sqlite" or not has_fts5(connection):
        return
    for statement in SETUP:
        schema_editor.execute(statement)


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor != "sqlite":
        return
    for statement in DROP:
        schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("portal", "0008_search_newest_index")]

    operations = [migrations.RunPython(forwards, backwards)]

"""Backup and restore: the demo portal survives a round trip row for row and file for file,
and a damaged or foreign backup is refused before anything is written.

"An empty database" inside the test run: the test database with every table emptied by
plain DELETEs, content types and permissions included (migrate makes them again, with new
ids). It works the same on SQLite and PostgreSQL, inside the test's transaction, so the
database is back as it was afterwards. A real restore starts from a new database.
"""

import hashlib
import io
import json
import tarfile
from pathlib import Path

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core import serializers
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import CommandError, call_command
from django.db import connection

from articles.models import Article
from portal.management.commands import backup_portal
from portal.models import SiteSettings
from tests.conftest import make_article

pytestmark = pytest.mark.django_db

NATURAL_KEY_MODELS = {"contenttypes.contenttype", "auth.permission"}
NOT_RESTORED = {"sessions.session", "portal.pagecachestate"}


class _Sink:
    """Swallows the commands' progress lines: tests print nothing."""

    def write(self, text):
        return len(text)

    def flush(self):
        pass


def run(command, *args, **options):
    call_command(command, *args, stdout=_Sink(), stderr=_Sink(), **options)


@pytest.fixture
def roots(settings, tmp_path):
    settings.QA_FILES_ROOT = tmp_path / "qa"
    return tmp_path


def point_file_roots_to(settings, folder):
    settings.MEDIA_ROOT = folder / "media"
    settings.DOCUMENTS_ROOT = folder / "documents"
    settings.QA_FILES_ROOT = folder / "qa"


def current_roots(settings):
    return {
        "media": Path(settings.MEDIA_ROOT),
        "documents": Path(settings.DOCUMENTS_ROOT),
        "qa": Path(settings.QA_FILES_ROOT),
    }


def snapshot_rows():
    """Every row of every model, canonical: ids kept, except for content types and
    permissions (compared by natural key); many-to-many lists sorted."""
    result = {}
    for model in apps.get_models():
        label = model._meta.label_lower
        if model._meta.proxy or not model._meta.managed or label in NOT_RESTORED:
            continue
        m2m = {field.name for field in model._meta.many_to_many}
        rows = serializers.serialize(
            "python", model._base_manager.order_by("pk"), use_natural_foreign_keys=True
        )
        for row in rows:
            for name in m2m & set(row["fields"]):
                row["fields"][name] = sorted(row["fields"][name], key=repr)
            if label in NATURAL_KEY_MODELS:
                del row["pk"]
        if label in NATURAL_KEY_MODELS:
            rows.sort(key=repr)
        result[label] = rows
    return result


def snapshot_files(settings):
    return {
        name: {
            path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(root.rglob("*"))
            if path.is_file()
        }
        for name, root in current_roots(settings).items()
        if root.is_dir()
    }


def empty_the_database():
    tables = connection.introspection.django_table_names(only_existing=True)
    with connection.cursor() as cursor:
        for table in tables:
            cursor.execute(f"DELETE FROM {connection.ops.quote_name(table)}")  # noqa: S608
    ContentType.objects.clear_cache()


def total_rows():
    return sum(
        model._base_manager.count()
        for model in apps.get_models()
        if not model._meta.proxy and model._meta.managed
    )


def rewrite_archive(source, target, change):
    """A copy of a backup with `change(name, data) -> data` applied to each member."""
    with tarfile.open(source, "r:gz") as old, tarfile.open(target, "w:gz") as new:
        for member in old:
            data = change(member.name, old.extractfile(member).read())
            info = tarfile.TarInfo(member.name)
            info.size = len(data)
            new.addfile(info, io.BytesIO(data))
    return target


def read_manifest(archive):
    with tarfile.open(archive, "r:gz") as tar:
        return json.loads(tar.extractfile("manifest.json").read())


@pytest.fixture
def small_portal(roots, category):
    """A few rows and a file in each folder: enough for the refusals."""
    article = make_article(category, title="Bài có ảnh")
    article.cover.save("anh.jpg", ContentFile(b"not really a jpeg"), save=True)
    for root in ("documents", "qa"):
        folder = roots / root
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "tep.pdf").write_bytes(b"%PDF-1.4 " + root.encode())
    return article


@pytest.fixture
def small_backup(small_portal, tmp_path):
    archive = tmp_path / "sao-luu.tar.gz"
    run("backup_portal", output=str(archive))
    return archive


# Round trip


def test_demo_portal_round_trips_every_row_and_every_file(settings, roots, monkeypatch):
    settings.IMAGE_RENDITION_WIDTHS = (320,)  # one rendition width keeps seeding quick
    monkeypatch.setattr(backup_portal, "ROWS_PER_FILE", 100)  # several files per big table
    run("seed_demo")
    before_rows, before_files = snapshot_rows(), snapshot_files(settings)
    archive = roots / "sao-luu.tar.gz"
    run("backup_portal", output=str(archive))

    empty_the_database()
    point_file_roots_to(settings, roots / "khoi-phuc")
    assert total_rows() == 0
    run("restore_portal", str(archive))

    after_rows = snapshot_rows()
    assert sorted(after_rows) == sorted(before_rows)
    for label, rows in before_rows.items():
        assert after_rows[label] == rows, label
    assert snapshot_files(settings) == before_files
    assert Article.objects.count() >= 12 and before_files["media"]


def test_backup_manifest_lists_every_file_with_its_checksum_and_every_models_rows(
    small_backup, small_portal
):
    manifest = read_manifest(small_backup)

    assert manifest["models"]["articles.article"] == 1
    assert manifest["models"]["auth.group"] >= 5  # the roles
    assert "contenttypes.contenttype" not in manifest["models"]
    assert f"files/media/{small_portal.cover.name}" in manifest["files"]
    assert {"files/documents/tep.pdf", "files/qa/tep.pdf"} <= set(manifest["files"])
    with tarfile.open(small_backup, "r:gz") as tar:
        for name, entry in manifest["files"].items():
            data = tar.extractfile(name).read()
            assert (len(data), hashlib.sha256(data).hexdigest()) == (
                entry["size"],
                entry["sha256"],
            )


def test_backup_keeps_the_microseconds_of_times(small_backup, small_portal):
    with tarfile.open(small_backup, "r:gz") as tar:
        rows = json.loads(tar.extractfile("data/articles.article.0001.json").read())

    stored = rows[0]["fields"]["updated_at"]
    assert stored.startswith(small_portal.updated_at.isoformat()[:26])


# Refusals: nothing is written


def restore_into_empty(settings, roots, archive, **options):
    empty_the_database()
    point_file_roots_to(settings, roots / "khoi-phuc")
    run("restore_portal", str(archive), **options)


def assert_nothing_written(settings):
    assert total_rows() == 0
    assert snapshot_files(settings) == {}


@pytest.mark.parametrize(
    "member",
    ["data/articles.article.0001.json", "files/documents/tep.pdf"],
)
def test_a_tampered_backup_is_refused_and_nothing_is_written(settings, roots, small_backup, member):
    tampered = rewrite_archive(
        small_backup,
        roots / "bi-sua.tar.gz",
        lambda name, data: data[:-1] + b"!" if name == member else data,
    )

    with pytest.raises(CommandError, match="không khớp tổng kiểm SHA-256"):
        restore_into_empty(settings, roots, tampered)

    assert_nothing_written(settings)


def test_a_backup_whose_manifest_counts_were_changed_is_refused(settings, roots, small_backup):
    def change(name, data):
        if name != "manifest.json":
            return data
        manifest = json.loads(data)
        manifest["models"]["articles.article"] = 2
        return json.dumps(manifest).encode()

    tampered = rewrite_archive(small_backup, roots / "bi-sua.tar.gz", change)

    with pytest.raises(CommandError, match="số dòng"):
        restore_into_empty(settings, roots, tampered)

    assert_nothing_written(settings)


def test_a_backup_with_an_unlisted_file_is_refused(settings, roots, small_backup):
    with tarfile.open(small_backup, "r:gz") as old:
        members = [(m, old.extractfile(m).read()) for m in old]
    extra = roots / "them-tep.tar.gz"
    with tarfile.open(extra, "w:gz") as new:
        for member, data in [*members, (tarfile.TarInfo("files/media/la.php"), b"<?php")]:
            member.size = len(data)
            new.addfile(member, io.BytesIO(data))

    with pytest.raises(CommandError, match="không khớp bảng kê"):
        restore_into_empty(settings, roots, extra)

    assert_nothing_written(settings)


def test_a_file_that_is_not_a_backup_is_refused(settings, roots):
    broken = roots / "hong.tar.gz"
    broken.write_bytes(b"this is not a gzip file")

    with pytest.raises(CommandError, match="bị hỏng"):
        restore_into_empty(settings, roots, broken)

    assert_nothing_written(settings)


def test_a_backup_made_by_another_version_of_the_code_is_refused(settings, roots, small_backup):
    def change(name, data):
        if name != "manifest.json":
            return data
        manifest = json.loads(data)
        manifest["migrations"].append(["articles", "9999_from_the_future"])
        return json.dumps(manifest).encode()

    newer = rewrite_archive(small_backup, roots / "moi-hon.tar.gz", change)

    with pytest.raises(CommandError, match="phiên bản mã khác"):
        restore_into_empty(settings, roots, newer)

    assert_nothing_written(settings)


def test_restore_refuses_a_database_that_has_data(settings, roots, small_backup):
    point_file_roots_to(settings, roots / "khoi-phuc")

    with pytest.raises(CommandError, match="đã có dữ liệu"):
        run("restore_portal", str(small_backup))

    assert Article.objects.count() == 1
    assert snapshot_files(settings) == {}


def test_restore_with_force_replaces_the_data_that_was_there(settings, roots, small_backup):
    SiteSettings.objects.create(department_name="Cơ quan khác")
    make_article(title="Bài viết sau khi sao lưu")
    point_file_roots_to(settings, roots / "khoi-phuc")

    run("restore_portal", str(small_backup), force=True)

    assert list(Article.objects.values_list("title", flat=True)) == ["Bài có ảnh"]
    assert not SiteSettings.objects.exists()
    assert default_storage.exists(Article.objects.get().cover.name)
    assert get_user_model().objects.count() == 0  # the backup had no accounts

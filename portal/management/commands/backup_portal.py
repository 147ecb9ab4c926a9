"""manage.py backup_portal: the whole portal in one .tar.gz, restored by restore_portal.

Inside: every row of every table the apps own (JSON, at most ROWS_PER_FILE rows a file),
the files of MEDIA_ROOT, DOCUMENTS_ROOT and QA_FILES_ROOT, and manifest.json with the
applied migrations, the row count of each model and the SHA-256 and size of every member.

Rows are read in one transaction (REPEATABLE READ, READ ONLY on PostgreSQL; SQLite reads
from a snapshot), so the copy is consistent while the site keeps running; the files are
copied while that transaction is open. Not copied: content types and permissions (migrate
makes them again; rows refer to them by natural key), sessions (visitors log in again) and the
page cache's generation (a restored site starts with an empty page cache).
"""

import datetime
import hashlib
import json
import os
import tarfile
import tempfile
from itertools import islice
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.core.serializers import sort_dependencies
from django.core.serializers.json import DjangoJSONEncoder
from django.core.serializers.json import Serializer as JsonSerializer
from django.db import connections, transaction
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone

from portal.text import vi_number

FORMAT = "cong-thong-tin-sao-luu"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
ROWS_PER_FILE = 5000  # bounds the memory loaddata needs for one file
EXCLUDED_MODELS = {
    "contenttypes.contenttype",
    "auth.permission",
    "sessions.session",
    "portal.pagecachestate",
}
# Rows that migrate recreates with other ids: referred to by natural key, never by id.
NATURAL_KEY_MODELS = {"contenttypes.contenttype", "auth.permission"}


def file_roots():
    """The folders of uploaded and protected files, by their name in the archive."""
    return {
        "media": Path(settings.MEDIA_ROOT),
        "documents": Path(settings.DOCUMENTS_ROOT),
        "qa": Path(settings.QA_FILES_ROOT),
    }


def backed_up_models():
    """Every concrete table the installed apps own (many-to-many tables travel with their
    model), models others refer to by natural key first."""
    by_app = []
    for app_config in apps.get_app_configs():
        models = [
            model
            for model in app_config.get_models()
            if not model._meta.proxy
            and model._meta.managed
            and model._meta.label_lower not in EXCLUDED_MODELS
        ]
        if models:
            by_app.append((app_config, models))
    return sort_dependencies(by_app, allow_cycles=True)


def applied_migrations(connection):
    return sorted([app, name] for app, name in MigrationRecorder(connection).applied_migrations())


def natural_key_fields(model):
    return [
        field
        for field in model._meta.get_fields()
        if field.is_relation
        and field.concrete
        and field.related_model is not None
        and field.related_model._meta.label_lower in NATURAL_KEY_MODELS
    ]


class FullPrecisionEncoder(DjangoJSONEncoder):
    """Django's encoder cuts datetimes to milliseconds; a backup keeps the microseconds."""

    def default(self, o):
        if isinstance(o, datetime.datetime | datetime.time):
            return o.isoformat()
        return super().default(o)


class BackupSerializer(JsonSerializer):
    """Natural keys only for content types and permissions; every other reference keeps
    its id, as every other row keeps its own."""

    def _natural(self, field):
        self.use_natural_foreign_keys = field.related_model._meta.label_lower in NATURAL_KEY_MODELS

    def handle_fk_field(self, obj, field):
        self._natural(field)
        super().handle_fk_field(obj, field)

    def handle_m2m_field(self, obj, field):
        self._natural(field)
        super().handle_m2m_field(obj, field)


def rows_of(model, database):
    queryset = model._base_manager.using(database).order_by("pk")
    m2m = [field.name for field in model._meta.many_to_many]
    related = [field.name for field in natural_key_fields(model) if not field.many_to_many]
    if related:
        queryset = queryset.select_related(*related)
    if m2m:
        queryset = queryset.prefetch_related(*m2m)
    return queryset.iterator(chunk_size=1000)


def sha256_of(path):
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1024 * 1024), b""):
            digest.update(block)
    return digest.hexdigest()


class HashingReader:
    """Hands a file to tarfile while hashing what it reads (each file is read once)."""

    def __init__(self, handle):
        self.handle = handle
        self.digest = hashlib.sha256()

    def read(self, size=-1):
        block = self.handle.read(size)
        self.digest.update(block)
        return block


def megabytes(size):
    return vi_number(size / 1024 / 1024, 1)


class Command(BaseCommand):
    help = (
        "Sao lưu toàn bộ cổng thông tin (dữ liệu và tệp) vào một tệp .tar.gz kèm bảng kê "
        "SHA-256; khôi phục bằng restore_portal."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            "-o",
            help="Tệp sao lưu cần tạo (mặc định: sao-luu-<ngày>-<giờ>.tar.gz ở thư mục hiện tại).",
        )
        parser.add_argument("--database", default="default", help="Cơ sở dữ liệu (mặc định).")

    def handle(self, *args, output=None, database="default", **options):
        stamp = timezone.localtime().strftime("%Y%m%d-%H%M%S")
        target = Path(output or f"sao-luu-{stamp}.tar.gz").resolve()
        if target.exists():
            raise CommandError(f"Tệp {target} đã có; hãy chọn tên khác.")
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".dang-ghi")
        connection = connections[database]
        manifest = {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "created_at": timezone.now().isoformat(),
            "database": connection.vendor,
            "migrations": [],
            "models": {},
            "data": [],
            "files": {},
        }
        try:
            with (
                tempfile.TemporaryDirectory(prefix="sao-luu-") as staging,
                tarfile.open(partial, "w:gz") as tar,
                transaction.atomic(using=database),
            ):
                self.start_snapshot(connection)
                manifest["migrations"] = applied_migrations(connection)
                for model in backed_up_models():
                    self.add_model(tar, Path(staging), model, manifest, database)
                for root_name, root in file_roots().items():
                    self.add_files(tar, root_name, root, manifest)
                self.add_manifest(tar, Path(staging), manifest)
            partial.chmod(0o600)  # personal data and account secrets are inside
            partial.rename(target)
        finally:
            partial.unlink(missing_ok=True)
        rows = sum(manifest["models"].values())
        files = [name for name in manifest["files"] if name.startswith("files/")]
        size = sum(manifest["files"][name]["size"] for name in files)
        self.stdout.write(
            self.style.SUCCESS(
                f"Đã sao lưu {vi_number(rows)} dòng dữ liệu ({len(manifest['models'])} bảng) "
                f"và {vi_number(len(files))} tệp ({megabytes(size)} MB) vào {target}."
            )
        )
        self.stdout.write(f"SHA-256 của tệp sao lưu: {sha256_of(target)}")

    def start_snapshot(self, connection):
        if connection.vendor == "postgresql" and len(connection.atomic_blocks) == 1:
            # First statement of the transaction: every later read sees the same moment.
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")

    def add_model(self, tar, staging, model, manifest, database):
        label = model._meta.label_lower
        rows = rows_of(model, database)
        manifest["models"][label] = 0
        for part in range(1, 1_000_000):
            batch = list(islice(rows, ROWS_PER_FILE))
            if not batch:
                break
            name = f"data/{label}.{part:04d}.json"
            path = staging / name.replace("/", "_")
            with open(path, "w", encoding="utf-8") as stream:
                BackupSerializer().serialize(batch, stream=stream, cls=FullPrecisionEncoder)
            manifest["models"][label] += len(batch)
            manifest["data"].append(name)
            self.add_member(tar, path, name, manifest)
            path.unlink()
            if len(batch) < ROWS_PER_FILE:
                break

    def add_files(self, tar, root_name, root, manifest):
        if not root.is_dir():
            return
        for path in sorted(root.rglob("*")):
            # Regular files only: a symbolic link could point anywhere on the server.
            if path.is_symlink() or not path.is_file():
                continue
            self.add_member(tar, path, f"files/{root_name}/{path.relative_to(root).as_posix()}",
                            manifest)  # fmt: skip

    def add_member(self, tar, path, name, manifest):
        with open(path, "rb") as handle:
            status = os.fstat(handle.fileno())
            info = tarfile.TarInfo(name)
            info.size, info.mtime, info.mode = status.st_size, int(status.st_mtime), 0o644
            reader = HashingReader(handle)
            tar.addfile(info, reader)
        manifest["files"][name] = {"sha256": reader.digest.hexdigest(), "size": info.size}

    def add_manifest(self, tar, staging, manifest):
        path = staging / MANIFEST
        path.write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
        tar.add(path, MANIFEST, recursive=False)

"""manage.py restore_portal <tệp.tar.gz>: a backup_portal archive into an empty portal.

Nothing is written before the whole archive has been checked against its manifest
(SHA-256 and size of every member, row counts of every data file, no unexpected member)
and found to come from this version of the code (the same migrations). Then: migrate,
the files, and the rows in one transaction; the row counts and the files' checksums are
checked again after writing, and any difference undoes the restore.
"""

import json
import shutil
import tarfile
import tempfile
import zlib
from collections import Counter
from contextlib import contextmanager
from pathlib import Path, PurePosixPath

from django.core.cache import cache
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connections, transaction
from django.db.migrations.loader import MigrationLoader
from django.db.models.signals import m2m_changed
from django.utils.dateparse import parse_datetime

from portal.models import clock
from portal.text import vi_number

from .backup_portal import (
    FORMAT,
    FORMAT_VERSION,
    MANIFEST,
    backed_up_models,
    file_roots,
    megabytes,
    sha256_of,
)

# Rows that migrations themselves create (the roles): replaced by the backup's own.
MADE_BY_MIGRATIONS = {"auth.group"}


def refuse(message):
    raise CommandError(f"Không khôi phục: {message} Chưa có gì bị ghi.")


@contextmanager
def quiet_m2m_signals():
    """loaddata marks row saves as raw, so receivers skip them, but many-to-many sets send
    m2m_changed without that flag: the search index, the role log and simple-history's
    many-to-many history must not react to rows being put back."""
    with m2m_changed.lock:
        saved, m2m_changed.receivers = m2m_changed.receivers, []
        m2m_changed.sender_receivers_cache.clear()
    try:
        yield
    finally:
        with m2m_changed.lock:
            m2m_changed.receivers = saved
            m2m_changed.sender_receivers_cache.clear()


def safe_member_path(name):
    path = PurePosixPath(name)
    if path.is_absolute() or ".." in path.parts or "\\" in name or not path.parts:
        refuse(f"tên tệp «{name}» trong bản sao lưu không hợp lệ.")
    return path


class Command(BaseCommand):
    help = (
        "Khôi phục một bản sao lưu của backup_portal vào cơ sở dữ liệu trống (kiểm tra "
        "SHA-256 và số dòng trước và sau khi ghi)."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="Tệp .tar.gz do backup_portal tạo.")
        parser.add_argument(
            "--force",
            action="store_true",
            help="Ghi đè cả khi cơ sở dữ liệu hoặc thư mục tệp đã có dữ liệu (xóa dữ liệu cũ).",
        )
        parser.add_argument("--database", default="default", help="Cơ sở dữ liệu (mặc định).")

    def handle(self, *args, archive, force=False, database="default", **options):
        with tempfile.TemporaryDirectory(prefix="khoi-phuc-") as staging:
            staging = Path(staging)
            manifest = self.unpack_and_verify(Path(archive), staging)
            self.check_migrations(manifest)
            models = {model._meta.label_lower: model for model in backed_up_models()}
            if set(manifest["models"]) != set(models):
                refuse("bản sao lưu có danh sách bảng khác với phiên bản mã này.")
            if not force:
                self.check_empty(database, models)
            call_command("migrate", database=database, interactive=False, verbosity=0)
            written = self.restore_files(manifest, staging)
            try:
                self.restore_rows(manifest, staging, models, database)
            except BaseException:
                for path in written:
                    path.unlink(missing_ok=True)
                raise
        cache.clear()  # pages and settings cached before the restore are stale
        rows = sum(manifest["models"].values())
        size = sum(path.stat().st_size for path in written)
        created = parse_datetime(manifest["created_at"])
        self.stdout.write(
            self.style.SUCCESS(
                f"Đã khôi phục bản sao lưu tạo lúc {clock(created)}: {vi_number(rows)} dòng "
                f"dữ liệu ({len(models)} bảng) và {vi_number(len(written))} tệp "
                f"({megabytes(size)} MB). Tổng kiểm SHA-256 và số dòng đều khớp."
            )
        )

    # --- Before writing anything ------------------------------------------------------

    def unpack_and_verify(self, archive, staging):
        """Every member into `staging`, checked against the manifest; the manifest back."""
        if not archive.is_file():
            refuse(f"không thấy tệp {archive}.")
        try:
            with tarfile.open(archive, "r:gz") as tar:
                seen = {}
                for member in tar:
                    path = safe_member_path(member.name)
                    if not member.isfile():
                        refuse(f"«{member.name}» trong bản sao lưu không phải tệp thường.")
                    if member.name in seen:
                        refuse(f"«{member.name}» xuất hiện hai lần trong bản sao lưu.")
                    target = staging.joinpath(*path.parts)
                    target.parent.mkdir(parents=True, exist_ok=True)
                    with tar.extractfile(member) as source, open(target, "wb") as copy:
                        shutil.copyfileobj(source, copy, 1024 * 1024)
                    seen[member.name] = target
        except (tarfile.TarError, OSError, EOFError, zlib.error) as error:
            refuse(f"tệp sao lưu bị hỏng hoặc không phải .tar.gz ({error}).")
        if MANIFEST not in seen:
            refuse("thiếu bảng kê manifest.json.")
        try:
            manifest = json.loads(seen.pop(MANIFEST).read_text(encoding="utf-8"))
        except ValueError:
            refuse("bảng kê manifest.json bị hỏng.")
        if (
            not isinstance(manifest, dict)
            or manifest.get("format") != FORMAT
            or manifest.get("version") != FORMAT_VERSION
        ):
            refuse("đây không phải bản sao lưu của backup_portal (hoặc của phiên bản khác).")
        shapes = {"migrations": list, "models": dict, "data": list, "files": dict}
        if any(not isinstance(manifest.get(key), kind) for key, kind in shapes.items()):
            refuse("bảng kê manifest.json thiếu mục hoặc bị hỏng.")
        listed = manifest["files"]
        if set(seen) != set(listed):
            extra, missing = sorted(set(seen) - set(listed)), sorted(set(listed) - set(seen))
            refuse(f"nội dung không khớp bảng kê (thừa: {extra[:5]}, thiếu: {missing[:5]}).")
        for name, path in seen.items():
            expected = listed[name]
            if not isinstance(expected, dict) or (
                path.stat().st_size != expected.get("size")
                or sha256_of(path) != expected.get("sha256")
            ):
                refuse(f"«{name}» không khớp tổng kiểm SHA-256 trong bảng kê (hỏng hoặc bị sửa).")
        self.check_counts(manifest, staging)
        roots = set(file_roots())
        for name in listed:
            parts = PurePosixPath(name).parts
            if parts[0] == "files" and (len(parts) < 3 or parts[1] not in roots):
                refuse(f"«{name}» không thuộc thư mục tệp nào của cổng.")
            if parts[0] not in ("files", "data"):
                refuse(f"«{name}» không thuộc bản sao lưu.")
        return manifest

    def check_counts(self, manifest, staging):
        counted = Counter()
        for name in manifest["data"]:
            if name not in manifest["files"]:
                refuse(f"tệp dữ liệu «{name}» không có trong bảng kê.")
            try:
                rows = json.loads(staging.joinpath(*PurePosixPath(name).parts).read_bytes())
                counted.update(row["model"] for row in rows)
            except (ValueError, KeyError, TypeError):
                refuse(f"tệp dữ liệu «{name}» bị hỏng.")
        expected = {label: count for label, count in manifest["models"].items() if count}
        if dict(counted) != expected:
            refuse("số dòng trong các tệp dữ liệu khác với bảng kê.")

    def check_migrations(self, manifest):
        backup = {tuple(pair) for pair in manifest["migrations"]}
        code = set(MigrationLoader(None, ignore_no_migrations=True).disk_migrations)
        if backup != code:
            newer, older = sorted(backup - code)[:5], sorted(code - backup)[:5]
            refuse(
                "bản sao lưu được tạo với phiên bản mã khác (migration chỉ có trong bản sao "
                f"lưu: {newer}; chỉ có trong mã: {older}). Hãy khôi phục bằng đúng phiên bản "
                "mã đã tạo bản sao lưu, rồi nâng cấp bằng migrate."
            )

    def check_empty(self, database, models):
        connection = connections[database]
        tables = set(connection.introspection.table_names())
        filled = [
            label
            for label, model in models.items()
            if label not in MADE_BY_MIGRATIONS
            and model._meta.db_table in tables
            and model._base_manager.using(database).exists()
        ]
        if filled:
            refuse(
                f"cơ sở dữ liệu đã có dữ liệu (ví dụ bảng {', '.join(filled[:3])}); chỉ khôi phục "
                "vào cơ sở dữ liệu trống, hoặc dùng --force để xóa dữ liệu hiện có."
            )
        for root_name, root in file_roots().items():
            if root.is_dir() and any(path.is_file() for path in root.rglob("*")):
                refuse(
                    f"thư mục tệp {root} ({root_name}) đã có tệp; hãy dùng thư mục trống, "
                    "hoặc --force để ghi đè."
                )

    # --- Writing ----------------------------------------------------------------------

    def restore_files(self, manifest, staging):
        roots = file_roots()
        written = []
        for name, expected in manifest["files"].items():
            parts = PurePosixPath(name).parts
            if parts[0] != "files":
                continue
            target = roots[parts[1]].joinpath(*parts[2:])
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(staging.joinpath(*parts), target)
            written.append(target)
            if sha256_of(target) != expected["sha256"]:
                for path in written:
                    path.unlink(missing_ok=True)
                raise CommandError(f"Tệp {target} ghi ra không khớp SHA-256; đã hoàn tác.")
        return written

    def restore_rows(self, manifest, staging, models, database):
        connection = connections[database]
        with transaction.atomic(using=database):
            self.wipe(connection, models.values())
            fixtures = [
                str(staging.joinpath(*PurePosixPath(name).parts)) for name in manifest["data"]
            ]
            if fixtures:
                with quiet_m2m_signals():
                    call_command("loaddata", *fixtures, database=database, verbosity=0)
            for label, expected in manifest["models"].items():
                found = models[label]._base_manager.using(database).count()
                if found != expected:
                    raise CommandError(
                        f"Bảng {label} có {found} dòng sau khi khôi phục, bảng kê ghi "
                        f"{expected}; đã hoàn tác."
                    )

    def wipe(self, connection, models):
        """Empty every restored table (rows migrations made, or old data with --force),
        with plain DELETEs: no model code, no signals, no file deletion; the foreign keys
        are checked at commit."""
        tables = set()
        for model in models:
            tables.add(model._meta.db_table)
            for field in model._meta.local_many_to_many:
                if field.remote_field.through._meta.auto_created:
                    tables.add(field.remote_field.through._meta.db_table)
        existing = set(connection.introspection.table_names())
        with connection.cursor() as cursor:
            for table in sorted(tables & existing):
                cursor.execute(f"DELETE FROM {connection.ops.quote_name(table)}")  # noqa: S608

"""Speed and memory of the spreadsheet import of outcomes (programs/imports.py).

Not a test: it prints figures. Uses its own SQLite file in a temporary folder (or
DATABASE_URL if set), migrates it and fills it:

    DJANGO_SECRET_KEY=bench .venv/bin/python bench/import_outcomes.py
    DJANGO_SECRET_KEY=bench .venv/bin/python bench/import_outcomes.py --format csv

Method:
- Data: a province with `max(--sizes)` communes (official codes, Vietnamese names) and, for
  each size, a fresh programme with `--indicators` indicators (a count, an amount with one
  decimal, a rate), so every run writes new rows. The user is a superuser (the scope check
  of an official is one query, whatever the file).
- File: the entry template's layout (title rows, "Mã đơn vị", "Tên đơn vị", a column per
  indicator), one row per commune, numbers as real numeric cells (XLSX, written by openpyxl in
  write-only mode) or written the Vietnamese way, "1.234,5", separated by ";" (CSV).
- Timed with time.perf_counter, as the admin runs it: `outcome_import_preview` (check the
  file, stream its rows, match units and indicators, validate every cell, store the plan)
  then `outcome_import_apply` (bulk insert with history, one transaction). Then the same file
  again (everything unchanged: read and compare only).
- Memory: a second pass of preview + apply for each size on another year, under tracemalloc;
  the peak of Python allocations is printed per size, so its growth with the row count can be
  read off (the rows and the stored plan are kept; the file itself is streamed).
"""

import argparse
import io
import os
import platform
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

NAMES = ("An", "Bình", "Phú", "Đông", "Yên", "Gia", "Khánh", "Ninh", "Xuân", "Thượng", "Hòa")


def build_file(units, indicators, fmt):
    from openpyxl import Workbook

    from portal.text import vi_number

    header = ["Mã đơn vị", "Tên đơn vị"] + [f"{i.name} ({i.unit_of_measure})" for i in indicators]

    def values(n):
        return [n * 3 % 400, (n * 7 % 5000) / 10, (n * 13 % 1000) / 10]

    if fmt == "csv":
        lines = ["Biểu nhập số liệu", "", ";".join(header)]
        for n, unit in enumerate(units):
            cells = [vi_number(value) for value in values(n)]
            lines.append(";".join([unit.code, unit.name, *cells]))
        return "\n".join(lines).encode("utf-8-sig"), "bieu.csv"
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("So lieu")
    sheet.append(["Biểu nhập số liệu"])
    sheet.append([])
    sheet.append(header)
    for n, unit in enumerate(units):
        sheet.append([unit.code, unit.name, *values(n)])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue(), "bieu.xlsx"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="2500,10000", help="rows per file, comma-separated")
    parser.add_argument("--format", choices=("xlsx", "csv"), default="xlsx")
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]

    workdir = Path(tempfile.mkdtemp(prefix="bench-import-"))
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{workdir / 'bench.sqlite3'}")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.core.management import call_command
    from django.db import connection

    from programs import import_services
    from programs.models import AdministrativeUnit, Campaign, Indicator, Outcome, SupportProgram

    call_command("migrate", verbosity=0)
    user = get_user_model().objects.create_superuser("bench", password="bench-only-password")
    province = AdministrativeUnit.objects.create(name="Tỉnh Thử Nghiệm", level="tinh", code="99")
    AdministrativeUnit.objects.bulk_create(
        AdministrativeUnit(
            name=f"Xã {NAMES[n % len(NAMES)]} {NAMES[n // 7 % len(NAMES)]} {n + 1}",
            code=f"{100000 + n}",
            level="xa",
            parent=province,
            position=n,
        )
        for n in range(max(sizes))
    )
    units = list(AdministrativeUnit.objects.filter(level="xa").order_by("position"))
    campaign = Campaign.objects.create(name="Phong trào thử", slug="thu", start_year=2015)

    print(
        f"machine: {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}"
    )
    print(f"database: {connection.vendor}; format: {args.format}")
    print(f"{'rows':>7} {'values':>7} {'preview s':>10} {'apply s':>8} {'total s':>8} "
          f"{'rows/s':>7} {'again s':>8} {'peak MB':>8}")  # fmt: skip
    for size in sizes:
        program = SupportProgram.objects.create(
            name=f"Chương trình thử {size}",
            slug=f"thu-{size}",
            campaign=campaign,
            kind="housing",
            start_year=2015,
        )
        indicators = [
            Indicator.objects.create(program=program, name="Số hộ được hỗ trợ", code=f"ho-{size}",
                                     unit_of_measure="hộ", kind="count", position=1),
            Indicator.objects.create(program=program, name="Kinh phí", code=f"kp-{size}",
                                     unit_of_measure="triệu đồng", kind="amount", decimals=1,
                                     position=2),
            Indicator.objects.create(program=program, name="Tỷ lệ bao phủ", code=f"tl-{size}",
                                     unit_of_measure="%", kind="rate", decimals=1, position=3),
        ]  # fmt: skip
        data, name = build_file(units[:size], indicators, args.format)

        def run(year, data=data, name=name, program=program):
            plan, record = import_services.outcome_import_preview(
                user=user,
                program=program,
                year=year,
                uploaded=SimpleUploadedFile(name, data),
                source_text="Báo cáo thử nghiệm",
            )
            assert not plan.problems, [str(p) for p in plan.problems[:5]]
            middle = time.perf_counter()
            if record is not None:
                import_services.outcome_import_apply(record=record, user=user)
            return plan, middle

        started = time.perf_counter()
        plan, middle = run(2024)
        ended = time.perf_counter()
        again_started = time.perf_counter()
        again, _ = run(2024)
        again_time = time.perf_counter() - again_started
        assert again.unchanged == plan.created and not again.items
        tracemalloc.start()
        run(2025)
        peak = tracemalloc.get_traced_memory()[1] / 1048576
        tracemalloc.stop()
        written = Outcome.objects.filter(indicator__program=program, year=2024).count()
        print(f"{size:>7} {written:>7} {middle - started:>10.2f} {ended - middle:>8.2f} "
              f"{ended - started:>8.2f} {size / (ended - started):>7.0f} {again_time:>8.2f} "
              f"{peak:>8.1f}")  # fmt: skip


if __name__ == "__main__":
    main()

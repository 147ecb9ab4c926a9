"""Data at scale for `manage.py seed_demo --scale` (or `--articles N`, `--documents N`, …).

Every count is a total to reach: a second run adds only what is missing. Rows go in with
bulk_create in batches (no per-row save, signal or history row), so the search index is
filled afterwards with the apps' own builders (see `index`), and the page cache is told
once at the end. Text and numbers come from seeded generators: the same counts on the
same database give the same data.
"""

import time
from contextlib import contextmanager
from decimal import Decimal

from django.db import connection

from articles.models import Article
from documents.models import LegalDocument
from portal import pagecache
from portal.models import SearchEntry
from portal.progress import progress_printer
from portal.text import vi_number
from programs.models import AdministrativeUnit, Indicator, Outcome

from . import articles as article_seed
from . import documents as document_seed
from . import index
from . import indicators as indicator_seed
from . import outcomes as outcome_seed
from . import units as unit_seed

SCALE = {"articles": 100_000, "documents": 5_000, "units": 1_000, "indicators": 50, "years": 10}
INDEXED = [Article, LegalDocument, AdministrativeUnit, Indicator]


def run(out, *, articles=0, documents=0, units=0, indicators=0, years=0, started=None):
    """Reach the counts, printing a progress bar per phase and a timed report at the end."""
    started = started or time.monotonic()
    phases = [
        ("Bài viết", "bài viết", articles, lambda p: article_seed.seed(articles, p)),
        ("Văn bản", "văn bản", documents, lambda p: document_seed.seed(documents, p)),
        ("Đơn vị hành chính", "đơn vị", units, lambda p: unit_seed.seed(units, p)),
        ("Chỉ tiêu", "chỉ tiêu", indicators, lambda p: indicator_seed.seed(indicators, p)),
        ("Số liệu", "số liệu", years, lambda p: outcome_seed.seed(years, p)),
    ]
    lines = []
    with _fast_sqlite():
        for label, noun, wanted, seed in phases:
            if wanted:
                lines.append(_phase(out, label, noun, seed))
        lines.append(
            _phase(
                out,
                "Chỉ mục tìm kiếm",
                "mục",
                lambda progress: index.index(index.missing(INDEXED), progress),
            )
        )
    pagecache.changed()  # bulk_create sends no signal: public pages start afresh
    for line in lines:
        out.write(line)
    out.write(_summary(years, time.monotonic() - started))


def _phase(out, label, noun, seed):
    out.write(f"{label}:")
    began = time.monotonic()
    added = seed(progress_printer(out))
    seconds = time.monotonic() - began
    out.write("")
    return f"  {label}: thêm {vi_number(added)} {noun} trong {duration(seconds)}."


def _summary(years, seconds):
    counts = [
        (Article, "bài viết"),
        (LegalDocument, "văn bản"),
        (AdministrativeUnit, "đơn vị hành chính"),
        (Indicator, "chỉ tiêu"),
        (Outcome, "số liệu"),
        (SearchEntry, "mục tìm kiếm"),
    ]
    parts = [f"{vi_number(model.objects.count())} {noun}" for model, noun in counts]
    span = outcome_seed.years_of(years)
    if span:
        parts[4] += f" (các năm {span[0]}–{span[-1]})"
    return f"Xong: {', '.join(parts)}; tổng thời gian {duration(seconds)}."


def duration(seconds):
    """ "6 phút 12 giây", "3,4 giây"."""
    if seconds < 10:
        return f"{vi_number(Decimal(str(round(seconds, 1))), 1)} giây"
    minutes, rest = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    parts = [(hours, "giờ"), (minutes, "phút"), (rest, "giây")]
    return " ".join(f"{n} {unit}" for n, unit in parts if n) or "0 giây"


@contextmanager
def _fast_sqlite():
    """SQLite without waiting for the disk after each batch while seeding, then as before.

    A crash of the machine (not of this command) during the seed could damage the file;
    acceptable for demo data that one seeds again, and the setting is back right after.
    SQLite refuses the change inside a transaction (tests): then nothing changes.
    """
    if connection.vendor != "sqlite" or connection.in_atomic_block:
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA synchronous")
        synchronous = cursor.fetchone()[0]
        cursor.execute("PRAGMA cache_size")
        cache_size = cursor.fetchone()[0]
        cursor.execute("PRAGMA synchronous = OFF")
        cursor.execute("PRAGMA cache_size = -262144")  # 256 MB of pages for the indexes
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute(f"PRAGMA synchronous = {int(synchronous)}")
            cursor.execute(f"PRAGMA cache_size = {int(cache_size)}")

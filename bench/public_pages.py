"""Query counts and in-process response times of the public pages at a chosen scale.

Not a test: it prints figures. Uses its own SQLite file (or DATABASE_URL) and seeds it:

    DJANGO_SECRET_KEY=bench .venv/bin/python bench/public_pages.py --articles 10000

Method: Django's test client in this process (no network, no server), each page requested
`--repeat` times after one warm-up; the cache is cleared before every request so each one
does its full work. Reports SQL queries per request and the median and 95th-percentile time.
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10000)
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="bench-portal-"))
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{workdir / 'bench.sqlite3'}")
    os.environ.setdefault("MEDIA_ROOT", str(workdir / "media"))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")
    import django

    django.setup()
    from django.core.cache import cache
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from articles.models import Article, Category

    started = time.perf_counter()
    call_command("migrate", verbosity=0)
    call_command("seed_demo", articles=args.articles, stdout=open(os.devnull, "w"))  # noqa: SIM115
    print(f"seeded {Article.objects.count()} articles in {time.perf_counter() - started:.1f} s")

    category = Category.objects.first()
    article = Article.objects.published().first()
    pages = {
        "home /": "/",
        "news list /tin-tuc/": "/tin-tuc/",
        "news list page 200": "/tin-tuc/?trang=200",
        f"category {category.slug}": category.get_absolute_url(),
        "article": article.get_absolute_url(),
        "rss": "/tin-tuc/rss.xml",
        "sitemap": "/sitemap.xml",
    }
    client = Client(HTTP_HOST="127.0.0.1")
    print(f"{'page':32} {'status':>6} {'queries':>7} {'median ms':>10} {'p95 ms':>8}")
    for label, url in pages.items():
        cache.clear()
        client.get(url)
        times = []
        for _ in range(args.repeat):
            cache.clear()
            with CaptureQueriesContext(connection) as queries:
                t0 = time.perf_counter()
                response = client.get(url)
                times.append((time.perf_counter() - t0) * 1000)
        times.sort()
        p95 = times[max(0, int(len(times) * 0.95) - 1)]
        print(
            f"{label:32} {response.status_code:>6} {len(queries):>7} "
            f"{statistics.median(times):>10.1f} {p95:>8.1f}"
        )
    print(f"database: {connection.vendor}; work dir {workdir}")


if __name__ == "__main__":
    main()

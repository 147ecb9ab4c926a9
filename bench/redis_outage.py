"""A Redis outage in the middle of a load run: pages keep coming from the database, and nothing
is stale once Redis is back.

Not a test: it prints figures, and exits non-zero on any error answer or any stale content.

    .venv/bin/python bench/redis_outage.py                       # Redis stopped, then started
    .venv/bin/python bench/redis_outage.py --outage stop-persist  # restarts with its snapshot
    .venv/bin/python bench/redis_outage.py --outage pause         # hangs (SIGSTOP), then resumes

Method:
- Stack and pages as bench/load.py (its own PostgreSQL and Redis on loopback,
  DJANGO_ENV=production, gunicorn with 3 sync workers, the cache is
  portal.cache.ResilientRedisCache with 1 s connect and socket timeouts).
- Load: `--clients` (32) for `--duration` (40 s). The outage runs from `--down-at` (10 s) to
  `--up-at` (25 s), in one of three ways (`--outage`):
  stop: SIGTERM, then a new redis-server with `--save ""`: it comes back empty, as a
  cache-only Redis does;
  stop-persist: the same, but Redis saves a snapshot on shutdown and loads it on start, as
  Debian's default redis.conf does (`save` lines): it comes back with what it held;
  pause: SIGSTOP then SIGCONT: Redis keeps its connections and data but does not answer, as
  on a network partition or a stalled host.
- Change while Redis is away (at `--write-at`, 15 s), through `manage.py shell` with the app's
  environment (the same services and signals the admin uses): a draft article is published
  with `article_publish` by the demo publisher, the first menu category is renamed, the site
  name (SiteSettings.department_name) is changed and a web link is added. The last three are
  cached by the app (navigation 1 h, site settings 5 min, web links 6 h) and cleared by
  signals, which cannot reach Redis at that moment.
- Staleness check, 1 s after Redis is back and again after the load: the home page, the news
  list and a search for the new article's title must show all four changes. For each stale
  one the key left in Redis and its remaining time to live are shown.
- Reported: the per-second timeline, status counts, latency and throughput before, during
  and after the outage, the app's logged errors, and PASS/FAIL per change.
"""

import argparse
import html
import re
import secrets
import sys
import time
from pathlib import Path
from urllib.parse import quote_plus

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _stack  # noqa: E402

PORT = 18000
CACHE_KEYS = {  # change -> the key the app caches it under (KEY_PREFIX "portal", version 1)
    "category renamed (menu)": "portal:1:articles:nav-categories",
    "site name changed": "portal:1:portal:site-settings",
    "web link added (footer)": "portal:1:organization:web-links",
}

WRITE = """
import re
from django.contrib.auth import get_user_model
from articles.models import Article, Category
from articles.services import article_publish
from organization.models import WebLink
from portal.models import SiteSettings

token = {token!r}
publisher = get_user_model().objects.get(username="duyetbai")
category = Category.objects.filter(show_in_menu=True).order_by("position", "pk").first()
article = Article.objects.create(
    title=f"Tin kiểm tra bộ nhớ đệm {{token}}",
    slug=f"tin-kiem-tra-bo-nho-dem-{{token}}",
    category=category,
    summary="Bài thử của bench/redis_outage.py.",
    body="<p>Bài thử.</p>",
)
article_publish(article=article, user=publisher)
base = re.sub(r"( · (thử|hai máy chủ) \\w+)+$", "", category.name)  # earlier runs
category.name = base + f" · thử {{token}}"
category.save()
site = SiteSettings.objects.order_by("pk").first()
site.department_name = re.sub(r" · thử \\w+$", "", site.department_name) + f" · thử {{token}}"
site.save()
WebLink.objects.create(name=f"Liên kết thử {{token}}", url="https://example.org/", position=0)
print(article.get_absolute_url())
"""


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--outage", choices=("stop", "stop-persist", "pause"), default="stop")
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--duration", type=float, default=40.0, help="seconds of load")
    parser.add_argument("--down-at", type=float, default=10.0)
    parser.add_argument("--write-at", type=float, default=15.0)
    parser.add_argument("--up-at", type=float, default=25.0)
    _stack.add_stack_arguments(parser)
    args = parser.parse_args()

    print(_stack.machine_facts())
    token = secrets.token_hex(3)
    with _stack.Stack(args, redis_persist=args.outage == "stop-persist") as stack:
        app = stack.start_app(PORT)
        pages = _stack.discover_pages(PORT)
        for path in pages.values():
            _stack.fetch(PORT, path)
        written = {}
        checks = {}

        cpu = {}

        def down():
            cpu["down"] = _stack.cpu_snapshot(stack)
            if args.outage == "pause":
                stack.pause_redis()
            else:
                stack.stop_redis()

        def up():
            if args.outage == "pause":
                stack.resume_redis()
            else:
                stack.start_redis()
            while not stack.redis_ping():
                time.sleep(0.02)
            cpu["up"] = _stack.cpu_snapshot(stack)

        def write():
            written["url"] = stack.shell(WRITE.format(token=token)).strip().splitlines()[-1]

        def check_soon():
            time.sleep(1.0)
            checks["1 s after Redis is back"] = staleness(stack, token, written["url"])

        print(
            f"load: {args.clients} clients for {args.duration:.0f} s; Redis {args.outage} at "
            f"{args.down_at:.0f} s, back at {args.up_at:.0f} s; change written at "
            f"{args.write_at:.0f} s ...",
            flush=True,
        )
        cpu_before = _stack.cpu_snapshot(stack)
        run = _stack.run_load(
            PORT,
            pages,
            clients=args.clients,
            duration=args.duration,
            events=[
                (args.down_at, f"Redis {args.outage}", down),
                (args.write_at, "change written", write),
                (args.up_at, "Redis back", up),
                (args.up_at, "check", check_soon),
            ],
        )
        cpu_after = _stack.cpu_snapshot(stack)
        checks["after the load"] = staleness(stack, token, written["url"])
        print()
        rows = _stack.timeline(run)
        _stack.print_timeline(run, rows)
        print()
        _stack.print_summary(run)
        _stack.print_cpu(cpu_before, cpu_after, len(run.records))
        down_at = run.marks[f"Redis {args.outage} (start)"]
        up_at = run.marks["Redis back"]
        # By completion time; CPU from /proc at the phase boundaries, so the cost of a page
        # can be compared even when other processes take a varying share of the machine.
        print(
            f"{'phase (answers completed)':26} {'requests':>8} {'req/s':>6} {'p50 ms':>7} "
            f"{'p99 ms':>7} {'max ms':>7} {'gunicorn CPU ms/req':>19} {'other procs CPU':>15}"
        )
        for name, start, end, cpu_start, cpu_end in (
            ("Redis up (before)", 0.0, down_at, cpu_before, cpu["down"]),
            ("Redis down", down_at, up_at, cpu["down"], cpu["up"]),
            ("Redis up (after)", up_at, run.duration, cpu["up"], cpu_after),
        ):
            values = sorted(e - s for s, e, *_ in run.records if start <= e < end)
            gunicorn = cpu_end["gunicorn"] - cpu_start["gunicorn"]
            machine = [b - a for a, b in zip(cpu_start["machine"], cpu_end["machine"], strict=True)]
            ours = sum(cpu_end[k] - cpu_start[k] for k in ("gunicorn", "load generator"))
            others = max(0.0, machine[0] - ours - (cpu_end["PostgreSQL"] - cpu_start["PostgreSQL"]))
            per_request = f"{1000 * gunicorn / len(values):.1f}" if values else "-"
            print(
                f"{name:26} {len(values):>8} {len(values) / max(end - start, 0.001):>6.1f} "
                f"{_stack.ms(_stack.percentile(values, 50)):>7} "
                f"{_stack.ms(_stack.percentile(values, 99)):>7} "
                f"{_stack.ms(values[-1] if values else None):>7} {per_request:>19} "
                f"{100 * others / machine[1]:>14.0f}%"
            )
        for line, count in app.log_summary():
            print(f"app log: {count} × {line}")
        errors = sum(1 for *_, status, _ in run.records if not 200 <= status < 400)
        print(f"error answers (5xx or connection failures): {errors}")
        stale = False
        for when, results in checks.items():
            print(f"staleness check {when}:")
            for name, (ok, detail) in results.items():
                stale |= not ok
                print(f"  {'PASS' if ok else 'FAIL'}  {name}{detail}")
        ok = not errors and not stale
        print(f"RESULT: {'PASS' if ok else 'FAIL'} (outage: {args.outage})")
    return 0 if ok else 1


def staleness(stack, token, url):
    """Are the four changes visible on the public pages? {change: (ok, detail)}."""
    marker = f"thử {token}"
    _, home = _stack.fetch(PORT, "/")
    _, news = _stack.fetch(PORT, "/tin-tuc/")
    _, found = _stack.fetch(PORT, f"/tim-kiem/?q={quote_plus(f'kiểm tra bộ nhớ đệm {token}')}")
    home, news, found = (html.unescape(text) for text in (home, news, found))
    title = f"Tin kiểm tra bộ nhớ đệm {token}"
    menu = re.search(r"<nav[^>]*(?:site-nav|main-nav|Điều hướng chính)[\s\S]*?</nav>", home)
    results = {
        "article published (home, news list, search)": (
            title in home and title in news and url in found,
            f": home {title in home}, news list {title in news}, search {url in found}",
        ),
        "category renamed (menu)": (f"· {marker}" in (menu.group(0) if menu else home), ""),
        "site name changed": ("<title>" in home and f"· {marker}</title>" in home, ""),
        "web link added (footer)": (f"Liên kết thử {token}" in home, ""),
    }
    for name, key in CACHE_KEYS.items():
        ok, detail = results[name]
        if not ok:
            ttl = (stack.redis_command("TTL", key) or "").strip().lstrip(":")
            detail += f" (Redis still holds {key}, expires in {ttl} s)"
        results[name] = (ok, detail)
    return results


if __name__ == "__main__":
    sys.exit(main())

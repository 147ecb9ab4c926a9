"""Public pages on gunicorn against this machine's ceiling, with the page cache on and off.

Requests per second, p50/p99 latency and errors per page, each page's share of the ceiling (a
fixed 30 KB page through the same server), worker memory, queries per page and the plans of
the slowest queries.

Not a test: it prints figures (and writes them as JSON with `--json`), and exits 1 if any
answer was an error.

    bench/pages                                  # 32 connections × 20 s per page, demo data
    bench/pages --reuse --duration 3 --warmup 1  # a quick look while developing
    bench/pages --scale --json full.json --compare demo.json

Method:
- Stack (bench/_stack.py): its own PostgreSQL (127.0.0.1:55432) and Redis (127.0.0.1:56379),
  seeded with `seed_demo` (`--articles`, or `--scale` for full scale), ANALYZEd,
  DJANGO_ENV=production with collected static files; gunicorn with `--workers` sync workers
  (default 2 × CPUs + 1) on 127.0.0.1:18000 with the page cache on (PAGE_CACHE_SECONDS
  unset: the setting's default), then, stopped, on 127.0.0.1:18001 with it off
  (PAGE_CACHE_SECONDS=0); same workers, same database and Redis. Off means the whole-page
  cache only: portal/memo.py's memos (counts, filter choices, footer, other articles) stay on,
  as on any page-cache miss.
- Ceiling: ROOT_URLCONF points at bench/ceiling_urls.py (the portal's URLs plus
  /__tran__/, a fixed 30 KB HTML page with `Cache-Control: private` that no page cache keeps),
  set in the generated settings module, so the ceiling goes through the same gunicorn,
  middleware and settings. It is measured first and last in each phase; each page's ratio is
  to the mean of those two (the machine's speed drifts between minutes).
- Pages: home, a category (that of the first article listed), an article, /van-ban/, /van-ban/
  filtered by a field, a document, a programme, /so-lieu/ and /tim-kiem/?q=giam+ngheo; the
  URLs come from the seeded site's own lists. Each page is fetched once to check it answers
  200 (its size and X-Page-Cache header are shown), then loaded for `--warmup` seconds
  (discarded) and `--duration` seconds (measured).
- Load: wrk (`apt-get install -y wrk`; the script stops with exit status 2 without it),
  `--connections` connections on `--wrk-threads` threads, with a browser User-Agent (the visit
  counter counts real visitors only, so the load pays for it as they do) and
  Accept-Language: vi. gunicorn's sync workers close the connection after each answer, so
  wrk reconnects as a browser would. Latency is wrk's: from writing the request to reading the
  whole answer, including the wait in gunicorn's accept queue. Errors are answers other than
  2xx (counted by status in a small Lua script) plus wrk's socket errors (connect, read,
  write, timeout after `--timeout`).
- Memory: each worker's RSS, and its PSS (shared pages split between the processes that map
  them) from /proc/PID/smaps_rollup, after each phase.
- CPU: wrk, gunicorn, PostgreSQL and Redis share the machine's CPUs with each other and with
  anything else running; each step's "other" column is the share of the machine used by other
  processes while it ran, and each phase prints the split. "CPU ms" is the CPU time gunicorn,
  PostgreSQL and Redis spent per request during the step (from /proc), and "by CPU" the
  ceiling's CPU ms over the page's: on a busy shared machine a steadier estimate of the ratio
  than requests/s, which move with whatever else runs.
- Queries and plans (bench/_page_queries.py, in `manage.py shell` with PAGE_CACHE_SECONDS=0
  and CONTENT_MEMO_SECONDS=0,
  after the load): every page above plus list, filter, sort and deep-page variants,
  requested with Django's test client cold (cache cleared, as the query-budget tests in
  tests/*/test_queries.py count) and warm; the counts are compared with those budgets. Each
  distinct SELECT (literals folded) then runs under EXPLAIN (ANALYZE, BUFFERS): the slowest
  `--plans` are printed with their plans, and every sequential scan of a table that grows
  with the content (or of any table of 10,000 rows or more), and every sort of 10,000 rows
  or more, is flagged. At demo scale PostgreSQL rightly scans small tables; what counts is
  the full-scale run.
- Goals (printed met / NOT met): cached pages ≥ 70 % of the ceiling with p99 < 100 ms,
  uncached article and list pages ≥ 20 %, no errors, every worker under 150 MB (RSS);
  with `--compare` (or bench/compare_pages.py), each figure within 1.5× of the other run's.
"""

import argparse
import http.client
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _pages_report  # noqa: E402
import _stack  # noqa: E402
import compare_pages  # noqa: E402
import psycopg  # noqa: E402

HERE = Path(__file__).resolve().parent
PORTS = {"on": 18000, "off": 18001}
CEILING_PATH = "/__tran__/"
HEADERS = {
    "User-Agent": _stack.USER_AGENT,
    "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
    "Accept-Language": "vi",
}
# Query budgets asserted by the tests: page label -> (test file, constant).
BUDGETS = {
    "home": ("articles", "HOME_BUDGET"),
    "category": ("articles", "CATEGORY_BUDGET"),
    "category page 2": ("articles", "CATEGORY_BUDGET"),
    "category deep page": ("articles", "CATEGORY_BUDGET"),
    "article": ("articles", "ARTICLE_BUDGET"),
    "documents": ("documents", "LIST_BUDGET"),
    "documents page 2": ("documents", "LIST_BUDGET"),
    "documents deep page": ("documents", "LIST_BUDGET"),
    "documents filtered": ("documents", "FILTERED_LIST_BUDGET"),
    "documents filter linh_vuc": ("documents", "FILTERED_LIST_BUDGET"),
    "document": ("documents", "DETAIL_BUDGET"),
    "document not a draft": ("documents", "DETAIL_BUDGET"),
    "procedures": ("documents", "PROCEDURES_BUDGET"),
    "procedure": ("documents", "PROCEDURE_BUDGET"),
    "programme": ("programs", "PROGRAM_BUDGET"),
    "campaign": ("programs", "CAMPAIGN_BUDGET"),
    "figures": ("programs", "FIGURES_BUDGET"),
}
# wrk's per-thread status counts, gathered in done() and printed as one JSON line.
WRK_SCRIPT = r"""
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) statuses = {} end
function response(status, headers, body) statuses[status] = (statuses[status] or 0) + 1 end
function done(summary, latency, requests)
  local codes = {}
  for _, thread in ipairs(threads) do
    for code, n in pairs(thread:get("statuses") or {}) do codes[code] = (codes[code] or 0) + n end
  end
  local parts = {}
  for code, n in pairs(codes) do table.insert(parts, string.format('"%d":%d', code, n)) end
  io.write(string.format('WRK_JSON {"requests":%d,"duration_us":%d,"bytes":%d,' ..
    '"connect":%d,"read":%d,"write":%d,"timeout":%d,"p50_us":%d,"p90_us":%d,"p99_us":%d,' ..
    '"max_us":%d,"statuses":{%s}}\n',
    summary.requests, summary.duration, summary.bytes, summary.errors.connect,
    summary.errors.read, summary.errors.write, summary.errors.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max,
    table.concat(parts, ",")))
end
"""


def main():
    args = parse_args()
    wrk = shutil.which("wrk")
    if not wrk:
        print("wrk not found: install it with `apt-get install -y wrk` (Debian/Ubuntu)")
        return 2
    if args.compare and not Path(args.compare).exists():
        print(f"--compare: no such file {args.compare}")
        return 2
    started = datetime.now().astimezone()
    print(_stack.machine_facts())
    stack_options = {
        "settings_lines": ["ROOT_URLCONF = 'ceiling_urls'"],
        "modules": [HERE / "ceiling_urls.py"],
    }
    with _stack.Stack(args, **stack_options) as stack:
        analyze(stack)
        facts = machine(stack, wrk)
        print(
            f"versions: PostgreSQL {facts['postgresql']}, Redis {facts['redis']}, "
            f"{facts['wrk']}, gunicorn {facts['gunicorn']}, Django {facts['django']}"
        )
        script = stack.workdir / "wrk-report.lua"
        script.write_text(WRK_SCRIPT)
        results = {
            "started": started.isoformat(timespec="seconds"),
            "seed": " ".join(stack.seeding),
            "settings": settings_of(args),
            "machine": facts,
            "rows": [],
            "workers": {},
            "cpu": {},
        }
        found = None
        for phase in args.cache:
            env = {"PAGE_CACHE_SECONDS": None if phase == "on" else "0"}
            app = stack.start_app(PORTS[phase], name=f"cache-{phase}", env=env)
            found = found or discover(app.port)
            pages = {k: v for k, v in found.items() if not args.pages or k in args.pages}
            results["rows"] += run_phase(stack, app, phase, pages, args, wrk, script, results)
            results["workers"][phase] = memory(app)
            for line, count in app.log_summary():
                print(f"app log ({phase}): {count} × {line}")
            stack.stop_app(app)
        if not args.no_queries:
            results.update(query_phase(stack, found or discover_without_server(stack), args))
        results["load_average_end"] = os.getloadavg()[0]
    _pages_report.report(results)
    if args.json:
        Path(args.json).write_text(json.dumps(results, ensure_ascii=False, indent=1))
        print(f"results written to {args.json}")
    if args.compare:
        print()
        compare_pages.compare(json.loads(Path(args.compare).read_text()), results)
    errors = sum(row["errors"] for row in results["rows"])
    return 1 if errors else 0


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--connections", type=int, default=32, help="wrk connections")
    parser.add_argument("--duration", type=float, default=20.0, help="measured seconds per page")
    parser.add_argument("--warmup", type=float, default=3.0, help="unmeasured seconds per page")
    parser.add_argument("--wrk-threads", type=int, default=1, help="wrk threads")
    parser.add_argument("--timeout", type=float, default=10.0, help="wrk request timeout, s")
    parser.add_argument(
        "--cache",
        default="on,off",
        type=lambda text: [w for w in text.split(",") if w in ("on", "off")],
        help="phases to run: on,off (default), on, off, or none (queries and plans only)",
    )
    parser.add_argument(
        "--pages",
        type=lambda text: [w.strip() for w in text.split(",")],
        help="only these pages (labels, comma-separated), for a quick look",
    )
    parser.add_argument("--plans", type=int, default=8, help="slowest query plans to print")
    parser.add_argument("--no-queries", action="store_true", help="skip queries and plans")
    parser.add_argument("--json", metavar="FILE", help="write the results as JSON")
    parser.add_argument(
        "--compare", metavar="FILE", help="compare with an earlier --json (e.g. demo vs full)"
    )
    _stack.add_stack_arguments(parser, workers=2 * (os.cpu_count() or 1) + 1)
    return parser.parse_args()


def settings_of(args):
    keys = ("connections", "duration", "warmup", "wrk_threads", "timeout", "workers")
    return {key: getattr(args, key) for key in keys} | {
        "worker_class": args.worker_class,
        "threads": args.threads,
        "app_env": args.app_env,
    }


# -- stack facts -----------------------------------------------------------------------------


def analyze(stack):
    """Fresh planner statistics: a freshly seeded database has none until autovacuum runs."""
    t0 = time.monotonic()
    with psycopg.connect(stack.dsn(), autocommit=True) as conn:
        conn.execute("ANALYZE")
    print(f"  ANALYZE: {time.monotonic() - t0:.1f} s")


def machine(stack, wrk):
    version = subprocess.run([wrk, "--version"], capture_output=True, text=True, timeout=10)
    gunicorn = subprocess.run(
        [_stack.VENV_BIN / "gunicorn", "--version"], capture_output=True, text=True, timeout=30
    )
    django = subprocess.run(
        [_stack.VENV_BIN / "python", "-c", "import django; print(django.get_version())"],
        capture_output=True,
        text=True,
        timeout=30,
    )
    return {
        "cpu": _stack.cpu_model(),
        "cpus": os.cpu_count(),
        "kernel": platform.release(),
        "memory_gib": round(os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE") / 2**30, 1),
        "python": platform.python_version(),
        "postgresql": stack.pg_version(),
        "redis": stack.redis_version(),
        "wrk": (version.stdout + version.stderr).splitlines()[0].split(" Copyright")[0].strip(),
        "gunicorn": re.sub(r"[^\d.]", "", gunicorn.stdout) or "?",
        "django": django.stdout.strip(),
    }


# -- pages -----------------------------------------------------------------------------------


def get(port, path):
    """(status, headers, body bytes) of one GET with the load's headers."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        conn.request("GET", path, headers=HEADERS)
        response = conn.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    except (OSError, http.client.HTTPException):
        return 0, {}, b""
    finally:
        conn.close()


def discover(port):
    """The pages of issue 9 with real URLs from the seeded site's lists."""
    found = _stack.discover_pages(port)
    category = re.match(r"(/tin-tuc/[\w-]+/)", found["article"]).group(1)
    _, _, body = get(port, "/van-ban/")
    select = re.search(r'<select[^>]*name="linh_vuc".*?</select>', body.decode(), re.S)
    option = select and re.search(r'<option value="([\w-]+)"', select.group(0))
    pages = {
        "home": "/",
        "category": category,
        "article": found["article"],
        "documents": "/van-ban/",
        "documents filtered": f"/van-ban/?linh_vuc={option.group(1)}" if option else None,
        "document": found["document"],
        "programme": found["program"],
        "figures": "/so-lieu/",
        "search": _stack.SEARCH_PATH,
    }
    return {label: path for label, path in pages.items() if path}


def discover_without_server(stack):
    app = stack.start_app(PORTS["off"], name="discover", env={"PAGE_CACHE_SECONDS": "0"})
    try:
        return discover(app.port)
    finally:
        stack.stop_app(app)


CEILING_END = "ceiling (end)"


def run_phase(stack, app, phase, pages, args, wrk, script, results):
    print(f"\n== page cache {phase}: gunicorn on :{app.port} ==", flush=True)
    rows = []
    cpu_before = _stack.cpu_snapshot(stack, children=True)
    ceiling = ceiling_cpu = None
    steps = [("ceiling", CEILING_PATH), *pages.items(), (CEILING_END, CEILING_PATH)]
    for label, path in steps:
        get(app.port, path)  # a page cache stores it on this first request
        status, headers, body = get(app.port, path)
        state = headers.get("X-Page-Cache", "-")
        if status != 200:
            print(f"{label}: {path} answered {status}, measured anyway")
        warm = load(app.port, path, args, wrk, script, seconds=args.warmup)
        drain(app.port, warm)
        step_before = _stack.cpu_snapshot(stack, children=True)
        figures = load(app.port, path, args, wrk, script, seconds=args.duration)
        step_after = _stack.cpu_snapshot(stack, children=True)
        drain(app.port, figures)
        cpu_ms = server_cpu_ms(step_before, step_after, figures["requests"])
        if label == "ceiling":
            ceiling, ceiling_cpu = figures["rps"], cpu_ms
        row = {
            "page": label,
            "path": path,
            "cache": phase,
            "status": status,
            "kb": len(body) / 1024,
            "x_page_cache": state,
            **figures,
            "ratio": figures["rps"] / ceiling if ceiling else None,
            "other_cpu": other_share(step_before, step_after),
            "server_cpu_ms": cpu_ms,
            "cpu_ratio": ceiling_cpu / cpu_ms if ceiling_cpu and cpu_ms else None,
        }
        rows.append(row)
        print(_pages_report.format_row(row), flush=True)
    # This machine's speed drifts between minutes (a shared virtual machine): every ratio is
    # to the mean of the ceilings measured at the start and at the end of the phase.
    first, last = rows[0], rows[-1]
    ceiling = (first["rps"] + last["rps"]) / 2
    ceiling_cpu = (first["server_cpu_ms"] + last["server_cpu_ms"]) / 2
    for row in rows:
        row["ratio"] = row["rps"] / ceiling
        row["cpu_ratio"] = ceiling_cpu / row["server_cpu_ms"] if row["server_cpu_ms"] else None
    cpu_after = _stack.cpu_snapshot(stack, children=True)
    requests = sum(row["requests"] for row in rows)
    _stack.print_cpu(cpu_before, cpu_after, requests)
    results["cpu"][phase] = cpu_split(cpu_before, cpu_after)
    return rows


def load(port, path, args, wrk, script, *, seconds):
    """One wrk run: requests/s, p50/p90/p99/max ms, errors, statuses."""
    cmd = [
        wrk,
        f"--threads={args.wrk_threads}",
        f"--connections={args.connections}",
        f"--duration={max(1, round(seconds))}s",
        f"--timeout={args.timeout:g}s",
        "--latency",
        f"--script={script}",
        *[f"--header={name}: {value}" for name, value in HEADERS.items()],
        f"http://127.0.0.1:{port}{path}",
    ]
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=seconds + 60)
    match = re.search(r"^WRK_JSON (.+)$", result.stdout, re.M)
    if result.returncode != 0 or not match:
        raise RuntimeError(f"wrk failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
    data = json.loads(match.group(1))
    rps = re.search(r"Requests/sec:\s+([\d.]+)", result.stdout)
    statuses = {int(code): n for code, n in data["statuses"].items()}
    socket = {key: data[key] for key in ("connect", "read", "write", "timeout")}
    non_2xx = sum(n for code, n in statuses.items() if not 200 <= code < 300)
    return {
        "requests": data["requests"],
        "rps": float(rps.group(1)) if rps else data["requests"] / (data["duration_us"] / 1e6),
        "p50_ms": data["p50_us"] / 1000,
        "p90_ms": data["p90_us"] / 1000,
        "p99_ms": data["p99_us"] / 1000,
        "max_ms": data["max_us"] / 1000,
        "statuses": statuses,
        "socket_errors": socket,
        "errors": non_2xx + sum(socket.values()),
    }


def drain(port, figures):
    """Let gunicorn finish the requests wrk left behind when it stopped (up to one per
    connection, queued or running): they would otherwise eat into the next run's time."""
    time.sleep(min(15.0, figures["p50_ms"] / 1000 * 1.2))
    _stack.fetch(port, "/healthz", timeout=30)


def server_cpu_ms(before, after, requests):
    """CPU milliseconds per request of gunicorn, PostgreSQL and Redis together."""
    spent = sum(after[name] - before[name] for name in ("gunicorn", "PostgreSQL", "Redis"))
    return 1000 * spent / requests if requests else None


def other_share(before, after):
    busy = after["machine"][0] - before["machine"][0]
    capacity = after["machine"][1] - before["machine"][1]
    ours = sum(
        after[name] - before[name] for name in after if name not in ("machine", "postmaster")
    )
    return max(0.0, busy - ours) / capacity if capacity else 0.0


def cpu_split(before, after):
    capacity = after["machine"][1] - before["machine"][1]
    parts = {
        name: round((after[name] - before[name]) / capacity, 3)
        for name in after
        if name not in ("machine", "postmaster")
    }
    busy = (after["machine"][0] - before["machine"][0]) / capacity
    parts["other processes"] = round(max(0.0, busy - sum(parts.values())), 3)
    parts["busy"] = round(busy, 3)
    return parts


def memory(app):
    rows = [
        {"pid": pid, "rss_mb": round(rss, 1), "pss_mb": round(pss, 1) if pss else None}
        for pid, rss, pss in app.worker_memory()
    ]
    master = _stack.pss_mib(app.process.pid)
    return {
        "master_rss_mb": round(app.master_rss(), 1),
        "master_pss_mb": round(master, 1) if master else None,
        "workers": rows,
    }


# -- queries and plans -------------------------------------------------------------------------


def query_phase(stack, pages, args):
    print("\n== queries per page and plans (page cache off, Django test client) ==", flush=True)
    io_file = stack.workdir / "page-queries-io.json"
    output = stack.workdir / "page-queries.json"
    io_file.write_text(json.dumps({"pages": pages, "output": str(output)}))
    code = f"import runpy; runpy.run_path({str(HERE / '_page_queries.py')!r}, run_name='__main__')"
    t0 = time.monotonic()
    printed = stack.shell(
        code,
        timeout=3600,
        # Pages rendered from scratch, as the query-budget tests count them: no page cache,
        # no memos (portal/memo.py), whose only cost on a miss is one more query when the
        # cache was just cleared (the next scheduled article, for a new generation).
        env={
            "PAGE_CACHE_SECONDS": "0",
            "CONTENT_MEMO_SECONDS": "0",
            "BENCH_PAGES_IO": str(io_file),
        },
    )
    if printed.strip():
        print(printed.rstrip())
    data = json.loads(output.read_text())
    print(
        f"  {len(data['queries'])} URLs, {len(data['plans'])} distinct SELECTs explained "
        f"in {time.monotonic() - t0:.0f} s"
    )
    budgets = test_budgets()
    for row in data["queries"]:
        source = BUDGETS.get(row["label"])
        row["budget"] = budgets.get(source) if source else None
        if row["budget"] is not None and row.get("draft"):
            # A document open for comments lists them: one query more by design.
            row["budget"] += budgets.get(("participation", "DRAFT_EXTRA"), 0)
    sizes = dict(data["tables"])
    top = data["plans"][: args.plans]
    flagged = [plan for plan in data["plans"] if plan.get("flags")]
    flagged.sort(key=lambda plan: (-biggest_table(plan, sizes), -plan["ms"]))
    extra = [dict(plan, extra=True) for plan in flagged if plan not in top][: args.plans]
    return {
        "queries": data["queries"],
        "plans": top + extra,  # full plans: the slowest, then the worst flagged ones
        "flagged": [
            {key: plan[key] for key in ("sql", "ms", "pages", "flags")} for plan in flagged
        ],
        "plans_total": len(data["plans"]),
        "tables": data["tables"],
    }


def biggest_table(plan, sizes):
    tables = [re.match(r"Seq Scan on (\w+)", flag) for flag in plan["flags"]]
    return max((sizes.get(match.group(1), 0) for match in tables if match), default=0)


def test_budgets():
    """{(app, constant): value} from tests/<app>/test_queries.py of the work tree."""
    found = {}
    for app in {app for app, _ in BUDGETS.values()} | {"participation"}:
        path = _stack.ROOT / "tests" / app / "test_queries.py"
        if path.exists():
            text = path.read_text()
            for name, value in re.findall(r"^(\w+_(?:BUDGET|EXTRA)) = (\d+)", text, re.M):
                found[(app, name)] = int(value)
    return found


if __name__ == "__main__":
    sys.exit(main())

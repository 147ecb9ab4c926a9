"""The printed report of bench/pages.py: the load table, memory, CPU, queries, plans, goals."""

import re

# Goals of issue 9.
CACHED_RATIO = 0.70
UNCACHED_RATIO = 0.20
UNCACHED_GOAL_PAGES = ("category", "article", "documents", "documents filtered")
P99_MS = 100.0
WORKER_MB = 150.0
LARGE_ROWS = 10_000  # as in _page_queries.py
FLAGGED_LINES = 20
BUSY_SHARE = 0.10
GROWING_HINT = re.compile(r"^(articles_article|documents_legaldocument|programs_outcome)$")

HEADER = (
    f"{'page':20} {'cache':5} {'req/s':>8} {'p50 ms':>7} {'p99 ms':>7} {'errors':>6} "
    f"{'KB':>5} {'ceiling':>7} {'CPU ms':>6} {'by CPU':>6} {'other':>5}  {'X-Page-Cache'}"
)


def percent(value):
    return "-" if value is None else f"{100 * value:.0f}%"


def format_row(row):
    cpu = f"{row['server_cpu_ms']:.1f}" if row.get("server_cpu_ms") else "-"
    return (
        f"{row['page']:20} {row['cache']:5} {row['rps']:>8.1f} {row['p50_ms']:>7.1f} "
        f"{row['p99_ms']:>7.1f} {row['errors']:>6} {row['kb']:>5.1f} {percent(row['ratio']):>7} "
        f"{cpu:>6} {percent(row.get('cpu_ratio')):>6} {100 * row['other_cpu']:>4.0f}%  "
        f"{row['x_page_cache']}"
    )


def report(results):
    rows = results["rows"]
    facts = results["machine"]
    print("\n== summary ==")
    print(
        f"{facts['cpu']}, {facts['cpus']} CPUs, kernel {facts['kernel']}, "
        f"{facts['memory_gib']} GiB; PostgreSQL {facts['postgresql']}, Redis {facts['redis']}, "
        f"{facts['wrk']}, gunicorn {facts['gunicorn']}, Django {facts['django']}, "
        f"Python {facts['python']}"
    )
    s = results["settings"]
    print(
        f"seed_demo {results['seed']}; {s['workers']} {s['worker_class']} workers; wrk "
        f"{s['connections']} connections × {s['duration']:g} s per page after {s['warmup']:g} s "
        f"of warm-up; 'ceiling' = req/s ÷ the ceiling's req/s of the same phase; 'CPU ms' = "
        "CPU time of gunicorn + PostgreSQL + Redis per request; 'by CPU' = the ceiling's CPU ms "
        "÷ the page's (what the ratio would be on an idle CPU-bound machine); 'other' = CPU "
        "used by other processes on the machine meanwhile"
    )
    if rows:
        print(HEADER)
        for row in rows:
            print(format_row(row))
    for phase, split in results["cpu"].items():
        parts = ", ".join(f"{name} {100 * share:.0f}%" for name, share in split.items())
        print(f"CPU split, cache {phase} ({facts['cpus']} CPUs = 100%): {parts}")
    for phase, mem in results["workers"].items():
        master_pss = f", PSS {mem['master_pss_mb']} MiB" if mem["master_pss_mb"] else ""
        print(f"gunicorn cache {phase}: master RSS {mem['master_rss_mb']} MiB{master_pss}")
        for worker in mem["workers"]:
            pss = f", PSS {worker['pss_mb']} MiB" if worker["pss_mb"] else ""
            print(f"  worker {worker['pid']}: RSS {worker['rss_mb']} MiB{pss}")
    if results.get("queries"):
        print_queries(results)
    print_goals(results)


def print_queries(results):
    size = ", ".join(f"{name} {rows}" for name, rows in results["tables"][:8])
    print(f"\nlargest tables (rows): {size}")
    print(f"{'page':28} {'status':>6} {'cold':>5} {'warm':>5} {'budget':>6}  path")
    for row in results["queries"]:
        if "error" in row:
            print(f"{row['label']:28} ERROR {row['error']}  {row['path']}")
            continue
        budget = row["budget"]
        verdict = "" if budget is None else (" ok" if row["cold"] <= budget else " OVER")
        note = " (open for comments: +1 by design)" if row.get("draft") and budget else ""
        print(
            f"{row['label']:28} {row['status']:>6} {row['cold']:>5} {row['warm']:>5} "
            f"{budget if budget is not None else '-':>6}{verdict:4} {row['path']}{note}"
        )
    plans = results["plans"]
    slowest = [plan for plan in plans if not plan.get("extra")]
    print(f"\nslowest {len(slowest)} of {results['plans_total']} distinct SELECTs:")
    for n, plan in enumerate(slowest, 1):
        print_plan(n, plan)
    flagged = results.get("flagged", [])
    print(
        f"\nflagged: {len(flagged)} distinct SELECTs scan a table that grows with the content "
        f"(or any of {LARGE_ROWS:,} rows or more) sequentially, or sort {LARGE_ROWS:,} rows or "
        "more; biggest table first"
    )
    for plan in flagged[:FLAGGED_LINES]:
        what = "; ".join(dict.fromkeys(flag.split(": ")[0] for flag in plan["flags"]))
        pages = ", ".join(plan["pages"][:3]) + (" …" if len(plan["pages"]) > 3 else "")
        print(f"  {plan['ms']:>8.2f} ms  {what}  [{pages}]  {plan['sql'][:100]}…")
    if len(flagged) > FLAGGED_LINES:
        print(f"  … and {len(flagged) - FLAGGED_LINES} more (all in the --json file)")
    extra = [plan for plan in plans if plan.get("extra")]
    if extra:
        print(f"\nplans of the {len(extra)} flagged SELECTs with the biggest tables:")
        for n, plan in enumerate(extra, 1):
            print_plan(f"F{n}", plan)


def print_plan(n, plan):
    flagged = " FLAGGED" if plan.get("flags") else ""
    pages = ", ".join(plan["pages"][:6]) + (" …" if len(plan["pages"]) > 6 else "")
    print(
        f"\n#{n}{flagged} {plan['ms']:.2f} ms (planning {plan.get('planning_ms', 0):.2f} ms), "
        f"{plan['calls']} call(s), pages: {pages}"
    )
    print(f"SQL: {plan['sql']}")
    for flag in plan.get("flags", []):
        print(f"  ! {flag}")
    print(plan.get("plan") or plan.get("error", ""))


def below(rows, goal):
    """(pages under the goal by req/s, descriptions by req/s and by CPU time)."""
    by_rps = [r["page"] for r in rows if (r["ratio"] or 0) < goal]
    by_cpu = [r["page"] for r in rows if (r.get("cpu_ratio") or 0) < goal]
    described = []
    if by_rps:
        described.append(f"by req/s: {', '.join(by_rps)}")
    described.append(f"by CPU: {', '.join(by_cpu) if by_cpu else 'all met'}")
    return by_rps, described


def print_goals(results):
    rows = [row for row in results["rows"] if not row["page"].startswith("ceiling")]
    goals = []
    cached = [row for row in rows if row["cache"] == "on"]
    if cached:
        low = below(cached, CACHED_RATIO)
        goals.append((f"cached pages ≥ {CACHED_RATIO:.0%} of the ceiling", not low[0], low[1]))
        slow = [f"{r['page']} {r['p99_ms']:.0f} ms" for r in cached if r["p99_ms"] >= P99_MS]
        goals.append((f"cached pages p99 < {P99_MS:.0f} ms", not slow, slow))
    uncached = [r for r in rows if r["cache"] == "off" and r["page"] in UNCACHED_GOAL_PAGES]
    if uncached:
        low = below(uncached, UNCACHED_RATIO)
        name = f"uncached article and list pages ≥ {UNCACHED_RATIO:.0%} of the ceiling"
        goals.append((name, not low[0], low[1]))
    errors = [f"{r['page']} ({r['cache']}) {r['errors']}" for r in results["rows"] if r["errors"]]
    if results["rows"]:
        goals.append(("no errors", not errors, errors))
    heavy = [
        f"{w['pid']} {w['rss_mb']} MiB"
        for mem in results["workers"].values()
        for w in mem["workers"]
        if w["rss_mb"] >= WORKER_MB
    ]
    if results["workers"]:
        goals.append((f"every worker under {WORKER_MB:.0f} MB (RSS)", not heavy, heavy))
    over = [
        f"{r['label']} {r['cold']}>{r['budget']}"
        for r in results.get("queries", [])
        if r.get("budget") is not None and r.get("cold", 0) > r["budget"]
    ]
    if results.get("queries"):
        goals.append(("query counts within the tests' budgets", not over, over))
        flags = [flag for plan in results.get("flagged", []) for flag in plan["flags"]]
        tables = sorted({re.sub(r" \(.*|:.*", "", flag) for flag in flags})
        sizes = dict(results["tables"])
        largest = max((rows for name, rows in sizes.items() if GROWING_HINT.match(name)), default=0)
        note = (
            f" (largest content table {largest:,} rows: PostgreSQL rightly scans small tables; "
            "the full-scale run decides)"
            if flags and largest < LARGE_ROWS
            else ""
        )
        goals.append(("every list, filter and sort uses an index" + note, not flags, tables))
    busy = sorted(row["other_cpu"] for row in results["rows"])
    if busy and busy[len(busy) // 2] > BUSY_SHARE:
        goals.append(
            (
                f"a quiet machine (other processes under {BUSY_SHARE:.0%} of the CPUs)",
                False,
                [
                    f"median {busy[len(busy) // 2]:.0%} during the steps: req/s and latency are "
                    "pessimistic, ratios drift; see the 'by CPU' column"
                ],
            )
        )
    print("\n== goals ==")
    for name, met, failing in goals:
        detail = f": {'; '.join(failing)}" if failing else ""
        print(f"{'met    ' if met else 'NOT met'} {name}{detail}")
    print("(scale: compare a demo-scale and a full-scale --json with bench/compare_pages.py)")

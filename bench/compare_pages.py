"""Two bench/pages.py --json results side by side (e.g. demo scale, then full scale).

    .venv/bin/python bench/compare_pages.py demo.json full.json

For each page and cache setting: requests/s, p99 and the share of the ceiling in both runs,
the second over the first, and whether requests/s and p99 are within 1.5× of each other (the
goal of issue 9); then each page's query count in both runs (a fixed budget means the same
count whatever the data size) and the largest worker. Exits 1 if any figure is outside 1.5×
or any query count differs.
"""

import json
import sys
from pathlib import Path

LIMIT = 1.5


def within(a, b):
    if not a or not b:
        return False
    return max(a / b, b / a) <= LIMIT


def size(results):
    tables = dict(results.get("tables", []))
    keys = ("articles_article", "documents_legaldocument", "programs_outcome")
    known = ", ".join(f"{key} {tables[key]}" for key in keys if key in tables)
    return f"seed_demo {results.get('seed', '?')}" + (f" ({known})" if known else "")


def compare(first, second):
    """Print the comparison; True when every figure is within LIMIT and counts are equal."""
    ok = True
    print(f"== comparison: A = {first.get('started')}, B = {second.get('started')} ==")
    print(f"A: {size(first)}\nB: {size(second)}")
    rows_a = {(r["page"], r["cache"]): r for r in first.get("rows", [])}
    print(
        f"{'page':20} {'cache':5} {'req/s A':>8} {'req/s B':>8} {'B/A':>5} {'p99 A':>6} "
        f"{'p99 B':>6} {'B/A':>5} {'ceil A':>6} {'ceil B':>6} {'CPU ms B/A':>10}  within {LIMIT}×"
    )
    for row in second.get("rows", []):
        base = rows_a.get((row["page"], row["cache"]))
        if base is None:
            continue
        good = within(base["rps"], row["rps"]) and within(base["p99_ms"], row["p99_ms"])
        ok &= good or row["page"].startswith("ceiling")
        print(
            f"{row['page']:20} {row['cache']:5} {base['rps']:>8.1f} {row['rps']:>8.1f} "
            f"{row['rps'] / base['rps']:>5.2f} {base['p99_ms']:>6.1f} {row['p99_ms']:>6.1f} "
            f"{row['p99_ms'] / base['p99_ms']:>5.2f} {percent(base['ratio']):>6} "
            f"{percent(row['ratio']):>6} {cpu_change(base, row):>10}  {'yes' if good else 'NO'}"
        )
    counts_a = {r["label"]: r for r in first.get("queries", [])}
    changed = []
    for row in second.get("queries", []):
        base = counts_a.get(row["label"])
        if base and "cold" in base and "cold" in row and base["cold"] != row["cold"]:
            changed.append(f"{row['label']} {base['cold']} → {row['cold']}")
    if second.get("queries"):
        ok &= not changed
        print(
            "query counts (cold): "
            + ("the same on every page" if not changed else "CHANGED: " + "; ".join(changed))
        )
    for name, results in (("A", first), ("B", second)):
        workers = [
            w["rss_mb"] for mem in results.get("workers", {}).values() for w in mem["workers"]
        ]
        if workers:
            print(f"largest worker {name}: {max(workers)} MiB RSS")
    print(f"RESULT: {'within' if ok else 'NOT within'} {LIMIT}× (and the same query counts)")
    return ok


def cpu_change(base, row):
    """Server CPU per request, B over A: steadier than req/s on a shared machine."""
    a, b = base.get("server_cpu_ms"), row.get("server_cpu_ms")
    return f"{b / a:.2f}" if a and b else "-"


def percent(value):
    return "-" if value is None else f"{100 * value:.0f}%"


def main():
    if len(sys.argv) != 3:
        print(__doc__)
        return 2
    first, second = (json.loads(Path(name).read_text()) for name in sys.argv[1:])
    return 0 if compare(first, second) else 1


if __name__ == "__main__":
    sys.exit(main())

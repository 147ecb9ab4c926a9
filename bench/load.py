"""Throughput, latency and memory of the public pages under concurrent load, on gunicorn.

Not a test: it prints figures, and exits non-zero if any answer was a 5xx.

    .venv/bin/python bench/load.py                     # 64 clients for 60 s
    .venv/bin/python bench/load.py --clients 16 --duration 20 --reuse

Method:
- Stack (bench/_stack.py): its own PostgreSQL cluster on 127.0.0.1:55432 and Redis on
  127.0.0.1:56379 (never the machine's shared ones), migrated and seeded with `seed_demo`
  (`--articles` in all), DJANGO_ENV=production with collected static files, then gunicorn
  as the README deploys it (`--workers 3`, sync workers by default) on 127.0.0.1:18000.
- Pages: home, the news list, an article, the documents list, a document, a programme,
  /so-lieu/, a search for "giam ngheo" and /hoi-dap/; the article, document and programme
  URLs are the first ones linked from their lists.
- Warm-up: each page once. Load: `--clients` threads in this process, each with a persistent
  HTTP/1.1 connection (gunicorn's sync workers close it after every answer, so the client
  reconnects as a browser would), each asking for the pages in turn from a different start,
  with no think time, for `--duration` seconds. Each request's start, end and status are
  recorded; latency is the time from sending the request to having read the whole body,
  so it includes the wait in gunicorn's accept queue.
- Reported: requests, requests/s, status classes, connection errors, p50/p90/p99/max overall
  and per page, each gunicorn process's resident memory after the run, and the error lines
  the app logged. The load generator shares the CPUs with gunicorn, PostgreSQL and Redis
  (and with whatever else runs on the machine): the CPU time of each part and of the other
  processes over the run is printed, from /proc (a process tree's time includes its exited
  children).
"""

import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _stack  # noqa: E402

PORT = 18000


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=64)
    parser.add_argument("--duration", type=float, default=60.0, help="seconds of load")
    _stack.add_stack_arguments(parser)
    args = parser.parse_args()

    print(_stack.machine_facts())
    with _stack.Stack(args) as stack:
        app = stack.start_app(PORT)
        pages = _stack.discover_pages(PORT)
        for label, path in pages.items():
            status, _ = _stack.fetch(PORT, path)
            print(f"warm-up {label:10} {status} {path}")
        rss_before = dict(app.workers())
        print(f"load: {args.clients} clients for {args.duration:.0f} s ...", flush=True)
        cpu_before = _stack.cpu_snapshot(stack)
        run = _stack.run_load(PORT, pages, clients=args.clients, duration=args.duration)
        cpu_after = _stack.cpu_snapshot(stack)
        print()
        _stack.print_summary(run)
        _stack.print_cpu(cpu_before, cpu_after, len(run.records))
        print(f"load average at the end: {os.getloadavg()[0]:.2f}")
        print(f"gunicorn master pid {app.process.pid}: RSS {app.master_rss():.1f} MiB")
        for pid, rss in app.workers():
            before = rss_before.get(pid)
            since = f" (after warm-up {before:.1f} MiB)" if before else " (new worker)"
            print(f"  worker pid {pid}: RSS {rss:.1f} MiB{since}")
        for line, count in app.log_summary():
            print(f"app log: {count} × {line}")
        fives = sum(1 for *_, status, _ in run.records if status >= 500)
        print(f"RESULT: {'FAIL' if fives else 'PASS'} ({fives} answers 5xx)")
    return 1 if fives else 0


if __name__ == "__main__":
    sys.exit(main())

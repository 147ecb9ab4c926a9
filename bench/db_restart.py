"""A PostgreSQL restart in the middle of a load run: errors only while it is down, then recovery.

Not a test: it prints figures, and exits non-zero if the app has not recovered within the
target (5 s after PostgreSQL accepts connections again) or failed while PostgreSQL was up.

    .venv/bin/python bench/db_restart.py
    .venv/bin/python bench/db_restart.py --down 3 --app-env DATABASE_CONN_MAX_AGE=0 --reuse

Method:
- Stack and pages as bench/load.py (its own PostgreSQL cluster on 127.0.0.1:55432, its own
  Redis, DJANGO_ENV=production, gunicorn with 3 sync workers); the app keeps the production
  database settings: persistent connections (DATABASE_CONN_MAX_AGE, 60 s unless set) with
  Django's connection health checks.
- Load: `--clients` (32) for `--duration` (40 s). At `--at` (10 s) the benchmark cluster is
  stopped with `pg_ctl stop -m fast` (open sessions are terminated), left down `--down`
  seconds (3), started with `pg_ctl start -w`, and polled until it answers a query: that
  moment is "PostgreSQL accepting". gunicorn is never restarted.
- Timeline: per second of completion, answers 2xx/3xx ("ok") and errors (5xx or connection
  failures) with the median and maximum latency, the restart's moments marked.
- Recovery: the end of the last error after PostgreSQL accepts connections, minus that
  moment (0 if none). Also the first second from which no error occurs any more. Target: at
  most 5 s, and no error before the stop began.
"""

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _stack  # noqa: E402

PORT = 18000
TARGET = 5.0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--duration", type=float, default=40.0, help="seconds of load")
    parser.add_argument("--at", type=float, default=10.0, help="second of the restart")
    parser.add_argument("--down", type=float, default=3.0, help="seconds PostgreSQL stays down")
    _stack.add_stack_arguments(parser)
    args = parser.parse_args()

    print(_stack.machine_facts())
    with _stack.Stack(args) as stack:
        app = stack.start_app(PORT)
        max_age = stack.shell(
            "from django.db import connection as c; "
            "print(c.settings_dict['CONN_MAX_AGE'], c.settings_dict['CONN_HEALTH_CHECKS'])"
        ).split()
        print(f"app database settings: CONN_MAX_AGE={max_age[0]}, CONN_HEALTH_CHECKS={max_age[1]}")
        pages = _stack.discover_pages(PORT)
        for path in pages.values():
            _stack.fetch(PORT, path)
        workers_before = [pid for pid, _ in app.workers()]

        def restart():
            moments = {}
            stack.stop_postgres(mode="fast")
            moments["PostgreSQL stopped"] = time.monotonic()
            time.sleep(args.down)
            moments["pg_ctl start"] = time.monotonic()
            stack.start_postgres()
            while not stack.pg_accepts():
                time.sleep(0.02)
            moments["PostgreSQL accepting"] = time.monotonic()
            return moments

        print(
            f"load: {args.clients} clients for {args.duration:.0f} s; PostgreSQL restart "
            f"at {args.at:.0f} s, down {args.down:.0f} s ...",
            flush=True,
        )
        cpu_before = _stack.cpu_snapshot(stack)
        run = _stack.run_load(
            PORT,
            pages,
            clients=args.clients,
            duration=args.duration,
            events=[(args.at, "restart", restart)],
        )
        cpu_after = _stack.cpu_snapshot(stack)
        print()
        rows = _stack.timeline(run)
        _stack.print_timeline(run, rows)
        print()
        _stack.print_summary(run)
        _stack.print_cpu(cpu_before, cpu_after, len(run.records))

        began = run.marks["restart (start)"]
        accepting = run.marks["PostgreSQL accepting"]
        errors = sorted(
            (end, start) for start, end, _, status, _ in run.records if not 200 <= status < 400
        )
        before = [e for e in errors if e[0] < began]
        after = [e for e in errors if e[0] >= accepting]
        if errors:
            print(
                f"errors: {len(errors)}, from {errors[0][0]:.2f} s to {errors[-1][0]:.2f} s "
                f"(stop began at {began:.2f} s, PostgreSQL accepting at {accepting:.2f} s)"
            )
        else:
            print("errors: none")
        recovery = max(0.0, after[-1][0] - accepting) if after else 0.0
        clean_from = next(
            (s for s in range(int(accepting), len(rows)) if not any(r[1] for r in rows[s:])),
            None,
        )
        print(
            f"errors after PostgreSQL was accepting: {len(after)}; last one ended "
            + (f"{after[-1][0]:.2f} s" if after else "-")
        )
        print(
            f"recovery: {recovery:.2f} s after PostgreSQL accepted connections "
            f"(target ≤ {TARGET:.0f} s); no error from second {clean_from} on"
        )
        status, body = _stack.fetch(PORT, "/healthz")
        print(f"/healthz after the run: {status} {body.strip()}")
        print(
            f"gunicorn master pid {app.process.pid} still running: {app.process.poll() is None}"
            f"; workers before {workers_before}, after {[pid for pid, _ in app.workers()]}"
        )
        for line, count in app.log_summary():
            print(f"app log: {count} × {line}")
        ok = not before and recovery <= TARGET and clean_from is not None and status == 200
        print(f"RESULT: {'PASS' if ok else 'FAIL'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

"""A throw-away production-like stack on loopback for the bench/ scripts, and a load generator.

Never the machine's shared services: its own PostgreSQL cluster (initdb in a temporary folder,
127.0.0.1:55432, run as the `postgres` OS user when we are root), its own Redis
(127.0.0.1:56379, no persistence unless asked) and gunicorn on 127.0.0.1. Django runs with
DJANGO_ENV=production and the same settings as a deployment; the one override is STATIC_ROOT
(settings.py reads no variable for it), set by a two-line settings module written into the
temporary folder so that collectstatic never writes into the work tree.

`--reuse` keeps the seeded cluster, media and static files in a fixed folder (created on the
first run, reused by the next ones; delete the folder to start afresh). The servers are always
stopped on exit, Ctrl-C or an exception, and a temporary folder is removed.
"""

import glob
import http.client
import os
import platform
import re
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = ROOT / ".venv" / "bin"
PG_PORT = 55432
REDIS_PORT = 56379
STATE_DIR = Path(tempfile.gettempdir()) / "portal-bench-stack"
DB_NAME = "portal_bench"
# A browser-like agent: the visit counter (portal/visits.py) skips bots, and a real visitor
# pays for it, so the load does too.
USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0 bench"
SEARCH_PATH = "/tim-kiem/?q=giam+ngheo"
FULL_SCALE_ARTICLES = 100_000


def add_stack_arguments(parser, *, workers=3):
    group = parser.add_argument_group("stack")
    group.add_argument("--workers", type=int, default=workers, help="gunicorn workers")
    group.add_argument("--worker-class", default="sync", help="gunicorn worker class")
    group.add_argument("--threads", type=int, default=1, help="threads per gthread worker")
    group.add_argument("--articles", type=int, default=2000, help="articles in the seeded database")
    group.add_argument(
        "--scale",
        action="store_true",
        help="seed at full scale (`seed_demo --scale`; where that option does not exist yet, "
        f"`--articles {FULL_SCALE_ARTICLES}`)",
    )
    group.add_argument(
        "--app-env",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="extra environment for the app, e.g. DATABASE_CONN_MAX_AGE=0 (repeatable)",
    )
    group.add_argument(
        "--snapshot",
        metavar="REV",
        help="run the code of this commit (git archive into the stack folder), not the work tree",
    )
    group.add_argument(
        "--reuse",
        action="store_true",
        help=f"use (or create) the seeded stack in {STATE_DIR} and keep it for the next run",
    )


def run(cmd, *, timeout, env=None, check=True, capture=True, cwd=ROOT):
    """A subprocess with a time limit; its output is shown when it fails."""
    result = subprocess.run(
        [str(part) for part in cmd],
        env=env,
        cwd=cwd,
        timeout=timeout,
        text=True,
        capture_output=capture,
    )
    if check and result.returncode != 0:
        sys.stderr.write(f"$ {' '.join(map(str, cmd))}\n{result.stdout}\n{result.stderr}\n")
        raise RuntimeError(f"{cmd[0]} exited with {result.returncode}")
    return result


def pg_bindir():
    versions = sorted(
        glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name)
    )
    if versions:
        return Path(versions[-1])
    initdb = shutil.which("initdb")
    if not initdb:
        raise RuntimeError("PostgreSQL server binaries (initdb, pg_ctl) not found")
    return Path(initdb).resolve().parent


def cpu_model():
    try:
        text = Path("/proc/cpuinfo").read_text()
    except OSError:
        return platform.processor() or "?"
    match = re.search(r"^model name\s*:\s*(.+)$", text, re.M)
    return match.group(1).strip() if match else platform.processor() or "?"


def machine_facts():
    load = os.getloadavg()
    return (
        f"machine: {platform.machine()} {cpu_model()}, {os.cpu_count()} CPUs, "
        f"kernel {platform.release()}, "
        f"{os.sysconf('SC_PHYS_PAGES') * os.sysconf('SC_PAGE_SIZE') / 2**30:.1f} GiB RAM, "
        f"load average {load[0]:.2f}; Python {platform.python_version()}; "
        "load generator, gunicorn, PostgreSQL and Redis all share this machine"
    )


class Stack:
    """`settings_lines` are appended to the generated settings module and `modules` (paths of
    Python files) copied next to it, e.g. a bench-only ROOT_URLCONF."""

    def __init__(self, args, *, redis_persist=False, settings_lines=(), modules=()):
        self.args = args
        self.redis_persist = redis_persist
        self.settings_lines = list(settings_lines)
        self.modules = [Path(module) for module in modules]
        self.keep = args.reuse
        self.reuse = args.reuse and (STATE_DIR / "ready").exists()
        if args.reuse:
            STATE_DIR.mkdir(exist_ok=True)
            self.workdir = STATE_DIR
        else:
            self.workdir = Path(tempfile.mkdtemp(prefix="portal-bench-"))
        # postgres (not root) must reach its data directory through this one.
        self.workdir.chmod(0o755)
        self.pgroot = self.workdir / "pg"  # owned by the postgres OS user when we are root
        self.pgdata = self.pgroot / "data"
        self.pglog = self.pgroot / "postgres.log"
        self.redis_dir = self.workdir / "redis"
        self.bin = pg_bindir()
        self.redis = None
        self.apps = []
        try:
            self.code = self._code(args.snapshot)
            self.env = self._django_env()
        except BaseException:
            if not self.keep:
                shutil.rmtree(self.workdir, ignore_errors=True)
            raise

    # -- lifecycle -------------------------------------------------------------------------

    def __enter__(self):
        signal.signal(signal.SIGTERM, _interrupt)
        try:
            self.start()
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(self, *exc):
        self.close()
        return False

    def start(self):
        started = time.monotonic()
        if not self.reuse:
            self._initdb()
        self.start_postgres()
        (self.redis_dir / "dump.rdb").unlink(missing_ok=True)  # no cache from an earlier run
        self.start_redis()
        self.seeding = self.seed_words()
        ready = self.workdir / "ready"
        if self.reuse:
            before = ready.read_text().strip()
            wanted = f"seeded: {' '.join(self.seeding)}"
            if before.startswith("seeded: ") and before != wanted:
                print(f"reused stack was {before!r}, this run wants {wanted!r}: seeding again")
                self.reuse = False
            elif before != wanted:
                print(f"note: reused stack seeded with unrecorded options ({before!r})")
        self._prepare_database(seed=not self.reuse)
        ready.write_text(f"seeded: {' '.join(self.seeding)}\n")
        what = "reused" if self.reuse else "created"
        print(
            f"stack {what} in {time.monotonic() - started:.0f} s: {self.workdir}; "
            f"PostgreSQL {self.pg_version()} on 127.0.0.1:{PG_PORT}, "
            f"Redis {self.redis_version()} on 127.0.0.1:{REDIS_PORT}",
            flush=True,
        )

    def close(self):
        # A second Ctrl-C (or `timeout` forwarding its signal) must not cut the clean-up short.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        for app in self.apps:
            app.stop()
        self.apps.clear()
        self.stop_redis()
        if self.pgdata.exists():
            self.stop_postgres(check=False)
        if not self.keep:
            shutil.rmtree(self.workdir, ignore_errors=True)

    # -- PostgreSQL ------------------------------------------------------------------------

    def _as_postgres(self, cmd):
        cmd = [str(part) for part in cmd]
        return ["runuser", "-u", "postgres", "--", *cmd] if os.geteuid() == 0 else cmd

    def _initdb(self):
        shutil.rmtree(self.pgroot, ignore_errors=True)
        self.pgroot.mkdir()
        if os.geteuid() == 0:
            shutil.chown(self.pgroot, "postgres", "postgres")
        cmd = [self.bin / "initdb", "-D", self.pgdata, "-U", "postgres", "-A", "trust"]
        run(self._as_postgres([*cmd, "-E", "UTF8", "--locale=C.UTF-8"]), timeout=120)
        with open(self.pgdata / "postgresql.conf", "a") as conf:
            conf.write(
                f"\nport = {PG_PORT}\nlisten_addresses = '127.0.0.1'\n"
                f"unix_socket_directories = '{self.pgroot}'\nmax_connections = 100\n"
                # SSD storage, as the README recommends for production: without it the
                # planner reads every stored search vector rather than use their GIN index.
                "random_page_cost = 1.1\n"
            )

    def pg_ctl(self, *action, timeout=60, check=True):
        cmd = [self.bin / "pg_ctl", "-D", self.pgdata, "-l", self.pglog, *action]
        return run(self._as_postgres(cmd), timeout=timeout, check=check)

    def start_postgres(self):
        if self.pg_ctl("status", check=False).returncode != 0:  # 0: already running
            self.pg_ctl("start", "-w", "-t", "30")

    def stop_postgres(self, *, mode="fast", check=True):
        status = self.pg_ctl("status", check=False)
        if status.returncode == 0:
            self.pg_ctl("stop", "-w", "-t", "30", "-m", mode, check=check)

    def pg_accepts(self):
        try:
            with psycopg.connect(self.dsn("postgres"), connect_timeout=1) as conn:
                conn.execute("SELECT 1")
            return True
        except psycopg.Error:
            return False

    def dsn(self, dbname=DB_NAME):
        return f"postgresql://postgres@127.0.0.1:{PG_PORT}/{dbname}"

    def pg_version(self):
        with psycopg.connect(self.dsn("postgres")) as conn:
            return conn.execute("SHOW server_version").fetchone()[0]

    # -- Redis -----------------------------------------------------------------------------

    def start_redis(self):
        self.redis_dir.mkdir(exist_ok=True)
        options = {
            "--port": REDIS_PORT,
            "--bind": "127.0.0.1",
            "--dir": self.redis_dir,
            "--logfile": self.redis_dir / "redis.log",
            "--appendonly": "no",
            # A snapshot on shutdown, loaded on start (Debian's redis.conf has `save` lines).
            "--save": "3600 1" if self.redis_persist else "",
        }
        cmd = [shutil.which("redis-server") or "redis-server", *_flatten(options)]
        self.redis = subprocess.Popen([str(c) for c in cmd], start_new_session=True)
        deadline = time.monotonic() + 10
        while not self.redis_ping():
            if time.monotonic() > deadline or self.redis.poll() is not None:
                raise RuntimeError("Redis did not start (port 56379 busy?)")
            time.sleep(0.05)

    def stop_redis(self):
        """SIGTERM: Redis shuts down cleanly (and writes its snapshot if persistence is on)."""
        if self.redis is None:
            return
        if self.redis.poll() is None:
            self.redis.send_signal(signal.SIGCONT)  # in case it was paused
            self.redis.terminate()
            try:
                self.redis.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.redis.kill()
                self.redis.wait(timeout=5)
        self.redis = None

    def pause_redis(self):
        self.redis.send_signal(signal.SIGSTOP)

    def resume_redis(self):
        self.redis.send_signal(signal.SIGCONT)

    def redis_command(self, *words, timeout=1.0):
        """One command in the inline protocol; the first reply line, or None if unreachable."""
        import socket

        try:
            with socket.create_connection(("127.0.0.1", REDIS_PORT), timeout=timeout) as sock:
                sock.sendall((" ".join(words) + "\r\n").encode())
                return sock.recv(65536).decode(errors="replace")
        except OSError:
            return None

    def redis_ping(self):
        return (self.redis_command("PING", timeout=0.5) or "").startswith("+PONG")

    def redis_version(self):
        info = self.redis_command("INFO", "server") or ""
        match = re.search(r"redis_version:(\S+)", info)
        return match.group(1) if match else "?"

    # -- Django ----------------------------------------------------------------------------

    def _code(self, snapshot):
        """The work tree, or a clean export of one commit (read-only git commands only)."""
        head = run(["git", "rev-parse", "--short", snapshot or "HEAD"], timeout=30).stdout.strip()
        if not snapshot:
            dirty = run(["git", "status", "--porcelain", "--untracked-files=no"], timeout=30)
            state = " + uncommitted changes" if dirty.stdout.strip() else ""
            print(f"code: work tree {ROOT} (HEAD {head}{state})")
            return ROOT
        code = self.workdir / "src"
        shutil.rmtree(code, ignore_errors=True)
        code.mkdir()
        archive = subprocess.run(
            ["git", "archive", "--format=tar", snapshot],
            cwd=ROOT,
            capture_output=True,
            timeout=60,
            check=True,
        )
        subprocess.run(["tar", "-x", "-C", code], input=archive.stdout, timeout=60, check=True)
        print(f"code: git archive of {snapshot} ({head}) in {code}")
        return code

    def _django_env(self):
        static_root = self.workdir / "static"
        settings_dir = self.workdir / "settings"
        settings_dir.mkdir(exist_ok=True)
        lines = [f"STATIC_ROOT = {str(static_root)!r}", *self.settings_lines]
        (settings_dir / "bench_settings.py").write_text(
            "from portal.settings import *  # noqa: F403\n\n" + "\n".join(lines) + "\n"
        )
        for module in self.modules:
            shutil.copyfile(module, settings_dir / module.name)
        secret_file = self.workdir / "secret"
        if not secret_file.exists():
            secret_file.write_text(secrets.token_urlsafe(50))
        drop = {"DATABASE_URL", "REDIS_URL", "DJANGO_SETTINGS_MODULE", "DJANGO_DEBUG"}
        env = {key: value for key, value in os.environ.items() if key not in drop}
        env.update(
            DJANGO_ENV="production",
            DJANGO_SECRET_KEY=secret_file.read_text(),
            DJANGO_ALLOWED_HOSTS="127.0.0.1,localhost",
            DJANGO_SECURE_SSL_REDIRECT="0",  # plain HTTP on loopback, no proxy in front
            DJANGO_SETTINGS_MODULE="bench_settings",
            PYTHONPATH=os.pathsep.join([str(settings_dir), str(self.code)]),
            DATABASE_URL=self.dsn(),
            REDIS_URL=f"redis://127.0.0.1:{REDIS_PORT}/0",
            MEDIA_ROOT=str(self.workdir / "media"),
            DOCUMENTS_ROOT=str(self.workdir / "documents"),
            QA_FILES_ROOT=str(self.workdir / "qa"),
            DJANGO_LOG_LEVEL="WARNING",
        )
        env.update(item.split("=", 1) for item in self.args.app_env)
        return env

    def manage(self, *words, timeout=300, env=None):
        return run(
            [VENV_BIN / "python", self.code / "manage.py", *words],
            timeout=timeout,
            env={**self.env, **(env or {})},
            cwd=self.code,
        )

    def shell(self, code, *, timeout=60, env=None):
        """Run Python in `manage.py shell` with the app's environment (plus `env`); returns
        its stdout."""
        return self.manage("shell", "--no-imports", "-c", code, timeout=timeout, env=env).stdout

    def seed_words(self):
        """The seed_demo options of this run: `--scale` if asked (or, where seed_demo does not
        have that option yet, FULL_SCALE_ARTICLES articles), else `--articles N`."""
        if not getattr(self.args, "scale", False):
            return ["--articles", str(self.args.articles)]
        if "--scale" in self.manage("seed_demo", "--help", timeout=60).stdout:
            return ["--scale"]
        print(f"seed_demo has no --scale option yet: seeding --articles {FULL_SCALE_ARTICLES}")
        return ["--articles", str(FULL_SCALE_ARTICLES)]

    def _prepare_database(self, *, seed):
        """Create and seed the database (a reused one is only migrated: the code may have
        moved on), and collect the static files."""
        steps = [("migrate", ["migrate", "--noinput", "-v", "0"])]
        if seed:
            with psycopg.connect(self.dsn("postgres"), autocommit=True) as conn:
                conn.execute(f"DROP DATABASE IF EXISTS {DB_NAME}")
                conn.execute(f"CREATE DATABASE {DB_NAME}")
            steps.append(("seed_demo", ["seed_demo", "--force", *self.seeding]))
        steps.append(("collectstatic", ["collectstatic", "--noinput", "-v", "0"]))
        for name, words in steps:
            t0 = time.monotonic()
            # Full scale takes a while to seed.
            self.manage(*words, timeout=7200 if name == "seed_demo" else 600)
            print(f"  {name}: {time.monotonic() - t0:.1f} s", flush=True)
        if seed:
            # What autovacuum does on a live server within minutes of a bulk load: statistics
            # for the planner and a visibility map for index-only scans.
            t0 = time.monotonic()
            with psycopg.connect(self.dsn(), autocommit=True) as conn:
                conn.execute("VACUUM ANALYZE")
            print(f"  vacuum analyze: {time.monotonic() - t0:.1f} s", flush=True)

    def start_app(self, port, *, name="app", env=None):
        """gunicorn on `port`, with `env` added to the app's environment."""
        app = App(self, port, name, env=env)
        self.apps.append(app)
        app.start()
        return app

    def stop_app(self, app):
        app.stop()
        self.apps.remove(app)


class App:
    """One gunicorn master with its workers on 127.0.0.1:<port>."""

    def __init__(self, stack, port, name, env=None):
        self.stack, self.port, self.name = stack, port, name
        # A None value removes a variable (e.g. PAGE_CACHE_SECONDS for the setting's default).
        merged = {**stack.env, **(env or {})}
        self.env = {key: value for key, value in merged.items() if value is not None}
        self.log = stack.workdir / f"gunicorn-{name}-{port}.log"
        self.process = None

    @property
    def base(self):
        return f"http://127.0.0.1:{self.port}"

    def start(self):
        args = self.stack.args
        options = {
            "--bind": f"127.0.0.1:{self.port}",
            "--workers": args.workers,
            "--worker-class": args.worker_class,
            "--threads": args.threads,
            "--timeout": 30,
            "--graceful-timeout": 5,
            "--error-logfile": "-",
            "--log-level": "warning",
        }
        # Two instances must not share the default control socket (~/.gunicorn/gunicorn.ctl).
        cmd = [
            VENV_BIN / "gunicorn",
            "portal.wsgi:application",
            "--no-control-socket",
            *_flatten(options),
        ]
        # gunicorn's log and Django's (tracebacks, cache warnings) both go to stderr.
        with open(self.log, "w") as log:
            self.process = subprocess.Popen(
                [str(c) for c in cmd],
                env=self.env,
                cwd=self.stack.code,
                stdout=log,
                stderr=log,
                start_new_session=True,
            )
        deadline = time.monotonic() + 60
        while True:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn exited, see {self.log}:\n{self.log.read_text()}")
            status, _ = fetch(self.port, "/healthz", timeout=2)
            if status == 200:
                break
            if time.monotonic() > deadline:
                raise RuntimeError(f"/healthz not 200 within 60 s on port {self.port}")
            time.sleep(0.2)
        print(
            f"gunicorn {self.name} on 127.0.0.1:{self.port}: {args.workers} {args.worker_class}"
            f" workers × {args.threads} threads, pid {self.process.pid}",
            flush=True,
        )

    def stop(self):
        if self.process is None or self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=5)

    def workers(self):
        """(pid, RSS in MiB) of each worker, from /proc."""
        rows = []
        for stat in glob.glob("/proc/[0-9]*/stat"):
            try:
                fields = Path(stat).read_text().rsplit(")", 1)[1].split()
                if int(fields[1]) != self.process.pid:
                    continue
                pid = int(Path(stat).parent.name)
                status = Path(f"/proc/{pid}/status").read_text()
            except (OSError, IndexError, ValueError):
                continue
            rss = re.search(r"VmRSS:\s+(\d+) kB", status)
            rows.append((pid, int(rss.group(1)) / 1024 if rss else 0.0))
        return sorted(rows)

    def worker_memory(self):
        """(pid, RSS MiB, PSS MiB or None) of each worker: PSS from /proc/PID/smaps_rollup
        (Linux 4.14+, readable by the process's owner) shares the pages forked from the
        master between the processes that map them."""
        return [(pid, rss, pss_mib(pid)) for pid, rss in self.workers()]

    def master_rss(self):
        status = Path(f"/proc/{self.process.pid}/status").read_text()
        rss = re.search(r"VmRSS:\s+(\d+) kB", status)
        return int(rss.group(1)) / 1024 if rss else 0.0

    def log_summary(self, limit=6):
        """The most frequent error lines the app logged (exception types, cache warnings)."""
        text = self.log.read_text(errors="replace") if self.log.exists() else ""
        lines = Counter()
        for line in text.splitlines():
            match = re.match(r"^(\w+(?:\.\w+)*(?:Error|Exception)): (.{0,90})", line)
            if match:
                lines[f"{match.group(1)}: {match.group(2)}"] += 1
            elif line.startswith(("Cache unavailable", "Internal Server Error")):
                lines[line[:110]] += 1
        return lines.most_common(limit)


def pss_mib(pid):
    try:
        text = Path(f"/proc/{pid}/smaps_rollup").read_text()
    except OSError:
        return None
    match = re.search(r"^Pss:\s+(\d+) kB", text, re.M)
    return int(match.group(1)) / 1024 if match else None


def _flatten(options):
    return [str(part) for pair in options.items() for part in pair]


def _interrupt(signum, frame):
    raise KeyboardInterrupt


# -- HTTP ------------------------------------------------------------------------------------


def fetch(port, path, *, timeout=10, headers=None):
    """One GET on a fresh connection: (status, body text); status 0 if the server is away."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request("GET", path, headers={"User-Agent": USER_AGENT, **(headers or {})})
        response = conn.getresponse()
        return response.status, response.read().decode("utf-8", errors="replace")
    except (OSError, http.client.HTTPException):
        return 0, ""
    finally:
        conn.close()


def discover_pages(port):
    """The public pages of the issue, with real URLs found in the seeded site's lists."""

    def first(path, pattern):
        status, body = fetch(port, path)
        match = re.search(pattern, body)
        if status != 200 or not match:
            raise RuntimeError(f"no link matching {pattern} on {path} (status {status})")
        return match.group(1)

    return {
        "home": "/",
        "news list": "/tin-tuc/",
        "article": first("/tin-tuc/", r'href="(/tin-tuc/[\w-]+/[\w-]+/)"'),
        "documents": "/van-ban/",
        "document": first("/van-ban/", r'href="(/van-ban/(?!tep/)[\w-]+/)"'),
        "program": first("/chuong-trinh/", r'href="(/chuong-trinh/[\w-]+/)"'),
        "figures": "/so-lieu/",
        "search": SEARCH_PATH,
        "Q&A": "/hoi-dap/",
    }


@dataclass
class LoadRun:
    clients: int
    duration: float
    pages: list
    # (start s, end s, page label, status or 0, error name) per request, times from load start
    records: list = field(default_factory=list)
    marks: dict = field(default_factory=dict)  # event name -> seconds from load start


def run_load(port, pages, *, clients, duration, timeout=30.0, events=()):
    """`clients` threads, each with its own persistent connection (reopened when the server
    closes it or fails), requesting the pages in turn from a different starting page, as fast
    as answers come, for `duration` seconds. `events` are (second, name, callable) run from
    this thread at those moments while the load goes on; their start and end are marked."""
    items = list(pages.items())
    run_ = LoadRun(clients, duration, list(pages))
    start = time.monotonic()
    deadline = start + duration
    headers = {"User-Agent": USER_AGENT, "Accept": "text/html", "Accept-Language": "vi"}

    def client(index):
        conn = None
        n = index
        while True:
            now = time.monotonic()
            if now >= deadline:
                break
            label, path = items[n % len(items)]
            n += 1
            error = ""
            try:
                if conn is None:
                    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
                conn.request("GET", path, headers=headers)
                response = conn.getresponse()
                response.read()
                status = response.status
                if response.will_close:
                    conn.close()
                    conn = None
            except (OSError, http.client.HTTPException) as exc:
                status, error = 0, type(exc).__name__
                if conn is not None:
                    conn.close()
                conn = None
            end = time.monotonic()
            run_.records.append((now - start, end - start, label, status, error))
            if status == 0:
                time.sleep(0.05)  # no busy loop while the server is away
        if conn is not None:
            conn.close()

    threads = [threading.Thread(target=client, args=(i,), daemon=True) for i in range(clients)]
    for thread in threads:
        thread.start()
    for at, name, action in sorted(events, key=lambda e: e[0]):
        delay = start + at - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        run_.marks[f"{name} (start)"] = time.monotonic() - start
        result = action()
        run_.marks[name] = time.monotonic() - start
        if isinstance(result, dict):  # an action may mark moments of its own
            run_.marks.update({key: value - start for key, value in result.items()})
    for thread in threads:
        thread.join(timeout=duration + timeout + 5)
    return run_


# -- reports ---------------------------------------------------------------------------------


def percentile(sorted_values, p):
    """Nearest-rank percentile of an ascending list (None when empty)."""
    if not sorted_values:
        return None
    rank = max(1, min(len(sorted_values), round(p / 100 * len(sorted_values) + 0.5)))
    return sorted_values[rank - 1]


def ms(value):
    return "-" if value is None else f"{value * 1000:.0f}"


def status_class(status):
    return "conn err" if status == 0 else f"{status // 100}xx"


def print_summary(run_):
    records = run_.records
    latencies = sorted(end - start for start, end, *_ in records)
    counts = Counter(status_class(status) for *_, status, _ in records)
    errors = Counter(error for *_, status, error in records if status == 0)
    wall = max((end for _, end, *_ in records), default=run_.duration)
    print(
        f"requests: {len(records)} in {wall:.1f} s = {len(records) / wall:.1f} req/s "
        f"({run_.clients} clients)"
    )
    line = ", ".join(f"{key} {counts.get(key, 0)}" for key in ("2xx", "3xx", "4xx", "5xx"))
    print(
        f"status: {line}, connection errors {counts.get('conn err', 0)}"
        + (f" ({', '.join(f'{k} {v}' for k, v in errors.items())})" if errors else "")
    )
    print(
        "latency ms: "
        + ", ".join(
            f"{name} {ms(percentile(latencies, p))}"
            for name, p in (("p50", 50), ("p90", 90), ("p99", 99), ("max", 100))
        )
    )
    by_page = defaultdict(list)
    statuses = defaultdict(Counter)
    for start, end, label, status, _ in records:
        by_page[label].append(end - start)
        statuses[label][status_class(status)] += 1
    print(f"{'page':12} {'requests':>8} {'p50 ms':>7} {'p99 ms':>7} {'max ms':>7}  statuses")
    for label in run_.pages:
        values = sorted(by_page[label])
        if not values:
            continue
        codes = " ".join(f"{k}:{v}" for k, v in sorted(statuses[label].items()))
        print(
            f"{label:12} {len(values):>8} {ms(percentile(values, 50)):>7} "
            f"{ms(percentile(values, 99)):>7} {ms(values[-1]):>7}  {codes}"
        )


def timeline(run_):
    """Per second of completion: [ok, errors (5xx or connection), latencies]."""
    last = max((end for _, end, *_ in run_.records), default=run_.duration)
    rows = [[0, 0, []] for _ in range(int(last) + 1)]
    for start, end, _, status, _ in run_.records:
        row = rows[int(end)]
        if 200 <= status < 400:
            row[0] += 1
        else:
            row[1] += 1
        row[2].append(end - start)
    return rows


def print_timeline(run_, rows):
    marks = sorted(run_.marks.items(), key=lambda item: item[1])
    print(f"{'second':>6} {'ok':>5} {'errors':>6} {'p50 ms':>7} {'max ms':>7}  events")
    for second, (ok, errors, latencies) in enumerate(rows):
        latencies.sort()
        notes = "; ".join(f"{name} at {at:.2f} s" for name, at in marks if int(at) == second)
        print(
            f"{second:>6} {ok:>5} {errors:>6} {ms(percentile(latencies, 50)):>7} "
            f"{ms(latencies[-1] if latencies else None):>7}  {notes}".rstrip()
        )


def latency_between(run_, start, end):
    """Latencies (sorted) of the requests that started within [start, end) seconds."""
    return sorted(e - s for s, e, _, status, _ in run_.records if start <= s < end)


# -- CPU accounting --------------------------------------------------------------------------

TICKS = os.sysconf("SC_CLK_TCK")


def _process_table():
    """{pid: (parent pid, CPU seconds of the process and of its reaped children)}."""
    table = {}
    for stat in glob.glob("/proc/[0-9]*/stat"):
        try:
            fields = Path(stat).read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        # fields[0] is the state (field 3 of proc(5)): utime..cstime are fields 14-17
        table[int(Path(stat).parent.name)] = (
            int(fields[1]),
            sum(int(value) for value in fields[11:15]) / TICKS,
        )
    return table


def _tree_seconds(table, root):
    """CPU seconds of a process tree: a child that exits moves into its parent's count."""
    if root not in table:
        return 0.0
    children = defaultdict(list)
    for pid, (parent, _) in table.items():
        children[parent].append(pid)
    total, todo = 0.0, [root]
    while todo:
        pid = todo.pop()
        total += table[pid][1]
        todo.extend(children[pid])
    return total


def _machine_busy():
    """(busy, total) seconds of all CPUs since boot, from /proc/stat."""
    values = [int(v) for v in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    idle = values[3] + values[4]  # idle + iowait
    return (sum(values) - idle) / TICKS, sum(values) / TICKS


def cpu_snapshot(stack, *, children=False):
    """CPU seconds so far: the machine (busy, total) and each part of the benchmark. With
    `children`, the load generator includes this process's reaped children (an external load
    generator such as wrk, run between the two snapshots)."""
    table = _process_table()
    try:
        postmaster = int((stack.pgdata / "postmaster.pid").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        postmaster = None
    times = os.times()
    return {
        "machine": _machine_busy(),
        "postmaster": postmaster,
        "gunicorn": sum(_tree_seconds(table, app.process.pid) for app in stack.apps),
        "PostgreSQL": _tree_seconds(table, postmaster) if postmaster else 0.0,
        "Redis": _tree_seconds(table, stack.redis.pid) if stack.redis else 0.0,
        "load generator": times.user
        + times.system
        + (times.children_user + times.children_system if children else 0.0),
    }


def print_cpu(before, after, requests=0):
    """Where the machine's CPU time went between two snapshots, in % of all its CPUs; with
    `requests`, also the CPU time each part spent per request."""
    busy = after["machine"][0] - before["machine"][0]
    capacity = after["machine"][1] - before["machine"][1]
    ours = {
        name: after[name] - before[name] for name in after if name not in ("machine", "postmaster")
    }
    if before["postmaster"] != after["postmaster"]:  # restarted: the new server's time only
        ours["PostgreSQL (after its restart only)"] = ours.pop("PostgreSQL") + before["PostgreSQL"]
    parts = ", ".join(f"{name} {100 * value / capacity:.0f}%" for name, value in ours.items())
    others = max(0.0, busy - sum(ours.values()))
    print(
        f"CPU over the run ({os.cpu_count()} CPUs = 100%): busy {100 * busy / capacity:.0f}%: "
        f"{parts}, other processes on the machine {100 * others / capacity:.0f}%"
    )
    if requests:
        per = ", ".join(f"{name} {1000 * value / requests:.1f}" for name, value in ours.items())
        print(f"CPU ms per request: {per}")

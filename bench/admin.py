"""Response times and SQL queries of the admin's big lists and of the yearly entry screen.

Not a test: it prints figures. It runs against the database of DATABASE_URL, which must
already hold the data (nothing is seeded here); the goals of issue 9 are marked: every list,
filter, search and form under 1 s, the yearly entry screen of 200 units saved under 2 s.

    export DATABASE_URL=postgres://postgres@127.0.0.1:5432/adminscale DJANGO_SECRET_KEY=bench
    createdb -h 127.0.0.1 -U postgres adminscale
    .venv/bin/python manage.py migrate
    .venv/bin/python manage.py seed_demo --scale      # 100,000 articles, 1,000 units, …
    .venv/bin/python bench/admin.py                   # about 20 min (--repeat 5)
    .venv/bin/python bench/admin.py --repeat 3 --only article --only entry

Data expected: about 100,000 articles, 5,000 legal documents, 1,000 administrative units,
50 indicators and ten years of outcomes (what `seed_demo --scale` makes); a superuser and an
account in each of the groups "Biên tập viên", "Người duyệt bài", "Người duyệt số liệu" and
"Cán bộ nhập liệu" (`seed_demo` makes them). The official is the one assigned the fewest
units but at least `--entry-units` (200); without one, the account "bench-canbo" is created
(or reused) and assigned that many units and the programme with the most indicators.

Method:
- Django's test client in this process, logged in with force_login as each role (no
  network, no server, no static files); the connection is kept between requests
  (DATABASE_CONN_MAX_AGE=60 unless set, as in production) and the cache is the configured one.
- Every URL is requested once to warm up, then `--repeat` times (5 by default); wall-clock
  time of each request with time.perf_counter, median and max; SQL statements counted with a
  connection execute wrapper on the last request.
- The URLs are derived from the admin itself: each list filter's first real choice (read
  from the change list's filter specs), a date-hierarchy drill-down to the year, month and
  day of the newest row, searches with and without diacritics ("giảm nghèo", "giam ngheo"),
  every sortable column of list_display both ways, and page `--page` (500, or the last).
- Entry screen: the official's programme with the most indicators and the latest year with
  outcomes (or `--year`); the official's values of that programme and year are deleted
  first (the run changes the database: use a throw-away one). Then: GET of the empty grid;
  POST of every cell as drafts (new rows); POST of every cell with other values (changed
  rows); POST with "Lưu và gửi duyệt" (submit). Each POST sends what the grid just showed
  (values and per-cell versions; valid Vietnamese numbers for each indicator's kind),
  form-encoded as a browser sends it; between repetitions the new rows are deleted again and
  the submitted ones put back to drafts (untimed).
- Exit status 1 if any response had an unexpected status (200 for pages, 302 for saves).
"""

import argparse
import os
import platform
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

LIST_GOAL_MS, SAVE_GOAL_MS = 1000, 2000
FORM = "application/x-www-form-urlencoded"


def setup():
    if not os.environ.get("DATABASE_URL"):
        raise SystemExit("Set DATABASE_URL to the seeded database (see the docstring).")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")
    os.environ.setdefault("DATABASE_CONN_MAX_AGE", "60")
    os.environ["DJANGO_DEBUG"] = "0"
    import django

    django.setup()
    from django.test.utils import setup_test_environment

    setup_test_environment()  # response.context, to read the change list's filters


class QueryCounter:
    """Counts statements (CaptureQueriesContext stops counting at 9,000, its log's size)."""

    def __init__(self):
        self.count = 0

    def __call__(self, execute, sql, params, many, context):
        self.count += 1
        return execute(sql, params, many, context)


class Bench:
    def __init__(self, args):
        from django.test import Client

        self.args = args
        self.rows = []
        self.clients = {}
        self.Client = Client

    def client(self, role, user):
        if role not in self.clients:
            client = self.Client(HTTP_HOST="127.0.0.1")
            client.force_login(user)
            self.clients[role] = client
        return self.clients[role]

    def measure(self, role, label, url, *, data=None, before=None, goal=None, expect=200):
        """Time `url` for `role`: a GET, or a POST of `data` (or of what `data()` returns)."""
        from django.db import connection

        client = self.clients[role]
        goal = goal or LIST_GOAL_MS
        times, status = [], None
        for n in range(self.args.repeat + 1):
            if before:
                before()
            payload = data() if callable(data) else data
            counter = QueryCounter()
            with connection.execute_wrapper(counter):
                started = time.perf_counter()
                if payload:  # as a browser posts a form without files
                    response = client.post(url, urlencode(payload), content_type=FORM)
                else:
                    response = client.get(url)
                elapsed = (time.perf_counter() - started) * 1000
            status = response.status_code
            if n:  # the first one warms up
                times.append(elapsed)
        queries = counter.count
        row = {
            "role": role,
            "label": label,
            "status": status,
            "queries": queries,
            "median": statistics.median(times),
            "max": max(times),
            "goal": goal,
            "expect": expect,
        }
        self.rows.append(row)
        self.print_row(row)
        return response

    @staticmethod
    def print_header():
        print(f"{'role':10} {'page':52} {'st':>3} {'SQL':>4} {'median':>8} {'max':>8}  goal")

    @staticmethod
    def print_row(row):
        ok = "ok" if row["max"] < row["goal"] else "SLOW"
        if row["status"] != row["expect"]:
            ok = "ERROR"
        print(
            f"{row['role']:10} {row['label'][:52]:52} {row['status']:>3} {row['queries']:>4} "
            f"{row['median']:>8.0f} {row['max']:>8.0f}  <{row['goal'] / 1000:.0f} s {ok}",
            flush=True,
        )


def sortable_columns(model_admin):
    """1-based positions of list_display columns the admin can sort by."""
    from django.core.exceptions import FieldDoesNotExist

    positions = []
    for position, name in enumerate(model_admin.list_display, start=1):
        try:
            model_admin.model._meta.get_field(name)
            positions.append((position, name))
            continue
        except FieldDoesNotExist:
            pass
        attr = getattr(model_admin, name, None) or getattr(model_admin.model, name, None)
        if getattr(attr, "admin_order_field", None):
            positions.append((position, name))
    return positions


def filter_choices(response):
    """(title, query string) of the first real choice of each list filter."""
    cl = response.context["cl"]
    found = []
    for spec in cl.filter_specs:
        choices = [c for c in spec.choices(cl) if not c.get("selected")]
        real = [c for c in choices if c["query_string"] not in ("?", "")]
        # The first choice is "all"; prefer one that is not "empty".
        for choice in real:
            if "__isnull" not in choice["query_string"]:
                found.append((str(spec.title), choice["query_string"]))
                break
    return found


def changelist_suite(bench, role, model, *, url_name, searches, full):
    """Default, filters, date hierarchy, searches, sorts and a far page of one change list."""
    from django.contrib import admin
    from django.urls import reverse

    model_admin = admin.site._registry[model]
    base = reverse(url_name)
    name = model._meta.model_name
    response = bench.measure(role, f"{name} list", base)
    if response.status_code != 200:
        return
    if full:
        for title, query in filter_choices(response):
            bench.measure(role, f"{name} filter {title} {query[:30]}", base + query)
        field = model_admin.date_hierarchy
        if field:
            newest = model.objects.exclude(**{field: None}).order_by(f"-{field}").first()
            if newest is not None:
                moment = getattr(newest, field)
                parts = [("year", moment.year), ("month", moment.month), ("day", moment.day)]
                params = {}
                for part, value in parts:
                    params[f"{field}__{part}"] = value
                    bench.measure(role, f"{name} date {part}", f"{base}?{urlencode(params)}")
    for term in searches:
        bench.measure(role, f"{name} search «{term}»", f"{base}?{urlencode({'q': term})}")
    if full:
        for position, column in sortable_columns(model_admin):
            bench.measure(role, f"{name} sort {column}", f"{base}?o={position}")
            bench.measure(role, f"{name} sort -{column}", f"{base}?o=-{position}")
    # The requested page, or the last one of a shorter list (a page past the end redirects).
    page = min(bench.args.page, response.context["cl"].paginator.num_pages)
    bench.measure(role, f"{name} page {page}", f"{base}?p={page}")


def users(entry_units):
    from django.contrib.auth import get_user_model

    from portal import roles

    User = get_user_model()

    def in_group(name):
        return User.objects.filter(groups__name=name, is_active=True, is_superuser=False).first()

    found = {
        "superuser": User.objects.filter(is_superuser=True, is_active=True).first(),
        "publisher": in_group(roles.PUBLISHER),
        "editor": in_group(roles.EDITOR),
        "approver": in_group(roles.DATA_APPROVER),
        "official": data_official(entry_units),
    }
    return {role: user for role, user in found.items() if user is not None}


def data_official(wanted):
    """The data official with the fewest units but at least `wanted`; without one, the
    account "bench-canbo" (created if needed) is assigned `wanted` units that exist in the
    latest reported year, communes first, and the programme with the most indicators."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.db.models import Count, Max

    from portal import roles
    from programs.models import AdministrativeUnit, OfficialScope, Outcome, SupportProgram

    scope = (
        OfficialScope.objects.annotate(n=Count("units"))
        .filter(user__groups__name=roles.DATA_OFFICIAL, user__is_active=True, n__gte=wanted)
        .order_by("n")
        .first()
    )
    if scope is not None:
        return scope.user
    program = SupportProgram.objects.annotate(n=Count("indicators")).order_by("-n").first()
    if program is None:
        return None
    reported = Outcome.objects.filter(indicator__program=program).aggregate(y=Max("year"))
    year = reported["y"] or program.start_year
    user, _ = get_user_model().objects.get_or_create(
        username="bench-canbo", defaults={"is_staff": True, "first_name": "Cán bộ đo hiệu năng"}
    )
    user.groups.add(Group.objects.get(name=roles.DATA_OFFICIAL))
    scope, _ = OfficialScope.objects.get_or_create(user=user)
    units = AdministrativeUnit.objects.valid_in(year).order_by("-level", "pk")[:wanted]
    scope.units.set(list(units))
    scope.programs.set([program])
    print(f"account bench-canbo assigned {len(scope.units.all())} units and «{program}»")
    return user


def articles(bench, accounts):
    from articles.models import Article

    searches = ["giảm nghèo", "giam ngheo"]
    for role in ("superuser", "publisher", "editor"):
        if role not in accounts:
            continue
        changelist_suite(
            bench,
            role,
            Article,
            url_name="admin:articles_article_changelist",
            searches=searches,
            full=role == "superuser",
        )
        draft = Article.objects.filter(status=Article.Status.DRAFT).order_by("-pk").first()
        published = Article.objects.filter(status=Article.Status.PUBLISHED).order_by("-pk").first()
        for label, article in (("draft", draft), ("published", published)):
            if article is not None:
                url = f"/{_admin_prefix()}articles/article/{article.pk}/change/"
                bench.measure(role, f"article change form ({label})", url)
        bench.measure(role, "article add form", f"/{_admin_prefix()}articles/article/add/")


def documents(bench, accounts):
    from documents.models import LegalDocument

    for role in ("superuser", "publisher", "editor"):
        if role not in accounts:
            continue
        changelist_suite(
            bench,
            role,
            LegalDocument,
            url_name="admin:documents_legaldocument_changelist",
            searches=["giảm nghèo", "giam ngheo", "UBND"],
            full=role == "superuser",
        )
        document = LegalDocument.objects.order_by("-pk").first()
        if document is not None:
            url = f"/{_admin_prefix()}documents/legaldocument/{document.pk}/change/"
            bench.measure(role, "document change form", url)


def outcomes(bench, accounts):
    from programs.models import Outcome

    for role in ("superuser", "approver", "official"):
        if role not in accounts:
            continue
        changelist_suite(
            bench,
            role,
            Outcome,
            url_name="admin:programs_outcome_changelist",
            searches=["Xã Kim", "xa kim", "tỷ lệ hộ nghèo"],
            full=role in ("superuser", "official"),
        )
        # A draft: its form is editable (the source document is a choice of every document).
        visible = Outcome.objects.visible_to(accounts[role]).order_by("-pk")
        outcome = visible.filter(status=Outcome.Status.DRAFT).first() or visible.first()
        if outcome is not None:
            url = f"/{_admin_prefix()}programs/outcome/{outcome.pk}/change/"
            bench.measure(role, f"outcome change form ({outcome.status})", url)


def _admin_prefix():
    from django.conf import settings

    return settings.ADMIN_URL


def cell_text(indicator, n):
    """A valid value for the indicator, typed the Vietnamese way."""
    from decimal import Decimal

    from portal.text import vi_number

    if indicator.kind == "rate":
        return vi_number(Decimal(n % 10000) / 100, indicator.decimals)
    if indicator.decimals:
        return vi_number(Decimal(n % 1000000) / 10, 1)
    return vi_number(n % 100000)


def entry(bench, accounts):
    from django.db.models import Count, Max
    from django.urls import reverse

    from programs.models import OfficialScope, Outcome
    from programs.services import Status

    official = accounts.get("official")
    if official is None:
        print("no data official with a scope: entry screen skipped")
        return
    scope = OfficialScope.objects.get(user=official)
    program = scope.programs.annotate(n=Count("indicators")).order_by("-n").first()
    indicators = list(program.indicators.all())
    year = (
        bench.args.year
        or Outcome.objects.filter(indicator__in=indicators).aggregate(y=Max("year"))["y"]
    )
    url = f"{reverse('admin:programs_outcome_entry')}?chuong_trinh={program.pk}&nam={year}"
    mine = Outcome.objects.filter(indicator__in=indicators, year=year, unit__in=scope.units.all())
    mine.delete()
    print(
        f"entry screen: {program} ({len(indicators)} indicators), year {year}, "
        f"{scope.units.count()} assigned units; the official's values of that year deleted"
    )
    client = bench.clients["official"]
    state = {"round": 0}

    def grid_post(action):
        def data():
            state["round"] += 1
            response = client.get(url)
            payload = {"source_text": "Báo cáo số 15/BC-UBND (đo hiệu năng)", action: "1"}
            for row in response.context["rows"]:
                for cell in row["cells"]:
                    if cell["locked"]:
                        continue
                    unit_pk, indicator = row["unit"].pk, cell["indicator"]
                    n = state["round"] * 7919 + unit_pk * 31 + indicator.pk
                    payload[cell["name"]] = cell_text(indicator, n)
                    payload[f"ver-{unit_pk}-{indicator.pk}"] = cell["version"]
            return payload

        return data

    def clear():
        mine.delete()

    def back_to_drafts():
        mine.update(status=Status.DRAFT, submitted_by=None, submitted_at=None)

    response = bench.measure("official", "entry screen GET (empty grid)", url)
    cells = sum(len(row["cells"]) for row in response.context["rows"])
    print(f"  {len(response.context['rows'])} rows × {len(indicators)} = {cells} cells")
    bench.measure(
        "official",
        "entry screen POST drafts (new rows)",
        url,
        data=grid_post("_draft"),
        before=clear,
        goal=SAVE_GOAL_MS,
        expect=302,
    )
    bench.measure(
        "official",
        "entry screen POST drafts (all changed)",
        url,
        data=grid_post("_draft"),
        goal=SAVE_GOAL_MS,
        expect=302,
    )
    bench.measure("official", "entry screen GET (filled grid)", url)
    bench.measure(
        "official",
        "entry screen POST submit",
        url,
        data=grid_post("_submit"),
        before=back_to_drafts,
        goal=SAVE_GOAL_MS,
        expect=302,
    )
    bench.measure("official", "entry screen GET (locked grid)", url)
    if "superuser" in accounts:
        bench.measure("superuser", "entry screen GET (superuser)", url)


def report_machine():
    from django.db import connection

    print(f"python {platform.python_version()}, {platform.machine()}, {os.cpu_count()} CPUs")
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SHOW server_version")
            print(f"PostgreSQL {cursor.fetchone()[0]}")
    else:
        import sqlite3

        print(f"SQLite {sqlite3.sqlite_version}")


def report_sizes():
    from articles.models import Article
    from documents.models import LegalDocument
    from programs.models import AdministrativeUnit, Indicator, Outcome

    sizes = [
        (model._meta.verbose_name_plural, model.objects.count())
        for model in (Article, LegalDocument, AdministrativeUnit, Indicator, Outcome)
    ]
    print("rows: " + ", ".join(f"{name} {count:,}" for name, count in sizes))


def summary(bench):
    slow = [row for row in bench.rows if row["max"] >= row["goal"]]
    errors = [row for row in bench.rows if row["status"] != row["expect"]]
    print(f"\n{len(bench.rows)} measurements, {len(slow)} over their goal, {len(errors)} errors")
    for row in slow:
        print(f"  SLOW {row['role']} {row['label']}: max {row['max']:.0f} ms")
    return 1 if errors else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--page", type=int, default=500)
    parser.add_argument("--year", type=int, default=None, help="year of the entry screen")
    parser.add_argument(
        "--entry-units", type=int, default=200, help="units of the official's entry screen"
    )
    parser.add_argument(
        "--only",
        choices=["article", "document", "outcome", "entry"],
        action="append",
        help="measure only these parts (repeatable)",
    )
    args = parser.parse_args()
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    setup()
    from django.db import connection

    report_machine()
    report_sizes()
    bench = Bench(args)
    accounts = users(args.entry_units)
    for role, user in accounts.items():
        bench.client(role, user)
    print(f"database: {connection.vendor}; accounts: {', '.join(accounts)}")
    parts = {"article": articles, "document": documents, "outcome": outcomes, "entry": entry}
    bench.print_header()
    for name, run in parts.items():
        if not args.only or name in args.only:
            run(bench, accounts)
    return summary(bench)


if __name__ == "__main__":
    sys.exit(main())

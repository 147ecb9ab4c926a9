"""Two app servers sharing PostgreSQL and Redis: a change made through one is visible through
the other at once.

Not a test: it prints figures, and exits non-zero if a change is not visible through the
other server on the first request after the write.

    .venv/bin/python bench/two_servers.py
    .venv/bin/python bench/two_servers.py --repeat 10 --reuse

Method:
- Stack as bench/load.py (its own PostgreSQL and Redis on loopback, DJANGO_ENV=production),
  with two gunicorn instances (3 sync workers each) on 127.0.0.1:18001 (A) and :18002 (B),
  sharing the database and the Redis cache.
- Preparation, through `manage.py shell` with the app's environment (not part of what is
  measured): `--repeat` draft articles, and `--repeat` figures of the demo data official
  canbo.kimson saved and submitted with `outcome_save(..., submit=True)` (unit, indicator and
  year within his assignment, with no value yet).
- Writes through server A's admin, as an editor does it: log in (CSRF token from the login
  form, session cookie) as the demo publisher `duyetbai` and the demo approver
  `duyetsolieu`, then post the changelist actions "Xuất bản các bài đã chọn" (which calls
  articles.services.article_publish) and "Duyệt các số liệu đã chọn" (which calls
  programs.services.outcome_approve; the approver is not the official who entered it).
  The admin's answer (a redirect) is the moment the write is committed.
- Visibility through server B, requested right after A's answer: for an article, its title on
  B's home page, B's news list and B's article page (200); for a figure, its unit code and
  value in B's open-data JSON of the programme and year (`/chuong-trinh/<slug>/du-lieu.json
  ?nam=<year>`). B's pages are requested once before the first write so B's caches are warm.
  If not visible, B is polled every 50 ms for up to 5 s and the delay is printed.
- Also a cached object: the first menu category is renamed (through `manage.py shell`, which
  shares the database and Redis) and B's menu, cached for an hour and cleared by a signal,
  must show the new name on its next answer.
"""

import argparse
import html
import http.client
import json
import re
import secrets
import sys
import time
from decimal import Decimal
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _stack  # noqa: E402

PORT_A, PORT_B = 18001, 18002
ADMIN = "/quan-tri/"
POLL_FOR = 5.0

PREPARE = """
import json
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from articles.models import Article, Category
from programs import services
from programs.models import OfficialScope, Outcome

token, repeat = {token!r}, {repeat}
category = Category.objects.order_by("position", "pk").first()
articles = []
for n in range(1, repeat + 1):
    article = Article.objects.create(
        title=f"Tin thử hai máy chủ {{token}} số {{n}}",
        slug=f"tin-thu-hai-may-chu-{{token}}-so-{{n}}",
        category=category,
        summary="Bài thử của bench/two_servers.py.",
        body="<p>Bài thử.</p>",
    )
    articles.append({{"id": article.pk, "title": article.title,
                      "url": article.get_absolute_url()}})
official = get_user_model().objects.get(username="canbo.kimson")
scope = OfficialScope.objects.get(user=official)
outcomes = []
for program in scope.programs.order_by("pk"):
    for indicator in program.indicators.filter(kind="count").order_by("position", "pk"):
        for unit in scope.units.order_by("pk"):
            for year in range(2015, 2031):
                if len(outcomes) == repeat:
                    break
                if Outcome.objects.filter(indicator=indicator, unit=unit, year=year).exists():
                    continue
                try:
                    outcome = services.outcome_save(
                        user=official, indicator=indicator, unit=unit, year=year,
                        value=100 + len(outcomes), source_text="Báo cáo thử", submit=True)
                except ValidationError:
                    continue
                outcomes.append({{"id": outcome.pk, "program": program.slug, "year": year,
                                  "unit_code": unit.code, "value": str(outcome.value)}})
print(json.dumps({{"articles": articles, "outcomes": outcomes}}))
"""


RENAME = """
import re
from articles.models import Category

category = Category.objects.filter(show_in_menu=True).order_by("position", "pk").first()
base = re.sub(r"( · (thử|hai máy chủ) \\w+)+$", "", category.name)  # earlier runs
category.name = base + " · hai máy chủ {token}"
category.save()
print(category.name)
"""


class Browser:
    """A cookie-keeping HTTP client for the admin: one session per user."""

    def __init__(self, port):
        self.port = port
        self.cookies = {}

    def request(self, method, path, form=None):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        headers = {"User-Agent": _stack.USER_AGENT}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if form is not None:
            body = urlencode(form, doseq=True)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Referer"] = f"http://127.0.0.1:{self.port}{path}"
        try:
            conn.request(method, path, body=body, headers=headers)
            response = conn.getresponse()
            text = response.read().decode("utf-8", errors="replace")
            for header in response.msg.get_all("Set-Cookie") or []:
                for name, morsel in SimpleCookie(header).items():
                    self.cookies[name] = morsel.value
            return response.status, response.getheader("Location", ""), text
        finally:
            conn.close()

    def csrf_form(self, path):
        status, _, text = self.request("GET", path)
        match = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', text)
        if status != 200 or not match:
            raise RuntimeError(f"no CSRF form on {path} (status {status})")
        return match.group(1)

    def login(self, username, password):
        token = self.csrf_form(f"{ADMIN}login/")
        form = {
            "csrfmiddlewaretoken": token,
            "username": username,
            "password": password,
            "next": ADMIN,
        }
        status, location, text = self.request("POST", f"{ADMIN}login/", form)
        if status != 302:
            raise RuntimeError(f"login of {username} refused ({status}): {text[:300]}")

    def action(self, changelist, action, pk):
        """Post a changelist action on one row; returns the admin's message after it."""
        token = self.csrf_form(changelist)
        form = {
            "csrfmiddlewaretoken": token,
            "action": action,
            "index": "0",
            "select_across": "0",
            "_selected_action": str(pk),
        }
        status, location, text = self.request("POST", changelist, form)
        done = time.monotonic()
        if status != 302:
            raise RuntimeError(f"{action} answered {status}: {text[:300]}")
        _, _, page = self.request("GET", location or changelist)
        messages = re.findall(r'<li class="(success|warning|error|info)">(.*?)</li>', page)
        return done, "; ".join(f"{kind}: {text}" for kind, text in messages) or "(no message)"


def article_visible(article):
    _, home = _stack.fetch(PORT_B, "/")
    _, news = _stack.fetch(PORT_B, "/tin-tuc/")
    status, _ = _stack.fetch(PORT_B, article["url"])
    title = article["title"]
    return title in home and title in news and status == 200


def outcome_visible(outcome):
    path = f"/chuong-trinh/{outcome['program']}/du-lieu.json?nam={outcome['year']}"
    status, body = _stack.fetch(PORT_B, path)
    if status != 200:
        return False
    data = json.loads(body)
    return any(
        item["unit_code"] == outcome["unit_code"]
        and Decimal(item["value"]) == Decimal(outcome["value"])
        for item in data["items"]
    )


def menu_shows(name):
    _, home = _stack.fetch(PORT_B, "/")
    menu = re.search(r'<nav class="site-nav"[\s\S]*?</nav>', html.unescape(home))
    return menu is not None and name in menu.group(0)


def wait_visible(check, item, since):
    """(seconds from the write's answer to B's first answer showing it, tries); None if not
    within POLL_FOR."""
    tries = 0
    while True:
        tries += 1
        if check(item):
            return time.monotonic() - since, tries
        if time.monotonic() - since > POLL_FOR:
            return None, tries
        time.sleep(0.05)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="articles and figures")
    _stack.add_stack_arguments(parser)
    args = parser.parse_args()

    print(_stack.machine_facts())
    token = secrets.token_hex(3)
    with _stack.Stack(args) as stack:
        stack.start_app(PORT_A, name="A")
        stack.start_app(PORT_B, name="B")
        prepared = json.loads(
            stack.shell(PREPARE.format(token=token, repeat=args.repeat), timeout=120)
            .strip()
            .splitlines()[-1]
        )
        print(
            f"prepared through manage.py shell: {len(prepared['articles'])} draft articles, "
            f"{len(prepared['outcomes'])} submitted figures (canbo.kimson)"
        )
        publisher, approver = Browser(PORT_A), Browser(PORT_A)
        publisher.login("duyetbai", "DuyetBai@2026")
        approver.login("duyetsolieu", "DuyetSoLieu@2026")
        print("logged in to A's admin as duyetbai (publisher) and duyetsolieu (approver)")
        for path in (
            "/",
            "/tin-tuc/",
            *(
                f"/chuong-trinh/{o['program']}/du-lieu.json?nam={o['year']}"
                for o in prepared["outcomes"]
            ),
        ):
            _stack.fetch(PORT_B, path)

        rows = []
        for article, outcome in zip(prepared["articles"], prepared["outcomes"], strict=False):
            for what, browser, changelist, action, check, item, label in (
                (
                    "article",
                    publisher,
                    f"{ADMIN}articles/article/",
                    "publish_selected",
                    article_visible,
                    article,
                    article["title"],
                ),
                (
                    "figure",
                    approver,
                    f"{ADMIN}programs/outcome/",
                    "approve_selected",
                    outcome_visible,
                    outcome,
                    f"{outcome['program']} {outcome['year']} đơn vị {outcome['unit_code']} "
                    f"= {outcome['value']}",
                ),
            ):
                done, message = browser.action(changelist, action, item["id"])
                delay, tries = wait_visible(check, item, done)
                rows.append((what, label, message, delay, tries))

        # A cached object: the menu categories are cached (1 h) and the cache is cleared by a
        # signal; with a per-process cache B would show the old name until it expires.
        name = stack.shell(RENAME.format(token=token)).strip().splitlines()[-1]
        delay, tries = wait_visible(menu_shows, name, time.monotonic())
        rows.append(("menu category", name, "renamed through manage.py shell", delay, tries))

        print()
        print(
            f"{'change':16} {'visible on B after':>18} {'B requests':>10}  "
            "what; how it was made (A's admin message)"
        )
        failures = 0
        for what, label, message, delay, tries in rows:
            first = delay is not None and tries == 1
            failures += not first
            shown = "never (5 s)" if delay is None else f"{delay * 1000:.0f} ms"
            print(f"{what:16} {shown:>18} {tries:>10}  {label}; {message}")
        print(
            "(the delay is the time B took to answer the checking requests: the change "
            "showed on B's first answer when 'B requests' is 1)"
        )
        print(
            f"RESULT: {'PASS' if not failures and rows else 'FAIL'} "
            f"({len(rows) - failures}/{len(rows)} visible on B's first answer)"
        )
    return 0 if not failures and rows else 1


if __name__ == "__main__":
    sys.exit(main())

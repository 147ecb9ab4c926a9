"""Browser tests: Playwright (sync API) driving Debian's Chromium against `live_server`.

Never runs `playwright install`: the browser is the system one at /usr/bin/chromium (or
$CHROME_PATH). Missing Chromium skips these tests locally and fails them in CI (CI=true).
"""

import os
import re
from pathlib import Path

import pytest
from django.db import connections
from playwright.sync_api import expect

from portal import roles
from programs.models import AdministrativeUnit, Indicator, OfficialScope, SupportProgram
from tests.conftest import make_user

# Playwright's sync API runs an event loop in the test thread; without this Django refuses
# ORM calls made from that thread (SynchronousOnlyOperation).
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

HERE = Path(__file__).resolve().parent
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--no-first-run",
]
DEFAULT_VIEWPORT = {"width": 1280, "height": 900}


def pytest_collection_modifyitems(config, items):
    for item in items:
        if HERE in Path(str(item.path)).resolve().parents:
            item.add_marker(pytest.mark.browser)


def chromium_path():
    executable = os.environ.get("CHROME_PATH") or "/usr/bin/chromium"
    if Path(executable).is_file():
        return executable
    if os.environ.get("CI") == "true":
        pytest.fail(
            f"Chromium is required in CI: apt-get install -y chromium (not found at {executable})",
            pytrace=False,
        )
    pytest.skip(
        f"Chromium not found at {executable}: install it with apt-get install -y chromium "
        "to run browser tests"
    )


@pytest.fixture
def browser(live_server, django_db_serialized_rollback):
    """One Chromium per test, started after the test database is ready and stopped before
    it is flushed.

    `live_server` flushes the database after each test, dropping the role groups that data
    migrations created; serialized rollback loads them back before each browser test.
    Playwright's event loop must not run while Django sets up or flushes the database:
    connections are looked up per event loop, so it would see other connection objects.
    """
    executable = chromium_path()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=executable, headless=True, args=CHROMIUM_ARGS
        )
        try:
            yield chromium
        finally:
            chromium.close()
            # Connections opened while the loop ran would keep PostgreSQL from dropping the
            # test database at the end of the session.
            for connection in connections.all(initialized_only=True):
                connection.close()


@pytest.fixture
def new_context(browser):
    """Factory for browser contexts (a second user, a phone, no JavaScript...), all closed."""
    contexts = []

    def factory(**options):
        options.setdefault("viewport", DEFAULT_VIEWPORT)
        options.setdefault("locale", "vi-VN")
        context = browser.new_context(**options)
        context.set_default_timeout(15_000)
        contexts.append(context)
        return context

    yield factory
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_context):
    """A page in a fresh context (1280x900, vi-VN), closed with its context after the test."""
    return new_context().new_page()


# A housing programme with an official of Kim Sơn and an approver (programme flows).
PASSWORD = "MatKhau@123"


@pytest.fixture
def housing(db):
    province = AdministrativeUnit.objects.create(name="Tỉnh Ninh Bình", level="tinh", position=0)
    kim_son = AdministrativeUnit.objects.create(
        name="Huyện Kim Sơn", level="huyen", parent=province, position=1
    )
    program = SupportProgram.objects.create(
        name="Hỗ trợ nhà ở cho hộ nghèo",
        slug="nha-o",
        kind=SupportProgram.Kind.HOUSING,
        start_year=2023,
        end_year=2025,
    )
    households = Indicator.objects.create(
        program=program, name="Số hộ được hỗ trợ", code="nha-o-ho", unit_of_measure="hộ"
    )
    money = Indicator.objects.create(
        program=program,
        name="Kinh phí hỗ trợ",
        code="nha-o-kinh-phi",
        unit_of_measure="triệu đồng",
        kind=Indicator.Kind.AMOUNT,
        decimals=1,
        position=1,
    )
    official = make_user("canbo.kimson", roles.DATA_OFFICIAL)
    scope = OfficialScope.objects.create(user=official)
    scope.units.add(kim_son)
    scope.programs.add(program)
    make_user("duyetsolieu", roles.DATA_APPROVER)
    return {"program": program, "unit": kim_son, "indicators": (households, money)}


def log_in(page, base, username):
    page.goto(base + "/quan-tri/login/")
    page.get_by_label("Tên đăng nhập").fill(username)
    page.get_by_label("Mật khẩu").fill(PASSWORD)
    page.get_by_role("button", name=re.compile("Đăng nhập", re.I)).click()
    expect(page.locator("#user-tools")).to_be_visible()

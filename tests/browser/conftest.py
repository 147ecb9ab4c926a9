"""Browser tests: Playwright (sync API) driving Debian's Chromium against `live_server`.

Never runs `playwright install`: the browser is the system one at /usr/bin/chromium (or
$CHROME_PATH). Missing Chromium skips these tests locally and fails them in CI.
"""

import asyncio
import os
from pathlib import Path

import pytest
from django.db import connections

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
    return os.environ.get("CHROME_PATH") or "/usr/bin/chromium"


@pytest.fixture(scope="session")
def browser():
    executable = chromium_path()
    if not Path(executable).is_file():
        if os.environ.get("CI") == "true":
            pytest.fail(
                f"Chromium is required in CI: apt-get install -y chromium (not found at "
                f"{executable})",
                pytrace=False,
            )
        pytest.skip(
            f"Chromium not found at {executable}: install it with apt-get install -y chromium "
            "to run browser tests"
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=executable, headless=True, args=CHROMIUM_ARGS
        )
        try:
            yield chromium
        finally:
            chromium.close()
            # The connections opened while Playwright's loop ran are not the ones Django
            # closes after the loop stops (see _serialized_snapshot): close them now, or
            # PostgreSQL refuses to drop the test database ("being accessed by other users").
            for connection in connections.all(initialized_only=True):
                connection.close()


def _serialized_snapshot(alias):
    """The snapshot of the migrated test database that Django keeps for serialized rollback.

    Django stores it on the connection object, and `connections[alias]` is a different object
    depending on whether an asyncio loop runs in this thread (asgiref's thread-critical local):
    Playwright's sync API leaves its loop running, so when the test database was created
    before Chromium started, the snapshot sits on the object seen outside the loop.
    """
    contents = getattr(connections[alias], "_test_serialized_contents", None)
    if contents:
        return contents
    loop = asyncio.events._get_running_loop()
    asyncio.events._set_running_loop(None)
    try:
        return getattr(connections[alias], "_test_serialized_contents", None)
    finally:
        asyncio.events._set_running_loop(loop)


_MIGRATION_DATA = pytest.StashKey[tuple]()


@pytest.fixture(autouse=True)
def _migration_data(request, browser, django_db_blocker):
    """Keep the migration data (role groups...) across the flush `live_server` does.

    The snapshot goes where Django's serialized rollback looks for it, and is kept on the
    test item for `pytest_runtest_teardown` below.
    """
    snapshots = {}
    for alias in connections:
        snapshot = _serialized_snapshot(alias)
        if snapshot:
            connections[alias]._test_serialized_contents = snapshot
            snapshots[alias] = snapshot
    request.node.stash[_MIGRATION_DATA] = (django_db_blocker, snapshots)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """After a browser test's flush, load the migration data back.

    Serialized rollback restores it before each test that asks for it; tests that
    pytest-django runs after these ones (those that ask for `db` only at run time) do not,
    and would find no role groups.
    """
    try:
        return (yield)
    finally:
        blocker, snapshots = item.stash.get(_MIGRATION_DATA, (None, {}))
        if snapshots and nextitem is not None:
            with blocker.unblock():
                for alias, snapshot in snapshots.items():
                    connections[alias].creation.deserialize_db_from_string(snapshot)


@pytest.fixture
def new_context(browser, live_server, django_db_serialized_rollback):
    """Factory for browser contexts (a second user, a phone, no JavaScript...), all closed.

    `live_server` flushes the database after each test, which would also drop the role
    groups created by data migrations; serialized rollback restores them before each test.
    """
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

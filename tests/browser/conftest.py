"""Browser tests: Playwright (sync API) driving Debian's Chromium against `live_server`.

Never runs `playwright install`: the browser is the system one at /usr/bin/chromium (or
$CHROME_PATH). Missing Chromium skips these tests locally and fails them in CI.
"""

import os
from pathlib import Path

import pytest

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


@pytest.fixture
def new_context(browser):
    """Factory for extra browser contexts (a second user, no JavaScript...), all closed."""
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
def page(new_context, live_server, django_db_serialized_rollback):
    # Serialized rollback: live_server flushes the database after each test, which would
    # also drop the role groups created by data migrations; this restores them.
    return new_context().new_page()

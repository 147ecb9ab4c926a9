"""Text size and high contrast work as plain links without JavaScript and at once with it,
and the choice follows the visitor to other pages."""

import pytest

from tests.conftest import make_article, make_category

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def site_pages(db):
    category = make_category("Lao động - Việc làm")
    return make_article(category, title="Phiên giao dịch việc làm lưu động").get_absolute_url()


def html_class(page):
    return page.evaluate("document.documentElement.className")


def test_controls_work_without_javascript_and_persist(new_context, live_server, site_pages):
    page = new_context(java_script_enabled=False, viewport={"width": 360, "height": 800}).new_page()
    page.goto(live_server.url + site_pages)

    page.get_by_role("link", name="Chữ rất lớn").click()
    assert page.url == live_server.url + site_pages
    page.locator("a.reading-aids__contrast").click()

    assert html_class(page) == "text-xlarge contrast-high"
    page.goto(live_server.url + "/tin-tuc/")
    assert html_class(page) == "text-xlarge contrast-high"
    font_size = page.evaluate("getComputedStyle(document.documentElement).fontSize")
    assert font_size == "20px"  # 125% of 16px
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_controls_apply_at_once_with_javascript(new_context, live_server, site_pages):
    page = new_context().new_page()
    page.goto(live_server.url + site_pages)
    requests = []
    page.on("request", lambda request: requests.append(request.url))

    page.get_by_role("link", name="Chữ lớn").click()
    page.locator("a.reading-aids__contrast").click()

    assert html_class(page) == "text-large contrast-high"
    assert not [url for url in requests if "/tro-nang/" in url]  # no round trip
    assert page.get_by_role("link", name="Chữ lớn").get_attribute("aria-current") == "true"
    page.reload()
    assert html_class(page) == "text-large contrast-high"
    page.locator("a.reading-aids__contrast").click()
    assert html_class(page) == "text-large"

"""The enforced Content Security Policy breaks nothing: the public pages and the admin's
article editor (CKEditor 5, typing, an image upload) run without a single violation."""

import io
import re
from datetime import timedelta

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.test import Client
from django.utils import timezone
from PIL import Image
from playwright.sync_api import expect

from tests.conftest import make_article, make_category
from tests.documents.factories import make_document
from tests.programs.factories import make_indicator, make_outcome, make_program, make_unit

EDITABLE = ".ck-editor__main > .ck-editor__editable"
TEXT = "Sở tổ chức hội nghị tổng kết công tác giảm nghèo năm 2025."


def jpeg(width=640, height=400):
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (11, 74, 139)).save(buffer, "JPEG", quality=80)
    return buffer.getvalue()


class Violations:
    """CSP reports and script errors of one page, kept with the URL they happened on."""

    def __init__(self, page):
        self.page = page
        self.lines = []
        page.on("console", self._console)
        page.on("pageerror", lambda error: self.lines.append(f"{page.url}: page error {error}"))

    def _console(self, message):
        if "Content Security Policy" in message.text:
            self.lines.append(f"{self.page.url}: {message.text}")

    def __str__(self):
        return "\n".join(self.lines)


@pytest.fixture
def public_site(db):
    image = default_storage.save("editor/2025/11/hoi-nghi.jpg", ContentFile(jpeg()))
    body = (
        f"<p>{TEXT}</p>"
        f'<figure class="image"><img src="{default_storage.url(image)}" alt="Hội nghị" '
        'width="640" height="400"><figcaption>Ảnh: Hội nghị</figcaption></figure>'
        '<p style="text-align:center">Căn giữa</p><p style="text-align:right">Căn phải</p>'
        '<figure class="table"><table><tbody><tr><td>1</td><td>2</td></tr></tbody></table>'
        "</figure>"
    )
    category = make_category("Giảm nghèo", slug="giam-ngheo")
    article = make_article(
        category,
        title="Hội nghị tổng kết công tác giảm nghèo",
        body=body,
        is_featured=True,
        published_at=timezone.now() - timedelta(hours=1),
    )
    assert 'style="text-align:center"' in article.body  # kept by the sanitiser
    program = make_program("Hỗ trợ nhà ở cho hộ nghèo")
    indicator = make_indicator(program, "Số hộ được hỗ trợ", is_key=True)
    for n, unit in enumerate([make_unit("Huyện Kim Sơn"), make_unit("Huyện Yên Mô")]):
        for year in (2022, 2023, 2024):
            make_outcome(indicator, unit, year, 40 + 10 * n + year % 10)
    make_document(number="43/2023/NQ-HĐND")
    return {
        "home": "/",
        "article": article.get_absolute_url(),
        "programme": program.get_absolute_url(),
        "figures": "/so-lieu/",
        "documents": "/van-ban/",
        "search": "/tim-kiem/?q=giam+ngheo",
        "login": f"/{settings.ADMIN_URL}login/",
    }


def test_public_pages_and_admin_login_report_no_violation(page, live_server, public_site):
    violations = Violations(page)
    for name, url in public_site.items():
        response = page.goto(live_server.url + url)
        assert response.status == 200, name
        assert "script-src 'self'" in response.headers["content-security-policy"], name
    page.goto(live_server.url + public_site["programme"])
    expect(page.locator("svg.chart").first).to_be_visible()
    page.goto(live_server.url + public_site["article"])
    centred = page.get_by_text("Căn giữa")
    assert centred.evaluate("el => getComputedStyle(el).textAlign") == "center"
    figure = page.locator(".prose figure.image img")
    assert figure.evaluate("img => img.complete && img.naturalWidth") == 640
    # Opened on its own, an uploaded image still shows, in its sandbox.
    page.goto(figure.evaluate("img => img.src"))
    assert page.evaluate("document.images[0].complete && document.images[0].naturalWidth") == 640
    assert violations.lines == [], str(violations)


def _log_in(new_context, base, user):
    """A page with the session of `user`, without the login form (the login page has its
    own check above; the two-step verification flow has its own tests)."""
    client = Client()
    client.force_login(user)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    context = new_context()
    context.add_cookies([{"name": cookie.key, "value": cookie.value, "url": base}])
    return context.new_page()


def test_admin_article_editor_works_under_its_policy(new_context, live_server, editor, tmp_path):
    base = live_server.url
    page = _log_in(new_context, base, editor)
    violations = Violations(page)

    page.goto(f"{base}/{settings.ADMIN_URL}articles/article/add/")
    editable = page.locator(EDITABLE)
    expect(editable).to_be_visible()
    editable.click()
    page.keyboard.type(TEXT)
    expect(editable).to_contain_text(TEXT)
    # Bold from the toolbar, then an image through the upload adapter (data: preview).
    page.keyboard.press("Control+A")
    page.locator(".ck-toolbar button", has_text=re.compile("Đậm|Bold")).first.click()
    expect(editable.locator("strong")).to_contain_text(TEXT)
    photo = tmp_path / "hoi-nghi.jpg"
    photo.write_bytes(jpeg())
    page.keyboard.press("End")
    page.locator(".ck-editor__top .ck-toolbar input[type=file]").set_input_files(photo)
    expect(editable.locator("img[src*='/media/editor/']")).to_have_count(1, timeout=20_000)
    assert violations.lines == [], str(violations)


def test_other_admin_screens_report_no_violation(new_context, live_server, administrator):
    base = f"{live_server.url}/{settings.ADMIN_URL}"
    page = _log_in(new_context, live_server.url, administrator)
    violations = Violations(page)
    # Date and time shortcuts of a publisher's article form.
    page.goto(f"{base}articles/article/add/")
    expect(page.locator(EDITABLE)).to_be_visible()
    page.locator(".datetimeshortcuts a", has=page.locator(".date-icon")).first.click()
    expect(page.locator(".calendarbox").first).to_be_visible()
    # An inline formset gets another row from Django's inlines.js.
    page.goto(f"{base}documents/legaldocument/add/")
    rows = page.locator(".dynamic-files")
    before = rows.count()
    page.locator(".add-row a").first.click()
    expect(rows).to_have_count(before + 1)
    for path in ("", "articles/article/", "programs/outcome/nhap-tu-tep/", "auth/user/add/"):
        response = page.goto(base + path)
        assert response.status == 200, path
    assert violations.lines == [], str(violations)

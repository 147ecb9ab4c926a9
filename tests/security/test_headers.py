"""Security headers of the public pages, the downloads, the uploads and the admin; and the
production-only ones (HSTS, secure cookies, upgrade-insecure-requests) in a real process."""

import json
import os
import re
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.urls import reverse

from portal.security import PERMISSIONS_POLICY
from tests.conftest import make_article
from tests.documents.factories import make_document, make_file
from tests.programs.factories import make_indicator, make_outcome, make_program, make_unit

PROJECT_ROOT = Path(__file__).resolve().parents[2]
PUBLIC_DIRECTIVES = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
}
# Sources a policy may name: this origin, keywords, inline data and blob URLs, hashes.
LOCAL_SOURCES = {"'self'", "'none'", "'unsafe-hashes'", "data:"}


def policy(response):
    header = response["Content-Security-Policy"]
    directives = {}
    for part in header.split(";"):
        name, *sources = part.split()
        assert name not in directives, f"{name} twice in {header}"
        directives[name] = sources
    return directives


def assert_only_this_origin(directives):
    for name, sources in directives.items():
        others = [s for s in sources if s not in LOCAL_SOURCES and not s.startswith("'sha256-")]
        allowed = {"style-src-attr": ["'unsafe-inline'"]}.get(name, [])
        assert [s for s in others if s not in allowed] == [], (name, sources)


def assert_common_headers(response):
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["Permissions-Policy"] == PERMISSIONS_POLICY
    assert response["Cross-Origin-Resource-Policy"] == "same-origin"


@pytest.fixture
def site(db):
    article = make_article(body="<p>Nội dung bài viết.</p>")
    document = make_document(number="43/2023/NQ-HĐND")
    attachment = make_file(document)
    program = make_program("Hỗ trợ nhà ở cho hộ nghèo")
    make_outcome(make_indicator(program, is_key=True), make_unit(), 2024, 125)
    image = default_storage.save("editor/2025/11/anh.jpg", ContentFile(b"\xff\xd8\xff\xe0 jpeg"))
    return {
        "home": reverse("portal:home"),
        "article": article.get_absolute_url(),
        "document": document.get_absolute_url(),
        "programme": program.get_absolute_url(),
        "figures": reverse("programs:figures"),
        "search": reverse("portal:search") + "?q=nha",
        "api": "/api/v1/articles/",
        "download": attachment.get_absolute_url(),
        "media": default_storage.url(image),
    }


PAGES = ["home", "article", "document", "programme", "figures", "search", "api"]
FILES = ["download", "media"]


@pytest.mark.parametrize("name", PAGES)
def test_public_pages_have_the_strict_policy_and_the_other_headers(client, site, name):
    response = client.get(site[name])
    assert response.status_code == 200
    directives = policy(response)
    assert_only_this_origin(directives)
    directives.pop("style-src-attr")  # hashes of the alignment styles, next test
    assert directives == PUBLIC_DIRECTIVES  # upgrade-insecure-requests: production only
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]
    assert_common_headers(response)
    assert response["X-Frame-Options"] == "DENY"


def test_rich_text_may_keep_only_its_alignment_styles(client, site):
    """style="" attributes are blocked, except the text-align values rich text keeps, by hash."""
    directives = policy(client.get(site["article"]))
    sources = directives["style-src-attr"]
    assert sources[0] == "'unsafe-hashes'"
    assert len(sources) == 6 and all(s.startswith("'sha256-") for s in sources[1:])


INLINE_CODE = re.compile(
    r"<script(?![^>]*\bsrc=)(?![^>]*application/json)|<style|\sstyle=|\son[a-z]+=", re.I
)
TEMPLATE_DIRS = [PROJECT_ROOT / "templates", *PROJECT_ROOT.glob("*/templates")]


@pytest.mark.parametrize("name", ["home", "programme", "figures", "document", "search"])
def test_public_pages_carry_no_inline_script_or_style(client, site, name):
    """What the policy would block: the templates and the HTML Python writes (charts)."""
    html = client.get(site[name]).content.decode()
    assert INLINE_CODE.findall(html) == []
    assert name != "programme" or '<svg xmlns="http://www.w3.org/2000/svg" class="chart' in html


def test_templates_carry_no_inline_script_or_style():
    found = [
        (str(path.relative_to(PROJECT_ROOT)), match.group(0))
        for folder in TEMPLATE_DIRS
        for path in folder.rglob("*.html")
        for match in INLINE_CODE.finditer(path.read_text(encoding="utf-8"))
    ]
    assert found == []


@pytest.mark.parametrize("name", FILES)
def test_files_are_sandboxed_downloads_or_images_never_pages(client, site, name):
    response = client.get(site[name])
    assert response.status_code == 200
    directives = policy(response)
    assert "sandbox" in directives
    assert directives["default-src"] == ["'none'"]
    assert_common_headers(response)


def test_document_download_is_an_attachment(client, site):
    response = client.get(site["download"])
    assert response["Content-Disposition"].startswith("attachment")


@pytest.mark.parametrize("url", ["admin:login", "admin:articles_article_add"])
def test_admin_policy_loosens_only_style_attributes(client, publisher, url):
    """CKEditor writes style attributes; style elements and scripts stay 'self'."""
    if url != "admin:login":
        client.force_login(publisher)
    response = client.get(reverse(url))
    assert response.status_code == 200
    directives = policy(response)
    assert directives.pop("style-src-attr") == ["'unsafe-inline'"]
    assert directives == PUBLIC_DIRECTIVES
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]
    assert_only_this_origin(directives)
    assert_common_headers(response)
    assert response["X-Frame-Options"] == "DENY"


def test_editor_upload_answer_has_the_public_policy(client, publisher):
    client.force_login(publisher)
    response = client.post(reverse("portal:editor_upload"))
    assert response.status_code == 400
    assert policy(response)["script-src"] == ["'self'"]
    assert_common_headers(response)


PRODUCTION_HEADERS = """
import json
import django
django.setup()
from django.conf import settings
from django.test import Client
from django.test.utils import setup_test_environment
setup_test_environment()
response = Client(HTTP_X_FORWARDED_PROTO="https").get("/robots.txt", secure=True)
print(json.dumps({
    "status": response.status_code,
    "headers": dict(response.headers),
    "session_cookie_secure": settings.SESSION_COOKIE_SECURE,
    "csrf_cookie_secure": settings.CSRF_COOKIE_SECURE,
    "session_cookie_httponly": settings.SESSION_COOKIE_HTTPONLY,
}))
"""


def test_production_adds_hsts_secure_cookies_and_upgrade_insecure_requests(tmp_path):
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_", "REDIS_", "PYTEST_"))
    }
    env.update(
        DJANGO_SETTINGS_MODULE="portal.settings",
        DJANGO_ENV="production",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(45),
        DJANGO_ALLOWED_HOSTS="testserver",
        DATABASE_URL=f"sqlite:///{tmp_path / 'empty.sqlite3'}",
    )
    result = subprocess.run(  # noqa: S603 - fixed interpreter and arguments
        [sys.executable, "-c", PRODUCTION_HEADERS],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout.strip().splitlines()[-1])
    headers = data["headers"]
    assert data["status"] == 200
    assert headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    assert "upgrade-insecure-requests" in headers["Content-Security-Policy"].split("; ")
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Permissions-Policy"] == PERMISSIONS_POLICY
    assert data["session_cookie_secure"] and data["csrf_cookie_secure"]
    assert data["session_cookie_httponly"]


def test_static_files_carry_the_policy_and_nosniff(client):
    response = client.get("/static/css/site.css")

    assert response.status_code == 200
    assert "default-src 'self'" in response["Content-Security-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Cross-Origin-Resource-Policy"] == "same-origin"

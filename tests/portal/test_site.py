"""Site-wide pieces: health check, settings safety, the one-row site settings."""

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.urls import reverse

from portal.models import SiteSettings
from tests.conftest import make_user

PROJECT_ROOT = Path(__file__).resolve().parents[2]

HEALTHZ_WITHOUT_DATABASE = """
import django
django.setup()
from django.test import Client
from django.test.utils import setup_test_environment
setup_test_environment()
response = Client().get("/healthz")
print(response.status_code)
print(response.content.decode())
"""

PRINT_SETTINGS = """
import json
from django.conf import settings
print(json.dumps({
    "DEBUG": settings.DEBUG,
    "LANGUAGE_CODE": settings.LANGUAGE_CODE,
    "TIME_ZONE": settings.TIME_ZONE,
    "USE_TZ": settings.USE_TZ,
}))
"""


def _run(args, **env):
    """Run Python in the project with a clean environment plus `env`; nothing reaches the net."""
    base = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_", "REDIS_", "IMAGE_", "PYTEST_"))
    }
    base.update(env)
    return subprocess.run(  # noqa: S603 - fixed interpreter and arguments
        [sys.executable, *args],
        cwd=PROJECT_ROOT,
        env=base,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


# --- health check ----------------------------------------------------------------------------


def test_healthz_answers_ok_when_database_is_up(client, db):
    response = client.get(reverse("portal:healthz"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response.json()["status"] == "ok"


def test_healthz_is_never_cached(client, db):
    response = client.get(reverse("portal:healthz"))
    assert "no-cache" in response["Cache-Control"]


def test_healthz_refuses_post(client, db):
    assert client.post(reverse("portal:healthz")).status_code == 405


def test_healthz_answers_503_when_database_is_unreachable():
    # A real process with a database nobody listens on: no mock of the connection.
    result = _run(
        ["-c", HEALTHZ_WITHOUT_DATABASE],
        DJANGO_SETTINGS_MODULE="portal.settings",
        DJANGO_SECRET_KEY="x",
        DATABASE_URL="postgres://postgres@127.0.0.1:1/nothing",
    )
    assert result.returncode == 0, result.stderr
    status, body = result.stdout.strip().splitlines()[-2:]
    assert status == "503"
    assert json.loads(body)["status"] == "error"


# --- settings --------------------------------------------------------------------------------


def test_default_settings_are_safe_and_vietnamese():
    result = _run(
        ["-c", f"import django; django.setup(){PRINT_SETTINGS}"],
        DJANGO_SETTINGS_MODULE="portal.settings",
        DJANGO_SECRET_KEY="x",
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1]) == {
        "DEBUG": False,
        "LANGUAGE_CODE": "vi",
        "TIME_ZONE": "Asia/Ho_Chi_Minh",
        "USE_TZ": True,
    }


def test_production_deploy_check_passes_without_warnings():
    result = _run(
        ["manage.py", "check", "--deploy"],
        DJANGO_ENV="production",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(45),  # 60 characters
        DJANGO_ALLOWED_HOSTS="portal.example.gov.vn",
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "WARNINGS" not in output
    assert "?: (security." not in output
    assert "no issues" in output


def test_production_without_secret_key_refuses_to_start():
    result = _run(
        ["manage.py", "check"],
        DJANGO_ENV="production",
        DJANGO_ALLOWED_HOSTS="portal.example.gov.vn",
    )
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr


def test_production_without_allowed_hosts_refuses_to_start():
    result = _run(
        ["manage.py", "check"],
        DJANGO_ENV="production",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(45),
    )
    assert result.returncode != 0
    assert "DJANGO_ALLOWED_HOSTS" in result.stderr


def test_production_ignores_a_debug_flag():
    result = _run(
        ["-c", f"import django; django.setup(){PRINT_SETTINGS}"],
        DJANGO_SETTINGS_MODULE="portal.settings",
        DJANGO_ENV="production",
        DJANGO_DEBUG="1",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(45),
        DJANGO_ALLOWED_HOSTS="portal.example.gov.vn",
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1])["DEBUG"] is False


# --- site settings ---------------------------------------------------------------------------


def _site_settings_form(**overrides):
    data = {
        "department_name": "Sở Lao động - Thương binh và Xã hội",
        "parent_body": "Ủy ban nhân dân tỉnh Đắk Lắk",
        "welcome_line": "",
        "address": "",
        "phone": "",
        "hotline": "",
        "email": "",
        "licence_line": "",
        "person_responsible": "",
        "one_stop_url": "",
        "one_stop_label": "Một cửa điện tử",
        "footer_note": "",
        "_save": "Lưu",
    }
    data.update(overrides)
    return data


@pytest.fixture
def admin_client_vi(client, administrator):
    client.force_login(administrator)
    return client


def test_site_settings_add_page_is_open_while_no_row_exists(admin_client_vi):
    response = admin_client_vi.get(reverse("admin:portal_sitesettings_add"))
    assert response.status_code == 200


def test_site_settings_first_row_can_be_added(admin_client_vi):
    response = admin_client_vi.post(reverse("admin:portal_sitesettings_add"), _site_settings_form())
    assert response.status_code == 302
    assert SiteSettings.objects.count() == 1


def test_site_settings_second_row_cannot_be_added(admin_client_vi):
    SiteSettings.objects.create(department_name="Sở Y tế")
    add_url = reverse("admin:portal_sitesettings_add")
    assert admin_client_vi.get(add_url).status_code == 403
    assert admin_client_vi.post(add_url, _site_settings_form()).status_code == 403
    assert SiteSettings.objects.count() == 1


def test_site_settings_cannot_be_deleted_in_admin(admin_client_vi):
    row = SiteSettings.objects.create(department_name="Sở Y tế")
    response = admin_client_vi.post(
        reverse("admin:portal_sitesettings_delete", args=[row.pk]), {"post": "yes"}
    )
    assert response.status_code == 403
    assert SiteSettings.objects.filter(pk=row.pk).exists()


def test_site_settings_admin_is_closed_to_editors(client, editor):
    client.force_login(editor)
    response = client.get(reverse("admin:portal_sitesettings_changelist"))
    assert response.status_code == 403


def test_site_settings_change_shows_on_next_page_view(admin_client_vi):
    row = SiteSettings.objects.create(department_name="Sở Nội vụ tỉnh Đắk Lắk")
    assert "Sở Nội vụ tỉnh Đắk Lắk" in admin_client_vi.get("/").content.decode()

    response = admin_client_vi.post(
        reverse("admin:portal_sitesettings_change", args=[row.pk]),
        _site_settings_form(department_name="Sở Tài chính tỉnh Đắk Lắk"),
    )
    assert response.status_code == 302

    page = admin_client_vi.get("/").content.decode()
    assert "Sở Tài chính tỉnh Đắk Lắk" in page
    assert "Sở Nội vụ tỉnh Đắk Lắk" not in page


def test_home_page_uses_default_name_before_site_settings_exist(client, db):
    response = client.get("/")
    assert response.status_code == 200
    assert "Cổng thông tin điện tử" in response.content.decode()


def test_site_settings_saved_outside_admin_also_invalidate_the_cache(client, db):
    row = SiteSettings.objects.create(department_name="Sở Xây dựng")
    assert "Sở Xây dựng" in client.get("/").content.decode()
    row.department_name = "Sở Giao thông vận tải"
    row.save()
    assert "Sở Giao thông vận tải" in client.get("/").content.decode()


def test_staff_user_without_groups_cannot_open_site_settings(client, db):
    client.force_login(make_user("nhanvien"))
    response = client.get(reverse("admin:portal_sitesettings_changelist"))
    assert response.status_code == 403


def test_server_error_page_is_in_vietnamese_and_needs_no_context():
    from django.template.loader import render_to_string

    html = render_to_string("500.html")
    assert '<html lang="vi">' in html
    assert "Hệ thống đang gặp sự cố" in html


def test_admin_strings_missing_from_djangos_catalogue_are_in_vietnamese(client, publisher):
    client.force_login(publisher)
    html = client.get("/quan-tri/articles/article/").content.decode()
    assert "Hiện số lượng" in html
    assert "Show counts" not in html
    assert "Skip to main content" not in html


def test_navigation_sections_come_from_settings_and_skip_missing_apps(client, db, settings):
    settings.SITE_SECTIONS = [("Tin tức", "articles:list"), ("Phong trào", "campaigns:list")]
    html = client.get("/").content.decode()
    assert '<a href="/tin-tuc/">Tin tức</a>' in html
    assert "Phong trào" not in html

import pytest
from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts import services
from portal import roles
from tests.conftest import make_user

from .helpers import (
    PASSWORD,
    add_device,
    code_for,
    log_in,
    logged_in_user_id,
    verify_session,
    wrong_code_for,
)

SETUP = reverse("accounts:two_factor")
REMOVE = reverse("accounts:two_factor_remove")


def text(response):
    return " ".join(response.content.decode().split())


@pytest.fixture
def editor(db):
    return make_user("bientap", roles.EDITOR)


# Enrolment


def test_the_setup_page_shows_the_secret_the_uri_and_a_qr_code(editor, client):
    client.force_login(editor)
    response = client.get(SETUP)
    assert response.status_code == 200
    device = TOTPDevice.objects.get(user=editor)
    assert not device.confirmed
    page = response.content.decode()
    secret = services.secret_for_typing(device)
    assert len(secret.split()) == 8 and all(len(group) == 4 for group in secret.split())
    assert secret in page
    assert "otpauth://totp/" in page
    assert '<svg width="' in page and "<title>Mã QR" in page
    assert "<script" not in page.split('id="content-main"')[1]


def test_reloading_the_setup_page_keeps_the_same_secret(editor, client):
    client.force_login(editor)
    client.get(SETUP)
    client.get(SETUP)
    assert TOTPDevice.objects.filter(user=editor).count() == 1


def test_a_wrong_code_does_not_confirm_the_device(editor, client):
    client.force_login(editor)
    client.get(SETUP)
    device = TOTPDevice.objects.get(user=editor)
    response = client.post(SETUP, {"otp_token": wrong_code_for(device)})
    assert response.status_code == 200
    assert services.CODE_INVALID in text(response)
    assert not TOTPDevice.objects.get(user=editor).confirmed


def test_the_code_from_the_app_confirms_the_device_and_verifies_the_session(editor, client):
    client.force_login(editor)
    client.get(SETUP)
    device = TOTPDevice.objects.get(user=editor)
    response = client.post(SETUP, {"otp_token": code_for(device), "next": "/quan-tri/qa/"})
    assert response.status_code == 302 and response["Location"] == "/quan-tri/qa/"
    assert TOTPDevice.objects.get(user=editor).confirmed
    # The session gave a code: the admin stays open.
    assert client.get(reverse("admin:index")).status_code == 200


def test_the_setup_page_never_redirects_elsewhere(editor, client):
    client.force_login(editor)
    client.get(SETUP)
    device = TOTPDevice.objects.get(user=editor)
    data = {"otp_token": code_for(device), "next": "https://example.com/"}
    assert client.post(SETUP, data)["Location"] == reverse("admin:index")


def test_the_setup_page_needs_a_staff_login(db, client):
    response = client.get(SETUP)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))
    client.force_login(make_user("dan", staff=False))
    assert client.get(SETUP).status_code == 302
    assert not TOTPDevice.objects.exists()


def test_the_admin_user_tools_link_to_the_setup_page(editor, client):
    client.force_login(editor)
    page = client.get(reverse("admin:index")).content.decode()
    assert f'<a href="{SETUP}">Xác thực hai bước</a>' in page


# Login with a device


def test_a_user_with_a_device_must_give_a_code(editor, client):
    add_device(editor)
    response = log_in(client, "bientap", PASSWORD)
    assert response.status_code == 200
    assert services.CODE_REQUIRED in text(response)
    assert logged_in_user_id(client) is None


def test_a_wrong_code_is_refused_in_vietnamese(editor, client):
    device = add_device(editor)
    response = log_in(client, "bientap", PASSWORD, code=wrong_code_for(device))
    assert response.status_code == 200
    assert services.CODE_INVALID in text(response)
    assert logged_in_user_id(client) is None


def test_the_right_code_logs_in_and_verifies_the_session(editor, client):
    device = add_device(editor)
    response = log_in(client, "bientap", PASSWORD, code=code_for(device))
    assert response.status_code == 302
    assert logged_in_user_id(client) == str(editor.pk)
    assert client.session["otp_device_id"] == device.persistent_id
    assert client.get(reverse("admin:index")).status_code == 200


def test_a_code_is_accepted_only_once(editor, client):
    device = add_device(editor)
    code = code_for(device)
    assert log_in(client, "bientap", PASSWORD, code=code).status_code == 302
    client.post(reverse("admin:logout"))
    response = log_in(client, "bientap", PASSWORD, code=code)
    assert response.status_code == 200 and logged_in_user_id(client) is None


def test_wrong_codes_count_towards_the_lockout(editor, client):
    device = add_device(editor)
    for _ in range(5):
        response = log_in(client, "bientap", PASSWORD, code=wrong_code_for(device))
    assert response.status_code == 429
    assert log_in(client, "bientap", PASSWORD, code=code_for(device)).status_code == 429


def test_users_without_a_device_ignore_the_code_field(editor, client):
    assert log_in(client, "bientap", PASSWORD, code="123456").status_code == 302


def test_the_login_page_asks_for_the_code(db, client):
    page = client.get(reverse("admin:login")).content.decode()
    assert "Mã xác thực (6 chữ số)" in page
    assert 'autocomplete="one-time-code"' in page


def test_a_session_without_the_code_of_a_user_with_a_device_is_ended(editor, client):
    add_device(editor)
    client.force_login(editor)  # e.g. a session opened before the device was added
    response = client.get(reverse("admin:index"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))
    assert logged_in_user_id(client) is None


# Removal


def test_removing_the_device_needs_a_current_code(editor, client):
    device = add_device(editor)
    client.force_login(editor)
    verify_session(client, device)
    response = client.post(REMOVE, {"otp_token": wrong_code_for(device)})
    assert response.status_code == 200
    assert services.CODE_INVALID in text(response)
    assert TOTPDevice.objects.filter(user=editor).exists()


def test_the_device_is_removed_with_a_current_code(editor, client):
    device = add_device(editor)
    client.force_login(editor)
    verify_session(client, device)
    page = client.get(SETUP).content.decode()
    assert "Xác thực hai bước đang bật" in page
    response = client.post(REMOVE, {"otp_token": code_for(device)})
    assert response.status_code == 302 and response["Location"] == SETUP
    assert not TOTPDevice.objects.filter(user=editor, confirmed=True).exists()
    # Optional for editors: the admin stays open without a device.
    assert client.get(reverse("admin:index")).status_code == 200

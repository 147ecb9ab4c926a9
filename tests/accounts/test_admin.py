import logging

from axes.models import AccessAttempt
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice

from portal import roles
from tests.conftest import make_user

from .helpers import PASSWORD, WRONG_PASSWORD, add_device, log_in

ATTEMPTS = reverse("admin:accounts_loginattempt_changelist")


def lock_out(username):
    client = Client()
    for _ in range(5):
        log_in(client, username, WRONG_PASSWORD)
    return client


def test_an_administrator_lifts_a_lockout_and_the_user_logs_in_again(db, client):
    make_user("bientap", roles.EDITOR)
    locked = lock_out("bientap")
    assert log_in(locked, "bientap", PASSWORD).status_code == 429

    client.force_login(make_user("quantri.donvi", roles.ADMINISTRATOR))
    listing = client.get(ATTEMPTS, {"dang_khoa": "1"})
    assert listing.status_code == 200
    assert "bientap" in listing.content.decode()
    assert "Đang bị khóa đến" in listing.content.decode()

    attempt = AccessAttempt.objects.get()
    response = client.post(ATTEMPTS, {"action": "unlock", "_selected_action": [attempt.pk]})
    assert response.status_code == 302
    assert not AccessAttempt.objects.exists()
    assert log_in(locked, "bientap", PASSWORD).status_code == 302


def test_an_editor_cannot_see_login_attempts(db, client):
    client.force_login(make_user("bientap", roles.EDITOR))
    assert client.get(ATTEMPTS).status_code == 403


def test_the_administrator_role_may_view_and_lift_but_not_forge_records(db):
    permissions = set(
        Group.objects.get(name=roles.ADMINISTRATOR)
        .permissions.filter(content_type__app_label="accounts")
        .values_list("codename", flat=True)
    )
    assert permissions == {
        "view_loginattempt",
        "delete_loginattempt",
        "view_loginrecord",
        "view_loginfailure",
        "view_twofactordevice",
        "delete_twofactordevice",
    }


def test_the_admin_shows_login_records_in_vietnamese(administrator, client):
    client.force_login(administrator)
    index = client.get(reverse("admin:index")).content.decode()
    for name in (
        "Đăng nhập và bảo mật",
        "Đăng nhập sai và khóa tạm thời",
        "Nhật ký đăng nhập",
        "Thiết bị xác thực hai bước",
    ):
        assert name in index
    assert "TOTP" not in index and "Access attempts" not in index

    log_in(Client(), "quantri", WRONG_PASSWORD)
    for url_name, headers in (
        ("admin:accounts_loginattempt_changelist", ["Thời điểm", "Địa chỉ IP", "Số lần sai"]),
        ("admin:accounts_loginfailure_changelist", ["Thời điểm", "Địa chỉ IP", "Bị khóa"]),
        ("admin:accounts_loginrecord_changelist", ["Thời điểm đăng xuất", "Trình duyệt"]),
    ):
        page = client.get(reverse(url_name)).content.decode()
        for header in headers:
            assert header in page, (url_name, header)


def test_an_administrator_removes_the_device_of_someone_who_lost_their_phone(db, client):
    device = add_device(make_user("bientap", roles.EDITOR))
    client.force_login(make_user("quantri.donvi", roles.ADMINISTRATOR))
    url = reverse("admin:accounts_twofactordevice_delete", args=[device.pk])
    assert client.post(url, {"post": "yes"}).status_code == 302
    assert not TOTPDevice.objects.exists()


def test_only_a_superuser_removes_a_superusers_device(administrator, client):
    device = add_device(administrator)
    client.force_login(make_user("quantri.donvi", roles.ADMINISTRATOR))
    url = reverse("admin:accounts_twofactordevice_delete", args=[device.pk])
    assert client.post(url, {"post": "yes"}).status_code == 403
    assert TOTPDevice.objects.exists()


def test_the_device_list_shows_no_secret(administrator, client):
    device = add_device(make_user("bientap", roles.EDITOR))
    client.force_login(administrator)
    page = client.get(reverse("admin:accounts_twofactordevice_changelist")).content.decode()
    assert "bientap" in page and "Đang dùng" in page
    assert device.key not in page
    detail = client.get(reverse("admin:accounts_twofactordevice_change", args=[device.pk]))
    assert device.key not in detail.content.decode()


def test_lifting_a_lockout_is_logged_with_who_lifted_it(db, client, caplog):
    make_user("bientap", roles.EDITOR)
    lock_out("bientap")
    admin_user = make_user("quantri.donvi", roles.ADMINISTRATOR)
    client.force_login(admin_user)
    caplog.set_level(logging.INFO, logger="portal.security")
    attempt = AccessAttempt.objects.get()
    client.post(ATTEMPTS, {"action": "unlock", "_selected_action": [attempt.pk]})
    assert (
        f"lockout_lifted user_id={admin_user.pk} username=quantri.donvi ip=127.0.0.1 "
        "locked_username=bientap locked_ip=10.0.0.1"
    ) in caplog.text

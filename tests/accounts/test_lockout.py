from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.test import Client

from portal import roles
from tests.conftest import make_user

from .helpers import PASSWORD, WRONG_PASSWORD, log_in, logged_in_user_id

LOCKED_MESSAGE = (
    "Tài khoản này tạm bị khóa đăng nhập từ địa chỉ của bạn sau 5 lần nhập sai. "
    "Hãy thử lại sau 15 phút hoặc liên hệ quản trị viên."
)


def text(response):
    return " ".join(response.content.decode().split())


@pytest.fixture
def editor_locked_out(db, client):
    """ "bientap" after five wrong passwords from 10.0.0.1."""
    user = make_user("bientap", roles.EDITOR)
    for _ in range(5):
        log_in(client, "bientap", WRONG_PASSWORD)
    return user


def test_four_wrong_passwords_only_show_the_login_error(db, client):
    make_user("bientap", roles.EDITOR)
    for _ in range(4):
        response = log_in(client, "bientap", WRONG_PASSWORD)
    assert response.status_code == 200
    assert "Bạn hãy nhập đúng" in text(response)
    assert log_in(client, "bientap", PASSWORD).status_code == 302


def test_the_fifth_wrong_password_locks_the_name_and_address(db, client):
    make_user("bientap", roles.EDITOR)
    for _ in range(4):
        log_in(client, "bientap", WRONG_PASSWORD)
    response = log_in(client, "bientap", WRONG_PASSWORD)
    assert response.status_code == 429
    assert LOCKED_MESSAGE in text(response)


def test_the_sixth_attempt_is_refused_even_with_the_right_password(editor_locked_out, client):
    response = log_in(client, "bientap", PASSWORD)
    assert response.status_code == 429
    assert LOCKED_MESSAGE in text(response)
    assert logged_in_user_id(client) is None


def test_the_same_user_can_log_in_from_another_address(editor_locked_out):
    other = Client()
    response = log_in(other, "bientap", PASSWORD, ip="10.0.0.2")
    assert response.status_code == 302
    assert logged_in_user_id(other) == str(editor_locked_out.pk)


def test_another_user_can_log_in_from_the_same_address(editor_locked_out):
    make_user("duyetbai", roles.PUBLISHER)
    other = Client()
    assert log_in(other, "duyetbai", PASSWORD).status_code == 302


def test_login_works_again_after_fifteen_minutes(editor_locked_out, client):
    AccessAttempt.objects.update(
        attempt_time=AccessAttempt.objects.get().attempt_time - timedelta(minutes=15, seconds=1)
    )
    assert log_in(client, "bientap", PASSWORD).status_code == 302
    assert logged_in_user_id(client) == str(editor_locked_out.pk)


def test_a_success_clears_the_failures_of_that_name_and_address(db, client):
    make_user("bientap", roles.EDITOR)
    for _ in range(4):
        log_in(client, "bientap", WRONG_PASSWORD)
    assert log_in(client, "bientap", PASSWORD).status_code == 302
    assert not AccessAttempt.objects.exists()


def test_behind_a_proxy_the_forwarded_address_is_the_one_locked(db, client, settings):
    settings.NUM_PROXIES = 1
    make_user("bientap", roles.EDITOR)
    for _ in range(5):
        log_in(client, "bientap", WRONG_PASSWORD, ip="10.0.0.9", HTTP_X_FORWARDED_FOR="203.0.113.7")
    assert AccessAttempt.objects.get().ip_address == "203.0.113.7"
    # Another visitor behind the same proxy is not locked out.
    other = Client()
    response = log_in(other, "bientap", PASSWORD, ip="10.0.0.9", HTTP_X_FORWARDED_FOR="203.0.113.8")
    assert response.status_code == 302


def test_the_password_is_not_stored_with_the_attempt(editor_locked_out):
    attempt = AccessAttempt.objects.get()
    assert WRONG_PASSWORD not in attempt.post_data
    assert attempt.failures_since_start == 5

import logging

import pytest

from portal import roles
from tests.conftest import make_user

from .helpers import PASSWORD, WRONG_PASSWORD, add_device, log_in, wrong_code_for


@pytest.fixture
def security_log(caplog):
    caplog.set_level(logging.INFO, logger="portal.security")

    def lines():
        return [r.getMessage() for r in caplog.records if r.name == "portal.security"]

    return lines


def test_a_failed_login_is_logged_with_name_and_address(db, client, security_log):
    make_user("bientap", roles.EDITOR)
    log_in(client, "bientap", WRONG_PASSWORD, ip="10.0.0.7")
    assert security_log() == [
        "login_failed user_id=- username=bientap ip=10.0.0.7 reason=password locked_out=no"
    ]


def test_a_successful_login_is_logged_with_the_user_id(db, client, security_log):
    user = make_user("bientap", roles.EDITOR)
    log_in(client, "bientap", PASSWORD, ip="10.0.0.7")
    assert security_log() == [f"login_succeeded user_id={user.pk} username=bientap ip=10.0.0.7"]


def test_the_lockout_shows_in_the_log(db, client, security_log):
    make_user("bientap", roles.EDITOR)
    for _ in range(5):
        log_in(client, "bientap", WRONG_PASSWORD)
    assert security_log()[-1].endswith("locked_out=yes")


def test_a_wrong_code_is_logged_as_a_failure(db, client, security_log):
    device = add_device(make_user("bientap", roles.EDITOR))
    log_in(client, "bientap", PASSWORD, code=wrong_code_for(device))
    assert security_log() == [
        "login_failed user_id=- username=bientap ip=10.0.0.1 reason=otp locked_out=no"
    ]


def test_no_password_reaches_any_log(db, client, caplog):
    caplog.set_level(logging.DEBUG)
    make_user("bientap", roles.EDITOR)
    for password in (WRONG_PASSWORD, PASSWORD):
        log_in(client, "bientap", password)
    assert "login_succeeded" in caplog.text
    assert WRONG_PASSWORD not in caplog.text and PASSWORD not in caplog.text


def test_a_forged_line_break_in_the_name_stays_on_one_line(db, client, security_log):
    log_in(client, "ai\nlogin_succeeded user_id=1", WRONG_PASSWORD)
    (line,) = security_log()
    assert "\n" not in line and "username=ai?login_succeeded" in line

"""settings.OTP_REQUIRED_FOR_ROLES: superusers and those groups must enrol before working."""

from urllib.parse import urlencode

import pytest
from django.urls import reverse

from portal import roles
from tests.conftest import make_user

from .helpers import add_device, verify_session

SETUP = reverse("accounts:two_factor")
ADMIN_PAGES = ["/quan-tri/", "/quan-tri/articles/article/", "/quan-tri/password_change/"]


@pytest.fixture
def enforced(settings):
    settings.OTP_REQUIRED_FOR_ROLES = [roles.ADMINISTRATOR, roles.PUBLISHER]


@pytest.mark.parametrize("path", ADMIN_PAGES)
def test_a_superuser_without_a_device_is_sent_to_the_setup_page(
    enforced, administrator, client, path
):
    client.force_login(administrator)
    response = client.get(path)
    assert response.status_code == 302
    assert response["Location"] == f"{SETUP}?{urlencode({'next': path})}"


def test_a_member_of_a_listed_group_is_sent_to_the_setup_page(enforced, publisher, client):
    client.force_login(publisher)
    assert client.get("/quan-tri/")["Location"].startswith(SETUP)


def test_the_setup_page_says_it_is_required(enforced, publisher, client):
    client.force_login(publisher)
    page = client.get(SETUP).content.decode()
    assert "bắt buộc dùng xác thực hai bước" in page


def test_an_editor_is_not_in_the_list_and_works_without_a_device(enforced, editor, client):
    client.force_login(editor)
    assert client.get("/quan-tri/").status_code == 200


def test_logout_stays_open(enforced, administrator, client):
    client.force_login(administrator)
    response = client.post(reverse("admin:logout"))
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session


def test_after_setting_up_a_device_the_admin_opens(enforced, publisher, client):
    device = add_device(publisher)
    client.force_login(publisher)
    verify_session(client, device)
    assert client.get("/quan-tri/").status_code == 200


def test_without_the_setting_two_step_verification_is_optional(administrator, client):
    client.force_login(administrator)
    assert client.get("/quan-tri/").status_code == 200


def test_a_superuser_must_enrol_whatever_groups_are_listed(settings, administrator, client):
    settings.OTP_REQUIRED_FOR_ROLES = [roles.PUBLISHER]
    client.force_login(administrator)
    assert client.get("/quan-tri/")["Location"].startswith(SETUP)


def test_a_group_admin_page_is_closed_too(enforced, db, client):
    client.force_login(make_user("quantri.donvi", roles.ADMINISTRATOR))
    response = client.get(reverse("admin:accounts_loginattempt_changelist"))
    assert response["Location"].startswith(SETUP)

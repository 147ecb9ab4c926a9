"""Request log: a request id on every response and log line, one line per request, and the
id on the 500 page so a visitor can quote it."""

import logging
import re

import pytest
from django.conf import settings
from django.test import Client, RequestFactory
from django.urls import reverse

from portal import search
from portal.requestlog import RequestIdFilter, request_id_var
from portal.views import server_error
from tests.conftest import make_user

pytestmark = pytest.mark.django_db

GENERATED = re.compile(r"[0-9a-f]{12}")


def request_lines(caplog):
    return [record for record in caplog.records if record.name == "portal.requests"]


@pytest.fixture
def request_log(caplog):
    caplog.set_level(logging.DEBUG, logger="portal.requests")
    return caplog


@pytest.fixture
def error_log(caplog):
    """django.request does not propagate to the root logger, where caplog listens."""
    logger = logging.getLogger("django.request")
    logger.addHandler(caplog.handler)
    yield caplog
    logger.removeHandler(caplog.handler)


@pytest.fixture
def failing_search(monkeypatch):
    def fail(*args, **kwargs):
        raise RuntimeError("search backend failed")

    monkeypatch.setattr(search, "search", fail)
    return reverse("portal:search") + "?q=nha+o"


def test_every_response_carries_a_generated_request_id(client):
    response = client.get(reverse("robots"))

    assert GENERATED.fullmatch(response["X-Request-ID"])


def test_two_requests_get_two_ids(client):
    first = client.get(reverse("robots"))["X-Request-ID"]
    second = client.get(reverse("robots"))["X-Request-ID"]

    assert first != second


@pytest.mark.parametrize("incoming", ["4f2a9c1e-77b3-4d0e-9a51-0c2d3e4f5a6b", "lb.req_42:7"])
def test_a_valid_incoming_request_id_is_echoed(client, incoming):
    response = client.get(reverse("robots"), headers={"X-Request-ID": incoming})

    assert response["X-Request-ID"] == incoming


@pytest.mark.parametrize(
    "hostile",
    [
        "x" * 65,  # too long
        "abc",  # too short to be anyone's id
        "<script>alert(1)</script>",
        "abcdef\nINFO forged log line",
        "abcdef gh",
        "-leading-dash",
    ],
)
def test_a_hostile_incoming_request_id_is_replaced(client, hostile, request_log):
    response = client.get(reverse("robots"), headers={"X-Request-ID": hostile})

    assert GENERATED.fullmatch(response["X-Request-ID"])
    assert hostile not in request_log.text


def test_one_log_line_per_request_with_method_path_status_time_user_and_id(client, request_log):
    response = client.get(reverse("portal:search") + "?q=nguyen+van+a&loai=question")

    [line] = request_lines(request_log)
    assert line.levelno == logging.INFO
    assert (line.method, line.path, line.status) == ("GET", "/tim-kiem/", 200)
    assert line.duration_ms >= 0
    assert line.user_id == "-"
    assert line.request_id == response["X-Request-ID"]
    message = line.getMessage()
    assert message.startswith("GET /tim-kiem/ 200 ") and message.endswith("ms user=-")
    assert "nguyen" not in message  # the query string can hold personal data


def test_the_log_line_names_the_signed_in_user(client, request_log):
    user = make_user("bientap.log")
    client.force_login(user)

    client.get(reverse("admin:index"))

    [line] = request_lines(request_log)
    assert line.user_id == user.pk
    assert line.getMessage().endswith(f"user={user.pk}")


def test_a_missing_page_is_logged_with_its_status(client, request_log):
    client.get("/khong-co-trang-nay/")

    [line] = request_lines(request_log)
    assert (line.status, line.levelno) == (404, logging.INFO)


def test_static_files_and_the_health_check_are_logged_quietly(client, request_log):
    client.get(reverse("portal:healthz"))
    client.get(settings.STATIC_URL + "img/favicon.svg")

    lines = request_lines(request_log)
    assert [line.levelno for line in lines] == [logging.DEBUG, logging.DEBUG]


def test_a_failing_view_shows_the_request_id_that_is_in_the_error_log(failing_search, error_log):
    client = Client(raise_request_exception=False)

    response = client.get(failing_search)

    assert response.status_code == 500
    request_id = response["X-Request-ID"]
    html = response.content.decode()
    assert f"Mã sự cố: <code>{request_id}</code>" in html
    assert "khi liên hệ với cơ quan, xin cho biết mã này" in html
    [error] = [record for record in error_log.records if record.name == "django.request"]
    assert error.levelno == logging.ERROR
    assert error.request_id == request_id
    assert error.exc_info[0] is RuntimeError


def test_a_failing_request_is_logged_once_with_status_500(failing_search, request_log):
    Client(raise_request_exception=False).get(failing_search)

    [line] = request_lines(request_log)
    assert line.status == 500


@pytest.mark.django_db(databases=[])
def test_the_500_page_renders_without_the_database():
    # No database access is allowed in this test: any query would fail it.
    token = request_id_var.set("a1b2c3d4e5f6")
    try:
        response = server_error(RequestFactory().get("/"))
    finally:
        request_id_var.reset(token)

    assert response.status_code == 500
    assert "Mã sự cố: <code>a1b2c3d4e5f6</code>" in response.content.decode()


def test_log_records_outside_a_request_carry_a_dash():
    record = logging.LogRecord("portal", logging.INFO, __file__, 1, "ghi chú", None, None)

    RequestIdFilter().filter(record)

    assert record.request_id == "-"


def test_the_console_format_carries_the_request_id():
    record = logging.LogRecord("portal", logging.WARNING, __file__, 1, "ghi chú", None, None)
    token = request_id_var.set("a1b2c3d4e5f6")
    try:
        RequestIdFilter().filter(record)
    finally:
        request_id_var.reset(token)
    formatter = logging.Formatter(settings.LOGGING["formatters"]["portal"]["format"])

    assert "[a1b2c3d4e5f6] ghi chú" in formatter.format(record)

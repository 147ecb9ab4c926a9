"""Read-only, anonymous, JSON everywhere, throttled per client, answering in Vietnamese."""

import pytest
from rest_framework.throttling import AnonRateThrottle

from tests.api.conftest import API, get_json

pytestmark = pytest.mark.django_db

LIST_PATHS = [
    "campaigns/",
    "programs/",
    "indicators/",
    "units/",
    "outcomes/",
    "documents/",
    "articles/",
]


def detail_paths(world):
    return [
        f"campaigns/{world.campaign.slug}/",
        f"programs/{world.program.slug}/",
        f"indicators/{world.households.code}/",
        f"units/{world.kim_son.pk}/",
        f"outcomes/{world.kim_son_2023.pk}/",
        f"documents/{world.document.slug}/",
        f"articles/{world.article.slug}/",
    ]


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_writes_are_405_on_every_endpoint(client, world, method):
    for path in ["", *LIST_PATHS, *detail_paths(world), "schema/"]:
        response = getattr(client, method)(f"{API}{path}", {}, content_type="application/json")
        assert response.status_code == 405, path
        detail = response.json()["detail"]
        assert detail == f"Phương thức “{method.upper()}” không được chấp nhận."


def test_writes_change_nothing_even_for_a_logged_in_administrator(client, world, administrator):
    client.force_login(administrator)
    path = f"{API}outcomes/{world.kim_son_2023.pk}/"
    assert client.delete(path).status_code == 405
    assert client.put(path, {"value": "1"}, content_type="application/json").status_code == 405
    world.kim_son_2023.refresh_from_db()
    assert world.kim_son_2023.value == 120


def test_too_many_requests_are_429_in_vietnamese(client, world, monkeypatch):
    monkeypatch.setattr(AnonRateThrottle, "THROTTLE_RATES", {"anon": "3/minute"})
    for _ in range(3):
        assert client.get(f"{API}outcomes/").status_code == 200
    response = client.get(f"{API}units/")
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    detail = response.json()["detail"]
    assert detail.startswith("Bạn gửi quá nhiều yêu cầu. Hãy thử lại sau ")
    assert detail.endswith(" giây.")


def test_throttling_counts_each_client_separately(client, world, monkeypatch):
    monkeypatch.setattr(AnonRateThrottle, "THROTTLE_RATES", {"anon": "2/minute"})
    for _ in range(2):
        client.get(f"{API}units/", REMOTE_ADDR="203.0.113.7")
    assert client.get(f"{API}units/", REMOTE_ADDR="203.0.113.7").status_code == 429
    assert client.get(f"{API}units/", REMOTE_ADDR="203.0.113.8").status_code == 200


def test_unknown_api_address_is_a_json_404(client, db):
    response = client.get(f"{API}khong-co/")
    assert response.status_code == 404
    assert response.json() == {"detail": "Không tìm thấy."}


def test_unknown_detail_is_a_404_in_vietnamese(client, world):
    for path in ["campaigns/khong-co/", "units/999999/", "outcomes/999999/"]:
        assert get_json(client, path, status=404) == {"detail": "Không tìm thấy."}


def test_every_answer_links_the_license_and_the_schema(client, world, settings):
    for path in [*LIST_PATHS, *detail_paths(world)]:
        response = client.get(f"{API}{path}")
        assert response["Link"] == (
            f'<{settings.OPEN_DATA_LICENSE_URL}>; rel="license", '
            f'<http://testserver{API}schema/>; rel="describedby"'
        )


def test_answers_are_json_only(client, world):
    assert client.get(f"{API}units/")["Content-Type"] == "application/json"
    response = client.get(f"{API}units/", HTTP_ACCEPT="application/xml")
    assert response.status_code == 406
    assert response.json() == {"detail": "API chỉ trả lời bằng JSON (application/json)."}


def test_schema_is_served_as_openapi_json(client, db):
    response = client.get(f"{API}schema/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/vnd.oai.openapi+json"
    assert response["Content-Disposition"] == 'inline; filename="openapi-v1.json"'
    schema = response.json()
    assert schema["openapi"] == "3.1.0"
    assert schema["info"]["title"] == "API dữ liệu mở"


@pytest.mark.parametrize("lookup", ["%00", "a%00b", "%E1%BA%A1", "a" * 300])
def test_malformed_identifier_is_a_404_not_a_database_error(client, world, lookup):
    for resource in ("campaigns", "indicators", "documents", "units", "outcomes"):
        response = client.get(f"{API}{resource}/{lookup}/")
        assert response.status_code == 404
        assert response.json() == {"detail": "Không tìm thấy."}

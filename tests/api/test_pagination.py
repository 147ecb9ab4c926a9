"""Page-number pagination: count, next, previous, results; `page_size` up to 500."""

import pytest

from programs.models import AdministrativeUnit
from tests.api.conftest import API, get_json

pytestmark = pytest.mark.django_db


@pytest.fixture
def many_units(db):
    AdministrativeUnit.objects.bulk_create(
        AdministrativeUnit(name=f"Xã số {n:03}", level="xa", position=n) for n in range(1, 121)
    )


def test_list_answers_count_next_previous_and_results(client, many_units):
    body = get_json(client, "units/")
    assert body["count"] == 120
    assert len(body["results"]) == 50
    assert body["previous"] is None
    assert body["next"] == f"http://testserver{API}units/?page=2"


def test_pages_follow_each_other_without_gaps_or_repeats(client, many_units):
    seen, url = [], f"{API}units/?page_size=40"
    while url:
        body = client.get(url).json()
        seen += [unit["id"] for unit in body["results"]]
        url = body["next"]
    assert len(seen) == len(set(seen)) == 120


def test_page_size_is_honoured(client, many_units):
    body = get_json(client, "units/", page_size=7, page=2)
    assert [u["name"] for u in body["results"]] == [f"Xã số {n:03}" for n in range(8, 15)]
    assert body["previous"].endswith("units/?page_size=7")


def test_page_size_is_capped_at_500(client, db):
    AdministrativeUnit.objects.bulk_create(
        AdministrativeUnit(name=f"Thôn {n}", level="xa") for n in range(501)
    )
    body = get_json(client, "units/", page_size=10000)
    assert body["count"] == 501
    assert len(body["results"]) == 500


def test_page_past_the_end_is_a_404_in_vietnamese(client, many_units):
    assert get_json(client, "units/", status=404, page=99) == {"detail": "Không có trang “99”."}

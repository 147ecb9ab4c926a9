"""Approved figures and corrections reach the cached public pages on the very next request
(portal/pagecache.py)."""

from decimal import Decimal

import pytest
from django.urls import reverse

from portal import pagecache
from programs import services
from programs.models import Outcome
from tests.programs.factories import make_outcome

# Changes must really commit: the generation is renewed when the transaction commits.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PAGES = {
    "programme": lambda program: program.get_absolute_url(),
    "campaign": lambda program: program.campaign.get_absolute_url(),
    "figures": lambda program: reverse("programs:figures"),
}


@pytest.fixture(autouse=True)
def cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 600


def page(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response


@pytest.mark.parametrize("name", PAGES)
def test_an_approval_shows_on_the_next_request(
    client, program, households, unit_a, unit_b, official_a, approver, name
):
    make_outcome(households, unit_b, 2023, Decimal("300"))
    submitted = make_outcome(
        households, unit_a, 2023, Decimal("495"), status=Outcome.Status.SUBMITTED, by=official_a
    )
    url = PAGES[name](program)
    assert "795" not in page(client, url).content.decode()
    assert page(client, url)[pagecache.HIT_HEADER] == "hit"

    services.outcome_approve(outcome=submitted, user=approver)

    response = page(client, url)
    assert response[pagecache.HIT_HEADER] == "miss"
    assert "795 hộ" in response.content.decode()


def test_a_correction_shows_on_the_next_request(
    client, program, households, unit_a, unit_b, approver, admin_user
):
    make_outcome(households, unit_b, 2023, Decimal("300"))
    approved = make_outcome(households, unit_a, 2023, Decimal("495"))
    url = program.get_absolute_url()
    assert "795 hộ" in page(client, url).content.decode()

    services.outcome_correct(
        outcome=approved, user=admin_user, new_value="500", reason="Sai số liệu tổng hợp"
    )

    assert "800 hộ" in page(client, url).content.decode()


def test_a_programme_page_answers_304_until_it_changes(client, program, households, unit_a):
    url = program.get_absolute_url()
    etag = page(client, url)["ETag"]
    assert client.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 304

    make_outcome(households, unit_a, 2023, Decimal("495"))

    assert client.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 200

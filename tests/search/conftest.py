"""Helpers of the search tests: ask /tim-kiem/ and read what it found."""

from datetime import timedelta

import pytest
from django.db import connection
from django.urls import reverse
from django.utils import timezone

SEARCH_URL = reverse("portal:search")

postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="typo tolerance uses PostgreSQL's pg_trgm"
)


def ago(**delta):
    return timezone.now() - timedelta(**delta)


def ahead(**delta):
    return timezone.now() + timedelta(**delta)


def search_page(client, q=None, **params):
    """The results page for `q` (and loai/nam/trang), which must answer 200."""
    data = {key: value for key, value in {"q": q, **params}.items() if value is not None}
    response = client.get(SEARCH_URL, data)
    assert response.status_code == 200
    return response


def titles(response):
    """Titles of the results on this page, best first."""
    return [result["entry"].title for result in response.context["results"]]


def found(client, q, **params):
    return titles(search_page(client, q, **params))


def total(response):
    return response.context["paginator"].count


def html(response):
    return response.content.decode()

"""The English section: its own language, English headings, a way back to Vietnamese."""

import pytest
from django.urls import reverse

from tests.organization.factories import make_english_page, make_english_settings
from tests.organization.helpers import get_page, h1s, headings, queries_of

pytestmark = pytest.mark.django_db

HOME_URL = reverse("organization:english")


def test_english_home_is_marked_english_with_english_headings(client):
    make_english_settings(department_name="Ninh Binh Department of Labour")
    make_english_page("Functions and duties", summary="What the Department does.")

    page = get_page(client, HOME_URL)

    assert page.startswith('<!doctype html>\n<html lang="en">')
    assert h1s(page) == ["Ninh Binh Department of Labour"]
    assert headings(page)[:2] == ["About us", "Contact"]
    assert "What the Department does." in page


def test_english_pages_link_back_to_vietnamese_in_vietnamese(client):
    page = get_page(client, HOME_URL)

    assert f'<a href="{reverse("portal:home")}" lang="vi" hreflang="vi">Tiếng Việt</a>' in page
    assert '<nav class="breadcrumbs" aria-label="Breadcrumb">' in page


def test_english_home_shows_contacts_in_english(client):
    make_english_settings(
        address="Le Hong Phong Street, Ninh Binh",
        phone="+84 229 3871 230",
        email="contact@example.gov.vn",
        office_hours="Monday to Friday",
    )

    page = get_page(client, HOME_URL)

    assert "Address: Le Hong Phong Street, Ninh Binh" in page
    assert 'Telephone: <a href="tel:+842293871230">+84 229 3871 230</a>' in page
    assert 'Email: <a href="mailto:contact@example.gov.vn">' in page
    assert "Office hours: Monday to Friday" in page


def test_english_home_works_before_anyone_fills_the_settings(client):
    page = get_page(client, HOME_URL)

    assert h1s(page) == ["Official web portal"]


def test_english_page_has_lang_en_one_h1_and_its_body(client):
    make_english_settings()
    english = make_english_page("Organisation", body="<h2>Leadership</h2><p>A Director.</p>")

    page = get_page(client, english.get_absolute_url())

    assert '<html lang="en">' in page
    assert h1s(page) == ["Organisation"]
    assert "<h2>Leadership</h2>" in page
    assert "<title>Organisation - Department of Labour" in page
    assert f'<a href="{english.get_absolute_url()}" aria-current="page">Organisation</a>' in page
    assert 'lang="vi" hreflang="vi">Tiếng Việt</a>' in page


def test_hidden_english_page_is_not_found_and_not_listed(client):
    hidden = make_english_page("Draft history page", is_public=False)

    assert client.get(hidden.get_absolute_url()).status_code == 404
    assert "Draft history page" not in get_page(client, HOME_URL)


def test_vietnamese_pages_stay_vietnamese(client):
    assert '<html lang="vi">' in get_page(client, reverse("organization:about"))


def test_english_queries_do_not_grow_with_pages(client):
    make_english_settings()
    pages = [make_english_page() for _ in range(2)]
    few = [queries_of(client, HOME_URL), queries_of(client, pages[0].get_absolute_url())]
    for _ in range(5):
        make_english_page()

    assert [queries_of(client, HOME_URL), queries_of(client, pages[0].get_absolute_url())] == few

"""Text size and high contrast that persist across pages with and without JavaScript, and
the mourning mode of the site settings."""

import pytest
from django.conf import settings
from django.urls import reverse

from portal.models import SiteSettings

pytestmark = pytest.mark.django_db
URL = reverse("portal:reading")


def html_tag(client, path="/"):
    page = client.get(path).content.decode()
    return page[page.index("<html") : page.index(">", page.index("<html")) + 1]


def test_pages_have_no_reading_class_by_default(client):
    assert html_tag(client) == '<html lang="vi">'


def test_a_text_size_link_sets_a_cookie_and_returns_to_the_page(client):
    response = client.get(URL, {"co-chu": "lon", "next": "/tin-tuc/"})

    assert response.status_code == 302
    assert response["Location"] == "/tin-tuc/"
    assert response.cookies["co_chu"].value == "lon"
    assert response.cookies["co_chu"]["samesite"] == "Lax"
    assert response.cookies["co_chu"]["max-age"] == 365 * 24 * 3600


def test_the_chosen_text_size_applies_to_every_page_after(client):
    client.get(URL, {"co-chu": "rat-lon", "next": "/"})

    assert 'class="text-xlarge"' in html_tag(client, "/")
    assert 'class="text-xlarge"' in html_tag(client, "/tin-tuc/")


def test_high_contrast_and_text_size_combine(client):
    client.get(URL, {"co-chu": "lon"})
    client.get(URL, {"tuong-phan": "cao"})

    assert 'class="text-large contrast-high"' in html_tag(client)


def test_high_contrast_can_be_turned_off_again(client):
    client.get(URL, {"tuong-phan": "cao"})
    page = client.get("/").content.decode()
    assert "tuong-phan=thuong" in page  # the control now offers to switch it off

    client.get(URL, {"tuong-phan": "thuong"})

    assert "contrast-high" not in html_tag(client)


def test_the_controls_are_plain_links_that_mark_the_current_choice(client):
    client.get(URL, {"co-chu": "lon"})
    page = client.get("/van-ban/?nam=2024").content.decode()

    assert 'href="/tro-nang/?co-chu=lon&amp;next=/van-ban/%3Fnam%3D2024"' in page
    assert 'data-value="lon" title="Chữ lớn" aria-current="true"' in page
    assert "Tương phản cao" in page


@pytest.mark.parametrize(
    "target", ["https://evil.example/", "//evil.example/x", "javascript:alert(1)"]
)
def test_the_return_address_never_leaves_the_site(client, target):
    response = client.get(URL, {"co-chu": "lon", "next": target})

    assert response["Location"] == "/"


def test_unknown_values_are_ignored_and_never_break_a_page(client):
    response = client.get(URL, {"co-chu": "<script>", "tuong-phan": "x" * 500})
    assert response.status_code == 302
    assert "co_chu" not in response.cookies
    client.cookies["co_chu"] = '"><script>alert(1)</script>'

    assert html_tag(client) == '<html lang="vi">'


def test_the_reading_aid_answer_is_never_cached(client):
    response = client.get(URL, {"co-chu": "lon"})

    assert "no-store" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


def test_robots_and_search_engines_are_not_invited_to_follow_the_controls(client):
    page = client.get("/").content.decode()

    assert page.count('rel="nofollow" data-reading=') == 4


def test_mourning_mode_turns_the_public_site_grey(client):
    SiteSettings.objects.create(department_name="Sở Lao động", mourning_mode=True)

    assert html_tag(client) == '<html lang="vi" class="mourning">'
    css = (settings.BASE_DIR / "static" / "css" / "site.css").read_text()
    assert "html.mourning body { filter: grayscale(1); }" in css


def test_mourning_mode_is_off_by_default(client):
    SiteSettings.objects.create(department_name="Sở Lao động")

    assert "mourning" not in html_tag(client)

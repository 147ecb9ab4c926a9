"""organization.sitemaps lists the section's public pages only."""

import pytest
from django.contrib.sitemaps import views as sitemap_views
from django.test import RequestFactory
from django.urls import reverse

from organization.sitemaps import sitemaps
from tests.organization.factories import make_about_page, make_english_page

pytestmark = pytest.mark.django_db


def sitemap_xml():
    response = sitemap_views.sitemap(RequestFactory().get("/sitemap.xml"), sitemaps=sitemaps)
    response.render()
    return response.content.decode()


def test_sitemap_lists_the_fixed_and_public_pages():
    about = make_about_page("Chức năng, nhiệm vụ")
    english = make_english_page("Functions and duties")

    xml = sitemap_xml()

    for url in (
        reverse("organization:about"),
        reverse("organization:leaders"),
        reverse("organization:departments"),
        reverse("organization:schedule"),
        reverse("organization:english"),
        about.get_absolute_url(),
        english.get_absolute_url(),
    ):
        assert f"<loc>http://testserver{url}</loc>" in xml


def test_sitemap_leaves_hidden_pages_out():
    hidden = make_about_page("Trang nháp", is_public=False)
    hidden_english = make_english_page("Draft", is_public=False)

    xml = sitemap_xml()

    assert hidden.get_absolute_url() not in xml
    assert hidden_english.get_absolute_url() not in xml

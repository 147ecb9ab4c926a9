"""{% web_links %}: active links in the editors' order, marked as leading outside, cached."""

import re

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError
from django.template import Context, Template
from django.test import RequestFactory

from organization.models import WebLink
from tests.organization.factories import make_link

pytestmark = pytest.mark.django_db

TEMPLATE = Template("{% load organization_tags %}{% web_links %}")


def render(host="testserver"):
    request = RequestFactory().get("/", HTTP_HOST=host)
    return TEMPLATE.render(Context({"request": request}))


def link_names(html):
    return [re.sub(r"<[^>]+>.*", "", name) for name in re.findall(r"<a [^>]*>(.*?)</a>", html)]


def test_renders_active_links_only_in_order():
    make_link("Bộ Y tế", "https://moh.gov.vn/", position=3)
    make_link("Cổng thông tin điện tử Chính phủ", "https://chinhphu.vn/", position=1)
    make_link("Bộ Nội vụ", "https://moha.gov.vn/", position=2)
    make_link("Trang cũ", "https://molisa.gov.vn/", position=0, is_active=False)

    html = render()

    assert '<nav class="web-links" aria-label="Liên kết website">' in html
    assert link_names(html) == ["Cổng thông tin điện tử Chính phủ", "Bộ Nội vụ", "Bộ Y tế"]
    assert "molisa" not in html


def test_links_to_other_sites_say_they_lead_outside():
    make_link("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn/")

    html = render()

    anchor = re.search(r'<a href="https://dichvucong.gov.vn/"[^>]*>(.*?)</a>', html)
    assert 'rel="noopener"' in anchor[0]
    assert '<span class="visually-hidden"> (trang ngoài)</span>' in anchor[1]


def test_a_link_to_this_site_is_not_marked_external(settings):
    settings.ALLOWED_HOSTS = ["sldtbxh.example.gov.vn"]
    make_link("Văn bản của Sở", "https://sldtbxh.example.gov.vn/van-ban/")

    html = render(host="sldtbxh.example.gov.vn")

    assert "noopener" not in html
    assert "trang ngoài" not in html


def test_links_are_grouped_under_their_group_names():
    make_link("Chính phủ", group="Cơ quan Trung ương", position=1)
    make_link("Tỉnh", group="Tỉnh Ninh Bình", position=2)
    make_link("Bộ Nội vụ", group="Cơ quan Trung ương", position=3)

    html = render()

    assert re.findall(r"<h3[^>]*>(.*?)</h3>", html) == ["Cơ quan Trung ương", "Tỉnh Ninh Bình"]
    assert link_names(html) == ["Chính phủ", "Bộ Nội vụ", "Tỉnh"]


def test_renders_nothing_without_active_links():
    make_link(is_active=False)

    assert render() == ""


def test_costs_one_query_whatever_the_number_of_links(django_assert_num_queries):
    for _ in range(12):
        make_link(group="Cơ quan Trung ương")
    with django_assert_num_queries(1):
        render()


def test_costs_no_query_while_cached(django_assert_num_queries):
    make_link()
    render()
    with django_assert_num_queries(0):
        assert "Trang liên kết" in render()


def test_saving_or_deleting_a_link_refreshes_the_block():
    link = make_link("Tên cũ")
    assert "Tên cũ" in render()

    link.name = "Tên mới"
    link.save()
    assert "Tên mới" in render()

    link.delete()
    assert render() == ""


def test_deleting_in_bulk_refreshes_the_block():
    make_link("Một")
    make_link("Hai")
    assert "Hai" in render()

    WebLink.objects.all().delete()

    assert render() == ""


@pytest.mark.parametrize(
    "url", ["javascript:alert(1)", "ftp://files.example.gov.vn/", "//chinhphu.vn", "chinhphu"]
)
def test_only_web_addresses_are_accepted(url):
    with pytest.raises(ValidationError):
        WebLink(name="Lạ", url=url).full_clean()


def test_the_database_refuses_other_schemes():
    with pytest.raises(IntegrityError):
        WebLink.objects.create(name="Lạ", url="javascript:alert(1)")

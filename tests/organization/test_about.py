"""The "Giới thiệu" pages: overview, editable pages, leaders and units, public rows only."""

import re

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError
from django.urls import reverse

from organization.models import AboutPage, Department
from portal.models import SiteSettings
from tests.organization.factories import make_about_page, make_department, make_leader
from tests.organization.helpers import get_page, h1s, headings, queries_of

pytestmark = pytest.mark.django_db

ABOUT_URL = reverse("organization:about")
LEADERS_URL = reverse("organization:leaders")
DEPARTMENTS_URL = reverse("organization:departments")


def test_overview_has_one_vietnamese_h1_and_links_every_sub_page(client):
    page_ = make_about_page("Chức năng, nhiệm vụ", summary="Vị trí và chức năng của Sở.")

    page = get_page(client, ABOUT_URL)

    assert h1s(page) == ["Giới thiệu"]
    for url in (page_.get_absolute_url(), LEADERS_URL, DEPARTMENTS_URL):
        assert f'href="{url}"' in page
    assert f'href="{reverse("organization:schedule")}"' in page
    assert "Vị trí và chức năng của Sở." in page


def test_overview_shows_the_agency_contacts_as_links(client):
    SiteSettings.objects.create(
        department_name="Sở Lao động - Thương binh và Xã hội",
        phone="0229 3871 230",
        email="sldtbxh@ninhbinh.gov.vn",
    )

    page = get_page(client, ABOUT_URL)

    assert 'href="tel:02293871230"' in page
    assert 'href="mailto:sldtbxh@ninhbinh.gov.vn"' in page


def test_the_about_url_puts_the_section_in_the_main_menu(client):
    page = get_page(client, reverse("portal:home"))

    assert f'<a href="{ABOUT_URL}">Giới thiệu</a>' in page


def test_about_page_shows_its_body_under_one_h1_with_breadcrumbs(client):
    about = make_about_page(
        "Cơ cấu tổ chức", body="<h2>Lãnh đạo Sở</h2><p>Giám đốc và các Phó Giám đốc.</p>"
    )

    page = get_page(client, about.get_absolute_url())

    assert h1s(page) == ["Cơ cấu tổ chức"]
    assert "Giám đốc và các Phó Giám đốc." in page
    assert 'aria-label="Vị trí trang"' in page
    assert f'<a href="{about.get_absolute_url()}" aria-current="page">' in page


def test_hidden_about_page_is_not_found_and_not_listed(client):
    hidden = make_about_page("Trang đang soạn", is_public=False)

    assert client.get(hidden.get_absolute_url()).status_code == 404
    assert "Trang đang soạn" not in get_page(client, ABOUT_URL)
    assert "Trang đang soạn" not in get_page(client, LEADERS_URL)


def test_about_page_slug_is_filled_from_the_vietnamese_title():
    assert make_about_page("Chức năng, nhiệm vụ").slug == "chuc-nang-nhiem-vu"


def test_about_page_never_takes_a_path_of_the_fixed_pages():
    assert make_about_page("Lãnh đạo").slug == "lanh-dao-2"
    with pytest.raises(ValidationError):
        AboutPage(title="Lãnh đạo", slug="lanh-dao", body="<p>x</p>").full_clean()
    with pytest.raises(IntegrityError):
        AboutPage.objects.create(title="Đơn vị", slug="don-vi-truc-thuoc", body="<p>x</p>")


def test_about_page_body_is_sanitised():
    about = make_about_page(body='<p>Chào</p><script>alert(1)</script><a href="javascript:x">a</a>')

    assert "<script" not in about.body
    assert "javascript:" not in about.body


# Leaders


def test_leaders_page_lists_current_leaders_in_order_with_contacts(client):
    deputy = make_leader("Trần Thị Hoa", position=2, phone="0229 3871 230 (máy lẻ 102)")
    director = make_leader(
        "Nguyễn Văn Minh",
        title="Giám đốc Sở",
        position=1,
        email="sldtbxh@ninhbinh.gov.vn",
        responsibilities="Lãnh đạo chung\nTổ chức cán bộ",
    )
    make_leader("Lê Văn Cũ", is_current=False)

    page = get_page(client, LEADERS_URL)

    assert h1s(page) == ["Lãnh đạo Sở"]
    names = [h for h in headings(page) if h in (director.full_name, deputy.full_name)]
    assert names == ["Nguyễn Văn Minh", "Trần Thị Hoa"]
    assert "Lê Văn Cũ" not in page
    assert 'href="tel:02293871230">0229 3871 230 (máy lẻ 102)</a>' in page
    assert 'href="mailto:sldtbxh@ninhbinh.gov.vn"' in page
    assert "<li>Tổ chức cán bộ</li>" in page


def test_leader_photos_have_the_name_as_alt_text_and_dimensions(client):
    make_leader("Nguyễn Văn Minh", photo=True, position=1)
    make_leader("Trần Thị Hoa", photo=True, position=2)

    page = get_page(client, LEADERS_URL)

    images = re.findall(r"<img [^>]*>", page)
    photos = [tag for tag in images if "lanh-dao/" in tag]
    assert len(photos) == 2
    assert 'alt="Nguyễn Văn Minh"' in photos[0] and 'alt="Trần Thị Hoa"' in photos[1]
    for tag in photos:
        assert re.search(r'width="\d+" height="\d+"', tag)
    assert 'loading="lazy"' in photos[1]
    assert page.count('<source type="image/webp"') == 2


def test_leaders_page_queries_do_not_grow_with_leaders(client):
    for _ in range(2):
        make_leader(photo=False)
    few = queries_of(client, LEADERS_URL)
    for _ in range(5):
        make_leader()

    assert queries_of(client, LEADERS_URL) == few


# Units


def test_departments_page_groups_public_units_by_kind_with_contacts(client):
    make_department(
        "Văn phòng Sở",
        head_name="Đỗ Thị Lan",
        phone="0229 3871 230 (máy lẻ 111)",
        email="vanphong@example.gov.vn",
        functions="Tham mưu tổng hợp.\nHành chính, văn thư.",
    )
    make_department("Trung tâm Dịch vụ việc làm", kind=Department.Kind.SERVICE_UNIT)
    make_department("Phòng đã giải thể", is_public=False)

    page = get_page(client, DEPARTMENTS_URL)

    assert h1s(page) == ["Đơn vị trực thuộc"]
    assert headings(page)[:2] == ["Cơ quan tham mưu, giúp việc", "Đơn vị sự nghiệp trực thuộc"]
    assert headings(page, 3) == ["Văn phòng Sở", "Trung tâm Dịch vụ việc làm"]
    assert "Phòng đã giải thể" not in page
    assert 'id="van-phong-so"' in page
    assert 'href="tel:02293871230"' in page
    assert 'href="mailto:vanphong@example.gov.vn"' in page
    assert "<p>Tham mưu tổng hợp.<br>Hành chính, văn thư.</p>" in page


@pytest.mark.parametrize("url", [ABOUT_URL, DEPARTMENTS_URL])
def test_section_pages_queries_do_not_grow_with_rows(client, url):
    for _ in range(2):
        make_department()
        make_about_page()
    few = queries_of(client, url)
    for _ in range(5):
        make_department()
        make_about_page()

    assert queries_of(client, url) == few


def test_about_page_queries_do_not_grow_with_other_pages(client):
    about = make_about_page("Chức năng, nhiệm vụ")
    make_about_page()
    few = queries_of(client, about.get_absolute_url())
    for _ in range(5):
        make_about_page()

    assert queries_of(client, about.get_absolute_url()) == few

"""The site header (portal/chrome.py, written in Python): every value escaped, the current
section and category marked, the search box refilled on the results page only."""

import pytest

from articles.models import Category
from portal.models import SiteSettings
from tests.conftest import make_article

pytestmark = pytest.mark.django_db


def header(client, path, **extra):
    html = client.get(path, **extra).content.decode()
    start = html.index('<header class="site-header"')
    return html[start : html.index("</header>", start)]


def test_text_from_the_settings_is_escaped(client):
    SiteSettings.objects.create(
        department_name='Sở <b>"Lao động"</b>',
        parent_body="UBND <i>tỉnh</i>",
        welcome_line="Chào <script>alert(1)</script>",
        one_stop_url="https://dichvucong.gov.vn/?a=1&b=2",
        one_stop_label="Dịch vụ công <em>",
    )
    html = header(client, "/")
    assert "<script>" not in html and "<b>" not in html and "<i>" not in html
    assert "Sở &lt;b&gt;&quot;Lao động&quot;&lt;/b&gt;" in html
    assert "Chào &lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert 'href="https://dichvucong.gov.vn/?a=1&amp;b=2"' in html
    assert "Dịch vụ công &lt;em&gt;" in html


def test_the_search_box_keeps_the_query_on_the_results_page_only(client):
    results = header(client, "/tim-kiem/?q=%22%3E%3Cscript%3Ex")
    assert 'value="&quot;&gt;&lt;script&gt;x"' in results
    assert 'value=""' in header(client, "/?q=giam+ngheo")


def test_the_current_section_and_category_are_marked(client, category):
    other = Category.objects.create(name="Trẻ em", slug="tre-em-moi", show_in_menu=True)
    article = make_article(category)
    html = header(client, article.get_absolute_url())
    assert f'<a href="{category.get_absolute_url()}" aria-current="page">' in html
    assert f'<a href="{other.get_absolute_url()}">' in html
    assert '<a href="/tin-tuc/" aria-current="true">Tin tức</a>' in html  # a sub-page
    assert '<a href="/" aria-current="page">Trang chủ</a>' in header(client, "/")
    assert '<a href="/van-ban/" aria-current="page">Văn bản</a>' in header(client, "/van-ban/")


def test_the_reading_aids_show_the_visitor_s_choice_and_come_back_here(client):
    client.cookies["co_chu"] = "lon"
    client.cookies["tuong_phan"] = "cao"
    html = header(client, "/van-ban/?loai=a&b=%22")
    back = "next=/van-ban/%3Floai%3Da%26b%3D%2522"
    assert f'href="/tro-nang/?co-chu=lon&amp;{back}"' in html
    assert 'data-value="lon" title="Chữ lớn" aria-current="true"' in html
    assert 'data-value="thuong" title="Cỡ chữ thường">' in html
    assert 'Tương phản cao<span class="visually-hidden">: đang bật, chọn để tắt' in html


def test_the_english_pages_say_the_header_is_vietnamese(client):
    assert header(client, "/en/").startswith('<header class="site-header" lang="vi">')
    assert header(client, "/").startswith('<header class="site-header">')

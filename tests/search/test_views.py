"""The results page at /tim-kiem/: what each result shows, paging, filters, messages, hostile
input, and the search box in every page's header."""

import html as html_lib
import re
import unicodedata
from datetime import datetime, timedelta
from io import StringIO
from urllib.parse import parse_qs

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from tests.conftest import make_article
from tests.documents.factories import make_document, make_document_type
from tests.search.conftest import SEARCH_URL, ago, found, html, search_page, titles, total

pytestmark = pytest.mark.django_db


def results_list(response):
    match = re.search(
        r'<ol class="document-list search-results"[^>]*>(.*?)</ol>', html(response), re.S
    )
    assert match, "no result list on the page"
    return match.group(1)


def in_year(year, **delta):
    """Mid-June of `year` in the site's time zone, well away from New Year."""
    return timezone.make_aware(datetime(year, 6, 15, 12)) - timedelta(**delta)


# What a result shows


def test_result_shows_type_label_date_and_title_link(client):
    published_at = ago(days=2)
    article = make_article(title="Khuyến nông vùng cao", published_at=published_at)

    results = results_list(search_page(client, "khuyen nong"))

    assert '<span class="search-kind">Tin bài</span>' in results
    assert timezone.localtime(published_at).strftime("%d/%m/%Y") in results
    assert f'<a href="{article.get_absolute_url()}">' in results


def test_result_title_marks_the_matched_words(client):
    make_article(title="Khuyến nông vùng cao")

    results = results_list(search_page(client, "khuyen nong"))

    assert "<mark>Khuyến</mark> <mark>nông</mark> vùng cao" in results


def test_result_snippet_marks_the_matched_words(client):
    make_article(title="Tập huấn", summary="Lớp khuyến nông cho bà con xã Kim Chính.")

    results = results_list(search_page(client, "khuyen nong"))

    assert "Lớp <mark>khuyến</mark> <mark>nông</mark> cho bà con xã Kim Chính." in results


def test_script_text_in_a_body_is_shown_escaped(client):
    make_article(
        title="Cảnh báo mã độc",
        body="<p>Đừng dán &lt;script&gt;alert(1)&lt;/script&gt; vào trình duyệt.</p>",
    )

    content = html(search_page(client, "alert"))

    assert "&lt;script&gt;<mark>alert</mark>(1)&lt;/script&gt;" in content
    assert not re.search(r"<script>\s*alert", content)


def test_query_text_is_escaped_everywhere_on_the_page(client):
    content = html(search_page(client, "<script>alert(1)</script>"))

    assert "<script>alert(1)</script>" not in content
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in content


# Paging and filters


def test_results_come_ten_to_a_page(client):
    year = timezone.localdate().year - 1
    for n in range(12):
        make_article(title=f"Khuyến nông đợt {n}", published_at=in_year(year, hours=n))

    first = search_page(client, "khuyen nong")
    second = search_page(client, "khuyen nong", trang=2)

    assert total(first) == 12
    assert len(titles(first)) == 10
    assert titles(second) == ["Khuyến nông đợt 10", "Khuyến nông đợt 11"]


def test_page_links_keep_the_query_kind_and_year(client):
    year = timezone.localdate().year - 1
    for n in range(12):
        make_article(title=f"Khuyến nông đợt {n}", published_at=in_year(year, hours=n))

    response = search_page(client, "khuyến nông", loai="article", nam=str(year))

    nav = re.search(r'<nav class="pagination".*?</nav>', html(response), re.S).group(0)
    links = [parse_qs(html_lib.unescape(href)[1:]) for href in re.findall(r'href="([^"]+)"', nav)]
    assert links
    for query in links:
        assert query["q"] == ["khuyến nông"]
        assert query["loai"] == ["article"]
        assert query["nam"] == [str(year)]
    assert {"trang": ["2"]}.items() <= links[-1].items()


def test_kind_filter_lists_only_that_kind(client):
    make_article(title="Hỗ trợ nhà ở cho hộ nghèo")
    make_document(
        "20/KH-UBND", doc_type=make_document_type("Kế hoạch"), abstract="Hỗ trợ nhà ở năm nay"
    )

    response = search_page(client, "nha o", loai="document")

    assert titles(response) == ["Kế hoạch số 20/KH-UBND"]
    assert '<span class="search-kind">Văn bản</span>' in results_list(response)


def test_year_filter_lists_only_that_year(client):
    last_year = timezone.localdate().year - 1
    make_article(title="Khuyến nông năm trước", published_at=in_year(last_year))
    make_article(title="Khuyến nông hai năm trước", published_at=in_year(last_year - 1))

    assert found(client, "khuyen nong", nam=str(last_year)) == ["Khuyến nông năm trước"]


def test_year_filter_counts_an_article_in_its_local_year(client):
    # 03:00 on 1 January in Hà Nội is still 31 December in UTC; the page shows 01/01.
    year = timezone.localdate().year - 1
    new_year_morning = timezone.make_aware(datetime(year, 1, 1, 3))
    make_article(title="Khuyến nông đầu năm", published_at=new_year_morning)

    assert found(client, "khuyen nong", nam=str(year)) == ["Khuyến nông đầu năm"]


def test_year_filter_counts_an_article_in_its_local_year_after_a_rebuild(client):
    # Rows read back from the database carry UTC times; the year must still be Hà Nội's.
    year = timezone.localdate().year - 1
    new_year_morning = timezone.make_aware(datetime(year, 1, 1, 3))
    make_article(title="Khuyến nông đầu năm", published_at=new_year_morning)

    call_command("rebuild_search_index", stdout=StringIO())

    assert found(client, "khuyen nong", nam=str(year)) == ["Khuyến nông đầu năm"]


def test_unknown_kind_is_ignored(client):
    make_article(title="Khuyến nông vùng cao")

    assert found(client, "khuyen nong", loai="khong-co") == ["Khuyến nông vùng cao"]


# Messages


def test_empty_query_asks_for_a_keyword(client):
    content = html(search_page(client, ""))

    assert "Hãy nhập từ khóa" in content
    assert "search-results" not in content


def test_no_result_message_is_in_vietnamese(client):
    make_article(title="Khuyến nông vùng cao")

    content = html(search_page(client, "thủy sản"))

    assert "Không tìm thấy kết quả nào cho “thủy sản”" in content


# Hostile input

HOSTILE_QUERIES = {
    "quotes": "\"giảm nghèo\" 'giảm' `x`",
    "percent": "%giảm%",
    "underscore": "giảm_nghèo",
    "backslashes": "\\\\giảm\\ nghèo\\",
    "tsquery operators": "&|!:*() giảm & !nghèo | (x:*)",
    "sql": "' OR 1=1 --",
    "ten thousand characters": ("giảm nghèo " * 1000)[:10_000],
    "ten thousand letters": "x" * 10_000,
    "control characters": "giảm\x01nghèo\x1f",
    "emoji": "🏠🌾 nhà ở 👍",
    "lone d with stroke": "đ",
    "punctuation only": "!?.,;:-–—…()[]{}",
    "many words": " ".join(f"tu{n}" for n in range(50)),
}


@pytest.mark.parametrize("query", HOSTILE_QUERIES.values(), ids=HOSTILE_QUERIES.keys())
def test_hostile_query_is_answered_normally(client, query):
    make_article(title="Giảm nghèo bền vững", summary="Hỗ trợ nhà ở cho 50 hộ.")

    response = client.get(SEARCH_URL, {"q": query})

    assert response.status_code == 200


def test_quoted_query_still_finds_its_words(client):
    make_article(title="Giảm nghèo bền vững")

    assert found(client, '"giảm nghèo"') == ["Giảm nghèo bền vững"]


def test_percent_alone_is_not_a_wildcard(client):
    make_article(title="Giảm nghèo bền vững", summary="Tỷ lệ hộ nghèo còn 5%.")

    response = search_page(client, "%")

    assert titles(response) == []
    assert "không có chữ hoặc số nào để tìm" in html(response)


def test_underscore_alone_is_not_a_wildcard(client):
    make_article(title="Giảm nghèo bền vững")

    response = search_page(client, "_")

    assert titles(response) == []
    assert "không có chữ hoặc số nào để tìm" in html(response)


def test_percent_after_a_number_is_answered(client):
    make_article(title="Giảm nghèo bền vững", summary="Hỗ trợ nhà ở cho 50 hộ.")

    response = client.get(SEARCH_URL, {"q": "5%"})

    assert response.status_code == 200


@pytest.mark.parametrize(
    "params",
    [
        {"nam": "²⁰²⁴"},
        {"nam": "20x4"},
        {"nam": "-2024"},
        {"nam": "99999999999999999999"},
        {"trang": "-1"},
        {"trang": "1e9"},
        {"trang": "99999"},
        {"loai": "'; DROP TABLE portal_searchentry; --"},
    ],
    ids=lambda params: "-".join(f"{key}={value}" for key, value in params.items()),
)
def test_hostile_filters_and_page_numbers_are_answered_normally(client, params):
    make_article(title="Giảm nghèo bền vững")

    response = client.get(SEARCH_URL, {"q": "giam ngheo", **params})

    assert response.status_code == 200


# The header


def test_every_page_header_has_a_search_box(client):
    content = html(client.get(reverse("portal:home")))

    form = re.search(r'<form[^>]*role="search"[^>]*>.*?</form>', content, re.S)
    assert form, "no search form in the header"
    assert 'action="/tim-kiem/"' in form.group(0)
    assert re.search(r'<input[^>]*name="q"', form.group(0))


def test_words_typed_with_combining_accents_are_marked(client):
    # "Unicode tổ hợp" (decomposed) input from older Vietnamese keyboards: e + U+0300, not è.
    make_article(title=unicodedata.normalize("NFD", "Giảm nghèo bền vững"))

    results = results_list(search_page(client, "giam ngheo"))

    assert results.count("<mark>") == 2


def test_a_very_broad_search_counts_up_to_the_cap_and_says_so(client, db, monkeypatch):
    from portal import views

    for n in range(4):
        make_article(title=f"Hỗ trợ hộ nghèo đợt {n}")
    monkeypatch.setattr(views, "SEARCH_COUNT_LIMIT", 2)

    html = client.get("/tim-kiem/", {"q": "ho ngheo"}).content.decode()

    assert "Tìm thấy hơn 1.000 kết quả" in html
    # The best matches are still listed first.
    assert "đợt 0</a>" in html

"""SQLite: the FTS5 table over the folded words (migration portal 0009) answers the word
match, stays in step with every write, and finds exactly what the folded-text scan finds."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.models import Article
from portal import search
from portal.models import SearchEntry
from tests.conftest import make_article

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's FTS5 table"),
]

QUERIES = ["giảm nghèo", "giam ngheo", "nhà", "nha o", "Đại đoàn kết", "bhyt 2025", "nhan", "xyz"]


@pytest.fixture
def articles(category):
    make_article(category, title="Giảm nghèo bền vững ở Kim Sơn", summary="Nhà Đại đoàn kết")
    make_article(category, title="Nhận hỗ trợ BHYT năm 2025", body="<p>Giảm nghèo đa chiều</p>")
    make_article(category, title="Nhân rộng mô hình sinh kế", summary="Cho hộ cận nghèo")
    make_article(category, title="Tin khác", body="<p>Nhà ở cho người có công</p>")


def folded_scan(query):
    connection._portal_fts = False  # as on an SQLite without FTS5
    try:
        return list(search.search(query)[0].values_list("title", flat=True))
    finally:
        del connection._portal_fts


def test_the_fts_table_answers_the_word_match(articles):
    with CaptureQueriesContext(connection) as queries:
        list(search.search("giam ngheo")[0])
    assert any("portal_searchentry_fts MATCH" in query["sql"] for query in queries)


@pytest.mark.parametrize("query", QUERIES)
def test_it_finds_exactly_what_the_folded_text_scan_finds(articles, query):
    with_fts = list(search.search(query)[0].values_list("title", flat=True))
    assert with_fts == folded_scan(query)


def test_whole_words_only(articles):
    titles = search.search("nhan")[0].values_list("title", flat=True)
    assert sorted(titles) == ["Nhân rộng mô hình sinh kế", "Nhận hỗ trợ BHYT năm 2025"]


def test_every_write_keeps_it_in_step(category, publisher):
    article = make_article(category, title="Chi trả trợ cấp tháng 12")
    assert [e.title for e in search.search("tro cap")[0]] == ["Chi trả trợ cấp tháng 12"]

    article.title = "Chi trả phụ cấp tháng 12"
    article.save()
    assert list(search.search("tro cap")[0]) == []
    assert [e.title for e in search.search("phu cap")[0]] == ["Chi trả phụ cấp tháng 12"]

    Article.objects.filter(pk=article.pk).delete()
    assert list(search.search("phu cap")[0]) == []
    assert not SearchEntry.objects.exists()


def test_a_rebuild_leaves_it_whole(articles):
    search.rebuild()
    assert [e.title for e in search.search("sinh ke")[0]] == ["Nhân rộng mô hình sinh kế"]
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO portal_searchentry_fts(portal_searchentry_fts) VALUES ('integrity-check')"
        )

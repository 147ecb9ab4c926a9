"""The sitemap is an index of files of at most `limit` URLs, so a large archive is listed in
full and each file costs a bounded number of queries."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.sitemaps import ArticleSitemap
from tests.conftest import make_article, sitemap_text

pytestmark = pytest.mark.django_db


def index_queries(client):
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/sitemap.xml").status_code == 200
    return len(queries)


def test_every_article_is_listed_across_pages(client, category, monkeypatch):
    monkeypatch.setattr(ArticleSitemap, "limit", 3)
    articles = [make_article(category) for _ in range(7)]

    index = client.get("/sitemap.xml").content.decode()
    assert "/sitemap-articles.xml?p=3</loc>" in index
    text = sitemap_text(client)
    for article in articles:
        assert f"http://testserver{article.get_absolute_url()}</loc>" in text
    assert "<lastmod>" in index


def test_the_index_costs_the_same_with_more_articles(client, category, monkeypatch):
    monkeypatch.setattr(ArticleSitemap, "limit", 3)
    make_article(category)
    index_queries(client)  # warm: content types, cached settings
    few = index_queries(client)
    for _ in range(12):
        make_article(category)

    assert index_queries(client) == few

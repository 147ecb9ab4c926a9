"""Query budgets: public pages cost the same number of queries whatever the content size."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.conftest import make_article, make_category

pytestmark = pytest.mark.django_db

# Measured with an empty cache, the site settings, navigation and footer web links included
# (SQLite and PostgreSQL alike); any extra query is a regression to look at.
HOME_BUDGET = 7  # featured, latest per category, categories, key figures, + the three
CATEGORY_BUDGET = 6  # category, count, page of articles, + the three
ARTICLE_BUDGET = 6  # article+category, cited documents, related, + the three
# An article that cites no document (most of them) does not ask for its documents.
ARTICLE_WITHOUT_CITATIONS_BUDGET = ARTICLE_BUDGET - 1


@pytest.fixture
def categories(db):
    return [make_category() for _ in range(3)]


def add_articles(categories, count):
    """`count` published articles spread over the categories, every fourth one featured."""
    for n in range(count):
        make_article(categories[n % len(categories)], summary="Tóm tắt", is_featured=n % 4 == 0)


def count_queries(client, url, *, cold=True):
    # Same starting point every time: nothing cached, so the counts compare like for like.
    if cold:
        cache.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def counts_with_5_and_50_articles(client, categories, url_of):
    add_articles(categories, 5)
    small = count_queries(client, url_of())
    add_articles(categories, 45)
    large = count_queries(client, url_of())
    return small, large


def test_home_page_queries_do_not_grow_with_articles(client, categories):
    small, large = counts_with_5_and_50_articles(client, categories, lambda: "/")

    assert small == large
    assert large <= HOME_BUDGET


def test_category_page_queries_do_not_grow_with_articles(client, categories):
    url = categories[0].get_absolute_url()

    small, large = counts_with_5_and_50_articles(client, categories, lambda: url)

    assert small == large
    assert large <= CATEGORY_BUDGET


def test_article_page_queries_do_not_grow_with_articles(client, categories):
    # The same article both times: one neighbour in its category at first, then many.
    def first_article_url():
        return categories[0].articles.order_by("pk").first().get_absolute_url()

    small, large = counts_with_5_and_50_articles(client, categories, first_article_url)

    assert small == large
    assert large <= ARTICLE_BUDGET


def test_site_settings_and_navigation_come_from_the_cache_once_warm(client, categories):
    add_articles(categories, 5)
    cold = count_queries(client, "/")

    warm = count_queries(client, "/", cold=False)

    assert warm == cold - 3  # site settings, navigation, footer web links


def test_an_article_citing_no_document_does_not_ask_for_documents(client, categories):
    from tests.documents.factories import make_document

    add_articles(categories, 5)
    plain, citing = categories[0].articles.order_by("pk")[:2]
    citing.documents.add(make_document())

    assert count_queries(client, plain.get_absolute_url()) == ARTICLE_WITHOUT_CITATIONS_BUDGET
    assert count_queries(client, citing.get_absolute_url()) == ARTICLE_BUDGET

"""The admin's article list at scale: its queries do not grow with the number of articles
(whatever the filter, date, search, sort or page), and the search keeps finding what it found.
bench/admin.py measures the times at 100,000 articles."""

from datetime import timedelta

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from articles.models import Article
from tests.conftest import make_article, make_category

pytestmark = pytest.mark.django_db

CHANGELIST_URL = reverse("admin:articles_article_changelist")

# Session, user, two-step device, permissions, the categories of the filter, one count, the
# page, the date hierarchy (first and last date, then years, months or days), site settings
# and the session saved; the same on SQLite and PostgreSQL.
LIST_BUDGET = 16
# The list's queries plus the index look-up that decides between full text and typos.
SEARCH_BUDGET = LIST_BUDGET + 1


@pytest.fixture
def categories(db):
    return [make_category("Giảm nghèo"), make_category("Việc làm")]


def add_articles(categories, count):
    """`count` articles over the last years: most published, every fifth a draft, every
    seventh featured, every third about poverty reduction."""
    now = timezone.now()
    existing = Article.objects.count()
    for n in range(existing, existing + count):
        draft = n % 5 == 0
        make_article(
            categories[n % len(categories)],
            title="Giảm nghèo bền vững ở xã" if n % 3 == 0 else "Hội nghị tổng kết năm",
            summary="Tóm tắt bản tin.",
            byline="Phòng Bảo trợ xã hội",
            status=Article.Status.DRAFT if draft else Article.Status.PUBLISHED,
            published_at=None if draft else now - timedelta(days=40 * n + 1),
            is_featured=n % 7 == 0,
        )


def list_urls(categories):
    newest = Article.objects.exclude(published_at=None).order_by("-published_at").first()
    day = timezone.localtime(newest.published_at)
    return {
        "default": "",
        "status filter": "?status__exact=draft",
        "category filter": f"?category__id__exact={categories[0].pk}",
        "featured filter": "?is_featured__exact=1",
        "year": f"?published_at__year={day.year}",
        "month": f"?published_at__year={day.year}&published_at__month={day.month}",
        "day": f"?published_at__year={day.year}&published_at__month={day.month}"
        f"&published_at__day={day.day}",
        "sort by title": "?o=1",
        "sort by category": "?o=2",
        "sort by state": "?o=3",
        "sort by date, oldest first": "?o=4",
        "sort by featured": "?o=-5",
        "sort by last editor": "?o=6",
        "page 2": "?p=2",
    }


SEARCHES = {"with diacritics": "?q=giảm+nghèo", "without diacritics": "?q=giam+ngheo"}


def count_queries(client, url):
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(CHANGELIST_URL + url)
    assert response.status_code == 200, url
    return len(queries), response


def counts_at_two_sizes(client, categories, urls):
    add_articles(categories, 60)  # more than a page (50)
    small = {label: count_queries(client, url)[0] for label, url in urls().items()}
    add_articles(categories, 120)
    large = {label: count_queries(client, url)[0] for label, url in urls().items()}
    return small, large


@pytest.mark.parametrize("role", ["administrator", "publisher", "editor"])
def test_list_queries_do_not_grow_with_articles(client, categories, role, request):
    client.force_login(request.getfixturevalue(role))

    small, large = counts_at_two_sizes(client, categories, lambda: list_urls(categories))

    assert small == large
    assert max(large.values()) <= LIST_BUDGET


def test_search_queries_do_not_grow_with_articles(client, categories, publisher):
    client.force_login(publisher)

    small, large = counts_at_two_sizes(client, categories, lambda: SEARCHES)

    assert small == large
    assert max(large.values()) <= SEARCH_BUDGET


def test_the_list_counts_its_rows_once(client, categories, publisher):
    add_articles(categories, 10)
    client.force_login(publisher)

    _, response = count_queries(client, "?status__exact=draft")

    # No "of 10 in all" line: that was a second COUNT of the whole table on every page.
    assert response.context["cl"].show_full_result_count is False


def listed(client, q):
    response = client.get(CHANGELIST_URL, {"q": q})
    assert response.status_code == 200
    return set(response.context["cl"].result_list)


@pytest.fixture
def searchable(category):
    return {
        "title": make_article(category, title="Giảm nghèo bền vững", status=Article.Status.DRAFT),
        "summary": make_article(category, summary="Hỗ trợ hộ nghèo xây nhà đại đoàn kết"),
        "byline": make_article(category, byline="Phòng Bảo trợ xã hội"),
        "body": make_article(category, body="<p>Trao sinh kế cho hộ cận nghèo</p>"),
        "other": make_article(category, title="Lễ hội mùa xuân"),
    }


def test_search_finds_a_title_with_or_without_diacritics(client, publisher, searchable):
    client.force_login(publisher)

    assert listed(client, "giảm nghèo") == listed(client, "giam ngheo") == {searchable["title"]}


def test_search_still_finds_part_of_a_word_in_the_summary(client, publisher, searchable):
    client.force_login(publisher)

    assert listed(client, "đại đoàn") == {searchable["summary"]}
    assert listed(client, "đoàn kế") == {searchable["summary"]}  # Django's substring rule


def test_search_finds_the_byline_and_the_body(client, publisher, searchable):
    client.force_login(publisher)

    assert listed(client, "bảo trợ") == {searchable["byline"]}
    assert listed(client, "sinh ke") == {searchable["body"]}


def test_search_needs_every_word(client, publisher, searchable):
    client.force_login(publisher)

    assert listed(client, "giảm mùa") == set()


def test_search_keeps_the_filters(client, publisher, searchable, category):
    elsewhere = make_article(make_category(), title="Giảm nghèo ở vùng cao")
    client.force_login(publisher)

    response = client.get(CHANGELIST_URL, {"q": "giam ngheo", "category__id__exact": category.pk})

    assert set(response.context["cl"].result_list) == {searchable["title"]}
    assert elsewhere not in response.context["cl"].result_list


def test_the_date_hierarchy_is_hidden_while_searching(client, publisher, searchable):
    client.force_login(publisher)

    browsing = client.get(CHANGELIST_URL).content.decode()
    searching = client.get(CHANGELIST_URL, {"q": "giam ngheo"}).content.decode()

    assert '<nav class="toplinks">' in browsing
    assert '<nav class="toplinks">' not in searching

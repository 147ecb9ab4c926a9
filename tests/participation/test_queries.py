"""Query budgets: comments and ratings never make a page cost more queries as they grow."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from participation.models import DocumentComment
from tests.conftest import make_article
from tests.documents.factories import make_document
from tests.participation.factories import make_comment, make_draft, make_feedback
from tests.programs.factories import make_program

pytestmark = pytest.mark.django_db

# Measured with an empty cache, the site settings and navigation included (SQLite and
# PostgreSQL alike). A draft's page costs one query more than other documents' (its
# published comments); the rating form costs none.
DRAFT_EXTRA = 1


def count_queries(client, url):
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def add_comments(document, count):
    for n in range(count):
        status = DocumentComment.Status.PUBLISHED if n % 4 else DocumentComment.Status.PENDING
        make_comment(document, name=f"Người góp ý {n}", status=status, reply="Tiếp thu." * (n % 2))


def test_a_draft_page_costs_the_same_with_1_or_20_comments(client):
    draft = make_draft()
    add_comments(draft, 1)
    small = count_queries(client, draft.get_absolute_url())
    add_comments(draft, 19)
    large = count_queries(client, draft.get_absolute_url())

    assert small == large


def test_a_draft_page_costs_one_query_more_than_another_document(client):
    document = make_document()
    draft = make_draft()
    add_comments(draft, 5)

    assert count_queries(client, draft.get_absolute_url()) == (
        count_queries(client, document.get_absolute_url()) + DRAFT_EXTRA
    )


def test_the_drafts_page_costs_the_same_with_1_or_20_drafts(client):
    def add_drafts(count):
        for n in range(count):
            add_comments(make_draft(days_left=n - 5), 2)

    add_drafts(1)
    small = count_queries(client, reverse("participation:drafts"))
    add_drafts(19)
    large = count_queries(client, reverse("participation:drafts"))

    assert small == large


def test_an_article_page_costs_the_same_with_0_1_or_20_ratings(client, category):
    article = make_article(category)
    none = count_queries(client, article.get_absolute_url())
    make_feedback(article, comment="Hữu ích")
    small = count_queries(client, article.get_absolute_url())
    for n in range(19):
        make_feedback(article, useful=n % 2 == 0, comment=f"Góp ý {n}")
    large = count_queries(client, article.get_absolute_url())

    assert none == small == large


def test_a_programme_page_costs_the_same_with_1_or_20_ratings(client):
    program = make_program()
    make_feedback(program)
    small = count_queries(client, program.get_absolute_url())
    for n in range(19):
        make_feedback(program, useful=n % 2 == 0)
    large = count_queries(client, program.get_absolute_url())

    assert small == large


def test_the_results_page_costs_the_same_with_2_or_20_rated_pages(client, publisher, category):
    client.force_login(publisher)

    def rate_pages(count):
        for n in range(count):
            page = make_article(category) if n % 2 else make_program()
            make_feedback(page, comment="Góp ý", created_at=timezone.now())

    rate_pages(2)  # one article and one programme: each kind loads its pages in one query
    small = count_queries(client, reverse("admin:participation_feedbacksummary_changelist"))
    rate_pages(18)
    large = count_queries(client, reverse("admin:participation_feedbacksummary_changelist"))

    assert small == large

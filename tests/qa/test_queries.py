"""Query budgets: Hỏi đáp pages cost the same whatever the number of questions."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from qa.models import Question
from tests.qa.factories import answered, make_department, make_question, make_topic

pytestmark = pytest.mark.django_db

# Queries of the page itself, on top of what every page costs (site settings, navigation,
# footer links: measured on the empty lookup form, so other apps' header and footer blocks
# do not count here). A search adds PostgreSQL's match test, so only its constancy is checked.
LIST_BUDGET = 3  # count, page with topic and unit, topics with their counts
FILTERED_LIST_BUDGET = 4  # the same and the topic named in ?linh_vuc=
DETAIL_BUDGET = 1  # question with topic and unit
LOOKUP_BUDGET = 1  # the same, found by its code


def count_queries(client, url, **params):
    cache.clear()  # the same start every time: site settings and navigation not cached
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, params)
    assert response.status_code == 200
    return len(queries)


def own_queries(client, url, **params):
    return count_queries(client, url, **params) - count_queries(client, reverse("qa:lookup"))


def add_published(count, editor, publisher):
    topics = [make_topic() for _ in range(3)]
    units = [make_department() for _ in range(3)]
    for n in range(count):
        answered(
            make_question(topics[n % 3]),
            drafter=editor,
            approver=publisher,
            department=units[n % 3],
            publish=True,
            public_title=f"Hỗ trợ nhà ở cho hộ nghèo, câu hỏi {n}",
        )
    return topics


@pytest.mark.parametrize("params", [{}, {"q": "nha o"}], ids=["list", "search"])
def test_the_list_costs_the_same_with_more_questions(client, editor, publisher, params):
    add_published(3, editor, publisher)
    few = count_queries(client, reverse("qa:list"), **params)
    add_published(12, editor, publisher)
    assert count_queries(client, reverse("qa:list"), **params) == few
    if not params:
        assert own_queries(client, reverse("qa:list")) == LIST_BUDGET


def test_the_field_filter_costs_the_same_with_more_questions(client, editor, publisher):
    topic = add_published(3, editor, publisher)[0]
    few = count_queries(client, reverse("qa:list"), linh_vuc=topic.slug)
    for _ in range(4):
        answered(make_question(topic), drafter=editor, approver=publisher, publish=True)
    assert count_queries(client, reverse("qa:list"), linh_vuc=topic.slug) == few
    assert own_queries(client, reverse("qa:list"), linh_vuc=topic.slug) == FILTERED_LIST_BUDGET


def test_detail_and_lookup_have_small_fixed_budgets(client, editor, publisher):
    add_published(3, editor, publisher)
    question = Question.objects.published().first()
    assert own_queries(client, question.get_absolute_url()) == DETAIL_BUDGET
    assert own_queries(client, reverse("qa:lookup"), ma=question.tracking_code) == LOOKUP_BUDGET

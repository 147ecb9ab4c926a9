"""The demo questions: every status, through the real workflow, seeded once."""

import io

import pytest

from qa import seed
from qa.models import Question, Topic

pytestmark = pytest.mark.django_db


def test_the_demo_has_every_status_and_is_idempotent(editor, publisher):
    seed.seed(io.StringIO())
    counts = (Topic.objects.count(), Question.objects.count())
    statuses = set(Question.objects.values_list("status", flat=True))
    assert statuses == {"received", "processing", "answered", "rejected"}
    assert Question.objects.published().count() >= 3
    for question in Question.objects.published():
        assert question.answer_drafted_by == editor and question.answer_approved_by == publisher
        assert question.created_at < question.answered_at
    seed.seed(io.StringIO())
    assert (Topic.objects.count(), Question.objects.count()) == counts


def test_the_demo_answers_are_searchable(client, editor, publisher):
    seed.seed(io.StringIO())
    assert client.get("/tim-kiem/", {"q": "tro cap that nghiep"}).context["results"]

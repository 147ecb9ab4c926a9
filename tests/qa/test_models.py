"""Tracking codes and the rules the database itself enforces."""

import re

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from qa.models import CODE_ALPHABET, Question, new_tracking_code, normalize_code
from tests.qa.factories import make_department, make_question

pytestmark = pytest.mark.django_db

CODE = re.compile(rf"^HD-[{CODE_ALPHABET}]{{8}}$")


def test_tracking_codes_are_short_random_and_unambiguous():
    codes = {new_tracking_code() for _ in range(500)}
    assert len(codes) == 500
    assert all(CODE.match(code) for code in codes)
    assert not set("".join(codes)) & set("01OIL")


def test_every_question_gets_its_own_code(topic):
    first, second = make_question(topic), make_question(topic)
    assert CODE.match(first.tracking_code)
    assert first.tracking_code != second.tracking_code


@pytest.mark.parametrize(
    "typed", ["HD-7K3Q9F2M", "hd-7k3q9f2m", " hd 7k3q 9f2m ", "HD7K3Q9F2M", "7K3Q9F2M"]
)
def test_codes_are_read_the_way_people_type_them(typed):
    assert normalize_code(typed) == "HD-7K3Q9F2M"


@pytest.mark.parametrize("typed", ["", "HD-7K3Q9F2", "HD-7K3Q9F2MX", "HD-0K3Q9F2M", "' OR 1=1"])
def test_malformed_codes_are_refused(typed):
    assert normalize_code(typed) == ""


def test_a_new_question_is_received_with_nothing_public(topic):
    question = make_question(topic)
    assert question.status == Question.Status.RECEIVED
    assert question.get_status_display() == "Đã tiếp nhận"
    assert not question.is_published and question.slug == ""


def test_status_labels_are_the_vietnamese_ones():
    assert dict(Question.Status.choices) == {
        "received": "Đã tiếp nhận",
        "processing": "Đang xử lý",
        "answered": "Đã trả lời",
        "rejected": "Từ chối",
    }


def _refused(question, **changes):
    Question.objects.filter(pk=question.pk).update(**changes)


@pytest.mark.parametrize(
    "changes",
    [
        {"email": "", "phone": ""},
        {"status": "rejected", "rejected_at": timezone.now()},
        {"status": "processing"},
        {"status": "answered", "answered_at": timezone.now()},
        {"is_published": True, "slug": "cau-hoi"},
    ],
    ids=[
        "no-contact",
        "rejected-without-reason",
        "processing-without-unit",
        "answered-unapproved",
        "published-unanswered",
    ],  # fmt: skip
)
def test_the_database_refuses_inconsistent_questions(topic, changes):
    question = make_question(topic)
    with pytest.raises(IntegrityError), transaction.atomic():
        _refused(question, **changes)


def test_the_database_refuses_an_answer_approved_by_its_drafter(topic, editor):
    question = make_question(topic)
    with pytest.raises(IntegrityError), transaction.atomic():
        _refused(
            question,
            department=make_department(),
            answer="<p>Trả lời.</p>",
            answer_drafted_by=editor,
            answer_approved_by=editor,
        )


def test_history_keeps_no_personal_data(topic):
    question = make_question(topic)
    fields = {field.name for field in question.history.model._meta.get_fields()}
    assert not fields & {"asker_name", "email", "phone", "title", "text", "attachment"}
    assert question.history.count() == 1

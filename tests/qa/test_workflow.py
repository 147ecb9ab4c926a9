"""The life of a question: received, assigned, drafted, approved by another, published."""

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError

from qa import services
from qa.models import Question
from tests.qa.factories import ANSWER, answered, drafted, make_department, make_question

pytestmark = pytest.mark.django_db
Status = Question.Status


def test_assigning_a_unit_starts_processing_and_records_who(topic, editor, department):
    question = services.question_assign(
        question=make_question(topic), user=editor, department=department
    )
    question.refresh_from_db()
    assert question.status == Status.PROCESSING
    assert question.department == department
    assert question.assigned_by == editor and question.assigned_at


def test_drafting_records_the_drafter(topic, editor):
    question = drafted(make_question(topic), drafter=editor)
    question.refresh_from_db()
    assert question.answer == ANSWER
    assert question.answer_drafted_by == editor and question.answer_drafted_at


def test_drafting_needs_a_unit_first(topic, editor):
    with pytest.raises(ValidationError, match="đơn vị trả lời"):
        services.question_draft_answer(question=make_question(topic), user=editor, answer=ANSWER)


def test_another_person_approves_and_the_question_is_answered(topic, editor, publisher):
    question = drafted(make_question(topic), drafter=editor)
    question = services.question_approve(question=question, user=publisher)
    assert question.status == Status.ANSWERED
    assert question.answer_approved_by == publisher
    assert question.answered_at == question.answer_approved_at


def test_the_drafter_cannot_approve_their_own_answer(topic, publisher):
    question = drafted(make_question(topic), drafter=publisher)
    with pytest.raises(PermissionDenied, match="chính mình"):
        services.question_approve(question=question, user=publisher)
    assert Question.objects.get(pk=question.pk).status == Status.PROCESSING


def test_the_last_person_to_change_the_answer_cannot_approve_it(
    topic, editor, publisher, second_publisher
):
    question = drafted(make_question(topic), drafter=editor)
    services.question_draft_answer(question=question, user=publisher, answer="<p>Sửa lại.</p>")
    with pytest.raises(PermissionDenied):
        services.question_approve(question=question, user=publisher)
    services.question_approve(question=question, user=second_publisher)


def test_an_editor_cannot_approve(topic, editor, publisher):
    question = drafted(make_question(topic), drafter=publisher)
    with pytest.raises(PermissionDenied, match="quyền duyệt"):
        services.question_approve(question=question, user=editor)


def test_an_empty_answer_cannot_be_approved(topic, editor, publisher):
    question = drafted(make_question(topic), drafter=editor, answer="<p> </p>")
    with pytest.raises(ValidationError, match="Chưa có câu trả lời"):
        services.question_approve(question=question, user=publisher)


def test_an_approved_answer_is_no_longer_edited(topic, editor, publisher):
    question = answered(make_question(topic), drafter=editor, approver=publisher)
    with pytest.raises(ValidationError, match="đã được duyệt"):
        services.question_draft_answer(question=question, user=editor, answer="<p>Khác.</p>")
    with pytest.raises(ValidationError, match="xử lý xong"):
        services.question_assign(question=question, user=editor, department=make_department())


def test_rejecting_needs_a_reason(topic, publisher):
    question = make_question(topic)
    with pytest.raises(ValidationError, match="lý do"):
        services.question_reject(question=question, user=publisher, reason="  ")
    question = services.question_reject(
        question=question, user=publisher, reason="Không thuộc thẩm quyền của Sở."
    )
    assert question.status == Status.REJECTED and question.get_status_display() == "Từ chối"
    assert question.rejected_by == publisher and question.rejected_at


def test_an_editor_cannot_reject(topic, editor):
    with pytest.raises(PermissionDenied):
        services.question_reject(question=make_question(topic), user=editor, reason="Trùng.")


def test_publishing_needs_an_answer_and_a_reviewed_public_text(topic, editor, publisher):
    question = drafted(make_question(topic), drafter=editor)
    with pytest.raises(ValidationError, match="đã trả lời"):
        services.question_publish(question=question, user=publisher)
    question = services.question_approve(question=question, user=publisher)
    with pytest.raises(ValidationError, match="nội dung công khai"):
        services.question_publish(question=question, user=publisher)


def test_publishing_gives_a_slug_and_puts_it_on_the_site(topic, editor, publisher):
    question = answered(
        make_question(topic),
        drafter=editor,
        approver=publisher,
        publish=True,
        public_title="Hỗ trợ làm nhà cho hộ nghèo",
    )
    assert question.is_published and question.published_by == publisher
    assert question.slug == "ho-tro-lam-nha-cho-ho-ngheo"
    assert list(Question.objects.published()) == [question]
    services.question_unpublish(question=question, user=publisher)
    assert not Question.objects.published().exists()


def test_a_slug_never_takes_a_path_of_the_app(topic, editor, publisher):
    question = answered(
        make_question(topic),
        drafter=editor,
        approver=publisher,
        publish=True,
        public_title="Tra cứu",
    )
    assert question.slug == "tra-cuu-2"


def test_an_editor_cannot_publish(topic, editor, publisher):
    question = answered(make_question(topic), drafter=editor, approver=publisher)
    with pytest.raises(PermissionDenied):
        services.question_publish(question=question, user=editor)


def test_the_asker_is_emailed_when_the_answer_is_approved(
    topic, editor, publisher, django_capture_on_commit_callbacks
):
    question = drafted(make_question(topic), drafter=editor)
    with django_capture_on_commit_callbacks(execute=True):
        services.question_approve(question=question, user=publisher)
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["binh.nguyen@example.vn"]
    assert question.tracking_code in message.subject
    assert "100 triệu đồng" in message.body
    assert f"/hoi-dap/tra-cuu/?ma={question.tracking_code}" in message.body


def test_no_email_when_the_asker_gave_only_a_phone(
    topic, editor, publisher, django_capture_on_commit_callbacks
):
    question = drafted(make_question(topic, email=""), drafter=editor)
    with django_capture_on_commit_callbacks(execute=True):
        services.question_approve(question=question, user=publisher)
    assert mail.outbox == []


def test_the_asker_is_told_why_a_question_was_rejected(
    topic, publisher, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        services.question_reject(
            question=make_question(topic), user=publisher, reason="Không thuộc thẩm quyền."
        )
    assert "Không thuộc thẩm quyền." in mail.outbox[0].body


def test_history_records_each_step_with_who_did_it(topic, editor, publisher):
    question = answered(make_question(topic), drafter=editor, approver=publisher, publish=True)
    steps = list(
        question.history.order_by("history_id").values_list(
            "history_change_reason", "history_user__username"
        )
    )
    assert steps[0] == ("Tiếp nhận", None)
    assert ("Giao đơn vị, Soạn trả lời", "bientap") in steps
    assert ("Duyệt trả lời", "duyetbai") in steps
    assert ("Công bố", "duyetbai") in steps

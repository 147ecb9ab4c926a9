"""purge_personal_data: contacts of closed questions are erased after the retention period."""

import io
from datetime import timedelta

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.utils import timezone

from qa import services
from qa.models import Question
from tests.qa.factories import answered, drafted, make_question

pytestmark = pytest.mark.django_db


def purge(*args):
    out = io.StringIO()
    call_command("purge_personal_data", *args, stdout=out)
    return out.getvalue()


def days_ago(days):
    return timezone.now() - timedelta(days=days)


@pytest.fixture
def old_published(topic, editor, publisher, question_files):
    question = make_question(topic)
    question.attachment.save("so-ho-khau.pdf", ContentFile(b"%PDF-1.4\n%%EOF\n"))
    question.attachment_name = "Sổ hộ khẩu.pdf"
    question.save()
    question = answered(question, drafter=editor, approver=publisher, publish=True)
    Question.objects.filter(pk=question.pk).update(answered_at=days_ago(400))
    return question


def test_old_answered_questions_lose_their_personal_data(
    client, old_published, question_files, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        output = purge()
    assert output.strip() == (
        "Đã xóa dữ liệu cá nhân của 1 câu hỏi đã trả lời hoặc từ chối quá 365 ngày, "
        "cùng 1 tệp đính kèm."
    )
    question = Question.objects.get(pk=old_published.pk)
    assert (question.asker_name, question.email, question.phone, question.text) == ("", "", "", "")
    assert not question.attachment and question.attachment_name == ""
    assert question.personal_data_erased_at is not None
    assert not any(p.is_file() for p in question_files.rglob("*"))
    assert "nguyen thi binh" not in question.search_folded
    # The public question and answer stay.
    response = client.get(question.get_absolute_url())
    assert response.status_code == 200
    assert "100 triệu đồng" in response.content.decode()
    assert question.title == question.public_title


def test_old_rejected_questions_are_erased_too(topic, publisher):
    question = services.question_reject(
        question=make_question(topic), user=publisher, reason="Trùng."
    )
    Question.objects.filter(pk=question.pk).update(rejected_at=days_ago(366))
    purge()
    question.refresh_from_db()
    assert question.is_erased and question.email == "" and question.status == "rejected"
    assert question.rejection_reason == "Trùng."


def test_recent_and_open_questions_are_kept(topic, editor, publisher):
    recent = answered(make_question(topic), drafter=editor, approver=publisher)
    waiting = drafted(make_question(topic), drafter=editor)
    Question.objects.filter(pk=waiting.pk).update(created_at=days_ago(800))
    assert purge().strip() == "Không có câu hỏi nào lưu dữ liệu cá nhân quá 365 ngày."
    for question in (recent, waiting):
        assert Question.objects.get(pk=question.pk).email == "binh.nguyen@example.vn"


def test_running_twice_erases_nothing_more(old_published):
    purge()
    erased_at = Question.objects.get().personal_data_erased_at
    assert "Không có câu hỏi nào" in purge()
    assert Question.objects.get().personal_data_erased_at == erased_at


def test_the_period_comes_from_the_setting_or_the_option(topic, editor, publisher, settings):
    question = answered(make_question(topic), drafter=editor, approver=publisher)
    Question.objects.filter(pk=question.pk).update(answered_at=days_ago(40))
    settings.QA_PERSONAL_DATA_DAYS = 60
    assert "Không có câu hỏi nào lưu dữ liệu cá nhân quá 60 ngày." in purge()
    assert "quá 30 ngày" in purge("--days", "30")
    assert Question.objects.get().is_erased


def test_a_dry_run_only_counts(old_published):
    assert purge("--dry-run").strip() == (
        "Sẽ xóa dữ liệu cá nhân của 1 câu hỏi (lưu quá 365 ngày)."
    )
    assert not Question.objects.get().is_erased


def test_erasure_is_recorded_in_history_without_the_data(old_published):
    purge()
    latest = Question.objects.get().history.latest()
    assert latest.history_change_reason == "Xóa dữ liệu cá nhân hết thời hạn lưu"
    assert not hasattr(latest, "email")

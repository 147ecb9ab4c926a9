"""The admin workflow and who may do what: anonymous, official, editor, publisher, admin."""

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from portal import roles
from qa.models import Question, Topic
from tests.conftest import make_user
from tests.qa.factories import ANSWER, answered, drafted, make_question

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:qa_question_changelist")


def change_url(question):
    return reverse("admin:qa_question_change", args=[question.pk])


def review_url(question):
    return reverse("admin:qa_question_review", args=[question.pk])


def change_data(question, **overrides):
    """Every editable field of the admin's question form, as the browser posts it."""
    data = {
        "topic": question.topic_id,
        "public_title": question.public_title or question.title,
        "public_text": question.public_text or question.text,
        "department": question.department_id or "",
        "answer": question.answer,
        "_save": "Lưu lại",
    }
    data.update(overrides)
    return data


def messages_of(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


def act(client, question, action, **data):
    response = client.post(review_url(question), {"action": action, **data}, follow=True)
    assert response.redirect_chain == [(review_url(question), 302)]
    return [str(message) for message in response.context["messages"]]


# Who gets in


@pytest.mark.parametrize("url_name", ["changelist", "review", "change"])
def test_anonymous_is_sent_to_the_login(client, topic, url_name):
    question = make_question(topic)
    url = {"changelist": CHANGELIST, "review": review_url(question)}.get(
        url_name, change_url(question)
    )
    response = client.get(url)
    assert response.status_code == 302 and response["Location"].startswith(reverse("admin:login"))


@pytest.mark.parametrize("url_name", ["changelist", "review", "change"])
def test_a_data_official_sees_no_question(client, topic, official, url_name):
    question = make_question(topic)
    client.force_login(official)
    url = {"changelist": CHANGELIST, "review": review_url(question)}.get(
        url_name, change_url(question)
    )
    assert client.get(url).status_code == 403


@pytest.mark.parametrize("role", ["editor", "publisher"])
def test_editors_and_publishers_see_questions_with_contacts(client, topic, role, request):
    question = make_question(topic)
    client.force_login(request.getfixturevalue(role))
    listing = client.get(CHANGELIST).content.decode()
    assert question.tracking_code in listing
    page = client.get(change_url(question)).content.decode()
    assert "binh.nguyen@example.vn" in page and "0912345678" in page


def test_nobody_adds_questions_in_the_admin(client, administrator):
    client.force_login(administrator)
    assert client.get(reverse("admin:qa_question_add")).status_code == 403


def test_an_official_cannot_change_a_question(client, topic, official, department):
    question = make_question(topic)
    client.force_login(official)
    response = client.post(change_url(question), change_data(question, department=department.pk))
    assert response.status_code == 403
    assert Question.objects.get(pk=question.pk).status == Question.Status.RECEIVED


# Editor: assign and draft


def test_an_editor_assigns_and_drafts_in_the_change_form(client, topic, editor, department):
    question = make_question(topic)
    client.force_login(editor)
    response = client.post(
        change_url(question),
        change_data(
            question,
            department=department.pk,
            answer=ANSWER,
            public_text="Nhà tôi là hộ nghèo, nhà xuống cấp.",
        ),
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    question.refresh_from_db()
    assert question.status == Question.Status.PROCESSING
    assert question.department == department and question.assigned_by == editor
    assert question.answer == ANSWER and question.answer_drafted_by == editor
    assert question.public_text == "Nhà tôi là hộ nghèo, nhà xuống cấp."


def test_the_public_version_starts_from_the_askers_words(client, topic, editor):
    question = make_question(topic, title="Hỏi về nhà ở")
    client.force_login(editor)
    form = client.get(change_url(question)).context["adminform"].form
    assert form["public_title"].value() == "Hỏi về nhà ở"


def test_drafting_without_a_unit_is_refused_in_the_form(client, topic, editor):
    question = make_question(topic)
    client.force_login(editor)
    response = client.post(change_url(question), change_data(question, answer=ANSWER))
    assert response.status_code == 200
    assert "Hãy chọn đơn vị trả lời" in response.content.decode()
    assert Question.objects.get(pk=question.pk).answer == ""


def test_an_editor_cannot_approve_reject_or_publish(client, topic, editor, publisher):
    question = drafted(make_question(topic), drafter=publisher)
    client.force_login(editor)
    page = client.get(review_url(question)).content.decode()
    assert 'value="approve"' not in page and 'value="reject"' not in page
    assert "không có quyền duyệt" in act(client, question, "approve")[0]
    assert "không có quyền từ chối" in act(client, question, "reject", reason="Trùng")[0]
    assert Question.objects.get(pk=question.pk).status == Question.Status.PROCESSING


def test_an_editor_is_not_offered_the_publish_action(client, topic, editor):
    make_question(topic)
    client.force_login(editor)
    action_form = client.get(CHANGELIST).context["action_form"]
    choices = dict(action_form.fields["action"].choices) if action_form else {}
    assert "publish_selected" not in choices


# Publisher: four eyes, approve, reject, publish


def test_a_publisher_cannot_approve_their_own_draft(client, topic, publisher):
    question = drafted(make_question(topic), drafter=publisher)
    client.force_login(publisher)
    assert "tự duyệt" in client.get(review_url(question)).content.decode()
    assert "Không được tự duyệt" in act(client, question, "approve")[0]
    assert Question.objects.get(pk=question.pk).status == Question.Status.PROCESSING


def test_a_publisher_approves_an_editors_draft_and_publishes_it(client, topic, editor, publisher):
    question = drafted(make_question(topic), drafter=editor)
    question.public_title, question.public_text = "Hỗ trợ nhà ở", "Nhà tôi xuống cấp."
    question.save()
    client.force_login(publisher)
    assert act(client, question, "approve") == ["Đã lưu."]
    assert act(client, question, "publish") == ["Đã lưu."]
    question.refresh_from_db()
    assert question.status == Question.Status.ANSWERED and question.is_published
    assert question.answer_approved_by == publisher
    assert client.get(question.get_absolute_url()).status_code == 200


def test_a_publisher_rejects_with_a_reason(client, topic, publisher):
    question = make_question(topic)
    client.force_login(publisher)
    assert "lý do" in act(client, question, "reject", reason="")[0]
    act(client, question, "reject", reason="Không thuộc thẩm quyền.")
    assert Question.objects.get(pk=question.pk).status == Question.Status.REJECTED


def test_the_publish_action_of_the_list(client, topic, editor, publisher):
    question = answered(make_question(topic), drafter=editor, approver=publisher)
    question.public_title, question.public_text = "Hỗ trợ nhà ở", "Nhà tôi xuống cấp."
    question.save()
    client.force_login(publisher)
    response = client.post(
        CHANGELIST, {"action": "publish_selected", "_selected_action": [question.pk]}
    )
    assert "Đã công bố 1 câu hỏi." in messages_of(response)
    assert Question.objects.published().count() == 1


def test_an_approved_answer_and_its_unit_are_read_only(client, topic, editor, publisher):
    question = answered(make_question(topic), drafter=editor, approver=publisher)
    client.force_login(editor)
    form = client.get(change_url(question)).context["adminform"].form
    assert "answer" not in form.fields and "department" not in form.fields


def test_only_publishers_edit_the_public_text_of_a_published_question(
    client, topic, editor, publisher
):
    question = answered(make_question(topic), drafter=editor, approver=publisher, publish=True)
    client.force_login(editor)
    assert "public_text" not in client.get(change_url(question)).context["adminform"].form.fields
    client.force_login(publisher)
    response = client.post(change_url(question), change_data(question, public_text="Đã sửa."))
    assert response.status_code == 302
    assert Question.objects.get(pk=question.pk).public_text == "Đã sửa."


def test_history_cannot_be_reverted(client, topic, editor, publisher):
    question = answered(make_question(topic), drafter=editor, approver=publisher)
    first = question.history.earliest()
    client.force_login(make_user("sieuquantri", superuser=True))
    url = reverse("admin:qa_question_simple_history", args=[question.pk, first.history_id])
    assert client.get(url).status_code == 200
    assert client.post(url, {}).status_code == 403
    assert Question.objects.get(pk=question.pk).status == Question.Status.ANSWERED


# Administrator role: topics and deleting spam


def test_only_the_administrator_role_keeps_the_topics(client, editor):
    add = reverse("admin:qa_topic_add")
    client.force_login(editor)
    assert client.get(add).status_code == 403
    client.force_login(make_user("quantri.hd", roles.ADMINISTRATOR))
    response = client.post(add, {"name": "Phòng, chống tệ nạn xã hội", "position": 7})
    assert response.status_code == 302
    assert Topic.objects.get().slug == "phong-chong-te-nan-xa-hoi"


def test_the_administrator_role_deletes_spam_with_its_file(
    client, topic, question_files, django_capture_on_commit_callbacks
):
    from django.core.files.base import ContentFile

    question = make_question(topic)
    question.attachment.save("rac.pdf", ContentFile(b"%PDF-1.4\n%%EOF\n"))
    assert any(question_files.rglob("*.pdf"))
    client.force_login(make_user("quantri.hd", roles.ADMINISTRATOR))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("admin:qa_question_delete", args=[question.pk]), {"post": "yes"}
        )
    assert response.status_code == 302
    assert not Question.objects.exists()
    assert not any(question_files.rglob("*.pdf"))


def test_the_admin_search_ignores_diacritics(client, topic, editor):
    question = make_question(topic, title="Trợ cấp thờ cúng liệt sĩ")
    make_question(topic, title="Hỗ trợ tiền điện")
    client.force_login(editor)
    for term in ("tho cung liet si", "nguyen thi binh", question.tracking_code[3:7]):
        found = client.get(CHANGELIST, {"q": term}).context["cl"].result_list
        assert question in found, term

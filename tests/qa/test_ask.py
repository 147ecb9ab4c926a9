"""A visitor asks a question through the public form and gets a tracking code."""

import pytest
from django.urls import reverse

from qa.models import Question
from tests.qa.factories import form_data, make_topic

pytestmark = pytest.mark.django_db

ASK_URL = reverse("qa:ask")
SENT_URL = reverse("qa:sent")


def test_the_form_is_accessible_and_works_without_javascript(client, topic):
    response = client.get(ASK_URL)
    html = response.content.decode()
    assert response.status_code == 200
    assert html.count("<h1") == 1
    form = response.context["form"]
    for name in ("asker_name", "email", "phone", "topic", "title", "text", "kiem_tra"):
        assert f'<label for="{form[name].id_for_label}"' in html
    assert 'enctype="multipart/form-data"' in html
    assert "<script>" not in html and "onclick" not in html


def test_the_challenge_is_a_question_in_vietnamese_words(client, topic):
    label = client.get(ASK_URL).context["form"].fields["kiem_tra"].label
    assert label.endswith("bằng mấy? Trả lời bằng chữ số.")
    assert any(word in label for word in ("cộng", "trừ"))
    assert not any(ch.isdigit() for ch in label)


def test_a_question_is_saved_and_the_visitor_is_redirected_to_the_receipt(client, topic):
    response = client.post(ASK_URL, form_data(client, topic))
    assert response.status_code == 302 and response["Location"] == SENT_URL
    question = Question.objects.get()
    assert question.status == Question.Status.RECEIVED
    assert question.asker_name == "Nguyễn Thị Bình"
    assert question.phone == "0912345678"  # spaces typed by the visitor are dropped
    assert question.public_title == "" and question.public_text == ""


def test_the_receipt_shows_the_tracking_code_and_how_to_look_it_up(client, topic):
    client.post(ASK_URL, form_data(client, topic))
    code = Question.objects.get().tracking_code
    response = client.get(SENT_URL)
    html = response.content.decode()
    assert f'<p class="qa-code" id="ma-tra-cuu">{code}</p>' in html
    assert f'href="/hoi-dap/tra-cuu/?ma={code}"' in html
    assert response["Cache-Control"].startswith("max-age=0")


def test_the_receipt_without_a_question_sends_back_to_the_form(client, db):
    assert client.get(SENT_URL)["Location"] == ASK_URL


def test_either_email_or_phone_is_enough(client, topic):
    client.post(ASK_URL, form_data(client, topic, email=""))
    client.post(ASK_URL, form_data(client, topic, phone=""))
    assert Question.objects.count() == 2


def test_a_contact_is_required(client, topic):
    response = client.post(ASK_URL, form_data(client, topic, email="", phone=""))
    assert response.status_code == 200
    assert "Hãy nhập thư điện tử hoặc số điện thoại" in response.content.decode()
    assert not Question.objects.exists()


def test_errors_are_linked_to_their_fields(client, topic):
    response = client.post(ASK_URL, form_data(client, topic, asker_name="", phone="12345"))
    html = response.content.decode()
    assert 'aria-describedby="id_asker_name_error"' in html
    assert '<p class="qa-error" id="id_asker_name_error">' in html
    assert 'aria-invalid="true"' in html
    assert '<a href="#id_phone">Số điện thoại: Số điện thoại chưa đúng' in html
    assert 'role="alert"' in html


def test_what_was_typed_is_kept_after_an_error(client, topic):
    response = client.post(ASK_URL, form_data(client, topic, asker_name=""))
    assert "Gia đình tôi là hộ nghèo, nhà dột nát." in response.content.decode()


def test_the_question_text_is_length_limited(client, topic, settings):
    settings.QA_QUESTION_MAX_CHARS = 100
    response = client.post(ASK_URL, form_data(client, topic, text="Nhà tôi " * 30))
    assert "tối đa 100 ký tự" in response.content.decode()
    assert not Question.objects.exists()


def test_html_in_a_question_stays_text(client, topic):
    client.post(
        ASK_URL, form_data(client, topic, text="<script>alert(1)</script> hỏi về trợ cấp\x07")
    )
    assert Question.objects.get().text == "<script>alert(1)</script> hỏi về trợ cấp"


def test_consent_is_required(client, topic):
    data = form_data(client, topic)
    del data["consent"]
    response = client.post(ASK_URL, data)
    assert "Cần đồng ý" in response.content.decode()
    assert not Question.objects.exists()


def test_inactive_topics_cannot_be_chosen(client, db):
    closed = make_topic("Lĩnh vực cũ", is_active=False)
    response = client.post(ASK_URL, form_data(client, closed))
    assert "Lĩnh vực không có trong danh sách" in response.content.decode()

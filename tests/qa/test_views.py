"""Public pages: published answers by field, searchable and paged; the status lookup."""

import pytest
from django.urls import reverse

from qa import services
from tests.qa.factories import answered, drafted, make_department, make_question, make_topic

pytestmark = pytest.mark.django_db

LIST_URL = reverse("qa:list")
LOOKUP_URL = reverse("qa:lookup")


def publish(topic, editor, publisher, title, text="Xin hỏi về chính sách hỗ trợ của tỉnh."):
    return answered(
        make_question(topic),
        drafter=editor,
        approver=publisher,
        publish=True,
        public_title=title,
        public_text=text,
    )


def listed(response):
    return [question.public_title for question in response.context["questions"]]


def test_hoi_dap_is_in_the_main_navigation(client, db):
    assert f'<a href="{LIST_URL}"' in client.get("/").content.decode()


def test_only_published_answers_are_listed(client, topic, editor, publisher):
    shown = publish(topic, editor, publisher, "Thẻ bảo hiểm y tế cho hộ cận nghèo")
    answered(make_question(topic), drafter=editor, approver=publisher)
    drafted(make_question(topic), drafter=editor)
    make_question(topic)
    response = client.get(LIST_URL)
    assert listed(response) == [shown.public_title]
    assert response.content.decode().count("<h1") == 1


def test_the_list_filters_by_field_in_the_url(client, topic, editor, publisher):
    other = make_topic("Người có công")
    publish(topic, editor, publisher, "Hỗ trợ nhà ở cho hộ nghèo")
    publish(other, editor, publisher, "Trợ cấp thờ cúng liệt sĩ")
    response = client.get(LIST_URL, {"linh_vuc": other.slug})
    assert listed(response) == ["Trợ cấp thờ cúng liệt sĩ"]
    assert f'href="?linh_vuc={other.slug}" aria-current="page"' in response.content.decode()
    assert listed(client.get(LIST_URL, {"linh_vuc": "khong-co"})) == []


def test_the_search_box_ignores_diacritics(client, topic, editor, publisher):
    publish(topic, editor, publisher, "Miễn, giảm học phí cho con em hộ nghèo")
    publish(topic, editor, publisher, "Điều kiện hưởng trợ cấp thất nghiệp")
    assert listed(client.get(LIST_URL, {"q": "hoc phi"})) == [
        "Miễn, giảm học phí cho con em hộ nghèo"
    ]
    assert listed(client.get(LIST_URL, {"q": "thất nghiệp"})) == [
        "Điều kiện hưởng trợ cấp thất nghiệp"
    ]
    assert listed(client.get(LIST_URL, {"q": "!!!"})) == []


def test_the_list_is_paged(client, topic, editor, publisher):
    for n in range(17):
        publish(topic, editor, publisher, f"Câu hỏi số {n}")
    first = client.get(LIST_URL)
    assert len(listed(first)) == 15
    assert len(listed(client.get(LIST_URL, {"trang": 2}))) == 2
    assert 'rel="next"' in first.content.decode()


def test_the_detail_page_shows_unit_dates_and_answer(client, topic, editor, publisher):
    unit = make_department("Phòng Bảo trợ xã hội")
    question = answered(
        make_question(topic),
        drafter=editor,
        approver=publisher,
        department=unit,
        publish=True,
    )
    html = client.get(question.get_absolute_url()).content.decode()
    assert html.count("<h1") == 1
    for text in ("Phòng Bảo trợ xã hội", "Ngày hỏi", "Ngày trả lời", "100 triệu đồng", topic.name):
        assert text in html


def test_unpublishing_takes_the_page_down(client, topic, editor, publisher):
    question = publish(topic, editor, publisher, "Trợ cấp xã hội hằng tháng")
    url = question.get_absolute_url()
    services.question_unpublish(question=question, user=publisher)
    assert client.get(url).status_code == 404
    assert "Trợ cấp xã hội hằng tháng" not in client.get("/tim-kiem/?q=tro+cap").content.decode()


# Lookup


def lookup(client, code):
    return client.get(LOOKUP_URL, {"ma": code})


def test_lookup_shows_a_received_question(client, topic):
    question = make_question(topic)
    response = lookup(client, question.tracking_code.lower())
    html = response.content.decode()
    assert response.context["question"] == question
    assert "Đã tiếp nhận" in html and "Ngày tiếp nhận" in html
    assert "no-store" in response["Cache-Control"]


def test_lookup_shows_processing_with_the_unit(client, topic, editor):
    question = drafted(make_question(topic), drafter=editor, department=make_department("Phòng A"))
    html = lookup(client, question.tracking_code).content.decode()
    assert "Đang xử lý" in html and "Phòng A" in html
    assert "Đọc câu trả lời" not in html and "100 triệu đồng" not in html


def test_lookup_shows_the_reason_of_a_rejection(client, topic, publisher):
    question = services.question_reject(
        question=make_question(topic), user=publisher, reason="Nội dung không thuộc thẩm quyền."
    )
    html = lookup(client, question.tracking_code).content.decode()
    assert "Từ chối" in html and "Nội dung không thuộc thẩm quyền." in html


def test_lookup_links_to_the_published_answer(client, topic, editor, publisher):
    question = publish(topic, editor, publisher, "Hỗ trợ tiền điện cho hộ nghèo")
    html = lookup(client, question.tracking_code).content.decode()
    assert "Đã trả lời" in html
    assert f'href="{question.get_absolute_url()}">Đọc câu trả lời</a>' in html


def test_lookup_of_an_answered_unpublished_question_shows_no_answer(
    client, topic, editor, publisher
):
    question = answered(make_question(topic), drafter=editor, approver=publisher)
    html = lookup(client, question.tracking_code).content.decode()
    assert "Đã trả lời" in html and "100 triệu đồng" not in html


@pytest.mark.parametrize("code", ["HD-7K3Q9F2M", "abc", "<b>x</b>"])
def test_an_unknown_code_says_so_in_vietnamese(client, db, code):
    response = lookup(client, code)
    assert response.status_code == 200
    assert "Không tìm thấy câu hỏi có mã" in response.content.decode()
    assert "<b>x</b>" not in response.content.decode()


def test_an_empty_lookup_asks_for_the_code(client, db):
    assert "Hãy nhập mã tra cứu." in lookup(client, "").content.decode()
    assert client.get(LOOKUP_URL).context["question"] is None

"""An asker's name, e-mail, phone, own wording and attachment never reach a public page,
the search index or the API."""

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from portal.demo_files import simple_pdf
from portal.models import SearchEntry
from qa.models import Question
from tests.qa.factories import answered, form_data

pytestmark = pytest.mark.django_db

NAME = "Phùng Thị Riêng Tư"
EMAIL = "rieng.tu.2024@example.vn"
PHONE = "0987654321"
FILE = "Sổ hộ khẩu nhà Phùng.pdf"
PRIVATE_WORDING = "thôn Bí Mật"
SECRETS = [NAME, EMAIL, PHONE, "0987 654 321", FILE, PRIVATE_WORDING, "Phùng"]


@pytest.fixture
def published(client, topic, editor, publisher):
    """A question asked through the form, with personal details in every field."""
    data = form_data(
        client,
        topic,
        asker_name=NAME,
        email=EMAIL,
        phone="0987 654 321",
        title="Hỏi về thẻ bảo hiểm y tế cho hộ cận nghèo",
        text=f"Tôi là {NAME} ở {PRIVATE_WORDING}, nhà tôi là hộ cận nghèo. Thẻ bảo hiểm y tế?",
        attachment=SimpleUploadedFile(FILE, simple_pdf(["So ho khau"])),
    )
    assert client.post(reverse("qa:ask"), data).status_code == 302
    question = Question.objects.get()
    assert question.phone == PHONE and question.attachment_name == FILE
    return answered(
        question,
        drafter=editor,
        approver=publisher,
        publish=True,
        public_title="Thẻ bảo hiểm y tế cho thành viên hộ cận nghèo",
        public_text="Nhà tôi là hộ cận nghèo. Các thành viên có được cấp thẻ bảo hiểm y tế?",
    )


def assert_private(content):
    text = content if isinstance(content, str) else content.decode()
    for secret in SECRETS:
        assert secret not in text, secret


@pytest.mark.parametrize(
    "url",
    [
        "/hoi-dap/",
        "/hoi-dap/?q=bao+hiem+y+te",
        "/tim-kiem/?q=thẻ+bảo+hiểm+y+tế",
        "/tim-kiem/?q=bao+hiem&loai=question",
        "/sitemap.xml",
        "/sitemap-questions.xml",
        "/",
    ],
)
def test_public_pages_show_no_personal_data(client, published, url):
    response = client.get(url)
    assert response.status_code == 200
    assert_private(response.content)


def test_the_published_question_is_listed_and_found(client, published):
    assert published.public_title in client.get("/hoi-dap/").content.decode()
    found = client.get("/tim-kiem/?q=the+bao+hiem").content.decode()
    assert f'href="{published.get_absolute_url()}"' in found


@pytest.mark.parametrize("q", [NAME, "Phùng", EMAIL, PHONE, "Bí Mật"])
def test_searching_for_the_askers_details_finds_nothing(client, published, q):
    assert client.get("/tim-kiem/", {"q": q}).context["results"] == []
    assert list(client.get("/hoi-dap/", {"q": q}).context["questions"]) == []


def test_the_detail_page_shows_the_public_version_only(client, published):
    response = client.get(published.get_absolute_url())
    html = response.content.decode()
    assert "Các thành viên có được cấp thẻ bảo hiểm y tế?" in html
    assert "100 triệu đồng" in html
    assert_private(html)
    assert reverse("admin:qa_question_attachment", args=[published.pk]) not in html


def test_the_lookup_page_shows_no_personal_data(client, published):
    response = client.get(reverse("qa:lookup"), {"ma": published.tracking_code})
    assert "Đã trả lời" in response.content.decode()
    assert_private(response.content)


def test_the_search_index_holds_no_personal_data(published):
    entries = list(SearchEntry.objects.filter(kind="question").values())
    assert len(entries) == 1
    assert_private(json.dumps(entries, ensure_ascii=False, default=str))


def test_no_api_response_contains_questions_or_contacts(client, published):
    root = client.get("/api/v1/")
    assert root.status_code == 200
    links = root.json()
    assert not any("question" in name or "hoi-dap" in url for name, url in links.items())
    assert_private(root.content)
    for url in links.values():
        response = client.get(url)
        assert response.status_code == 200, url
        assert_private(response.content)
        assert published.public_title not in response.content.decode()


def test_unpublished_questions_are_nowhere_public(client, topic, editor, publisher):
    from tests.qa.factories import make_question

    question = answered(
        make_question(topic, title="Câu hỏi chưa công bố"), drafter=editor, approver=publisher
    )
    assert not SearchEntry.objects.filter(kind="question").exists()
    assert "chưa công bố" not in client.get("/hoi-dap/").content.decode()
    assert client.get(f"/hoi-dap/{question.tracking_code}/").status_code == 404

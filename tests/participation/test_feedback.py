"""“Thông tin này có hữu ích không?” on article and programme pages."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from articles.models import Article
from participation.models import PageFeedback
from tests.conftest import make_article
from tests.participation.factories import make_feedback
from tests.programs.factories import make_program

pytestmark = pytest.mark.django_db

FEEDBACK_URL = reverse("participation:feedback")
QUESTION = "Thông tin này có hữu ích không?"
THANKS = "Cảm ơn bạn đã đánh giá."


def rate(client, target, page, useful="co", comment="", address="127.0.0.1", **extra):
    data = {"target": target, "page": page.pk, "useful": useful, "comment": comment, **extra}
    return client.post(FEEDBACK_URL, data, REMOTE_ADDR=address)


def html(response):
    return response.content.decode()


@pytest.fixture
def article(category):
    return make_article(category, title="Hướng dẫn đăng ký bảo hiểm y tế cho hộ cận nghèo")


@pytest.fixture
def program(db):
    return make_program("Hỗ trợ nhà ở cho hộ nghèo")


# The form on the pages


def test_a_published_article_asks_whether_it_was_useful(client, article):
    page = html(client.get(article.get_absolute_url()))

    assert f"<legend>{QUESTION}</legend>" in page
    assert f'action="{FEEDBACK_URL}"' in page
    assert 'name="useful" value="co">Có</button>' in page
    assert 'name="useful" value="khong">Không</button>' in page
    assert '<label class="feedback__label" for="danh-gia-comment">' in page


def test_a_public_programme_asks_whether_it_was_useful(client, program):
    page = html(client.get(program.get_absolute_url()))

    assert f"<legend>{QUESTION}</legend>" in page
    assert 'name="target" value="chuong-trinh"' in page


def test_a_staff_preview_of_a_draft_has_no_rating_form(client, category, editor):
    draft = make_article(category, status=Article.Status.DRAFT)
    client.force_login(editor)

    page = html(client.get(draft.get_absolute_url()))

    assert QUESTION not in page


# Recording answers


def test_a_yes_is_recorded_and_the_visitor_is_sent_back_with_thanks(client, article):
    response = rate(client, "bai-viet", article, "co")

    feedback = PageFeedback.objects.get()
    assert (feedback.article, feedback.program, feedback.useful) == (article, None, True)
    assert response.status_code == 302
    assert response["Location"] == f"{article.get_absolute_url()}#danh-gia"
    page = html(client.get(response["Location"]))
    assert THANKS in page
    assert QUESTION not in page  # answered: the thanks replaces the question


def test_a_no_with_a_comment_is_recorded_on_a_programme(client, program):
    rate(client, "chuong-trinh", program, "khong", comment="Thiếu mức hỗ trợ năm 2025.")

    feedback = PageFeedback.objects.get()
    assert (feedback.program, feedback.useful) == (program, False)
    assert feedback.comment == "Thiếu mức hỗ trợ năm 2025."


def test_answers_are_counted_per_page(client, article, category, program):
    other = make_article(category)
    rate(client, "bai-viet", article, "co", address="10.0.0.1")
    rate(client, "bai-viet", article, "co", address="10.0.0.2")
    rate(client, "bai-viet", article, "khong", address="10.0.0.3")
    rate(client, "bai-viet", other, "khong", address="10.0.0.1")
    rate(client, "chuong-trinh", program, "co", address="10.0.0.1")

    assert article.feedback.filter(useful=True).count() == 2
    assert article.feedback.filter(useful=False).count() == 1
    assert other.feedback.filter(useful=False).count() == 1
    assert program.feedback.filter(useful=True).count() == 1


def test_nothing_about_the_visitor_is_stored(client, article):
    rate(client, "bai-viet", article, "co", address="198.51.100.23")

    stored = PageFeedback.objects.values().get()
    assert "198.51.100.23" not in str(stored)
    assert set(stored) == {"id", "article_id", "program_id", "useful", "comment", "created_at"}


# Refusals


def test_a_draft_article_cannot_be_rated(client, category):
    draft = make_article(category, status=Article.Status.DRAFT)

    response = rate(client, "bai-viet", draft)

    assert response.status_code == 404
    assert not PageFeedback.objects.exists()


def test_a_scheduled_article_cannot_be_rated_yet(client, category):
    scheduled = make_article(category, published_at=timezone.now() + timedelta(hours=2))

    assert rate(client, "bai-viet", scheduled).status_code == 404
    assert not PageFeedback.objects.exists()


def test_a_hidden_programme_cannot_be_rated(client):
    hidden = make_program(is_public=False)

    assert rate(client, "chuong-trinh", hidden).status_code == 404
    assert not PageFeedback.objects.exists()


@pytest.mark.parametrize(
    "data",
    [
        {"target": "van-ban", "page": "1", "useful": "co"},
        {"target": "bai-viet", "page": "abc", "useful": "co"},
        {"target": "bai-viet", "page": "1", "useful": "co-le"},
        {"target": "bai-viet", "page": "1"},
        {"target": "bai-viet", "page": "1", "useful": "co", "comment": "x" * 1001},
    ],
)
def test_a_malformed_answer_is_a_bad_request(client, article, data):
    data = {**data, "page": article.pk if data["page"] == "1" else data["page"]}

    response = client.post(FEEDBACK_URL, data)

    assert response.status_code == 400
    assert not PageFeedback.objects.exists()


def test_an_unknown_page_is_not_found(client, db):
    response = client.post(FEEDBACK_URL, {"target": "bai-viet", "page": 999999, "useful": "co"})

    assert response.status_code == 404


def test_the_rating_address_takes_only_posts(client, db):
    assert client.get(FEEDBACK_URL).status_code == 405


# Spam controls


def test_a_second_answer_from_the_same_client_on_the_same_day_is_not_counted(client, article):
    rate(client, "bai-viet", article, "co")

    response = rate(client, "bai-viet", article, "khong")

    assert PageFeedback.objects.count() == 1
    assert "Bạn đã đánh giá trang này." in html(client.get(response["Location"]))


def test_the_same_client_may_rate_another_page(client, article, program):
    rate(client, "bai-viet", article, "co")

    rate(client, "chuong-trinh", program, "co")

    assert PageFeedback.objects.count() == 2


def test_a_filled_honeypot_records_nothing(client, article):
    response = rate(client, "bai-viet", article, "co", website="http://spam.example")

    assert response.status_code == 302
    assert not PageFeedback.objects.exists()


def test_ratings_are_deleted_with_their_page(client, article):
    make_feedback(article, useful=True)

    article.delete()

    assert not PageFeedback.objects.exists()

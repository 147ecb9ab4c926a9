"""Spam controls: rate limits per address, the honeypot, the signed challenge."""

import time

import pytest
from django.core import signing
from django.urls import reverse

from qa import spam
from qa.models import Question
from tests.qa.factories import form_data

pytestmark = pytest.mark.django_db

ASK_URL = reverse("qa:ask")
LOOKUP_URL = reverse("qa:lookup")


def post(client, data, **extra):
    return client.post(ASK_URL, data, **extra)


# Rate limits


def test_at_most_five_questions_an_hour_from_one_address(client, topic):
    for _ in range(5):
        assert post(client, form_data(client, topic)).status_code == 302
    response = post(client, form_data(client, topic))
    assert response.status_code == 429
    assert "Vui lòng thử lại sau một giờ" in response.content.decode()
    assert "Gia đình tôi là hộ nghèo, nhà dột nát." in response.content.decode()
    assert Question.objects.count() == 5


def test_another_address_may_still_ask(client, topic):
    for _ in range(5):
        post(client, form_data(client, topic))
    response = post(client, form_data(client, topic), REMOTE_ADDR="203.0.113.9")
    assert response.status_code == 302


def test_a_forged_forwarded_for_header_does_not_escape_the_limit(client, topic):
    for n in range(5):
        post(client, form_data(client, topic), HTTP_X_FORWARDED_FOR=f"198.51.100.{n}")
    response = post(client, form_data(client, topic), HTTP_X_FORWARDED_FOR="198.51.100.99")
    assert response.status_code == 429


def test_behind_a_trusted_proxy_the_forwarded_address_counts(client, topic, settings):
    settings.NUM_PROXIES = 1
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "NUM_PROXIES": 1}
    for _ in range(5):
        post(client, form_data(client, topic), HTTP_X_FORWARDED_FOR="198.51.100.1")
    assert (
        post(client, form_data(client, topic), HTTP_X_FORWARDED_FOR="198.51.100.1").status_code
        == 429
    )
    assert (
        post(client, form_data(client, topic), HTTP_X_FORWARDED_FOR="198.51.100.2").status_code
        == 302
    )


def test_failed_posts_are_limited_too(client, topic, settings):
    settings.QA_FORM_POSTS_PER_HOUR = 3
    for _ in range(3):
        post(client, form_data(client, topic, kiem_tra="999"))
    response = post(client, form_data(client, topic))
    assert response.status_code == 429
    assert not Question.objects.exists()


def test_lookups_are_rate_limited(client, db, settings):
    settings.QA_LOOKUPS_PER_HOUR = 3
    for _ in range(3):
        assert client.get(LOOKUP_URL, {"ma": "HD-7K3Q9F2M"}).status_code == 200
    response = client.get(LOOKUP_URL, {"ma": "HD-7K3Q9F2M"})
    assert response.status_code == 429
    assert "tra cứu quá nhiều lần" in response.content.decode()


# Honeypot


def test_the_honeypot_is_hidden_by_css_and_from_assistive_technology(client, topic):
    html = client.get(ASK_URL).content.decode()
    assert '<div class="qa-hp" aria-hidden="true">' in html
    assert (
        '<input type="text" name="trang_web" id="id_trang_web" value="" tabindex="-1" '
        'autocomplete="off">' in html
    )
    assert "display:none" not in html.replace(" ", "")


def test_a_filled_honeypot_saves_nothing_and_says_nothing_specific(client, topic):
    response = post(client, form_data(client, topic, trang_web="http://spam.example"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Không gửi được câu hỏi" in html
    assert "trang_web" in html and "http://spam.example" not in html  # emptied for a retry
    assert "Gia đình tôi là hộ nghèo, nhà dột nát." in html  # kept for a retry
    assert 'aria-invalid="true"' not in html
    assert not Question.objects.exists()


# Challenge


def test_a_wrong_answer_is_refused_with_a_new_question(client, topic):
    data = form_data(client, topic)
    data["kiem_tra"] = str(int(data["kiem_tra"]) + 1)
    response = post(client, data)
    assert "Câu trả lời kiểm tra chưa đúng" in response.content.decode()
    assert response.context["form"]["ma_kiem_tra"].value() != data["ma_kiem_tra"]
    assert not Question.objects.exists()


def test_the_answer_may_be_written_in_words(client, topic):
    words = dict(enumerate(spam.WORDS))
    # Questions are drawn at random; sums above ten are answered in digits, so draw again.
    data = next(
        data
        for data in (form_data(client, topic) for _ in range(200))
        if int(data["kiem_tra"]) <= 10
    )
    answer = int(data["kiem_tra"])
    assert post(client, {**data, "kiem_tra": words[answer]}).status_code == 302


def test_a_tampered_token_is_refused(client, topic):
    data = form_data(client, topic)
    forged = signing.dumps({"a": 1, "n": "x", "t": int(time.time())}, salt="another-salt")
    response = post(client, {**data, "ma_kiem_tra": forged, "kiem_tra": "1"})
    assert "Câu hỏi kiểm tra không hợp lệ" in response.content.decode()
    assert not Question.objects.exists()


def test_an_expired_challenge_is_refused(client, topic, settings):
    data = form_data(client, topic)
    settings.QA_CHALLENGE_MAX_AGE = -1
    response = post(client, data)
    assert "Câu hỏi kiểm tra đã hết hạn" in response.content.decode()
    assert not Question.objects.exists()


def test_an_answer_sent_too_fast_is_refused(client, topic, settings):
    settings.QA_CHALLENGE_MIN_SECONDS = 60
    response = post(client, form_data(client, topic))
    assert "Bạn gửi nhanh quá" in response.content.decode()
    assert not Question.objects.exists()


def test_a_solved_challenge_cannot_be_replayed(client, topic):
    data = form_data(client, topic)
    assert post(client, data).status_code == 302
    response = post(client, data)
    assert "đã được dùng" in response.content.decode()
    assert Question.objects.count() == 1


def test_the_challenge_needs_no_session(client, topic):
    data = form_data(client, topic)
    client.cookies.clear()
    assert post(client, data).status_code == 302

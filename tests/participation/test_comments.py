"""Comments on draft documents: the window, moderation, what the public sees, spam controls."""

from datetime import datetime, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from documents.models import site_today
from participation import services
from participation.models import DocumentComment
from tests.documents.factories import make_document
from tests.participation.factories import make_comment, make_draft

pytestmark = pytest.mark.django_db

THANKS = "Góp ý của bạn đã được gửi và sẽ được công bố sau khi kiểm duyệt."
HANOI = timezone.get_default_timezone()


def comment_url(document):
    return reverse("participation:comment", kwargs={"slug": document.slug})


def comment_data(**overrides):
    return {
        "name": "Trần Thị Bình",
        "email": "binh.tran@example.vn",
        "organisation": "Xã Kim Đông, huyện Kim Sơn",
        "text": "Đề nghị bổ sung hỗ trợ tiền đi lại cho học viên ở xã xa.",
        "website": "",
        **overrides,
    }


def post_comment(client, document, **overrides):
    return client.post(comment_url(document), comment_data(**overrides), follow=True)


def html(response):
    return response.content.decode()


# The window


def test_a_draft_takes_comments_until_the_end_of_its_date(db):
    draft = make_draft(days_left=0)

    assert draft.comments_open
    assert not draft.comments_open_on(site_today() + timedelta(days=1))


def test_the_window_closes_at_midnight_in_vietnam_not_in_utc(db):
    draft = make_draft(days_left=0)
    last_minute = datetime.combine(draft.comments_open_until, datetime.max.time(), tzinfo=HANOI)
    midnight = datetime.combine(
        draft.comments_open_until + timedelta(days=1), datetime.min.time(), tzinfo=HANOI
    )

    services.comment_submit(document=draft, name="An", text="Kịp giờ.", now=last_minute)
    with pytest.raises(ValidationError):
        services.comment_submit(document=draft, name="Bình", text="Muộn.", now=midnight)

    assert list(DocumentComment.objects.values_list("name", flat=True)) == ["An"]


def test_a_comment_on_an_open_draft_is_saved_pending(client):
    draft = make_draft()

    response = post_comment(client, draft)

    comment = DocumentComment.objects.get()
    assert comment.document == draft
    assert comment.status == DocumentComment.Status.PENDING
    assert comment.email == "binh.tran@example.vn"
    assert response.redirect_chain == [(f"{draft.get_absolute_url()}#gop-y", 302)]
    assert THANKS in html(response)


def test_a_pending_comment_is_not_shown(client):
    draft = make_draft()

    response = post_comment(client, draft)

    assert "Đề nghị bổ sung hỗ trợ tiền đi lại" not in html(response)
    assert "Chưa có góp ý nào được công bố" in html(response)


def test_a_comment_is_taken_on_the_last_day(client):
    draft = make_draft(days_left=0)

    post_comment(client, draft)

    assert DocumentComment.objects.count() == 1


def test_a_comment_after_the_last_day_is_refused_with_a_message(client):
    closed = make_draft(days_left=-1)

    response = client.post(comment_url(closed), comment_data())

    assert response.status_code == 403
    assert not DocumentComment.objects.exists()
    assert "Đã hết thời hạn góp ý cho dự thảo này" in html(response)


def test_a_refused_comment_is_shown_back_so_it_is_not_lost(client):
    closed = make_draft(days_left=-1)

    response = client.post(comment_url(closed), comment_data(text="Ý kiến viết quá hạn"))

    assert "Ý kiến viết quá hạn" in html(response)


def test_a_document_not_open_for_comments_refuses_them(client):
    document = make_document()

    response = client.post(comment_url(document), comment_data())

    assert response.status_code == 403
    assert not DocumentComment.objects.exists()
    assert "Văn bản này không lấy ý kiến góp ý." in html(response)


def test_the_comment_page_of_a_closed_draft_leads_back_to_the_document(client):
    closed = make_draft(days_left=-1)

    response = client.get(comment_url(closed))

    assert response.status_code == 302
    assert response["Location"] == f"{closed.get_absolute_url()}#gop-y"


def test_a_non_public_draft_takes_no_comment(client):
    hidden = make_draft(is_public=False)

    response = client.post(comment_url(hidden), comment_data())

    assert response.status_code == 404
    assert not DocumentComment.objects.exists()


def test_an_incomplete_comment_shows_the_form_again_with_vietnamese_errors(client):
    draft = make_draft()

    response = client.post(comment_url(draft), comment_data(name="", text="", email="sai"))

    assert response.status_code == 200
    assert "Vui lòng nhập họ và tên." in html(response)
    assert "Vui lòng nhập nội dung góp ý." in html(response)
    assert "Địa chỉ thư điện tử chưa đúng." in html(response)
    assert 'aria-invalid="true"' in html(response)
    assert not DocumentComment.objects.exists()


def test_a_too_long_comment_is_refused(client):
    draft = make_draft()

    response = client.post(comment_url(draft), comment_data(text="x" * 4001))

    assert response.status_code == 200
    assert "Nội dung góp ý tối đa 4.000 ký tự." in html(response)
    assert not DocumentComment.objects.exists()


# The document page


def test_an_open_draft_shows_its_deadline_and_the_form(client):
    draft = make_draft(days_left=3)

    response = client.get(draft.get_absolute_url())

    deadline = draft.comments_open_until.strftime("%d/%m/%Y")
    assert f"Dự thảo đang lấy ý kiến đến hết ngày {deadline}" in html(response)
    assert f'action="{comment_url(draft)}"' in html(response)


def test_a_closed_draft_says_so_and_has_no_form(client):
    closed = make_draft(days_left=-1)

    response = client.get(closed.get_absolute_url())

    assert "Đã hết thời hạn góp ý" in html(response)
    assert comment_url(closed) not in html(response)


def test_a_document_never_open_shows_no_consultation(client):
    document = make_document()

    response = client.get(document.get_absolute_url())

    assert 'id="gop-y"' not in html(response)


def test_published_comments_appear_with_their_count_and_reply(client):
    draft = make_draft()
    make_comment(
        draft,
        name="Lê Văn Cường",
        text="Nên giảm thủ tục xác nhận.",
        reply="Cơ quan soạn thảo tiếp thu.",
        status=DocumentComment.Status.PUBLISHED,
    )
    make_comment(draft, name="Phạm Thị Dung", status=DocumentComment.Status.PUBLISHED)

    response = client.get(draft.get_absolute_url())

    assert "2 góp ý đã được công bố" in html(response)
    assert "Lê Văn Cường" in html(response)
    assert "Nên giảm thủ tục xác nhận." in html(response)
    assert "Cơ quan soạn thảo tiếp thu." in html(response)


def test_published_comments_stay_visible_after_the_window_closes(client):
    closed = make_draft(days_left=-5)
    make_comment(closed, name="Lê Văn Cường", status=DocumentComment.Status.PUBLISHED)

    response = client.get(closed.get_absolute_url())

    assert "1 góp ý đã được công bố" in html(response)
    assert "Lê Văn Cường" in html(response)


def test_rejected_comments_never_appear(client):
    draft = make_draft()
    make_comment(draft, name="Kẻ Quảng Cáo", status=DocumentComment.Status.REJECTED)

    response = client.get(draft.get_absolute_url())

    assert "Kẻ Quảng Cáo" not in html(response)
    assert "Chưa có góp ý nào được công bố" in html(response)


def test_the_email_and_address_of_a_commenter_are_never_shown(client):
    draft = make_draft()
    make_comment(
        draft,
        email="rieng.tu@example.vn",
        organisation="Số 5 đường Lê Lợi",
        status=DocumentComment.Status.PUBLISHED,
    )

    page = html(client.get(draft.get_absolute_url()))
    listing = html(client.get(reverse("participation:drafts")))

    assert "rieng.tu@example.vn" not in page + listing
    assert "Số 5 đường Lê Lợi" not in page + listing


def test_comment_text_is_shown_as_plain_text(client):
    draft = make_draft()
    make_comment(draft, text="<script>alert(1)</script>", status=DocumentComment.Status.PUBLISHED)

    response = client.get(draft.get_absolute_url())

    assert "<script>alert(1)</script>" not in html(response)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html(response)


# Spam controls


def test_a_filled_honeypot_saves_nothing_but_looks_accepted(client):
    draft = make_draft()

    response = post_comment(client, draft, website="https://quang-cao.example")

    assert not DocumentComment.objects.exists()
    assert THANKS in html(response)


def test_the_honeypot_is_hidden_from_people(client):
    draft = make_draft()

    page = html(client.get(draft.get_absolute_url()))

    assert '<div class="hp-field" aria-hidden="true">' in page
    assert 'name="website" value="" tabindex="-1" autocomplete="off"' in page


def test_one_address_may_send_five_comments_an_hour(client):
    draft = make_draft()
    for n in range(5):
        post_comment(client, draft, text=f"Góp ý số {n}")

    response = client.post(comment_url(draft), comment_data(text="Góp ý thứ sáu"))

    assert response.status_code == 429
    assert "Bạn đã gửi nhiều góp ý trong thời gian ngắn" in html(response)
    assert "Góp ý thứ sáu" in html(response)  # what they typed is not lost
    assert DocumentComment.objects.count() == 5


def test_the_limit_is_per_address(client):
    draft = make_draft()
    for n in range(5):
        post_comment(client, draft, text=f"Góp ý số {n}")

    client.post(comment_url(draft), comment_data(), REMOTE_ADDR="10.0.0.9")

    assert DocumentComment.objects.count() == 6


def test_behind_a_proxy_the_limit_uses_the_forwarded_address(client, settings):
    settings.NUM_PROXIES = 1
    draft = make_draft()
    for n in range(5):
        client.post(
            comment_url(draft), comment_data(text=f"Số {n}"), HTTP_X_FORWARDED_FOR="203.0.113.7"
        )

    other = client.post(comment_url(draft), comment_data(), HTTP_X_FORWARDED_FOR="203.0.113.8")
    same = client.post(comment_url(draft), comment_data(), HTTP_X_FORWARDED_FOR="203.0.113.7")

    assert other.status_code == 302
    assert same.status_code == 429


# The list of drafts


def test_the_drafts_page_lists_open_drafts_soonest_deadline_first(client):
    later = make_draft(days_left=20, abstract="Dự thảo kế hoạch đào tạo nghề")
    sooner = make_draft(days_left=2, abstract="Dự thảo quy định mức trợ giúp")

    response = client.get(reverse("participation:drafts"))

    page = html(response)
    assert response.status_code == 200
    assert page.index(sooner.abstract) < page.index(later.abstract)


def test_the_drafts_page_lists_recently_closed_drafts_apart(client):
    make_draft(days_left=-3, abstract="Dự thảo vừa hết hạn")
    make_draft(days_left=-200, abstract="Dự thảo đã lâu")
    make_draft(is_public=False, abstract="Dự thảo nội bộ")
    make_document(abstract="Văn bản không lấy ý kiến")

    page = html(client.get(reverse("participation:drafts")))

    assert "Hiện không có dự thảo nào đang lấy ý kiến." in page
    assert "Dự thảo vừa hết hạn" in page
    assert "Dự thảo đã lâu" not in page
    assert "Dự thảo nội bộ" not in page
    assert "Văn bản không lấy ý kiến" not in page


def test_the_drafts_page_counts_published_comments_only(client):
    draft = make_draft()
    make_comment(draft, status=DocumentComment.Status.PUBLISHED)
    make_comment(draft, status=DocumentComment.Status.PUBLISHED)
    make_comment(draft)

    page = html(client.get(reverse("participation:drafts")))

    assert "2 góp ý đã công bố" in page

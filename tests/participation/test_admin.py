"""The staff side: who may open what, moderation, the per-page results and the exports."""

import csv
import io
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from participation.models import DocumentComment
from portal import roles
from tests.conftest import make_article, make_user
from tests.participation.factories import make_comment, make_draft, make_feedback
from tests.programs.factories import make_program

pytestmark = pytest.mark.django_db

COMMENTS_URL = reverse("admin:participation_documentcomment_changelist")
RATINGS_URL = reverse("admin:participation_pagefeedback_changelist")
RATINGS_EXPORT_URL = reverse("admin:participation_pagefeedback_export")
SUMMARY_URL = reverse("admin:participation_feedbacksummary_changelist")
SUMMARY_CSV_URL = reverse("admin:participation_feedbacksummary_csv")
STAFF_PAGES = [COMMENTS_URL, RATINGS_URL, RATINGS_EXPORT_URL, SUMMARY_URL, SUMMARY_CSV_URL]


def html(response):
    return response.content.decode()


def csv_rows(content):
    assert content.startswith("\ufeff".encode())
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))


@pytest.fixture
def administrator_role(db):
    """A member of the “Quản trị” group, not a superuser: checks the migration's grants."""
    return make_user("quantrivien", roles.ADMINISTRATOR)


@pytest.fixture
def draft(db):
    return make_draft(number="12/KH-SLĐTBXH")


@pytest.fixture
def ratings(category):
    """An article with 3 “Có” and 1 “Không” (2 comments); a programme with 2 “Không”."""
    article = make_article(category, title="Thủ tục hưởng trợ cấp xã hội hằng tháng")
    program = make_program("Hỗ trợ tiền điện cho hộ nghèo")
    make_feedback(article, useful=True, comment="Rõ ràng, dễ hiểu.")
    make_feedback(article, useful=True)
    make_feedback(article, useful=True)
    make_feedback(article, useful=False, comment="Thiếu mẫu đơn.")
    make_feedback(program, useful=False)
    make_feedback(program, useful=False, created_at=timezone.now() - timedelta(days=40))
    return article, program


# Permission matrix


@pytest.mark.parametrize("url", STAFF_PAGES)
def test_anonymous_is_sent_to_the_login_page(client, db, url):
    response = client.get(url)

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))


@pytest.mark.parametrize("url", STAFF_PAGES)
def test_an_editor_may_not_open_the_participation_pages(client, editor, url):
    client.force_login(editor)

    assert client.get(url).status_code == 403


@pytest.mark.parametrize("url", STAFF_PAGES)
def test_a_data_approver_may_not_open_the_participation_pages(client, db, url):
    client.force_login(make_user("duyetsolieu", roles.DATA_APPROVER))

    assert client.get(url).status_code == 403


@pytest.mark.parametrize("url", STAFF_PAGES)
@pytest.mark.parametrize("role", ["publisher", "administrator", "administrator_role"])
def test_publishers_and_administrators_open_the_participation_pages(client, request, role, url):
    client.force_login(request.getfixturevalue(role))

    assert client.get(url).status_code == 200


def test_the_results_page_is_listed_on_the_admin_index(client, publisher):
    client.force_login(publisher)

    page = html(client.get(reverse("admin:index")))

    assert "Kết quả đánh giá trang" in page
    assert "Góp ý dự thảo" in page


def test_nobody_adds_a_comment_or_a_rating_in_the_admin(client, publisher):
    client.force_login(publisher)

    assert client.get(reverse("admin:participation_documentcomment_add")).status_code == 403
    assert client.get(reverse("admin:participation_pagefeedback_add")).status_code == 403


# Moderation


def act(client, action, *comments):
    return client.post(
        COMMENTS_URL, {"action": action, "_selected_action": [c.pk for c in comments]}
    )


def test_a_publisher_publishes_a_comment_and_it_appears_with_the_count(client, publisher, draft):
    comment = make_comment(draft, name="Vũ Thị Hạnh")
    client.force_login(publisher)

    act(client, "publish_selected", comment)

    comment.refresh_from_db()
    assert comment.status == DocumentComment.Status.PUBLISHED
    assert comment.moderated_by == publisher
    assert comment.moderated_at is not None
    page = html(client.get(draft.get_absolute_url()))
    assert "1 góp ý đã được công bố" in page
    assert "Vũ Thị Hạnh" in page


def test_a_rejected_comment_never_appears(client, publisher, draft):
    comment = make_comment(draft, name="Tin Rác")
    client.force_login(publisher)

    act(client, "reject_selected", comment)

    comment.refresh_from_db()
    assert comment.status == DocumentComment.Status.REJECTED
    assert comment.moderated_by == publisher
    assert "Tin Rác" not in html(client.get(draft.get_absolute_url()))


def test_an_editor_cannot_publish_a_comment(client, editor, draft):
    comment = make_comment(draft)
    client.force_login(editor)

    response = act(client, "publish_selected", comment)

    assert response.status_code == 403
    comment.refresh_from_db()
    assert comment.status == DocumentComment.Status.PENDING


def test_a_reply_saved_in_the_form_is_stamped_and_shown(client, publisher, draft):
    comment = make_comment(draft)
    client.force_login(publisher)

    response = client.post(
        reverse("admin:participation_documentcomment_change", args=[comment.pk]),
        {"status": "published", "reply": "Ban soạn thảo tiếp thu.", "_save": "Lưu lại"},
    )

    assert response.status_code == 302
    comment.refresh_from_db()
    assert (comment.status, comment.reply, comment.moderated_by) == (
        DocumentComment.Status.PUBLISHED,
        "Ban soạn thảo tiếp thu.",
        publisher,
    )
    assert "Ban soạn thảo tiếp thu." in html(client.get(draft.get_absolute_url()))


def test_the_form_never_changes_what_the_visitor_wrote(client, publisher, draft):
    comment = make_comment(draft, text="Nguyên văn góp ý.")
    client.force_login(publisher)

    client.post(
        reverse("admin:participation_documentcomment_change", args=[comment.pk]),
        {"status": "pending", "reply": "", "text": "Đã bị sửa", "_save": "Lưu lại"},
    )

    comment.refresh_from_db()
    assert comment.text == "Nguyên văn góp ý."


def test_the_moderation_page_shows_the_comment_as_plain_text(client, publisher, draft):
    comment = make_comment(draft, text="<b>Đậm</b>\nDòng hai")
    client.force_login(publisher)

    page = html(
        client.get(reverse("admin:participation_documentcomment_change", args=[comment.pk]))
    )

    assert "<p>&lt;b&gt;Đậm&lt;/b&gt;<br>Dòng hai</p>" in page


def test_the_moderation_list_filters_by_status(client, publisher, draft):
    make_comment(draft, name="Người chờ duyệt")
    make_comment(draft, name="Người đã công bố", status=DocumentComment.Status.PUBLISHED)
    client.force_login(publisher)

    response = client.get(COMMENTS_URL, {"status__exact": "pending"})

    assert [c.name for c in response.context["cl"].result_list] == ["Người chờ duyệt"]


def test_the_document_admin_filters_drafts_open_for_comments(client, publisher, draft):
    make_draft(days_left=-2, number="13/KH-SLĐTBXH")
    client.force_login(publisher)

    response = client.get(
        reverse("admin:documents_legaldocument_changelist"), {"lay_y_kien": "dang"}
    )

    assert [d.number for d in response.context["cl"].result_list] == ["12/KH-SLĐTBXH"]


def test_a_publisher_may_delete_a_document_that_has_comments(client, publisher, draft):
    make_comment(draft)
    client.force_login(publisher)

    response = client.post(
        reverse("admin:documents_legaldocument_delete", args=[draft.pk]), {"post": "yes"}
    )

    assert response.status_code == 302
    assert not DocumentComment.objects.exists()


# Results per page


def summary_rows(response):
    return {
        row["title"]: (row["yes"], row["no"], row["ratio_label"], row["comments"])
        for row in response.context["rows"]
    }


def test_the_results_page_counts_yes_and_no_per_page(client, publisher, ratings):
    client.force_login(publisher)

    response = client.get(SUMMARY_URL)

    assert summary_rows(response) == {
        "Thủ tục hưởng trợ cấp xã hội hằng tháng": (3, 1, "75,0%", 2),
        "Hỗ trợ tiền điện cho hộ nghèo": (0, 2, "0,0%", 0),
    }
    page = html(response)
    assert f'href="{ratings[0].get_absolute_url()}"' in page
    assert "Thiếu mẫu đơn." in page  # the comments themselves, below the table


def test_the_results_filter_by_kind_of_page(client, publisher, ratings):
    client.force_login(publisher)

    response = client.get(SUMMARY_URL, {"kind": "chuong-trinh"})

    assert list(summary_rows(response)) == ["Hỗ trợ tiền điện cho hộ nghèo"]


def test_the_results_filter_by_date_range(client, publisher, ratings):
    client.force_login(publisher)
    today = timezone.localdate()

    response = client.get(SUMMARY_URL, {"since": today - timedelta(days=7), "until": today})

    assert summary_rows(response)["Hỗ trợ tiền điện cho hộ nghèo"][:2] == (0, 1)


def test_an_inverted_date_range_is_explained(client, publisher, ratings):
    client.force_login(publisher)
    today = timezone.localdate()

    response = client.get(SUMMARY_URL, {"since": today, "until": today - timedelta(days=1)})

    assert "“Từ ngày” phải trước hoặc trùng “Đến ngày”." in html(response)


@pytest.mark.parametrize(
    ("order", "first"),
    [
        ("-no", "Hỗ trợ tiền điện cho hộ nghèo"),
        ("-yes", "Thủ tục hưởng trợ cấp xã hội hằng tháng"),
        ("ratio", "Hỗ trợ tiền điện cho hộ nghèo"),
        ("title", "Hỗ trợ tiền điện cho hộ nghèo"),
        ("-comments", "Thủ tục hưởng trợ cấp xã hội hằng tháng"),
    ],
)
def test_the_results_sort_by_any_column(client, publisher, ratings, order, first):
    client.force_login(publisher)

    response = client.get(SUMMARY_URL, {"o": order})

    assert response.context["rows"][0]["title"] == first


def test_the_results_download_as_csv_for_excel(client, publisher, ratings):
    client.force_login(publisher)

    response = client.get(SUMMARY_CSV_URL, {"o": "-yes"})

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment;" in response["Content-Disposition"]
    rows = csv_rows(response.content)
    assert rows[0][:8] == [
        "Loại trang", "Trang", "Địa chỉ", "Số lượt “Có”", "Số lượt “Không”", "Tổng số lượt",
        "Tỷ lệ hữu ích", "Số góp ý",
    ]  # fmt: skip
    article_row, program_row = rows[1:]
    assert article_row[:2] == ["Bài viết", "Thủ tục hưởng trợ cấp xã hội hằng tháng"]
    assert article_row[2] == f"http://testserver{ratings[0].get_absolute_url()}"
    assert article_row[3:8] == ["3", "1", "4", "75,0%", "2"]
    assert program_row[:1] + program_row[3:8] == ["Chương trình", "0", "2", "2", "0,0%", "0"]


def test_the_results_csv_keeps_the_filters(client, publisher, ratings):
    client.force_login(publisher)

    rows = csv_rows(client.get(SUMMARY_CSV_URL, {"kind": "bai-viet"}).content)

    assert [row[1] for row in rows[1:]] == ["Thủ tục hưởng trợ cấp xã hội hằng tháng"]


def test_a_title_that_looks_like_a_formula_is_exported_as_text(client, publisher, category):
    make_feedback(make_article(category, title='=HYPERLINK("http://x")'))
    client.force_login(publisher)

    rows = csv_rows(client.get(SUMMARY_CSV_URL).content)

    assert rows[1][1] == '\'=HYPERLINK("http://x")'


# Individual ratings and their export


def export(client, file_format, query=""):
    url = f"{RATINGS_EXPORT_URL}{query}"
    form = client.get(url).context["form"]
    formats = {label: value for value, label in form.fields["format"].choices}
    response = client.post(url, {"resource": "0", "format": formats[file_format]})
    assert response.status_code == 200
    return response.content


def test_every_rating_exports_as_csv_with_a_bom(client, publisher, ratings):
    client.force_login(publisher)

    rows = csv_rows(export(client, "csv"))

    assert rows[0] == ["Thời điểm", "Loại trang", "Trang", "Địa chỉ", "Hữu ích", "Góp ý"]
    assert len(rows) == 1 + 6
    useful = [(row[2], row[4]) for row in rows[1:]]
    assert useful.count(("Thủ tục hưởng trợ cấp xã hội hằng tháng", "Có")) == 3
    assert useful.count(("Hỗ trợ tiền điện cho hộ nghèo", "Không")) == 2
    assert [row[5] for row in rows[1:] if row[5].startswith("Thiếu")] == ["Thiếu mẫu đơn."]


def test_the_ratings_export_follows_the_list_filters(client, publisher, ratings):
    client.force_login(publisher)

    rows = csv_rows(export(client, "csv", "?loai=chuong-trinh"))

    assert {row[1] for row in rows[1:]} == {"Chương trình"}


def test_a_comment_that_looks_like_a_formula_is_exported_as_text(client, publisher, category):
    make_feedback(make_article(category), comment="=1+2")
    client.force_login(publisher)

    rows = csv_rows(export(client, "csv"))

    assert rows[1][5] == "'=1+2"


def test_the_ratings_list_is_read_only(client, publisher, ratings):
    feedback = ratings[0].feedback.first()
    client.force_login(publisher)

    response = client.post(
        reverse("admin:participation_pagefeedback_change", args=[feedback.pk]),
        {"useful": "", "comment": "Sửa"},
    )

    assert response.status_code == 403

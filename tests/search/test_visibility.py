"""Only what the public may read is ever found: no drafts, nothing before its time, nothing
unpublished, deleted or marked private - not in results, counts or snippets."""

import pytest

from articles.models import Article
from tests.conftest import make_article
from tests.documents.factories import make_document, make_document_type, make_procedure
from tests.programs.factories import make_campaign, make_program
from tests.search.conftest import ago, ahead, found, html, search_page, total

pytestmark = pytest.mark.django_db


def test_draft_article_is_not_found(client):
    make_article(title="Khuyến nông bản nháp", status=Article.Status.DRAFT)

    assert found(client, "khuyen nong") == []


def test_article_awaiting_review_is_not_found(client):
    make_article(title="Khuyến nông chờ duyệt", status=Article.Status.PENDING)

    assert found(client, "khuyen nong") == []


def test_scheduled_article_is_hidden_until_its_time(client):
    article = make_article(title="Khuyến nông lên lịch", published_at=ahead(hours=2))
    assert found(client, "khuyen nong") == []

    article.published_at = ago(minutes=1)
    article.save()

    assert found(client, "khuyen nong") == ["Khuyến nông lên lịch"]


def test_article_published_with_a_past_time_is_found_at_once(client):
    make_article(title="Khuyến nông đã đăng", published_at=ago(minutes=1))

    assert found(client, "khuyen nong") == ["Khuyến nông đã đăng"]


def test_unpublished_article_is_no_longer_found(client):
    article = make_article(title="Khuyến nông bị gỡ", published_at=ago(hours=1))
    assert found(client, "khuyen nong") == ["Khuyến nông bị gỡ"]

    article.status = Article.Status.DRAFT
    article.save()

    assert found(client, "khuyen nong") == []


def test_deleted_article_is_no_longer_found(client):
    article = make_article(title="Khuyến nông bị xóa", published_at=ago(hours=1))
    assert found(client, "khuyen nong") == ["Khuyến nông bị xóa"]

    article.delete()

    assert found(client, "khuyen nong") == []


def _assert_only_public_one(client, public_title, secret_word):
    """One result for "khuyến nông", and the private row's word nowhere on the page."""
    response = search_page(client, "khuyến nông")

    assert total(response) == 1
    assert [r["entry"].title for r in response.context["results"]] == [public_title]
    assert "Tìm thấy 1 kết quả" in html(response)
    assert secret_word.lower() not in html(response).lower()


def test_private_document_is_never_shown(client):
    plan = make_document_type("Kế hoạch")
    make_document("12/KH-UBND", doc_type=plan, abstract="Kế hoạch khuyến nông công khai")
    make_document(
        "13/KH-UBND", doc_type=plan, abstract="Kế hoạch khuyến nông Bimatnoibo", is_public=False
    )

    _assert_only_public_one(client, "Kế hoạch số 12/KH-UBND", "Bimatnoibo")


def test_private_procedure_is_never_shown(client):
    make_procedure("Cấp giấy chứng nhận khuyến nông")
    make_procedure("Khuyến nông Bimatthutuc", is_public=False)

    _assert_only_public_one(client, "Cấp giấy chứng nhận khuyến nông", "Bimatthutuc")


def test_private_campaign_is_never_shown(client):
    make_campaign("Thi đua khuyến nông")
    make_campaign("Thi đua khuyến nông Bimatphongtrao", is_public=False)

    _assert_only_public_one(client, "Thi đua khuyến nông", "Bimatphongtrao")


def test_private_programme_is_never_shown(client):
    make_program("Hỗ trợ khuyến nông")
    make_program(
        "Hỗ trợ khuyến nông Bimatchuongtrinh",
        summary="Khuyến nông Bimatchuongtrinh",
        is_public=False,
    )

    _assert_only_public_one(client, "Hỗ trợ khuyến nông", "Bimatchuongtrinh")

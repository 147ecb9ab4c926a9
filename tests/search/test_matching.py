"""What a query matches: diacritics ignored both ways, document numbers first, ranking by
where the words were found and then by date, typos forgiven on PostgreSQL."""

import pytest

from tests.conftest import make_article
from tests.documents.factories import make_document, make_document_type
from tests.search.conftest import ago, found, postgres_only, search_page

pytestmark = pytest.mark.django_db


# Diacritics


@pytest.fixture
def poverty_articles(db):
    return [
        make_article(title="Giảm nghèo bền vững tại huyện Kim Sơn", published_at=ago(hours=1)),
        make_article(
            title="Tổng kết năm",
            summary="Tỷ lệ hộ nghèo giảm mạnh nhờ các chương trình giảm nghèo.",
            published_at=ago(hours=2),
        ),
        make_article(
            title="Lễ hội mùa xuân", summary="Khai mạc lễ hội.", published_at=ago(hours=3)
        ),
    ]


def test_unaccented_upper_case_and_accented_queries_find_the_same_articles(
    client, poverty_articles
):
    expected = [poverty_articles[0].title, poverty_articles[1].title]

    assert found(client, "giam ngheo") == expected
    assert found(client, "GIẢM NGHÈO") == expected
    assert found(client, "giảm nghèo") == expected


def test_unaccented_place_name_finds_kim_son(client, poverty_articles):
    assert found(client, "Kim Son") == ["Giảm nghèo bền vững tại huyện Kim Sơn"]


def test_unaccented_phrase_finds_ho_tro_nha_o(client):
    make_article(title="Bàn giao nhà", summary="Tỉnh hỗ trợ nhà ở cho 120 hộ.")
    make_article(title="Lễ hội mùa xuân", summary="Khai mạc lễ hội.")

    assert found(client, "ho tro nha o") == ["Bàn giao nhà"]


def test_plain_d_finds_d_with_stroke(client):
    make_article(title="Đường giao thông liên xã hoàn thành")
    make_article(title="Lễ hội mùa xuân")

    assert found(client, "duong") == ["Đường giao thông liên xã hoàn thành"]


def test_plain_d_finds_d_with_stroke_inside_a_word(client):
    make_article(title="Kéo điện về bản vùng cao")
    make_article(title="Lễ hội mùa xuân")

    assert found(client, "dien") == ["Kéo điện về bản vùng cao"]


def test_accented_query_finds_text_written_without_diacritics(client):
    make_article(title="Tuyen duong Ninh Binh")  # a name typed on a keyboard without Telex

    assert found(client, "tuyến đường") == ["Tuyen duong Ninh Binh"]


# Document numbers


@pytest.fixture
def resolution(db):
    return make_document(
        "43/2023/NQ-HĐND",
        doc_type=make_document_type("Nghị quyết"),
        abstract="Quy định mức hỗ trợ nhà ở cho hộ nghèo",
        issued_date=ago(days=400).date(),
    )


@pytest.fixture
def noisy_items(db):
    """Newer items that say "43", "2023", "NQ" and "HĐND" far more often than the resolution."""
    make_article(
        title="Năm 2023: 43 xã về đích, 43 thôn đạt chuẩn - NQ HĐND 2023",
        summary="Năm 2023 có 43 xã, 2023 hộ; HĐND tỉnh ra NQ 43 năm 2023. " * 5,
        body="<p>" + "43 2023 NQ HĐND " * 50 + "</p>",
        published_at=ago(hours=1),
    )
    make_document(
        "143/2023/NQ-HĐND",
        doc_type=make_document_type("Nghị quyết ngân sách"),
        abstract="Nghị quyết 43 năm 2023 của HĐND về ngân sách 2023",
        issued_date=ago(days=5).date(),
    )


@pytest.mark.parametrize("typed", ["43/2023/NQ-HĐND", "43/2023/NQ-HDND", "43/2023/nq-hđnd"])
def test_exact_document_number_puts_that_document_first(client, resolution, noisy_items, typed):
    results = found(client, typed)

    assert results[0] == "Nghị quyết số 43/2023/NQ-HĐND"


def test_exact_party_document_number_puts_that_document_first(client, noisy_items):
    make_document(
        "09-NQ/TU",
        doc_type=make_document_type("Nghị quyết của Tỉnh ủy"),
        abstract="Về phát triển nông nghiệp",
        issued_date=ago(days=900).date(),
    )
    make_article(title="09 NQ TU: 09 nhiệm vụ", summary="NQ TU 09 " * 20, published_at=ago(hours=1))

    assert found(client, "09-NQ/TU")[0] == "Nghị quyết của Tỉnh ủy số 09-NQ/TU"


# Ranking


def test_title_match_beats_summary_match_beats_body_match(client):
    # The body match is the newest and the title match the oldest: placement outranks dates.
    make_article(title="Hội nghị", body="<p>Bàn về khuyến nông.</p>", published_at=ago(hours=1))
    make_article(title="Tập huấn", summary="Lớp khuyến nông cho xã.", published_at=ago(days=1))
    make_article(title="Khuyến nông năm mới", published_at=ago(days=2))

    assert found(client, "khuyến nông") == ["Khuyến nông năm mới", "Tập huấn", "Hội nghị"]


def test_equal_matches_list_the_most_recent_first(client):
    older = make_article(title="Khuyến nông mùa vụ", published_at=ago(days=3))
    newest = make_article(title="Khuyến nông mùa vụ", published_at=ago(hours=1))
    middle = make_article(title="Khuyến nông mùa vụ", published_at=ago(days=1))

    results = search_page(client, "khuyen nong").context["results"]

    assert [r["entry"].object_id for r in results] == [newest.pk, middle.pk, older.pk]


# Typos


@postgres_only
def test_query_with_one_typo_still_finds_the_articles(client, poverty_articles):
    assert "Giảm nghèo bền vững tại huyện Kim Sơn" in found(client, "giam nghoe")

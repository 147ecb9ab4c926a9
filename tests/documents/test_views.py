"""Public pages: the document register, document and procedure pages, feed, sitemap, menu."""

import re
from datetime import timedelta

import pytest
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils import timezone

from articles.models import Article
from documents.models import AdministrativeProcedure, Validity
from tests.conftest import make_article, sitemap_text
from tests.documents.factories import (
    make_document,
    make_document_type,
    make_field,
    make_file,
    make_issuer,
    make_procedure,
)

pytestmark = pytest.mark.django_db

LIST_URL = reverse("documents:list")
PROCEDURES_URL = reverse("documents:procedures")
NO_RESULT = "Không có văn bản nào khớp điều kiện tra cứu."


def days(n):
    return timezone.localdate() + timedelta(days=n)


def html(response):
    return response.content.decode()


def listed(response):
    return list(response.context["object_list"])


def link_to(obj):
    return f'href="{obj.get_absolute_url()}"'


# Register: order and pages


def test_register_lists_newest_documents_first(client):
    middle = make_document(issued_date=days(-20))
    newest = make_document(issued_date=days(-10))
    oldest = make_document(issued_date=days(-30))

    response = client.get(LIST_URL)

    assert response.status_code == 200
    assert listed(response) == [newest, middle, oldest]


def test_register_shows_twenty_documents_per_page(client):
    for n in range(25):
        make_document(issued_date=days(-n - 1))

    response = client.get(LIST_URL)

    assert len(listed(response)) == 20


def test_register_page_two_holds_the_oldest_documents(client):
    for n in range(20):
        make_document(issued_date=days(-n - 1))
    oldest = make_document(issued_date=days(-100))

    response = client.get(LIST_URL, {"trang": 2})

    assert response.status_code == 200
    assert listed(response) == [oldest]


def test_register_pagination_links_keep_the_filters(client):
    decision = make_document_type("Quyết định", slug="quyet-dinh")
    for n in range(21):
        make_document(doc_type=decision, issued_date=days(-n - 1))

    response = client.get(LIST_URL, {"loai": "quyet-dinh"})

    assert 'href="?loai=quyet-dinh&amp;trang=2" rel="next"' in html(response)


# Register: filters


def test_register_filters_by_document_type(client):
    resolution = make_document(doc_type=make_document_type("Nghị quyết", slug="nghi-quyet"))
    make_document(doc_type=make_document_type("Kế hoạch", slug="ke-hoach"))

    response = client.get(LIST_URL, {"loai": "nghi-quyet"})

    assert listed(response) == [resolution]


def test_register_filters_by_issuing_body(client):
    council = make_document(issuer=make_issuer("HĐND tỉnh", slug="hdnd-tinh"))
    make_document(issuer=make_issuer("UBND tỉnh", slug="ubnd-tinh"))

    response = client.get(LIST_URL, {"co_quan": "hdnd-tinh"})

    assert listed(response) == [council]


def test_register_filters_by_field(client):
    housing = make_field("Nhà ở", slug="nha-o")
    on_housing = make_document(fields=[housing, make_field()])
    make_document(fields=[make_field()])

    response = client.get(LIST_URL, {"linh_vuc": "nha-o"})

    assert listed(response) == [on_housing]


def test_register_filters_by_year_of_issue(client):
    today = timezone.localdate()
    old = make_document(issued_date=today.replace(year=today.year - 2, month=6, day=1))
    make_document(issued_date=today)

    response = client.get(LIST_URL, {"nam": old.issued_date.year})

    assert listed(response) == [old]


def test_register_filters_by_validity(client):
    expired = make_document(issued_date=days(-30), expiry_date=days(-1))
    make_document(issued_date=days(-30))
    make_document(issued_date=days(-30), effective_date=days(10))

    response = client.get(LIST_URL, {"hieu_luc": Validity.EXPIRED})

    assert listed(response) == [expired]


def test_register_combines_filters(client):
    resolution = make_document_type("Nghị quyết", slug="nghi-quyet")
    council = make_issuer("HĐND tỉnh", slug="hdnd-tinh")
    both = make_document(doc_type=resolution, issuer=council)
    make_document(doc_type=resolution)
    make_document(issuer=council)

    response = client.get(LIST_URL, {"loai": "nghi-quyet", "co_quan": "hdnd-tinh"})

    assert listed(response) == [both]


def test_register_ignores_tampered_filters_and_keeps_valid_ones(client):
    council = make_issuer("HĐND tỉnh", slug="hdnd-tinh")
    kept = make_document(issuer=council)
    make_document()

    response = client.get(LIST_URL, {"nam": "abc", "loai": "khong-co", "co_quan": "hdnd-tinh"})

    assert response.status_code == 200
    assert listed(response) == [kept]


def test_register_says_so_in_vietnamese_when_nothing_matches(client):
    make_document(abstract="Kế hoạch phòng chống thiên tai")

    response = client.get(LIST_URL, {"q": "không có văn bản này"})

    assert listed(response) == []
    assert NO_RESULT in html(response)


# Register: search


@pytest.mark.parametrize(
    "query", ["43/2023/NQ-HĐND", "43/2023/nq-hdnd", "43/2023/NQ-HDND", " 43/2023/nq-hđnd "]
)
def test_register_puts_the_document_with_the_exact_number_first(client, query):
    exact = make_document("43/2023/NQ-HĐND", issued_date=days(-300))
    make_document("143/2023/NQ-HĐND", issued_date=days(-5))
    make_document(abstract="Triển khai Nghị quyết số 43/2023/NQ-HĐND", issued_date=days(-1))
    make_document("43/KH-UBND", issued_date=days(-2))

    response = client.get(LIST_URL, {"q": query})

    found = listed(response)
    assert found[0] == exact
    assert len(found) == 3


def test_register_finds_abstract_words_typed_without_diacritics(client):
    housing = make_document(abstract="Chính sách hỗ trợ nhà ở cho người có công")
    make_document(abstract="Kế hoạch phát triển du lịch")

    response = client.get(LIST_URL, {"q": "ho tro nha o"})

    assert listed(response) == [housing]


# Register: documents that are not public


def test_register_never_lists_documents_that_are_not_public(client):
    public = make_document()
    hidden = make_document(is_public=False)

    response = client.get(LIST_URL)

    assert listed(response) == [public]
    assert link_to(hidden) not in html(response)


def test_register_search_never_finds_documents_that_are_not_public(client):
    make_document("43/2023/NQ-HĐND", is_public=False)

    response = client.get(LIST_URL, {"q": "43/2023/NQ-HĐND"})

    assert listed(response) == []


def test_document_that_is_not_public_has_no_page(client):
    hidden = make_document(is_public=False)

    assert client.get(hidden.get_absolute_url()).status_code == 404


# Document page


def test_document_page_shows_its_metadata(client):
    housing, building = make_field("Nhà ở"), make_field("Xây dựng")
    document = make_document(
        "43/2023/NQ-HĐND",
        doc_type=make_document_type("Nghị quyết"),
        issuer=make_issuer("Hội đồng nhân dân tỉnh"),
        abstract="Quy định chính sách hỗ trợ nhà ở",
        issued_date=days(-20),
        effective_date=days(-10),
        signer="Nguyễn Văn A",
        fields=[housing, building],
    )

    content = html(client.get(document.get_absolute_url()))

    assert "Nghị quyết số 43/2023/NQ-HĐND" in content
    assert "Quy định chính sách hỗ trợ nhà ở" in content
    assert "<dd>Hội đồng nhân dân tỉnh</dd>" in content
    assert f"<dd>{days(-20):%d/%m/%Y}</dd>" in content
    assert f"<dd>{days(-10):%d/%m/%Y}</dd>" in content
    assert "<dd>Nguyễn Văn A</dd>" in content
    assert "<dd>Nhà ở, Xây dựng</dd>" in content


def test_document_page_shows_the_validity_label(client):
    document = make_document(issued_date=days(-20), expiry_date=days(-1))

    content = html(client.get(document.get_absolute_url()))

    assert '<span class="validity validity--het-hieu-luc">Hết hiệu lực</span>' in content


def test_document_page_lists_files_with_type_and_size(client):
    document = make_document()
    full_text = make_file(document, name="Toàn văn.pdf", title="Toàn văn nghị quyết")
    make_file(document, name="Phụ lục.pdf", position=1)

    content = html(client.get(document.get_absolute_url()))

    assert f"{link_to(full_text)} download>Toàn văn nghị quyết</a>" in content
    assert f"(PDF, {filesizeformat(full_text.size)})" in content
    assert ">Phụ lục.pdf</a>" in content


def test_document_page_links_to_its_replacement(client):
    replacement = make_document("12/2024/NQ-HĐND", doc_type=make_document_type("Nghị quyết"))
    document = make_document(issued_date=days(-300), replaced_by=replacement)

    content = html(client.get(document.get_absolute_url()))

    assert "Bị thay thế bởi" in content
    assert f"{link_to(replacement)}>Nghị quyết số 12/2024/NQ-HĐND</a>" in content


def test_document_page_hides_a_replacement_that_is_not_public(client):
    replacement = make_document(is_public=False)
    document = make_document(issued_date=days(-300), replaced_by=replacement)

    content = html(client.get(document.get_absolute_url()))

    assert link_to(replacement) not in content


def test_document_page_links_to_the_documents_it_replaces(client):
    document = make_document()
    replaced = make_document(issued_date=days(-300), replaced_by=document)

    content = html(client.get(document.get_absolute_url()))

    assert "Thay thế văn bản" in content
    assert link_to(replaced) in content


def test_document_page_links_to_the_documents_it_amends(client):
    amended = make_document(issued_date=days(-300))
    document = make_document(amends=[amended])

    content = html(client.get(document.get_absolute_url()))

    assert "Sửa đổi, bổ sung" in content
    assert link_to(amended) in content


def test_document_page_links_to_the_documents_amending_it(client):
    document = make_document(issued_date=days(-300))
    amending = make_document(amends=[document])

    content = html(client.get(document.get_absolute_url()))

    assert "Được sửa đổi bởi" in content
    assert link_to(amending) in content


def test_document_page_lists_public_procedures_citing_it(client):
    document = make_document()
    procedure = make_procedure("Cấp giấy phép xây dựng", legal_basis=[document])
    hidden = make_procedure("Thủ tục chưa công bố", legal_basis=[document], is_public=False)

    content = html(client.get(document.get_absolute_url()))

    assert f"{link_to(procedure)}>Cấp giấy phép xây dựng</a>" in content
    assert link_to(hidden) not in content


def test_document_page_lists_published_articles_citing_it(client, category):
    document = make_document()
    article = make_article(category, title="Triển khai nghị quyết về nhà ở")
    article.documents.add(document)

    content = html(client.get(document.get_absolute_url()))

    assert f"{link_to(article)}>Triển khai nghị quyết về nhà ở</a>" in content


def test_document_page_does_not_list_draft_articles_citing_it(client, category):
    document = make_document()
    draft = make_article(category, title="Bài nháp về nghị quyết", status=Article.Status.DRAFT)
    draft.documents.add(document)

    content = html(client.get(document.get_absolute_url()))

    assert "Bài nháp về nghị quyết" not in content


# Article page


def test_article_page_links_to_a_cited_public_document(client, category):
    document = make_document("43/2023/NQ-HĐND", doc_type=make_document_type("Nghị quyết"))
    article = make_article(category)
    article.documents.add(document)

    content = html(client.get(article.get_absolute_url()))

    assert "Văn bản liên quan" in content
    assert f"{link_to(document)}>Nghị quyết số 43/2023/NQ-HĐND</a>" in content


def test_article_page_hides_a_cited_document_that_is_not_public(client, category):
    hidden = make_document("99/2023/NQ-HĐND", is_public=False)
    article = make_article(category)
    article.documents.add(hidden)

    content = html(client.get(article.get_absolute_url()))

    assert "Văn bản liên quan" not in content
    assert "99/2023/NQ-HĐND" not in content


# Procedures


def test_procedures_are_grouped_under_one_heading_per_field(client):
    # Both fields keep the default position, and their procedures' names interleave.
    land, building = make_field("Đất đai"), make_field("Xây dựng")
    make_procedure("Cấp bản sao giấy chứng nhận", field=land)
    make_procedure("Cấp giấy phép xây dựng", field=building)
    make_procedure("Cấp mới giấy chứng nhận", field=land)

    content = html(client.get(PROCEDURES_URL))

    assert content.count('class="section-title">Đất đai</h2>') == 1
    assert content.count('class="section-title">Xây dựng</h2>') == 1


def test_procedures_page_lists_each_public_procedure_once(client):
    land = make_field("Đất đai")
    procedures = [make_procedure(f"Thủ tục đất đai {n}", field=land) for n in range(3)]
    hidden = make_procedure("Thủ tục chưa công bố", field=land, is_public=False)

    response = client.get(PROCEDURES_URL)

    assert response.status_code == 200
    assert sorted(response.context["procedures"], key=lambda p: p.pk) == procedures
    assert link_to(hidden) not in html(response)


def test_procedures_filter_by_field(client):
    land = make_field("Đất đai", slug="dat-dai")
    on_land = make_procedure(field=land)
    make_procedure(field=make_field("Xây dựng"))

    response = client.get(PROCEDURES_URL, {"linh_vuc": "dat-dai"})

    assert list(response.context["procedures"]) == [on_land]


def test_procedures_filter_by_unknown_field_lists_nothing(client):
    make_procedure()

    response = client.get(PROCEDURES_URL, {"linh_vuc": "khong-co"})

    assert response.status_code == 200
    assert list(response.context["procedures"]) == []


def test_procedures_filter_by_level(client):
    district = make_procedure(level=AdministrativeProcedure.Level.DISTRICT)
    make_procedure(level=AdministrativeProcedure.Level.PROVINCE)

    response = client.get(PROCEDURES_URL, {"cap": "huyen"})

    assert list(response.context["procedures"]) == [district]


def test_procedure_page_links_to_online_submission(client):
    procedure = make_procedure(online_url="https://dichvucong.gov.vn/thu-tuc/1.001776")

    content = html(client.get(procedure.get_absolute_url()))

    assert 'href="https://dichvucong.gov.vn/thu-tuc/1.001776"' in content
    assert "Nộp hồ sơ trực tuyến" in content


def test_procedure_page_links_to_its_public_legal_basis(client):
    basis = make_document("43/2023/NQ-HĐND", doc_type=make_document_type("Nghị quyết"))
    hidden = make_document("99/2023/NQ-HĐND", is_public=False)
    procedure = make_procedure(legal_basis=[basis, hidden])

    content = html(client.get(procedure.get_absolute_url()))

    assert "Căn cứ pháp lý" in content
    assert f"{link_to(basis)}>Nghị quyết số 43/2023/NQ-HĐND</a>" in content
    assert "99/2023/NQ-HĐND" not in content


def test_procedure_that_is_not_public_has_no_page(client):
    hidden = make_procedure(is_public=False)

    assert client.get(hidden.get_absolute_url()).status_code == 404


# Feed, sitemap, navigation


def test_feed_lists_public_documents_only(client):
    public = make_document("43/2023/NQ-HĐND", abstract="Chính sách hỗ trợ nhà ở")
    make_document("99/2023/NQ-HĐND", abstract="Văn bản nội bộ", is_public=False)

    response = client.get(reverse("documents:feed"))

    content = html(response)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    assert public.get_absolute_url() in content
    assert "Chính sách hỗ trợ nhà ở" in content
    assert "99/2023/NQ-HĐND" not in content
    assert "Văn bản nội bộ" not in content


def test_sitemap_lists_public_documents_and_procedures(client):
    document = make_document()
    procedure = make_procedure()

    content = sitemap_text(client)

    assert f"{document.get_absolute_url()}</loc>" in content
    assert f"{procedure.get_absolute_url()}</loc>" in content


def test_sitemap_leaves_out_documents_and_procedures_that_are_not_public(client):
    document = make_document(is_public=False)
    procedure = make_procedure(is_public=False)

    content = sitemap_text(client)

    assert f"{document.get_absolute_url()}</loc>" not in content
    assert f"{procedure.get_absolute_url()}</loc>" not in content


def test_navigation_links_to_documents_and_procedures(client):
    response = client.get(reverse("portal:home"))

    nav = re.search(r'<nav class="site-nav".*?</nav>', html(response), re.S).group(0)
    assert f'<a href="{LIST_URL}">Văn bản</a>' in nav
    assert f'<a href="{PROCEDURES_URL}">Thủ tục hành chính</a>' in nav


def test_navigation_marks_the_register_as_current_page(client):
    response = client.get(LIST_URL)

    assert f'<a href="{LIST_URL}" aria-current="page">Văn bản</a>' in html(response)

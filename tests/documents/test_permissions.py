"""Who may see and change the register in the admin, through real requests."""

import pytest
from django.urls import reverse

from documents.models import AdministrativeProcedure, LegalDocument
from tests.documents.factories import make_document, make_document_type, make_field, make_issuer

pytestmark = pytest.mark.django_db

DOCUMENT_ADD_URL = reverse("admin:documents_legaldocument_add")
DOCUMENT_CHANGELIST_URL = reverse("admin:documents_legaldocument_changelist")
PROCEDURE_ADD_URL = reverse("admin:documents_administrativeprocedure_add")
AUTOCOMPLETE_URL = reverse("admin:autocomplete")


def document_post_data(**overrides):
    """Every field of the admin's document form, with no file, as the browser posts it."""
    return {
        "number": "43/2023/NQ-HĐND",
        "doc_type": make_document_type("Nghị quyết").pk,
        "issuing_body": make_issuer("Hội đồng nhân dân tỉnh").pk,
        "abstract": "Quy định chính sách hỗ trợ nhà ở",
        "signer": "Nguyễn Văn A",
        "issued_date": "2023-12-08",
        "effective_date": "2024-01-01",
        "expiry_date": "",
        "replaced_by": "",
        "is_public": "on",
        "files-TOTAL_FORMS": "0",
        "files-INITIAL_FORMS": "0",
        "files-MIN_NUM_FORMS": "0",
        "files-MAX_NUM_FORMS": "1000",
        "_save": "Lưu lại",
        **overrides,
    }


def procedure_post_data(**overrides):
    return {
        "name": "Cấp giấy phép xây dựng nhà ở riêng lẻ",
        "slug": "",
        "code": "1.009994",
        "field": make_field("Xây dựng").pk,
        "level": AdministrativeProcedure.Level.DISTRICT,
        "processing_time": "15 ngày",
        "fee": "75.000 đồng",
        "where_to_submit": "Bộ phận một cửa cấp huyện",
        "steps": "<p>Nộp hồ sơ.</p>",
        "required_papers": "<p>Đơn đề nghị.</p>",
        "online_url": "https://dichvucong.gov.vn/",
        "is_public": "on",
        "_save": "Lưu lại",
        **overrides,
    }


def change_url(document):
    return reverse("admin:documents_legaldocument_change", args=[document.pk])


# Anonymous


@pytest.mark.parametrize("url", [DOCUMENT_CHANGELIST_URL, DOCUMENT_ADD_URL, PROCEDURE_ADD_URL])
def test_anonymous_is_redirected_to_login(client, db, url):
    response = client.get(url)

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))


def test_anonymous_cannot_post_a_document(client, db):
    response = client.post(DOCUMENT_ADD_URL, document_post_data())

    assert response.status_code == 302
    assert not LegalDocument.objects.exists()


# Editor


def test_editor_can_view_the_document_list(client, editor):
    document = make_document("43/2023/NQ-HĐND")
    client.force_login(editor)

    response = client.get(DOCUMENT_CHANGELIST_URL)

    assert response.status_code == 200
    assert change_url(document) in response.content.decode()


def test_editor_cannot_open_the_add_document_page(client, editor):
    client.force_login(editor)

    assert client.get(DOCUMENT_ADD_URL).status_code == 403


def test_editor_cannot_add_a_document(client, editor):
    client.force_login(editor)

    response = client.post(DOCUMENT_ADD_URL, document_post_data())

    assert response.status_code == 403
    assert not LegalDocument.objects.exists()


def test_editor_cannot_change_a_document(client, editor):
    document = make_document(abstract="Trích yếu gốc")
    client.force_login(editor)

    response = client.post(
        change_url(document),
        document_post_data(
            doc_type=document.doc_type_id,
            issuing_body=document.issuing_body_id,
            abstract="Trích yếu bị sửa",
        ),
    )

    assert response.status_code == 403
    assert LegalDocument.objects.get(pk=document.pk).abstract == "Trích yếu gốc"


def test_editor_cannot_add_a_procedure(client, editor):
    client.force_login(editor)

    assert client.get(PROCEDURE_ADD_URL).status_code == 403


def test_editor_can_find_a_document_to_cite_in_an_article(client, editor):
    document = make_document("43/2023/NQ-HĐND", abstract="Chính sách hỗ trợ nhà ở")
    make_document("200/KH-UBND", abstract="Kế hoạch phát triển du lịch")
    client.force_login(editor)

    response = client.get(
        AUTOCOMPLETE_URL,
        {"app_label": "articles", "model_name": "article", "field_name": "documents", "term": "43"},
    )

    assert response.status_code == 200
    assert [row["id"] for row in response.json()["results"]] == [str(document.pk)]


# Publisher and administrator


@pytest.mark.parametrize("role", ["publisher", "administrator"])
def test_publisher_and_administrator_can_add_a_document(client, request, role):
    client.force_login(request.getfixturevalue(role))

    response = client.post(DOCUMENT_ADD_URL, document_post_data())

    assert response.status_code == 302
    document = LegalDocument.objects.get()
    assert document.number == "43/2023/NQ-HĐND"
    assert document.updated_by == request.getfixturevalue(role)


@pytest.mark.parametrize("role", ["publisher", "administrator"])
def test_publisher_and_administrator_can_add_a_procedure(client, request, role):
    basis = make_document("43/2023/NQ-HĐND")
    client.force_login(request.getfixturevalue(role))

    response = client.post(PROCEDURE_ADD_URL, procedure_post_data(legal_basis=[basis.pk]))

    assert response.status_code == 302
    procedure = AdministrativeProcedure.objects.get()
    assert procedure.slug == "cap-giay-phep-xay-dung-nha-o-rieng-le"
    assert list(procedure.legal_basis.all()) == [basis]


def test_publisher_sees_the_vietnamese_number_error_in_the_admin(client, publisher):
    client.force_login(publisher)

    response = client.post(DOCUMENT_ADD_URL, document_post_data(number="NQ-HĐND/43"))

    assert response.status_code == 200
    assert "Số, ký hiệu chưa đúng mẫu" in response.content.decode()
    assert not LegalDocument.objects.exists()


def test_publisher_sees_the_date_order_error_in_the_admin(client, publisher):
    client.force_login(publisher)

    response = client.post(DOCUMENT_ADD_URL, document_post_data(effective_date="2023-12-01"))

    assert response.status_code == 200
    assert "Ngày có hiệu lực không được trước ngày ban hành." in response.content.decode()
    assert not LegalDocument.objects.exists()

"""The documents register on a phone: find a document by number and by filters."""

from datetime import date
from urllib.parse import parse_qs, urlparse

import pytest
from playwright.sync_api import expect

from documents.models import DocumentType, Field, IssuingBody, LegalDocument

PHONE = {"width": 390, "height": 844}


@pytest.fixture
def register(db):
    resolution = DocumentType.objects.create(name="Nghị quyết", slug="nghi-quyet")
    plan = DocumentType.objects.create(name="Kế hoạch", slug="ke-hoach")
    council = IssuingBody.objects.create(name="Hội đồng nhân dân tỉnh", slug="hdnd-tinh")
    committee = IssuingBody.objects.create(name="Ủy ban nhân dân tỉnh", slug="ubnd-tinh")
    poverty = Field.objects.create(name="Giảm nghèo", slug="giam-ngheo")
    documents = {
        "housing": LegalDocument.objects.create(
            number="43/2023/NQ-HĐND",
            doc_type=resolution,
            issuing_body=council,
            abstract="Quy định mức hỗ trợ xây dựng, sửa chữa nhà ở cho hộ nghèo",
            issued_date=date(2023, 3, 20),
        ),
        "plan": LegalDocument.objects.create(
            number="200/KH-UBND",
            doc_type=plan,
            issuing_body=committee,
            abstract="Triển khai công tác giảm nghèo bền vững giai đoạn 2021-2025",
            issued_date=date(2021, 12, 6),
        ),
    }
    for n in range(1, 8):
        documents[f"other{n}"] = LegalDocument.objects.create(
            number=f"{n}43/2022/NQ-HĐND",
            doc_type=resolution,
            issuing_body=council,
            abstract=f"Nghị quyết chuyên đề số {n}",
            issued_date=date(2022, n, 10),
        )
    documents["plan"].fields.add(poverty)
    return documents


def no_horizontal_scroll(page):
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_visitor_finds_a_document_by_its_number_on_a_phone(new_context, live_server, register):
    page = new_context(viewport=PHONE).new_page()
    page.goto(live_server.url + "/van-ban/")
    page.get_by_label("Số, ký hiệu hoặc trích yếu").fill("43/2023/nq-hdnd")
    page.get_by_role("button", name="Tra cứu").click()

    first = page.locator(".document-item").first
    expect(first).to_contain_text("Nghị quyết số 43/2023/NQ-HĐND")
    assert no_horizontal_scroll(page)
    first.get_by_role("link").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Nghị quyết số 43/2023/NQ-HĐND")
    assert no_horizontal_scroll(page)


def test_visitor_filters_the_register_and_the_filters_stay_in_the_url(
    new_context, live_server, register
):
    page = new_context(viewport=PHONE).new_page()
    page.goto(live_server.url + "/van-ban/")
    page.get_by_text("Lọc theo loại, cơ quan, lĩnh vực, năm, hiệu lực").click()
    page.get_by_label("Loại văn bản").select_option(label="Kế hoạch")
    page.get_by_label("Lĩnh vực").select_option(label="Giảm nghèo")
    page.get_by_role("button", name="Tra cứu").click()

    expect(page.locator(".document-item")).to_have_count(1)
    expect(page.locator(".document-item")).to_contain_text("200/KH-UBND")
    query = parse_qs(urlparse(page.url).query)
    assert query["loai"] == ["ke-hoach"]
    assert query["linh_vuc"] == ["giam-ngheo"]
    # The shared link reopens the same filtered list, with the filters shown.
    page.goto(page.url)
    expect(page.get_by_label("Loại văn bản")).to_have_value("ke-hoach")
    assert no_horizontal_scroll(page)

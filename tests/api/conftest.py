"""A small public world for the API, with something hidden beside each public thing."""

from datetime import date, timedelta
from decimal import Decimal
from types import SimpleNamespace

import pytest
from django.utils import timezone

from articles.models import Article
from programs.models import AdministrativeUnit, Indicator, Outcome, OutcomeCorrection
from tests.conftest import make_article, make_category, make_user
from tests.documents.factories import make_document, make_field, make_file, make_issuer
from tests.programs.factories import (
    make_campaign,
    make_indicator,
    make_outcome,
    make_program,
    make_rate,
    make_unit,
)

API = "/api/v1/"


def get_json(client, path, status=200, **params):
    """GET an API path (relative to /api/v1/) and return the decoded body."""
    response = client.get(f"{API}{path}", params)
    assert response.status_code == status, response.content
    return response.json()


def results(client, path, **params):
    return get_json(client, path, **params)["results"]


@pytest.fixture
def world(db):
    now = timezone.now()
    w = SimpleNamespace()
    w.province = make_unit(
        "Tỉnh Ninh Bình", level=AdministrativeUnit.Level.PROVINCE, code="37", position=0
    )
    w.kim_son = make_unit(
        "Huyện Kim Sơn", parent=w.province, code="377", valid_until=date(2025, 6, 30)
    )
    w.yen_mo = make_unit(
        "Huyện Yên Mô", parent=w.province, code="376", valid_until=date(2025, 6, 30)
    )
    w.commune = make_unit(
        "Xã Kim Sơn", level=AdministrativeUnit.Level.COMMUNE, parent=w.province, code="14500"
    )
    w.kim_son.successors.set([w.commune])

    w.field = make_field("Giảm nghèo", slug="giam-ngheo")
    w.issuer = make_issuer("Ủy ban nhân dân tỉnh", slug="ubnd-tinh")
    w.document = make_document(
        "200/KH-UBND", issuer=w.issuer, fields=[w.field], issued_date=date(2023, 3, 15)
    )
    make_file(w.document, title="Toàn văn")
    w.hidden_document = make_document("15/BC-UBND", is_public=False)
    w.document.replaced_by = w.hidden_document
    w.document.save()

    w.campaign = make_campaign("Cả nước chung tay vì người nghèo", slug="chung-tay-vi-nguoi-ngheo")
    w.campaign.legal_basis.set([w.document, w.hidden_document])
    w.program = make_program("Hỗ trợ nhà ở", slug="ho-tro-nha-o", campaign=w.campaign)
    w.program.legal_basis.set([w.document, w.hidden_document])
    make_rate(w.program, Decimal("100000000"), per="căn", label="Xây mới")
    w.hidden_program = make_program(
        "Chương trình chưa công bố", slug="chua-cong-bo", campaign=w.campaign, is_public=False
    )
    w.hidden_campaign = make_campaign("Phong trào nội bộ", slug="noi-bo", is_public=False)
    w.orphan_program = make_program(
        "Chương trình của phong trào nội bộ", slug="cua-noi-bo", campaign=w.hidden_campaign
    )

    w.households = make_indicator(w.program, "Số hộ được hỗ trợ", code="so-ho", is_key=True)
    w.rate = make_indicator(
        w.campaign,
        "Tỷ lệ hộ nghèo",
        unit_of_measure="%",
        kind=Indicator.Kind.RATE,
        decimals=2,
        additive=False,
        code="ty-le-ho-ngheo",
    )
    w.hidden_indicator = make_indicator(w.hidden_program, code="chi-tieu-an")
    w.hidden_campaign_indicator = make_indicator(w.hidden_campaign, code="chi-tieu-noi-bo")

    w.kim_son_2023 = make_outcome(w.households, w.kim_son, 2023, 120)
    w.yen_mo_2023 = make_outcome(
        w.households, w.yen_mo, 2023, 80, source_text="", source_document=w.document
    )
    w.province_2024 = make_outcome(
        w.households, w.province, 2024, 300, source_text="", source_document=w.hidden_document
    )
    w.rate_2023 = make_outcome(
        w.rate,
        w.province,
        2023,
        Decimal("1.86"),
        numerator=Decimal("5890"),
        denominator=Decimal("316667"),
        is_illustrative=True,
    )
    w.correction = OutcomeCorrection.objects.create(
        outcome=w.kim_son_2023,
        old_value=Decimal("112"),
        new_value=Decimal("120"),
        reason="Nhập nhầm số của tháng 11.",
        corrected_by=make_user("dinhchinh"),
    )
    w.approved = [w.kim_son_2023, w.yen_mo_2023, w.province_2024, w.rate_2023]
    w.unapproved = [
        make_outcome(w.households, w.kim_son, 2024, 7, status=Outcome.Status.DRAFT),
        make_outcome(w.households, w.yen_mo, 2024, 8, status=Outcome.Status.SUBMITTED),
        make_outcome(
            w.households,
            w.kim_son,
            2022,
            9,
            status=Outcome.Status.RETURNED,
            return_reason="Thiếu nguồn số liệu.",
        ),
    ]
    w.hidden_owner_outcomes = [
        make_outcome(w.hidden_indicator, w.kim_son, 2023, 5),
        make_outcome(w.hidden_campaign_indicator, w.province, 2023, 6),
    ]

    w.category = make_category("Giảm nghèo", slug="giam-ngheo")
    w.other_category = make_category("Tin hoạt động", slug="tin-hoat-dong")
    w.article = make_article(
        w.category,
        title="Bàn giao nhà cho hộ nghèo",
        slug="ban-giao-nha",
        published_at=now - timedelta(days=2),
        body="<p>Nội dung đầy đủ.</p>",
    )
    w.article.campaigns.set([w.campaign, w.hidden_campaign])
    w.article.programs.set([w.program, w.hidden_program])
    w.article.documents.set([w.document, w.hidden_document])
    w.old_article = make_article(
        w.other_category, slug="tin-cu", published_at=now - timedelta(days=40)
    )
    w.draft = make_article(w.category, slug="ban-nhap", status=Article.Status.DRAFT)
    w.pending = make_article(w.category, slug="cho-duyet", status=Article.Status.PENDING)
    w.scheduled = make_article(w.category, slug="hen-gio", published_at=now + timedelta(hours=3))
    return w

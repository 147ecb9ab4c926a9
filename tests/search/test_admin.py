"""Admin search boxes ignore diacritics too (through the same index, drafts included)."""

from datetime import timedelta

import pytest
from django.utils import timezone

from articles.models import Article
from programs.models import AdministrativeUnit
from tests.conftest import make_article
from tests.documents.factories import make_document
from tests.programs.factories import (
    make_indicator,
    make_outcome,
    make_program,
    make_unit,
)

pytestmark = pytest.mark.django_db


def listed(client, url, q):
    response = client.get(url, {"q": q})
    assert response.status_code == 200
    return list(response.context["cl"].result_list)


def test_article_admin_search_ignores_diacritics(client, publisher):
    wanted = make_article(title="Giảm nghèo bền vững", status=Article.Status.DRAFT)
    make_article(title="Lễ hội mùa xuân")
    client.force_login(publisher)

    assert listed(client, "/quan-tri/articles/article/", "giam ngheo") == [wanted]


def test_document_admin_search_finds_an_abstract_without_diacritics(client, publisher):
    wanted = make_document("30/KH-UBND", abstract="Kế hoạch hỗ trợ nhà ở cho hộ nghèo")
    make_document("31/KH-UBND", abstract="Kế hoạch thực hiện nhiệm vụ trọng tâm")
    client.force_login(publisher)

    assert listed(client, "/quan-tri/documents/legaldocument/", "nha o") == [wanted]


@pytest.fixture
def districts(db):
    province = make_unit("Tỉnh Ninh Bình", level=AdministrativeUnit.Level.PROVINCE, position=0)
    return (
        make_unit("Huyện Kim Sơn", parent=province, position=1),
        make_unit("Huyện Yên Mô", parent=province, position=2),
    )


def test_unit_admin_search_finds_kim_son_without_diacritics(client, administrator, districts):
    client.force_login(administrator)

    assert listed(client, "/quan-tri/programs/administrativeunit/", "kim son") == [districts[0]]


def test_outcome_admin_search_by_unit_name_lists_that_units_outcomes(
    client, administrator, districts
):
    kim_son, yen_mo = districts
    households = make_indicator(make_program("Hỗ trợ nhà ở"), "Số hộ được hỗ trợ")
    year = (timezone.now() - timedelta(days=365)).year
    wanted = {
        make_outcome(households, kim_son, year, 120),
        make_outcome(households, kim_son, year - 1, 80),
    }
    make_outcome(households, yen_mo, year, 95)
    client.force_login(administrator)

    assert set(listed(client, "/quan-tri/programs/outcome/", "kim son")) == wanted

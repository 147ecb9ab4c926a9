"""Shared rows of the programs tests: a province with two districts, a campaign with a
housing programme, and one account per data role."""

import pytest

from programs.models import AdministrativeUnit, Indicator
from tests.programs.factories import (
    make_approver,
    make_campaign,
    make_indicator,
    make_official,
    make_program,
    make_unit,
)


@pytest.fixture
def province(db):
    return make_unit("Tỉnh Ninh Bình", level=AdministrativeUnit.Level.PROVINCE, position=0)


@pytest.fixture
def unit_a(province):
    return make_unit("Huyện Kim Sơn", parent=province, position=1)


@pytest.fixture
def unit_b(province):
    return make_unit("Huyện Yên Mô", parent=province, position=2)


@pytest.fixture
def campaign(db):
    return make_campaign(
        "Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau",
        slug="ca-nuoc-chung-tay-vi-nguoi-ngheo",
    )


@pytest.fixture
def program(campaign):
    return make_program(
        "Hỗ trợ nhà ở cho hộ nghèo, hộ cận nghèo",
        slug="ho-tro-nha-o",
        campaign=campaign,
    )


@pytest.fixture
def households(program):
    return make_indicator(
        program, "Số hộ được hỗ trợ nhà ở", unit_of_measure="hộ", is_key=True, code="so-ho"
    )


@pytest.fixture
def money(program):
    return make_indicator(
        program,
        "Kinh phí hỗ trợ",
        unit_of_measure="triệu đồng",
        kind=Indicator.Kind.AMOUNT,
        decimals=1,
        code="kinh-phi",
    )


@pytest.fixture
def rate(campaign):
    """The campaign-wide poverty rate: a percentage the districts cannot be summed into."""
    return make_indicator(
        campaign,
        "Tỷ lệ hộ nghèo",
        unit_of_measure="%",
        kind=Indicator.Kind.RATE,
        decimals=2,
        additive=False,
        is_key=True,
        code="ty-le-ho-ngheo",
    )


@pytest.fixture
def official_a(unit_a, program, campaign, households, money, rate):
    return make_official("canbo-kimson", units=[unit_a], programs=[program], campaigns=[campaign])


@pytest.fixture
def official_b(unit_b, program, campaign, households, money, rate):
    return make_official("canbo-yenmo", units=[unit_b], programs=[program], campaigns=[campaign])


@pytest.fixture
def approver(db):
    return make_approver("duyetsolieu")

"""Query budgets: campaign, programme and figures pages cost the same whatever the number of
districts and years of approved values."""

import itertools
from decimal import Decimal

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from programs import services
from programs.models import AdministrativeUnit, ExemplaryModel, Indicator
from tests.conftest import make_article
from tests.documents.factories import make_document
from tests.programs.factories import (
    make_approver,
    make_campaign,
    make_indicator,
    make_outcome,
    make_program,
    make_rate,
    make_unit,
)

pytestmark = pytest.mark.django_db

# Measured with an empty cache, the site settings and navigation included (SQLite and
# PostgreSQL alike); any extra query is a regression to look at.
# programme with campaign, rates, legal basis, their types, their bodies, indicators, approved
# values, corrections, site settings, navigation, articles, web links
PROGRAM_BUDGET = 12
# campaign, legal basis, their types, exemplars, programmes, campaign indicators, key
# indicators, approved values, corrections, site settings, navigation, articles, web links
CAMPAIGN_BUDGET = 13
# key indicators, approved values, corrections, site settings, navigation, web links
FIGURES_BUDGET = 6

YEARS = list(range(2020, 2026))


@pytest.fixture
def scene(db):
    """A campaign and its programme with key indicators, legal basis, rates and articles."""
    campaign = make_campaign(start_year=2016, end_year=2025)
    program = make_program(campaign=campaign, start_year=2016, end_year=2025)
    indicators = [
        make_indicator(program, "Số hộ được hỗ trợ", is_key=True),
        make_indicator(
            program,
            "Kinh phí hỗ trợ",
            unit_of_measure="triệu đồng",
            kind=Indicator.Kind.AMOUNT,
            decimals=1,
            is_key=True,
        ),
        make_indicator(
            campaign,
            "Tỷ lệ hộ nghèo",
            unit_of_measure="%",
            kind=Indicator.Kind.RATE,
            decimals=2,
            additive=False,
            is_key=True,
        ),
    ]
    program.legal_basis.add(make_document(), make_document())
    campaign.legal_basis.add(make_document())
    make_rate(program, Decimal("100"), currency="triệu đồng", per="căn", label="Xây mới")
    make_rate(program, Decimal("55400"), per="hộ/tháng")
    article = make_article()
    article.programs.add(program)
    article.campaigns.add(campaign)
    province = make_unit("Tỉnh Ninh Bình", level=AdministrativeUnit.Level.PROVINCE)
    return {
        "campaign": campaign,
        "program": program,
        "indicators": indicators,
        "units": [province],
        "approver": make_approver(),
        "source": make_document("15/BC-UBND"),
    }


def add_values(scene, unit_count, years):
    """Approved values for the first `unit_count` units and `years`, those not yet there;
    every fifth one corrected, every third citing a document, one exemplar per unit."""
    units = scene["units"]
    while len(units) < unit_count:
        units.append(make_unit(parent=units[0]))
        ExemplaryModel.objects.create(
            campaign=scene["campaign"],
            name=f"Gia đình ông Nguyễn Văn {len(units)}",
            kind=ExemplaryModel.Kind.HOUSEHOLD,
            unit=units[-1],
            achievement="Vươn lên thoát nghèo bền vững.",
            year=2023,
        )
    have = {(o.unit_id, o.year) for i in scene["indicators"] for o in i.outcomes.all()}
    counter = itertools.count(len(have))
    for unit in units:
        for year in years:
            if (unit.pk, year) in have:
                continue
            for indicator in scene["indicators"]:
                n = next(counter)
                outcome = make_outcome(
                    indicator,
                    unit,
                    year,
                    Decimal(10 + n % 80),
                    source_document=scene["source"] if n % 3 == 0 else None,
                )
                if n % 5 == 0:
                    services.outcome_correct(
                        outcome=outcome,
                        user=scene["approver"],
                        new_value=str(11 + n % 80),
                        reason="Báo cáo bổ sung.",
                    )


def count_queries(client, url):
    # Same starting point every time: nothing cached, so the counts compare like for like.
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def counts_small_and_large(client, scene, url):
    add_values(scene, 3, YEARS[:2])
    small = count_queries(client, url)
    add_values(scene, 12, YEARS)
    large = count_queries(client, url)
    return small, large


def test_programme_page_queries_do_not_grow_with_units_and_years(client, scene):
    small, large = counts_small_and_large(client, scene, scene["program"].get_absolute_url())

    assert small == large
    assert large <= PROGRAM_BUDGET


def test_campaign_page_queries_do_not_grow_with_units_and_years(client, scene):
    small, large = counts_small_and_large(client, scene, scene["campaign"].get_absolute_url())

    assert small == large
    assert large <= CAMPAIGN_BUDGET


def test_figures_page_queries_do_not_grow_with_units_and_years(client, scene):
    small, large = counts_small_and_large(client, scene, reverse("programs:figures"))

    assert small == large
    assert large <= FIGURES_BUDGET

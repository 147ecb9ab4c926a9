"""Public figure pages stay bounded as units and years pile up: breakdowns by the units
directly under the province, the last five years in the unit table, a chart by unit only
while it stays readable."""

from decimal import Decimal

import pytest

from programs import figures
from programs.models import AdministrativeUnit
from tests.programs.factories import make_outcome, make_unit

pytestmark = pytest.mark.django_db


def page(client, program):
    response = client.get(program.get_absolute_url())
    assert response.status_code == 200
    return response.content.decode()


def test_communes_under_a_district_stay_off_the_public_breakdown(
    client, program, households, province, unit_a
):
    commune = make_unit("Xã Kim Đông", level=AdministrativeUnit.Level.COMMUNE, parent=unit_a)
    make_outcome(households, unit_a, 2023, Decimal("495"))
    make_outcome(households, commune, 2023, Decimal("61"))

    html = page(client, program)
    assert "Huyện Kim Sơn" in html
    assert "Xã Kim Đông" not in html
    assert "495 hộ" in html


def test_communes_directly_under_the_province_are_shown(client, program, households, province):
    commune = make_unit("Xã Kim Sơn mới", level=AdministrativeUnit.Level.COMMUNE, parent=province)
    make_outcome(households, commune, 2025, Decimal("42"))

    assert "Xã Kim Sơn mới" in page(client, program)


def test_the_unit_table_shows_the_last_five_years(client, program, households, unit_a):
    for year in range(2016, 2026):
        make_outcome(households, unit_a, year, Decimal(year - 2000))

    html = page(client, program)
    table = html[html.index('<table class="data-table">') :]
    assert '<th scope="col">2021</th>' in table
    assert '<th scope="col">2020</th>' not in table.split("</table>")[0]
    assert "5 năm gần nhất" in html


def test_a_chart_by_unit_while_it_is_readable(client, program, households, province):
    for n in range(3):
        unit = make_unit(f"Xã số {n}", level=AdministrativeUnit.Level.COMMUNE, parent=province)
        make_outcome(households, unit, 2025, Decimal(n + 1))

    assert "theo địa bàn, năm 2025</title>" in page(client, program)


def test_a_table_instead_of_a_chart_beyond_that(client, program, households, province):
    for n in range(figures.MAX_CHART_UNITS + 1):
        unit = make_unit(f"Xã số {n}", level=AdministrativeUnit.Level.COMMUNE, parent=province)
        make_outcome(households, unit, 2025, Decimal(n + 1))

    html = page(client, program)
    assert f"({figures.MAX_CHART_UNITS + 1} địa bàn)" in html  # the table, without a chart
    assert "theo địa bàn, năm 2025</title>" not in html  # no bar chart of 31 bars

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


def source_line(html):
    return html[html.index('<p class="figure-block__source">') :].split("</p>")[0]


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


def test_a_block_names_a_few_sources_the_province_and_the_newest_first(
    client, program, households, province
):
    make_outcome(households, province, 2023, Decimal("900"), source_text="Báo cáo của tỉnh 2023")
    for n in range(6):
        unit = make_unit(f"Xã số {n}", level=AdministrativeUnit.Level.COMMUNE, parent=province)
        make_outcome(households, unit, 2020 + n, Decimal(n + 1), source_text=f"Báo cáo xã {n}")

    source = source_line(page(client, program))
    # The province's report, then the two newest; the other four are counted, not listed.
    assert "Nguồn: Báo cáo của tỉnh 2023; Báo cáo xã 5; Báo cáo xã 4; và 4 báo cáo khác" in source
    assert "Báo cáo xã 3" not in source
    assert 'href="/du-lieu-mo/"' in source
    assert source == source_line(page(client, program))  # the same on every render


def test_a_block_with_few_sources_lists_them_all(client, program, households, unit_a, unit_b):
    make_outcome(households, unit_a, 2024, Decimal("5"), source_text="Báo cáo huyện Kim Sơn")
    make_outcome(households, unit_b, 2024, Decimal("7"), source_text="Báo cáo huyện Yên Mô")

    source = source_line(page(client, program))
    assert "Nguồn: Báo cáo huyện Kim Sơn; Báo cáo huyện Yên Mô." in source
    assert "báo cáo khác" not in source

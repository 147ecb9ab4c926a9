"""Approved figures arranged for public pages: by year and by unit, with their charts.

Everything starts from `Outcome.objects.approved()` and is fetched in one query per page;
grouping happens here, in Python, so the query count does not grow with units or years.

Public pages break figures down by the units directly under the province (districts, and
the communes of the two-level government since 7/2025); the values of communes under a
district stay in the open data. The unit x year table shows the last TABLE_YEARS years and
a chart by unit is drawn for at most MAX_CHART_UNITS units (a table beyond that), so a page
stays readable, and its size bounded, however large the archive grows. For the same reason
a block names at most MAX_SOURCES sources (the province's and the newest first) and counts
the others: every unit's yearly report is a source, and all of them are in the open data.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Q

from portal.charts import bar_chart, chart_table, line_chart

from .models import AdministrativeUnit, Outcome

TABLE_YEARS = 5
MAX_CHART_UNITS = 30
MAX_SOURCES = 3


@dataclass
class IndicatorFigures:
    indicator: object
    years: list = field(default_factory=list)
    units: list = field(default_factory=list)
    by_year: dict = field(default_factory=dict)  # year -> (value, "province" | "sum")
    cells: dict = field(default_factory=dict)  # (unit_pk, year) -> Outcome
    illustrative: bool = False
    sources: dict = field(default_factory=dict)  # label -> (province-wide, newest year)
    corrections: list = field(default_factory=list)
    as_of: object = None

    @property
    def latest_year(self):
        return self.years[-1] if self.years else None

    @property
    def latest(self):
        return self.by_year.get(self.latest_year, (None, ""))[0]

    @property
    def latest_display(self):
        return self.indicator.format(self.latest) if self.latest is not None else ""

    @property
    def table_years(self):
        return self.years[-TABLE_YEARS:]

    def table_rows(self):
        """Rows for the unit × year table (the last TABLE_YEARS years, units with a value in
        them): (unit, [display or "", ...])."""
        rows = []
        for unit in self.units:
            cells = [self.cells.get((unit.pk, year)) for year in self.table_years]
            if any(cells):
                rows.append((unit, [cell.display_value if cell else "" for cell in cells]))
        return rows

    def shown_sources(self):
        """(the sources named, how many others): the province's own reports first, then the
        newest; ties in label order, so that every render writes the same text."""
        ranked = sorted(
            self.sources.items(), key=lambda item: (not item[1][0], -item[1][1], item[0])
        )
        return [label for label, _rank in ranked[:MAX_SOURCES]], max(len(ranked) - MAX_SOURCES, 0)

    def year_points(self):
        return [(str(year), self.by_year.get(year, (None, ""))[0]) for year in self.years]

    def unit_points(self, year=None):
        year = year or self.latest_year
        return [
            (unit.name, self.cells[(unit.pk, year)].value)
            for unit in self.units
            if (unit.pk, year) in self.cells and unit.level != AdministrativeUnit.Level.PROVINCE
        ]

    def charts(self):
        unit = "%" if self.indicator.unit_of_measure == "%" else self.indicator.unit_of_measure
        decimals = self.indicator.decimals
        title = self.indicator.name
        charts = {}
        if not self.by_year:
            pass  # no province-wide figure: only the table and the chart by unit
        elif len(self.years) > 1:
            series = [{"name": title, "points": self.year_points()}]
            charts["by_year"] = (
                line_chart(series, title=f"{title} theo năm", unit=unit, decimals=decimals),
                chart_table(series, caption=f"{title} theo năm", unit=unit, decimals=decimals),
            )
        elif self.years:
            points = self.year_points()
            charts["by_year"] = (
                bar_chart(points, title=f"{title} theo năm", unit=unit, decimals=decimals),
                chart_table(points, caption=f"{title} theo năm", unit=unit, decimals=decimals),
            )
        unit_points = self.unit_points()
        if unit_points:
            caption = f"{title} theo địa bàn, năm {self.latest_year}"
            chart = None
            if len(unit_points) <= MAX_CHART_UNITS:
                chart = bar_chart(unit_points, title=caption, unit=unit, decimals=decimals)
            charts["by_unit"] = (
                chart,
                chart_table(unit_points, caption=caption, unit=unit, decimals=decimals),
            )
        return charts


def collect(indicators, *, overview=False):
    """IndicatorFigures for each indicator, from approved outcomes only (one query).

    `overview` (/so-lieu/, every key indicator on one page): the province and its districts
    only; otherwise every unit directly under the province too."""
    Level = AdministrativeUnit.Level
    if overview:
        shown = Q(unit__level__in=[Level.PROVINCE, Level.DISTRICT])
    else:
        shown = Q(unit__parent__isnull=True) | Q(unit__parent__level=Level.PROVINCE)
    indicators = list(indicators)
    figures = {indicator.pk: IndicatorFigures(indicator) for indicator in indicators}
    outcomes = (
        Outcome.objects.approved()
        .filter(indicator__in=indicators)
        .filter(shown)
        .select_related("unit", "source_document__doc_type")
        .prefetch_related("corrections")
        .order_by("year", "unit__position", "unit__name")
    )
    units_seen = defaultdict(dict)
    sums = defaultdict(lambda: defaultdict(lambda: None))
    for outcome in outcomes:
        fig = figures[outcome.indicator_id]
        outcome.indicator = fig.indicator  # already loaded: no query per value
        fig.cells[(outcome.unit_id, outcome.year)] = outcome
        units_seen[outcome.indicator_id][outcome.unit_id] = outcome.unit
        fig.illustrative |= outcome.is_illustrative
        if outcome.source_label:
            province_wide = outcome.unit.level == AdministrativeUnit.Level.PROVINCE
            was = fig.sources.get(outcome.source_label, (False, outcome.year))
            fig.sources[outcome.source_label] = (
                was[0] or province_wide,
                max(was[1], outcome.year),
            )
        for correction in outcome.corrections.all():
            correction.outcome = outcome
            fig.corrections.append(correction)
        if fig.as_of is None or (outcome.approved_at and outcome.approved_at > fig.as_of):
            fig.as_of = outcome.approved_at
        if outcome.unit.level == AdministrativeUnit.Level.PROVINCE:
            fig.by_year[outcome.year] = (outcome.value, "province")
        elif outcome.unit.level == AdministrativeUnit.Level.DISTRICT:
            current = sums[outcome.indicator_id][outcome.year]
            sums[outcome.indicator_id][outcome.year] = (current or 0) + outcome.value
    for pk, fig in figures.items():
        if fig.indicator.additive:
            for year, total in sums[pk].items():
                fig.by_year.setdefault(year, (total, "sum"))
        fig.years = sorted(set(fig.by_year) | {year for (_unit, year) in fig.cells})
        fig.units = sorted(units_seen[pk].values(), key=lambda unit: unit.sort_key)
    return [figures[indicator.pk] for indicator in indicators]

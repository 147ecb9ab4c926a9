"""Approved figures arranged for public pages: by year and by unit, with their charts.

Everything starts from `Outcome.objects.approved()` and is fetched in one query per page;
grouping happens here, in Python, so the query count does not grow with units or years.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from portal.charts import bar_chart, chart_table, line_chart

from .models import AdministrativeUnit, Outcome


@dataclass
class IndicatorFigures:
    indicator: object
    years: list = field(default_factory=list)
    units: list = field(default_factory=list)
    by_year: dict = field(default_factory=dict)  # year -> (value, "province" | "sum")
    cells: dict = field(default_factory=dict)  # (unit_pk, year) -> Outcome
    illustrative: bool = False
    sources: set = field(default_factory=set)
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

    def table_rows(self):
        """Rows for the unit × year table: (unit, [display or "", ...])."""
        return [
            (
                unit,
                [
                    self.cells[(unit.pk, year)].display_value
                    if (unit.pk, year) in self.cells
                    else ""
                    for year in self.years
                ],
            )
            for unit in self.units
        ]

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
            charts["by_unit"] = (
                bar_chart(unit_points, title=caption, unit=unit, decimals=decimals),
                chart_table(unit_points, caption=caption, unit=unit, decimals=decimals),
            )
        return charts


def collect(indicators):
    """IndicatorFigures for each indicator, from approved outcomes only (one query)."""
    indicators = list(indicators)
    figures = {indicator.pk: IndicatorFigures(indicator) for indicator in indicators}
    outcomes = (
        Outcome.objects.approved()
        .filter(indicator__in=indicators)
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
        fig.sources.add(outcome.source_label)
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
        fig.sources.discard("")
    return [figures[indicator.pk] for indicator in indicators]

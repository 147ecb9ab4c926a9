"""Scale outcomes: the last `years` finished years of every indicator, for every unit that
existed in the year (the rule of `AdministrativeUnit.objects.valid_in`).

Values add up: a district's value is the total (or the weighted rate or mean) of its
communes', the province's that of all communes; a unit that existed for part of a year
(the 2025 reform) reports the flows of that part. A merged commune starts from the
households of the communes it replaced. Years that already have values for an indicator
(the demo's story) are left alone, so running again adds nothing. Every value is marked
illustrative; older years are approved, the last one has some waiting, draft or returned.
"""

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from programs import demo_data
from programs.models import AdministrativeUnit, Indicator, Outcome

from .indicators import model_of

SEED = 20260404
BATCH = 5000
BASE_YEAR = 2016  # trends of the value models count from here
HOUSEHOLD_GROWTH = 1.008
# Households in the first year: the province's (about 2.9 hundred thousand), shared by the
# communes of the end of 2024 however many there are; a district's when it has no commune.
PROVINCE_HOUSEHOLDS, DISTRICT_HOUSEHOLDS = 275_000, 30_000
SOURCE = "Báo cáo năm {year} của {unit} (số liệu minh họa do lệnh seed_demo --scale tạo)"
RETURN_REASON = "Số liệu chênh lệch lớn so với năm trước; đề nghị kiểm tra lại báo cáo."
Level = AdministrativeUnit.Level
Status = Outcome.Status


@dataclass
class Unit:
    pk: int
    name: str
    level: str
    parent_id: int | None
    valid_from: date | None
    valid_until: date | None
    key: str  # for the seeded generators: the code, or the pk when there is none
    households: float = 0.0

    def valid_in(self, year):
        return (self.valid_from is None or self.valid_from.year <= year) and (
            self.valid_until is None or self.valid_until.year >= year
        )

    def share_of(self, year):
        """The part of `year` the unit existed (flows of a partial year are smaller)."""
        start = max(self.valid_from or date.min, date(year, 1, 1))
        end = min(self.valid_until or date.max, date(year, 12, 31))
        return ((end - start).days + 1) / ((date(year, 12, 31) - date(year, 1, 1)).days + 1)

    def at_end_of(self, year):
        return self.valid_in(year) and (
            self.valid_until is None or self.valid_until >= date(year, 12, 31)
        )


def years_of(years):
    """The last `years` finished years."""
    last = timezone.localdate().year - 1
    return list(range(last - years + 1, last + 1))


def seed(years, progress):
    """Add the missing values; returns how many were added."""
    span = years_of(years)
    if not span:
        return 0
    units = _units()
    by_pk = {unit.pk: unit for unit in units}
    by_year = {year: [u for u in units if u.valid_in(year)] for year in span}
    filled = set(Outcome.objects.values_list("indicator_id", "year").distinct())
    tasks = []
    for indicator in Indicator.objects.select_related("program", "campaign").order_by("pk"):
        todo = [y for y in span if indicator.owner.covers(y) and (indicator.pk, y) not in filled]
        if todo:
            tasks.append((indicator, todo))
    total = sum(len(by_year[year]) for _indicator, todo in tasks for year in todo)
    people = _accounts()
    done = 0
    for indicator, todo in tasks:
        rows = []
        for year in todo:
            values = _values(indicator, year, by_year[year])
            rows += _rows(indicator, year, values, by_pk, people, last=year == span[-1])
        with transaction.atomic():
            Outcome.objects.bulk_create(rows, batch_size=BATCH)
        done += len(rows)
        progress(done, total)
    if not tasks:
        progress(0, 0)
    return done


def _units():
    """Every unit, communes with their households (merged ones: their predecessors' sum),
    scaled so that the province has about as many households as Ninh Bình."""
    units = {
        row["pk"]: Unit(key=row.pop("code") or str(row["pk"]), **row)
        for row in AdministrativeUnit.objects.values(
            "pk", "name", "level", "parent_id", "valid_from", "valid_until", "code"
        )
    }
    predecessors = {}
    for old, new in AdministrativeUnit.successors.through.objects.values_list(
        "from_administrativeunit_id", "to_administrativeunit_id"
    ):
        if units[old].level == Level.COMMUNE:
            predecessors.setdefault(new, []).append(units[old])
    communes = [u for u in units.values() if u.level == Level.COMMUNE]
    for unit in sorted(communes, key=lambda u: u.valid_from or date.min):
        before = predecessors.get(unit.pk)
        if before:
            unit.households = sum(u.households for u in before)
        else:
            rng = random.Random(f"{SEED}:{unit.key}")
            ward = unit.name.startswith("Phường")
            unit.households = rng.uniform(1200, 4200) * (1.3 if ward else 1.0)
    before_reform = sum(u.households for u in communes if u.at_end_of(2024))
    for unit in communes:  # one commune's households are the same in every indicator
        unit.households *= PROVINCE_HOUSEHOLDS / before_reform if before_reform else 1
    return list(units.values())


def _values(indicator, year, units):
    """{unit pk: (value, numerator, denominator)} for the units existing in `year`."""
    model = model_of(indicator)
    kind, base, trend = model[0], model[1], model[2]
    t = year - BASE_YEAR
    communes, raw = [u for u in units if u.level == Level.COMMUNE], {}
    for unit in communes:
        unit_rng = random.Random(f"{SEED}:{indicator.code}:{unit.key}")
        year_rng = random.Random(f"{SEED}:{indicator.code}:{unit.key}:{year}")
        households = unit.households * HOUSEHOLD_GROWTH**t
        if kind == "rate":
            spread = (0.7, 1.3) if base < 50 else (0.93, 1.05)
            pct = base * trend**t * unit_rng.uniform(*spread) * year_rng.uniform(0.95, 1.05)
            denominator = round(households)
            numerator = round(denominator * min(model[3], pct) / 100)
            raw[unit.pk] = (numerator, denominator)
        elif kind == "mean":
            mean = base * trend**t * unit_rng.uniform(0.85, 1.15) * year_rng.uniform(0.95, 1.05)
            raw[unit.pk] = (mean, households)
        else:
            share = unit.share_of(year) if kind == "flow" else 1.0
            amount = households / 1000 * base * trend**t * unit_rng.uniform(0.5, 1.6)
            raw[unit.pk] = (amount * share * year_rng.uniform(0.9, 1.1), None)
    values = {pk: _finish(indicator, kind, [parts]) for pk, parts in raw.items()}
    for unit in units:
        if unit.level == Level.DISTRICT:
            parts = [raw[c.pk] for c in communes if c.parent_id == unit.pk]
        elif unit.level == Level.PROVINCE:
            # A rate or mean is of the communes at the end of the year; flows are of all.
            at_end = kind in ("rate", "mean")
            parts = [raw[c.pk] for c in communes if not at_end or c.at_end_of(year)]
        else:
            continue
        if not parts:
            size = PROVINCE_HOUSEHOLDS if unit.level == Level.PROVINCE else DISTRICT_HOUSEHOLDS
            parts = [_alone(kind, model, t, size * HOUSEHOLD_GROWTH**t)]
        values[unit.pk] = _finish(indicator, kind, parts, total=True)
    return values


def _alone(kind, model, t, households):
    """The parts of a district or province without reporting communes."""
    if kind == "rate":
        denominator = round(households)
        return (round(denominator * min(model[3], model[1] * model[2] ** t) / 100), denominator)
    if kind == "mean":
        return (model[1] * model[2] ** t, households)
    return (households / 1000 * model[1] * model[2] ** t, None)


def _finish(indicator, kind, parts, total=False):
    """(value, numerator, denominator) from the parts of one unit or of its communes."""
    if kind == "rate":
        numerator = sum(p[0] for p in parts)
        denominator = sum(p[1] for p in parts)
        value = indicator.quantize(Decimal(numerator) * 100 / Decimal(denominator))
        return value, Decimal(numerator), Decimal(denominator)
    if kind == "mean":
        weight = sum(p[1] for p in parts)
        return indicator.quantize(sum(p[0] * p[1] for p in parts) / weight), None, None
    if total:  # the sum of the communes' values as rounded for them, so tables add up
        return sum((indicator.quantize(p[0]) for p in parts), Decimal(0)), None, None
    return indicator.quantize(parts[0][0]), None, None


def _accounts():
    """(who entered, who approved): the demo's administrator and data approver."""
    User = get_user_model()
    enterer = User.objects.get(username="quantri")
    approver = User.objects.get(username=demo_data.APPROVER["username"])
    return enterer.pk, approver.pk


def _rows(indicator, year, values, units, people, last):
    enterer, approver = people
    rng = random.Random(f"{SEED}:{indicator.code}:{year}")
    approved_day = date(year + 1, 1, 10) + timedelta(days=rng.randint(0, 80))
    approved_at = min(
        timezone.make_aware(datetime.combine(approved_day, time(9))),
        timezone.now() - timedelta(days=1),
    )
    submitted_at = approved_at - timedelta(days=2)
    rows = []
    for pk, (value, numerator, denominator) in values.items():
        unit = units[pk]
        status = Status.APPROVED
        if last and unit.level == Level.COMMUNE and rng.random() < 0.07:
            status = rng.choice((Status.SUBMITTED,) * 4 + (Status.DRAFT,) * 2 + (Status.RETURNED,))
        rows.append(
            Outcome(
                indicator=indicator,
                unit_id=pk,
                year=year,
                value=value,
                numerator=numerator,
                denominator=denominator,
                kind=indicator.kind,
                source_text=SOURCE.format(year=year, unit=_lower_first(unit.name))[:300],
                is_illustrative=True,
                status=status,
                return_reason=RETURN_REASON if status == Status.RETURNED else "",
                entered_by_id=enterer,
                last_changed_by_id=enterer,
                submitted_by_id=None if status == Status.DRAFT else enterer,
                submitted_at=None if status == Status.DRAFT else submitted_at,
                approved_by_id=approver if status == Status.APPROVED else None,
                approved_at=approved_at if status == Status.APPROVED else None,
            )
        )
    return rows


def _lower_first(name):
    return name[:1].lower() + name[1:]

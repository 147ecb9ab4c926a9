"""Scale administrative units across two reforms, under the demo's province and districts.

Units come in clusters, one per commune of the new province (from 1/7/2025, no district
level): the new commune succeeds two to four communes of one district, which existed until
30/6/2025; about a third of those were themselves formed on 1/1/2020 by merging two older
communes. Names: Ninh Bình's real communes first, then plausible ones in the same style.
Codes are synthetic (from 90001, outside the statistics office's commune codes).
"""

import itertools
import random
from dataclasses import dataclass
from datetime import date

from django.db import transaction
from django.db.models import Q

from programs import demo_data
from programs.models import AdministrativeUnit, OfficialScope

from .phrases import DISTRICTS

SEED = 20260303
CODE_BASE = 90000
BATCH = 2000
MERGER_END, MERGER_START = date(2019, 12, 31), date(2020, 1, 1)
REFORM_END, REFORM_START = date(2025, 6, 30), date(2025, 7, 1)
Level = AdministrativeUnit.Level

PREFIXES = {
    "Kim Sơn": ["Kim", "Xuân", "Quang", "Văn"],
    "Yên Mô": ["Yên", "Khánh", "Mai", "Đồng"],
    "Nho Quan": ["Gia", "Sơn", "Phú", "Thạch"],
    "Gia Viễn": ["Gia", "Liên", "Đại", "Vân"],
    "Hoa Lư": ["Ninh", "Trường", "Thiên", "Hoa"],
    "Yên Khánh": ["Khánh", "Yên", "Bình", "Đông"],
    "Tam Điệp": ["Đông", "Tây", "Nam", "Bắc"],
    "Ninh Bình": ["Ninh", "Nam", "Tân", "Phúc"],
}
SUFFIXES = ["Hòa", "Phong", "Thịnh", "Lộc", "Thành", "Tiến", "Mỹ", "Hưng", "An", "Bình",
            "Lâm", "Hải", "Trung", "Tân", "Phúc", "Lợi", "Cường", "Thắng", "Thái", "Nhân",
            "Vân", "Xuân", "Hồng", "Long", "Hà", "Định", "Thiện", "Sơn", "Đồng", "Quý",
            "Khang", "Minh", "Phú", "Thủy", "Tường", "Lạc", "Vượng", "Nghĩa", "Đức",
            "Yên"]  # fmt: skip


@dataclass
class Planned:
    code: str
    name: str
    district: str  # key of phrases.DISTRICTS
    valid_from: date | None
    valid_until: date | None
    successor: str = ""  # code of the unit that took this one over


def plan():
    """Planned units, cluster after cluster, in an order that never changes (so a top-up
    run continues where an earlier one stopped); each cluster's new commune comes first."""
    rng = random.Random(SEED)
    taken = {"Yên Mạc", "Xuân Chính"}  # the demo's communes (programs/demo_data.py)
    names = {district: _names(district, taken) for district in DISTRICTS}
    code = CODE_BASE
    districts = list(DISTRICTS)
    for i in itertools.count():
        district = districts[i % len(districts)]
        title = "Phường" if DISTRICTS[district][0] == "thành phố" else "Xã"
        code += 1
        olds = [next(names[district]) for _ in range(rng.choice((2, 3, 3, 4)))]
        new = Planned(str(code), f"{title} {olds[0]}", district, REFORM_START, None)
        yield new
        for old_name in olds:
            code += 1
            merged = rng.random() < 0.3
            old = Planned(
                str(code),
                f"{title} {old_name}",
                district,
                MERGER_START if merged else None,
                REFORM_END,
                successor=new.code,
            )
            yield old
            if merged:
                for _ in range(2):
                    code += 1
                    yield Planned(
                        str(code),
                        f"{title} {next(names[district])}",
                        district,
                        None,
                        MERGER_END,
                        successor=old.code,
                    )


def _names(district, taken):
    """The district's real communes, then prefix + suffix names, then numbered ones; none
    that another district already took (`taken` is shared: one name, one commune)."""
    candidates = itertools.chain(
        DISTRICTS[district][1],
        (f"{p} {s}" for p in PREFIXES[district] for s in SUFFIXES),
        (f"{PREFIXES[district][0]} {SUFFIXES[n % len(SUFFIXES)]} {n}" for n in itertools.count(2)),
    )
    for name in candidates:
        if name not in taken:
            taken.add(name)
            yield name


def seed(target, progress):
    """Add units until there are `target`; returns how many were added."""
    existing = AdministrativeUnit.objects.count()
    if existing >= target:
        return 0
    province, districts = _parents()
    codes = set(AdministrativeUnit.objects.exclude(code="").values_list("code", flat=True))
    total, planned, batch, created = target - existing, [], [], 0
    position = 100 + len(codes)
    for unit in plan():
        if created + len(batch) >= total:
            break
        planned.append(unit)
        if unit.code in codes:
            continue
        position += 1
        batch.append(
            AdministrativeUnit(
                name=unit.name,
                code=unit.code,
                level=Level.COMMUNE,
                parent=province if unit.valid_from == REFORM_START else districts[unit.district],
                valid_from=unit.valid_from,
                valid_until=unit.valid_until,
                position=min(position, 32767),
            )
        )
        if len(batch) == BATCH:
            created += _save(batch)
            progress(created, total)
    created += _save(batch)
    _link(planned, districts)
    _widen_scopes(districts.values())
    progress(created, total)
    return created


def _save(batch):
    with transaction.atomic():
        AdministrativeUnit.objects.bulk_create(batch)
    count = len(batch)
    batch.clear()
    return count


def _parents():
    """The demo's province and districts (created as programs/seed.py does if missing)."""
    by_key = {}
    for data in demo_data.UNITS:
        if data["level"] == Level.COMMUNE:
            continue
        by_key[data["key"]], _ = AdministrativeUnit.objects.get_or_create(
            name=data["name"],
            level=data["level"],
            defaults={
                "code": data.get("code", ""),
                "parent": by_key.get(data.get("parent")),
                "valid_from": data.get("valid_from"),
                "valid_until": data.get("valid_until"),
            },
        )
    province = by_key.pop("ninh-binh")
    districts = {}
    for unit in by_key.values():
        for name, (kind, _communes) in DISTRICTS.items():
            if unit.name == f"{kind.capitalize()} {name}":
                districts[name] = unit
    return province, districts


def _link(planned, districts):
    """Successor links of the plan (commune to commune, district to its new communes), and
    of communes that ended with the districts but have no successor yet (the demo's): they
    go to the first new commune of their district."""
    pk = dict(AdministrativeUnit.objects.exclude(code="").values_list("code", "pk"))
    Link = AdministrativeUnit.successors.through
    links = [
        Link(from_administrativeunit_id=pk[u.code], to_administrativeunit_id=pk[u.successor])
        for u in planned
        if u.successor and u.code in pk and u.successor in pk
    ]
    # A district's successors are the new communes formed from its communes.
    links += [
        Link(
            from_administrativeunit_id=districts[u.district].pk, to_administrativeunit_id=pk[u.code]
        )
        for u in planned
        if u.valid_from == REFORM_START and u.code in pk
    ]
    with transaction.atomic():
        Link.objects.bulk_create(links, ignore_conflicts=True)
    first_new = {}
    for unit in planned:
        if unit.valid_from == REFORM_START and unit.code in pk:
            first_new.setdefault(districts[unit.district].pk, pk[unit.code])
    orphans = AdministrativeUnit.objects.filter(
        level=Level.COMMUNE, valid_until=REFORM_END, successors__isnull=True
    ).values_list("pk", "parent_id")
    links = [
        Link(from_administrativeunit_id=orphan, to_administrativeunit_id=first_new[parent])
        for orphan, parent in orphans
        if parent in first_new
    ]
    with transaction.atomic():
        Link.objects.bulk_create(links, ignore_conflicts=True)


def _widen_scopes(districts):
    """A district's data official also reports for its communes and for the new communes
    that succeeded it (the demo's officials of Kim Sơn and Yên Mô)."""
    Scope = OfficialScope.units.through
    rows = []
    for scope_id, district_id in Scope.objects.filter(
        administrativeunit__in=[d.pk for d in districts]
    ).values_list("officialscope_id", "administrativeunit_id"):
        communes = (
            AdministrativeUnit.objects.filter(
                Q(parent_id=district_id) | Q(predecessors=district_id)
            )
            .distinct()
            .values_list("pk", flat=True)
        )
        rows += [Scope(officialscope_id=scope_id, administrativeunit_id=pk) for pk in communes]
    with transaction.atomic():
        Scope.objects.bulk_create(rows, ignore_conflicts=True)

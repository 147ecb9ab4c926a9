"""Small factories for the programs app: units, campaigns, programmes, indicators, values."""

import itertools

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from portal import roles
from portal.text import slugify_vi
from programs.models import (
    AdministrativeUnit,
    BenefitRate,
    Campaign,
    Indicator,
    OfficialScope,
    Outcome,
    SupportProgram,
)
from tests.conftest import make_user

_counter = itertools.count(1)

SOURCE = "Báo cáo số 15/BC-UBND của Ủy ban nhân dân huyện"


def make_unit(name=None, *, level=AdministrativeUnit.Level.DISTRICT, **kwargs):
    n = next(_counter)
    kwargs.setdefault("position", n)
    return AdministrativeUnit.objects.create(name=name or f"Huyện số {n}", level=level, **kwargs)


def make_campaign(name=None, *, start_year=2021, end_year=2025, **kwargs):
    n = next(_counter)
    name = name or f"Phong trào thi đua số {n}"
    kwargs.setdefault("slug", f"{slugify_vi(name)}-{n}")
    return Campaign.objects.create(name=name, start_year=start_year, end_year=end_year, **kwargs)


def make_program(name=None, *, start_year=2021, end_year=2025, **kwargs):
    n = next(_counter)
    name = name or f"Chương trình hỗ trợ số {n}"
    kwargs.setdefault("slug", f"{slugify_vi(name)}-{n}")
    kwargs.setdefault("kind", SupportProgram.Kind.HOUSING)
    return SupportProgram.objects.create(
        name=name, start_year=start_year, end_year=end_year, **kwargs
    )


def make_rate(program, amount, *, currency="đồng", per="", label="", **kwargs):
    return BenefitRate.objects.create(
        program=program, amount=amount, currency=currency, per=per, label=label, **kwargs
    )


def make_indicator(
    owner, name=None, *, unit_of_measure="hộ", kind=Indicator.Kind.COUNT, decimals=0, **kwargs
):
    """An indicator of a programme or, given a campaign, of the whole campaign."""
    n = next(_counter)
    kwargs.setdefault("code", f"chi-tieu-{n}")
    kwargs.setdefault("position", n)
    owner_field = "campaign" if isinstance(owner, Campaign) else "program"
    return Indicator.objects.create(
        name=name or f"Chỉ tiêu số {n}",
        unit_of_measure=unit_of_measure,
        kind=kind,
        decimals=decimals,
        **{owner_field: owner},
        **kwargs,
    )


def _sample_user(username, role):
    user = get_user_model().objects.filter(username=username).first()
    return user or make_user(username, role)


def make_outcome(
    indicator,
    unit,
    year,
    value,
    *,
    status=Outcome.Status.APPROVED,
    by=None,
    approver=None,
    source_text=SOURCE,
    **kwargs,
):
    """A value written straight to the database (approved unless told otherwise)."""
    by = by or _sample_user("nhaplieu-mau", roles.DATA_OFFICIAL)
    if status == Outcome.Status.APPROVED:
        kwargs.setdefault("approved_by", approver or _sample_user("duyet-mau", roles.DATA_APPROVER))
        kwargs.setdefault("approved_at", timezone.now())
    if status in (Outcome.Status.SUBMITTED, Outcome.Status.APPROVED):
        kwargs.setdefault("submitted_by", by)
        kwargs.setdefault("submitted_at", timezone.now())
    return Outcome.objects.create(
        indicator=indicator,
        unit=unit,
        year=year,
        value=value,
        kind=indicator.kind,
        status=status,
        entered_by=by,
        last_changed_by=by,
        source_text=source_text,
        **kwargs,
    )


def make_official(username, units=(), programs=(), campaigns=()):
    """A data official ("Cán bộ nhập liệu") assigned the given units and programmes."""
    user = make_user(username, roles.DATA_OFFICIAL)
    scope = OfficialScope.objects.create(user=user)
    scope.units.set(units)
    scope.programs.set(programs)
    scope.campaigns.set(campaigns)
    return user


def make_approver(username="duyetsolieu"):
    return make_user(username, roles.DATA_APPROVER)


def add_role(user, role):
    """Give an existing account a second role; permission caches are reset by a fresh fetch."""
    user.groups.add(Group.objects.get(name=role))
    return get_user_model().objects.get(pk=user.pk)

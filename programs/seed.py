"""Demo data for campaigns, programmes, units and outcomes (called by `manage.py seed_demo`).

Values go through the same services as officials' entries: saved and submitted by one
account, approved by another.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.db import transaction

from documents import demo_data as document_data
from documents.models import LegalDocument, number_key
from portal import roles
from portal.demo_images import illustration
from portal.images import normalize, refresh_renditions

from . import demo_data, services
from .models import (
    AdministrativeUnit,
    BenefitRate,
    Campaign,
    ExemplaryModel,
    Indicator,
    OfficialScope,
    Outcome,
    SupportProgram,
)

DEMO_PASSWORDS = {"canbo.kimson": "CanBo@2026", "canbo.yenmo": "CanBo@2026"}
APPROVER_PASSWORD = "DuyetSoLieu@2026"
ILLUSTRATIVE_SOURCE = "Số liệu minh họa của bản trình diễn (không phải số liệu thống kê thật)"


def documents_by_key():
    found = {}
    for data in document_data.DOCUMENTS:
        document = LegalDocument.objects.filter(
            number_key=number_key(data["number"]), issued_date=data["issued"]
        ).first()
        if document:
            found[data["key"]] = document
    return found


def seed(out, enterer):
    """Create everything once; later runs add what is missing and change nothing else."""
    documents = documents_by_key()
    units = _units()
    campaign = _campaign(documents)
    programs, indicators = _programs(campaign, documents)
    for data in demo_data.CAMPAIGN_INDICATORS:
        indicators[data["key"]] = _indicator(data, campaign=campaign)
    approver, officials = _accounts(out, units, programs)
    created = _values(enterer, approver, units, indicators)
    _workflow_examples(officials, approver, units, indicators)
    _exemplars(campaign, units)
    out.write(
        f"Phong trào, chương trình: {Campaign.objects.count()}, {SupportProgram.objects.count()}; "
        f"số liệu mới: {created} (tổng {Outcome.objects.count()})."
    )


def _units():
    units = {}
    for data in demo_data.UNITS:
        unit, _ = AdministrativeUnit.objects.get_or_create(
            name=data["name"],
            level=data["level"],
            defaults={
                "code": data.get("code", ""),
                "parent": units.get(data.get("parent")),
                "valid_from": data.get("valid_from"),
                "valid_until": data.get("valid_until"),
                "position": len(units),
            },
        )
        units[data["key"]] = unit
    return units


def _campaign(documents):
    data = demo_data.CAMPAIGN
    campaign, created = Campaign.objects.get_or_create(
        slug=data["slug"],
        defaults={
            key: data[key]
            for key in ("name", "slogan", "launched_by", "start_year", "end_year", "summary")
        }
        | {"description": data.get("description", "")},
    )
    if created:
        campaign.legal_basis.add(*_pick(documents, data.get("legal_basis", [])))
    return campaign


def _pick(documents, keys):
    return [documents[key] for key in keys if key in documents]


def _programs(campaign, documents):
    programs, indicators = {}, {}
    for position, data in enumerate(demo_data.PROGRAMS):
        program, created = SupportProgram.objects.get_or_create(
            slug=data["key"],
            defaults={
                "campaign": campaign,
                "name": data["name"],
                "kind": data["kind"],
                "summary": data.get("summary", ""),
                "beneficiaries": data.get("beneficiaries", ""),
                "description": data.get("description", ""),
                "start_year": data["start_year"],
                "end_year": data.get("end_year"),
                "position": position,
            },
        )
        if created:
            program.legal_basis.add(*_pick(documents, data.get("legal_basis", [])))
            for n, rate in enumerate(data.get("rates", [])):
                BenefitRate.objects.create(
                    program=program,
                    label=rate.get("label", ""),
                    amount=rate["amount"],
                    currency=rate.get("unit", "đồng"),
                    per=rate.get("per", ""),
                    position=n,
                )
        programs[data["key"]] = program
        for indicator in data.get("indicators", []):
            indicators[indicator["key"]] = _indicator(indicator, program=program)
    return programs, indicators


def _indicator(data, *, program=None, campaign=None):
    indicator, _ = Indicator.objects.get_or_create(
        code=data["key"],
        defaults={
            "program": program,
            "campaign": campaign,
            "name": data["name"],
            "unit_of_measure": data["unit"],
            "kind": data["kind"],
            "additive": data.get("additive", True),
            "decimals": data.get("decimals", 0),
            "is_key": data.get("is_key", False),
        },
    )
    return indicator


def _accounts(out, units, programs):
    User = get_user_model()
    approver, created = User.objects.get_or_create(
        username=demo_data.APPROVER["username"],
        defaults={"first_name": demo_data.APPROVER["full_name"], "is_staff": True},
    )
    if created:
        approver.set_password(APPROVER_PASSWORD)
        approver.save()
    approver.groups.add(Group.objects.get(name=roles.DATA_APPROVER))
    out.write(f"Tài khoản {approver.username} / {APPROVER_PASSWORD} (Người duyệt số liệu)")
    officials = {}
    for data in demo_data.OFFICIALS:
        user, created = User.objects.get_or_create(
            username=data["username"], defaults={"first_name": data["full_name"], "is_staff": True}
        )
        password = DEMO_PASSWORDS.get(data["username"], "CanBo@2026")
        if created:
            user.set_password(password)
            user.save()
        user.groups.add(Group.objects.get(name=roles.DATA_OFFICIAL))
        scope, _ = OfficialScope.objects.get_or_create(user=user)
        scope.units.add(*(units[key] for key in data["units"]))
        scope.programs.add(*(programs[key] for key in data["programs"]))
        officials[data["username"]] = user
        out.write(f"Tài khoản {user.username} / {password} ({data['full_name']})")
    return approver, officials


def _approved(enterer, approver, indicator, unit, year, value, source, illustrative):
    if Outcome.objects.filter(indicator=indicator, unit=unit, year=year).exists():
        return 0
    outcome = services.outcome_save(
        user=enterer,
        indicator=indicator,
        unit=unit,
        year=year,
        value=value,
        source_text=source,
        submit=True,
    )
    if illustrative:
        Outcome.objects.filter(pk=outcome.pk).update(is_illustrative=True)
        outcome.refresh_from_db()
    services.outcome_approve(outcome=outcome, user=approver)
    return 1


def _values(enterer, approver, units, indicators):
    created = 0
    province = units["ninh-binh"]
    with transaction.atomic():
        for key, year, value, source in demo_data.PROVINCE_VALUES:
            created += _approved(
                enterer, approver, indicators[key], province, year, value, source, False
            )
        for key, unit_key, year, value in demo_data.ILLUSTRATIVE_UNIT_VALUES:
            created += _approved(
                enterer,
                approver,
                indicators[key],
                units[unit_key],
                year,
                value,
                ILLUSTRATIVE_SOURCE,
                True,
            )
    return created


def _workflow_examples(officials, approver, units, indicators):
    """One value waiting for approval and one returned, for the approver's demo."""
    households = indicators.get("nha-o-ho")
    kim_son, yen_mo = officials.get("canbo.kimson"), officials.get("canbo.yenmo")
    if households is None or kim_son is None or yen_mo is None:
        return
    year = 2024
    report = "Báo cáo kết quả hỗ trợ nhà ở năm 2024 (số liệu minh họa)"
    if not Outcome.objects.filter(indicator=households, unit=units["kim-son"], year=year):
        services.outcome_save(
            user=kim_son,
            indicator=households,
            unit=units["kim-son"],
            year=year,
            value=96,
            source_text=report,
            submit=True,
        )
    if not Outcome.objects.filter(indicator=households, unit=units["yen-mo"], year=year):
        outcome = services.outcome_save(
            user=yen_mo,
            indicator=households,
            unit=units["yen-mo"],
            year=year,
            value=640,
            source_text=report,
            submit=True,
        )
        services.outcome_return(
            outcome=outcome,
            user=approver,
            reason="Số hộ vượt xa số hộ nghèo của huyện; đề nghị kiểm tra lại báo cáo.",
        )
    Outcome.objects.filter(source_text=report).update(is_illustrative=True)


def _exemplars(campaign, units):
    for n, data in enumerate(demo_data.EXEMPLARY_MODELS):
        if ExemplaryModel.objects.filter(campaign=campaign, name=data["name"]).exists():
            continue
        exemplar = ExemplaryModel(
            campaign=campaign,
            name=data["name"],
            kind=data["kind"],
            unit=units.get(data.get("unit")),
            place=data.get("place", ""),
            achievement=data["achievement"],
            year=data["year"],
            photo_alt="Tranh minh họa: làng quê với những ngôi nhà mái ngói dưới ánh mặt trời",
        )
        photo, _w, _h = normalize(ContentFile(illustration(90 + n * 50, seed=100 + n), "a.jpg"))
        exemplar.photo.save(photo.name, photo, save=False)
        exemplar.save()
        refresh_renditions(exemplar, "photo", "photo_renditions")

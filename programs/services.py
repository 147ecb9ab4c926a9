"""Outcome workflow: enter, submit, approve or return, correct. Each step checks who acts.

Nobody approves or returns a value they submitted or last changed (the four-eyes rule), and
an approved value changes only through a recorded correction.
"""

from dataclasses import dataclass, field
from decimal import Decimal

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from portal.text import NumberFormatError, parse_vi_number

from .models import Indicator, OfficialScope, Outcome, OutcomeCorrection
from .models.outcomes import validate_year

Status = Outcome.Status
# Outcome.value is DECIMAL(18, 4): at most 14 digits before the decimal mark.
MAX_VALUE = Decimal("99999999999999.9999")


def _require(user, permission, message):
    if not (user.is_active and user.has_perm(permission)):
        raise PermissionDenied(message)


def may_enter(user, *, unit, indicator):
    """Data officials enter values only for their assigned units and programmes."""
    if not (user.is_active and user.has_perm("programs.add_outcome")):
        return False
    if user.is_superuser:
        return True
    scope = OfficialScope.objects.filter(user=user).first()
    return scope is not None and scope.covers(unit=unit, indicator=indicator)


def parse_number(raw):
    try:
        return parse_vi_number(raw)
    except NumberFormatError as error:
        raise ValidationError(str(error), code="number") from None


def check_entry(*, user, indicator, unit, year, has_value=True, has_source=True, current=None):
    """Every rule an entry must pass before anything is written (shared by forms and saves)."""
    if not may_enter(user, unit=unit, indicator=indicator):
        raise PermissionDenied("Bạn không được phân công nhập số liệu cho địa bàn này.")
    validate_year(year, indicator.owner)
    if not has_value:
        raise ValidationError("Chưa nhập giá trị.", code="required")
    if not has_source:
        raise ValidationError("Cần ghi nguồn số liệu (văn bản hoặc báo cáo).", code="source")
    if current is None:
        current = Outcome.objects.filter(indicator=indicator, unit=unit, year=year).first()
    if current is not None and current.status == Status.APPROVED:
        raise ValidationError(
            "Số liệu đã được duyệt; chỉ có thể thay đổi bằng đính chính.", code="approved"
        )


def clean_value(indicator, raw):
    """Parse and check one typed value for an indicator; returns a Decimal or None."""
    value = parse_number(raw)
    if value is None:
        return None
    if value > MAX_VALUE:
        raise ValidationError("Giá trị quá lớn, hãy kiểm tra lại đơn vị tính.", code="too_big")
    if indicator.kind == Indicator.Kind.COUNT and value != value.to_integral_value():
        raise ValidationError(
            f"{indicator.name} đếm bằng số nguyên ({indicator.unit_of_measure}), "
            f"không nhận “{raw}”.",
            code="whole",
        )
    if indicator.kind == Indicator.Kind.RATE and value > 100:
        raise ValidationError("Tỷ lệ phải nằm trong khoảng 0 – 100%.", code="rate")
    if value != indicator.quantize(value):
        limit = (
            "chỉ nhận số nguyên"
            if indicator.decimals == 0
            else f"lấy tối đa {indicator.decimals} chữ số sau dấu phẩy"
        )
        raise ValidationError(f"{indicator.name} {limit}.", code="decimals")
    return value


def rate_from(indicator, numerator, denominator):
    """A rate computed from its numerator and denominator, rounded to the indicator."""
    if denominator in (None, 0) or numerator is None:
        raise ValidationError("Cần có cả tử số và mẫu số (mẫu số lớn hơn 0).", code="ratio")
    if numerator > denominator:
        raise ValidationError("Tử số không được lớn hơn mẫu số.", code="ratio")
    return indicator.quantize(numerator * 100 / denominator)


@transaction.atomic
def outcome_save(
    *,
    user,
    indicator,
    unit,
    year,
    value=None,
    numerator=None,
    denominator=None,
    source_document=None,
    source_text="",
    submit=False,
):
    """Create or change a draft value (approved ones change only by a correction)."""
    if numerator is not None or denominator is not None:
        value = rate_from(indicator, numerator, denominator)
    elif value is not None:
        value = clean_value(indicator, value)  # whole numbers, decimals, range: whoever calls
    current = (
        Outcome.objects.select_for_update()
        .filter(indicator=indicator, unit=unit, year=year)
        .first()
    )
    check_entry(
        user=user,
        indicator=indicator,
        unit=unit,
        year=year,
        has_value=value is not None,
        has_source=bool(source_document or source_text.strip()),
        current=current,
    )
    outcome = current or Outcome(indicator=indicator, unit=unit, year=year, entered_by=user)
    if submit and not user.has_perm("programs.submit_outcome"):
        raise PermissionDenied("Bạn không có quyền gửi duyệt số liệu.")
    outcome.value = value
    outcome.numerator, outcome.denominator = numerator, denominator
    outcome.kind = indicator.kind
    outcome.source_document, outcome.source_text = source_document, source_text.strip()
    outcome.last_changed_by = user
    outcome.status = Status.SUBMITTED if submit else Status.DRAFT
    outcome.submitted_by = user if submit else None
    outcome.submitted_at = timezone.now() if submit else None
    outcome.return_reason = ""
    outcome._change_reason = "Gửi duyệt" if submit else "Lưu nháp"
    outcome.save()
    return outcome


@transaction.atomic
def outcome_submit(*, outcome, user):
    _require(user, "programs.submit_outcome", "Bạn không có quyền gửi duyệt số liệu.")
    if not may_enter(user, unit=outcome.unit, indicator=outcome.indicator):
        raise PermissionDenied("Bạn không được phân công nhập số liệu cho địa bàn này.")
    if outcome.status not in (Status.DRAFT, Status.RETURNED):
        raise ValidationError("Chỉ gửi duyệt được số liệu nháp hoặc bị trả lại.", code="status")
    outcome.status = Status.SUBMITTED
    outcome.submitted_by, outcome.submitted_at = user, timezone.now()
    outcome._change_reason = "Gửi duyệt"
    outcome.save()
    return outcome


def _check_four_eyes(outcome, user):
    _require(user, "programs.approve_outcome", "Bạn không có quyền duyệt số liệu.")
    if outcome.status != Status.SUBMITTED:
        raise ValidationError("Chỉ duyệt hoặc trả lại được số liệu đang chờ duyệt.", code="status")
    if user.pk in (outcome.submitted_by_id, outcome.last_changed_by_id, outcome.entered_by_id):
        raise PermissionDenied(
            "Không được tự duyệt số liệu do chính mình nhập, sửa hoặc gửi duyệt."
        )


@transaction.atomic
def outcome_approve(*, outcome, user):
    _check_four_eyes(outcome, user)
    outcome.status = Status.APPROVED
    outcome.approved_by, outcome.approved_at = user, timezone.now()
    outcome._change_reason = "Duyệt"
    outcome.save()
    return outcome


@transaction.atomic
def outcome_return(*, outcome, user, reason):
    _check_four_eyes(outcome, user)
    if not (reason or "").strip():
        raise ValidationError("Cần ghi lý do trả lại để cán bộ nhập liệu sửa.", code="reason")
    outcome.status = Status.RETURNED
    outcome.return_reason = reason.strip()
    outcome._change_reason = "Trả lại"
    outcome.save()
    return outcome


@transaction.atomic
def outcome_correct(*, outcome, user, new_value, reason):
    """Change an approved value, keeping the old one, who, when and why."""
    _require(user, "programs.correct_outcome", "Bạn không có quyền đính chính số liệu.")
    if outcome.status != Status.APPROVED:
        raise ValidationError("Chỉ đính chính số liệu đã duyệt.", code="status")
    if not (reason or "").strip():
        raise ValidationError("Cần ghi lý do đính chính.", code="reason")
    new_value = clean_value(outcome.indicator, new_value)
    if new_value is None:
        raise ValidationError("Chưa nhập giá trị mới.", code="required")
    OutcomeCorrection.objects.create(
        outcome=outcome,
        old_value=outcome.value,
        new_value=new_value,
        reason=reason.strip(),
        corrected_by=user,
    )
    outcome.value = new_value
    outcome.numerator = outcome.denominator = None
    outcome.last_changed_by = user
    outcome._change_reason = f"Đính chính: {reason.strip()}"
    outcome.save()
    return outcome


@dataclass
class YearReport:
    """The result of saving a year's grid: counts, or every problem with its cell."""

    saved: int = 0
    unchanged: int = 0
    errors: dict = field(default_factory=dict)  # (unit_pk, indicator_pk) -> message


def save_year_report(*, user, program, year, units, cells, source_text, submit=False):
    """Save a programme's year for several units at once: all cells, or none.

    `cells` maps (unit, indicator) to the text typed. Empty cells are skipped; approved
    values are left alone. Any bad cell rejects the whole report.
    """
    report = YearReport()
    indicators = list(program.indicators.all())
    validated = []
    try:
        validate_year(year, program)
    except ValidationError as error:
        report.errors[None] = error.messages[0]
        return report
    if not source_text.strip():
        report.errors[None] = "Cần ghi nguồn số liệu (tên báo cáo, văn bản)."
        return report
    existing = {
        (o.unit_id, o.indicator_id): o
        for o in Outcome.objects.filter(indicator__in=indicators, unit__in=units, year=year)
    }
    for unit in units:
        for indicator in indicators:
            raw = cells.get((unit.pk, indicator.pk), "")
            current = existing.get((unit.pk, indicator.pk))
            try:
                if not may_enter(user, unit=unit, indicator=indicator):
                    raise PermissionDenied
                value = clean_value(indicator, raw)
            except PermissionDenied:
                report.errors[(unit.pk, indicator.pk)] = "Không được phân công."
                continue
            except ValidationError as error:
                report.errors[(unit.pk, indicator.pk)] = error.messages[0]
                continue
            if value is None:
                continue
            if current and current.status == Status.APPROVED:
                if current.value != value:
                    report.errors[(unit.pk, indicator.pk)] = (
                        "Đã duyệt; muốn thay đổi phải đính chính."
                    )
                continue
            if current and current.value == value and not submit:
                report.unchanged += 1
                continue
            validated.append((unit, indicator, value))
    if report.errors:
        return report
    with transaction.atomic():
        for unit, indicator, value in validated:
            outcome_save(
                user=user,
                indicator=indicator,
                unit=unit,
                year=year,
                value=value,
                source_text=source_text,
                submit=submit,
            )
            report.saved += 1
    return report

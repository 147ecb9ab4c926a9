"""Outcome workflow: enter, submit, approve or return, correct. Each step checks who acts.

Nobody approves or returns a value they submitted or last changed (the four-eyes rule), and
an approved value changes only through a recorded correction.
"""

from dataclasses import dataclass, field
from decimal import Decimal

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from simple_history.utils import bulk_create_with_history, bulk_update_with_history

from portal.files import display_name

from .imports import import_scope, plan_import
from .models import OfficialScope, Outcome, OutcomeCorrection, OutcomeImport
from .models.outcomes import validate_year
from .spreadsheets import check_spreadsheet, read_rows
from .values import MAX_VALUE, clean_value, parse_number  # noqa: F401 (re-exported)

Status = Outcome.Status


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


# --- Import from a spreadsheet (programs/imports.py reads the file) ---------------------


def outcome_import_preview(*, user, program, year, uploaded, source_text="", submit=False):
    """Check a spreadsheet and record what it would change; nothing else is written.

    Returns (plan, record): the record is None when the plan has problems.
    """
    kind = check_spreadsheet(uploaded)
    plan = plan_import(
        user=user,
        program=program,
        year=year,
        rows=read_rows(uploaded, kind),
        source_text=source_text,
        submit=submit,
    )
    if plan.problems or not plan.items:
        return plan, None  # nothing to confirm: the caller shows the problems or "no change"
    record = OutcomeImport.objects.create(
        program=program,
        year=year,
        file_name=display_name(uploaded.name),
        source_text=(source_text or plan.file_source)[:300],
        submit=submit,
        rows=plan.rows,
        created=plan.created,
        changed=plan.changed,
        unchanged=plan.unchanged,
        plan=[
            [
                item.unit.pk,
                item.indicator.pk,
                str(item.value),
                _text(item.old),
                item.source,
                item.kind,
            ]
            for item in plan.items
        ],
        user=user,
    )
    return plan, record


def _text(value):
    return "" if value is None else str(value)


IMPORT_FIELDS = [
    "value", "numerator", "denominator", "kind", "source_document", "source_text",
    "last_changed_by", "status", "submitted_by", "submitted_at", "return_reason", "updated_at",
]  # fmt: skip


def outcome_import_apply(*, record, user, progress=None):
    """Write a previewed import in one transaction, if nothing changed since the preview."""
    if record.user_id != user.pk:
        raise PermissionDenied("Chỉ người đã tải tệp lên mới xác nhận được lần nhập này.")
    if record.status != OutcomeImport.Status.PREVIEW:
        raise ValidationError("Lần nhập này đã được xử lý.", code="status")
    allowed = import_scope(user=user, program=record.program)
    if record.submit and not user.has_perm("programs.submit_outcome"):
        raise PermissionDenied("Bạn không có quyền gửi duyệt số liệu.")
    indicators = {indicator.pk: indicator for indicator in record.program.indicators.all()}
    now = timezone.now()
    status = Status.SUBMITTED if record.submit else Status.DRAFT
    stale = ValidationError(
        "Số liệu đã thay đổi từ lúc xem trước (có người khác vừa nhập hoặc duyệt); "
        "hãy tải tệp lên lại để xem các thay đổi mới.",
        code="stale",
    )
    with transaction.atomic():
        existing = {
            (o.unit_id, o.indicator_id): o
            for o in Outcome.objects.select_for_update()
            .filter(indicator__in=indicators, year=record.year)
            .only("pk", "unit_id", "indicator_id", "value", "status")
        }
        new, changed = [], []
        total = len(record.plan)
        for done, (unit_id, indicator_id, value, old, source, _kind) in enumerate(record.plan, 1):
            indicator = indicators.get(indicator_id)
            if indicator is None or (allowed is not None and unit_id not in allowed):
                raise PermissionDenied("Phân công nhập liệu đã thay đổi; hãy tải tệp lên lại.")
            current = existing.get((unit_id, indicator_id))
            if _text(current and current.value) != _text(old and Decimal(old)) or (
                current is not None and current.status in (Status.APPROVED, Status.SUBMITTED)
            ):
                raise stale
            outcome = current or Outcome(
                unit_id=unit_id, indicator=indicator, year=record.year, entered_by=user
            )
            outcome.value = Decimal(value)
            outcome.numerator = outcome.denominator = None
            outcome.kind = indicator.kind
            outcome.source_document, outcome.source_text = None, source
            outcome.last_changed_by = user
            outcome.status = status
            outcome.submitted_by = user if record.submit else None
            outcome.submitted_at = now if record.submit else None
            outcome.return_reason = ""
            outcome.updated_at = now
            (changed if current else new).append(outcome)
            if progress and done % 500 == 0:
                progress(done, total)
        reason = record.change_reason
        if new:
            bulk_create_with_history(
                new, Outcome, batch_size=500, default_user=user, default_change_reason=reason
            )
        if changed:
            bulk_update_with_history(
                changed,
                Outcome,
                IMPORT_FIELDS,
                batch_size=500,
                default_user=user,
                default_change_reason=reason,
            )
        record.status = OutcomeImport.Status.APPLIED
        record.applied_at = now
        record.save(update_fields=["status", "applied_at"])
    if progress:
        progress(total, total)
    return record


def outcome_import_cancel(*, record, user):
    if record.user_id != user.pk or record.status != OutcomeImport.Status.PREVIEW:
        raise PermissionDenied("Không hủy được lần nhập này.")
    record.status = OutcomeImport.Status.CANCELLED
    record.plan = []
    record.save(update_fields=["status", "plan"])

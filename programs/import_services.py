"""Importing a year's figures from a spreadsheet: record what a file would change (preview),
then write it in one transaction (apply), or drop it (cancel). programs/imports.py reads the
file; the rules of each value are those of the entry screen."""

from decimal import Decimal

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from simple_history.utils import bulk_create_with_history, bulk_update_with_history

from portal import pagecache
from portal.files import display_name

from .imports import import_scope, plan_import
from .models import Outcome, OutcomeImport
from .spreadsheets import check_spreadsheet, read_rows

Status = Outcome.Status


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
    "version",
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
            .only("pk", "unit_id", "indicator_id", "value", "status", "version")
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
            if current is not None:
                outcome.version = current.version + 1  # the rows are locked (select_for_update)
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
        if new or changed:
            pagecache.changed()  # bulk writes send no signal
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

"""The yearly entry screen's save: a programme's year for many units, all cells or none.

Each cell follows the rules of `services.outcome_save` (who may enter it, its value, approved
values left alone, the version the screen was loaded at), checked for the whole grid with a
few queries, then written in one transaction with a history row per value.
"""

from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from simple_history.utils import bulk_create_with_history

from portal.models import clock

from .models import OfficialScope, Outcome
from .models.outcomes import validate_year
from .values import clean_value

Status = Outcome.Status


@dataclass
class YearReport:
    """The result of saving a year's grid: counts, or every problem with its cell."""

    saved: int = 0
    unchanged: int = 0
    errors: dict = field(default_factory=dict)  # (unit_pk, indicator_pk) -> message
    conflicts: set = field(default_factory=set)  # cells someone else changed meanwhile


def cell_conflict_message(outcome, indicator, raw):
    return (
        f"Người khác đã sửa ô này lúc {clock(outcome.updated_at)} sau khi bạn mở màn hình; "
        f"ô đang hiện giá trị mới ({indicator.format(outcome.value)}). "
        f"Giá trị bạn gửi: {raw}."
    )


def entry_test(user):
    """`may_enter` for a whole grid: a test (unit_pk, indicator) -> bool, from four queries
    at most instead of three per cell."""
    if not (user.is_active and user.has_perm("programs.add_outcome")):
        return lambda unit_pk, indicator: False
    if user.is_superuser:
        return lambda unit_pk, indicator: True
    scope = OfficialScope.objects.filter(user=user).first()
    if scope is None:
        return lambda unit_pk, indicator: False
    units = set(scope.units.values_list("pk", flat=True))
    programs = set(scope.programs.values_list("pk", flat=True))
    campaigns = set(scope.campaigns.values_list("pk", flat=True))

    def covers(unit_pk, indicator):  # the rule of OfficialScope.covers
        if unit_pk not in units:
            return False
        if indicator.program_id:
            return indicator.program_id in programs
        return indicator.campaign_id in campaigns

    return covers


def save_year_report(
    *, user, program, year, units, cells, source_text, submit=False, versions=None
):
    """Save a programme's year for several units at once: all cells, or none.

    `cells` maps (unit, indicator) to the text typed. Empty cells are skipped; approved
    values are left alone. Any bad cell rejects the whole report.

    `versions` maps the same keys to the version each cell had when the screen was loaded
    (0: no value yet). A cell whose value someone else changed since then, and which would
    now be overwritten with something else, is refused and listed in `conflicts`.
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
    may_enter_cell = entry_test(user)
    existing = {
        (o.unit_id, o.indicator_id): o
        for o in Outcome.objects.filter(indicator__in=indicators, unit__in=units, year=year)
    }
    for unit in units:
        for indicator in indicators:
            raw = cells.get((unit.pk, indicator.pk), "")
            current = existing.get((unit.pk, indicator.pk))
            if not may_enter_cell(unit.pk, indicator):
                report.errors[(unit.pk, indicator.pk)] = "Không được phân công."
                continue
            try:
                value = clean_value(indicator, raw)
            except ValidationError as error:
                report.errors[(unit.pk, indicator.pk)] = error.messages[0]
                continue
            if value is None:
                continue
            loaded = None if versions is None else versions.get((unit.pk, indicator.pk))
            if (
                loaded is not None
                and loaded != (current.version if current else 0)
                and (current is None or current.value != value)
            ):
                if current is None:  # deleted meanwhile: typing it again is a new value
                    loaded = 0
                else:
                    report.errors[(unit.pk, indicator.pk)] = cell_conflict_message(
                        current, indicator, raw
                    )
                    report.conflicts.add((unit.pk, indicator.pk))
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
            # Equal values are no conflict: the current version is the one to expect.
            expected = None if loaded is None else (current.version if current else 0)
            validated.append((unit, indicator, value, expected))
    if report.errors:
        return report
    if validated and submit and not user.has_perm("programs.submit_outcome"):
        raise PermissionDenied("Bạn không có quyền gửi duyệt số liệu.")
    try:
        report.saved = _write_year_report(
            user=user,
            year=year,
            units=units,
            indicators=indicators,
            validated=validated,
            source_text=source_text,
            submit=submit,
        )
    except _CellConflict as conflict:
        # Someone saved this cell between the checks above and the write: nothing was kept.
        key, current = conflict.key, conflict.current
        report.errors[key] = (
            cell_conflict_message(current, conflict.indicator, cells.get(key, ""))
            if current
            else "Số liệu đã bị người khác xóa sau khi bạn mở màn hình."
        )
        report.conflicts.add(key)
    except IntegrityError:
        # A value created by someone else at the same moment (the unique cell constraint).
        report.errors[None] = (
            "Người khác vừa lưu số liệu trên màn hình này cùng lúc; chưa lưu gì, hãy lưu lại."
        )
    return report


class _CellConflict(Exception):
    def __init__(self, key, current, indicator):
        super().__init__(key)
        self.key, self.current, self.indicator = key, current, indicator


def _locked_cells(*, indicators, units, year):
    """The grid's stored values, locked until the write commits (checked again there)."""
    return {
        (o.unit_id, o.indicator_id): o
        for o in Outcome.objects.select_for_update().filter(
            indicator__in=indicators, unit__in=units, year=year
        )
    }


def _write_year_report(*, user, year, units, indicators, validated, source_text, submit):
    """Write the checked cells in one transaction, a history row each, as `outcome_save`
    would one by one (same fields, reasons and version steps); returns how many."""
    now = timezone.now()
    reason = "Gửi duyệt" if submit else "Lưu nháp"
    with transaction.atomic():
        stored = _locked_cells(indicators=indicators, units=units, year=year)
        new, changed = [], []
        for unit, indicator, value, expected in validated:
            current = stored.get((unit.pk, indicator.pk))
            moved = expected is not None and expected != (current.version if current else 0)
            if moved or (current is not None and current.status == Status.APPROVED):
                raise _CellConflict((unit.pk, indicator.pk), current, indicator)
            outcome = current or Outcome(indicator=indicator, unit=unit, year=year, entered_by=user)
            outcome.value, outcome.numerator, outcome.denominator = value, None, None
            outcome.kind = indicator.kind
            outcome.source_document, outcome.source_text = None, source_text.strip()
            outcome.last_changed_by = user
            outcome.status = Status.SUBMITTED if submit else Status.DRAFT
            outcome.submitted_by = user if submit else None
            outcome.submitted_at = now if submit else None
            outcome.return_reason = ""
            outcome.updated_at = now
            if current is not None:
                outcome.version = current.version + 1  # locked above: nobody else moves it
            (changed if current else new).append(outcome)
        history = {"default_user": user, "default_change_reason": reason, "default_date": now}
        if new:
            bulk_create_with_history(new, Outcome, batch_size=500, **history)
        if changed:
            # Rows that exist and are locked: an "insert or update on the same key" updates
            # them, one statement per 500 (Django's bulk_update writes a CASE per field and row:
            # seconds for a 2,000-cell screen).
            Outcome.objects.bulk_create(
                changed,
                batch_size=500,
                update_conflicts=True,
                unique_fields=["pk"],
                update_fields=CELL_FIELDS,
            )
            Outcome.history.bulk_history_create(changed, batch_size=500, update=True, **history)
    return len(new) + len(changed)


# What a save of a cell changes (as `services.outcome_save` does).
CELL_FIELDS = [
    "value", "numerator", "denominator", "kind", "source_document", "source_text",
    "last_changed_by", "status", "submitted_by", "submitted_at", "return_reason", "updated_at",
    "version",
]  # fmt: skip

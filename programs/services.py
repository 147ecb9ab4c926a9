"""Outcome workflow: enter, submit, approve or return, correct. Each step checks who acts.

Nobody approves or returns a value they submitted or last changed (the four-eyes rule), and
an approved value changes only through a recorded correction.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from portal.models import EditConflict, check_version, claim_version, version_conflict

from .models import OfficialScope, Outcome, OutcomeCorrection
from .models.outcomes import validate_year
from .values import MAX_VALUE, clean_value, parse_number  # noqa: F401 (re-exported)

# The yearly entry screen's save, where callers have always found it.
from .year_report import YearReport, cell_conflict_message, save_year_report  # noqa: F401

Status = Outcome.Status


def outcome_conflict(outcome_pk, *, in_form=False):
    return version_conflict(Outcome, outcome_pk, "Số liệu", in_form=in_form)


def outcome_check_version(*, outcome, loaded_version):
    check_version(outcome, loaded_version, "Số liệu")


def _write(outcome, reason, expected):
    """Save a workflow step; refused if the row is no longer at version `expected` (someone
    else's step or edit came first). Every write of an outcome goes through here."""
    if outcome.pk is not None and not claim_version(outcome, expected):
        raise outcome_conflict(outcome.pk)
    outcome._change_reason = reason
    outcome.save()
    return outcome


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
    expected_version=None,
):
    """Create or change a draft value (approved ones change only by a correction).

    `expected_version` is the version the user's screen was loaded with (0: the value did
    not exist yet); if the stored value has moved on since, EditConflict and nothing is
    written. None: no check (scripts, the seed).
    """
    if numerator is not None or denominator is not None:
        value = rate_from(indicator, numerator, denominator)
    elif value is not None:
        value = clean_value(indicator, value)  # whole numbers, decimals, range: whoever calls
    current = (
        Outcome.objects.select_for_update()
        .filter(indicator=indicator, unit=unit, year=year)
        .first()
    )
    if expected_version is not None and expected_version != (current.version if current else 0):
        if current is None:
            raise EditConflict("Số liệu")  # deleted since the screen was loaded
        raise outcome_conflict(current.pk)
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
    return _write(outcome, "Gửi duyệt" if submit else "Lưu nháp", current and current.version)


@transaction.atomic
def outcome_submit(*, outcome, user, expected_version=None):
    _require(user, "programs.submit_outcome", "Bạn không có quyền gửi duyệt số liệu.")
    if not may_enter(user, unit=outcome.unit, indicator=outcome.indicator):
        raise PermissionDenied("Bạn không được phân công nhập số liệu cho địa bàn này.")
    if outcome.status not in (Status.DRAFT, Status.RETURNED):
        raise ValidationError("Chỉ gửi duyệt được số liệu nháp hoặc bị trả lại.", code="status")
    outcome.status = Status.SUBMITTED
    outcome.submitted_by, outcome.submitted_at = user, timezone.now()
    return _write(outcome, "Gửi duyệt", expected_version or outcome.version)


def _check_four_eyes(outcome, user):
    _require(user, "programs.approve_outcome", "Bạn không có quyền duyệt số liệu.")
    if outcome.status != Status.SUBMITTED:
        raise ValidationError("Chỉ duyệt hoặc trả lại được số liệu đang chờ duyệt.", code="status")
    if user.pk in (outcome.submitted_by_id, outcome.last_changed_by_id, outcome.entered_by_id):
        raise PermissionDenied(
            "Không được tự duyệt số liệu do chính mình nhập, sửa hoặc gửi duyệt."
        )


@transaction.atomic
def outcome_approve(*, outcome, user, expected_version=None):
    """`expected_version`: the version the approver's page showed (a value changed since
    then is not approved unseen); by default the version `outcome` was loaded at."""
    _check_four_eyes(outcome, user)
    outcome.status = Status.APPROVED
    outcome.approved_by, outcome.approved_at = user, timezone.now()
    return _write(outcome, "Duyệt", expected_version or outcome.version)


@transaction.atomic
def outcome_return(*, outcome, user, reason, expected_version=None):
    _check_four_eyes(outcome, user)
    if not (reason or "").strip():
        raise ValidationError("Cần ghi lý do trả lại để cán bộ nhập liệu sửa.", code="reason")
    outcome.status = Status.RETURNED
    outcome.return_reason = reason.strip()
    return _write(outcome, "Trả lại", expected_version or outcome.version)


@transaction.atomic
def outcome_correct(*, outcome, user, new_value, reason, expected_version=None):
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
    return _write(outcome, f"Đính chính: {reason.strip()}", expected_version or outcome.version)

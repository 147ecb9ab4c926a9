"""The outcome workflow services: enter, submit, approve or return, correct; and the yearly
report that saves a whole grid or nothing."""

from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from portal import roles
from programs import services
from programs.models import Outcome, OutcomeCorrection
from tests.documents.factories import make_document
from tests.programs.factories import SOURCE, add_role, make_official

pytestmark = pytest.mark.django_db

Status = Outcome.Status


def save(user, indicator, unit, *, year=2023, value=Decimal("495"), **kwargs):
    kwargs.setdefault("source_text", SOURCE)
    return services.outcome_save(
        user=user, indicator=indicator, unit=unit, year=year, value=value, **kwargs
    )


def stored(outcome):
    return Outcome.objects.get(pk=outcome.pk)


@pytest.fixture
def submitted(official_a, households, unit_a):
    return save(official_a, households, unit_a, submit=True)


@pytest.fixture
def approved(submitted, approver):
    return services.outcome_approve(outcome=submitted, user=approver)


@pytest.fixture
def colleague(unit_a, program, official_a):
    """A second official of the same district."""
    return make_official("canbo-kimson-2", units=[unit_a], programs=[program])


@pytest.fixture
def dual(unit_a, program, official_a):
    """An official of district A who also holds the approver role."""
    user = make_official("kiemnhiem-kimson", units=[unit_a], programs=[program])
    return add_role(user, roles.DATA_APPROVER)


# Entering and submitting


def test_outcome_save_creates_a_draft_stamped_with_who_entered_it(official_a, households, unit_a):
    outcome = save(official_a, households, unit_a)

    outcome = stored(outcome)
    assert outcome.status == Status.DRAFT
    assert outcome.value == Decimal("495")
    assert outcome.entered_by == official_a
    assert outcome.last_changed_by == official_a
    assert outcome.kind == households.kind


def test_outcome_save_keeps_the_first_author_when_someone_else_changes_it(
    official_a, colleague, households, unit_a
):
    save(official_a, households, unit_a)

    outcome = stored(save(colleague, households, unit_a, value=Decimal("500")))

    assert outcome.entered_by == official_a
    assert outcome.last_changed_by == colleague
    assert outcome.value == Decimal("500")


def test_outcome_submit_sends_a_draft_for_approval(official_a, households, unit_a):
    draft = save(official_a, households, unit_a)

    services.outcome_submit(outcome=draft, user=official_a)

    outcome = stored(draft)
    assert outcome.status == Status.SUBMITTED
    assert outcome.submitted_by == official_a
    assert outcome.submitted_at is not None


def test_outcome_save_with_submit_sends_it_straight_for_approval(submitted, official_a):
    outcome = stored(submitted)

    assert outcome.status == Status.SUBMITTED
    assert outcome.submitted_by == official_a


def test_official_cannot_enter_a_value_for_another_district(official_a, households, unit_b):
    with pytest.raises(PermissionDenied):
        save(official_a, households, unit_b)

    assert not Outcome.objects.exists()


# Approving and returning


def test_approver_approves_a_submitted_value(submitted, approver):
    services.outcome_approve(outcome=submitted, user=approver)

    outcome = stored(submitted)
    assert outcome.status == Status.APPROVED
    assert outcome.approved_by == approver
    assert outcome.approved_at is not None


def test_a_draft_cannot_be_approved(official_a, households, unit_a, approver):
    draft = save(official_a, households, unit_a)

    with pytest.raises(ValidationError):
        services.outcome_approve(outcome=draft, user=approver)

    assert stored(draft).status == Status.DRAFT


def test_an_official_without_the_approver_role_cannot_approve(submitted, colleague):
    with pytest.raises(PermissionDenied):
        services.outcome_approve(outcome=submitted, user=colleague)

    assert stored(submitted).status == Status.SUBMITTED


def four_eyes_case(part, *, dual, colleague, indicator, unit):
    """A submitted value in which `dual` (official and approver) took the given part."""
    if part == "entered":
        save(dual, indicator, unit)
        return save(colleague, indicator, unit, value=Decimal("500"), submit=True)
    if part == "last changed":
        save(colleague, indicator, unit)
        outcome = save(dual, indicator, unit, value=Decimal("500"))
        return services.outcome_submit(outcome=outcome, user=colleague)
    outcome = save(colleague, indicator, unit)
    return services.outcome_submit(outcome=outcome, user=dual)


@pytest.mark.parametrize("part", ["entered", "last changed", "submitted"])
def test_four_eyes_nobody_approves_a_value_they_entered_changed_or_submitted(
    part, dual, colleague, households, unit_a
):
    outcome = four_eyes_case(
        part, dual=dual, colleague=colleague, indicator=households, unit=unit_a
    )

    with pytest.raises(PermissionDenied, match="Không được tự duyệt"):
        services.outcome_approve(outcome=outcome, user=dual)

    assert stored(outcome).status == Status.SUBMITTED


@pytest.mark.parametrize("part", ["entered", "last changed", "submitted"])
def test_four_eyes_nobody_returns_a_value_they_entered_changed_or_submitted(
    part, dual, colleague, households, unit_a
):
    outcome = four_eyes_case(
        part, dual=dual, colleague=colleague, indicator=households, unit=unit_a
    )

    with pytest.raises(PermissionDenied):
        services.outcome_return(outcome=outcome, user=dual, reason="Số liệu chưa khớp báo cáo.")

    assert stored(outcome).status == Status.SUBMITTED


def test_four_eyes_applies_to_a_superuser(administrator, households, unit_a):
    outcome = save(administrator, households, unit_a, submit=True)

    with pytest.raises(PermissionDenied):
        services.outcome_approve(outcome=outcome, user=administrator)

    assert stored(outcome).status == Status.SUBMITTED


@pytest.mark.parametrize("reason", ["", "   "])
def test_returning_a_value_needs_a_reason(submitted, approver, reason):
    with pytest.raises(ValidationError, match="lý do"):
        services.outcome_return(outcome=submitted, user=approver, reason=reason)

    assert stored(submitted).status == Status.SUBMITTED


def test_returning_a_value_stores_the_reason(submitted, approver):
    services.outcome_return(outcome=submitted, user=approver, reason="  Thiếu số liệu xã Ân Hòa. ")

    outcome = stored(submitted)
    assert outcome.status == Status.RETURNED
    assert outcome.return_reason == "Thiếu số liệu xã Ân Hòa."


def test_a_returned_value_can_be_edited_and_submitted_again(
    submitted, approver, official_a, households, unit_a
):
    services.outcome_return(outcome=submitted, user=approver, reason="Thiếu số liệu xã Ân Hòa.")

    edited = save(official_a, households, unit_a, value=Decimal("502"))
    assert stored(edited).status == Status.DRAFT
    assert stored(edited).return_reason == ""
    services.outcome_submit(outcome=edited, user=official_a)

    outcome = stored(submitted)
    assert outcome.status == Status.SUBMITTED
    assert outcome.value == Decimal("502")


# Approved values and corrections


def test_outcome_save_refuses_to_change_an_approved_value(approved, official_a, households, unit_a):
    with pytest.raises(ValidationError) as error:
        save(official_a, households, unit_a, value=Decimal("600"))

    assert error.value.code == "approved"
    assert "đính chính" in error.value.messages[0]
    assert stored(approved).value == Decimal("495")
    assert stored(approved).status == Status.APPROVED


def test_outcome_correct_records_old_and_new_value_who_and_why(approved, approver):
    services.outcome_correct(
        outcome=approved, user=approver, new_value="502", reason="Huyện báo cáo bổ sung."
    )

    correction = OutcomeCorrection.objects.get()
    assert correction.outcome_id == approved.pk
    assert correction.old_value == Decimal("495")
    assert correction.new_value == Decimal("502")
    assert correction.corrected_by == approver
    assert correction.reason == "Huyện báo cáo bổ sung."


def test_a_corrected_value_stays_approved_with_its_new_value(approved, approver):
    services.outcome_correct(
        outcome=approved, user=approver, new_value="502", reason="Huyện báo cáo bổ sung."
    )

    outcome = stored(approved)
    assert outcome.status == Status.APPROVED
    assert outcome.value == Decimal("502")
    assert outcome.approved_by == approver


def test_a_correction_needs_a_reason(approved, approver):
    with pytest.raises(ValidationError):
        services.outcome_correct(outcome=approved, user=approver, new_value="502", reason=" ")

    assert stored(approved).value == Decimal("495")
    assert not OutcomeCorrection.objects.exists()


def test_an_official_cannot_correct_an_approved_value(approved, official_a):
    with pytest.raises(PermissionDenied):
        services.outcome_correct(
            outcome=approved, user=official_a, new_value="502", reason="Sửa lại."
        )

    assert stored(approved).value == Decimal("495")


def test_every_step_leaves_a_history_row(approved):
    history = approved.history.order_by("history_date")

    assert approved.history.count() == 2  # saved and submitted at once, then approved
    assert [row.status for row in history] == [Status.SUBMITTED, Status.APPROVED]
    assert history.last().history_change_reason == "Duyệt"


def test_draft_submit_and_approve_are_three_history_rows(official_a, households, unit_a, approver):
    outcome = save(official_a, households, unit_a)
    services.outcome_submit(outcome=outcome, user=official_a)
    services.outcome_approve(outcome=outcome, user=approver)

    assert outcome.history.count() == 3


# What an entry must carry


def test_a_year_outside_the_programme_period_is_refused(official_a, households, unit_a):
    with pytest.raises(ValidationError) as error:
        save(official_a, households, unit_a, year=2030)

    assert error.value.code == "year"
    assert "Năm 2030 nằm ngoài thời gian thực hiện (2021–2025)" in error.value.messages[0]
    assert not Outcome.objects.exists()


@pytest.mark.parametrize("source_text", ["", "   "])
def test_a_value_needs_a_source(official_a, households, unit_a, source_text):
    with pytest.raises(ValidationError) as error:
        save(official_a, households, unit_a, source_text=source_text)

    assert error.value.code == "source"
    assert "nguồn" in error.value.messages[0]
    assert not Outcome.objects.exists()


def test_a_source_document_is_enough(official_a, households, unit_a):
    document = make_document("15/BC-UBND")

    outcome = save(official_a, households, unit_a, source_text="", source_document=document)

    assert stored(outcome).source_label == str(document)


@pytest.mark.parametrize(
    ("numerator", "denominator", "value"),
    [
        (Decimal("186"), Decimal("10000"), Decimal("1.86")),
        (Decimal("1"), Decimal("3"), Decimal("33.33")),
        (Decimal("2"), Decimal("3"), Decimal("66.67")),
        (Decimal("1"), Decimal("800"), Decimal("0.13")),  # half up, as officials round
    ],
)
def test_a_rate_is_computed_from_numerator_and_denominator_to_the_indicator_decimals(
    official_a, rate, unit_a, numerator, denominator, value
):
    outcome = save(
        official_a, rate, unit_a, value=None, numerator=numerator, denominator=denominator
    )

    outcome = stored(outcome)
    assert outcome.value == value
    assert (outcome.numerator, outcome.denominator) == (numerator, denominator)


def test_a_numerator_above_the_denominator_is_refused(official_a, rate, unit_a):
    with pytest.raises(ValidationError, match="Tử số không được lớn hơn mẫu số"):
        save(official_a, rate, unit_a, value=None, numerator=Decimal(12), denominator=Decimal(10))

    assert not Outcome.objects.exists()


# The yearly report: every cell or none


@pytest.fixture
def province_official(unit_a, unit_b, program, households, money):
    return make_official("canbo-tinh", units=[unit_a, unit_b], programs=[program])


def report(user, program, units, cells, *, year=2023, source_text=SOURCE, submit=False):
    return services.save_year_report(
        user=user,
        program=program,
        year=year,
        units=units,
        cells=cells,
        source_text=source_text,
        submit=submit,
    )


def test_save_year_report_saves_every_cell_of_a_valid_grid(
    province_official, program, unit_a, unit_b, households, money
):
    cells = {
        (unit_a.pk, households.pk): "495",
        (unit_a.pk, money.pk): "24.750",
        (unit_b.pk, households.pk): "1.234",
        (unit_b.pk, money.pk): "41,1",
    }

    result = report(province_official, program, [unit_a, unit_b], cells)

    assert result.errors == {}
    assert result.saved == 4
    values = {(o.unit_id, o.indicator_id): o.value for o in Outcome.objects.all()}
    assert values == {
        (unit_a.pk, households.pk): Decimal("495"),
        (unit_a.pk, money.pk): Decimal("24750"),
        (unit_b.pk, households.pk): Decimal("1234"),
        (unit_b.pk, money.pk): Decimal("41.1"),
    }
    assert set(Outcome.objects.values_list("status", flat=True)) == {Status.DRAFT}


def test_save_year_report_with_submit_sends_every_value_for_approval(
    official_a, program, unit_a, households, money
):
    cells = {(unit_a.pk, households.pk): "495", (unit_a.pk, money.pk): "41,1"}

    report(official_a, program, [unit_a], cells, submit=True)

    assert list(Outcome.objects.values_list("status", flat=True)) == [Status.SUBMITTED] * 2


def test_save_year_report_with_one_bad_cell_saves_nothing(
    province_official, program, unit_a, unit_b, households, money
):
    cells = {
        (unit_a.pk, households.pk): "495",
        (unit_a.pk, money.pk): "24.750",
        (unit_b.pk, households.pk): "1.234",
        (unit_b.pk, money.pk): "abc",
    }

    result = report(province_official, program, [unit_a, unit_b], cells)

    assert result.saved == 0
    assert result.errors == {(unit_b.pk, money.pk): "“abc” không phải là một số."}
    assert not Outcome.objects.exists()


def test_save_year_report_skips_empty_cells(official_a, program, unit_a, households, money):
    cells = {(unit_a.pk, households.pk): "495", (unit_a.pk, money.pk): "  "}

    result = report(official_a, program, [unit_a], cells)

    assert result.errors == {}
    assert result.saved == 1
    assert list(Outcome.objects.values_list("indicator_id", flat=True)) == [households.pk]


def test_save_year_report_refuses_cells_of_units_outside_the_officials_scope(
    official_a, program, unit_a, unit_b, households, money
):
    cells = {(unit_a.pk, households.pk): "495", (unit_b.pk, households.pk): "300"}

    result = report(official_a, program, [unit_a, unit_b], cells)

    assert result.saved == 0
    assert result.errors[(unit_b.pk, households.pk)] == "Không được phân công."
    assert (unit_a.pk, households.pk) not in result.errors
    assert not Outcome.objects.exists()


def test_save_year_report_needs_a_source(official_a, program, unit_a, households):
    result = report(
        official_a, program, [unit_a], {(unit_a.pk, households.pk): "495"}, source_text=" "
    )

    assert "nguồn" in result.errors[None]
    assert not Outcome.objects.exists()


def test_save_year_report_refuses_a_year_outside_the_programme(
    official_a, program, unit_a, households
):
    result = report(official_a, program, [unit_a], {(unit_a.pk, households.pk): "495"}, year=2019)

    assert "Năm 2019 nằm ngoài thời gian thực hiện" in result.errors[None]
    assert not Outcome.objects.exists()


def test_save_year_report_refuses_to_change_an_approved_value(
    approved, official_a, program, unit_a, households
):
    result = report(official_a, program, [unit_a], {(unit_a.pk, households.pk): "600"})

    assert (unit_a.pk, households.pk) in result.errors
    assert stored(approved).value == Decimal("495")

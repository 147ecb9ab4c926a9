"""The yearly entry screen: one programme and year, a row per unit, a column per indicator."""

import re
from decimal import Decimal

import pytest
from django.urls import reverse

from programs.models import Outcome
from tests.programs.factories import SOURCE, make_official, make_outcome, make_program

pytestmark = pytest.mark.django_db

ENTRY_URL = reverse("admin:programs_outcome_entry")
Status = Outcome.Status


def entry_url(program, year):
    return f"{ENTRY_URL}?chuong_trinh={program.pk}&nam={year}"


def cell(unit, indicator):
    return f"v-{unit.pk}-{indicator.pk}"


def cell_input(response, unit, indicator):
    """The <input> tag of one cell of the grid."""
    match = re.search(
        rf'<input [^>]*name="{cell(unit, indicator)}"[^>]*>', response.content.decode()
    )
    assert match, f"no input for {cell(unit, indicator)}"
    return match.group()


def cell_html(response, unit, indicator):
    """Everything inside the <td> of one cell: input, state, previous year, error."""
    name = cell(unit, indicator)
    match = re.search(
        rf'<td[^>]*>\s*<input [^>]*name="{name}".*?</td>', response.content.decode(), re.S
    )
    assert match, f"no cell {name}"
    return match.group()


@pytest.fixture
def logged_in(client, official_a):
    client.force_login(official_a)
    return client


def test_entry_screen_has_a_row_per_assigned_unit_and_a_column_per_indicator(
    logged_in, program, unit_a, unit_b, households, money
):
    response = logged_in.get(entry_url(program, 2024))

    assert response.status_code == 200
    assert [row["unit"] for row in response.context["rows"]] == [unit_a]
    assert response.context["indicators"] == [households, money]
    html = response.content.decode()
    assert f'name="{cell(unit_a, households)}"' in html
    assert f'name="{cell(unit_a, money)}"' in html
    assert f'name="{cell(unit_b, households)}"' not in html
    assert unit_b.name not in html


def test_entry_screen_of_an_official_with_two_districts_has_two_rows(
    client, program, unit_a, unit_b, households, money
):
    client.force_login(make_official("canbo-tinh", units=[unit_a, unit_b], programs=[program]))

    response = client.get(entry_url(program, 2024))

    assert [row["unit"] for row in response.context["rows"]] == [unit_a, unit_b]
    assert [len(row["cells"]) for row in response.context["rows"]] == [2, 2]


def test_entry_screen_shows_last_years_approved_value(
    logged_in, program, unit_a, households, money
):
    make_outcome(households, unit_a, 2023, Decimal("495"))
    make_outcome(money, unit_a, 2023, Decimal("24750.5"))

    response = logged_in.get(entry_url(program, 2024))

    assert "Năm trước: 495" in cell_html(response, unit_a, households)
    assert "Năm trước: 24.750,5" in cell_html(response, unit_a, money)


def test_entry_screen_does_not_show_last_years_unapproved_value(
    logged_in, program, unit_a, households
):
    make_outcome(households, unit_a, 2023, Decimal("495"), status=Status.SUBMITTED)

    response = logged_in.get(entry_url(program, 2024))

    assert "Năm trước" not in cell_html(response, unit_a, households)


def test_entry_post_saves_vietnamese_numbers_as_drafts(
    logged_in, official_a, program, unit_a, households, money
):
    response = logged_in.post(
        entry_url(program, 2024),
        {
            cell(unit_a, households): "1.234",
            cell(unit_a, money): "41,1",
            "source_text": SOURCE,
            "_draft": "Lưu nháp",
        },
    )

    assert response.status_code == 302
    assert response["Location"] == entry_url(program, 2024)
    saved = {o.indicator_id: o for o in Outcome.objects.filter(unit=unit_a, year=2024)}
    assert saved[households.pk].value == Decimal("1234")
    assert saved[money.pk].value == Decimal("41.1")
    assert {o.status for o in saved.values()} == {Status.DRAFT}
    assert {o.entered_by for o in saved.values()} == {official_a}
    assert {o.source_text for o in saved.values()} == {SOURCE}


def test_entry_post_with_submit_sends_the_values_for_approval(
    logged_in, program, unit_a, households, money
):
    logged_in.post(
        entry_url(program, 2024),
        {
            cell(unit_a, households): "1.234",
            cell(unit_a, money): "41,1",
            "source_text": SOURCE,
            "_submit": "Lưu và gửi duyệt",
        },
    )

    statuses = Outcome.objects.filter(unit=unit_a, year=2024).values_list("status", flat=True)
    assert list(statuses) == [Status.SUBMITTED, Status.SUBMITTED]


def test_entry_post_with_a_bad_cell_shows_the_error_beside_it_and_saves_nothing(
    logged_in, program, unit_a, households, money
):
    response = logged_in.post(
        entry_url(program, 2024),
        {
            cell(unit_a, households): "1.234",
            cell(unit_a, money): "abc",
            "source_text": SOURCE,
            "_draft": "Lưu nháp",
        },
    )

    assert response.status_code == 200
    bad = cell_html(response, unit_a, money)
    assert "“abc” không phải là một số." in bad
    assert 'aria-invalid="true"' in bad
    assert 'value="abc"' in bad  # what was typed stays, to be corrected
    assert 'value="1.234"' in cell_html(response, unit_a, households)
    assert "errorlist" not in cell_html(response, unit_a, households)
    assert "Chưa lưu gì" in response.content.decode()
    assert not Outcome.objects.exists()


def test_after_an_error_locked_cells_still_show_their_value(
    logged_in, program, unit_a, households, money
):
    make_outcome(households, unit_a, 2024, Decimal("495"))  # approved: disabled, never posted

    response = logged_in.post(
        entry_url(program, 2024), {cell(unit_a, money): "abc", "source_text": SOURCE}
    )

    assert response.status_code == 200
    assert 'value="495"' in cell_input(response, unit_a, households)


def test_entry_post_without_a_source_saves_nothing(logged_in, program, unit_a, households):
    response = logged_in.post(
        entry_url(program, 2024), {cell(unit_a, households): "1.234", "source_text": ""}
    )

    assert response.status_code == 200
    assert "nguồn" in response.context["general_error"]
    assert not Outcome.objects.exists()


@pytest.mark.parametrize("status", [Status.APPROVED, Status.SUBMITTED])
def test_approved_and_submitted_cells_are_disabled(logged_in, program, unit_a, households, status):
    make_outcome(households, unit_a, 2024, Decimal("495"), status=status)

    response = logged_in.get(entry_url(program, 2024))

    assert " disabled" in cell_input(response, unit_a, households)
    assert 'value="495"' in cell_input(response, unit_a, households)


@pytest.mark.parametrize("status", [Status.DRAFT, Status.RETURNED])
def test_draft_and_returned_cells_stay_editable(logged_in, program, unit_a, households, status):
    make_outcome(
        households, unit_a, 2024, Decimal("495"), status=status, return_reason="Thiếu xã Ân Hòa."
    )

    response = logged_in.get(entry_url(program, 2024))

    assert " disabled" not in cell_input(response, unit_a, households)


def test_a_returned_cell_shows_the_reason(logged_in, program, unit_a, households):
    make_outcome(
        households,
        unit_a,
        2024,
        Decimal("495"),
        status=Status.RETURNED,
        return_reason="Thiếu số liệu xã Ân Hòa.",
    )

    response = logged_in.get(entry_url(program, 2024))

    assert "Lý do trả lại: Thiếu số liệu xã Ân Hòa." in cell_html(response, unit_a, households)


def test_a_year_outside_the_programme_shows_the_chooser_with_an_error(logged_in, program):
    response = logged_in.get(entry_url(program, 2030))

    assert response.status_code == 200
    assert [t.name for t in response.templates][0] == "admin/programs/outcome/entry_choose.html"
    assert (
        "Năm 2030 nằm ngoài thời gian thực hiện của chương trình (2021–2025)"
        in response.content.decode()
    )


def test_posting_to_a_year_outside_the_programme_saves_nothing(
    logged_in, program, unit_a, households
):
    logged_in.post(
        entry_url(program, 2030), {cell(unit_a, households): "1.234", "source_text": SOURCE}
    )

    assert not Outcome.objects.exists()


def test_without_a_programme_the_chooser_lists_only_assigned_programmes(logged_in, program):
    other = make_program("Hỗ trợ tiền điện cho hộ nghèo")

    response = logged_in.get(ENTRY_URL)

    assert list(response.context["programs"]) == [program]
    assert other.name not in response.content.decode()

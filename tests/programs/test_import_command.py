"""`manage.py import_outcomes`, the list of past imports, and exports that Excel cannot turn
into formulas."""

import csv
import io
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse
from openpyxl import load_workbook

from portal.text import spreadsheet_safe
from programs import import_services
from programs.models import Outcome, OutcomeImport
from programs.resources import OutcomeResource
from tests.programs.factories import SOURCE, make_outcome
from tests.programs.import_helpers import HEADER, YEAR, upload, xlsx_bytes

pytestmark = pytest.mark.django_db


def write(tmp_path, rows, name="kim-son.xlsx"):
    path = tmp_path / name
    path.write_bytes(xlsx_bytes(rows))
    return path


def run(path, program, user, *extra):
    out, err = StringIO(), StringIO()
    call_command(
        "import_outcomes",
        str(path),
        "--program",
        program.slug,
        "--year",
        str(YEAR),
        "--user",
        user.username,
        "--source",
        SOURCE,
        *extra,
        stdout=out,
        stderr=err,
    )
    return out.getvalue(), err.getvalue()


def test_the_command_imports_a_file_as_drafts_with_a_progress_bar(
    tmp_path, official_a, program, households, money
):
    path = write(tmp_path, [HEADER, ["", "Huyện Kim Sơn", 12, "24.750,5"]])

    out, _ = run(path, program, official_a)

    assert "100%" in out and "Đã nhập kim-son.xlsx" in out
    assert sorted(Outcome.objects.values_list("value", "status")) == [
        (12, "draft"),
        (24750.5, "draft"),
    ]
    assert OutcomeImport.objects.get().status == OutcomeImport.Status.APPLIED


def test_the_command_can_submit_what_it_imports(tmp_path, official_a, program, households, money):
    path = write(tmp_path, [HEADER, ["", "Huyện Kim Sơn", 12, ""]])

    run(path, program, official_a, "--submit")

    assert Outcome.objects.get().status == Outcome.Status.SUBMITTED


def test_a_dry_run_reports_and_writes_nothing(tmp_path, official_a, program, households, money):
    path = write(tmp_path, [HEADER, ["", "Huyện Kim Sơn", 12, ""]])

    out, _ = run(path, program, official_a, "--dry-run")

    assert "1 số liệu mới" in out and "Không ghi gì" in out
    assert not Outcome.objects.exists()
    assert not OutcomeImport.objects.filter(status=OutcomeImport.Status.APPLIED).exists()


def test_a_bad_file_lists_every_problem_and_writes_nothing(
    tmp_path, official_a, program, households, money
):
    path = write(
        tmp_path,
        [HEADER, ["", "Huyện Kim Sơn", "mười hai", "-5"], ["", "Huyện Gia Viễn", 3, ""]],
    )

    with pytest.raises(CommandError, match="3 lỗi; chưa nhập gì"):
        run(path, program, official_a)

    assert not Outcome.objects.exists()
    assert not OutcomeImport.objects.exists()


@pytest.mark.parametrize(
    "options, message",
    [
        ({"program": "khong-co"}, "Không có chương trình"),
        ({"user": "khong-ai"}, "Không có tài khoản"),
        ({"file": "khong-co.xlsx"}, "Không tìm thấy tệp"),
    ],
)
def test_wrong_arguments_are_refused_in_vietnamese(
    tmp_path, official_a, program, households, options, message
):
    path = write(tmp_path, [HEADER, ["", "Huyện Kim Sơn", 12, ""]])
    arguments = {"file": str(path), "program": program.slug, "user": official_a.username}
    arguments.update(options)

    with pytest.raises(CommandError, match=message):
        call_command(
            "import_outcomes",
            arguments["file"],
            "--program",
            arguments["program"],
            "--year",
            str(YEAR),
            "--user",
            arguments["user"],
            stdout=StringIO(),
        )


def test_an_unassigned_user_is_refused_by_the_command(tmp_path, approver, program, households):
    path = write(tmp_path, [HEADER, ["", "Huyện Kim Sơn", 12, ""]])

    with pytest.raises(CommandError, match="không có quyền nhập số liệu"):
        run(path, program, approver)


# --- The list of past imports in the admin ------------------------------------------------


def imported(user, program, name):
    plan, record = import_services.outcome_import_preview(
        user=user,
        program=program,
        year=YEAR,
        uploaded=upload(name, xlsx_bytes([HEADER, ["", user.data_scope.units.get().name, 7]])),
        source_text=SOURCE,
    )
    import_services.outcome_import_apply(record=record, user=user)
    return record


def test_officials_see_only_their_own_imports_and_approvers_see_all(
    client, official_a, official_b, approver, program, households
):
    imported(official_a, program, "kim-son.xlsx")
    imported(official_b, program, "yen-mo.xlsx")
    url = reverse("admin:programs_outcomeimport_changelist")

    client.force_login(official_a)
    page = client.get(url).content.decode()
    assert "kim-son.xlsx" in page and "yen-mo.xlsx" not in page

    client.force_login(approver)
    page = client.get(url).content.decode()
    assert "kim-son.xlsx" in page and "yen-mo.xlsx" in page


def test_nobody_adds_changes_or_deletes_an_import_record(client, official_a, program, households):
    record = imported(official_a, program, "kim-son.xlsx")
    client.force_login(official_a)

    assert client.get(reverse("admin:programs_outcomeimport_add")).status_code == 403
    response = client.post(
        reverse("admin:programs_outcomeimport_delete", args=[record.pk]), {"post": "yes"}
    )
    assert response.status_code == 403
    assert OutcomeImport.objects.filter(pk=record.pk).exists()


# --- Exports Excel cannot run as formulas -------------------------------------------------


@pytest.mark.parametrize("text", ['=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)"])
def test_text_that_starts_like_a_formula_is_made_plain_text(text):
    assert spreadsheet_safe(text) == "'" + text


def test_ordinary_text_and_numbers_are_left_alone():
    assert spreadsheet_safe("Báo cáo số 15/BC-UBND") == "Báo cáo số 15/BC-UBND"
    assert spreadsheet_safe(12) == 12


def test_a_formula_in_a_source_never_reaches_the_public_csv_as_a_formula(
    client, households, unit_a
):
    make_outcome(households, unit_a, YEAR, 12, source_text='=HYPERLINK("http://x","Xem")')

    response = client.get(reverse("programs:figures_csv"))
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    row = next(csv.DictReader(io.StringIO(text)))

    assert row["source"].startswith("'=")


def test_a_formula_in_a_source_is_stored_as_text_in_the_admin_export(households, unit_a):
    make_outcome(households, unit_a, YEAR, 12, source_text="=1+1")

    data = OutcomeResource().export(Outcome.objects.all()).export("xlsx")
    sheet = load_workbook(io.BytesIO(data)).active
    sources = [row[9] for row in sheet.iter_rows(min_row=2, values_only=True)]

    assert sources == ["'=1+1"]

"""Reading a spreadsheet's rows into an import plan: numbers, headers, units, dates, layouts,
and every bad row reported at once with nothing written."""

from datetime import datetime, timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from portal.text import vi_number
from programs import import_services
from programs.models import AdministrativeUnit, Indicator, Outcome, OutcomeImport
from programs.spreadsheets import template_workbook
from tests.programs.factories import SOURCE, make_indicator, make_outcome, make_program, make_unit
from tests.programs.import_helpers import (
    HEADER,
    HOUSEHOLDS,
    MONEY,
    TEMPLATE_URL,
    YEAR,
    Formatted,
    cp1258_bytes,
    csv_bytes,
    csv_text,
    database_state,
    preview,
    problems,
    sheet_rows,
    xlsx_bytes,
)

pytestmark = pytest.mark.django_db

Status = Outcome.Status
TITLE = [["BÁO CÁO KẾT QUẢ HỖ TRỢ NHÀ Ở NĂM 2024"], []]  # the data start on row 4


def read(user, program, rows, *, name="so-lieu.xlsx", source_text=SOURCE, **kwargs):
    """The plan of a file holding `rows`: an XLSX, or a CSV when the name says so."""
    data = csv_bytes(rows) if name.endswith(".csv") else xlsx_bytes(rows)
    plan, _record = preview(user, program, data, name=name, source_text=source_text, **kwargs)
    return plan


def values(plan):
    return {(item.unit.name, item.indicator.code): item.value for item in plan.items}


@pytest.fixture
def hoa_lu(province, official_a):
    """A unit with an official code whose leading zeros Excel drops, in official A's scope."""
    unit = make_unit("Thành phố Hoa Lư", code="00123", parent=province, position=3)
    official_a.data_scope.units.add(unit)
    return unit


@pytest.fixture
def share(program):
    """A rate of the programme itself, kept with two decimals."""
    return make_indicator(
        program,
        "Tỷ lệ hộ được hỗ trợ",
        unit_of_measure="%",
        kind=Indicator.Kind.RATE,
        decimals=2,
        additive=False,
        code="ty-le-ho-duoc-ho-tro",
    )


# The template round trip


def test_the_downloaded_template_uploaded_unchanged_changes_nothing(
    client, official_a, program, unit_a, households, money
):
    make_outcome(households, unit_a, YEAR, Decimal("495"), status=Status.DRAFT, by=official_a)
    make_outcome(money, unit_a, YEAR, Decimal("24750.5"), status=Status.APPROVED)
    client.force_login(official_a)
    template = client.get(f"{TEMPLATE_URL}?chuong_trinh={program.pk}&nam={YEAR}").content
    before = database_state()

    plan, record = preview(official_a, program, template)

    assert plan.problems == []
    assert (plan.created, plan.changed, plan.unchanged) == (0, 0, 2)
    assert plan.items == []
    assert record is None  # nothing to confirm
    assert database_state() == before


def test_a_template_holding_values_of_every_status_round_trips_unchanged(
    official_a, program, unit_a, hoa_lu, households, money, share
):
    stored = {
        (unit_a, households): (Decimal("495"), Status.DRAFT),
        (unit_a, money): (Decimal("24750.5"), Status.RETURNED),
        (unit_a, share): (Decimal("1.86"), Status.SUBMITTED),
        (hoa_lu, households): (Decimal("1234"), Status.APPROVED),
    }
    for (unit, indicator), (value, status) in stored.items():
        make_outcome(indicator, unit, YEAR, value, status=status, by=official_a)
    rows = [
        (
            unit,
            {
                ind.pk: (value, status != Status.DRAFT)
                for (u, ind), (value, status) in stored.items()
                if u == unit
            },
        )
        for unit in (unit_a, hoa_lu)
    ]
    data = template_workbook(
        program=program,
        year=YEAR,
        indicators=[households, money, share],
        rows=rows,
        source_text=SOURCE,
    )

    plan, _record = preview(official_a, program, data)

    assert plan.problems == []
    assert (plan.created, plan.changed, plan.unchanged) == (0, 0, 4)


def test_the_template_saved_by_excel_as_a_vietnamese_csv_round_trips_unchanged(
    official_a, program, unit_a, hoa_lu, households, money
):
    make_outcome(households, unit_a, YEAR, Decimal("495"), status=Status.DRAFT, by=official_a)
    make_outcome(money, unit_a, YEAR, Decimal("24750.5"), status=Status.DRAFT, by=official_a)
    make_outcome(households, hoa_lu, YEAR, Decimal("1234"), status=Status.APPROVED)
    template = template_workbook(
        program=program,
        year=YEAR,
        indicators=[households, money],
        rows=[
            (
                unit_a,
                {households.pk: (Decimal("495"), False), money.pk: (Decimal("24750.5"), False)},
            ),
            (hoa_lu, {households.pk: (Decimal("1234"), True)}),
        ],
        source_text=SOURCE,
    )
    # Excel on a Vietnamese Windows: ";" between cells, numbers as shown ("24.750,5"), every
    # row padded to the width of the sheet, code page 1258.
    rows = [
        [
            vi_number(value) if number > 6 and column > 1 and value is not None else value
            for column, value in enumerate(row)
        ]
        for number, row in enumerate(sheet_rows(template), start=1)
    ]
    data = cp1258_bytes(csv_text(rows, delimiter=";"))

    plan, record = preview(official_a, program, data, name="bieu-nhap.csv")

    assert plan.problems == []
    assert (plan.created, plan.changed, plan.unchanged) == (0, 0, 3)
    assert record is None


def test_the_template_source_cell_is_the_source_of_its_values(
    official_a, program, unit_a, households, money
):
    data = template_workbook(
        program=program,
        year=YEAR,
        indicators=[households, money],
        rows=[(unit_a, {households.pk: (Decimal("12"), False)})],
        source_text="Báo cáo số 7/BC-UBND",
    )

    plan, record = preview(official_a, program, data)

    assert [item.source for item in plan.items] == ["Báo cáo số 7/BC-UBND"]
    assert record.source_text == "Báo cáo số 7/BC-UBND"


def test_a_file_without_any_source_is_a_problem(official_a, program, unit_a, households):
    plan = read(official_a, program, [HEADER, ["", "Huyện Kim Sơn", 12, None]], source_text="")

    assert len(plan.problems) == 1
    assert plan.problems[0].message.startswith("Cần ghi nguồn số liệu")


def test_a_row_with_an_empty_source_cell_is_a_problem(official_a, program, unit_a, households):
    rows = [["Tên đơn vị", HOUSEHOLDS, "Nguồn"], ["Huyện Kim Sơn", 12, ""]]

    plan = read(official_a, program, rows, source_text="")

    assert problems(plan) == [(2, "C", "Thiếu nguồn số liệu.")]


def test_a_source_column_gives_each_row_its_source(official_a, program, unit_a, households):
    rows = [["Tên đơn vị", HOUSEHOLDS, "Nguồn"], ["Huyện Kim Sơn", 12, "Báo cáo số 9/BC-UBND"]]

    plan = read(official_a, program, rows, source_text="")

    assert [item.source for item in plan.items] == ["Báo cáo số 9/BC-UBND"]


# Numbers as Vietnamese spreadsheets hold them


@pytest.mark.parametrize(
    "text, code, expected",
    [
        ("1.234", "so-ho", "1234"),
        ("1.234.567", "so-ho", "1234567"),
        ("12 345", "so-ho", "12345"),
        ("1.234,5", "kinh-phi", "1234.5"),
        ("41,1", "kinh-phi", "41.1"),
        ("1234.5", "kinh-phi", "1234.5"),
        ("0.5", "kinh-phi", "0.5"),
    ],
)
def test_numbers_typed_the_vietnamese_or_the_computer_way_are_read(
    official_a, program, unit_a, households, money, text, code, expected
):
    header = HOUSEHOLDS if code == "so-ho" else MONEY
    rows = [["Tên đơn vị", header], ["Huyện Kim Sơn", text]]

    plan = read(official_a, program, rows, name="so-lieu.csv")

    assert plan.problems == []
    assert values(plan) == {("Huyện Kim Sơn", code): Decimal(expected)}


def test_numeric_cells_are_read_as_numbers(official_a, program, unit_a, hoa_lu, households, money):
    rows = [
        ["Tên đơn vị", HOUSEHOLDS, MONEY],
        ["Huyện Kim Sơn", 1234, 41.1],  # 41.1 is kept as 41.099999999999994 by Excel
        ["Thành phố Hoa Lư", 1234.0, 1234.5],
    ]

    plan = read(official_a, program, rows)

    assert plan.problems == []
    assert values(plan) == {
        ("Huyện Kim Sơn", "so-ho"): Decimal("1234"),
        ("Huyện Kim Sơn", "kinh-phi"): Decimal("41.1"),
        ("Thành phố Hoa Lư", "so-ho"): Decimal("1234"),
        ("Thành phố Hoa Lư", "kinh-phi"): Decimal("1234.5"),
    }


def test_a_percentage_formatted_cell_is_read_as_percent(official_a, program, unit_a, share):
    rows = [["Tên đơn vị", "Tỷ lệ hộ được hỗ trợ"], ["Huyện Kim Sơn", Formatted(0.0186, "0.00%")]]

    plan = read(official_a, program, rows)

    assert plan.problems == []
    assert values(plan) == {("Huyện Kim Sơn", "ty-le-ho-duoc-ho-tro"): Decimal("1.86")}


def test_a_percentage_typed_as_text_is_read_for_a_rate(official_a, program, unit_a, share):
    rows = [["Tên đơn vị", "Tỷ lệ hộ được hỗ trợ"], ["Huyện Kim Sơn", "1,86%"]]

    plan = read(official_a, program, rows, name="so-lieu.csv")

    assert values(plan) == {("Huyện Kim Sơn", "ty-le-ho-duoc-ho-tro"): Decimal("1.86")}


def test_dashes_and_blank_cells_are_skipped(official_a, program, unit_a, hoa_lu, households, money):
    rows = [
        ["Tên đơn vị", HOUSEHOLDS, MONEY],
        ["Huyện Kim Sơn", "-", "41,1"],
        ["Thành phố Hoa Lư", "", "–"],
    ]

    plan = read(official_a, program, rows, name="so-lieu.csv")

    assert plan.problems == []
    assert values(plan) == {("Huyện Kim Sơn", "kinh-phi"): Decimal("41.1")}


def test_a_file_with_only_dashes_has_nothing_to_import(official_a, program, unit_a, households):
    plan = read(official_a, program, [["Tên đơn vị", HOUSEHOLDS], ["Huyện Kim Sơn", "-"]])

    assert problems(plan) == [(None, "", "Tệp không có số liệu nào để nhập.")]


# Headers


@pytest.mark.parametrize("header", ["Mã đơn vị", "MÃ ĐƠN VỊ", "Ma don vi", "mã_đơn_vị", "Mã ĐVHC"])
def test_unit_code_header_variants_are_recognised(official_a, program, hoa_lu, households, header):
    plan = read(official_a, program, [[header, HOUSEHOLDS], ["00123", 12]])

    assert plan.problems == []
    assert values(plan) == {("Thành phố Hoa Lư", "so-ho"): Decimal("12")}


@pytest.mark.parametrize("header", ["Tên đơn vị", "TÊN ĐƠN VỊ", "Ten don vi", "Địa bàn", "Đơn vị"])
def test_unit_name_header_variants_are_recognised(official_a, program, unit_a, households, header):
    plan = read(official_a, program, [[header, HOUSEHOLDS], ["Huyện Kim Sơn", 12]])

    assert plan.problems == []
    assert values(plan) == {("Huyện Kim Sơn", "so-ho"): Decimal("12")}


@pytest.mark.parametrize(
    "header",
    [
        "Số hộ được hỗ trợ nhà ở",
        "Số hộ được hỗ trợ nhà ở (hộ)",
        "SỐ HỘ ĐƯỢC HỖ TRỢ NHÀ Ở",
        "so ho duoc ho tro nha o",
        "so-ho",
        "SO-HO",
    ],
)
def test_an_indicator_column_is_found_by_name_name_and_unit_or_code(
    official_a, program, unit_a, households, money, header
):
    plan = read(official_a, program, [["Tên đơn vị", header], ["Huyện Kim Sơn", 12]])

    assert plan.problems == []
    assert values(plan) == {("Huyện Kim Sơn", "so-ho"): Decimal("12")}


def test_title_rows_above_the_header_and_blank_rows_between_data_are_skipped(
    official_a, program, unit_a, hoa_lu, households, money
):
    rows = [
        ["ỦY BAN NHÂN DÂN TỈNH NINH BÌNH"],
        ["BÁO CÁO KẾT QUẢ HỖ TRỢ NHÀ Ở NĂM 2024"],
        [None, "(Kèm theo Báo cáo số 15/BC-UBND)"],
        [],
        HEADER,
        [],
        ["", "Huyện Kim Sơn", 12, "41,1"],
        [None, None, None, None],
        [],
        ["00123", "Thành phố Hoa Lư", 7, None],
        [],
    ]

    plan = read(official_a, program, rows)

    assert plan.problems == []
    assert plan.rows == 2
    assert [item.row for item in plan.items] == [7, 7, 10]


def test_numbering_and_note_columns_are_ignored(official_a, program, unit_a, households):
    rows = [["STT", "Tên đơn vị", HOUSEHOLDS, "Ghi chú"], [1, "Huyện Kim Sơn", 12, "Số tạm tính"]]

    plan = read(official_a, program, rows)

    assert plan.problems == []
    assert values(plan) == {("Huyện Kim Sơn", "so-ho"): Decimal("12")}


def test_a_header_beyond_the_first_rows_is_not_found(official_a, program, unit_a, households):
    rows = [[f"Ghi chú {n}"] for n in range(40)] + [["Tên đơn vị", HOUSEHOLDS], ["Kim Sơn", 12]]

    plan = read(official_a, program, rows)

    assert len(plan.problems) == 1
    assert plan.problems[0].message.startswith("Không tìm thấy dòng tiêu đề")


# Finding units


def test_a_unit_is_found_by_its_official_code(official_a, program, hoa_lu, households):
    plan = read(official_a, program, [["Mã đơn vị", HOUSEHOLDS], ["00123", 12]], name="so-lieu.csv")

    assert values(plan) == {("Thành phố Hoa Lư", "so-ho"): Decimal("12")}


@pytest.mark.parametrize("code", [123, 123.0, "123"])
def test_a_unit_code_that_lost_its_leading_zeros_is_still_found(
    official_a, program, hoa_lu, households, code
):
    plan = read(
        official_a, program, [["Mã đơn vị", "Tên đơn vị", HOUSEHOLDS], [code, "Hoa Lư", 12]]
    )

    assert plan.problems == []
    assert values(plan) == {("Thành phố Hoa Lư", "so-ho"): Decimal("12")}


@pytest.mark.parametrize(
    "name", ["Huyện Kim Sơn", "huyen kim son", "Kim Sơn", "kim son", "KIM SƠN", "H. Kim Sơn"]
)
def test_a_unit_is_found_by_name_with_or_without_diacritics_or_level(
    official_a, program, unit_a, households, name
):
    plan = read(official_a, program, [["Tên đơn vị", HOUSEHOLDS], [name, 12]])

    assert plan.problems == []
    assert values(plan) == {("Huyện Kim Sơn", "so-ho"): Decimal("12")}


def test_an_unknown_unit_name_is_a_problem_of_its_row_and_column(
    official_a, program, unit_a, households
):
    rows = [*TITLE, ["Mã đơn vị", "Tên đơn vị", HOUSEHOLDS], ["", "Huyện Gia Viễn", 12]]

    plan = read(official_a, program, rows)

    assert problems(plan) == [
        (4, "B", "Không tìm thấy đơn vị “Huyện Gia Viễn”; hãy ghi đúng tên hoặc mã đơn vị.")
    ]


def test_an_unknown_unit_code_is_a_problem_of_its_row_and_column(
    official_a, program, unit_a, households
):
    rows = [*TITLE, ["Mã đơn vị", "Tên đơn vị", HOUSEHOLDS], ["99999", "", 12]]

    plan = read(official_a, program, rows)

    assert problems(plan) == [(4, "A", "Không có đơn vị hành chính mã “99999” trong năm này.")]


def test_an_unknown_unit_code_is_reported_in_the_code_column_wherever_it_is(
    official_a, program, unit_a, households
):
    rows = [
        ["Chương trình", "Năm", "Mã chỉ tiêu", "Mã đơn vị", "Tên đơn vị", "Giá trị"],
        [program.name, YEAR, "so-ho", "99999", "", "12"],
    ]

    plan = read(official_a, program, rows, name="so-lieu.csv")

    assert problems(plan) == [(2, "D", "Không có đơn vị hành chính mã “99999” trong năm này.")]


def test_a_code_that_belongs_to_another_unit_than_the_name_is_a_problem(
    official_a, program, hoa_lu, households
):
    plan = read(
        official_a, program, [["Mã đơn vị", "Tên đơn vị", HOUSEHOLDS], ["00123", "Kim Sơn", 12]]
    )

    assert problems(plan) == [
        (2, "A", "Mã “00123” là của Thành phố Hoa Lư, không khớp tên “Kim Sơn”.")
    ]


def test_an_ambiguous_unit_name_is_a_problem(official_a, program, unit_a, households):
    make_unit("Xã Kim Sơn", level=AdministrativeUnit.Level.COMMUNE, parent=unit_a)

    plan = read(official_a, program, [["Tên đơn vị", HOUSEHOLDS], ["Kim Sơn", 12]])

    assert problems(plan) == [(2, "A", "Có 2 đơn vị tên “Kim Sơn”; hãy ghi thêm mã đơn vị.")]


def test_a_full_name_still_tells_apart_units_sharing_a_short_name(
    official_a, program, unit_a, households
):
    make_unit("Xã Kim Sơn", level=AdministrativeUnit.Level.COMMUNE, parent=unit_a)

    plan = read(official_a, program, [["Tên đơn vị", HOUSEHOLDS], ["Huyện Kim Sơn", 12]])

    assert values(plan) == {("Huyện Kim Sơn", "so-ho"): Decimal("12")}


@pytest.mark.parametrize("label", ["Tổng cộng", "TỔNG", "Cộng", "Toàn tỉnh"])
def test_a_total_row_is_skipped(official_a, program, unit_a, households, label):
    rows = [["Tên đơn vị", HOUSEHOLDS], ["Huyện Kim Sơn", 12], [label, 9999]]

    plan = read(official_a, program, rows)

    assert plan.problems == []
    assert values(plan) == {("Huyện Kim Sơn", "so-ho"): Decimal("12")}


@pytest.mark.parametrize(
    "unit_name, written",
    [("Xã Cộng Hòa", "Cộng Hòa"), ("Xã Tống Trân", "Tống Trân"), ("Xã Tòng Đậu", "tong dau")],
)
def test_a_commune_whose_name_begins_like_a_total_is_not_skipped(
    official_a, program, unit_a, households, unit_name, written
):
    commune = make_unit(unit_name, level=AdministrativeUnit.Level.COMMUNE, parent=unit_a)
    official_a.data_scope.units.add(commune)
    rows = [["Tên đơn vị", HOUSEHOLDS], [written, 12], ["Tổng cộng", 12]]

    plan = read(official_a, program, rows)

    assert plan.problems == []
    assert values(plan) == {(unit_name, "so-ho"): Decimal("12")}


# Report dates


def date_rows(day):
    return [["Tên đơn vị", "Ngày báo cáo", HOUSEHOLDS], ["Huyện Kim Sơn", day, 12]]


@pytest.mark.parametrize("day", ["15/12/2024", "15.12.2024", datetime(2024, 12, 15)])
def test_a_report_date_goes_into_the_source_of_the_value(
    official_a, program, unit_a, households, day
):
    plan, record = preview(official_a, program, xlsx_bytes(date_rows(day)), source_text=SOURCE)
    import_services.outcome_import_apply(record=record, user=official_a)

    assert plan.problems == []
    outcome = Outcome.objects.get(indicator=households, unit=unit_a, year=YEAR)
    assert outcome.source_text == f"{SOURCE}, ngày 15/12/2024"


def test_a_report_date_alone_makes_a_source(official_a, program, unit_a, households):
    plan = read(official_a, program, date_rows("05/01/2025"), source_text="")

    assert [item.source for item in plan.items] == ["Báo cáo ngày 05/01/2025"]


@pytest.mark.parametrize("day", ["31/02/2024", "12/2024", "hôm qua"])
def test_a_report_date_that_is_not_a_date_is_a_problem(
    official_a, program, unit_a, households, day
):
    plan = read(official_a, program, date_rows(day))

    assert problems(plan) == [
        (
            2,
            "B",
            f"Ngày “{day}” không hợp lệ; ghi theo dạng ngày/tháng/năm, ví dụ 05/01/2025.",
        )
    ]


def test_a_report_date_in_the_future_is_a_problem(official_a, program, unit_a, households):
    tomorrow = (timezone.localdate() + timedelta(days=1)).strftime("%d/%m/%Y")

    plan = read(official_a, program, date_rows(tomorrow))

    assert problems(plan) == [(2, "B", f"Ngày báo cáo {tomorrow} chưa đến.")]


def test_a_report_date_before_the_year_of_the_figures_is_a_problem(
    official_a, program, unit_a, households
):
    plan = read(official_a, program, date_rows("31/12/2023"))

    assert problems(plan) == [(2, "B", "Ngày báo cáo 31/12/2023 trước năm số liệu 2024.")]


# One value per row


LONG_HEADER = ["Tên đơn vị", "Mã chỉ tiêu", "Giá trị", "Năm"]


def test_the_one_value_per_row_layout_is_read(
    official_a, program, unit_a, hoa_lu, households, money
):
    rows = [
        LONG_HEADER,
        ["Huyện Kim Sơn", "so-ho", "1.234", "2024"],
        ["Huyện Kim Sơn", "kinh-phi", "41,1", "2024"],
        ["Hoa Lư", "SO-HO", "7", ""],
    ]

    plan = read(official_a, program, rows, name="so-lieu.csv")

    assert plan.problems == []
    assert plan.layout == "long"
    assert values(plan) == {
        ("Huyện Kim Sơn", "so-ho"): Decimal("1234"),
        ("Huyện Kim Sơn", "kinh-phi"): Decimal("41.1"),
        ("Thành phố Hoa Lư", "so-ho"): Decimal("7"),
    }


def test_a_row_of_another_year_is_a_problem(official_a, program, unit_a, households, money):
    rows = [
        LONG_HEADER,
        ["Huyện Kim Sơn", "so-ho", "1.234", "2024"],
        ["Huyện Kim Sơn", "kinh-phi", "41,1", "2023"],
    ]

    plan = read(official_a, program, rows, name="so-lieu.csv")

    assert problems(plan) == [(3, "D", "Dòng của năm 2023, không phải năm 2024 đang nhập.")]


def test_an_indicator_of_another_programme_in_a_row_is_a_problem(
    official_a, program, unit_a, households, rate
):
    rows = [LONG_HEADER, ["Huyện Kim Sơn", "ty-le-ho-ngheo", "1,86", "2024"]]

    plan = read(official_a, program, rows, name="so-lieu.csv")

    assert problems(plan) == [
        (2, "B", f"“ty-le-ho-ngheo” không phải chỉ tiêu của “{program.name}”.")
    ]


# A file made for another programme or year


def test_a_template_of_another_programme_is_a_problem(official_a, program, unit_a, households):
    other = make_program("Hỗ trợ tiền điện cho hộ nghèo", slug="ho-tro-tien-dien")
    data = template_workbook(
        program=other,
        year=YEAR,
        indicators=[households],
        rows=[(unit_a, {households.pk: (Decimal("12"), False)})],
        source_text=SOURCE,
    )

    plan, record = preview(official_a, program, data)

    assert problems(plan) == [
        (
            2,
            "B",
            f"Tệp là biểu của chương trình “ho-tro-tien-dien”, không phải “{program.name}”.",
        )
    ]
    assert record is None


def test_a_template_of_another_year_is_a_problem(official_a, program, unit_a, households):
    data = template_workbook(
        program=program,
        year=2023,
        indicators=[households],
        rows=[(unit_a, {households.pk: (Decimal("12"), False)})],
        source_text=SOURCE,
    )

    plan, record = preview(official_a, program, data)

    assert problems(plan) == [(3, "B", "Tệp là biểu năm 2023, không phải năm 2024 đang nhập.")]
    assert record is None


# Bad cells and rows: each a problem with its row, column and reason


BAD_CELLS = {
    "letters": (HOUSEHOLDS, "12a", "“12a” không phải là một số."),
    "negative-text": (HOUSEHOLDS, "-5", "Số liệu không được âm."),
    "negative-number": (HOUSEHOLDS, -5, "Số liệu không được âm."),
    "decimal-count": (
        HOUSEHOLDS,
        "2,5",
        "Số hộ được hỗ trợ nhà ở đếm bằng số nguyên (hộ), không nhận “2,5”.",
    ),
    "decimal-count-number": (HOUSEHOLDS, 2.5, "Số hộ được hỗ trợ nhà ở đếm bằng số nguyên"),
    "too-many-decimals": (MONEY, "41,15", "Kinh phí hỗ trợ lấy tối đa 1 chữ số sau dấu phẩy."),
    "bad-grouping": (HOUSEHOLDS, "1.23.4", "“1.23.4”: các nhóm hàng nghìn phải có đủ 3 chữ số."),
    "percent-for-a-count": (HOUSEHOLDS, "5%", "Chỉ tiêu tính bằng hộ, không phải phần trăm."),
    "formula-error": (MONEY, "#DIV/0!", "Ô chứa lỗi công thức #DIV/0!."),
    "true-false": (HOUSEHOLDS, True, "Ô chứa giá trị Đúng/Sai, không phải số."),
    "date-cell": (HOUSEHOLDS, datetime(2024, 5, 1), "Ô chứa ngày tháng, không phải số"),
    "too-big": (MONEY, "999.999.999.999.999", "Giá trị quá lớn, hãy kiểm tra lại đơn vị tính."),
}


@pytest.mark.parametrize("case", BAD_CELLS)
def test_a_bad_cell_is_a_problem_of_its_row_and_column(
    official_a, program, unit_a, households, money, case
):
    header, cell, message = BAD_CELLS[case]
    rows = [*TITLE, ["Mã đơn vị", "Tên đơn vị", header], ["", "Huyện Kim Sơn", cell]]

    plan = read(official_a, program, rows)

    assert len(plan.problems) == 1
    problem = plan.problems[0]
    assert (problem.row, problem.column) == (4, f"C ({header})")
    assert problem.message.startswith(message)
    assert str(problem).startswith(f"Dòng 4, cột C ({header}): ")


def test_a_percentage_formatted_cell_for_a_count_is_a_problem(
    official_a, program, unit_a, households
):
    # Typing "50%" makes Excel store 0,5 shown as a percentage; as text it is refused too.
    rows = [["Tên đơn vị", HOUSEHOLDS], ["Huyện Kim Sơn", Formatted(0.5, "0%")]]

    plan = read(official_a, program, rows)

    assert problems(plan) == [(2, "B", "Chỉ tiêu tính bằng hộ, không phải phần trăm.")]


def test_a_row_with_values_but_no_unit_is_a_problem(official_a, program, unit_a, households):
    rows = [HEADER, ["", "Huyện Kim Sơn", 12, None], ["", "", 7, None]]

    plan = read(official_a, program, rows)

    assert [(p.row, p.message) for p in plan.problems] == [(3, "Thiếu mã hoặc tên đơn vị.")]


@pytest.mark.parametrize("value", ["100,5", 100.5, "101%"])
def test_a_rate_above_100_is_a_problem(official_a, program, unit_a, share, value):
    rows = [["Tên đơn vị", "Tỷ lệ hộ được hỗ trợ (%)"], ["Huyện Kim Sơn", value]]

    plan = read(official_a, program, rows)

    assert problems(plan) == [(2, "B", "Tỷ lệ phải nằm trong khoảng 0 – 100%.")]


def test_a_percentage_cell_above_100_percent_is_a_problem(official_a, program, unit_a, share):
    rows = [["Tên đơn vị", "Tỷ lệ hộ được hỗ trợ"], ["Huyện Kim Sơn", Formatted(1.2, "0%")]]

    plan = read(official_a, program, rows)

    assert problems(plan) == [(2, "B", "Tỷ lệ phải nằm trong khoảng 0 – 100%.")]


def test_a_unit_given_twice_is_a_problem_of_the_second_row(official_a, program, unit_a, households):
    rows = [["Tên đơn vị", HOUSEHOLDS], ["Huyện Kim Sơn", 12], ["Kim Son", 13]]

    plan = read(official_a, program, rows)

    assert problems(plan) == [(3, "B", "Huyện Kim Sơn – Số hộ được hỗ trợ nhà ở đã có ở dòng 2.")]


def test_a_column_that_is_no_indicator_of_the_programme_is_a_problem(
    official_a, program, unit_a, households, rate
):
    rows = [
        *TITLE,
        ["Tên đơn vị", HOUSEHOLDS, "Số hộ thoát nghèo", "Tỷ lệ hộ nghèo (%)"],
        ["Huyện Kim Sơn", 12, 3, "1,86"],
    ]

    plan = read(official_a, program, rows)

    message = f"Cột này không khớp chỉ tiêu nào của “{program.name}”."
    assert problems(plan) == [(3, "C", message), (3, "D", message)]
    assert plan.problems[0].column == "C (Số hộ thoát nghèo)"


def test_an_indicator_given_two_columns_is_a_problem(official_a, program, unit_a, households):
    rows = [["Tên đơn vị", HOUSEHOLDS, "so-ho"], ["Huyện Kim Sơn", 12, 12]]

    plan = read(official_a, program, rows)

    assert problems(plan) == [(1, "C", "Chỉ tiêu này có hai cột.")]


@pytest.mark.parametrize(
    "status, message",
    [
        (Status.APPROVED, "Số liệu đã được duyệt (495); muốn thay đổi phải đính chính."),
        (Status.SUBMITTED, "Số liệu đang chờ duyệt (495); muốn thay đổi phải chờ trả lại."),
    ],
)
def test_changing_an_approved_or_submitted_value_is_a_problem(
    official_a, program, unit_a, households, status, message
):
    make_outcome(households, unit_a, YEAR, Decimal("495"), status=status)
    rows = [["Tên đơn vị", HOUSEHOLDS], ["Huyện Kim Sơn", 500]]

    plan = read(official_a, program, rows)

    assert problems(plan) == [(2, "B", message)]


def test_the_old_value_in_a_problem_is_written_the_vietnamese_way(
    official_a, program, unit_a, money
):
    make_outcome(money, unit_a, YEAR, Decimal("24750.5"), status=Status.APPROVED)
    rows = [["Tên đơn vị", MONEY], ["Huyện Kim Sơn", "24.750,6"]]

    plan = read(official_a, program, rows)

    assert problems(plan) == [
        (2, "B", "Số liệu đã được duyệt (24.750,5); muốn thay đổi phải đính chính.")
    ]


def test_an_approved_value_given_unchanged_is_no_problem(official_a, program, unit_a, households):
    make_outcome(households, unit_a, YEAR, Decimal("495"), status=Status.APPROVED)

    plan = read(official_a, program, [["Tên đơn vị", HOUSEHOLDS], ["Huyện Kim Sơn", "495"]])

    assert plan.problems == []
    assert plan.unchanged == 1


def test_every_bad_row_of_a_file_is_reported_at_once(
    official_a, program, unit_a, unit_b, hoa_lu, households, money
):
    make_outcome(money, hoa_lu, YEAR, Decimal("100"), status=Status.APPROVED)
    rows = [
        *TITLE,
        HEADER,
        ["", "Huyện Kim Sơn", "abc", "-3"],  # two bad cells
        ["", "Huyện Yên Mô", 5, 5],  # not official A's unit
        ["00123", "Thành phố Hoa Lư", 2.5, "101"],  # whole number; approved value changed
        ["", "Huyện Kim Sơn", 4, None],  # the same unit again
        ["", "Huyện Nho Quan", 1, 1],  # no such unit
        ["", "Huyện Kim Sơn", None, None],  # nothing to read: no problem
    ]

    plan = read(official_a, program, rows)

    assert [(row, column) for row, column, _message in problems(plan)] == [
        (4, "C"),
        (4, "D"),
        (5, "B"),
        (6, "C"),
        (6, "D"),
        (7, "C"),
        (8, "B"),
    ]
    assert plan.items == []


def test_a_bad_report_date_does_not_hide_the_bad_cells_of_its_row(
    official_a, program, unit_a, households
):
    plan = read(
        official_a, program, [*date_rows("31/02/2024")[:1], ["Huyện Kim Sơn", "31/02/2024", "abc"]]
    )

    assert [(row, column) for row, column, _message in problems(plan)] == [(2, "B"), (2, "C")]


def test_a_rejected_file_writes_nothing(official_a, program, unit_a, hoa_lu, households, money):
    make_outcome(households, unit_a, YEAR, Decimal("495"), status=Status.DRAFT, by=official_a)
    make_outcome(money, unit_a, YEAR, Decimal("100"), status=Status.APPROVED)
    before = database_state()
    rows = [
        HEADER,
        ["", "Huyện Kim Sơn", 500, None],  # a good change of a draft
        ["00123", "Thành phố Hoa Lư", 7, "abc"],  # a good new value and a bad one
    ]

    plan, record = preview(official_a, program, xlsx_bytes(rows), source_text=SOURCE)

    assert len(plan.problems) == 1
    assert record is None
    assert database_state() == before
    assert not OutcomeImport.objects.exists()
    assert Outcome.objects.get(indicator=households, unit=unit_a).value == Decimal("495")


def test_a_column_numbering_row_under_the_header_is_skipped(
    official_a, program, unit_a, households
):
    rows = [["Tên đơn vị", "Mã đơn vị", HOUSEHOLDS], ["(1)", "(2)", "(3)"], ["Kim Sơn", "", 12]]

    plan = read(official_a, program, rows)

    assert plan.problems == []
    assert values(plan) == {("Huyện Kim Sơn", "so-ho"): Decimal("12")}


def test_signature_and_note_rows_without_figures_are_skipped(
    official_a, program, unit_a, households
):
    rows = [
        ["Tên đơn vị", HOUSEHOLDS],
        ["Kim Sơn", 12],
        [],
        ["Ghi chú: số liệu tính đến ngày 31/12/2024", None],
        ["Người lập biểu", None],
        ["Kim Sơn, ngày 05 tháng 01 năm 2025", None],
    ]

    plan = read(official_a, program, rows)

    assert plan.problems == []
    assert values(plan) == {("Huyện Kim Sơn", "so-ho"): Decimal("12")}


def test_a_template_csv_with_semicolons_and_unpadded_rows_is_split_on_semicolons(
    official_a, program, unit_a, households, money
):
    text = "\n".join(
        [
            "Biểu nhập số liệu: Hỗ trợ xây dựng, sửa chữa nhà ở",
            "Mã chương trình;" + program.slug,
            f"Năm;{YEAR}",
            "Mã đơn vị;Tên đơn vị;" + HOUSEHOLDS + ";" + MONEY,
            ";Kim Sơn;12;24.750,5",
        ]
    )

    plan, _record = preview(
        official_a, program, text.encode("utf-8-sig"), name="so-lieu.csv", source_text=SOURCE
    )

    assert plan.problems == []
    assert values(plan) == {
        ("Huyện Kim Sơn", "so-ho"): Decimal("12"),
        ("Huyện Kim Sơn", "kinh-phi"): Decimal("24750.5"),
    }

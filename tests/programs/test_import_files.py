"""Files refused before a single row is read (size, real format, password, zip bomb), and
the text encodings and delimiters of the CSV files officials save from Excel."""

import io
import re
import zipfile
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from programs.models import Outcome, OutcomeImport
from programs.spreadsheets import check_spreadsheet, read_rows
from tests.programs.factories import SOURCE
from tests.programs.import_helpers import (
    IMPORT_URL,
    cp1258_bytes,
    csv_bytes,
    import_post,
    preview,
    upload,
    with_encrypted_flag,
    workbook_parts,
    xlsx_bytes,
    zip_bytes,
)

pytestmark = pytest.mark.django_db

PASSWORD = "Tệp đang được đặt mật khẩu; hãy gỡ mật khẩu rồi tải lên lại."
BOMB = "Tệp nén có dung lượng giải nén bất thường, không thể nhận."
NOT_XLSX = "Tệp không phải là bảng tính Excel (XLSX); có thể tệp bị đổi tên hoặc bị hỏng."
NOT_CSV = "Tệp không phải là bảng tính CSV; có thể tệp bị đổi tên hoặc bị hỏng."
MISMATCH = "Nội dung tệp không đúng định dạng Excel (XLSX) như tên tệp cho biết"
ZIP_CORRUPT = "Tệp Excel (XLSX) bị hỏng hoặc không đọc được."
SHEET_CORRUPT = "Không đọc được bảng tính Excel (XLSX): tệp bị hỏng."
EXTENSION = "Chỉ nhận bảng tính Excel (.xlsx) hoặc CSV (.csv)."
XLS = "lưu lại dưới dạng .xlsx"

OLE2 = bytes.fromhex("D0CF11E0A1B11AE1") + bytes(4096)
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00"
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + bytes(64)
HTML = b"<!DOCTYPE html>\n<html><head><title>Dang nhap</title></head><body></body></html>"
GRID = [["Tên đơn vị", "Số hộ được hỗ trợ nhà ở"], ["Huyện Kim Sơn", "12"]]


def refusal(name, data):
    with pytest.raises(ValidationError) as caught:
        kind = check_spreadsheet(upload(name, data))
        list(read_rows(upload(name, data), kind))
    return caught.value.messages[0]


def read_csv(data):
    kind = check_spreadsheet(upload("so-lieu.csv", data))
    return [
        [cell.value for cell in cells] for _, cells in read_rows(upload("so-lieu.csv", data), kind)
    ]


def zip_bomb():
    """A workbook whose sheet unpacks to 5 MB of zeros from a few kilobytes."""
    return zip_bytes({**workbook_parts(), "xl/worksheets/sheet1.xml": bytes(5 * 1024 * 1024)})


def truncated_workbook():
    data = xlsx_bytes(GRID)
    return data[: len(data) // 2]


def workbook_with_cut_off_part(part="xl/worksheets/sheet1.xml"):
    """A ZIP with every part a workbook needs (checksums right), one of them cut off midway,
    as a program that crashed while writing leaves it."""
    parts = workbook_parts()
    return zip_bytes({**parts, part: parts[part][: len(parts[part]) // 2]})


# Refused by check_spreadsheet


def test_an_empty_file_is_refused():
    assert refusal("so-lieu.xlsx", b"") == "Tệp trống."


def test_a_file_over_the_size_limit_is_refused(settings):
    settings.IMPORT_MAX_BYTES = 1024 * 1024

    message = refusal("so-lieu.csv", b"a" * (1024 * 1024 + 1))

    assert message == "Tệp quá lớn: tối đa 1 MB. Hãy chia thành nhiều tệp."


def test_a_file_at_the_size_limit_is_accepted(settings):
    settings.IMPORT_MAX_BYTES = 1024

    assert check_spreadsheet(upload("so-lieu.csv", b"a" * 1024)) == "csv"


@pytest.mark.parametrize("name", ["so-lieu.txt", "so-lieu.pdf", "so-lieu.exe", "so-lieu"])
def test_a_file_that_is_not_named_xlsx_or_csv_is_refused(name):
    assert refusal(name, b"Ten don vi,So ho\nKim Son,12\n") == EXTENSION


@pytest.mark.parametrize("content", [PDF, PNG, HTML], ids=["pdf", "png", "html"])
def test_a_document_or_image_renamed_xlsx_is_refused(content):
    assert refusal("so-lieu.xlsx", content) == NOT_XLSX


@pytest.mark.parametrize("content", [PNG, EXE, HTML], ids=["png", "exe", "html"])
def test_a_binary_file_or_web_page_renamed_csv_is_refused(content):
    assert refusal("so-lieu.csv", content) == NOT_CSV


def test_a_web_page_with_a_byte_order_mark_renamed_csv_is_refused():
    assert (
        refusal("so-lieu.csv", b"\xef\xbb\xbf\r\n  <html><body>Het phien</body></html>") == NOT_CSV
    )


def test_a_password_protected_workbook_is_refused_with_the_password_message():
    # Excel saves a password-protected XLSX inside an OLE2 container.
    assert refusal("so-lieu.xlsx", OLE2) == PASSWORD


def test_a_legacy_xls_workbook_is_refused_with_how_to_save_it():
    assert XLS in refusal("so-lieu.xls", OLE2)


def test_a_legacy_xls_workbook_renamed_csv_is_refused_with_how_to_save_it():
    assert XLS in refusal("so-lieu.csv", OLE2)


def test_a_zip_that_is_not_a_workbook_is_refused():
    data = zip_bytes({"word/document.xml": b"<w:document/>", "[Content_Types].xml": b"<Types/>"})

    assert refusal("so-lieu.xlsx", data).startswith(MISMATCH)


def test_a_zip_bomb_is_refused_by_its_compression_ratio():
    assert refusal("so-lieu.xlsx", zip_bomb()) == BOMB


def test_a_zip_that_unpacks_beyond_the_limit_is_refused(settings):
    settings.IMPORT_MAX_UNZIPPED_BYTES = 10_000
    data = zip_bytes({**workbook_parts(), "xl/media/anh.bin": bytes(20_000)}, zipfile.ZIP_STORED)

    assert refusal("so-lieu.xlsx", data) == BOMB


def test_a_zip_with_an_encrypted_entry_is_refused_with_the_password_message():
    assert refusal("so-lieu.xlsx", with_encrypted_flag(zip_bytes(workbook_parts()))) == PASSWORD


def test_a_truncated_workbook_is_refused_as_corrupt():
    assert refusal("so-lieu.xlsx", truncated_workbook()) == ZIP_CORRUPT


@pytest.mark.parametrize(
    "part", ["[Content_Types].xml", "xl/workbook.xml", "xl/styles.xml", "xl/worksheets/sheet1.xml"]
)
def test_a_workbook_with_a_cut_off_part_is_refused_as_corrupt(part):
    assert refusal("so-lieu.xlsx", workbook_with_cut_off_part(part)) == SHEET_CORRUPT


def test_a_real_workbook_and_a_text_csv_pass_the_checks():
    assert check_spreadsheet(upload("So Lieu.XLSX", xlsx_bytes(GRID))) == "xlsx"
    assert check_spreadsheet(upload("so-lieu.csv", csv_bytes(GRID))) == "csv"


@pytest.mark.parametrize("name, build", [("so-lieu.csv", csv_bytes), ("so-lieu.xlsx", xlsx_bytes)])
def test_a_file_with_too_many_rows_is_refused(settings, name, build):
    settings.IMPORT_MAX_ROWS = 10  # title and header rows get 50 more
    rows = [["Tên đơn vị", "Số hộ"]] + [["Huyện Kim Sơn", n] for n in range(70)]

    assert refusal(name, build(rows)) == "Tệp có hơn 10 dòng; hãy chia thành nhiều tệp."


def test_a_file_within_the_row_limit_is_read(settings):
    settings.IMPORT_MAX_ROWS = 10
    rows = [["Tên đơn vị", "Số hộ"]] + [["Huyện Kim Sơn", n] for n in range(59)]

    assert len(read_csv(csv_bytes(rows))) == 60


def test_a_workbook_with_wrong_recorded_dimensions_is_read_in_full():
    # Some generators write <dimension ref="A1"/> whatever the sheet holds; openpyxl's
    # streaming reader trusts it unless told to measure the sheet itself.
    rows = [["Tên đơn vị", "Số hộ", "Kinh phí"]] + [[f"Xã {n}", n, n / 2] for n in range(1, 5)]
    parts = zipfile.ZipFile(io.BytesIO(xlsx_bytes(rows)))
    members = {name: parts.read(name) for name in parts.namelist()}
    sheet = members["xl/worksheets/sheet1.xml"]
    members["xl/worksheets/sheet1.xml"] = re.sub(
        rb'<dimension ref="[^"]*"', b'<dimension ref="A1"', sheet
    )
    data = zip_bytes(members)

    read = [
        [cell.value for cell in cells] for _, cells in read_rows(upload("a.xlsx", data), "xlsx")
    ]

    assert read == rows


# Refused on the upload page: the message is shown, nothing is written


BAD_FILES = {
    "empty": ("so-lieu.xlsx", lambda: b"", "Tập tin được gửi là rỗng."),
    "extension": ("so-lieu.pdf", lambda: PDF, EXTENSION),
    "pdf-renamed": ("so-lieu.xlsx", lambda: PDF, NOT_XLSX),
    "png-renamed": ("so-lieu.xlsx", lambda: PNG, NOT_XLSX),
    "html-renamed-csv": ("so-lieu.csv", lambda: HTML, NOT_CSV),
    "html-renamed-xlsx": ("so-lieu.xlsx", lambda: HTML, NOT_XLSX),
    "exe-renamed-csv": ("so-lieu.csv", lambda: EXE, NOT_CSV),
    "password": ("so-lieu.xlsx", lambda: OLE2, PASSWORD),
    "xls": ("so-lieu.xls", lambda: OLE2, XLS),
    "zip-not-workbook": ("so-lieu.xlsx", lambda: zip_bytes({"a.txt": b"xin chao"}), MISMATCH),
    "zip-bomb": ("so-lieu.xlsx", zip_bomb, BOMB),
    "encrypted-entry": (
        "so-lieu.xlsx",
        lambda: with_encrypted_flag(zip_bytes(workbook_parts())),
        PASSWORD,
    ),
    "truncated": ("so-lieu.xlsx", truncated_workbook, ZIP_CORRUPT),
    "cut-off-sheet": ("so-lieu.xlsx", workbook_with_cut_off_part, SHEET_CORRUPT),
}


@pytest.fixture
def logged_in(client, official_a):
    client.force_login(official_a)
    return client


@pytest.mark.parametrize("case", BAD_FILES)
def test_the_upload_page_refuses_a_bad_file_with_its_message_and_writes_nothing(
    logged_in, program, case
):
    name, build, message = BAD_FILES[case]

    response = logged_in.post(IMPORT_URL, import_post(program, build(), name=name))

    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Outcome.objects.exists()
    assert not OutcomeImport.objects.exists()


def test_the_upload_page_refuses_a_file_over_the_size_limit(logged_in, program, settings):
    settings.IMPORT_MAX_BYTES = 1024 * 1024
    data = b"Ten don vi,So ho\r\n" + b"Kim Son,12\r\n" * 100_000

    response = logged_in.post(IMPORT_URL, import_post(program, data, name="so-lieu.csv"))

    assert response.status_code == 200
    assert "Tệp quá lớn: tối đa 1 MB." in response.content.decode()
    assert not OutcomeImport.objects.exists()


# CSV as Excel and other programs save it


CSV_ROWS = [
    ["Tên đơn vị", "Số hộ được hỗ trợ nhà ở", "Kinh phí hỗ trợ"],
    ["Huyện Kim Sơn", "12", "24.750,5"],
]


@pytest.mark.parametrize(
    "data",
    [
        b"\xef\xbb\xbf" + csv_bytes(CSV_ROWS),
        csv_bytes(CSV_ROWS),
        csv_bytes(CSV_ROWS, delimiter=";"),
        csv_bytes(CSV_ROWS, delimiter="\t"),
        csv_bytes(CSV_ROWS, encoding="utf-16"),
        cp1258_bytes(csv_bytes(CSV_ROWS, delimiter=";").decode()),
    ],
    ids=["utf8-bom", "utf8", "semicolon", "tab", "utf16", "cp1258"],
)
def test_csv_files_are_read_with_their_vietnamese_text_intact(data):
    assert read_csv(data) == CSV_ROWS


def test_a_cp1258_file_really_carries_combining_tone_marks():
    data = cp1258_bytes("Huyện Kim Sơn")

    assert data == b"Huy\xea\xf2n Kim S\xf5n"  # ê, then the dot below as its own byte


def test_a_semicolon_csv_whose_header_has_commas_in_it_is_split_on_semicolons():
    rows = [["Xã, phường, thị trấn", "Số hộ được hỗ trợ nhà ở"], ["Huyện Kim Sơn", "12"]]

    assert read_csv(csv_bytes(rows, delimiter=";")) == rows


def test_a_two_column_semicolon_csv_with_decimal_commas_is_split_on_semicolons():
    # Excel in a Vietnamese locale writes ";" exactly because the comma marks decimals.
    rows = [["Tên đơn vị", "Kinh phí hỗ trợ"], ["Huyện Kim Sơn", "24.750,5"]]

    assert read_csv(csv_bytes(rows, delimiter=";")) == rows


@pytest.mark.parametrize(
    "data",
    [
        b"\xef\xbb\xbf" + csv_bytes(CSV_ROWS),
        cp1258_bytes(csv_bytes(CSV_ROWS, delimiter=";").decode()),
        csv_bytes(CSV_ROWS, delimiter="\t", encoding="utf-16"),
    ],
    ids=["utf8-bom", "cp1258", "utf16-tab"],
)
def test_a_unit_named_in_any_csv_encoding_is_found(
    official_a, program, unit_a, households, money, data
):
    plan, record = preview(official_a, program, data, name="so-lieu.csv", source_text=SOURCE)

    assert plan.problems == []
    assert {(item.unit, item.indicator, item.value) for item in plan.items} == {
        (unit_a, households, Decimal("12")),
        (unit_a, money, Decimal("24750.5")),
    }
    assert record is not None


def test_a_csv_in_no_known_encoding_is_refused():
    # 0x81 is undefined in code page 1258, and the bytes are not UTF-8 either.
    assert refusal("so-lieu.csv", b"Ten don vi;So ho\r\nKim S\x81n;12\r\n") == NOT_CSV

"""Reading and writing the spreadsheets officials exchange: XLSX (openpyxl) and CSV.

Reading streams rows (openpyxl's read-only mode, the csv module), so memory follows the rows
kept, not the file. A file is checked before it is opened: size, real format, no password,
no zip bomb; the messages are Vietnamese.
"""

import csv
import io
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from openpyxl import Workbook, load_workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.utils import get_column_letter

from portal.files import (
    MARKUP,
    OLE2_MAGIC,
    ZIP_MAGIC,
    check_zip_container,
    display_name,
    extension_of,
)
from portal.text import spreadsheet_safe, vi_number

XLSX_LABEL = "Excel (XLSX)"
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
MESSAGES = {
    "empty": "Tệp trống.",
    "too_big": "Tệp quá lớn: tối đa {mb} MB. Hãy chia thành nhiều tệp.",
    "extension": "Chỉ nhận bảng tính Excel (.xlsx) hoặc CSV (.csv).",
    "xls": "Tệp Excel 97-2003 (.xls) chưa được hỗ trợ: hãy mở bằng Excel và lưu lại "
    "dưới dạng .xlsx (Sổ làm việc Excel) hoặc CSV UTF-8.",
    "not_sheet": "Tệp không phải là bảng tính {label}; có thể tệp bị đổi tên hoặc bị hỏng.",
    "corrupt": "Không đọc được bảng tính {label}: tệp bị hỏng.",
    "no_sheet": "Bảng tính không có trang nào chứa dữ liệu.",
    "too_many_rows": "Tệp có hơn {rows} dòng; hãy chia thành nhiều tệp.",
}


def _error(code, **kwargs):
    return ValidationError(MESSAGES[code].format(**kwargs), code=code)


@dataclass(frozen=True)
class Cell:
    """A cell as read: its value (str, int, float, date or None) and whether Excel shows
    it as a percentage (0,0186 displayed as 1,86%)."""

    value: object
    percent: bool = False


def check_spreadsheet(uploaded):
    """Refuse anything but a readable XLSX or text CSV; returns "xlsx" or "csv"."""
    size = getattr(uploaded, "size", 0) or 0
    if not size:
        raise _error("empty")
    if size > settings.IMPORT_MAX_BYTES:
        raise _error("too_big", mb=vi_number(round(settings.IMPORT_MAX_BYTES / 1048576, 1)))
    extension = extension_of(uploaded.name)
    uploaded.seek(0)
    head = uploaded.read(512)
    uploaded.seek(0)
    if extension == ".xls" or (extension == ".csv" and head.startswith(OLE2_MAGIC)):
        raise _error("xls")
    if extension == ".xlsx":
        if not (head.startswith(ZIP_MAGIC) or head.startswith(OLE2_MAGIC)):
            raise _error("not_sheet", label=XLSX_LABEL)
        try:
            check_zip_container(
                uploaded, ".xlsx", XLSX_LABEL, max_unzipped=settings.IMPORT_MAX_UNZIPPED_BYTES
            )
        finally:
            uploaded.seek(0)
        return "xlsx"
    if extension == ".csv":
        if head.startswith(ZIP_MAGIC) or _nul(head):
            raise _error("not_sheet", label="CSV")
        if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16: look at it as text
            head = head.decode("utf-16", errors="replace").encode()
        lowered = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
        # A web page or an SVG image, wherever its first tag sits (after a comment...).
        if lowered.startswith(b"<?xml") or MARKUP.search(head):
            raise _error("not_sheet", label="CSV")
        return "csv"
    raise _error("extension")


def _nul(head):
    """NUL bytes betray a binary file, except in UTF-16 text (which starts with a BOM)."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return b""
    return head if b"\x00" in head else b""


def read_rows(uploaded, kind):
    """Yield (row number, [Cell, ...]) for every row of the first sheet, streaming."""
    if kind == "xlsx":
        yield from _xlsx_rows(uploaded)
    else:
        yield from _csv_rows(uploaded)


def _xlsx_rows(uploaded):
    uploaded.seek(0)
    # openpyxl parses untrusted XML: a damaged part can raise almost anything (ParseError,
    # IndexError, AttributeError...). All of it means "this workbook cannot be read".
    try:
        workbook = load_workbook(uploaded, read_only=True, data_only=True)
    except Exception:  # noqa: BLE001
        raise _error("corrupt", label=XLSX_LABEL) from None
    try:
        sheets = [ws for ws in workbook.worksheets if ws.sheet_state == "visible"]
        if not sheets:
            raise _error("no_sheet")
        limit = settings.IMPORT_MAX_ROWS
        sheet = sheets[0]
        # Read-only mode trusts the size the writer recorded; some programs record it wrong.
        sheet.reset_dimensions()
        try:
            for number, row in enumerate(sheet.iter_rows(), start=1):
                if number > limit + 50:  # title and header rows come on top of the data
                    raise _error("too_many_rows", rows=vi_number(limit))
                yield number, [_xlsx_cell(cell) for cell in row]
        except ValidationError:
            raise
        except Exception:  # noqa: BLE001 (see above)
            raise _error("corrupt", label=XLSX_LABEL) from None
    finally:
        workbook.close()


def _xlsx_cell(cell):
    value = getattr(cell, "value", None)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return Cell(value, "%" in (getattr(cell, "number_format", "") or ""))
    return Cell(value)


def _decode(data):
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Excel's plain "CSV" on a Vietnamese Windows writes code page 1258 with combining
        # tone marks; NFC puts the letters back together.
        return data.decode("cp1258", errors="strict")


def _csv_rows(uploaded):
    uploaded.seek(0)
    data = uploaded.read()
    try:
        text = unicodedata.normalize("NFC", _decode(data))
    except UnicodeDecodeError:
        raise _error("not_sheet", label="CSV") from None
    del data
    delimiter = _delimiter(text[:8192])
    limit = settings.IMPORT_MAX_ROWS
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        for number, row in enumerate(reader, start=1):
            if number > limit + 50:
                raise _error("too_many_rows", rows=vi_number(limit))
            yield number, [Cell(value) for value in row]
    except csv.Error:
        raise _error("corrupt", label="CSV") from None


def _delimiter(sample):
    """Comma, semicolon (Excel where the comma is the decimal mark, as in Vietnamese) or
    tab: the one that cuts the most lines into the same, largest number of columns.
    (csv.Sniffer and plain counting guess wrong when headers hold commas and numbers hold
    decimal commas.)"""
    lines = [line for line in sample.splitlines()[:30] if line.strip()]
    best, best_score = ",", 0
    for delimiter in (",", ";", "\t"):
        counts = [len(row) for row in csv.reader(lines, delimiter=delimiter)]
        score = max((n * counts.count(n) for n in set(counts) if n > 1), default=0)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def cell_text(cell):
    """A cell shown back to the official in an error message."""
    value = cell.value if isinstance(cell, Cell) else cell
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    return str(value).strip()


def column_letter(index):
    return get_column_letter(index + 1)


# --- Writing -------------------------------------------------------------------------

HEADER_FILL = PatternFill("solid", fgColor="DDE7F3")
LOCKED_FILL = PatternFill("solid", fgColor="EFEFEF")


def template_workbook(*, program, year, indicators, rows, source_text=""):
    """The entry template: units as rows, indicators as columns, current values filled in.

    `rows` is a list of (unit, {indicator_pk: (value, locked)}). Approved or submitted values
    are shown grey; importing them unchanged changes nothing.
    """
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "So lieu"
    sheet["A1"] = f"Biểu nhập số liệu: {program.name}"  # text before the name: never a formula
    sheet["A1"].font = Font(bold=True, size=13)
    sheet["A2"], sheet["B2"] = "Mã chương trình", program.slug
    sheet["A3"], sheet["B3"] = "Năm", year
    sheet["A4"], sheet["B4"] = "Nguồn số liệu", spreadsheet_safe(source_text)
    sheet["A5"] = (
        "Ghi số theo cách thông thường (1.234 hoặc 1.234,5). Không đổi tên cột. "
        "Ô màu xám là số liệu đã duyệt hoặc đang chờ duyệt: không sửa được qua tệp."
    )
    header_row = 6
    headers = ["Mã đơn vị", "Tên đơn vị"] + [
        f"{indicator.name} ({indicator.unit_of_measure})" for indicator in indicators
    ]
    for index, text in enumerate(headers, start=1):
        cell = sheet.cell(row=header_row, column=index, value=text)
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for index, indicator in enumerate(indicators, start=3):
        sheet.cell(row=header_row, column=index).comment = Comment(
            f"Mã chỉ tiêu: {indicator.code}", "Cổng thông tin"
        )
    for offset, (unit, values) in enumerate(rows, start=1):
        row = header_row + offset
        sheet.cell(row=row, column=1, value=spreadsheet_safe(unit.code or ""))
        sheet.cell(row=row, column=2, value=spreadsheet_safe(unit.name))
        for index, indicator in enumerate(indicators, start=3):
            value, locked = values.get(indicator.pk, (None, False))
            cell = sheet.cell(row=row, column=index)
            if value is not None:
                cell.value = float(value) if indicator.decimals else int(value)
                decimals = "." + "0" * indicator.decimals if indicator.decimals else ""
                cell.number_format = "#,##0" + decimals
            if locked:
                cell.fill = LOCKED_FILL
                cell.protection = Protection(locked=True)
    sheet.column_dimensions["A"].width = 12
    sheet.column_dimensions["B"].width = 32
    for index in range(3, len(headers) + 1):
        sheet.column_dimensions[get_column_letter(index)].width = 22
    sheet.freeze_panes = sheet.cell(row=header_row + 1, column=3)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def template_file_name(program, year):
    return display_name(f"bieu-nhap-{program.slug}-{year}.xlsx")

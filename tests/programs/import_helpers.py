"""Builders for the spreadsheet import tests: workbooks, CSV and ZIP files made in memory."""

import csv
import io
import unicodedata
import zipfile
from dataclasses import dataclass

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import Workbook, load_workbook

from programs import import_services
from programs.models import Outcome, OutcomeImport

YEAR = 2024
# The template's header for the programme fixture's two indicators.
HOUSEHOLDS = "Số hộ được hỗ trợ nhà ở (hộ)"
MONEY = "Kinh phí hỗ trợ (triệu đồng)"
HEADER = ["Mã đơn vị", "Tên đơn vị", HOUSEHOLDS, MONEY]
IMPORT_URL = reverse("admin:programs_outcome_import")
TEMPLATE_URL = reverse("admin:programs_outcome_template")
EXPORT_URL = reverse("admin:programs_outcome_export")
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# Vietnamese tone marks: code page 1258 writes them as separate combining characters.
TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"


@dataclass(frozen=True)
class Formatted:
    """A cell with an Excel number format ("0.00%")."""

    value: object
    number_format: str


def xlsx_bytes(rows, *, sheet_title="So lieu"):
    """A workbook whose first sheet holds `rows` (lists of values or Formatted cells)."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = sheet_title
    for row_number, row in enumerate(rows, start=1):
        for column, value in enumerate(row, start=1):
            if value is None:
                continue
            cell = sheet.cell(row=row_number, column=column)
            if isinstance(value, Formatted):
                cell.value, cell.number_format = value.value, value.number_format
            else:
                cell.value = value
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def csv_text(rows, delimiter=","):
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(
        ["" if value is None else value for value in row] for row in rows
    )
    return buffer.getvalue()


def csv_bytes(rows, *, delimiter=",", encoding="utf-8"):
    return csv_text(rows, delimiter).encode(encoding)


def cp1258_bytes(text):
    """Text as Excel's plain "CSV" writes it on a Vietnamese Windows: code page 1258, with
    the base letter precomposed where the code page has it and the tone mark combining."""
    out = bytearray()
    for char in unicodedata.normalize("NFC", text):
        try:
            out += char.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        base, *marks = unicodedata.normalize("NFD", char)
        letter = unicodedata.normalize(
            "NFC", base + "".join(m for m in marks if m not in TONE_MARKS)
        )
        out += (letter + "".join(m for m in marks if m in TONE_MARKS)).encode("cp1258")
    return bytes(out)


def zip_bytes(members, compression=zipfile.ZIP_DEFLATED):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def workbook_parts():
    """The members of a real (empty) workbook, to build doctored ones from."""
    archive = zipfile.ZipFile(io.BytesIO(xlsx_bytes([["Tên đơn vị", "Số hộ"]])))
    return {name: archive.read(name) for name in archive.namelist()}


def with_encrypted_flag(data):
    """A ZIP whose entries say they are encrypted (general purpose flag bit 0)."""
    data = bytearray(data)
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        start = data.find(signature)
        while start != -1:
            data[start + offset] |= 0x1
            start = data.find(signature, start + 4)
    return bytes(data)


def upload(name, data):
    return SimpleUploadedFile(name, data)


def preview(user, program, data, *, name="so-lieu.xlsx", year=YEAR, **kwargs):
    """Run the import preview on an in-memory file; returns (plan, record)."""
    return import_services.outcome_import_preview(
        user=user, program=program, year=year, uploaded=upload(name, data), **kwargs
    )


def problems(plan):
    return [
        (problem.row, problem.column.split(" ")[0], problem.message) for problem in plan.problems
    ]


def database_state():
    """Everything an import could write: outcome rows, their history, import records."""
    return (
        list(
            Outcome.objects.order_by("pk").values_list(
                "pk", "unit_id", "indicator_id", "year", "value", "status", "source_text"
            )
        ),
        Outcome.history.count(),
        OutcomeImport.objects.count(),
    )


def sheet_rows(data):
    """The values of the first sheet of an XLSX file, row by row."""
    workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        return [list(row) for row in workbook.worksheets[0].iter_rows(values_only=True)]
    finally:
        workbook.close()


def import_post(program, data, *, name="so-lieu.xlsx", year=YEAR, source_text="", submit=False):
    """The upload form as the browser posts it."""
    post = {
        "program": program.pk,
        "year": year,
        "file": upload(name, data),
        "source_text": source_text,
    }
    if submit:
        post["submit"] = "on"
    return post

"""What the spreadsheet importer understands in a cell or a header: Vietnamese header
variants, units by code or name (with or without diacritics or level), report dates and
numbers as officials write them."""

import math
import re
from datetime import date, datetime
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.utils import timezone

from portal.text import fold

from .models import AdministrativeUnit
from .spreadsheets import cell_text
from .values import clean_value


def header_key(text):
    """ "Mã đơn vị" / "MA DON VI" / "ma_don_vi" / "Mã ĐV:" all read the same."""
    return " ".join(re.findall(r"[a-z0-9]+", fold(str(text or ""))))


def _keys(*texts):
    return frozenset(header_key(text) for text in texts)


UNIT_CODE = _keys(
    "Mã đơn vị", "Mã ĐVHC", "Mã đơn vị hành chính", "Mã địa bàn", "Mã ĐV", "Mã xã",
    "Mã huyện", "unit_code",
)  # fmt: skip
UNIT_NAME = _keys(
    "Đơn vị", "Tên đơn vị", "Địa bàn", "Tên địa bàn", "Đơn vị hành chính", "Tên ĐVHC",
    "Xã, phường", "Xã, phường, thị trấn", "Huyện", "Tên huyện", "Tên xã", "unit_name", "unit",
)  # fmt: skip
INDICATOR = _keys("Mã chỉ tiêu", "indicator_code", "Chỉ tiêu", "Tên chỉ tiêu", "indicator_name")
INDICATOR_CODE = _keys("Mã chỉ tiêu", "indicator_code")
VALUE = _keys("Giá trị", "Số liệu", "value")
YEAR = _keys("Năm", "year")
SOURCE = _keys("Nguồn", "Nguồn số liệu", "source")
REPORT_DATE = _keys("Ngày báo cáo", "Ngày số liệu", "Ngày", "report_date")
# Columns officials add or that exports carry, read by nobody.
IGNORED = _keys(
    "STT", "TT", "Số TT", "Số thứ tự", "Ghi chú", "note", "Đơn vị tính", "unit_of_measure",
    "Cấp", "unit_level", "Trạng thái", "status", "campaign", "program", "Chương trình",
    "Phong trào", "approved_at", "Ngày duyệt", "is_illustrative", "Số liệu minh họa",
    "numerator", "denominator", "Tử số", "Mẫu số", "corrected", "corrected_at",
    "Người nhập", "Cập nhật lúc", "id",
)  # fmt: skip
METADATA = ("ma chuong trinh", "nam", "nguon so lieu")
# Rows of sums the portal computes itself: skipped, but only when no unit has that name
# ("Xã Cộng Hòa", "Xã Tống Trân" are communes).
TOTAL_ROWS = frozenset(
    {"tong", "cong", "tong cong", "tong so", "toan tinh", "toan huyen", "ca tinh", "ca huyen"}
)
NUMBERING = re.compile(r"\(?(\d{1,2}|[a-z])\)?")
NO_VALUE = {"", "-", "–", "—"}
LEVEL_PREFIXES = (
    "tinh", "thanh pho", "thi xa", "quan", "huyen", "phuong", "xa", "thi tran", "dac khu",
    "tp", "tx", "tt", "h", "q", "p", "x",  # "TP. Hoa Lư", "H. Kim Sơn", "TT. Me"
)  # fmt: skip


class UnitFinder:
    """Finds a unit by official code (also when Excel dropped its leading zeros) or by name,
    with or without diacritics or its level ("Huyện Kim Sơn", "kim son")."""

    def __init__(self, year):
        self.by_code, self.by_number, self.by_name = {}, {}, {}
        for unit in AdministrativeUnit.objects.valid_in(year).only("pk", "name", "code"):
            if unit.code:
                self.by_code[unit.code.strip().lower()] = unit
                if unit.code.isdigit():
                    self.by_number.setdefault(int(unit.code), []).append(unit)
            for key in {header_key(unit.name), self._short(header_key(unit.name))}:
                self.by_name.setdefault(key, []).append(unit)

    @staticmethod
    def _short(key):
        for prefix in LEVEL_PREFIXES:
            if key.startswith(prefix + " ") and len(key) > len(prefix) + 1:
                return key[len(prefix) + 1 :]
        return key

    def find(self, code, name):
        """(unit, None) or (None, reason)."""
        if code:
            unit = self.by_code.get(code.strip().lower())
            if unit is None and code.strip().isdigit():
                found = self.by_number.get(int(code), [])
                unit = found[0] if len(found) == 1 else None
            if unit is None:
                return None, f"Không có đơn vị hành chính mã “{code}” trong năm này."
            if name and not self._same_name(unit, name):
                return None, f"Mã “{code}” là của {unit.name}, không khớp tên “{name}”."
            return unit, None
        key = header_key(name)
        found = self.by_name.get(key) or self.by_name.get(self._short(key)) or []
        exact = [unit for unit in found if header_key(unit.name) == key]
        if len(exact) == 1:
            return exact[0], None
        if len(found) == 1:
            return found[0], None
        if not found:
            return None, f"Không tìm thấy đơn vị “{name}”; hãy ghi đúng tên hoặc mã đơn vị."
        return None, f"Có {len(found)} đơn vị tên “{name}”; hãy ghi thêm mã đơn vị."

    def _same_name(self, unit, name):
        key = header_key(name)
        own = header_key(unit.name)
        return key in (own, self._short(own)) or self._short(key) == self._short(own)


def parse_report_date(cell, year):
    """A report date as dd/mm/yyyy text or a real date cell; returns a date."""
    value = cell.value
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, str):
        text = value.strip()
        match = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", text)
        iso = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text)
        try:
            if match:
                day, month, full_year = (int(part) for part in match.groups())
                value = date(full_year, month, day)
            elif iso:
                value = date(*(int(part) for part in iso.groups()))
        except ValueError:
            value = None
    if not isinstance(value, date):
        raise ValidationError(
            f"Ngày “{cell_text(cell)}” không hợp lệ; ghi theo dạng ngày/tháng/năm, "
            "ví dụ 05/01/2025."
        )
    if value > timezone.localdate():
        raise ValidationError(f"Ngày báo cáo {value:%d/%m/%Y} chưa đến.")
    if value.year < year:
        raise ValidationError(f"Ngày báo cáo {value:%d/%m/%Y} trước năm số liệu {year}.")
    return value


def parse_cell(indicator, cell):
    """A cell's value for an indicator: Decimal, or None when the cell is empty."""
    value = cell.value
    if value is None:
        return None
    if isinstance(value, bool):
        raise ValidationError("Ô chứa giá trị Đúng/Sai, không phải số.")
    if isinstance(value, (datetime, date)):
        raise ValidationError("Ô chứa ngày tháng, không phải số; hãy kiểm tra định dạng ô.")
    if isinstance(value, (int, float)):
        if isinstance(value, float) and not math.isfinite(value):
            raise ValidationError("Ô chứa lỗi tính toán, không phải số.")
        # Spreadsheets keep binary floats: 41.1 may come back as 41.099999999999994.
        number = Decimal(value) if isinstance(value, int) else Decimal(repr(round(value, 9)))
        if cell.percent:
            if indicator.unit_of_measure != "%":
                raise ValidationError(
                    f"Chỉ tiêu tính bằng {indicator.unit_of_measure}, không phải phần trăm."
                )
            number *= 100
        return clean_value(indicator, number)
    text = str(value).strip()
    if text in NO_VALUE:
        return None
    if text.startswith("#"):  # #VALUE!, #DIV/0!, #REF!
        raise ValidationError(f"Ô chứa lỗi công thức {text}.")
    if text.endswith("%"):
        if indicator.unit_of_measure != "%":
            raise ValidationError(
                f"Chỉ tiêu tính bằng {indicator.unit_of_measure}, không phải phần trăm."
            )
        text = text[:-1].strip()
    return clean_value(indicator, text)

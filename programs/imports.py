"""Importing a programme's yearly figures from a spreadsheet: plan (preview), then apply.

Two layouts are read, found by their header row wherever it sits in the first rows:
- the entry template: a row per unit, a column per indicator ("Mã đơn vị", "Tên đơn vị", …);
- one value per row: unit, indicator, value (optionally year, source, report date), as the
  admin export and the open-data CSV write them.
Every rule of the yearly entry screen applies; any problem rejects the whole file, and each
problem is reported with its row, column and reason.
"""

from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.core.exceptions import PermissionDenied, ValidationError

from portal.text import vi_number

from .import_cells import (
    IGNORED,
    INDICATOR,
    INDICATOR_CODE,
    METADATA,
    NO_VALUE,
    NUMBERING,
    REPORT_DATE,
    SOURCE,
    TOTAL_ROWS,
    UNIT_CODE,
    UNIT_NAME,
    VALUE,
    YEAR,
    UnitFinder,
    header_key,
    parse_cell,
    parse_report_date,
)
from .models import AdministrativeUnit, OfficialScope, Outcome
from .models.outcomes import validate_year
from .spreadsheets import cell_text, column_letter

HEADER_SCAN_ROWS = 30
MAX_PROBLEMS = 500
SOURCE_MAX = 300


@dataclass
class Problem:
    row: int | None
    column: str
    message: str

    def __str__(self):
        where = []
        if self.row:
            where.append(f"Dòng {self.row}")
        if self.column:
            where.append(f"cột {self.column}")
        return f"{', '.join(where)}: {self.message}" if where else self.message


@dataclass
class Item:
    unit: AdministrativeUnit
    indicator: object
    value: Decimal
    old: Decimal | None
    kind: str  # "new", "changed", "submit" (same value, sent for approval)
    source: str
    row: int


@dataclass
class ImportPlan:
    layout: str = ""
    rows: int = 0
    unchanged: int = 0
    items: list = field(default_factory=list)
    problems: list = field(default_factory=list)
    file_source: str = ""

    @property
    def created(self):
        return sum(1 for item in self.items if item.kind == "new")

    @property
    def changed(self):
        return len(self.items) - self.created

    def problem(self, row, column, message):
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(Problem(row, column, message))
        else:
            self.truncated = True

    truncated: bool = False


def import_scope(*, user, program):
    """The units a user may import for (None: all), or PermissionDenied with the reason."""
    if not (user.is_active and user.has_perm("programs.add_outcome")):
        raise PermissionDenied("Bạn không có quyền nhập số liệu.")
    if user.is_superuser:
        return None
    scope = OfficialScope.objects.filter(user=user).first()
    if scope is None:
        raise PermissionDenied("Bạn chưa được phân công nhập số liệu cho địa bàn nào.")
    if not scope.programs.filter(pk=program.pk).exists():
        raise PermissionDenied(f"Bạn không được phân công nhập số liệu của “{program.name}”.")
    return set(scope.units.values_list("pk", flat=True))


class Reader:
    """Walks the rows of one file and fills an ImportPlan."""

    def __init__(self, *, program, year, indicators, allowed_units, source_text, submit):
        self.program, self.year, self.indicators = program, year, indicators
        self.allowed = allowed_units
        self.source_text = (source_text or "").strip()
        self.submit = submit
        self.plan = ImportPlan()
        self.units = UnitFinder(year)
        self.by_header = self._indicator_keys()
        self.columns = None  # role -> index, and index -> indicator for the grid
        self.default_source = ""
        self.seen = {}
        self.existing = {
            (unit_id, indicator_id): (value, status)
            for unit_id, indicator_id, value, status in Outcome.objects.filter(
                indicator__in=indicators, year=year
            ).values_list("unit_id", "indicator_id", "value", "status")
        }

    def _indicator_keys(self):
        keys, clashes = {}, set()
        for indicator in self.indicators:
            own = {
                header_key(indicator.name),
                header_key(str(indicator)),
                header_key(indicator.code),
                indicator.code.lower(),
            }
            for key in own:
                if key in keys and keys[key] != indicator:
                    clashes.add(key)
                keys[key] = indicator
        for key in clashes:
            keys.pop(key)
        for indicator in self.indicators:  # a code always identifies its indicator
            keys[indicator.code.lower()] = indicator
        return keys

    def read(self, rows):
        for number, cells in rows:
            if self.columns is None:
                if number > HEADER_SCAN_ROWS:
                    break
                self._before_header(number, cells)
                if self.columns is None and self.plan.problems:
                    return self.plan  # the file is for another programme or year
                continue
            if all(cell_text(cell) == "" for cell in cells):
                continue
            self.plan.rows += 1
            if self.plan.layout == "grid":
                self._grid_row(number, cells)
            else:
                self._long_row(number, cells)
        if self.columns is None:
            self.plan.problem(
                None,
                "",
                "Không tìm thấy dòng tiêu đề: cần cột “Mã đơn vị” hoặc “Tên đơn vị” và các "
                "cột chỉ tiêu của chương trình, như trong biểu mẫu tải về.",
            )
        elif not self.plan.items and not self.plan.unchanged and not self.plan.problems:
            self.plan.problem(None, "", "Tệp không có số liệu nào để nhập.")
        return self.plan

    # --- header ---------------------------------------------------------------------

    def _before_header(self, number, cells):
        texts = [cell_text(cell) for cell in cells]
        keys = [header_key(text) for text in texts]
        filled = sum(1 for text in texts if text)
        if filled <= 2 and len(keys) >= 2 and keys[0] in METADATA:
            self._metadata(number, keys[0], texts[1], cells[1])
            return
        roles = {}
        for index, key in enumerate(keys):
            for role, names in (
                ("unit_code", UNIT_CODE),
                ("unit_name", UNIT_NAME),
                ("value", VALUE),
                ("year", YEAR),
                ("source", SOURCE),
                ("date", REPORT_DATE),
            ):
                if key in names and role not in roles:
                    roles[role] = index
            if key in INDICATOR and (
                "indicator" not in roles or key in INDICATOR_CODE
            ):  # a code column wins over a name column
                roles["indicator"] = index
        if "unit_code" not in roles and "unit_name" not in roles:
            return
        if "indicator" in roles and "value" in roles:
            self.plan.layout, self.columns = "long", roles
            self._check_default_source(number)
            return
        grid = {}
        for index, key in enumerate(keys):
            if not key or index in roles.values():
                continue
            indicator = self.by_header.get(key)
            if indicator is None and key not in IGNORED:
                self.plan.problem(
                    number,
                    self._column(index, texts[index]),
                    f"Cột này không khớp chỉ tiêu nào của “{self.program.name}”.",
                )
            elif indicator is not None and indicator in grid.values():
                self.plan.problem(
                    number, self._column(index, texts[index]), "Chỉ tiêu này có hai cột."
                )
            elif indicator is not None:
                grid[index] = indicator
        if grid or self.plan.problems:
            self.plan.layout, self.columns = "grid", {**roles, "grid": grid}
            self.headers = texts
            self._check_default_source(number)

    def _check_default_source(self, number):
        self.default_source = self.source_text or self.plan.file_source
        if not self.default_source and "source" not in self.columns:
            self.plan.problem(
                None,
                "",
                "Cần ghi nguồn số liệu: điền ô “Nguồn số liệu” khi tải lên, hoặc ô “Nguồn số "
                "liệu” trong biểu mẫu, hoặc thêm cột Nguồn.",
            )

    def _metadata(self, number, key, text, cell):
        if key == "ma chuong trinh" and text and text != self.program.slug:
            self.plan.problem(
                number,
                "B",
                f"Tệp là biểu của chương trình “{text}”, không phải “{self.program.name}”.",
            )
        elif key == "nam" and text and text != str(self.year):
            self.plan.problem(
                number, "B", f"Tệp là biểu năm {text}, không phải năm {self.year} đang nhập."
            )
        elif key == "nguon so lieu":
            self.plan.file_source = text[:SOURCE_MAX]

    def _column(self, index, header=""):
        letter = column_letter(index)
        return f"{letter} ({header})" if header else letter

    # --- rows -----------------------------------------------------------------------

    def _get(self, cells, role):
        index = self.columns.get(role)
        if index is None or index >= len(cells):
            return None
        return cells[index]

    def _unit(self, number, cells):
        code = cell_text(self._get(cells, "unit_code"))
        if code.endswith(".0") and code[:-2].isdigit():  # a numeric code cell read as float
            code = code[:-2]
        name = cell_text(self._get(cells, "unit_name"))
        if not code and not name:
            self.plan.problem(number, "", "Thiếu mã hoặc tên đơn vị.")
            return None
        unit, reason = self.units.find(code, name)
        column = self._column(self.columns["unit_code" if code else "unit_name"])
        if unit is None:
            key = header_key(name)
            if not code and (key in TOTAL_ROWS or key.startswith("tong cong ")):
                return None  # totals are computed by the portal, never imported
            self.plan.problem(number, column, reason)
            return None
        if self.allowed is not None and unit.pk not in self.allowed:
            self.plan.problem(
                number, column, f"Bạn không được phân công nhập số liệu cho {unit.name}."
            )
            return None
        return unit

    def _row_source(self, number, cells):
        """The row's source: its Nguồn cell or the file's, with the report date if given."""
        source = cell_text(self._get(cells, "source")) or self.default_source
        date_cell = self._get(cells, "date")
        if date_cell is not None and cell_text(date_cell):
            try:
                day = parse_report_date(date_cell, self.year)
            except ValidationError as error:
                self.plan.problem(number, self._column(self.columns["date"]), error.messages[0])
                return source
            source = f"{source}, ngày {day:%d/%m/%Y}" if source else f"Báo cáo ngày {day:%d/%m/%Y}"
        if not source and "source" in self.columns:
            self.plan.problem(number, self._column(self.columns["source"]), "Thiếu nguồn số liệu.")
        return source[:SOURCE_MAX]

    def _grid_row(self, number, cells):
        filled = [
            index
            for index in self.columns["grid"]
            if index < len(cells) and cell_text(cells[index]) not in NO_VALUE
        ]
        if not filled or self._is_numbering(cells):
            return  # signatures, notes, "(1) (2) (3)" under the header: nothing to import
        unit = self._unit(number, cells)
        if unit is None:
            return
        source = None
        for index, indicator in self.columns["grid"].items():
            cell = cells[index] if index < len(cells) else None
            if cell is None or cell_text(cell) in NO_VALUE:
                continue
            if source is None:
                source = self._row_source(number, cells)
            column = self._column(index, self.headers[index])
            self._value(number, column, unit, indicator, cell, source)

    @staticmethod
    def _is_numbering(cells):
        texts = [header_key(cell_text(cell)) for cell in cells if cell_text(cell)]
        return len(texts) > 2 and all(NUMBERING.fullmatch(text) for text in texts)

    def _long_row(self, number, cells):
        value_cell = self._get(cells, "value")
        if value_cell is None or cell_text(value_cell) in NO_VALUE:
            return
        year_cell = self._get(cells, "year")
        if year_cell is not None and cell_text(year_cell):
            text = cell_text(year_cell).removesuffix(".0")
            if text != str(self.year):
                self.plan.problem(
                    number,
                    self._column(self.columns["year"]),
                    f"Dòng của năm {text}, không phải năm {self.year} đang nhập.",
                )
                return
        unit = self._unit(number, cells)
        if unit is None:
            return
        indicator_text = cell_text(self._get(cells, "indicator"))
        indicator = self.by_header.get(indicator_text.lower()) or self.by_header.get(
            header_key(indicator_text)
        )
        column = self._column(self.columns["indicator"])
        if indicator is None:
            self.plan.problem(
                number,
                column,
                f"“{indicator_text}” không phải chỉ tiêu của “{self.program.name}”.",
            )
            return
        source = self._row_source(number, cells)
        column = self._column(self.columns["value"])
        self._value(number, column, unit, indicator, value_cell, source)

    def _value(self, number, column, unit, indicator, cell, source):
        key = (unit.pk, indicator.pk)
        if key in self.seen:
            self.plan.problem(
                number,
                column,
                f"{unit.name} – {indicator.name} đã có ở dòng {self.seen[key]}.",
            )
            return
        self.seen[key] = number
        try:
            value = parse_cell(indicator, cell)
        except (ValidationError, InvalidOperation) as error:
            message = error.messages[0] if isinstance(error, ValidationError) else "Không phải số."
            self.plan.problem(number, column, message)
            return
        if value is None:
            return
        old, status = self.existing.get(key, (None, None))
        same = old is not None and old == value
        if status in (Outcome.Status.APPROVED, Outcome.Status.SUBMITTED):
            if not same:
                verb = "đã được duyệt" if status == Outcome.Status.APPROVED else "đang chờ duyệt"
                self.plan.problem(
                    number,
                    column,
                    f"Số liệu {verb} ({vi_number(old, indicator.decimals)}); muốn thay đổi phải "
                    + ("đính chính." if status == Outcome.Status.APPROVED else "chờ trả lại."),
                )
            else:
                self.plan.unchanged += 1
            return
        if same and not self.submit:
            self.plan.unchanged += 1
            return
        kind = "new" if old is None else ("submit" if same else "changed")
        self.plan.items.append(Item(unit, indicator, value, old, kind, source, number))


def plan_import(*, user, program, year, rows, source_text="", submit=False):
    """Read every row and return the plan: what would change, or every problem found."""
    allowed = import_scope(user=user, program=program)
    if submit and not user.has_perm("programs.submit_outcome"):
        raise PermissionDenied("Bạn không có quyền gửi duyệt số liệu.")
    plan = ImportPlan()
    try:
        validate_year(year, program)
    except ValidationError as error:
        plan.problem(None, "", error.messages[0])
        return plan
    indicators = list(program.indicators.all())
    if not indicators:
        plan.problem(None, "", f"“{program.name}” chưa có chỉ tiêu nào.")
        return plan
    reader = Reader(
        program=program,
        year=year,
        indicators=indicators,
        allowed_units=allowed,
        source_text=source_text,
        submit=submit,
    )
    return reader.read(rows)

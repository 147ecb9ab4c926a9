"""Open-data downloads of approved figures: one row definition shared by CSV and JSON.

Only approved values of public programmes and campaigns leave the site. The CSV stays a pure
table (UTF-8 with a BOM so Excel shows Vietnamese); the licence travels in a `Link: <...>;
rel="license"` header, in the JSON metadata and on the open-data page, so no comment line or
repeated column gets in the way of CSV readers.
"""

import csv
import io
import json
import re
from dataclasses import dataclass

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.db.models import Count, F, OuterRef, Subquery
from django.http import HttpResponse, HttpResponseBadRequest, StreamingHttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone

from portal.models import SiteSettings
from portal.text import spreadsheet_safe

from .models import Outcome, OutcomeCorrection, SupportProgram
from .models.outcomes import MAX_YEAR, MIN_YEAR

BOM = b"\xef\xbb\xbf"
CSV_CHUNK_ROWS = 500  # rows per chunk sent to the client: flat memory on large tables
DB_CHUNK_SIZE = 2000


@dataclass(frozen=True)
class Field:
    name: str
    description: str


# The columns of every download, in order: CSV header, JSON item keys and the data dictionary.
FIELDS = [
    Field("year", "Năm của số liệu (số nguyên, ví dụ 2023)."),
    Field(
        "campaign",
        "Mã (đường dẫn) của phong trào thi đua mà chỉ tiêu thuộc về; "
        "để trống nếu chương trình không thuộc phong trào công khai nào.",
    ),
    Field(
        "program",
        "Mã (đường dẫn) của chương trình hỗ trợ; để trống với chỉ tiêu chung của cả phong trào.",
    ),
    Field("indicator_code", "Mã ổn định của chỉ tiêu, không đổi khi tên chỉ tiêu được sửa."),
    Field("indicator_name", "Tên chỉ tiêu."),
    Field("unit_of_measure", "Đơn vị tính của giá trị: hộ, người, căn, triệu đồng, %…"),
    Field(
        "unit_code",
        "Mã đơn vị hành chính theo danh mục của Tổng cục Thống kê; để trống nếu chưa có mã.",
    ),
    Field("unit_name", "Tên địa bàn."),
    Field("unit_level", "Cấp địa bàn: tinh (tỉnh, thành phố), huyen (huyện, thị xã), xa (xã)."),
    Field(
        "value",
        "Giá trị đã duyệt, viết cho máy đọc: dấu chấm ngăn phần thập phân, không có dấu ngăn "
        "cách hàng nghìn, đủ số chữ số thập phân của chỉ tiêu (ví dụ 34960 hoặc 1.86). "
        "Trong JSON là chuỗi ký tự để giữ đúng số chữ số.",
    ),
    Field(
        "numerator",
        "Tử số của tỷ lệ, nếu có; cùng cách viết với value (chuỗi ký tự trong JSON).",
    ),
    Field(
        "denominator",
        "Mẫu số của tỷ lệ, nếu có; cùng cách viết với value (chuỗi ký tự trong JSON).",
    ),
    Field(
        "is_illustrative",
        "true nếu là số liệu minh họa của bản trình diễn, không phải số liệu thống kê thật; "
        "false nếu là số liệu thật.",
    ),
    Field("source", "Nguồn số liệu: văn bản (loại, số và ký hiệu) và/hoặc ghi chú nguồn."),
    Field("approved_at", "Ngày duyệt số liệu, dạng ISO 8601 (YYYY-MM-DD), theo giờ Việt Nam."),
    Field("corrected", "true nếu giá trị đã được đính chính sau khi duyệt, ngược lại false."),
    Field(
        "last_corrected_at",
        "Ngày đính chính gần nhất, dạng ISO 8601 (YYYY-MM-DD); để trống nếu chưa đính chính.",
    ),
]
FIELD_NAMES = [field.name for field in FIELDS]


def public_outcomes():
    return Outcome.objects.public()


def _prepared(outcomes):
    last_correction = (
        OutcomeCorrection.objects.filter(outcome=OuterRef("pk"))
        .order_by("-corrected_at")
        .values("corrected_at")[:1]
    )
    return (
        outcomes.select_related(
            "indicator__program__campaign",
            "indicator__campaign",
            "unit",
            "source_document__doc_type",
        )
        .annotate(last_corrected_at=Subquery(last_correction))
        .order_by(
            # Campaign-wide indicators first, as on /so-lieu/, then each programme in turn.
            F("indicator__program__position").asc(nulls_first=True),
            F("indicator__program__slug").asc(nulls_first=True),
            F("indicator__campaign__position").asc(nulls_first=True),
            F("indicator__campaign__slug").asc(nulls_first=True),
            "indicator__position",
            "indicator__code",
            "unit__position",
            "unit__pk",
            "year",
        )
    )


def _number(value, decimals=None):
    """ "34960", "1.86": a dot for decimals and no grouping, whatever the locale."""
    if value is None:
        return None
    if decimals is None:
        value = value.normalize()  # numerators are stored with four decimals: drop the zeros
    return f"{value:f}"


def _date(value):
    return timezone.localtime(value).date().isoformat() if value else None


def _source(outcome):
    parts = [
        str(outcome.source_document) if outcome.source_document_id else "",
        outcome.source_text,
    ]
    return "; ".join(part for part in parts if part)


def rows(outcomes):
    """One dict per value, keys in FIELDS order; the query runs once, read in chunks."""
    for outcome in _prepared(outcomes).iterator(chunk_size=DB_CHUNK_SIZE):
        indicator = outcome.indicator
        program = indicator.program
        campaign = program.campaign if program else indicator.campaign
        yield {
            "year": outcome.year,
            # A public programme may belong to a campaign not yet announced: keep its name back.
            "campaign": campaign.slug if campaign and campaign.is_public else None,
            "program": program.slug if program else None,
            "indicator_code": indicator.code,
            "indicator_name": indicator.name,
            "unit_of_measure": indicator.unit_of_measure,
            "unit_code": outcome.unit.code or None,
            "unit_name": outcome.unit.name,
            "unit_level": outcome.unit.level,
            "value": _number(indicator.quantize(outcome.value), indicator.decimals),
            "numerator": _number(outcome.numerator),
            "denominator": _number(outcome.denominator),
            "is_illustrative": outcome.is_illustrative,
            "source": _source(outcome),
            "approved_at": _date(outcome.approved_at),
            "corrected": outcome.last_corrected_at is not None,
            "last_corrected_at": _date(outcome.last_corrected_at),
        }


def _csv_cell(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return spreadsheet_safe(value)


def _csv_chunks(row_iter):
    """The BOM and header, then the rows a chunk at a time: memory stays flat."""
    yield BOM
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=FIELD_NAMES, lineterminator="\r\n")
    writer.writeheader()
    for n, row in enumerate(row_iter, 1):
        writer.writerow({name: _csv_cell(value) for name, value in row.items()})
        if n % CSV_CHUNK_ROWS == 0:
            yield _take(buffer)
    yield _take(buffer)


def _take(buffer):
    text = buffer.getvalue()
    buffer.seek(0)
    buffer.truncate()
    return text.encode()


def _license_headers(response, request):
    open_data = request.build_absolute_uri(reverse("programs:open_data"))
    response["Link"] = (
        f'<{settings.OPEN_DATA_LICENSE_URL}>; rel="license", <{open_data}>; rel="describedby"'
    )
    # Public, read-only and cookie-free: any site may fetch it from a browser.
    response["Access-Control-Allow-Origin"] = "*"
    return response


def csv_response(outcomes, *, request, filename):
    response = StreamingHttpResponse(
        _csv_chunks(rows(outcomes)), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = (
        f"attachment; filename=\"{filename}\"; filename*=UTF-8''{filename}"
    )
    return _license_headers(response, request)


def json_response(outcomes, *, request, title, source_url):
    items = list(rows(outcomes))
    document = {
        "title": title,
        "license": settings.OPEN_DATA_LICENSE,
        "license_url": settings.OPEN_DATA_LICENSE_URL,
        "publisher": SiteSettings.current().department_name,
        "source_url": request.build_absolute_uri(source_url),
        "generated_at": timezone.localtime().isoformat(timespec="seconds"),
        "count": len(items),
        "fields": [{"name": field.name, "description": field.description} for field in FIELDS],
        "items": items,
    }
    response = HttpResponse(
        json.dumps(document, ensure_ascii=False), content_type="application/json; charset=utf-8"
    )
    return _license_headers(response, request)


def _year(request):
    text = request.GET.get("nam", "").strip()
    if not text:
        return None
    if not re.fullmatch(r"[0-9]{4}", text) or not MIN_YEAR <= int(text) <= MAX_YEAR:
        raise ValueError(text)
    return int(text)


def download(request, *, fmt, slug=None):
    """/so-lieu/du-lieu.csv|json and /chuong-trinh/<slug>/du-lieu.csv|json, `?nam=2023`."""
    outcomes = public_outcomes()
    if slug is None:
        name, source_url = "so-lieu", reverse("programs:figures")
        title = "Số liệu kết quả các phong trào thi đua, chương trình hỗ trợ"
    else:
        program = get_object_or_404(SupportProgram.objects.filter(is_public=True), slug=slug)
        outcomes = outcomes.filter(indicator__program=program)
        name, source_url = f"so-lieu-{program.slug}", program.get_absolute_url()
        title = f"Số liệu kết quả: {program.name}"
    try:
        year = _year(request)
    except ValueError:
        return HttpResponseBadRequest(
            f"Tham số nam không hợp lệ: cần một năm gồm bốn chữ số, từ {MIN_YEAR} đến "
            f"{MAX_YEAR}, ví dụ ?nam=2023.",
            content_type="text/plain; charset=utf-8",
        )
    if year is not None:
        outcomes = outcomes.filter(year=year)
        name, title = f"{name}-{year}", f"{title}, năm {year}"
    if fmt == "csv":
        return csv_response(outcomes, request=request, filename=f"{name}.csv")
    return json_response(outcomes, request=request, title=title, source_url=source_url)


@dataclass
class Dataset:
    title: str
    csv_url: str
    json_url: str
    count: int
    page_url: str = ""


def datasets():
    """All figures, then one line per public programme, with their number of values."""
    counts = dict(
        public_outcomes().order_by().values_list("indicator__program").annotate(count=Count("pk"))
    )
    programs = SupportProgram.objects.filter(is_public=True).order_by("position", "name")
    result = [
        Dataset(
            "Toàn bộ số liệu đã duyệt",
            reverse("programs:figures_csv"),
            reverse("programs:figures_json"),
            sum(counts.values()),
            reverse("programs:figures"),
        )
    ]
    for program in programs:
        result.append(
            Dataset(
                program.name,
                reverse("programs:program_csv", kwargs={"slug": program.slug}),
                reverse("programs:program_json", kwargs={"slug": program.slug}),
                counts.get(program.pk, 0),
                program.get_absolute_url(),
            )
        )
    return result


class OpenDataSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.5

    def items(self):
        return ["programs:open_data"]

    def location(self, item):
        return reverse(item)

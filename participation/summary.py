"""Per-page results of "Thông tin này có hữu ích không?" for the admin page and its CSV."""

import csv
from datetime import datetime, time, timedelta

from django import forms
from django.db.models import Count, F, FloatField, Max, Q
from django.db.models.functions import Cast, Coalesce
from django.utils import timezone

from articles.models import Article
from portal.text import spreadsheet_safe, vi_number
from programs.models import SupportProgram

from .models import TARGETS, PageFeedback

# (key, column title); every column sorts, by `?o=key` or `?o=-key`.
COLUMNS = [
    ("title", "Trang"),
    ("yes", "Số lượt “Có”"),
    ("no", "Số lượt “Không”"),
    ("ratio", "Tỷ lệ hữu ích"),
    ("comments", "Số góp ý"),
    ("last", "Lần đánh giá cuối"),
]
DEFAULT_ORDER = "-last"
ORDERS = [key for key, _ in COLUMNS] + [f"-{key}" for key, _ in COLUMNS]


class SummaryFilterForm(forms.Form):
    kind = forms.ChoiceField(
        label="Loại trang",
        required=False,
        choices=[("", "Tất cả")] + [(key, t.label) for key, t in TARGETS.items()],
    )
    since = forms.DateField(
        label="Từ ngày", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    until = forms.DateField(
        label="Đến ngày", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    o = forms.ChoiceField(
        required=False, choices=[(o, o) for o in ORDERS], widget=forms.HiddenInput
    )

    def clean(self):
        cleaned = super().clean()
        since, until = cleaned.get("since"), cleaned.get("until")
        if since and until and since > until:
            raise forms.ValidationError("“Từ ngày” phải trước hoặc trùng “Đến ngày”.")
        return cleaned

    def filters(self):
        """kind, since, until from a valid form; no filter at all otherwise."""
        if not self.is_bound or not self.is_valid():
            return {"kind": "", "since": None, "until": None}
        return {key: self.cleaned_data[key] for key in ("kind", "since", "until")}

    def order(self):
        if self.is_bound and self.is_valid() and self.cleaned_data["o"]:
            return self.cleaned_data["o"]
        return DEFAULT_ORDER


def _start_of(day):
    # Days are the site's days (Asia/Ho_Chi_Minh), as staff read them.
    return datetime.combine(day, time.min, tzinfo=timezone.get_default_timezone())


def ratings(*, kind="", since=None, until=None):
    """The individual ratings matching the filters."""
    found = PageFeedback.objects.all()
    if kind:
        found = found.filter(**{f"{TARGETS[kind].field}__isnull": False})
    if since:
        found = found.filter(created_at__gte=_start_of(since))
    if until:
        found = found.filter(created_at__lt=_start_of(until + timedelta(days=1)))
    return found


def per_page(found, order=DEFAULT_ORDER):
    """One row per rated page: yes, no, ratio of yes, comments and the last rating."""
    key = order.lstrip("-")
    sort = F(key).desc(nulls_last=True) if order.startswith("-") else F(key).asc()
    return (
        found.annotate(title=Coalesce("article__title", "program__name"))
        .values("article", "program", "title")
        .annotate(
            yes=Count("pk", filter=Q(useful=True)),
            no=Count("pk", filter=Q(useful=False)),
            comments=Count("pk", filter=~Q(comment="")),
            last=Max("created_at"),
        )
        .annotate(ratio=Cast("yes", FloatField()) / Cast(F("yes") + F("no"), FloatField()))
        .order_by(sort, "title", "article", "program")
    )


def totals(found):
    counts = found.aggregate(
        yes=Count("pk", filter=Q(useful=True)),
        no=Count("pk", filter=Q(useful=False)),
        comments=Count("pk", filter=~Q(comment="")),
    )
    counts["total"] = counts["yes"] + counts["no"]
    counts["ratio_label"] = ratio_label(counts["yes"], counts["total"])
    return counts


def ratio_label(yes, total):
    return f"{vi_number(100 * yes / total, 1)}%" if total else "–"


def with_pages(rows):
    """The rows of one page of the summary, each with its page, kind and public URL."""
    rows = [dict(row) for row in rows]
    articles = Article.objects.select_related("category").in_bulk(
        [row["article"] for row in rows if row["article"]]
    )
    programs = SupportProgram.objects.in_bulk([row["program"] for row in rows if row["program"]])
    for row in rows:
        if row["article"]:
            row["page"], row["kind"] = articles.get(row["article"]), TARGETS["bai-viet"].label
        else:
            row["page"], row["kind"] = programs.get(row["program"]), TARGETS["chuong-trinh"].label
        row["url"] = row["page"].get_absolute_url() if row["page"] else ""
        row["total"] = row["yes"] + row["no"]
        row["ratio_label"] = ratio_label(row["yes"], row["total"])
    return rows


CSV_HEADER = [
    "Loại trang",
    "Trang",
    "Địa chỉ",
    "Số lượt “Có”",
    "Số lượt “Không”",
    "Tổng số lượt",
    "Tỷ lệ hữu ích",
    "Số góp ý",
    "Lần đánh giá cuối",
]


def write_csv(out, rows, absolute):
    """The summary as CSV for Excel: UTF-8 with a BOM, text cells never read as formulas."""
    out.write("\ufeff")
    writer = csv.writer(out)
    writer.writerow(CSV_HEADER)
    for row in rows:
        writer.writerow(
            [
                row["kind"],
                spreadsheet_safe(row["title"]),
                absolute(row["url"]) if row["url"] else "",
                row["yes"],
                row["no"],
                row["total"],
                row["ratio_label"],
                row["comments"],
                timezone.localtime(row["last"]).strftime("%d/%m/%Y %H:%M"),
            ]
        )

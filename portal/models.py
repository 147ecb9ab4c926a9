from django.core.cache import cache
from django.db import models

from .images import ImageField

CACHE_KEY = "portal:site-settings"


def user_stamp(verbose_name):
    """A "who did it" column: kept when the account is deleted, never edited by hand."""
    from django.conf import settings

    return models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
        verbose_name=verbose_name,
    )


class HttpsURLField(models.URLField):
    """A URL field whose form assumes https:// when the scheme is left out."""

    def formfield(self, **kwargs):
        return super().formfield(**{"assume_scheme": "https", **kwargs})


class SiteSettings(models.Model):
    """The one row that names the department and fills the header and footer."""

    department_name = models.CharField("tên cơ quan", max_length=200)
    parent_body = models.CharField(
        "cơ quan chủ quản", max_length=200, blank=True, help_text="Ví dụ: Ủy ban nhân dân tỉnh …"
    )
    logo = ImageField(
        "biểu trưng (logo)", upload_to="site/", blank=True, help_text="Ảnh PNG hoặc JPEG, vuông."
    )
    welcome_line = models.CharField("dòng chào mừng", max_length=300, blank=True)
    address = models.CharField("địa chỉ", max_length=300, blank=True)
    phone = models.CharField("điện thoại", max_length=50, blank=True)
    hotline = models.CharField("đường dây nóng", max_length=50, blank=True)
    email = models.EmailField("thư điện tử", blank=True)
    licence_line = models.CharField(
        "giấy phép", max_length=300, blank=True, help_text="Số giấy phép thiết lập trang tin."
    )
    person_responsible = models.CharField("người chịu trách nhiệm", max_length=200, blank=True)
    one_stop_url = HttpsURLField(
        "địa chỉ Một cửa điện tử",
        blank=True,
        help_text="Cổng dịch vụ công quốc gia hoặc của tỉnh, ví dụ https://dichvucong.gov.vn/",
    )
    one_stop_label = models.CharField(
        "tên liên kết Một cửa điện tử", max_length=100, default="Một cửa điện tử"
    )
    footer_note = models.TextField("ghi chú chân trang", blank=True)
    mourning_mode = models.BooleanField(
        "chế độ để tang",
        default=False,
        help_text="Trong những ngày Quốc tang, toàn bộ trang công khai hiển thị màu xám.",
    )
    show_visit_stats = models.BooleanField(
        "hiện thống kê truy cập",
        default=True,
        help_text="Số người đang truy cập, hôm nay, tháng này, tổng số.",
    )
    updated_at = models.DateTimeField("cập nhật lúc", auto_now=True)

    class Meta:
        verbose_name = "cấu hình trang"
        verbose_name_plural = "cấu hình trang"

    def __str__(self):
        return self.department_name

    @classmethod
    def current(cls):
        """The settings row, cached; an unsaved default when none exists yet."""
        settings = cache.get(CACHE_KEY)
        if settings is None:
            settings = cls.objects.order_by("pk").first() or cls(
                department_name="Cổng thông tin điện tử"
            )
            cache.set(CACHE_KEY, settings, 300)
        return settings


class VisitDay(models.Model):
    """Page views of one day (Vietnam time), written in batches by portal/visits.py."""

    date = models.DateField("ngày", unique=True)
    views = models.PositiveBigIntegerField("lượt xem trang", default=0)

    class Meta:
        verbose_name = "lượt truy cập theo ngày"
        verbose_name_plural = "lượt truy cập theo ngày"
        ordering = ["-date"]

    def __str__(self):
        return f"{self.date:%d/%m/%Y}: {self.views}"


def strip_tags_text(html):
    """Readable text of rich HTML for the index: tags dropped, entities decoded, spaces joined."""
    import html as html_module
    import re

    from django.utils.html import strip_tags

    text = html_module.unescape(
        strip_tags(re.sub(r"<(br|/p|/li|/h\d|/td|/tr)[^>]*>", " ", html or ""))
    )
    return re.sub(r"\s+", " ", text).strip()


class SearchEntry(models.Model):
    """One searchable thing (article, document, procedure, programme, …) in folded text.

    Fed by portal.search from each app's builder; never edited by hand.
    """

    kind = models.CharField("loại", max_length=20)
    object_id = models.PositiveBigIntegerField()
    title = models.CharField(max_length=500)
    summary = models.TextField(blank=True)
    body = models.TextField(blank=True)
    url = models.CharField(max_length=500)
    date = models.DateTimeField(null=True, blank=True)
    year = models.PositiveSmallIntegerField(null=True, blank=True)
    is_public = models.BooleanField(default=True)
    public_from = models.DateTimeField(null=True, blank=True)
    number_key = models.CharField(max_length=60, blank=True, db_index=True)
    title_folded = models.CharField(max_length=500)
    summary_folded = models.TextField(blank=True)
    body_folded = models.TextField(blank=True)

    class Meta:
        verbose_name = "mục chỉ mục tìm kiếm"
        verbose_name_plural = "chỉ mục tìm kiếm"
        constraints = [
            models.UniqueConstraint(fields=["kind", "object_id"], name="search_entry_unique")
        ]
        indexes = [models.Index(fields=["is_public", "kind", "year"], name="search_filter_idx")]

    def __str__(self):
        return self.title


def search_vector():
    """Weighted full-text vector over the folded columns (PostgreSQL only)."""
    from django.contrib.postgres.search import SearchVector

    return (
        SearchVector("title_folded", weight="A", config="portal_vi")
        + SearchVector("summary_folded", weight="B", config="portal_vi")
        + SearchVector("body_folded", weight="C", config="portal_vi")
    )

from django.conf import settings
from django.db import models
from django.db.models import Q

from .campaigns import SupportProgram


class OutcomeImport(models.Model):
    """One spreadsheet an official loaded: what it would change, then what it changed.

    The preview stores the planned writes, so confirming does not need the file again; the
    row stays as the record of who imported which file, when, and with what counts.
    """

    class Status(models.TextChoices):
        PREVIEW = "preview", "Chờ xác nhận"
        APPLIED = "applied", "Đã nhập"
        CANCELLED = "cancelled", "Đã hủy"

    program = models.ForeignKey(
        SupportProgram, on_delete=models.PROTECT, related_name="+", verbose_name="chương trình"
    )
    year = models.PositiveSmallIntegerField("năm")
    file_name = models.CharField("tên tệp", max_length=200)
    source_text = models.CharField("nguồn", max_length=300)
    submit = models.BooleanField("gửi duyệt ngay", default=False)
    status = models.CharField(
        "trạng thái", max_length=10, choices=Status.choices, default=Status.PREVIEW
    )
    rows = models.PositiveIntegerField("số dòng dữ liệu", default=0)
    created = models.PositiveIntegerField("số liệu mới", default=0)
    changed = models.PositiveIntegerField("số liệu thay đổi", default=0)
    unchanged = models.PositiveIntegerField("số liệu không đổi", default=0)
    # [[unit_id, indicator_id, "value", "old value or empty", source, kind], ...] as planned
    # at preview; kind is "new", "changed" or "submit" (same value sent for approval).
    plan = models.JSONField("thay đổi dự kiến", default=list, blank=True, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name="người nhập",
    )
    created_at = models.DateTimeField("tải lên lúc", auto_now_add=True)
    applied_at = models.DateTimeField("nhập lúc", null=True, blank=True)

    class Meta:
        verbose_name = "lần nhập số liệu từ tệp"
        verbose_name_plural = "lịch sử nhập số liệu từ tệp"
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(status="applied") | Q(applied_at__isnull=False),
                name="outcome_import_applied_has_time",
            ),
        ]

    def __str__(self):
        return f"{self.file_name} ({self.program}, {self.year})"

    @property
    def change_reason(self):
        return f"Nhập từ tệp {self.file_name} (lần nhập số {self.pk})"

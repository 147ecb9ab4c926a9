from django.db import models
from django.db.models import Q


class AdministrativeUnitQuerySet(models.QuerySet):
    def valid_in(self, year):
        """Units that existed at some point of `year` (districts up to mid-2025, ...)."""
        return self.filter(
            Q(valid_from__isnull=True) | Q(valid_from__year__lte=year),
            Q(valid_until__isnull=True) | Q(valid_until__year__gte=year),
        )


class AdministrativeUnit(models.Model):
    """A province, district or commune, with the dates it existed.

    The 2025 reform ended the district level and merged provinces: a district keeps its row
    and its figures, with `valid_until` set and its successors linked.
    """

    class Level(models.TextChoices):
        PROVINCE = "tinh", "Tỉnh, thành phố trực thuộc trung ương"
        DISTRICT = "huyen", "Huyện, quận, thị xã, thành phố thuộc tỉnh"
        COMMUNE = "xa", "Xã, phường, thị trấn"

    name = models.CharField("tên", max_length=150)
    code = models.CharField(
        "mã đơn vị hành chính",
        max_length=10,
        blank=True,
        help_text="Mã theo danh mục đơn vị hành chính của Tổng cục Thống kê.",
    )
    level = models.CharField("cấp", max_length=5, choices=Level.choices)
    parent = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
        verbose_name="trực thuộc",
    )
    valid_from = models.DateField("có từ ngày", null=True, blank=True)
    valid_until = models.DateField(
        "hết tồn tại từ sau ngày",
        null=True,
        blank=True,
        help_text="Ngày cuối cùng đơn vị tồn tại (ví dụ 30/06/2025 với cấp huyện).",
    )
    successors = models.ManyToManyField(
        "self",
        symmetrical=False,
        blank=True,
        related_name="predecessors",
        verbose_name="đơn vị kế thừa",
    )
    position = models.PositiveSmallIntegerField("thứ tự", default=0)

    objects = AdministrativeUnitQuerySet.as_manager()

    class Meta:
        verbose_name = "đơn vị hành chính"
        verbose_name_plural = "đơn vị hành chính"
        ordering = ["position", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["code"], condition=~Q(code=""), name="unit_unique_code"
            ),
            models.CheckConstraint(
                condition=Q(valid_from__isnull=True)
                | Q(valid_until__isnull=True)
                | Q(valid_until__gte=models.F("valid_from")),
                name="unit_valid_period",
            ),
        ]

    LEVEL_RANK = {"tinh": 0, "huyen": 1, "xa": 2}

    def __str__(self):
        if self.valid_until:
            return f"{self.name} (đến {self.valid_until:%m/%Y})"
        return self.name

    @property
    def sort_key(self):
        """Province first, then districts, then communes, each in their configured order."""
        return (self.LEVEL_RANK.get(self.level, 9), self.position, self.name)

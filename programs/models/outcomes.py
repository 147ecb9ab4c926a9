from decimal import ROUND_HALF_UP, Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from simple_history.models import HistoricalRecords

from documents.models import LegalDocument
from portal.models import version_field
from portal.text import vi_number

from .campaigns import Campaign, SupportProgram
from .units import AdministrativeUnit

MIN_YEAR, MAX_YEAR = 1990, 2100


class Indicator(models.Model):
    class Kind(models.TextChoices):
        COUNT = "count", "Số lượng (số nguyên)"
        AMOUNT = "amount", "Số tiền, khối lượng"
        RATE = "rate", "Tỷ lệ (%)"

    program = models.ForeignKey(
        SupportProgram,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="indicators",
        verbose_name="chương trình",
    )
    campaign = models.ForeignKey(
        Campaign,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="indicators",
        verbose_name="phong trào",
        help_text="Chỉ chọn khi chỉ tiêu thuộc cả phong trào (ví dụ tỷ lệ hộ nghèo).",
    )
    name = models.CharField("tên chỉ tiêu", max_length=300)
    code = models.SlugField(
        "mã", max_length=80, unique=True, help_text="Mã ổn định dùng cho dữ liệu mở."
    )
    unit_of_measure = models.CharField(
        "đơn vị tính", max_length=30, help_text="hộ, người, căn, lượt, mô hình, triệu đồng, %…"
    )
    kind = models.CharField("loại", max_length=10, choices=Kind.choices, default=Kind.COUNT)
    additive = models.BooleanField(
        "cộng được giữa các địa bàn",
        default=True,
        help_text="Bỏ chọn với tỷ lệ, bình quân: không cộng số của các huyện thành số tỉnh.",
    )
    decimals = models.PositiveSmallIntegerField("số chữ số thập phân", default=0)
    is_key = models.BooleanField("chỉ tiêu chính", default=False)
    position = models.PositiveSmallIntegerField("thứ tự", default=0)

    class Meta:
        verbose_name = "chỉ tiêu"
        verbose_name_plural = "chỉ tiêu"
        ordering = ["position", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=(Q(program__isnull=False) & Q(campaign__isnull=True))
                | (Q(program__isnull=True) & Q(campaign__isnull=False)),
                name="indicator_belongs_to_one_owner",
            ),
            models.CheckConstraint(condition=Q(decimals__lte=4), name="indicator_decimals_lte_4"),
            models.CheckConstraint(
                condition=~Q(kind="count") | Q(decimals=0), name="indicator_count_is_whole"
            ),
        ]

    def __str__(self):
        return f"{self.name} ({self.unit_of_measure})"

    @property
    def owner(self):
        return self.program or self.campaign

    def format(self, value):
        """ "34.960 hộ", "1,86%", "41.100 triệu đồng"."""
        if value is None:
            return ""
        text = vi_number(value, self.decimals)
        return f"{text}%" if self.unit_of_measure == "%" else f"{text} {self.unit_of_measure}"

    def quantize(self, value):
        return Decimal(value).quantize(Decimal(1).scaleb(-self.decimals), rounding=ROUND_HALF_UP)


class OutcomeQuerySet(models.QuerySet):
    def approved(self):
        """The only door for public pages: approved values."""
        return self.filter(status=Outcome.Status.APPROVED)

    def public(self):
        """What open data and the API publish: approved values of a public programme, or of
        a public campaign's own indicators."""
        return self.approved().filter(
            Q(indicator__program__is_public=True) | Q(indicator__campaign__is_public=True)
        )

    def visible_to(self, user):
        """What a staff user may see in the admin: everything, or their assigned scope."""
        if user.is_superuser or user.has_perm("programs.approve_outcome"):
            return self
        scope = OfficialScope.objects.filter(user=user).first()
        if scope is None:
            return self.none()
        return self.filter(scope.outcome_filter())


class Outcome(models.Model):
    """One value: indicator × administrative unit × year, with its approval state."""

    class Status(models.TextChoices):
        DRAFT = "draft", "Nháp"
        SUBMITTED = "submitted", "Chờ duyệt"
        APPROVED = "approved", "Đã duyệt"
        RETURNED = "returned", "Trả lại"

    indicator = models.ForeignKey(
        Indicator, on_delete=models.PROTECT, related_name="outcomes", verbose_name="chỉ tiêu"
    )
    unit = models.ForeignKey(
        AdministrativeUnit,
        on_delete=models.PROTECT,
        related_name="outcomes",
        verbose_name="địa bàn",
    )
    year = models.PositiveSmallIntegerField("năm")
    value = models.DecimalField("giá trị", max_digits=18, decimal_places=4)
    numerator = models.DecimalField("tử số", max_digits=18, decimal_places=4, null=True, blank=True)
    denominator = models.DecimalField(
        "mẫu số", max_digits=18, decimal_places=4, null=True, blank=True
    )
    # Copied from the indicator by the services so the database itself can refuse a rate
    # above 100 (a check constraint cannot look across a foreign key).
    kind = models.CharField(max_length=10, choices=Indicator.Kind.choices, editable=False)
    source_document = models.ForeignKey(
        LegalDocument,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="outcomes",
        verbose_name="nguồn (văn bản)",
    )
    source_text = models.CharField("nguồn", max_length=300, blank=True)
    is_illustrative = models.BooleanField(
        "số liệu minh họa", default=False, help_text="Dữ liệu mẫu, không phải số liệu thật."
    )
    status = models.CharField(
        "trạng thái", max_length=10, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    return_reason = models.TextField("lý do trả lại", blank=True)
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name="người nhập",
    )
    last_changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name="người sửa cuối",
    )
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="người gửi duyệt",
    )
    submitted_at = models.DateTimeField("gửi duyệt lúc", null=True, blank=True)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="người duyệt",
    )
    approved_at = models.DateTimeField("duyệt lúc", null=True, blank=True)
    updated_at = models.DateTimeField("cập nhật lúc", auto_now=True)
    version = version_field()
    history = HistoricalRecords(excluded_fields=["version"])

    objects = OutcomeQuerySet.as_manager()

    class Meta:
        verbose_name = "số liệu kết quả"
        verbose_name_plural = "số liệu kết quả"
        ordering = ["-year", "indicator__position", "unit__position"]
        permissions = [
            ("submit_outcome", "Được gửi duyệt số liệu"),
            ("approve_outcome", "Được duyệt hoặc trả lại số liệu"),
            ("correct_outcome", "Được đính chính số liệu đã duyệt"),
        ]
        indexes = [
            models.Index(fields=["status", "indicator", "year"], name="outcome_public_idx"),
            # The admin's list, newest year first (sorted further within the year).
            models.Index(fields=["year"], name="outcome_year_idx"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "unit", "year"], name="outcome_one_per_indicator_unit_year"
            ),
            models.CheckConstraint(condition=Q(value__gte=0), name="outcome_value_gte_0"),
            models.CheckConstraint(
                condition=~Q(kind="rate") | Q(value__lte=100), name="outcome_rate_lte_100"
            ),
            models.CheckConstraint(
                condition=Q(year__gte=MIN_YEAR) & Q(year__lte=MAX_YEAR), name="outcome_year_range"
            ),
            models.CheckConstraint(
                condition=Q(numerator__isnull=True) | Q(numerator__gte=0),
                name="outcome_numerator_gte_0",
            ),
            models.CheckConstraint(
                condition=Q(denominator__isnull=True) | Q(denominator__gt=0),
                name="outcome_denominator_gt_0",
            ),
            models.CheckConstraint(
                condition=Q(numerator__isnull=True)
                | Q(denominator__isnull=True)
                | Q(numerator__lte=F("denominator")),
                name="outcome_numerator_lte_denominator",
            ),
            models.CheckConstraint(
                condition=~Q(status="approved") | Q(approved_by__isnull=False),
                name="outcome_approved_has_approver",
            ),
            models.CheckConstraint(
                condition=~Q(source_text="") | Q(source_document__isnull=False),
                name="outcome_has_source",
            ),
        ]

    def __str__(self):
        return f"{self.indicator.name} - {self.unit.name} - {self.year}"

    @property
    def display_value(self):
        return self.indicator.format(self.value)

    @property
    def source_label(self):
        if self.source_document_id:
            return str(self.source_document)
        return self.source_text


class OutcomeCorrection(models.Model):
    """A change to an approved value: old and new value, who, when and why (shown publicly)."""

    outcome = models.ForeignKey(
        Outcome, on_delete=models.CASCADE, related_name="corrections", verbose_name="số liệu"
    )
    old_value = models.DecimalField("giá trị cũ", max_digits=18, decimal_places=4)
    new_value = models.DecimalField("giá trị mới", max_digits=18, decimal_places=4)
    reason = models.TextField("lý do đính chính")
    corrected_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name="người đính chính",
    )
    corrected_at = models.DateTimeField("đính chính lúc", auto_now_add=True)

    class Meta:
        verbose_name = "đính chính số liệu"
        verbose_name_plural = "đính chính số liệu"
        ordering = ["-corrected_at"]

    def __str__(self):
        return f"Đính chính {self.outcome}"


class OfficialScope(models.Model):
    """The units and programmes a data official reports for; nothing else is theirs."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="data_scope",
        verbose_name="cán bộ",
    )
    units = models.ManyToManyField(AdministrativeUnit, blank=True, verbose_name="địa bàn")
    programs = models.ManyToManyField(SupportProgram, blank=True, verbose_name="chương trình")
    campaigns = models.ManyToManyField(
        Campaign,
        blank=True,
        verbose_name="phong trào",
        help_text="Cho phép nhập các chỉ tiêu chung của phong trào (ví dụ tỷ lệ hộ nghèo).",
    )

    class Meta:
        verbose_name = "phân công nhập liệu"
        verbose_name_plural = "phân công nhập liệu"

    def __str__(self):
        return f"Phân công của {self.user}"

    def indicator_filter(self):
        return Q(program__in=self.programs.all()) | Q(campaign__in=self.campaigns.all())

    def outcome_filter(self):
        return Q(unit__in=self.units.all()) & (
            Q(indicator__program__in=self.programs.all())
            | Q(indicator__campaign__in=self.campaigns.all())
        )

    def covers(self, *, unit, indicator):
        if not self.units.filter(pk=unit.pk).exists():
            return False
        if indicator.program_id:
            return self.programs.filter(pk=indicator.program_id).exists()
        return self.campaigns.filter(pk=indicator.campaign_id).exists()


def validate_year(year, owner):
    if owner is not None and not owner.covers(year):
        raise ValidationError(
            f"Năm {year} nằm ngoài thời gian thực hiện ({owner.period}) của {owner}.",
            code="year",
        )

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q

from documents.models import LegalDocument
from portal.images import ImageField, dated_random_name
from portal.richtext import RichTextField
from portal.text import vi_number
from portal.urlcache import reverse


def _period_constraint(name):
    return models.CheckConstraint(
        condition=Q(end_year__isnull=True) | Q(end_year__gte=F("start_year")), name=name
    )


def period_label(start, end):
    if not start:
        return ""
    return f"{start}–{end}" if end and end != start else str(start)


class PeriodMixin:
    def covers(self, year):
        return self.start_year <= year and (self.end_year is None or year <= self.end_year)

    @property
    def period(self):
        return period_label(self.start_year, self.end_year)

    def clean(self):
        if self.start_year and self.end_year and self.end_year < self.start_year:
            raise ValidationError({"end_year": "Năm kết thúc không được trước năm bắt đầu."})


class Campaign(PeriodMixin, models.Model):
    """A "phong trào thi đua", launched by an authority for a period."""

    name = models.CharField("tên phong trào", max_length=300)
    slug = models.SlugField("đường dẫn", max_length=200, unique=True)
    slogan = models.CharField("khẩu hiệu", max_length=300, blank=True)
    launched_by = models.CharField("cơ quan phát động", max_length=300, blank=True)
    start_year = models.PositiveSmallIntegerField("từ năm")
    end_year = models.PositiveSmallIntegerField("đến năm", null=True, blank=True)
    summary = models.TextField("tóm tắt", max_length=600, blank=True)
    description = RichTextField("giới thiệu", blank=True)
    legal_basis = models.ManyToManyField(
        LegalDocument, blank=True, related_name="campaigns", verbose_name="văn bản phát động"
    )
    is_public = models.BooleanField("công khai", default=True)
    position = models.PositiveSmallIntegerField("thứ tự", default=0)

    class Meta:
        verbose_name = "phong trào thi đua"
        verbose_name_plural = "phong trào thi đua"
        ordering = ["position", "-start_year", "name"]
        constraints = [_period_constraint("campaign_period")]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("programs:campaign", kwargs={"slug": self.slug})


class SupportProgram(PeriodMixin, models.Model):
    class Kind(models.TextChoices):
        HOUSING = "housing", "Hỗ trợ nhà ở"
        ELECTRICITY = "electricity", "Hỗ trợ tiền điện"
        HEALTH_INSURANCE = "health_insurance", "Bảo hiểm y tế"
        TUITION = "tuition", "Miễn, giảm học phí, hỗ trợ chi phí học tập"
        LOANS = "loans", "Tín dụng ưu đãi"
        LIVELIHOOD = "livelihood", "Sinh kế, phát triển sản xuất"
        COMMUNICATION = "communication", "Truyền thông, đối thoại, tập huấn"
        OTHER = "other", "Khác"

    campaign = models.ForeignKey(
        Campaign,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="programs",
        verbose_name="thuộc phong trào",
    )
    name = models.CharField("tên chương trình", max_length=300)
    slug = models.SlugField("đường dẫn", max_length=200, unique=True)
    kind = models.CharField("loại hỗ trợ", max_length=20, choices=Kind.choices)
    summary = models.TextField("tóm tắt", max_length=600, blank=True)
    beneficiaries = models.TextField("đối tượng được hỗ trợ", blank=True)
    description = RichTextField("nội dung", blank=True)
    start_year = models.PositiveSmallIntegerField("từ năm")
    end_year = models.PositiveSmallIntegerField("đến năm", null=True, blank=True)
    legal_basis = models.ManyToManyField(
        LegalDocument, blank=True, related_name="programs", verbose_name="căn cứ pháp lý"
    )
    is_public = models.BooleanField("công khai", default=True)
    position = models.PositiveSmallIntegerField("thứ tự", default=0)

    class Meta:
        verbose_name = "chương trình hỗ trợ"
        verbose_name_plural = "chương trình hỗ trợ"
        ordering = ["position", "name"]
        constraints = [_period_constraint("program_period")]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("programs:program", kwargs={"slug": self.slug})


class BenefitRate(models.Model):
    """ "100 triệu đồng/căn xây mới", "55.400 đồng/hộ/tháng"."""

    program = models.ForeignKey(
        SupportProgram, on_delete=models.CASCADE, related_name="rates", verbose_name="chương trình"
    )
    label = models.CharField("nội dung", max_length=200, blank=True, help_text="Ví dụ: Xây mới.")
    amount = models.DecimalField(
        "mức hỗ trợ", max_digits=16, decimal_places=3, validators=[], help_text="Ví dụ: 100"
    )
    currency = models.CharField("đơn vị tiền", max_length=30, default="đồng")
    per = models.CharField("tính theo", max_length=60, blank=True, help_text="Ví dụ: căn, hộ/tháng")
    note = models.CharField("ghi chú", max_length=300, blank=True)
    position = models.PositiveSmallIntegerField("thứ tự", default=0)

    class Meta:
        verbose_name = "mức hỗ trợ"
        verbose_name_plural = "mức hỗ trợ"
        ordering = ["position", "pk"]
        constraints = [models.CheckConstraint(condition=Q(amount__gte=0), name="rate_amount_gte_0")]

    def __str__(self):
        text = (
            f"{vi_number(self.amount.normalize() if self.amount else Decimal(0))} {self.currency}"
        )
        if self.per:
            text += f"/{self.per}"
        return f"{text} {self.label.lower()}".strip() if self.label else text


def exemplary_photo_upload_to(instance, filename):
    extension = ".png" if filename.lower().endswith(".png") else ".jpg"
    return dated_random_name("guong-dien-hinh", extension)


class ExemplaryModel(models.Model):
    """A "gương điển hình": a household, person or collective the campaign holds up."""

    class Kind(models.TextChoices):
        HOUSEHOLD = "household", "Hộ gia đình"
        PERSON = "person", "Cá nhân"
        COLLECTIVE = "collective", "Tập thể"

    campaign = models.ForeignKey(
        Campaign, on_delete=models.CASCADE, related_name="exemplars", verbose_name="phong trào"
    )
    name = models.CharField("tên", max_length=200)
    kind = models.CharField("là", max_length=12, choices=Kind.choices)
    unit = models.ForeignKey(
        "programs.AdministrativeUnit",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="exemplars",
        verbose_name="địa bàn",
    )
    place = models.CharField("địa chỉ", max_length=300, blank=True)
    achievement = models.TextField("thành tích, cách làm")
    year = models.PositiveSmallIntegerField("năm")
    photo = ImageField("ảnh", upload_to=exemplary_photo_upload_to, blank=True, max_length=200)
    photo_alt = models.CharField("mô tả ảnh", max_length=300, blank=True)
    photo_renditions = models.JSONField(default=list, blank=True, editable=False)
    is_public = models.BooleanField("công khai", default=True)

    class Meta:
        verbose_name = "gương điển hình"
        verbose_name_plural = "gương điển hình"
        ordering = ["-year", "name"]

    def __str__(self):
        return self.name

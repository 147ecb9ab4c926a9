import re

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, F, Q, Value, When
from django.utils import timezone
from simple_history.models import HistoricalRecords

from portal.files import FORMATS, extension_of
from portal.images import dated_random_name
from portal.models import HttpsURLField, user_stamp
from portal.richtext import RichTextField
from portal.text import fold, slugify_vi, unique_slug
from portal.urlcache import reverse

# "43/2023/NQ-HĐND", "200/KH-UBND", "1234/QĐ-UBND", "2390/LĐTBXH-BTXH", "38/2013/QH13"
# (state documents) and "09-NQ/TU", "05-CT/TƯ" (Party documents).
LETTERS = r"[^\W\d_]"
STATE_NUMBER = re.compile(rf"^\d{{1,6}}[a-z]?(/\d{{4}})?/{LETTERS}+\d*(-[\w]+)*$")
PARTY_NUMBER = re.compile(rf"^\d{{1,6}}-{LETTERS}+/{LETTERS}+\w*$")


def normalize_number(number):
    """A document number as written, without spaces ("TTg" keeps its lower-case g)."""
    return re.sub(r"\s+", "", number or "")


def number_key(number):
    """Lookup key for a number: folded, so "43/2023/nq-hdnd" finds "43/2023/NQ-HĐND"."""
    return fold(normalize_number(number))


def validate_number(number):
    value = normalize_number(number)
    if not (STATE_NUMBER.match(value) or PARTY_NUMBER.match(value)):
        raise ValidationError(
            "Số, ký hiệu chưa đúng mẫu; ví dụ: 43/2023/NQ-HĐND, 200/KH-UBND, 09-NQ/TU.",
            code="number",
        )


def site_today(moment=None):
    """The date in the site's time zone (Asia/Ho_Chi_Minh), whatever zone is active."""
    return timezone.localdate(moment, timezone=timezone.get_default_timezone())


def document_storage():
    from .storage import storage

    return storage


class NamedList(models.Model):
    """An admin-editable list (document types, issuing bodies, fields)."""

    name = models.CharField("tên", max_length=200, unique=True)
    slug = models.SlugField(
        "đường dẫn", max_length=200, unique=True, blank=True, help_text="Để trống để tạo tự động."
    )
    position = models.PositiveSmallIntegerField("thứ tự", default=0)

    class Meta:
        abstract = True
        ordering = ["position", "name"]

    def __str__(self):
        return self.name

    def clean(self):
        if not self.slug:
            self.slug = slugify_vi(self.name)


class DocumentType(NamedList):
    class Meta(NamedList.Meta):
        verbose_name = "loại văn bản"
        verbose_name_plural = "loại văn bản"


class IssuingBody(NamedList):
    class Meta(NamedList.Meta):
        verbose_name = "cơ quan ban hành"
        verbose_name_plural = "cơ quan ban hành"


class Field(NamedList):
    class Meta(NamedList.Meta):
        verbose_name = "lĩnh vực"
        verbose_name_plural = "lĩnh vực"


class Validity(models.TextChoices):
    IN_FORCE = "con-hieu-luc", "Còn hiệu lực"
    NOT_YET = "chua-co-hieu-luc", "Chưa có hiệu lực"
    EXPIRED = "het-hieu-luc", "Hết hiệu lực"
    REPLACED = "bi-thay-the", "Bị thay thế"


class LegalDocumentQuerySet(models.QuerySet):
    def public(self):
        return self.filter(is_public=True)

    def with_validity(self, today=None):
        """Annotate `validity` from the dates and the replacement, as of `today`."""
        today = today or timezone.localdate()
        return self.annotate(
            validity=Case(
                When(
                    Q(replaced_by__isnull=False)
                    & (
                        Q(replaced_by__effective_date__isnull=True)
                        | Q(replaced_by__effective_date__lte=today)
                    ),
                    then=Value(Validity.REPLACED),
                ),
                When(expiry_date__lte=today, then=Value(Validity.EXPIRED)),
                When(effective_date__gt=today, then=Value(Validity.NOT_YET)),
                default=Value(Validity.IN_FORCE),
                output_field=models.CharField(),
            )
        )

    def in_force(self, today=None):
        return self.with_validity(today).filter(validity=Validity.IN_FORCE)

    def open_for_comments(self, today=None):
        """Drafts still taking comments today (the rule of `LegalDocument.comments_open_on`)."""
        return self.filter(comments_open_until__gte=today or site_today())

    def for_listing(self):
        # No fields here: lists do not show them, and prefetching a many-to-many builds a
        # queryset per row (4 ms of the register's 13 ms).
        return (
            self.select_related("doc_type", "issuing_body")
            .with_validity()
            .order_by("-issued_date", "-pk")
        )

    def search(self, *, q="", doc_type=None, issuer=None, field=None, year=None, validity=""):
        """The register's filters; an exact number puts that document first."""
        documents = self
        if doc_type:
            documents = documents.filter(doc_type=doc_type)
        if issuer:
            documents = documents.filter(issuing_body=issuer)
        if field:
            documents = documents.filter(fields=field)
        if year:
            documents = documents.filter(issued_date__year=year)
        if validity:
            documents = documents.filter(validity=validity)
        q = (q or "").strip()[:200]
        if q:
            key = number_key(q)
            documents = documents.filter(
                Q(number_key=key) | Q(number_key__contains=key) | Q(search_text__contains=fold(q))
            ).annotate(
                exact=Case(When(number_key=key, then=Value(0)), default=Value(1)),
            )
            documents = documents.order_by("exact", "-issued_date", "-pk")
        return documents


class LegalDocument(models.Model):
    number = models.CharField(
        "số, ký hiệu",
        max_length=60,
        validators=[validate_number],
        help_text="Đúng như trên văn bản, ví dụ 43/2023/NQ-HĐND, 200/KH-UBND, 09-NQ/TU.",
    )
    number_key = models.CharField(max_length=60, editable=False, db_index=True)
    slug = models.SlugField("đường dẫn", max_length=120, unique=True, editable=False)
    doc_type = models.ForeignKey(
        DocumentType, on_delete=models.PROTECT, related_name="documents", verbose_name="loại"
    )
    issuing_body = models.ForeignKey(
        IssuingBody,
        on_delete=models.PROTECT,
        related_name="documents",
        verbose_name="cơ quan ban hành",
    )
    abstract = models.TextField("trích yếu", max_length=1000)
    issued_date = models.DateField("ngày ban hành")
    effective_date = models.DateField(
        "ngày có hiệu lực", null=True, blank=True, help_text="Để trống nếu trùng ngày ban hành."
    )
    expiry_date = models.DateField(
        "ngày hết hiệu lực", null=True, blank=True, help_text="Ngày văn bản không còn hiệu lực."
    )
    signer = models.CharField("người ký", max_length=200, blank=True)
    fields = models.ManyToManyField(
        Field, blank=True, related_name="documents", verbose_name="lĩnh vực"
    )
    replaced_by = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="replaces",
        verbose_name="bị thay thế bởi",
    )
    amends = models.ManyToManyField(
        "self",
        symmetrical=False,
        blank=True,
        related_name="amended_by",
        verbose_name="sửa đổi, bổ sung văn bản",
    )
    is_public = models.BooleanField(
        "công khai", default=True, help_text="Bỏ chọn để chỉ cán bộ trong cơ quan xem được."
    )
    comments_open_until = models.DateField(
        "lấy ý kiến đến ngày",
        null=True,
        blank=True,
        help_text="Dự thảo lấy ý kiến: nhận góp ý đến hết ngày này "
        "(để trống nếu không lấy ý kiến).",
    )
    search_text = models.TextField(editable=False, default="")
    created_at = models.DateTimeField("tạo lúc", auto_now_add=True)
    updated_at = models.DateTimeField("cập nhật lúc", auto_now=True)
    updated_by = user_stamp("người sửa cuối")
    history = HistoricalRecords(excluded_fields=["search_text"], m2m_fields=[fields, amends])

    objects = LegalDocumentQuerySet.as_manager()

    class Meta:
        verbose_name = "văn bản"
        verbose_name_plural = "văn bản"
        ordering = ["-issued_date", "-pk"]
        indexes = [models.Index(fields=["is_public", "issued_date"], name="document_pub_idx")]
        constraints = [
            models.UniqueConstraint(
                fields=["number_key", "issuing_body", "issued_date"], name="document_unique_number"
            ),
            models.CheckConstraint(
                condition=Q(effective_date__isnull=True) | Q(effective_date__gte=F("issued_date")),
                name="document_effective_after_issued",
            ),
            models.CheckConstraint(
                condition=Q(expiry_date__isnull=True) | Q(expiry_date__gt=F("issued_date")),
                name="document_expiry_after_issued",
            ),
            models.CheckConstraint(
                condition=~Q(replaced_by=F("pk")), name="document_not_replaced_by_itself"
            ),
        ]

    def __str__(self):
        return f"{self.doc_type.name if self.doc_type_id else 'Văn bản'} số {self.number}"

    def save(self, *args, **kwargs):
        # Derived, row-local columns: the lookup key, the URL slug and the folded text that
        # the register's search box matches without diacritics.
        self.number = normalize_number(self.number)
        self.number_key = number_key(self.number)
        if not self.slug:
            self.slug = self._free_slug()
        self.search_text = fold(f"{self.number} {self.abstract} {self.signer}")
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("documents:detail", kwargs={"slug": self.slug})

    def _free_slug(self):
        base = slugify_vi(self.number, max_length=100) or "van-ban"
        if LegalDocument.objects.filter(slug=base).exists():
            base = f"{base}-{self.issued_date:%Y%m%d}"
        slug, n = base, 2
        while LegalDocument.objects.filter(slug=slug).exists():
            slug, n = f"{base}-{n}", n + 1
        return slug

    def clean(self):
        errors = {}
        duplicate = LegalDocument.objects.filter(
            number_key=number_key(self.number),
            issuing_body_id=self.issuing_body_id,
            issued_date=self.issued_date,
        ).exclude(pk=self.pk)
        if self.number and self.issuing_body_id and self.issued_date and duplicate.exists():
            errors["number"] = "Văn bản số này của cơ quan này, cùng ngày ban hành, đã có."
        if self.effective_date and self.issued_date and self.effective_date < self.issued_date:
            errors["effective_date"] = "Ngày có hiệu lực không được trước ngày ban hành."
        if self.expiry_date and self.issued_date and self.expiry_date <= self.issued_date:
            errors["expiry_date"] = "Ngày hết hiệu lực phải sau ngày ban hành."
        if self.expiry_date and self.effective_date and self.expiry_date <= self.effective_date:
            errors["expiry_date"] = "Ngày hết hiệu lực phải sau ngày có hiệu lực."
        if self.replaced_by_id and self.replaced_by_id == self.pk:
            errors["replaced_by"] = "Văn bản không thể thay thế chính nó."
        if errors:
            raise ValidationError(errors)

    @property
    def title(self):
        return f"{self} {self.abstract}"

    def get_validity(self, today=None):
        """The same rule as `LegalDocumentQuerySet.with_validity`, for one loaded row."""
        if hasattr(self, "validity") and today is None:
            return self.validity
        today = today or timezone.localdate()
        replacement = self.replaced_by
        if replacement and (
            replacement.effective_date is None or replacement.effective_date <= today
        ):
            return Validity.REPLACED
        if self.expiry_date and self.expiry_date <= today:
            return Validity.EXPIRED
        if self.effective_date and self.effective_date > today:
            return Validity.NOT_YET
        return Validity.IN_FORCE

    @property
    def validity_label(self):
        return Validity(self.get_validity()).label

    def comments_open_on(self, day=None):
        """A draft takes comments until the end of its date, in the site's time zone
        (Decree 42/2022/NĐ-CP consultation); checked when a comment arrives, so no job."""
        if self.comments_open_until is None:
            return False
        return (day or site_today()) <= self.comments_open_until

    @property
    def comments_open(self):
        return self.comments_open_on()


def document_file_upload_to(instance, filename):
    return dated_random_name("tep", extension_of(filename))


class DocumentFile(models.Model):
    document = models.ForeignKey(
        LegalDocument, on_delete=models.CASCADE, related_name="files", verbose_name="văn bản"
    )
    file = models.FileField(
        "tệp",
        storage=document_storage,
        upload_to=document_file_upload_to,
        max_length=200,
        help_text="PDF, DOC, DOCX, XLS, XLSX hoặc ODT, tối đa 20 MB.",
    )
    title = models.CharField(
        "tên hiển thị", max_length=200, blank=True, help_text="Ví dụ: Toàn văn, Phụ lục kèm theo."
    )
    original_name = models.CharField("tên tệp gốc", max_length=255, editable=False)
    content_type = models.CharField(max_length=120, editable=False)
    size = models.PositiveBigIntegerField("dung lượng (byte)", editable=False, default=0)
    position = models.PositiveSmallIntegerField("thứ tự", default=0)

    class Meta:
        verbose_name = "tệp đính kèm"
        verbose_name_plural = "tệp đính kèm"
        ordering = ["position", "pk"]

    def __str__(self):
        return self.title or self.original_name

    def get_absolute_url(self):
        return reverse("documents:download", kwargs={"pk": self.pk, "name": self.url_name})

    @property
    def url_name(self):
        """An ASCII name for the download URL; the Vietnamese one goes in the header."""
        stem = slugify_vi(self.original_name.rsplit(".", 1)[0], max_length=80) or "tep"
        return f"{stem}{extension_of(self.original_name)}"

    @property
    def kind(self):
        return FORMATS.get(extension_of(self.original_name), ("", "Tệp"))[1]


class AdministrativeProcedure(models.Model):
    class Level(models.TextChoices):
        PROVINCE = "tinh", "Cấp tỉnh"
        DISTRICT = "huyen", "Cấp huyện"
        COMMUNE = "xa", "Cấp xã"

    name = models.CharField("tên thủ tục", max_length=400)
    slug = models.SlugField("đường dẫn", max_length=200, unique=True, blank=True)
    code = models.CharField(
        "mã thủ tục",
        max_length=30,
        blank=True,
        help_text="Mã trên Cơ sở dữ liệu quốc gia về thủ tục hành chính, ví dụ 1.001776.",
    )
    field = models.ForeignKey(
        Field, on_delete=models.PROTECT, related_name="procedures", verbose_name="lĩnh vực"
    )
    level = models.CharField("cấp thực hiện", max_length=10, choices=Level.choices)
    processing_time = models.CharField("thời hạn giải quyết", max_length=300, blank=True)
    fee = models.CharField("phí, lệ phí", max_length=300, blank=True, default="Không")
    where_to_submit = models.CharField("nơi tiếp nhận hồ sơ", max_length=400, blank=True)
    steps = RichTextField("trình tự thực hiện", blank=True)
    required_papers = RichTextField("thành phần hồ sơ", blank=True)
    online_url = HttpsURLField(
        "địa chỉ nộp trực tuyến",
        blank=True,
        help_text="Trang của thủ tục trên Cổng Dịch vụ công quốc gia hoặc của tỉnh.",
    )
    legal_basis = models.ManyToManyField(
        LegalDocument, blank=True, related_name="procedures", verbose_name="căn cứ pháp lý"
    )
    is_public = models.BooleanField("công khai", default=True)
    updated_at = models.DateTimeField("cập nhật lúc", auto_now=True)

    class Meta:
        verbose_name = "thủ tục hành chính"
        verbose_name_plural = "thủ tục hành chính"
        ordering = ["field__position", "field__name", "field_id", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["code"], condition=~Q(code=""), name="procedure_unique_code"
            )
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("documents:procedure", kwargs={"slug": self.slug})

    def clean(self):
        if not self.slug:
            self.slug = unique_slug(
                self.name, AdministrativeProcedure.objects.all(), exclude_pk=self.pk
            )

"""The agency itself (Decree 42/2022/NĐ-CP, art. 4): its pages, leaders, units, the leaders'
weekly work schedule, links to other agencies and a short English section."""

import re

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import models
from django.db.models import F, Q

from portal.images import ImageField, dated_random_name
from portal.models import HttpsURLField, user_stamp
from portal.richtext import RichTextField
from portal.text import unique_slug
from portal.urlcache import reverse

from .weeks import Week

# Paths under /gioi-thieu/ that the site itself uses; an editable page may not take them.
RESERVED_ABOUT_SLUGS = ("lanh-dao", "don-vi-truc-thuoc")


class PublicQuerySet(models.QuerySet):
    def public(self):
        return self.filter(is_public=True)


class Department(models.Model):
    """A unit of the agency (phòng, ban, trung tâm): answers citizens' questions, appears in
    the organisation pages."""

    class Kind(models.TextChoices):
        DIVISION = "division", "Cơ quan tham mưu, giúp việc"
        SERVICE_UNIT = "service_unit", "Đơn vị sự nghiệp trực thuộc"

    name = models.CharField("tên đơn vị", max_length=200)
    slug = models.SlugField("đường dẫn", max_length=200, unique=True, blank=True)
    kind = models.CharField(
        "loại đơn vị", max_length=20, choices=Kind.choices, default=Kind.DIVISION
    )
    functions = models.TextField("chức năng, nhiệm vụ", blank=True)
    head_name = models.CharField("trưởng đơn vị", max_length=150, blank=True)
    address = models.CharField("địa chỉ", max_length=300, blank=True)
    phone = models.CharField("điện thoại", max_length=50, blank=True)
    email = models.EmailField("thư điện tử", blank=True)
    position = models.PositiveSmallIntegerField("thứ tự", default=0)
    is_public = models.BooleanField("hiện trên trang Giới thiệu", default=True)

    objects = PublicQuerySet.as_manager()

    class Meta:
        verbose_name = "đơn vị trực thuộc"
        verbose_name_plural = "đơn vị trực thuộc"
        ordering = ["position", "name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(self.name, Department.objects, exclude_pk=self.pk)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return f"{reverse('organization:departments')}#{self.slug}"


class AboutPage(models.Model):
    """An editable page of the "Giới thiệu" section: functions and tasks, structure, history."""

    title = models.CharField("tiêu đề", max_length=200)
    slug = models.SlugField(
        "đường dẫn",
        max_length=200,
        unique=True,
        blank=True,
        help_text="Để trống: tạo tự động từ tiêu đề (chữ không dấu, nối bằng gạch ngang).",
    )
    summary = models.CharField(
        "tóm tắt",
        max_length=300,
        blank=True,
        help_text="Một hai câu, hiện trên trang Giới thiệu và trong kết quả của máy tìm kiếm.",
    )
    body = RichTextField("nội dung")
    position = models.PositiveSmallIntegerField("thứ tự", default=0)
    is_public = models.BooleanField("công khai", default=True)
    updated_at = models.DateTimeField("cập nhật lúc", auto_now=True)

    objects = PublicQuerySet.as_manager()

    class Meta:
        verbose_name = "trang giới thiệu"
        verbose_name_plural = "trang giới thiệu"
        ordering = ["position", "title"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(slug__in=RESERVED_ABOUT_SLUGS), name="aboutpage_slug_not_reserved"
            )
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(
                self.title, AboutPage.objects, exclude_pk=self.pk, reserved=RESERVED_ABOUT_SLUGS
            )
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("organization:page", kwargs={"slug": self.slug})

    def clean(self):
        if self.slug in RESERVED_ABOUT_SLUGS:
            raise ValidationError({"slug": "Đường dẫn này đã được trang có sẵn của cổng sử dụng."})


class LeaderQuerySet(models.QuerySet):
    def current(self):
        return self.filter(is_current=True)


def leader_photo_upload_to(instance, filename):
    extension = ".png" if filename.lower().endswith(".png") else ".jpg"
    return dated_random_name("lanh-dao", extension)


class Leader(models.Model):
    """A member of the agency's leadership (Giám đốc, Phó Giám đốc Sở)."""

    full_name = models.CharField("họ và tên", max_length=150)
    title = models.CharField(
        "chức vụ", max_length=200, help_text="Ví dụ: Giám đốc Sở, Phó Giám đốc Sở."
    )
    responsibilities = models.TextField(
        "lĩnh vực phụ trách", blank=True, help_text="Mỗi lĩnh vực một dòng."
    )
    phone = models.CharField(
        "điện thoại",
        max_length=50,
        blank=True,
        help_text="Số công vụ, ví dụ 0229 3871 230 (máy lẻ 101); không ghi số cá nhân.",
    )
    email = models.EmailField("thư điện tử công vụ", blank=True)
    photo = ImageField(
        "ảnh chân dung", upload_to=leader_photo_upload_to, blank=True, max_length=200
    )
    photo_renditions = models.JSONField(default=list, blank=True, editable=False)
    position = models.PositiveSmallIntegerField("thứ tự", default=0)
    is_current = models.BooleanField(
        "đương nhiệm",
        default=True,
        help_text="Bỏ chọn khi thôi giữ chức vụ: không còn hiện trên trang Lãnh đạo Sở, "
        "lịch công tác cũ vẫn giữ tên.",
    )

    objects = LeaderQuerySet.as_manager()

    class Meta:
        verbose_name = "lãnh đạo"
        verbose_name_plural = "lãnh đạo"
        ordering = ["position", "full_name"]

    def __str__(self):
        return f"{self.full_name} ({self.title})"

    @property
    def responsibility_lines(self):
        return [line.strip() for line in self.responsibilities.splitlines() if line.strip()]


class ScheduleEntryQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True)

    def between(self, first_day, last_day):
        return self.filter(date__gte=first_day, date__lte=last_day)


class ScheduleEntry(models.Model):
    """One line of the leadership's weekly work schedule (lịch công tác)."""

    class Session(models.IntegerChoices):
        ALL_DAY = 0, "Cả ngày"
        MORNING = 1, "Sáng"
        AFTERNOON = 2, "Chiều"
        EVENING = 3, "Tối"

    date = models.DateField("ngày")
    session = models.PositiveSmallIntegerField(
        "buổi", choices=Session.choices, default=Session.MORNING
    )
    start_time = models.TimeField("giờ bắt đầu", null=True, blank=True)
    end_time = models.TimeField("giờ kết thúc", null=True, blank=True)
    content = models.TextField("nội dung công việc")
    leader = models.ForeignKey(
        Leader,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="schedule_entries",
        verbose_name="lãnh đạo chủ trì",
    )
    chair_text = models.CharField(
        "chủ trì (ghi tự do)",
        max_length=200,
        blank=True,
        help_text="Dùng khi người chủ trì không phải lãnh đạo Sở; khi đó để trống ô trên.",
    )
    participants = models.TextField("thành phần", blank=True)
    location = models.CharField("địa điểm", max_length=300, blank=True)
    notes = models.CharField("ghi chú", max_length=500, blank=True)
    is_published = models.BooleanField(
        "công bố",
        default=False,
        help_text="Chỉ lịch đã công bố mới hiện trên cổng; để trống khi đang soạn lịch tuần sau.",
    )
    created_at = models.DateTimeField("tạo lúc", auto_now_add=True)
    updated_at = models.DateTimeField("cập nhật lúc", auto_now=True)
    created_by = user_stamp("người tạo")
    updated_by = user_stamp("người sửa cuối")

    objects = ScheduleEntryQuerySet.as_manager()

    class Meta:
        verbose_name = "lịch công tác"
        verbose_name_plural = "lịch công tác"
        ordering = ["date", "session", F("start_time").asc(nulls_first=True), "pk"]
        indexes = [models.Index(fields=["is_published", "date"], name="schedule_public_idx")]
        constraints = [
            models.CheckConstraint(
                condition=Q(leader__isnull=True) | Q(chair_text=""),
                name="schedule_one_chair",
            ),
            models.CheckConstraint(
                condition=Q(start_time__isnull=True)
                | Q(end_time__isnull=True)
                | Q(end_time__gte=F("start_time")),
                name="schedule_end_after_start",
            ),
        ]

    def __str__(self):
        return f"{self.date:%d/%m/%Y} {self.get_session_display().lower()}: {self.content[:60]}"

    def get_absolute_url(self):
        return f"{reverse('organization:schedule')}?tuan={Week.containing(self.date).iso}"

    def clean(self):
        errors = {}
        if self.leader_id and self.chair_text:
            errors["chair_text"] = "Chọn lãnh đạo chủ trì hoặc ghi tự do, không ghi cả hai."
        if self.start_time and self.end_time and self.end_time < self.start_time:
            errors["end_time"] = "Giờ kết thúc không được trước giờ bắt đầu."
        if errors:
            raise ValidationError(errors)

    @property
    def chair(self):
        if self.leader_id:
            return f"{self.leader.full_name}, {self.leader.title}"
        return self.chair_text


class WebLinkQuerySet(models.QuerySet):
    def active(self):
        return self.filter(is_active=True)


class WebLink(models.Model):
    """A link to another agency's site, listed in the "Liên kết website" block."""

    name = models.CharField("tên trang", max_length=200)
    url = HttpsURLField(
        "địa chỉ",
        max_length=500,
        validators=[URLValidator(schemes=["http", "https"])],
        help_text="Địa chỉ đầy đủ, bắt đầu bằng https:// (hoặc http://).",
    )
    group = models.CharField(
        "nhóm",
        max_length=100,
        blank=True,
        help_text="Ví dụ: Cơ quan Trung ương, Cơ quan của tỉnh. Để trống nếu không chia nhóm.",
    )
    position = models.PositiveSmallIntegerField("thứ tự", default=0)
    is_active = models.BooleanField("đang hiện", default=True)

    objects = WebLinkQuerySet.as_manager()

    class Meta:
        verbose_name = "liên kết website"
        verbose_name_plural = "liên kết website"
        ordering = ["position", "name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(url__startswith="https://") | Q(url__startswith="http://"),
                name="weblink_url_http",
            )
        ]

    def __str__(self):
        return self.name


class EnglishPage(models.Model):
    """A page of the English section (/en/): functions, organisation, contacts in English."""

    title = models.CharField("tiêu đề (tiếng Anh)", max_length=200)
    slug = models.SlugField(
        "đường dẫn",
        max_length=200,
        unique=True,
        blank=True,
        help_text="Để trống: tạo tự động từ tiêu đề.",
    )
    summary = models.CharField("tóm tắt (tiếng Anh)", max_length=300, blank=True)
    body = RichTextField("nội dung (tiếng Anh)")
    position = models.PositiveSmallIntegerField("thứ tự", default=0)
    is_public = models.BooleanField("công khai", default=True)
    updated_at = models.DateTimeField("cập nhật lúc", auto_now=True)

    objects = PublicQuerySet.as_manager()

    class Meta:
        verbose_name = "trang tiếng Anh"
        verbose_name_plural = "trang tiếng Anh"
        ordering = ["position", "title"]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(self.title, EnglishPage.objects, exclude_pk=self.pk)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("organization:english_page", kwargs={"slug": self.slug})


class EnglishSettings(models.Model):
    """The one row naming the agency and its contacts in English for the /en/ pages."""

    department_name = models.CharField("tên cơ quan (tiếng Anh)", max_length=200)
    parent_body = models.CharField("cơ quan chủ quản (tiếng Anh)", max_length=200, blank=True)
    introduction = models.TextField("lời giới thiệu (tiếng Anh)", blank=True)
    address = models.CharField("địa chỉ (tiếng Anh)", max_length=300, blank=True)
    phone = models.CharField("điện thoại", max_length=50, blank=True)
    email = models.EmailField("thư điện tử", blank=True)
    office_hours = models.CharField("giờ làm việc (tiếng Anh)", max_length=200, blank=True)

    class Meta:
        verbose_name = "thông tin tiếng Anh"
        verbose_name_plural = "thông tin tiếng Anh"

    def __str__(self):
        return self.department_name

    @classmethod
    def current(cls):
        """The settings row; an unsaved, neutral default before an administrator fills it."""
        return cls.objects.order_by("pk").first() or cls(department_name="Official web portal")


def tel_uri(phone):
    """`tel:` target of a phone number as written ("0229 3871 230 (máy lẻ 101)")."""
    number = re.split(r"[(,;/]|máy lẻ|ext", phone or "", maxsplit=1)[0]
    return "".join(ch for ch in number if ch.isdigit() or ch == "+")

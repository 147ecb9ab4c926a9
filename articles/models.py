from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import OuterRef, Q, Subquery
from django.utils import timezone
from simple_history.models import HistoricalRecords

from portal.images import ImageField, dated_random_name
from portal.models import user_stamp, version_field
from portal.richtext import RichTextField
from portal.text import slugify_vi
from portal.urlcache import reverse

RESERVED_SLUGS = {"rss", "trang", "tim-kiem"}


def cover_upload_to(instance, filename):
    # The pipeline hands over "image.jpg" or "image.png"; only the extension is kept.
    extension = ".png" if filename.lower().endswith(".png") else ".jpg"
    return dated_random_name("anh-bai-viet", extension)


class Category(models.Model):
    name = models.CharField("tên chuyên mục", max_length=150, unique=True)
    slug = models.SlugField(
        "đường dẫn",
        max_length=160,
        unique=True,
        blank=True,
        help_text="Để trống để tạo tự động từ tên (không dấu, ví dụ: giam-ngheo).",
    )
    description = models.CharField("mô tả", max_length=300, blank=True)
    position = models.PositiveSmallIntegerField(
        "thứ tự", default=0, help_text="Số nhỏ đứng trước trên thanh điều hướng."
    )
    show_in_menu = models.BooleanField("hiện trên thanh điều hướng", default=True)

    class Meta:
        verbose_name = "chuyên mục"
        verbose_name_plural = "chuyên mục"
        ordering = ["position", "name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("articles:category", kwargs={"slug": self.slug})

    def clean(self):
        if not self.slug:
            self.slug = slugify_vi(self.name, max_length=160)
        if self.slug in RESERVED_SLUGS:
            raise ValidationError({"slug": "Đường dẫn này được hệ thống dùng, hãy chọn tên khác."})


def next_scheduled_publication(now):
    """When the next scheduled article goes public (for the page cache), or None."""
    return (
        Article.objects.filter(status=Article.Status.PUBLISHED, published_at__gt=now)
        .order_by("published_at")
        .values_list("published_at", flat=True)
        .first()
    )


class ArticleQuerySet(models.QuerySet):
    def published(self):
        """The only door for public views: published and its time has come."""
        return self.filter(status=Article.Status.PUBLISHED, published_at__lte=timezone.now())

    def for_listing(self):
        return self.select_related("category").defer("body").order_by("-published_at", "-pk")

    def latest_per_category(self, per_category, exclude=()):
        """The newest `per_category` published articles of each category, in one query,
        leaving out the articles of `exclude` (pks) before choosing.

        Each category's i-th newest article is one indexed lookup (category, status, date),
        so the cost follows the number of categories, not of articles (a window function
        over every published article took 0.8 s at 100,000 on PostgreSQL).
        """
        newest = (
            self.published()
            .filter(category=OuterRef("pk"))
            .exclude(pk__in=exclude)
            .order_by("-published_at", "-pk")
            .values("pk")
        )
        ranks = [
            Category.objects.order_by().annotate(pick=Subquery(newest[i : i + 1])).values("pick")
            for i in range(per_category)
        ]
        picked = ranks[0].union(*ranks[1:], all=True) if per_category > 1 else ranks[0]
        return self.published().filter(pk__in=picked).for_listing()

    def related_to(self, article, limit=5):
        return (
            self.published()
            .filter(category_id=article.category_id)
            .exclude(pk=article.pk)
            .for_listing()[:limit]
        )


class Article(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", "Bản nháp"
        PENDING = "pending", "Chờ duyệt"
        PUBLISHED = "published", "Xuất bản"

    title = models.CharField("tiêu đề", max_length=300)
    slug = models.SlugField(
        "đường dẫn",
        max_length=200,
        unique=True,
        blank=True,
        help_text="Để trống để tạo tự động từ tiêu đề; chỉ chữ thường không dấu, số và dấu gạch.",
    )
    category = models.ForeignKey(
        Category, on_delete=models.PROTECT, related_name="articles", verbose_name="chuyên mục"
    )
    summary = models.TextField(
        "tóm tắt (sapo)",
        max_length=600,
        blank=True,
        help_text="Một hoặc hai câu hiện dưới tiêu đề và trong danh sách tin.",
    )
    body = RichTextField("nội dung", blank=True)
    cover = ImageField(
        "ảnh đại diện",
        upload_to=cover_upload_to,
        max_length=200,
        blank=True,
        width_field="cover_width",
        height_field="cover_height",
        help_text="JPEG, PNG, WebP hoặc GIF, tối đa 10 MB; hệ thống tự xoay đúng chiều, "
        "xóa thông tin EXIF và tạo các cỡ ảnh nhỏ.",
    )
    cover_width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    cover_height = models.PositiveIntegerField(null=True, blank=True, editable=False)
    cover_renditions = models.JSONField(default=list, blank=True, editable=False)
    cover_alt = models.CharField(
        "mô tả ảnh (alt)",
        max_length=300,
        blank=True,
        help_text="Mô tả nội dung ảnh cho người khiếm thị; bắt buộc khi có ảnh đại diện.",
    )
    cover_caption = models.CharField("chú thích ảnh", max_length=300, blank=True)
    byline = models.CharField(
        "tác giả", max_length=150, blank=True, help_text="Tên người viết hoặc đơn vị."
    )
    status = models.CharField(
        "trạng thái", max_length=12, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    published_at = models.DateTimeField(
        "thời điểm xuất bản",
        null=True,
        blank=True,
        help_text="Chọn thời điểm trong tương lai để lên lịch; bài tự hiện khi đến giờ.",
    )
    is_featured = models.BooleanField("tin nổi bật", default=False)
    campaigns = models.ManyToManyField(
        "programs.Campaign",
        blank=True,
        related_name="articles",
        verbose_name="phong trào thi đua",
    )
    programs = models.ManyToManyField(
        "programs.SupportProgram",
        blank=True,
        related_name="articles",
        verbose_name="chương trình hỗ trợ",
    )
    documents = models.ManyToManyField(
        "documents.LegalDocument",
        blank=True,
        related_name="articles",
        verbose_name="văn bản được nhắc tới",
        help_text="Các văn bản bài viết trích dẫn; hiện thành liên kết cuối bài.",
    )
    created_at = models.DateTimeField("tạo lúc", auto_now_add=True)
    updated_at = models.DateTimeField("cập nhật lúc", auto_now=True)
    created_by = user_stamp("người tạo")
    updated_by = user_stamp("người sửa cuối")
    version = version_field()
    history = HistoricalRecords(excluded_fields=["cover_renditions", "version"])

    objects = ArticleQuerySet.as_manager()

    class Meta:
        verbose_name = "bài viết"
        verbose_name_plural = "bài viết"
        ordering = ["-published_at", "-pk"]
        permissions = [("publish_article", "Được xuất bản, lên lịch, gỡ bài viết")]
        indexes = [
            models.Index(fields=["status", "published_at"], name="article_pub_idx"),
            models.Index(fields=["category", "status", "published_at"], name="article_cat_pub_idx"),
            # The admin's list: every article, drafts first then newest (read backwards).
            models.Index(fields=["published_at", "id"], name="article_admin_order_idx"),
            models.Index(
                fields=["published_at"], condition=Q(is_featured=True), name="article_featured_idx"
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~Q(status="published") | Q(published_at__isnull=False),
                name="article_published_has_time",
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse(
            "articles:detail", kwargs={"category": self.category.slug, "slug": self.slug}
        )

    def clean(self):
        errors = {}
        if self.slug in RESERVED_SLUGS:
            errors["slug"] = "Đường dẫn này được hệ thống dùng, hãy chọn đường dẫn khác."
        if self.cover and not self.cover_alt.strip():
            errors["cover_alt"] = "Hãy mô tả ảnh đại diện cho người khiếm thị."
        if errors:
            raise ValidationError(errors)

    @property
    def is_public(self):
        return (
            self.status == self.Status.PUBLISHED
            and self.published_at is not None
            and self.published_at <= timezone.now()
        )

    @property
    def is_scheduled(self):
        return (
            self.status == self.Status.PUBLISHED
            and self.published_at is not None
            and self.published_at > timezone.now()
        )

    @property
    def public_state(self):
        if self.is_scheduled:
            return "Đã lên lịch"
        return self.get_status_display()

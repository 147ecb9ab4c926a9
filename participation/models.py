"""Public participation: comments on draft documents and "was this page useful?" ratings."""

from django.db import models
from django.db.models import Q
from django.utils import timezone

from articles.models import Article
from documents.models import LegalDocument
from portal.models import user_stamp
from programs.models import SupportProgram

NAME_MAX = 100
COMMENT_MAX = 4000
FEEDBACK_COMMENT_MAX = 1000


class DocumentCommentQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=DocumentComment.Status.PUBLISHED)

    def for_public(self):
        """What a visitor may read of a comment: never the e-mail or the address."""
        return (
            self.published()
            .only("pk", "document_id", "name", "text", "reply", "created_at")
            .order_by("created_at", "pk")
        )


class DocumentComment(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", "Chờ duyệt"
        PUBLISHED = "published", "Đã công bố"
        REJECTED = "rejected", "Không công bố"

    document = models.ForeignKey(
        LegalDocument, on_delete=models.CASCADE, related_name="comments", verbose_name="văn bản"
    )
    name = models.CharField("họ và tên", max_length=NAME_MAX)
    email = models.EmailField(
        "thư điện tử", blank=True, help_text="Không bao giờ hiển thị công khai."
    )
    organisation = models.CharField(
        "cơ quan, đơn vị hoặc địa chỉ",
        max_length=200,
        blank=True,
        help_text="Không hiển thị công khai.",
    )
    text = models.TextField("nội dung góp ý", max_length=COMMENT_MAX)
    status = models.CharField(
        "trạng thái", max_length=10, choices=Status.choices, default=Status.PENDING
    )
    reply = models.TextField(
        "trả lời của cơ quan soạn thảo",
        max_length=COMMENT_MAX,
        blank=True,
        help_text="Hiện dưới góp ý khi góp ý được công bố.",
    )
    moderated_by = user_stamp("người kiểm duyệt")
    moderated_at = models.DateTimeField("kiểm duyệt lúc", null=True, blank=True, editable=False)
    created_at = models.DateTimeField("gửi lúc", default=timezone.now, editable=False)

    objects = DocumentCommentQuerySet.as_manager()

    class Meta:
        verbose_name = "góp ý dự thảo"
        verbose_name_plural = "góp ý dự thảo"
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["document", "status", "created_at"], name="comment_doc_status_idx")
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=["pending", "published", "rejected"]),
                name="comment_status_valid",
            ),
            models.CheckConstraint(
                condition=Q(status="pending") | Q(moderated_at__isnull=False),
                name="comment_moderated_has_time",
            ),
        ]

    def __str__(self):
        return f"Góp ý của {self.name} ({timezone.localtime(self.created_at):%d/%m/%Y})"


class Target:
    """A kind of public page that can be rated: its form value, column and public rows."""

    def __init__(self, key, field, label, model, public):
        self.key, self.field, self.label, self.model = key, field, label, model
        self._public = public

    def public(self):
        return self._public()


TARGETS = {
    target.key: target
    for target in (
        Target(
            "bai-viet",
            "article",
            "Bài viết",
            Article,
            lambda: Article.objects.published().select_related("category"),
        ),
        Target(
            "chuong-trinh",
            "program",
            "Chương trình",
            SupportProgram,
            lambda: SupportProgram.objects.filter(is_public=True),
        ),
    )
}


def target_of(obj):
    """The Target for a model instance, or None when its pages are not rated."""
    return next((t for t in TARGETS.values() if isinstance(obj, t.model)), None)


class PageFeedback(models.Model):
    """One anonymous answer to "Thông tin này có hữu ích không?" about one page.

    Explicit foreign keys rather than a generic relation: the database keeps every rating
    tied to a page that exists (deleted with it), and the per-page summary groups, sorts
    and filters by title in SQL. A new kind of rated page is one more column.
    Nothing about the visitor is stored (no address, no cookie)."""

    article = models.ForeignKey(
        Article,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="feedback",
        verbose_name="bài viết",
    )
    program = models.ForeignKey(
        SupportProgram,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="feedback",
        verbose_name="chương trình",
    )
    useful = models.BooleanField("hữu ích")
    comment = models.TextField("góp ý", max_length=FEEDBACK_COMMENT_MAX, blank=True)
    created_at = models.DateTimeField("thời điểm", default=timezone.now, editable=False)

    class Meta:
        verbose_name = "đánh giá trang"
        verbose_name_plural = "đánh giá trang"
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["created_at"], name="feedback_created_idx")]
        constraints = [
            models.CheckConstraint(
                condition=(Q(article__isnull=False) & Q(program__isnull=True))
                | (Q(article__isnull=True) & Q(program__isnull=False)),
                name="feedback_one_page",
            )
        ]

    def __str__(self):
        return f"{'Có' if self.useful else 'Không'}: {self.page}"

    @property
    def page(self):
        return self.article or self.program

    @property
    def kind_label(self):
        return TARGETS["bai-viet" if self.article_id else "chuong-trinh"].label


class FeedbackSummary(PageFeedback):
    """The admin's per-page results ("Kết quả đánh giá trang"): a view of the ratings."""

    class Meta:
        proxy = True
        verbose_name = "kết quả đánh giá trang"
        verbose_name_plural = "kết quả đánh giá trang"

"""Citizens' questions and the department's answers (Decree 42/2022/NĐ-CP, Điều 11).

A visitor's question carries personal data (name, e-mail, phone, attachment, own wording)
that only staff see; the public sees the staff-reviewed title and text with the approved
answer, once published. History keeps no personal data.
"""

import re
import secrets

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from simple_history.models import HistoricalRecords

from portal.files import extension_of
from portal.images import dated_random_name
from portal.models import user_stamp
from portal.richtext import RichTextField
from portal.search import words_of
from portal.text import unique_slug
from portal.urlcache import reverse

# No 0/O and 1/I/L: codes are read aloud over the phone and typed from a note.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_LENGTH = 8
CODE_PREFIX = "HD-"
# Never kept in history: the history outlives the retention period.
PERSONAL_FIELDS = ["asker_name", "email", "phone", "title", "text", "attachment"]
ATTACHMENT_FIELDS = ["attachment_name", "attachment_type", "attachment_size"]


def new_tracking_code():
    """ "HD-7K3Q9F2M": 8 random characters of 31, about 40 bits, looked up rate-limited."""
    return CODE_PREFIX + "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normalize_code(text):
    """The code as stored, from what a person typed ("hd 7k3q-9f2m" too); "" if malformed."""
    raw = re.sub(r"[\s\-_.:]", "", (text or "").upper())[:20]
    if len(raw) == CODE_LENGTH + 2 and raw.startswith("HD"):
        raw = raw[2:]
    if len(raw) == CODE_LENGTH and all(ch in CODE_ALPHABET for ch in raw):
        return CODE_PREFIX + raw
    return ""


def question_storage():
    from .storage import storage

    return storage


class Topic(models.Model):
    """A field (lĩnh vực) questions are asked and published under."""

    name = models.CharField("tên lĩnh vực", max_length=150, unique=True)
    slug = models.SlugField(
        "đường dẫn", max_length=160, unique=True, blank=True, help_text="Để trống để tạo tự động."
    )
    description = models.CharField("mô tả ngắn", max_length=300, blank=True)
    position = models.PositiveSmallIntegerField("thứ tự", default=0)
    is_active = models.BooleanField(
        "nhận câu hỏi mới", default=True, help_text="Bỏ chọn để không hiện trong mẫu đặt câu hỏi."
    )

    class Meta:
        verbose_name = "lĩnh vực hỏi đáp"
        verbose_name_plural = "lĩnh vực hỏi đáp"
        ordering = ["position", "name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(self.name, Topic.objects.all(), exclude_pk=self.pk)
        super().save(*args, **kwargs)


class QuestionQuerySet(models.QuerySet):
    def published(self):
        """The only door to public pages and search: answered and chosen for publication."""
        return self.filter(is_published=True, status=Question.Status.ANSWERED)

    def for_listing(self):
        return self.select_related("topic", "department").order_by("-answered_at", "-pk")

    def matching(self, q):
        """Rows whose search-index entry matches `q` (accents optional); all rows for ""."""
        from portal import search

        entries, terms = search.search(q, kinds=["question"])
        if not terms:
            return self if not search.clean_query(q) else self.none()
        return self.filter(pk__in=entries.values("object_id"))

    def due_for_erasure(self, cutoff):
        """Closed questions whose personal data has outlived the retention period."""
        status = Question.Status
        return self.filter(personal_data_erased_at__isnull=True).filter(
            Q(status=status.ANSWERED, answered_at__lt=cutoff)
            | Q(status=status.REJECTED, rejected_at__lt=cutoff)
        )


def attachment_upload_to(instance, filename):
    return dated_random_name("hoi-dap", extension_of(filename))


class Question(models.Model):
    class Status(models.TextChoices):
        RECEIVED = "received", "Đã tiếp nhận"
        PROCESSING = "processing", "Đang xử lý"
        ANSWERED = "answered", "Đã trả lời"
        REJECTED = "rejected", "Từ chối"

    tracking_code = models.CharField(
        "mã tra cứu", max_length=12, unique=True, editable=False, default=new_tracking_code
    )
    topic = models.ForeignKey(
        Topic, on_delete=models.PROTECT, related_name="questions", verbose_name="lĩnh vực"
    )
    # The asker: personal data, never shown publicly, erased after the retention period.
    asker_name = models.CharField("họ và tên người hỏi", max_length=150, blank=True)
    email = models.EmailField("thư điện tử", blank=True)
    phone = models.CharField("số điện thoại", max_length=20, blank=True)
    title = models.CharField("tiêu đề người hỏi gửi", max_length=200, blank=True)
    text = models.TextField("câu hỏi người hỏi gửi", blank=True)
    attachment = models.FileField(
        "tệp đính kèm",
        storage=question_storage,
        upload_to=attachment_upload_to,
        max_length=200,
        blank=True,
    )
    attachment_name = models.CharField("tên tệp gốc", max_length=255, blank=True, editable=False)
    attachment_type = models.CharField(max_length=120, blank=True, editable=False)
    attachment_size = models.PositiveIntegerField("dung lượng (byte)", default=0, editable=False)
    # What the public reads, once staff have removed any personal details.
    public_title = models.CharField(
        "tiêu đề công khai",
        max_length=200,
        blank=True,
        help_text="Bỏ họ tên, địa chỉ, số điện thoại, số giấy tờ… trước khi công bố.",
    )
    public_text = models.TextField(
        "nội dung câu hỏi công khai",
        blank=True,
        help_text="Câu hỏi như sẽ hiện trên trang Hỏi đáp, đã bỏ mọi thông tin cá nhân.",
    )
    status = models.CharField(
        "trạng thái",
        max_length=12,
        choices=Status.choices,
        default=Status.RECEIVED,
        editable=False,
    )
    department = models.ForeignKey(
        "organization.Department",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="questions",
        verbose_name="đơn vị trả lời",
    )
    assigned_by = user_stamp("người giao")
    assigned_at = models.DateTimeField("giao lúc", null=True, blank=True, editable=False)
    answer = RichTextField(
        "câu trả lời",
        blank=True,
        help_text="Sau khi lưu, một người khác có quyền duyệt sẽ duyệt câu trả lời.",
    )
    answer_drafted_by = user_stamp("người soạn trả lời")
    answer_drafted_at = models.DateTimeField("soạn lúc", null=True, blank=True, editable=False)
    # PROTECT: who approved an answer sent to a citizen stays known; deactivate, never delete.
    answer_approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
        verbose_name="người duyệt trả lời",
    )
    answer_approved_at = models.DateTimeField("duyệt lúc", null=True, blank=True, editable=False)
    answered_at = models.DateTimeField("ngày trả lời", null=True, blank=True, editable=False)
    rejection_reason = models.TextField(
        "lý do từ chối",
        blank=True,
        editable=False,
        help_text="Người hỏi đọc được khi tra cứu; không ghi thông tin cá nhân.",
    )
    rejected_by = user_stamp("người từ chối")
    rejected_at = models.DateTimeField("từ chối lúc", null=True, blank=True, editable=False)
    is_published = models.BooleanField("công bố trên trang", default=False, editable=False)
    slug = models.SlugField("đường dẫn", max_length=200, blank=True, editable=False)
    published_by = user_stamp("người công bố")
    published_at = models.DateTimeField("công bố lúc", null=True, blank=True, editable=False)
    created_at = models.DateTimeField("ngày gửi", auto_now_add=True)
    updated_at = models.DateTimeField("cập nhật lúc", auto_now=True)
    personal_data_erased_at = models.DateTimeField(
        "đã xóa dữ liệu cá nhân lúc", null=True, blank=True, editable=False
    )
    search_folded = models.TextField(editable=False, default="")
    history = HistoricalRecords(
        excluded_fields=[*PERSONAL_FIELDS, *ATTACHMENT_FIELDS, "search_folded"]
    )

    objects = QuestionQuerySet.as_manager()

    class Meta:
        verbose_name = "câu hỏi"
        verbose_name_plural = "câu hỏi"
        ordering = ["-created_at", "-pk"]
        permissions = [
            ("approve_answer", "Duyệt câu trả lời, từ chối câu hỏi"),
            ("publish_question", "Công bố câu hỏi và câu trả lời"),
        ]
        indexes = [models.Index(fields=["is_published", "answered_at"], name="qa_published_idx")]
        constraints = [
            models.UniqueConstraint(fields=["slug"], condition=~Q(slug=""), name="qa_unique_slug"),
            models.CheckConstraint(
                condition=Q(personal_data_erased_at__isnull=False) | ~Q(email="") | ~Q(phone=""),
                name="qa_contact_required",
            ),
            models.CheckConstraint(
                condition=~Q(status="rejected")
                | (~Q(rejection_reason="") & Q(rejected_at__isnull=False)),
                name="qa_rejected_has_reason",
            ),
            models.CheckConstraint(
                condition=~Q(status__in=["processing", "answered"]) | Q(department__isnull=False),
                name="qa_handled_has_department",
            ),
            models.CheckConstraint(
                condition=~Q(status="answered")
                | (
                    ~Q(answer="")
                    & Q(answer_approved_by__isnull=False)
                    & Q(answered_at__isnull=False)
                ),
                name="qa_answered_is_approved",
            ),
            models.CheckConstraint(
                condition=~Q(answer_approved_by=F("answer_drafted_by")),
                name="qa_answer_four_eyes",
            ),
            models.CheckConstraint(
                condition=Q(is_published=False)
                | (Q(status="answered") & ~Q(slug="") & ~Q(public_title="") & ~Q(public_text="")),
                name="qa_published_only_answered",
            ),
        ]

    def __str__(self):
        title = self.public_title or self.title
        return f"{self.tracking_code}: {title}" if title else self.tracking_code

    def save(self, *args, **kwargs):
        # A row-local folded copy for the admin's search box, which ignores diacritics.
        self.search_folded = words_of(
            " ".join(
                [
                    self.tracking_code,
                    self.asker_name,
                    self.email,
                    self.phone,
                    self.title,
                    self.public_title,
                    self.text,
                    self.public_text,
                ]
            )
        )
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "search_folded"}
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("qa:detail", kwargs={"slug": self.slug}) if self.slug else ""

    @property
    def is_closed(self):
        return self.status in (self.Status.ANSWERED, self.Status.REJECTED)

    @property
    def is_erased(self):
        return self.personal_data_erased_at is not None

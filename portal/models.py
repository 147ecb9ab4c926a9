from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F
from django.utils import timezone
from simple_history.models import HistoricalRecords

from .images import ImageField

CACHE_KEY = "portal:site-settings"


def user_stamp(verbose_name):
    """A "who did it" column: kept when the account is deleted, never edited by hand."""
    return models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
        verbose_name=verbose_name,
    )


def version_field():
    """The optimistic lock of a row that several people edit (articles, outcomes)."""
    return models.PositiveIntegerField(
        "phiên bản",
        default=1,
        editable=False,
        help_text="Tăng sau mỗi lần lưu; một lần lưu từ bản đã cũ bị từ chối.",
    )


def claim_version(instance, expected=None):
    """Compare-and-set on `version`, before a save: bump it in the database and on `instance`.

    False when the row no longer has `expected` (someone saved it after it was loaded) or
    is gone. One UPDATE … WHERE version = expected, so two saves cannot both pass, on any
    database; call it inside the transaction that then saves the row.
    """
    rows = type(instance)._default_manager.filter(pk=instance.pk)
    if expected is not None:
        rows = rows.filter(version=expected)
    if not rows.update(version=F("version") + 1):
        return False
    if expected is None:
        instance.version = rows.values_list("version", flat=True).get()
    else:
        instance.version = expected + 1
    return True


class EditConflict(ValidationError):
    """A save refused because someone else saved the row after the editor opened it."""

    def __init__(self, what, changed_at=None, *, in_form=False):
        if changed_at is None:
            message = f"{what} đã bị người khác xóa sau khi bạn mở."
        elif in_form:
            message = (
                f"{what} đã được người khác sửa lúc {clock(changed_at)} sau khi bạn mở. "
                "Hãy mở lại để xem thay đổi của họ; nội dung bạn vừa nhập được giữ "
                "trong ô dưới đây."
            )
        else:
            message = (
                f"{what} đã được người khác sửa lúc {clock(changed_at)} sau khi bạn mở. "
                "Hãy tải lại trang để xem thay đổi của họ rồi làm lại."
            )
        super().__init__(message, code="conflict")
        self.changed_at = changed_at


def version_conflict(model, pk, what, *, in_form=False):
    """The EditConflict for row `pk` of `model` (a model with `version` and `updated_at`)."""
    changed_at = model._default_manager.filter(pk=pk).values_list("updated_at", flat=True)
    return EditConflict(what, changed_at.first(), in_form=in_form)


def check_version(obj, loaded_version, what):
    """Refuse (EditConflict) a form opened at `loaded_version` if the row has moved on.

    A form that sends no version (an old script) is not checked; the admin always sends it.
    """
    if obj.pk is None or loaded_version is None:
        return
    if not type(obj)._default_manager.filter(pk=obj.pk, version=loaded_version).exists():
        raise version_conflict(type(obj), obj.pk, what, in_form=True)


def clock(moment):
    """ "10:32" today, "10:32 ngày 21/12/2023" on another day (Vietnam time)."""
    local = timezone.localtime(moment)
    if local.date() == timezone.localdate():
        return f"{local:%H:%M}"
    return f"{local:%H:%M} ngày {local:%d/%m/%Y}"


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
    history = HistoricalRecords()

    class Meta:
        verbose_name = "cấu hình trang"
        verbose_name_plural = "cấu hình trang"

    def __str__(self):
        return self.department_name

    @classmethod
    def current(cls):
        """The settings row, cached; an unsaved default when none exists yet. A request
        that knows the content generation finds it in the process (portal/memo.py): a save
        starts a new generation."""
        from .memo import memo

        return memo("site-settings", cls._cached)

    @classmethod
    def _cached(cls):
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
        indexes = [
            models.Index(fields=["is_public", "kind", "year"], name="search_filter_idx"),
            # Newest first: a word found in nearly every entry ranks only the newest
            # RANK_CANDIDATES (portal/search.py), read along this index instead of sorting
            # every match (0.35 s at 100,000 articles).
            models.Index(fields=["-date", "-id"], name="search_newest_idx"),
        ]

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


class RoleChange(models.Model):
    """Who gave or took which role (a group, or the superuser / admin-access flag) of
    which account, and when: written for every change, whatever screen or command made it.
    """

    class Action(models.TextChoices):
        GRANTED = "granted", "Cấp"
        REVOKED = "revoked", "Thu hồi"

    SUPERUSER = "Toàn quyền quản trị (superuser)"
    STAFF = "Được vào trang quản trị"

    at = models.DateTimeField("lúc", auto_now_add=True, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="người thực hiện",
        help_text="Trống: thay đổi từ dòng lệnh hoặc tác vụ tự động.",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="role_changes",
        verbose_name="tài khoản",
    )
    # Copies: the log still reads right after the account or the group is deleted or renamed.
    username = models.CharField("tên đăng nhập", max_length=150)
    role = models.CharField("vai trò", max_length=150)
    action = models.CharField("thao tác", max_length=10, choices=Action.choices)

    class Meta:
        verbose_name = "thay đổi vai trò"
        verbose_name_plural = "lịch sử phân quyền"
        ordering = ["-at", "-pk"]

    def __str__(self):
        return f"{self.get_action_display()} «{self.role}» cho {self.username}"


def _acting_user():
    """The signed-in user of the current request (simple-history's middleware keeps it)."""
    request = getattr(HistoricalRecords.context, "request", None)
    user = getattr(request, "user", None)
    return user if user is not None and user.is_authenticated else None


def _log_roles(pairs, action):
    actor = _acting_user()
    RoleChange.objects.bulk_create(
        RoleChange(actor=actor, user=user, username=user.get_username(), role=role, action=action)
        for user, role in pairs
    )


def record_group_change(sender, instance, action, reverse, pk_set, **kwargs):
    """m2m_changed of User.groups, from either side (user.groups / group.user_set)."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    side = "group_id" if reverse else "user_id"
    if action in ("pre_remove", "pre_clear"):
        # Only memberships that really exist are logged (remove() accepts absent ones, and
        # clear() does not say what it removes).
        rows = sender.objects.filter(**{side: instance.pk})
        if action == "pre_remove":
            rows = rows.filter(**{("user_id" if reverse else "group_id") + "__in": pk_set})
        instance._roles_leaving = list(rows.values_list("user_id", "group_id"))
        return
    if action == "post_add":
        pairs = [(pk, instance.pk) if reverse else (instance.pk, pk) for pk in pk_set]
    elif action in ("post_remove", "post_clear"):
        pairs = getattr(instance, "_roles_leaving", [])
    else:
        return
    if not pairs:
        return
    users = get_user_model()._default_manager.in_bulk({user_id for user_id, _ in pairs})
    groups = Group.objects.in_bulk({group_id for _, group_id in pairs})
    verdict = RoleChange.Action.GRANTED if action == "post_add" else RoleChange.Action.REVOKED
    _log_roles([(users[u], groups[g].name) for u, g in pairs], verdict)


ROLE_FLAGS = {"is_superuser": RoleChange.SUPERUSER, "is_staff": RoleChange.STAFF}


def remember_role_flags(sender, instance, raw=False, update_fields=None, **kwargs):
    """pre_save of the user model: the flags as stored, to compare after the save."""
    instance._role_flags_before = {}
    if (
        raw
        or instance.pk is None
        or (update_fields is not None and not set(update_fields) & set(ROLE_FLAGS))
    ):
        return
    stored = sender._default_manager.filter(pk=instance.pk).values(*ROLE_FLAGS).first()
    instance._role_flags_before = stored or {}


def record_role_flags(sender, instance, created, raw=False, **kwargs):
    """post_save of the user model: log the superuser / admin-access flags that changed."""
    if raw:
        return
    before = getattr(instance, "_role_flags_before", {})
    changes = {True: [], False: []}
    for flag, role in ROLE_FLAGS.items():
        now = getattr(instance, flag)
        if (created and now) or (flag in before and before[flag] != now):
            changes[now].append((instance, role))
    _log_roles(changes[True], RoleChange.Action.GRANTED)
    _log_roles(changes[False], RoleChange.Action.REVOKED)


class PageCacheState(models.Model):
    """The page cache's generation when the cache is local to each process (portal/pagecache.py):
    one row, so that a change saved by one worker reaches the pages of all the others."""

    token = models.CharField("thế hệ", max_length=32)
    next_change_at = models.DateTimeField("lần thay đổi theo lịch kế tiếp", null=True)

    class Meta:
        verbose_name = "trạng thái bộ đệm trang"
        verbose_name_plural = "trạng thái bộ đệm trang"

    def __str__(self):
        return self.token

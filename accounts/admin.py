"""Login records and two-step devices in the admin, in Vietnamese.

Administrators lift a lockout by deleting its record ("Gỡ khóa"), and turn off the two-step
verification of someone who lost their phone by deleting the device; both are logged.
"""

from axes.admin import AccessAttemptAdmin, AccessFailureLogAdmin, AccessLogAdmin
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.core.exceptions import PermissionDenied
from django.utils import timezone
from django.utils.formats import date_format
from django_otp.plugins.otp_totp.models import TOTPDevice

from .models import LoginAttempt, LoginFailure, LoginRecord, TwoFactorDevice
from .security import log_event

# django-otp registers its own admin (English, showing secrets); ours replaces it.
if admin.site.is_registered(TOTPDevice):
    admin.site.unregister(TOTPDevice)


def lock_threshold():
    """Attempts after this moment still count towards a lockout."""
    return timezone.now() - settings.AXES_COOLOFF_TIME


class LoggedDeletionMixin:
    """Deleting here changes who may log in: each deletion goes to the security log."""

    deletion_event = ""

    def deletion_fields(self, obj):
        return {}

    def log_deleted(self, request, obj):
        log_event(
            self.deletion_event, request=request, user=request.user, **self.deletion_fields(obj)
        )

    def delete_model(self, request, obj):
        self.log_deleted(request, obj)
        super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        for obj in queryset:
            self.log_deleted(request, obj)
        super().delete_queryset(request, queryset)


class RecordAdminMixin:
    """Records of what happened: looked at, never edited."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class LockedFilter(admin.SimpleListFilter):
    title = "trạng thái"
    parameter_name = "dang_khoa"

    def lookups(self, request, model_admin):
        return [("1", "Đang bị khóa"), ("0", "Chưa bị khóa hoặc đã hết hạn")]

    def queryset(self, request, queryset):
        locked = {
            "failures_since_start__gte": settings.AXES_FAILURE_LIMIT,
            "attempt_time__gt": lock_threshold(),
        }
        if self.value() == "1":
            return queryset.filter(**locked)
        if self.value() == "0":
            return queryset.exclude(**locked)
        return queryset


@admin.register(LoginAttempt)
class LoginAttemptAdmin(RecordAdminMixin, LoggedDeletionMixin, AccessAttemptAdmin):
    deletion_event = "lockout_lifted"
    list_display = ["attempt_time", "username", "ip_address", "failures_since_start", "status"]
    list_filter = [LockedFilter, "attempt_time"]
    search_fields = ["username", "ip_address"]
    ordering = ["-attempt_time"]
    fieldsets = [
        (None, {"fields": ["username", "ip_address", "failures_since_start", "attempt_time"]}),
        ("Trình duyệt", {"fields": ["user_agent", "http_accept", "path_info"]}),
        ("Dữ liệu đã gửi (mật khẩu đã được che)", {"fields": ["get_data", "post_data"]}),
    ]
    actions = ["unlock"]

    def deletion_fields(self, obj):
        return {"locked_username": obj.username, "locked_ip": obj.ip_address}

    def get_actions(self, request):
        actions = super().get_actions(request)
        actions.pop("delete_selected", None)  # "Gỡ khóa" says what deleting means here
        return actions

    @admin.display(description="trạng thái")
    def status(self, obj):
        limit = settings.AXES_FAILURE_LIMIT
        if obj.attempt_time <= lock_threshold():
            return "Đã hết hạn"
        if obj.failures_since_start >= limit:
            until = timezone.localtime(obj.attempt_time + settings.AXES_COOLOFF_TIME)
            return f"Đang bị khóa đến {date_format(until, 'H:i')}"
        return f"Còn {limit - obj.failures_since_start} lần thử"

    @admin.action(description="Gỡ khóa các mục đã chọn", permissions=["delete"])
    def unlock(self, request, queryset):
        count = queryset.count()
        self.delete_queryset(request, queryset)
        self.message_user(request, f"Đã gỡ khóa {count} mục.", messages.SUCCESS)


@admin.register(LoginRecord)
class LoginRecordAdmin(RecordAdminMixin, AccessLogAdmin):
    list_display = ["attempt_time", "logout_time", "username", "ip_address", "user_agent"]
    list_filter = ["attempt_time"]
    search_fields = ["username", "ip_address"]
    ordering = ["-attempt_time"]
    fieldsets = [
        (None, {"fields": ["username", "ip_address", "attempt_time", "logout_time"]}),
        ("Trình duyệt", {"fields": ["user_agent", "http_accept", "path_info"]}),
    ]


@admin.register(LoginFailure)
class LoginFailureAdmin(RecordAdminMixin, AccessFailureLogAdmin):
    list_display = ["attempt_time", "username", "ip_address", "locked_out", "user_agent"]
    list_filter = ["attempt_time", "locked_out"]
    search_fields = ["username", "ip_address"]
    ordering = ["-attempt_time"]
    fieldsets = [
        (None, {"fields": ["username", "ip_address", "attempt_time", "locked_out"]}),
        ("Trình duyệt", {"fields": ["user_agent", "http_accept", "path_info"]}),
    ]


@admin.register(TwoFactorDevice)
class TwoFactorDeviceAdmin(RecordAdminMixin, LoggedDeletionMixin, admin.ModelAdmin):
    deletion_event = "otp_device_deleted"
    list_display = ["account", "state", "created", "last_used"]
    list_select_related = ["user"]
    search_fields = ["user__username", "user__first_name", "user__last_name"]
    search_help_text = "Tìm theo tên đăng nhập hoặc họ tên."
    ordering = ["user__username"]
    fields = ["account", "state", "created", "last_used"]
    readonly_fields = fields  # each person sets up their own device (accounts:two_factor)

    def deletion_fields(self, obj):
        return {"device_owner": obj.user.get_username()}

    @admin.display(description="tài khoản", ordering="user__username")
    def account(self, obj):
        return obj.user

    @admin.display(description="trạng thái")
    def state(self, obj):
        return "Đang dùng" if obj.confirmed else "Đang thiết lập (chưa xác nhận)"

    @admin.display(description="ngày thiết lập", ordering="created_at")
    def created(self, obj):
        return obj.created_at

    @admin.display(description="lần dùng gần nhất", ordering="last_used_at")
    def last_used(self, obj):
        return obj.last_used_at

    def has_delete_permission(self, request, obj=None):
        # Only a superuser turns off a superuser's two-step verification.
        if obj is not None and obj.user.is_superuser and not request.user.is_superuser:
            return False
        return super().has_delete_permission(request, obj)


User = get_user_model()
if admin.site.is_registered(User):
    admin.site.unregister(User)


@admin.register(User)
class GuardedUserAdmin(DjangoUserAdmin):
    """Administrators manage accounts and roles, but only a superuser grants superuser
    status or individual permissions, or touches a superuser's account (no escalation)."""

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if not request.user.is_superuser:
            fields += ["is_superuser", "user_permissions"]
        return fields

    def _guards_superuser(self, request, obj):
        return obj is not None and obj.is_superuser and not request.user.is_superuser

    def has_change_permission(self, request, obj=None):
        if self._guards_superuser(request, obj):
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        if self._guards_superuser(request, obj):
            return False
        return super().has_delete_permission(request, obj)

    def user_change_password(self, request, id, form_url=""):
        target = self.get_object(request, unquote(id))
        if self._guards_superuser(request, target):
            raise PermissionDenied("Chỉ quản trị viên cấp cao mới đổi được mật khẩu tài khoản này.")
        return super().user_change_password(request, id, form_url)

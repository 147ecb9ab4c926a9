from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.utils.text import Truncator

from portal.images import normalized_upload, refresh_renditions
from portal.text import vi_date

from . import services
from .models import (
    AboutPage,
    Department,
    EnglishPage,
    EnglishSettings,
    Leader,
    ScheduleEntry,
    WebLink,
)


@admin.register(AboutPage)
class AboutPageAdmin(admin.ModelAdmin):
    list_display = ["title", "slug", "position", "is_public", "updated_at"]
    list_editable = ["position", "is_public"]
    list_filter = ["is_public"]
    search_fields = ["title", "summary"]
    fields = ["title", "slug", "summary", "body", "position", "is_public"]


@admin.register(Department)
class DepartmentAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "head_name", "phone", "position", "is_public"]
    list_editable = ["position", "is_public"]
    list_filter = ["kind", "is_public"]
    search_fields = ["name", "head_name"]
    fields = [
        "name",
        "slug",
        "kind",
        "functions",
        "head_name",
        "address",
        "phone",
        "email",
        "position",
        "is_public",
    ]


class LeaderForm(forms.ModelForm):
    class Meta:
        model = Leader
        fields = ["full_name", "title", "responsibilities", "phone", "email", "photo"]
        fields += ["position", "is_current"]

    def clean_photo(self):
        return normalized_upload(self.cleaned_data.get("photo"))


@admin.register(Leader)
class LeaderAdmin(admin.ModelAdmin):
    form = LeaderForm
    list_display = ["full_name", "title", "phone", "position", "is_current"]
    list_filter = ["is_current"]
    search_fields = ["full_name", "title"]

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if "photo" in form.changed_data:
            refresh_renditions(obj, "photo", "photo_renditions")


@admin.register(ScheduleEntry)
class ScheduleEntryAdmin(admin.ModelAdmin):
    list_display = [
        "day",
        "session",
        "start_time",
        "short_content",
        "chair_display",
        "is_published",
    ]
    list_display_links = ["day", "short_content"]
    list_filter = ["is_published", "leader", "session"]
    list_select_related = ["leader"]
    date_hierarchy = "date"
    search_fields = ["content", "location", "participants", "chair_text", "leader__full_name"]
    autocomplete_fields = ["leader"]
    ordering = ["-date", "session", "start_time"]
    actions = ["publish_selected", "unpublish_selected", "copy_to_next_week"]
    fieldsets = [
        (None, {"fields": ["date", "session", "start_time", "end_time", "content"]}),
        (
            "Chủ trì, thành phần, địa điểm",
            {"fields": ["leader", "chair_text", "participants", "location", "notes"]},
        ),
        ("Công bố", {"fields": ["is_published"]}),
    ]

    @admin.display(description="ngày", ordering="date")
    def day(self, obj):
        return vi_date(obj.date)

    @admin.display(description="nội dung")
    def short_content(self, obj):
        return Truncator(obj.content).chars(80)

    @admin.display(description="chủ trì")
    def chair_display(self, obj):
        return obj.chair

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        obj.updated_by = request.user
        super().save_model(request, obj, form, change)

    @admin.action(description="Công bố các mục đã chọn", permissions=["change"])
    def publish_selected(self, request, queryset):
        count = services.schedule_set_published(entries=queryset, published=True, user=request.user)
        self.message_user(request, f"Đã công bố {count} mục lịch công tác.", messages.SUCCESS)

    @admin.action(description="Thôi công bố các mục đã chọn", permissions=["change"])
    def unpublish_selected(self, request, queryset):
        count = services.schedule_set_published(
            entries=queryset, published=False, user=request.user
        )
        self.message_user(request, f"Đã thôi công bố {count} mục lịch công tác.", messages.SUCCESS)

    @admin.action(description="Sao chép sang tuần sau (bản nháp)", permissions=["add"])
    def copy_to_next_week(self, request, queryset):
        try:
            copies = services.schedule_copy_to_next_week(entries=queryset, user=request.user)
        except ValidationError as error:
            self.message_user(request, "; ".join(error.messages), messages.ERROR)
            return
        self.message_user(
            request,
            f"Đã sao chép {len(copies)} mục sang tuần sau, ở trạng thái chưa công bố.",
            messages.SUCCESS,
        )


@admin.register(WebLink)
class WebLinkAdmin(admin.ModelAdmin):
    list_display = ["name", "url", "group", "position", "is_active"]
    list_editable = ["position", "is_active"]
    list_filter = ["is_active", "group"]
    search_fields = ["name", "url"]


@admin.register(EnglishPage)
class EnglishPageAdmin(admin.ModelAdmin):
    list_display = ["title", "slug", "position", "is_public", "updated_at"]
    list_editable = ["position", "is_public"]
    list_filter = ["is_public"]
    search_fields = ["title", "summary"]
    fields = ["title", "slug", "summary", "body", "position", "is_public"]


@admin.register(EnglishSettings)
class EnglishSettingsAdmin(admin.ModelAdmin):
    list_display = ["department_name", "phone", "email"]

    def has_add_permission(self, request):
        # One row only: the English pages read the first one.
        return super().has_add_permission(request) and not EnglishSettings.objects.exists()

from django import forms
from django.contrib import admin
from django.db import router, transaction
from simple_history.admin import SimpleHistoryAdmin

from .admin_actions import ReadOnlyAdminMixin
from .images import normalized_upload
from .models import EditConflict, RoleChange, SiteSettings, VisitDay

# The logo is shown at most 64 CSS px high; 256 px covers every screen density in use.
LOGO_MAX_SIDE = 256

admin.site.site_header = "Quản trị cổng thông tin"
admin.site.site_title = "Quản trị cổng thông tin"
admin.site.index_title = "Bảng điều khiển"


class SiteSettingsForm(forms.ModelForm):
    class Meta:
        model = SiteSettings
        fields = [
            "department_name",
            "parent_body",
            "logo",
            "welcome_line",
            "address",
            "phone",
            "hotline",
            "email",
            "licence_line",
            "person_responsible",
            "one_stop_url",
            "one_stop_label",
            "footer_note",
        ]

    def clean_logo(self):
        # Shown at 64 px on every page (128 on sharp screens): no need to send more.
        logo = normalized_upload(self.cleaned_data.get("logo"), max_side=LOGO_MAX_SIDE)
        if logo is not self.cleaned_data.get("logo"):
            logo.name = f"logo{logo.name[-4:]}"
        return logo


class EditConflictAdminMixin:
    """Optimistic locking in a change form whose form checks the version it was loaded
    with: when another save slips in between that check and the write, the service raises
    EditConflict and everything rolls back; the form is then shown again, where the check
    now sees the other save and keeps what the user typed."""

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except EditConflict:
            return super().changeform_view(request, object_id, form_url, extra_context)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        parent = super().history_form_view

        def revert():
            # simple-history's revert is not atomic: the row and its relations go together.
            with transaction.atomic(using=router.db_for_write(self.model)):
                return parent(request, object_id, version_id, extra_context)

        try:
            return revert()
        except EditConflict:
            return revert()


@admin.register(SiteSettings)
class SiteSettingsAdmin(SimpleHistoryAdmin):
    form = SiteSettingsForm
    fieldsets = [
        ("Cơ quan", {"fields": ["department_name", "parent_body", "logo", "welcome_line"]}),
        ("Liên hệ", {"fields": ["address", "phone", "hotline", "email"]}),
        ("Chân trang", {"fields": ["licence_line", "person_responsible", "footer_note"]}),
        ("Một cửa điện tử", {"fields": ["one_stop_label", "one_stop_url"]}),
        ("Hiển thị", {"fields": ["mourning_mode", "show_visit_stats"]}),
    ]

    def has_add_permission(self, request):
        # One row only: the department edits it, never adds a second.
        return super().has_add_permission(request) and not SiteSettings.objects.exists()

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(VisitDay)
class VisitDayAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """Daily page views, written by the counter itself: read-only here."""

    list_display = ["date", "views"]
    date_hierarchy = "date"


@admin.register(RoleChange)
class RoleChangeAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """Who gave or took which role of whom, and when: written by the system, read-only."""

    list_display = ["at", "acted_by", "username", "action", "role"]
    list_filter = ["action", "role"]
    list_select_related = ["actor"]
    search_fields = ["username", "role", "actor__username"]
    date_hierarchy = "at"

    @admin.display(description="người thực hiện", ordering="actor__username")
    def acted_by(self, obj):
        return obj.actor or "— (dòng lệnh)"

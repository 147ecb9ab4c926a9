from django import forms
from django.contrib import admin
from django.core.files.uploadedfile import UploadedFile

from .images import normalize
from .models import SiteSettings, VisitDay

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
        logo = self.cleaned_data.get("logo")
        if isinstance(logo, UploadedFile):
            content, _width, _height = normalize(logo)
            content.name = f"logo{content.name[-4:]}"
            return content
        return logo


@admin.register(SiteSettings)
class SiteSettingsAdmin(admin.ModelAdmin):
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
class VisitDayAdmin(admin.ModelAdmin):
    """Daily page views, written by the counter itself: read-only here."""

    list_display = ["date", "views"]
    date_hierarchy = "date"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

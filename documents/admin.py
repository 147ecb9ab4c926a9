from django import forms
from django.contrib import admin
from django.core.files.uploadedfile import UploadedFile
from simple_history.admin import SimpleHistoryAdmin

from portal.admin_search import FoldedSearchMixin
from portal.files import display_name, validate_document_file
from portal.text import vi_date

from .models import (
    AdministrativeProcedure,
    DocumentFile,
    DocumentType,
    Field,
    IssuingBody,
    LegalDocument,
    site_today,
)


class NamedListAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "position"]
    list_editable = ["position"]
    search_fields = ["name"]


admin.site.register(DocumentType, NamedListAdmin)
admin.site.register(IssuingBody, NamedListAdmin)
admin.site.register(Field, NamedListAdmin)


class DocumentFileForm(forms.ModelForm):
    class Meta:
        model = DocumentFile
        fields = ["file", "title", "position"]

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if isinstance(upload, UploadedFile):
            content_type, _label = validate_document_file(upload)
            self.instance.original_name = display_name(upload.name)
            self.instance.content_type = content_type
            self.instance.size = upload.size
        return upload


class DocumentFileInline(admin.TabularInline):
    model = DocumentFile
    form = DocumentFileForm
    extra = 1
    fields = ["file", "title", "position", "original_name", "size"]
    readonly_fields = ["original_name", "size"]


class ConsultationFilter(admin.SimpleListFilter):
    title = "lấy ý kiến dự thảo"
    parameter_name = "lay_y_kien"

    def lookups(self, request, model_admin):
        return [("dang", "Đang lấy ý kiến"), ("het", "Đã hết hạn góp ý")]

    def queryset(self, request, queryset):
        if self.value() == "dang":
            return queryset.open_for_comments()
        if self.value() == "het":
            return queryset.filter(comments_open_until__lt=site_today())
        return queryset


@admin.register(LegalDocument)
class LegalDocumentAdmin(FoldedSearchMixin, SimpleHistoryAdmin):
    search_kind = "document"
    list_display = ["number", "doc_type", "issuing_body", "issued", "validity_label", "is_public"]
    list_filter = ["doc_type", "issuing_body", "fields", "is_public", ConsultationFilter]
    list_select_related = ["doc_type", "issuing_body", "replaced_by"]
    search_fields = ["number", "number_key", "abstract", "search_text"]
    date_hierarchy = "issued_date"
    show_full_result_count = False  # no second COUNT of every document on filtered pages
    autocomplete_fields = ["replaced_by", "amends"]
    filter_horizontal = ["fields"]
    inlines = [DocumentFileInline]
    fieldsets = [
        (None, {"fields": ["number", "doc_type", "issuing_body", "abstract", "signer", "fields"]}),
        ("Ngày tháng", {"fields": ["issued_date", "effective_date", "expiry_date"]}),
        ("Quan hệ với văn bản khác", {"fields": ["replaced_by", "amends"]}),
        ("Công bố", {"fields": ["is_public", "comments_open_until"]}),
    ]

    @admin.display(description="ngày ban hành", ordering="issued_date")
    def issued(self, obj):
        return vi_date(obj.issued_date, with_weekday=False)

    @admin.display(description="hiệu lực")
    def validity_label(self, obj):
        return obj.validity_label

    def save_model(self, request, obj, form, change):
        obj.updated_by = request.user
        super().save_model(request, obj, form, change)


@admin.register(AdministrativeProcedure)
class AdministrativeProcedureAdmin(admin.ModelAdmin):
    list_display = ["name", "code", "field", "level", "is_public"]
    list_filter = ["field", "level", "is_public"]
    list_select_related = ["field"]
    search_fields = ["name", "code"]
    autocomplete_fields = ["legal_basis"]
    fieldsets = [
        (None, {"fields": ["name", "slug", "code", "field", "level"]}),
        (
            "Thực hiện",
            {
                "fields": [
                    "processing_time",
                    "fee",
                    "where_to_submit",
                    "steps",
                    "required_papers",
                    "online_url",
                ]
            },
        ),
        ("Căn cứ pháp lý", {"fields": ["legal_basis", "is_public"]}),
    ]

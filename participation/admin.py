import io

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.template.defaultfilters import linebreaks_filter, truncatechars
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html
from import_export.admin import ExportMixin
from import_export.formats import base_formats
from import_export.forms import ExportForm

from portal.admin_actions import ExcelCsvExportMixin, ReadOnlyAdminMixin

from . import services, summary
from .models import TARGETS, DocumentComment, FeedbackSummary, PageFeedback
from .resources import PageFeedbackResource

# Comments on drafts


# What the visitor sent: shown to moderators, never edited.
SUBMITTED_FIELDS = ["document_link", "name", "email", "organisation", "created_at", "text_block"]


class DocumentCommentForm(forms.ModelForm):
    class Meta:
        model = DocumentComment
        fields = ["status", "reply"]


@admin.register(DocumentComment)
class DocumentCommentAdmin(admin.ModelAdmin):
    """Moderation: visitors write the comments; staff publish, reject and answer them."""

    form = DocumentCommentForm
    list_display = ["name", "excerpt", "document", "status", "submitted"]
    list_filter = ["status", ("document", admin.RelatedOnlyFieldListFilter), "created_at"]
    list_select_related = ["document__doc_type", "moderated_by"]
    search_fields = ["name", "email", "organisation", "text", "document__number"]
    date_hierarchy = "created_at"
    actions = ["publish_selected", "reject_selected"]
    readonly_fields = [*SUBMITTED_FIELDS, "moderated_by", "moderated_at"]
    fieldsets = [
        ("Góp ý", {"fields": SUBMITTED_FIELDS}),
        ("Kiểm duyệt", {"fields": ["status", "reply", "moderated_by", "moderated_at"]}),
    ]

    def has_add_permission(self, request):
        return False  # comments come from visitors, through the public form

    @admin.display(description="góp ý")
    def excerpt(self, obj):
        return truncatechars(obj.text, 60)

    @admin.display(description="gửi lúc", ordering="created_at")
    def submitted(self, obj):
        return f"{timezone.localtime(obj.created_at):%H:%M %d/%m/%Y}"

    @admin.display(description="văn bản")
    def document_link(self, obj):
        return format_html(
            '<a href="{}">{}</a> (<a href="{}">trang công khai</a>)',
            reverse("admin:documents_legaldocument_change", args=[obj.document_id]),
            obj.document,
            obj.document.get_absolute_url(),
        )

    @admin.display(description="nội dung góp ý")
    def text_block(self, obj):
        return linebreaks_filter(obj.text, autoescape=True)

    def save_model(self, request, obj, form, change):
        original = DocumentComment.objects.get(pk=obj.pk)
        services.comment_moderate(
            comment=original, user=request.user, status=obj.status, reply=obj.reply
        )

    @admin.action(description="Công bố các góp ý đã chọn", permissions=["change"])
    def publish_selected(self, request, queryset):
        self._moderate(request, queryset, DocumentComment.Status.PUBLISHED, "Đã công bố {} góp ý.")

    @admin.action(description="Không công bố các góp ý đã chọn", permissions=["change"])
    def reject_selected(self, request, queryset):
        self._moderate(
            request,
            queryset,
            DocumentComment.Status.REJECTED,
            "Đã đánh dấu {} góp ý không công bố.",
        )

    def _moderate(self, request, queryset, status, success):
        done = 0
        for comment in queryset:
            try:
                services.comment_moderate(comment=comment, user=request.user, status=status)
            except ValidationError as error:
                self.message_user(request, f"{comment}: {error.messages[0]}", messages.WARNING)
            else:
                done += 1
        self.message_user(request, success.format(done), messages.SUCCESS)


# Page ratings


class KindFilter(admin.SimpleListFilter):
    title = "loại trang"
    parameter_name = "loai"

    def lookups(self, request, model_admin):
        return [(key, target.label) for key, target in TARGETS.items()]

    def queryset(self, request, queryset):
        if self.value() in TARGETS:
            return queryset.filter(**{f"{TARGETS[self.value()].field}__isnull": False})
        return queryset


class HasCommentFilter(admin.SimpleListFilter):
    title = "góp ý"
    parameter_name = "co_gop_y"

    def lookups(self, request, model_admin):
        return [("1", "Có góp ý"), ("0", "Không có góp ý")]

    def queryset(self, request, queryset):
        if self.value() == "1":
            return queryset.exclude(comment="")
        if self.value() == "0":
            return queryset.filter(comment="")
        return queryset


@admin.register(PageFeedback)
class PageFeedbackAdmin(ExcelCsvExportMixin, ExportMixin, admin.ModelAdmin):
    """Every answer, read-only, with its comment; exported as CSV or XLSX."""

    resource_classes = [PageFeedbackResource]
    export_formats = [base_formats.CSV, base_formats.XLSX]
    export_form_class = ExportForm  # every column
    list_display = ["created_at", "kind", "page_link", "useful_label", "comment"]
    list_filter = [KindFilter, "useful", HasCommentFilter, "created_at"]
    list_select_related = ["article__category", "program"]
    search_fields = ["comment", "article__title", "program__name"]
    date_hierarchy = "created_at"
    change_list_template = "admin/participation/pagefeedback/change_list.html"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False  # what a visitor answered is never edited

    @admin.display(description="loại trang")
    def kind(self, obj):
        return obj.kind_label

    @admin.display(description="trang")
    def page_link(self, obj):
        return format_html('<a href="{}">{}</a>', obj.page.get_absolute_url(), obj.page)

    @admin.display(description="hữu ích", boolean=True, ordering="useful")
    def useful_label(self, obj):
        return obj.useful

    def get_export_filename(self, request, queryset, file_format):
        return f"danh-gia-trang-{timezone.localdate():%Y-%m-%d}.{file_format.get_extension()}"


@admin.register(FeedbackSummary)
class FeedbackSummaryAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """ "Kết quả đánh giá trang": one row per rated page, sortable, filtered, as CSV too."""

    per_page = 50

    def get_urls(self):
        info = f"{self.opts.app_label}_{self.opts.model_name}"
        return [
            path("", self.admin_site.admin_view(self.changelist_view), name=f"{info}_changelist"),
            path("csv/", self.admin_site.admin_view(self.csv_view), name=f"{info}_csv"),
        ]

    def _filtered(self, request):
        if not self.has_view_permission(request):
            raise PermissionDenied
        form = summary.SummaryFilterForm(request.GET or None)
        return form, summary.ratings(**form.filters()), form.order()

    def changelist_view(self, request, extra_context=None):
        form, found, order = self._filtered(request)
        page_obj = Paginator(summary.per_page(found, order), self.per_page).get_page(
            request.GET.get("p")
        )
        context = {
            **self.admin_site.each_context(request),
            "title": "Kết quả đánh giá trang",
            "opts": self.opts,
            "form": form,
            "rows": summary.with_pages(page_obj.object_list),
            "page_obj": page_obj,
            "headers": self._headers(request, order),
            "totals": summary.totals(found),
            "comments": found.exclude(comment="").select_related("article__category", "program")[
                :20
            ],
            "query": self._query(request),
            "ratings_url": reverse("admin:participation_pagefeedback_changelist"),
            "may_see_ratings": request.user.has_perm("participation.view_pagefeedback"),
        }
        return TemplateResponse(
            request, "admin/participation/feedbacksummary/summary.html", context
        )

    def csv_view(self, request):
        form, found, order = self._filtered(request)
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        name = f"ket-qua-danh-gia-trang-{timezone.localdate():%Y-%m-%d}.csv"
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        out = io.StringIO()
        summary.write_csv(
            out, summary.with_pages(summary.per_page(found, order)), request.build_absolute_uri
        )
        response.write(out.getvalue())
        return response

    @staticmethod
    def _query(request, **changes):
        params = request.GET.copy()
        params.pop("p", None)
        for key, value in changes.items():
            params[key] = value
        return params.urlencode()

    def _headers(self, request, order):
        headers = []
        for key, label in summary.COLUMNS:
            current = order.lstrip("-") == key
            descending = order.startswith("-")
            # A click on a column sorts it (numbers largest first); a second click reverses.
            if current:
                target = key if descending else f"-{key}"
            else:
                target = key if key == "title" else f"-{key}"
            headers.append(
                {
                    "label": label,
                    "url": "?" + self._query(request, o=target),
                    "sorted": ("descending" if descending else "ascending") if current else "",
                    "numeric": key != "title",
                }
            )
        return headers

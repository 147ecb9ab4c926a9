from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.defaultfilters import filesizeformat, linebreaksbr
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from simple_history.admin import SimpleHistoryAdmin

from portal.admin_actions import run_step
from portal.files import sandboxed_download
from portal.search import terms_of
from portal.text import vi_date

from . import services
from .models import Question, Topic


@admin.register(Topic)
class TopicAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "position", "is_active"]
    list_editable = ["position", "is_active"]
    search_fields = ["name"]
    fields = ["name", "slug", "description", "position", "is_active"]


class QuestionAdminForm(forms.ModelForm):
    """Staff edits: unit, public wording, answer draft. Workflow rules from services."""

    user = None

    class Meta:
        model = Question
        fields = ["topic", "public_title", "public_text", "department", "answer"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        question = self.instance
        # Start the public version from the asker's words; staff remove personal details.
        if "public_title" in self.fields and not question.public_title:
            self.initial["public_title"] = question.title
        if "public_text" in self.fields and not question.public_text:
            self.initial["public_text"] = question.text

    def clean(self):
        cleaned = super().clean()
        question = self.instance  # still as stored: the form's values are applied later
        try:
            services.check_update(
                question=question,
                user=self.user,
                changed=self.changed_data,
                department=cleaned.get("department", question.department),
                answer=cleaned.get("answer"),
            )
        except PermissionDenied as error:
            raise ValidationError(str(error)) from None
        return cleaned


READONLY = [
    "tracking_code", "asker_name", "email", "phone", "attachment_link", "created_at",
    "personal_data_erased_at", "title", "question_text", "status", "assigned_by", "assigned_at",
    "answer_drafted_by", "answer_drafted_at", "answer_approved_by", "answered_at",
    "rejection_reason", "is_published", "published_at", "public_link",
]  # fmt: skip


@admin.register(Question)
class QuestionAdmin(SimpleHistoryAdmin):
    form = QuestionAdminForm
    list_display = [
        "tracking_code", "short_title", "topic", "status", "department", "received",
        "is_published",
    ]  # fmt: skip
    list_filter = ["status", "topic", "department", "is_published"]
    list_select_related = ["topic", "department"]
    search_fields = ["tracking_code", "email", "phone"]
    date_hierarchy = "created_at"
    actions = ["publish_selected", "unpublish_selected"]
    readonly_fields = READONLY
    change_form_template = "admin/qa/question/change_form.html"
    fieldsets = [
        (
            "Người hỏi (không công khai)",
            {
                "fields": [
                    "tracking_code",
                    "asker_name",
                    "email",
                    "phone",
                    "attachment_link",
                    "created_at",
                    "personal_data_erased_at",
                ]  # fmt: skip
            },
        ),
        ("Câu hỏi người hỏi gửi", {"fields": ["topic", "title", "question_text"]}),
        ("Nội dung công khai", {"fields": ["public_title", "public_text"]}),
        (
            "Xử lý",
            {
                "fields": [
                    "status",
                    "department",
                    "assigned_by",
                    "assigned_at",
                    "answer",
                    "answer_drafted_by",
                    "answer_drafted_at",
                    "answer_approved_by",
                    "answered_at",
                    "rejection_reason",
                ]  # fmt: skip
            },
        ),
        ("Công bố", {"fields": ["is_published", "published_at", "public_link"]}),
    ]

    @admin.display(description="tiêu đề")
    def short_title(self, obj):
        title = obj.public_title or obj.title
        return title if len(title) <= 80 else f"{title[:79]}…"

    @admin.display(description="ngày gửi", ordering="created_at")
    def received(self, obj):
        return vi_date(obj.created_at, with_weekday=False)

    @admin.display(description="nội dung người hỏi gửi")
    def question_text(self, obj):
        return linebreaksbr(obj.text)

    @admin.display(description="tệp đính kèm")
    def attachment_link(self, obj):
        if not obj.attachment:
            return "—"
        url = reverse("admin:qa_question_attachment", args=[obj.pk])
        return format_html(
            '<a href="{}">{}</a> ({})',
            url,
            obj.attachment_name,
            filesizeformat(obj.attachment_size),
        )

    @admin.display(description="trang công khai")
    def public_link(self, obj):
        if not (obj.is_published and obj.slug):
            return "—"
        return format_html('<a href="{0}">{0}</a>', obj.get_absolute_url())

    def view_on_site(self, obj):
        return obj.get_absolute_url() if obj.is_published else None

    def get_readonly_fields(self, request, obj=None):
        fields = list(self.readonly_fields)
        if obj is not None and obj.is_closed:
            fields += ["department", "answer"]
        if obj is not None and obj.is_published and not request.user.has_perm(services.PUBLISH):
            fields += ["topic", "public_title", "public_text"]
        return fields

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        return type(form.__name__, (form,), {"user": request.user})

    def get_search_results(self, request, queryset, search_term):
        """Codes, e-mails and phones as typed; words with or without diacritics."""
        results, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        terms = terms_of(search_term)
        if not terms:
            return results, may_have_duplicates
        every_term = Q()
        for term in terms:
            every_term &= Q(search_folded__contains=f" {term} ")
        return results | queryset.filter(every_term), may_have_duplicates

    def has_add_permission(self, request):
        return False  # questions arrive through the public form, which gives the code

    def has_publish_permission(self, request):
        return request.user.has_perm(services.PUBLISH)

    def save_model(self, request, obj, form, change):
        try:
            services.question_update(question=obj, user=request.user, changed=form.changed_data)
        except ValidationError as error:
            raise PermissionDenied(error.messages[0]) from None

    def delete_model(self, request, obj):
        services.question_delete(question=obj)

    def delete_queryset(self, request, queryset):
        for question in queryset:
            services.question_delete(question=question)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        if request.method == "POST":
            # A revert would change status or answer outside the workflow.
            raise PermissionDenied("Không khôi phục phiên bản cũ của câu hỏi.")
        return super().history_form_view(request, object_id, version_id, extra_context)

    @admin.action(description="Công bố các câu hỏi đã chọn", permissions=["publish"])
    def publish_selected(self, request, queryset):
        self._run(request, queryset, services.question_publish, "Đã công bố {} câu hỏi.")

    @admin.action(description="Thôi công bố các câu hỏi đã chọn", permissions=["publish"])
    def unpublish_selected(self, request, queryset):
        self._run(request, queryset, services.question_unpublish, "Đã thôi công bố {} câu hỏi.")

    def _run(self, request, queryset, step, success):
        run_step(
            self,
            request,
            queryset,
            step,
            success,
            argument="question",
            label=lambda question: question.tracking_code,
        )

    def get_urls(self):
        return [
            path(
                "<int:pk>/xu-ly/",
                self.admin_site.admin_view(self.review_view),
                name="qa_question_review",
            ),
            path(
                "<int:pk>/tep-dinh-kem/",
                self.admin_site.admin_view(self.attachment_view),
                name="qa_question_attachment",
            ),
            *super().get_urls(),
        ]

    def _get_visible(self, request, pk):
        question = get_object_or_404(
            self.get_queryset(request).select_related(
                "topic", "department", "answer_drafted_by", "answer_approved_by"
            ),
            pk=pk,
        )
        if not self.has_view_permission(request, question):
            raise PermissionDenied("Bạn không có quyền xem câu hỏi.")
        return question

    def attachment_view(self, request, pk):
        """The asker's file, to staff who may see the question; never rendered inline."""
        question = self._get_visible(request, pk)
        if not question.attachment:
            raise Http404("Câu hỏi không có tệp đính kèm.")
        try:
            handle = question.attachment.open("rb")
        except FileNotFoundError:
            raise Http404("Tệp không còn trên máy chủ.") from None
        response = sandboxed_download(
            handle, filename=question.attachment_name, content_type=question.attachment_type
        )
        response["Cache-Control"] = "private, no-store"
        return response

    def review_view(self, request, pk):
        """Approve the answer, reject with a reason, publish or withdraw."""
        question = self._get_visible(request, pk)
        if request.method == "POST":
            steps = {
                "approve": services.question_approve,
                "reject": lambda **kw: services.question_reject(
                    reason=request.POST.get("reason", ""), **kw
                ),
                "publish": services.question_publish,
                "unpublish": services.question_unpublish,
            }
            step = steps.get(request.POST.get("action"))
            if step is None:
                raise PermissionDenied("Thao tác không hợp lệ.")
            try:
                step(question=question, user=request.user)
            except (ValidationError, PermissionDenied) as error:
                message = error.messages[0] if hasattr(error, "messages") else str(error)
                self.message_user(request, message, messages.ERROR)
            else:
                self.message_user(request, "Đã lưu.", messages.SUCCESS)
            return redirect(reverse("admin:qa_question_review", args=[question.pk]))
        user = request.user
        context = {
            **self.admin_site.each_context(request),
            "title": f"Xử lý câu hỏi {question.tracking_code}",
            "question": question,
            "opts": self.model._meta,
            "may_approve": user.has_perm(services.APPROVE),
            "may_publish": user.has_perm(services.PUBLISH),
            "is_drafter": question.answer_drafted_by_id == user.pk,
        }
        return TemplateResponse(request, "admin/qa/question/review.html", context)

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from import_export.admin import ExportMixin
from import_export.formats import base_formats
from import_export.forms import ExportForm
from simple_history.admin import SimpleHistoryAdmin

from documents.models import LegalDocument
from portal.admin import EditConflictAdminMixin
from portal.admin_actions import ExcelCsvExportMixin, ReadOnlyAdminMixin, run_step
from portal.admin_search import FoldedSearchMixin
from portal.images import normalized_upload, refresh_renditions
from portal.models import EditConflict
from portal.widgets import FastSelect

from . import admin_filters, import_admin, services
from .entry import year_entry_view
from .models import (
    AdministrativeUnit,
    BenefitRate,
    Campaign,
    ExemplaryModel,
    Indicator,
    OfficialScope,
    Outcome,
    OutcomeImport,
    SupportProgram,
)
from .resources import OutcomeResource


class OfficialScopeMixin:
    """Data officials see only the rows of their assignment, in lists and choices alike."""

    def official_filter(self, scope):
        raise NotImplementedError

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        user = request.user
        if user.is_superuser or user.has_perm(f"programs.change_{self.model._meta.model_name}"):
            return queryset
        scope = OfficialScope.objects.filter(user=user).first()
        if scope is None:
            return queryset
        return queryset.filter(self.official_filter(scope)).distinct()


@admin.register(AdministrativeUnit)
class AdministrativeUnitAdmin(OfficialScopeMixin, FoldedSearchMixin, admin.ModelAdmin):
    search_kind = "unit"
    list_display = ["name", "code", "level", "parent", "valid_until"]
    list_filter = ["level"]
    list_select_related = ["parent"]
    search_fields = ["name", "code"]
    autocomplete_fields = ["parent", "successors"]

    def official_filter(self, scope):
        return Q(pk__in=scope.units.all())


class BenefitRateInline(admin.TabularInline):
    model = BenefitRate
    extra = 1


class IndicatorInline(admin.TabularInline):
    model = Indicator
    extra = 0
    fields = ["name", "code", "unit_of_measure", "kind", "additive", "decimals", "is_key"]


@admin.register(Campaign)
class CampaignAdmin(OfficialScopeMixin, admin.ModelAdmin):
    list_display = ["name", "period", "launched_by", "is_public"]
    search_fields = ["name", "slogan"]
    autocomplete_fields = ["legal_basis"]
    inlines = [IndicatorInline]

    def official_filter(self, scope):
        return Q(pk__in=scope.campaigns.all()) | Q(programs__in=scope.programs.all())


@admin.register(SupportProgram)
class SupportProgramAdmin(OfficialScopeMixin, admin.ModelAdmin):
    list_display = ["name", "kind", "campaign", "period", "is_public"]
    list_filter = ["kind", "campaign"]
    search_fields = ["name"]
    autocomplete_fields = ["legal_basis"]
    inlines = [BenefitRateInline, IndicatorInline]

    def official_filter(self, scope):
        return Q(pk__in=scope.programs.all())


@admin.register(Indicator)
class IndicatorAdmin(OfficialScopeMixin, admin.ModelAdmin):
    list_display = ["name", "code", "owner", "unit_of_measure", "kind", "additive", "is_key"]
    list_filter = [
        "kind",
        ("program", admin.RelatedOnlyFieldListFilter),
        ("campaign", admin.RelatedOnlyFieldListFilter),
    ]
    search_fields = ["name", "code"]

    def official_filter(self, scope):
        return scope.indicator_filter()


class ExemplaryModelForm(forms.ModelForm):
    class Meta:
        model = ExemplaryModel
        fields = ["campaign", "name", "kind", "unit", "place", "achievement", "year"]
        fields += ["photo", "photo_alt", "is_public"]

    def clean_photo(self):
        return normalized_upload(self.cleaned_data.get("photo"))


@admin.register(ExemplaryModel)
class ExemplaryModelAdmin(admin.ModelAdmin):
    form = ExemplaryModelForm
    list_display = ["name", "kind", "campaign", "unit", "year", "is_public"]
    list_filter = ["campaign", "kind", "year"]
    search_fields = ["name", "place"]
    autocomplete_fields = ["unit"]

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if "photo" in form.changed_data:
            refresh_renditions(obj, "photo", "photo_renditions")


@admin.register(OfficialScope)
class OfficialScopeAdmin(admin.ModelAdmin):
    list_display = ["user"]
    autocomplete_fields = ["user", "units"]
    filter_horizontal = ["programs", "campaigns"]


class OutcomeForm(forms.ModelForm):
    """One value, typed the Vietnamese way; saving goes through the workflow services."""

    raw_value = forms.CharField(
        label="giá trị",
        required=False,
        help_text="Viết kiểu Việt Nam: 1.234 hoặc 41,1. Với tỷ lệ có thể nhập tử số và mẫu số.",
    )
    raw_numerator = forms.CharField(label="tử số", required=False)
    raw_denominator = forms.CharField(label="mẫu số", required=False)
    # The version the form was opened at: a save after someone else's is refused.
    loaded_version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    user = None

    class Meta:
        model = Outcome
        fields = ["indicator", "unit", "year", "source_document", "source_text"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["raw_value"].initial = self.instance.display_value.split(" ")[0].rstrip("%")
            self.fields["loaded_version"].initial = self.instance.version
        scope = OfficialScope.objects.filter(user=self.user).first() if self.user else None
        # Officials only ever see their own units and programmes in the choices (the two
        # fields are read-only once the row exists).
        if self.user and not self.user.is_superuser and scope and "unit" in self.fields:
            self.fields["unit"].queryset = scope.units.all()
            self.fields["indicator"].queryset = Indicator.objects.filter(scope.indicator_filter())

    def clean(self):
        cleaned = super().clean()
        current = self.instance if self.instance.pk else None
        try:
            services.outcome_check_version(
                outcome=self.instance, loaded_version=cleaned.get("loaded_version")
            )
        except EditConflict as conflict:
            self.add_error(None, conflict)
            return cleaned
        indicator, unit, year = (
            cleaned.get(name) or (getattr(current, name) if current else None)
            for name in ("indicator", "unit", "year")
        )
        if not (indicator and unit and year):
            return cleaned
        try:
            cleaned["raw_value"] = services.clean_value(indicator, cleaned.get("raw_value"))
            cleaned["raw_numerator"] = services.parse_number(cleaned.get("raw_numerator"))
            cleaned["raw_denominator"] = services.parse_number(cleaned.get("raw_denominator"))
            if cleaned["raw_numerator"] is not None or cleaned["raw_denominator"] is not None:
                services.rate_from(indicator, cleaned["raw_numerator"], cleaned["raw_denominator"])
            services.check_entry(
                user=self.user,
                indicator=indicator,
                unit=unit,
                year=year,
                has_value=cleaned["raw_value"] is not None or cleaned["raw_numerator"] is not None,
                has_source=bool(cleaned.get("source_document") or cleaned.get("source_text")),
            )
        except ValidationError as error:
            raise ValidationError(error.messages) from None
        except PermissionDenied as error:
            raise ValidationError(str(error)) from None
        return cleaned


@admin.register(Outcome)
class OutcomeAdmin(
    ExcelCsvExportMixin, EditConflictAdminMixin, ExportMixin, FoldedSearchMixin, SimpleHistoryAdmin
):
    resource_classes = [OutcomeResource]
    export_formats = [base_formats.XLSX, base_formats.CSV]
    export_form_class = ExportForm  # every column, so an exported file can be imported back
    folded_search_paths = {"unit": "unit", "indicator": "indicator"}
    form = OutcomeForm
    list_display = ["indicator", "unit", "year", "display_value", "status", "last_changed_by"]
    # Officials' filters list only their assignment: they never see other units' names.
    list_filter = [
        "status",
        admin_filters.YearFilter,
        ("indicator__program", admin_filters.ProgramFilter),
        ("indicator", admin_filters.IndicatorFilter),
        "unit__level",
        ("unit", admin_filters.UnitFilter),
    ]
    list_select_related = ["indicator", "unit", "last_changed_by"]
    # "1–100 of 381,800 (show all)" costs a second COUNT of every visible outcome.
    show_full_result_count = False
    search_fields = ["unit__name", "indicator__name"]
    actions = ["submit_selected", "approve_selected"]
    readonly_fields = ["status", "return_reason", "submitted_by", "approved_by", "approved_at"]
    change_form_template = "admin/programs/outcome/change_form.html"
    change_list_template = "admin/programs/outcome/change_list.html"

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        return type(form.__name__, (form,), {"user": request.user})

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "source_document":
            # Every document of the register is a choice (officials may not browse the
            # register, so no autocomplete): labels name the type from one query, not one
            # per document, and the thousands of options are written out in Python.
            kwargs["queryset"] = LegalDocument.objects.select_related("doc_type")
            kwargs["widget"] = FastSelect
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def get_export_filename(self, request, queryset, file_format):
        return f"so-lieu-ket-qua-{timezone.localdate():%Y-%m-%d}.{file_format.get_extension()}"

    def get_queryset(self, request):
        return super().get_queryset(request).visible_to(request.user)

    def has_change_permission(self, request, obj=None):
        if obj is not None and obj.status in (Outcome.Status.APPROVED, Outcome.Status.SUBMITTED):
            return False  # approved values change only by correction; submitted ones wait
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        if obj is not None and obj.status == Outcome.Status.APPROVED:
            return False
        return super().has_delete_permission(request, obj)

    def history_view(self, request, object_id, extra_context=None):
        self._require_visible(request, object_id)
        return super().history_view(request, object_id, extra_context)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        self._require_visible(request, object_id)
        if request.method == "POST":
            # A revert would change a value outside the workflow (and approved ones silently).
            raise PermissionDenied(
                "Không khôi phục phiên bản cũ của số liệu; hãy sửa bản nháp hoặc đính chính."
            )
        return super().history_form_view(request, object_id, version_id, extra_context)

    def _require_visible(self, request, object_id):
        if not self.get_queryset(request).filter(pk=unquote(object_id)).exists():
            raise PermissionDenied("Số liệu này không thuộc phạm vi của bạn.")

    def get_readonly_fields(self, request, obj=None):
        # Which value a row holds never changes; a wrong year is a new entry, not an edit.
        identity = ["indicator", "unit", "year"] if obj is not None else []
        return [*identity, *self.readonly_fields]

    def has_submit_permission(self, request):
        return request.user.has_perm("programs.submit_outcome")

    def has_approve_permission(self, request):
        return request.user.has_perm("programs.approve_outcome")

    def save_model(self, request, obj, form, change):
        data = form.cleaned_data
        try:
            saved = services.outcome_save(
                user=request.user,
                indicator=obj.indicator,
                unit=obj.unit,
                year=obj.year,
                value=data.get("raw_value"),
                numerator=data.get("raw_numerator"),
                denominator=data.get("raw_denominator"),
                source_document=data.get("source_document"),
                source_text=data.get("source_text") or "",
                # An add form expects no value yet (0); a change form the one it showed.
                expected_version=data.get("loaded_version") if change else 0,
            )
        except EditConflict:
            raise  # EditConflictAdminMixin shows the form again with the message
        except ValidationError as error:
            raise PermissionDenied(error.messages[0]) from None
        obj.pk = saved.pk

    def save_related(self, request, form, formsets, change):
        pass  # no relations are edited here; outcome_save has stored everything

    @admin.action(description="Gửi duyệt các số liệu đã chọn", permissions=["submit"])
    def submit_selected(self, request, queryset):
        self._run(request, queryset, services.outcome_submit, "Đã gửi duyệt {} số liệu.")

    @admin.action(description="Duyệt các số liệu đã chọn", permissions=["approve"])
    def approve_selected(self, request, queryset):
        self._run(request, queryset, services.outcome_approve, "Đã duyệt {} số liệu.")

    def _run(self, request, queryset, step, success):
        items = queryset.select_related("indicator", "unit")
        run_step(self, request, items, step, success, argument="outcome")

    def get_urls(self):
        return [
            path(
                "nhap-so-lieu/",
                self.admin_site.admin_view(year_entry_view),
                name="programs_outcome_entry",
            ),
            path(
                "nhap-tu-tep/",
                self.admin_site.admin_view(import_admin.import_view),
                name="programs_outcome_import",
            ),
            path(
                "nhap-tu-tep/<int:pk>/",
                self.admin_site.admin_view(import_admin.import_preview_view),
                name="programs_outcome_import_preview",
            ),
            path(
                "bieu-mau/",
                self.admin_site.admin_view(import_admin.template_view),
                name="programs_outcome_template",
            ),
            path(
                "<int:pk>/xu-ly/",
                self.admin_site.admin_view(self.review_view),
                name="programs_outcome_review",
            ),
            *super().get_urls(),
        ]

    def review_view(self, request, pk):
        """Approve, return with a reason, or correct an approved value."""
        outcome = get_object_or_404(
            self.get_queryset(request).select_related("indicator", "unit"), pk=pk
        )
        if request.method == "POST":
            action = request.POST.get("action")
            # The version the page showed: a value changed since is not approved unseen.
            shown = {"outcome": outcome, "user": request.user,
                     "expected_version": _int_or_none(request.POST.get("version"))}  # fmt: skip
            reason = request.POST.get("reason", "")
            steps = {
                "approve": lambda: services.outcome_approve(**shown),
                "return": lambda: services.outcome_return(**shown, reason=reason),
                "correct": lambda: services.outcome_correct(
                    **shown, new_value=request.POST.get("new_value", ""), reason=reason
                ),
            }
            if action not in steps:
                raise PermissionDenied("Thao tác không hợp lệ.")
            try:
                steps[action]()
            except ValidationError as error:
                self.message_user(request, error.messages[0], messages.ERROR)
                outcome.refresh_from_db()  # the page shows what is stored, not the refused step
            else:
                self.message_user(request, "Đã lưu.", messages.SUCCESS)
                return redirect(reverse("admin:programs_outcome_review", args=[outcome.pk]))
        context = {
            **self.admin_site.each_context(request),
            "title": f"Xử lý số liệu: {outcome}",
            "outcome": outcome,
            "opts": self.model._meta,
            "corrections": outcome.corrections.select_related("corrected_by"),
            "may_approve": request.user.has_perm("programs.approve_outcome"),
            "may_correct": request.user.has_perm("programs.correct_outcome"),
        }
        return TemplateResponse(request, "admin/programs/outcome/review.html", context)


@admin.register(OutcomeImport)
class OutcomeImportAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """The record of every spreadsheet loaded: read-only, officials see their own."""

    list_display = [
        "file_name", "program", "year", "status", "created", "changed", "unchanged", "user",
        "created_at",
    ]  # fmt: skip
    list_filter = ["status", "year", "program"]
    list_select_related = ["program", "user"]
    search_fields = ["file_name", "source_text"]
    date_hierarchy = "created_at"
    exclude = ["plan"]

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if request.user.is_superuser or request.user.has_perm("programs.approve_outcome"):
            return queryset
        return queryset.filter(user=request.user)


def _int_or_none(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None

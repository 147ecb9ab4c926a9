"""Admin screens for importing a year's figures from a spreadsheet: template, upload and
preview, confirm. The rules live in services (outcome_import_preview / _apply)."""

from django import forms
from django.contrib import messages
from django.contrib.admin import site
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import content_disposition_header

from . import import_services
from .entry import _int, _programs_for, _scope_for, _units_for
from .imports import import_scope
from .models import AdministrativeUnit, Indicator, Outcome, OutcomeImport
from .spreadsheets import XLSX_CONTENT_TYPE, template_file_name, template_workbook

PREVIEW_ROWS = 300
KIND_LABELS = {"new": "Mới", "changed": "Thay đổi", "submit": "Gửi duyệt (giá trị giữ nguyên)"}


class ImportForm(forms.Form):
    program = forms.ModelChoiceField(
        label="Chương trình", queryset=None, empty_label="— chọn chương trình —"
    )
    year = forms.IntegerField(label="Năm báo cáo", min_value=1990, max_value=2100)
    file = forms.FileField(
        label="Tệp số liệu",
        help_text="Bảng tính Excel (.xlsx) theo biểu mẫu, hoặc tệp CSV. Tối đa 10 MB.",
        widget=forms.ClearableFileInput(attrs={"accept": ".xlsx,.csv"}),
    )
    source_text = forms.CharField(
        label="Nguồn số liệu",
        max_length=300,
        required=False,
        help_text="Tên, số báo cáo của địa phương. Để trống nếu tệp đã ghi ở ô “Nguồn số liệu” "
        "hoặc có cột Nguồn.",
    )
    submit = forms.BooleanField(
        label="Gửi duyệt ngay sau khi nhập",
        required=False,
        help_text="Không chọn: số liệu được lưu nháp để kiểm tra lại trước khi gửi duyệt.",
    )

    def __init__(self, *args, programs, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["program"].queryset = programs

    def clean(self):
        cleaned = super().clean()
        program, year = cleaned.get("program"), cleaned.get("year")
        if program and year and not program.covers(year):
            self.add_error("year", f"Năm {year} nằm ngoài thời gian thực hiện ({program.period}).")
        return cleaned


def _context(request, **extra):
    return {**site.each_context(request), "opts": Outcome._meta, **extra}


def import_view(request):
    """Upload a file; problems are listed at once, a clean file goes to its preview."""
    if not request.user.has_perm("programs.add_outcome"):
        raise PermissionDenied("Bạn không có quyền nhập số liệu.")
    programs = _programs_for(request.user, _scope_for(request.user))
    initial = {"program": request.GET.get("chuong_trinh"), "year": request.GET.get("nam")}
    form = ImportForm(programs=programs, initial=initial)
    plan = None
    if request.method == "POST":
        form = ImportForm(request.POST, request.FILES, programs=programs)
        if form.is_valid():
            data = form.cleaned_data
            try:
                plan, record = import_services.outcome_import_preview(
                    user=request.user,
                    program=data["program"],
                    year=data["year"],
                    uploaded=data["file"],
                    source_text=data["source_text"],
                    submit=data["submit"],
                )
            except ValidationError as error:
                form.add_error("file", error.messages[0])
            except PermissionDenied as error:
                form.add_error(None, str(error) or "Bạn không có quyền nhập số liệu này.")
            else:
                if record is not None:
                    return redirect("admin:programs_outcome_import_preview", pk=record.pk)
                if not plan.problems:
                    messages.info(
                        request,
                        f"Tệp không có gì thay đổi: {plan.unchanged} số liệu giống hệt "
                        "số liệu đang lưu. Không có gì được ghi.",
                    )
                else:
                    messages.error(
                        request,
                        f"Chưa nhập gì: tệp có {len(plan.problems)}"
                        f"{'+' if plan.truncated else ''} lỗi cần sửa (xem danh sách bên "
                        "dưới). Sửa tệp rồi tải lên lại.",
                    )
    context = _context(
        request, title="Nhập số liệu từ tệp Excel", form=form, plan=plan, programs=programs
    )
    return TemplateResponse(request, "admin/programs/outcome/import.html", context)


def _own_import(request, pk):
    record = get_object_or_404(OutcomeImport.objects.select_related("program"), pk=pk)
    if record.user_id != request.user.pk:
        raise PermissionDenied("Lần nhập này không phải của bạn.")
    return record


def import_preview_view(request, pk):
    """What the file would change; confirm writes it, cancel drops it."""
    record = _own_import(request, pk)
    if request.method == "POST" and record.status == OutcomeImport.Status.PREVIEW:
        if "_cancel" in request.POST:
            import_services.outcome_import_cancel(record=record, user=request.user)
            messages.info(request, f"Đã hủy lần nhập tệp {record.file_name}; không có gì được ghi.")
            return redirect("admin:programs_outcome_import")
        try:
            import_services.outcome_import_apply(record=record, user=request.user)
        except (ValidationError, PermissionDenied) as error:
            message = error.messages[0] if isinstance(error, ValidationError) else str(error)
            messages.error(request, f"Chưa nhập gì: {message}")
        else:
            verb = "gửi duyệt" if record.submit else "lưu nháp"
            messages.success(
                request,
                f"Đã nhập tệp {record.file_name}: {record.created} số liệu mới, "
                f"{record.changed} số liệu thay đổi ({verb}); {record.unchanged} không đổi.",
            )
            url = reverse("admin:programs_outcome_changelist")
            return redirect(
                f"{url}?year={record.year}&indicator__program__id__exact={record.program_id}"
            )
    shown = record.plan[:PREVIEW_ROWS]
    units = AdministrativeUnit.objects.in_bulk({row[0] for row in shown})
    indicators = Indicator.objects.in_bulk({row[1] for row in shown})
    rows = []
    for unit_id, indicator_id, value, old, _source, kind in shown:
        indicator = indicators.get(indicator_id)
        rows.append(
            {
                "unit": units.get(unit_id),
                "indicator": indicator,
                "old": indicator.format(old) if old else "",
                "new": indicator.format(value),
                "kind": KIND_LABELS[kind],
            }
        )
    context = _context(
        request,
        title=f"Xem trước: {record.file_name}",
        record=record,
        rows=rows,
        hidden=max(0, len(record.plan) - PREVIEW_ROWS),
    )
    return TemplateResponse(request, "admin/programs/outcome/import_preview.html", context)


def template_view(request):
    """The entry template for a programme and year: the user's units, current values in."""
    if not request.user.has_perm("programs.add_outcome"):
        raise PermissionDenied("Bạn không có quyền nhập số liệu.")
    scope = _scope_for(request.user)
    program = _programs_for(request.user, scope).filter(pk=_int(request.GET.get("chuong_trinh")))
    program = program.first()
    year = _int(request.GET.get("nam"))
    if program is None or year is None or not program.covers(year):
        messages.error(request, "Hãy chọn chương trình và năm nằm trong thời gian thực hiện.")
        return redirect("admin:programs_outcome_import")
    import_scope(user=request.user, program=program)
    indicators = list(program.indicators.all())
    units = _units_for(scope, year)
    values = {}
    locked = (Outcome.Status.APPROVED, Outcome.Status.SUBMITTED)
    for outcome in Outcome.objects.filter(indicator__in=indicators, unit__in=units, year=year):
        values.setdefault(outcome.unit_id, {})[outcome.indicator_id] = (
            outcome.value,
            outcome.status in locked,
        )
    source = (
        Outcome.objects.filter(indicator__in=indicators, unit__in=units, year=year)
        .values_list("source_text", flat=True)
        .first()
    )
    data = template_workbook(
        program=program,
        year=year,
        indicators=indicators,
        rows=[(unit, values.get(unit.pk, {})) for unit in units],
        source_text=source or "",
    )
    response = HttpResponse(data, content_type=XLSX_CONTENT_TYPE)
    response["Content-Disposition"] = content_disposition_header(
        True, template_file_name(program, year)
    )
    response["Cache-Control"] = "no-store"
    return response

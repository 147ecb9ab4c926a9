"""The yearly entry screen: one programme, one year, a row per unit, a column per indicator."""

from django.contrib import messages
from django.contrib.admin import site
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse

from portal.text import vi_number

from .models import AdministrativeUnit, OfficialScope, Outcome, SupportProgram
from .year_report import save_year_report


def _scope_for(user):
    if user.is_superuser:
        return None
    scope = OfficialScope.objects.filter(user=user).first()
    if scope is None:
        raise PermissionDenied("Bạn chưa được phân công nhập số liệu cho địa bàn nào.")
    return scope


def _programs_for(user, scope):
    programs = SupportProgram.objects.prefetch_related("indicators")
    return programs if scope is None else programs.filter(pk__in=scope.programs.all())


def _units_for(scope, year):
    units = AdministrativeUnit.objects.valid_in(year)
    if scope is None:
        return list(units.exclude(level=AdministrativeUnit.Level.COMMUNE))
    return list(units.filter(pk__in=scope.units.all()))


def year_entry_view(request):
    if not request.user.has_perm("programs.add_outcome"):
        raise PermissionDenied("Bạn không có quyền nhập số liệu.")
    scope = _scope_for(request.user)
    programs = _programs_for(request.user, scope)
    program = programs.filter(pk=request.GET.get("chuong_trinh") or 0).first()
    year = _int(request.GET.get("nam"))
    context = {
        **site.each_context(request),
        "title": "Nhập số liệu theo năm",
        "opts": Outcome._meta,
        "programs": programs,
        "program": program,
        "year": year,
    }
    if program is None or year is None or not program.covers(year):
        context["years"] = _years(program) if program else []
        context["year_error"] = bool(program and year is not None and not program.covers(year))
        return TemplateResponse(request, "admin/programs/outcome/entry_choose.html", context)

    indicators = list(program.indicators.all())
    units = _units_for(scope, year)
    cells, versions, errors, conflicts, source_text = {}, {}, {}, set(), ""
    if request.method == "POST":
        source_text = request.POST.get("source_text", "")
        cells = {
            (unit.pk, indicator.pk): request.POST.get(f"v-{unit.pk}-{indicator.pk}", "").strip()
            for unit in units
            for indicator in indicators
        }
        # The version of each cell when the screen was loaded (per-cell optimistic lock).
        versions = {
            key: version
            for key in cells
            if (version := _int(request.POST.get("ver-{}-{}".format(*key)))) is not None
        }
        report = save_year_report(
            user=request.user,
            program=program,
            year=year,
            units=units,
            cells=cells,
            source_text=source_text,
            submit="_submit" in request.POST,
            versions=versions,
        )
        if not report.errors:
            verb = "gửi duyệt" if "_submit" in request.POST else "lưu nháp"
            messages.success(
                request, f"Đã {verb} {report.saved} số liệu; {report.unchanged} số liệu không đổi."
            )
            url = reverse("admin:programs_outcome_entry")
            return redirect(f"{url}?chuong_trinh={program.pk}&nam={year}")
        errors, conflicts = report.errors, report.conflicts
        messages.error(
            request,
            f"Chưa lưu gì: có {len(errors)} ô cần sửa (đánh dấu đỏ bên dưới).",
        )
        if conflicts:
            messages.warning(
                request,
                f"{len(conflicts)} ô đã được người khác sửa sau khi bạn mở màn hình; các ô đó "
                "đang hiện giá trị mới của họ. Kiểm tra lại rồi lưu; các ô khác giữ nguyên "
                "giá trị bạn vừa nhập.",
            )

    current = {
        (o.unit_id, o.indicator_id): o
        for o in Outcome.objects.filter(indicator__in=indicators, unit__in=units, year=year)
    }
    previous = {
        (o.unit_id, o.indicator_id): o
        for o in Outcome.objects.approved().filter(
            indicator__in=indicators, unit__in=units, year=year - 1
        )
    }
    rows = []
    for unit in units:
        row = {"unit": unit, "cells": []}
        for indicator in indicators:
            key = (unit.pk, indicator.pk)
            outcome = current.get(key)
            locked = outcome is not None and outcome.status in (
                Outcome.Status.APPROVED,
                Outcome.Status.SUBMITTED,
            )
            stored = vi_number(outcome.value, indicator.decimals) if outcome else ""
            typed = None if key in conflicts else cells.get(key)
            row["cells"].append(
                {
                    "name": f"v-{unit.pk}-{indicator.pk}",
                    "indicator": indicator,
                    # Locked cells are disabled, so never posted: always show what is stored.
                    # A conflicting cell shows the other person's value, with its version.
                    "value": stored if locked or typed is None else typed,
                    "version": (
                        versions[key]
                        if typed is not None and key in versions
                        else (outcome.version if outcome else 0)
                    ),
                    "outcome": outcome,
                    "locked": locked,
                    "previous": previous.get(key),
                    "error": errors.get(key),
                }
            )
        rows.append(row)
    if not source_text and current:
        source_text = next(iter(current.values())).source_text
    context.update(
        indicators=indicators,
        rows=rows,
        source_text=source_text,
        general_error=errors.get(None),
    )
    return TemplateResponse(request, "admin/programs/outcome/entry.html", context)


def _int(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _years(program):
    last = program.end_year or program.start_year + 10
    return list(range(last, program.start_year - 1, -1))

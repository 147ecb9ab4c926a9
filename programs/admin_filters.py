"""Filters of the outcome list whose choices come from the small tables, never from the
hundreds of thousands of outcomes (Django's RelatedOnlyFieldListFilter and the year filter
read every visible outcome for their DISTINCT), narrowed to the user's assignment."""

from django.contrib import admin
from django.db.models import Max, Min

from .models import AdministrativeUnit, Indicator, OfficialScope, Outcome, SupportProgram


def assignment(request):
    """None for those who see every outcome (`OutcomeQuerySet.visible_to`), else the user's
    OfficialScope (False without one); read once per request."""
    if not hasattr(request, "_outcome_assignment"):
        user = request.user
        if user.is_superuser or user.has_perm("programs.approve_outcome"):
            request._outcome_assignment = None
        else:
            scope = OfficialScope.objects.filter(user=user).first()
            request._outcome_assignment = scope or False
    return request._outcome_assignment


class AssignedChoicesFilter(admin.RelatedFieldListFilter):
    """Django's related filter (same parameters, e.g. `unit__id__exact`), listing `rows()`."""

    def rows(self, scope):
        raise NotImplementedError

    def field_choices(self, field, request, model_admin):
        scope = assignment(request)
        if scope is False:
            return []
        return [(row.pk, str(row)) for row in self.rows(scope)]


class ProgramFilter(AssignedChoicesFilter):
    def rows(self, scope):
        return SupportProgram.objects.all() if scope is None else scope.programs.all()


class IndicatorFilter(AssignedChoicesFilter):
    def rows(self, scope):
        indicators = Indicator.objects.all()
        return indicators if scope is None else indicators.filter(scope.indicator_filter())


class UnitFilter(AssignedChoicesFilter):
    """Officials choose among their own units; everybody else among provinces and districts:
    a thousand communes would bury the sidebar (the search box and the level filter find
    them, and a link naming a commune still filters on it)."""

    def rows(self, scope):
        if scope is not None:
            return scope.units.all()
        return AdministrativeUnit.objects.exclude(level=AdministrativeUnit.Level.COMMUNE)


class YearFilter(admin.SimpleListFilter):
    """Every year between the first and the last value, newest first: two index look-ups."""

    title = "năm"
    parameter_name = "year"

    def lookups(self, request, model_admin):
        span = Outcome.objects.aggregate(first=Min("year"), last=Max("year"))
        if span["first"] is None:
            return []
        return [(str(year), str(year)) for year in range(span["last"], span["first"] - 1, -1)]

    def queryset(self, request, queryset):
        if self.value():
            return queryset.filter(year=self.value())
        return queryset

"""Shared admin pieces: workflow bulk actions, read-only record lists, CSV exports for Excel."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError


def run_step(model_admin, request, items, step, success, *, argument, label=str):
    """Call `step(<argument>=item, user=...)` for each item; report successes once and the
    first ten refusals with the row and the reason."""
    done, refused = 0, []
    for item in items:
        try:
            step(**{argument: item}, user=request.user)
            done += 1
        except (ValidationError, PermissionDenied) as error:
            message = error.messages[0] if hasattr(error, "messages") else str(error)
            refused.append(f"{label(item)}: {message}")
    if done:
        model_admin.message_user(request, success.format(done), messages.SUCCESS)
    for line in refused[:10]:
        model_admin.message_user(request, line, messages.WARNING)


class ReadOnlyAdminMixin:
    """A list of records the system writes (logs, imports, results): looked at, never
    added, edited or deleted in the admin."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class ExcelCsvExportMixin:
    """django-import-export CSVs start with a UTF-8 BOM: Excel otherwise reads them in the
    local code page and garbles Vietnamese."""

    def get_export_data(self, file_format, request, queryset, **kwargs):
        data = super().get_export_data(file_format, request, queryset, **kwargs)
        return data if file_format.is_binary() else "\ufeff" + data

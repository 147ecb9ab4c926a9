"""Admin bulk actions that run a workflow step (approve, publish...) on each selected row."""

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

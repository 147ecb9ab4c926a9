"""Vietnamese error messages where DRF's own Vietnamese catalogue has none."""

from django.http import Http404
from rest_framework import exceptions
from rest_framework.views import exception_handler as drf_exception_handler

NOT_FOUND = "Không tìm thấy."


class Throttled(exceptions.Throttled):
    default_detail = "Bạn gửi quá nhiều yêu cầu."
    # Vietnamese has no plural forms.
    extra_detail_singular = extra_detail_plural = "Hãy thử lại sau {wait} giây."


def exception_handler(exc, context):
    if isinstance(exc, Http404):
        # Django's message names the model in English ("No Outcome matches the given query.").
        exc = exceptions.NotFound(NOT_FOUND)
    elif isinstance(exc, exceptions.Throttled) and not isinstance(exc, Throttled):
        exc = Throttled(wait=exc.wait)
    elif isinstance(exc, exceptions.NotAcceptable):
        exc = exceptions.NotAcceptable("API chỉ trả lời bằng JSON (application/json).")
    return drf_exception_handler(exc, context)

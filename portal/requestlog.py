"""One log line per request, and a request id carried by every log record of that request.

The id comes from the proxy's X-Request-ID when it is safe to echo (it is written to logs
and shown on the error page), or is made here; it is sent back in the X-Request-ID
response header and printed on the 500 page so a visitor can quote it.
"""

import logging
import re
import secrets
import time
from contextvars import ContextVar

from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.utils.encoding import escape_uri_path
from django.utils.functional import empty

HEADER = "X-Request-ID"
# Letters, digits and . _ : - only, so an id never breaks a log line or the page it is on.
VALID_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{5,63}")
MISSING = "-"
MAX_PATH_CHARS = 300

request_id_var = ContextVar("request_id", default=MISSING)
logger = logging.getLogger("portal.requests")


def current_request_id():
    return request_id_var.get()


def new_request_id():
    # 12 hex characters: short enough to read out over the phone, unique enough for logs.
    return secrets.token_hex(6)


def incoming_request_id(request):
    value = request.headers.get(HEADER, "")
    return value if VALID_ID.fullmatch(value) else None


class RequestIdFilter(logging.Filter):
    """Adds `request_id` to every record (the current request's id, or "-" outside one)."""

    def filter(self, record):
        if not hasattr(record, "request_id"):
            record.request_id = request_id_var.get()
        return True


class RequestLogMiddleware:
    """First in MIDDLEWARE: sets the request id, times the request and logs one line."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request_id = incoming_request_id(request) or new_request_id()
        request.request_id = request_id
        token = request_id_var.set(request_id)
        started = time.perf_counter()
        try:
            response = self.get_response(request)
            response[HEADER] = request_id
            self.log(request, response, (time.perf_counter() - started) * 1000)
            return response
        finally:
            request_id_var.reset(token)

    def log(self, request, response, duration_ms):
        path = escape_uri_path(request.path)[:MAX_PATH_CHARS]  # the query string is left out
        status = response.status_code
        user_id = user_id_of(request)
        # Static files and the load balancer's probe would drown the rest; kept at DEBUG.
        level = logging.DEBUG if status < 400 and is_quiet(path) else logging.INFO
        logger.log(
            level,
            "%s %s %s %dms user=%s",
            request.method,
            path,
            status,
            duration_ms,
            user_id,
            extra={
                "method": request.method,
                "path": path,
                "status": status,
                "duration_ms": round(duration_ms, 1),
                "user_id": user_id,
            },
        )


def is_quiet(path):
    return path in ("/healthz", "/favicon.ico") or path.startswith(settings.STATIC_URL)


def user_id_of(request):
    """The signed-in user's id without a query of its own: the view has usually loaded the
    user already; otherwise the session (if it was read) names them; else "-"."""
    user = getattr(request, "user", None)
    wrapped = getattr(user, "_wrapped", user)
    if wrapped is not None and wrapped is not empty:
        return wrapped.pk if wrapped.is_authenticated else MISSING
    session = getattr(request, "session", None)
    if session is not None and hasattr(session, "_session_cache"):
        return session.get(SESSION_KEY) or MISSING
    return MISSING

"""Who logged in, who failed, from where: one log line each on the "portal.security" logger.

Receivers of Django's login signals, because every way of logging in (the admin form, a
future public login, force_login in tests) sends them; axes records the same events in the
database (AccessLog, AccessFailureLog). Passwords and codes are never logged.
"""

import ipaddress
import logging

from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed

from portal.clients import client_address

logger = logging.getLogger("portal.security")


def client_ip(request):
    """The visitor's address behind the trusted proxies (NUM_PROXIES), or None.

    Also axes' AXES_CLIENT_IP_CALLABLE: it stores the value in a GenericIPAddressField, so
    anything that is not an address (a misconfigured proxy) falls back to REMOTE_ADDR.
    """
    if request is None:
        return None
    for candidate in (client_address(request), request.META.get("REMOTE_ADDR", "")):
        try:
            return str(ipaddress.ip_address(candidate.strip()))
        except ValueError:
            continue
    return None


def printable(value, limit=150):
    """A user-typed value made safe for one log line (no forged line breaks)."""
    text = "" if value is None else str(value)[:limit]
    return "".join(ch if ch.isprintable() else "?" for ch in text)


def log_event(event, *, request=None, user=None, username=None, level=logging.INFO, **fields):
    """One line: the event, the account, the address, then any extra `key=value`."""
    if user is not None:
        username = user.get_username()
    parts = [
        event,
        f"user_id={user.pk if user is not None else '-'}",
        f"username={printable(username) or '-'}",
        f"ip={client_ip(request) or '-'}",
        *(f"{key}={printable(value)}" for key, value in fields.items()),
    ]
    logger.log(level, " ".join(parts))


def _logged_in(sender, request, user, **kwargs):
    log_event("login_succeeded", request=request, user=user)


def _login_failed(sender, credentials, request=None, **kwargs):
    # Django has already masked the password in `credentials`; only the name is used.
    log_event(
        "login_failed",
        request=request,
        username=credentials.get("username"),
        level=logging.WARNING,
        reason=kwargs.get("reason", "password"),
        # Set by axes' own receiver, which runs first (axes is installed before accounts).
        locked_out="yes" if getattr(request, "axes_locked_out", False) else "no",
    )


def _logged_out(sender, request, user, **kwargs):
    if user is not None:
        log_event("logout", request=request, user=user)


def connect():
    user_logged_in.connect(_logged_in, dispatch_uid="portal.security.logged_in")
    user_login_failed.connect(_login_failed, dispatch_uid="portal.security.login_failed")
    user_logged_out.connect(_logged_out, dispatch_uid="portal.security.logged_out")

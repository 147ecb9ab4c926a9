"""Two-step verification in front of every admin page.

- A session of a user who has a confirmed device but did not give a code (opened before the
  device was added, or by any way around the login form) is ended.
- When settings.OTP_REQUIRED_FOR_ROLES is not empty, superusers and members of those groups
  without a device are sent to the enrolment page until they have one.

Logout and the enrolment page (accounts/views.py) stay reachable.
"""

from functools import wraps
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect
from django.urls import reverse

from . import services
from .security import log_event

SESSION_REFUSED = (
    "Tài khoản này đã bật xác thực hai bước. Hãy đăng nhập lại với mã xác thực "
    "trong ứng dụng trên điện thoại."
)


def is_verified(user):
    # OTPMiddleware installs user.is_verified(); without it nobody is verified.
    return bool(getattr(user, "is_verified", lambda: False)())


def check(request, *, enrolling=False):
    """A response that stops the request (logout or enrolment), or None to carry on."""
    user = request.user
    if not user.is_authenticated or is_verified(user):
        return None
    if services.confirmed_device(user) is not None:
        log_event("session_refused", request=request, user=user, reason="otp_not_verified")
        logout(request)
        messages.error(request, SESSION_REFUSED)
        return redirect_to_login(request.get_full_path(), reverse("admin:login"))
    if not enrolling and services.otp_required(user):
        query = urlencode({"next": request.get_full_path()})
        return redirect(f"{reverse('accounts:two_factor')}?{query}")
    return None


def guard(view):
    @wraps(view)
    def guarded(request, *args, **kwargs):
        if request.path != reverse("admin:logout"):
            response = check(request)
            if response is not None:
                return response
        return view(request, *args, **kwargs)

    return guarded


def install(site):
    """Wrap every view `site` serves through admin_view (all but login) in guard()."""
    if getattr(site, "two_factor_guarded", False):
        return
    unguarded = site.admin_view

    def admin_view(view, cacheable=False):
        return unguarded(guard(view), cacheable)

    site.admin_view = admin_view
    site.two_factor_guarded = True

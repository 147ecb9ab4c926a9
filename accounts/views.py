from functools import wraps

from django.conf import settings
from django.contrib import admin, messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from django_otp import login as otp_login

from . import gate, services
from .forms import CodeForm

TITLE = "Xác thực hai bước"


def staff_page(view):
    """Like admin_view, without the enrolment redirect (these pages are where it leads)."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not admin.site.has_permission(request):
            return redirect_to_login(request.get_full_path(), reverse("admin:login"))
        response = gate.check(request, enrolling=True)
        if response is not None:
            return response
        return view(request, *args, **kwargs)

    return never_cache(wrapper)


def _next_url(request):
    url = request.POST.get("next") or request.GET.get("next") or ""
    safe = url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return url if safe and url else reverse("admin:index")


def _render(request, context, status=200):
    context = {
        **admin.site.each_context(request),
        "title": TITLE,
        "required": services.otp_required(request.user),
        "next": _next_url(request),
        **context,
    }
    return render(request, "accounts/two_factor.html", context, status=status)


@staff_page
def two_factor(request):
    """The user's own two-step verification: status and removal, or enrolment."""
    user = request.user
    device = services.confirmed_device(user)
    if device is not None:
        return _render(request, {"device": device, "form": CodeForm()})

    pending = services.pending_device(user=user)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            device = services.totp_confirm(
                device=pending, code=form.cleaned_data["otp_token"], request=request
            )
        except ValidationError as error:
            form.add_error("otp_token", error)
        else:
            # This session has just proved the code: it counts as verified.
            otp_login(request, device)
            messages.success(request, "Đã bật xác thực hai bước cho tài khoản của bạn.")
            return redirect(_next_url(request))
    return _render(
        request,
        {
            "pending": pending,
            "form": form,
            "secret": services.secret_for_typing(pending),
            "otpauth_uri": pending.config_url,
            # Drawn by segno from the URI: no user-typed markup in it.
            "qr_svg": mark_safe(services.qr_svg(pending)),
        },
    )


@require_POST
@staff_page
def two_factor_remove(request):
    form = CodeForm(request.POST)
    if form.is_valid():
        try:
            services.totp_remove(
                user=request.user, code=form.cleaned_data["otp_token"], request=request
            )
        except ValidationError as error:
            form.add_error("otp_token", error)
        else:
            messages.success(request, "Đã tắt xác thực hai bước.")
            return redirect("accounts:two_factor")
    device = services.confirmed_device(request.user)
    if device is None:
        return redirect("accounts:two_factor")
    return _render(request, {"device": device, "form": form})


def lockout(request, original_response=None, credentials=None):
    """axes' AXES_LOCKOUT_CALLABLE: the answer to a login from a locked-out pair."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    context = {
        **admin.site.each_context(request),
        "title": "Tạm khóa đăng nhập",
        "failure_limit": settings.AXES_FAILURE_LIMIT,
        "minutes": minutes,
    }
    return render(request, "accounts/lockout.html", context, status=429)

"""Two-step verification with an authenticator app (TOTP, django-otp): enrol, confirm, remove.

One device per user. Enrolment creates an unconfirmed device whose secret the user copies
into the app; the device counts only once a code from the app has confirmed it.
"""

from base64 import b32encode

import segno
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django_otp.plugins.otp_totp.models import TOTPDevice

from .security import log_event

DEVICE_NAME = "Ứng dụng xác thực"
CODE_REQUIRED = "Hãy nhập mã xác thực gồm 6 chữ số đang hiện trong ứng dụng xác thực."
CODE_INVALID = (
    "Mã xác thực không đúng hoặc đã hết hạn. Hãy nhập mã đang hiện trong ứng dụng xác thực."
)
CODE_THROTTLED = "Bạn vừa nhập sai mã xác thực nhiều lần. Hãy đợi ít giây rồi thử lại."


def confirmed_device(user):
    if user is None or not user.is_authenticated:
        return None
    return TOTPDevice.objects.filter(user=user, confirmed=True).order_by("pk").first()


def otp_required(user):
    """Whether `user` must use two-step verification (settings.OTP_REQUIRED_FOR_ROLES)."""
    roles = settings.OTP_REQUIRED_FOR_ROLES
    if not roles or not user.is_authenticated:
        return False
    return user.is_superuser or user.groups.filter(name__in=roles).exists()


def pending_device(*, user):
    """The unconfirmed device being set up: the same secret until it is confirmed."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("pk").first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=DEVICE_NAME, confirmed=False)
    return device


def verify_code(*, device, code):
    """Check a code from the app against `device`; a code is accepted once only.

    Raises ValidationError (codes "required", "invalid", "throttled"). Each wrong code
    doubles the wait before the next try (django-otp's throttling).
    """
    code = "".join((code or "").split())
    if not code:
        raise ValidationError(CODE_REQUIRED, code="required")
    with transaction.atomic():
        # Locked: two requests cannot both spend the same code.
        device = TOTPDevice.objects.select_for_update().get(pk=device.pk)
        allowed, _ = device.verify_is_allowed()
        valid = allowed and device.verify_token(code)
    # Raised outside the transaction, so the failure count django-otp saved is kept.
    if not allowed:
        raise ValidationError(CODE_THROTTLED, code="throttled")
    if not valid:
        raise ValidationError(CODE_INVALID, code="invalid")
    return device


def totp_confirm(*, device, code, request=None):
    """Confirm the pending `device` with a code from the app; older devices are removed."""
    device = verify_code(device=device, code=code)
    with transaction.atomic():
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        TOTPDevice.objects.filter(user_id=device.user_id).exclude(pk=device.pk).delete()
    log_event("otp_enabled", request=request, user=device.user)
    return device


def totp_remove(*, user, code, request=None):
    """Turn two-step verification off for `user`, who proves it with a current code."""
    device = confirmed_device(user)
    if device is None:
        return
    verify_code(device=device, code=code)
    TOTPDevice.objects.filter(user=user).delete()
    log_event("otp_disabled", request=request, user=user)


def secret_for_typing(device):
    """The secret in base32, as apps ask for it, in groups of four: "ABCD EFGH ..."."""
    secret = b32encode(device.bin_key).decode("ascii").rstrip("=")
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def qr_svg(device):
    """The otpauth:// URI as an inline SVG QR code, drawn here: no image service, no script."""
    return segno.make(device.config_url, error="m").svg_inline(
        scale=5,
        border=4,
        dark="#000",
        light="#fff",
        svgclass="otp-qr",
        title="Mã QR để thêm tài khoản vào ứng dụng xác thực",
    )

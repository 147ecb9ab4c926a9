"""Logging in through the real admin form, and TOTP codes as the user's phone shows them.

Django's `client.login()` cannot be used with axes: it calls authenticate() without a
request, which AxesStandaloneBackend refuses. Tests use `client.force_login()` or the form.
"""

import time

from django.urls import reverse
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

PASSWORD = "MatKhau@123"
WRONG_PASSWORD = "SaiMatKhau@99"


def log_in(client, username, password=PASSWORD, *, ip="10.0.0.1", code=None, **extra):
    data = {"username": username, "password": password, "next": reverse("admin:index")}
    if code is not None:
        data["otp_token"] = code
    return client.post(reverse("admin:login"), data, REMOTE_ADDR=ip, **extra)


def logged_in_user_id(client):
    return client.session.get("_auth_user_id")


def code_for(device, *, seconds_from_now=0):
    """The code the authenticator app shows now (or that many seconds from now)."""
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time() + seconds_from_now
    return f"{totp.token():0{device.digits}d}"


def wrong_code_for(device):
    right = {code_for(device, seconds_from_now=s) for s in (-30, 0, 30)}
    return next(c for c in ("000000", "111111", "222222", "333333") if c not in right)


def add_device(user, *, confirmed=True):
    return TOTPDevice.objects.create(user=user, name="Điện thoại", confirmed=confirmed)


def verify_session(client, device):
    """Mark the client's session as having given a code (what the login form does)."""
    session = client.session
    session["otp_device_id"] = device.persistent_id
    session.save()

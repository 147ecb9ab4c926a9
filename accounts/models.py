"""Vietnamese names in the admin for the records of django-axes and django-otp.

Proxies: no tables of their own. They gather login records and two-step devices in one admin
section, with Vietnamese names and with permissions the "Quản trị" role can be given.
"""

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django_otp.plugins.otp_totp.models import TOTPDevice


class LoginAttempt(AccessAttempt):
    class Meta:
        proxy = True
        verbose_name = "lần đăng nhập sai"
        verbose_name_plural = "đăng nhập sai và khóa tạm thời"


class LoginRecord(AccessLog):
    class Meta:
        proxy = True
        verbose_name = "lượt đăng nhập"
        verbose_name_plural = "nhật ký đăng nhập"


class LoginFailure(AccessFailureLog):
    class Meta:
        proxy = True
        verbose_name = "lần đăng nhập không thành công"
        verbose_name_plural = "nhật ký đăng nhập không thành công"


class TwoFactorDevice(TOTPDevice):
    class Meta:
        proxy = True
        verbose_name = "thiết bị xác thực hai bước"
        verbose_name_plural = "thiết bị xác thực hai bước"

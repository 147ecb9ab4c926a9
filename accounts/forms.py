from django import forms
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth.signals import user_login_failed
from django.core.exceptions import ValidationError

from . import services


def code_field(**kwargs):
    return forms.CharField(
        label="Mã xác thực (6 chữ số)",
        max_length=12,
        widget=forms.TextInput(
            attrs={"inputmode": "numeric", "autocomplete": "one-time-code", "size": 8}
        ),
        **kwargs,
    )


class AdminLoginForm(AdminAuthenticationForm):
    """The admin login with a third field: the code, required only of users with a device."""

    otp_token = code_field(
        required=False,
        help_text="Chỉ nhập khi tài khoản đã bật xác thực hai bước.",
    )

    def clean(self):
        cleaned_data = super().clean()  # name, password (and axes' lockout), staff
        user = self.get_user()
        device = services.confirmed_device(user)
        if device is None:
            return cleaned_data
        try:
            user.otp_device = services.verify_code(
                device=device, code=cleaned_data.get("otp_token")
            )
        except ValidationError as error:
            if error.code != "required":
                # A wrong code counts towards the lockout like a wrong password: someone who
                # has the password cannot try codes without limit.
                user_login_failed.send(
                    sender=__name__,
                    credentials={"username": user.get_username()},
                    request=self.request,
                    reason="otp",
                )
            self.add_error("otp_token", error)
        # django-otp's user_logged_in receiver stores user.otp_device in the session.
        return cleaned_data


class CodeForm(forms.Form):
    otp_token = code_field()

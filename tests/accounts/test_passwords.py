"""Django's password validators, with at least 10 characters, answer in Vietnamese."""

import getpass
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.urls import reverse

from .helpers import PASSWORD

MESSAGES = {
    "too_short": "Mật khẩu này quá ngắn. Mật khẩu phải có ít nhất 10 ký tự.",
    "common": "Mật khẩu này quá phổ biến.",
    "numeric": "Mật khẩu này hoàn toàn là số.",
    "similar": "Mật khẩu quá giống với tên đăng nhập.",
}


def messages_for(password, user=None):
    with pytest.raises(ValidationError) as caught:
        validate_password(password, user)
    return caught.value.messages


def test_each_validator_answers_in_vietnamese(db):
    assert messages_for("123456789") == [
        MESSAGES["too_short"],
        MESSAGES["common"],
        MESSAGES["numeric"],
    ]
    user = get_user_model()(username="nguyenvanan")
    assert MESSAGES["similar"].lower() in [m.lower() for m in messages_for("nguyenvanan1", user)]


def test_ten_characters_are_enough(db):
    validate_password("Ha Noi mua thu 2026"[:10])


def test_the_admin_password_change_form_answers_in_vietnamese(editor, client):
    client.force_login(editor)
    data = {"old_password": PASSWORD, "new_password1": "12345", "new_password2": "12345"}
    page = client.post(reverse("admin:password_change"), data).content.decode()
    assert MESSAGES["numeric"] in page
    assert "Mật khẩu này quá ngắn" in page
    assert "ít nhất 10 ký tự" in page  # the help text
    assert "This password" not in page and "Your password" not in page


def test_setting_a_password_for_someone_else_answers_in_vietnamese(administrator, editor, client):
    client.force_login(administrator)
    url = reverse("admin:auth_user_password_change", args=[editor.pk])
    data = {"password1": "bientap", "password2": "bientap", "usable_password": "true"}
    page = client.post(url, data).content.decode()
    assert "Mật khẩu này quá ngắn" in page
    assert "This password" not in page


class TTY(StringIO):
    def isatty(self):
        return True


def test_createsuperuser_answers_in_vietnamese(db, monkeypatch):
    typed = iter(["12345", "12345", "Ninh Binh 2026!", "Ninh Binh 2026!"])
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": next(typed))
    monkeypatch.setattr("builtins.input", lambda prompt="": "n")  # do not bypass validation
    stderr = StringIO()
    call_command(
        "createsuperuser",
        interactive=True,
        username="quantri.moi",
        email="quantri@example.org",
        stdin=TTY(),
        stdout=StringIO(),
        stderr=stderr,
    )
    assert MESSAGES["too_short"] in stderr.getvalue()
    assert MESSAGES["numeric"] in stderr.getvalue()
    assert get_user_model().objects.get(username="quantri.moi").check_password("Ninh Binh 2026!")

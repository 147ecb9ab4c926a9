from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = "Đăng nhập và bảo mật"

    def ready(self):
        from django.contrib import admin

        from . import forms, gate, security

        security.connect()
        # The default admin site is configured, not replaced: "django.contrib.admin" stays in
        # INSTALLED_APPS and every app keeps registering on admin.site.
        admin.site.login_form = forms.AdminLoginForm
        gate.install(admin.site)

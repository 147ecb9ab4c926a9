from django.apps import AppConfig


class OrganizationConfig(AppConfig):
    name = "organization"
    verbose_name = "Giới thiệu, lịch công tác"

    def ready(self):
        from . import signals  # noqa: F401

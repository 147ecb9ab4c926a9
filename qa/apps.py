from django.apps import AppConfig


class QaConfig(AppConfig):
    name = "qa"
    verbose_name = "Hỏi đáp"

    def ready(self):
        from . import search

        search.connect()

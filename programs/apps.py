from django.apps import AppConfig


class ProgramsConfig(AppConfig):
    name = "programs"
    verbose_name = "Phong trào, chương trình, số liệu"

    def ready(self):
        from . import search

        search.connect()

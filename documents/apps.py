from django.apps import AppConfig


class DocumentsConfig(AppConfig):
    name = "documents"
    verbose_name = "Văn bản, thủ tục hành chính"

    def ready(self):
        from . import search

        search.connect()

from django.apps import AppConfig


class ArticlesConfig(AppConfig):
    name = "articles"
    verbose_name = "Tin bài"

    def ready(self):
        from . import search, signals  # noqa: F401

        search.connect()

        from portal import pagecache

        from .models import next_scheduled_publication

        pagecache.register_schedule(next_scheduled_publication)

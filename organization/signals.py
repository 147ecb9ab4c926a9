"""Cache invalidation only: the web links block is cached for every page's footer."""

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from .models import WebLink

WEB_LINKS_CACHE_KEY = "organization:web-links"


@receiver([post_save, post_delete], sender=WebLink)
def clear_web_links_cache(**kwargs):
    cache.delete(WEB_LINKS_CACHE_KEY)

"""Cache invalidation only: the site settings are cached for the header and footer."""

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from .models import CACHE_KEY, SiteSettings


@receiver([post_save, post_delete], sender=SiteSettings)
def clear_site_settings_cache(**kwargs):
    cache.delete(CACHE_KEY)

from django.core.cache import cache

from portal.memo import memo

from .models import Category

NAV_CACHE_KEY = "articles:nav-categories"


def navigation(request):
    """Categories for the main navigation, cached until a category changes (and kept in the
    process for the content generation, portal/memo.py)."""
    return {"nav_categories": memo("nav-categories", _categories)}


def _categories():
    categories = cache.get(NAV_CACHE_KEY)
    if categories is None:
        categories = list(Category.objects.filter(show_in_menu=True))
        cache.set(NAV_CACHE_KEY, categories, 3600)
    return categories

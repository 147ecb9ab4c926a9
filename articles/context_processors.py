from django.core.cache import cache

from .models import Category

NAV_CACHE_KEY = "articles:nav-categories"


def navigation(request):
    """Categories for the main navigation, cached until a category changes."""
    categories = cache.get(NAV_CACHE_KEY)
    if categories is None:
        categories = list(Category.objects.filter(show_in_menu=True))
        cache.set(NAV_CACHE_KEY, categories, 3600)
    return {"nav_categories": categories}

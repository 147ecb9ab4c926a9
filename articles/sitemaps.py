from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from portal.sitemaps import DatedSitemap

from .models import Article, Category


class StaticSitemap(Sitemap):
    changefreq = "daily"
    priority = 1.0

    def items(self):
        return ["portal:home", "articles:list"]

    def location(self, item):
        return reverse(item)


class CategorySitemap(Sitemap):
    changefreq = "daily"
    priority = 0.6

    def items(self):
        return Category.objects.all()


class ArticleSitemap(DatedSitemap):
    changefreq = "weekly"
    priority = 0.8
    limit = 5000

    def items(self):
        return (
            Article.objects.published().for_listing().only("slug", "updated_at", "category__slug")
        )


sitemaps = {"static": StaticSitemap, "categories": CategorySitemap, "articles": ArticleSitemap}

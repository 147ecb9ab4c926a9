from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Rss201rev2Feed

from portal.models import SiteSettings

from .models import Article, Category

FEED_SIZE = 30


class LatestArticlesFeed(Feed):
    feed_type = Rss201rev2Feed
    language = "vi"

    def title(self, obj=None):
        return f"Tin tức - {SiteSettings.current().department_name}"

    def link(self, obj=None):
        return reverse("articles:list")

    def description(self, obj=None):
        return "Tin bài mới nhất"

    def items(self, obj=None):
        return Article.objects.published().for_listing()[:FEED_SIZE]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_author_name(self, item):
        return item.byline or None

    def item_categories(self, item):
        return [item.category.name]


class CategoryFeed(LatestArticlesFeed):
    def get_object(self, request, slug):
        return get_object_or_404(Category, slug=slug)

    def title(self, obj=None):
        return f"{obj.name} - {SiteSettings.current().department_name}"

    def link(self, obj=None):
        return obj.get_absolute_url()

    def description(self, obj=None):
        return obj.description or f"Tin bài chuyên mục {obj.name}"

    def items(self, obj=None):
        return Article.objects.published().filter(category=obj).for_listing()[:FEED_SIZE]

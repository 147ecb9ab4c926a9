from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from portal.sitemaps import DatedSitemap

from .models import Question


class QuestionSitemap(DatedSitemap):
    """Published answers only; the list page is listed too."""

    changefreq = "monthly"
    priority = 0.5
    limit = 5000

    def items(self):
        return Question.objects.published().only("slug", "answered_at").order_by("pk")

    lastmod_field = "answered_at"


class QuestionListSitemap(Sitemap):
    changefreq = "daily"
    priority = 0.6

    def items(self):
        return ["qa:list", "participation:drafts"]

    def location(self, item):
        return reverse(item)


sitemaps = {"questions": QuestionSitemap, "question_list": QuestionListSitemap}

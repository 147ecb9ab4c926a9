"""Sitemaps of the "Giới thiệu" section, the schedule and the English pages.

Wire them in portal/urls.py with `**organization.sitemaps.sitemaps`.
"""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from .models import AboutPage, EnglishPage


class OrganizationSitemap(Sitemap):
    changefreq = "weekly"
    priority = 0.5

    def items(self):
        return [
            "organization:about",
            "organization:leaders",
            "organization:departments",
            "organization:schedule",
            "organization:english",
        ]

    def location(self, item):
        return reverse(item)


class AboutPageSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.5

    def items(self):
        return AboutPage.objects.public().only("slug", "updated_at").order_by("pk")

    def lastmod(self, item):
        return item.updated_at


class EnglishPageSitemap(AboutPageSitemap):
    priority = 0.3

    def items(self):
        return EnglishPage.objects.public().only("slug", "updated_at").order_by("pk")


sitemaps = {
    "organization": OrganizationSitemap,
    "about_pages": AboutPageSitemap,
    "english_pages": EnglishPageSitemap,
}

from django.contrib.sitemaps import Sitemap

from .models import AdministrativeProcedure, LegalDocument


class DocumentSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.6
    limit = 5000

    def items(self):
        return LegalDocument.objects.public().only("slug", "updated_at").order_by("pk")

    def lastmod(self, item):
        return item.updated_at


class ProcedureSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.5

    def items(self):
        return AdministrativeProcedure.objects.filter(is_public=True).only("slug", "updated_at")

    def lastmod(self, item):
        return item.updated_at

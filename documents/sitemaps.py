from portal.sitemaps import DatedSitemap

from .models import AdministrativeProcedure, LegalDocument


class DocumentSitemap(DatedSitemap):
    changefreq = "monthly"
    priority = 0.6
    limit = 5000

    def items(self):
        return LegalDocument.objects.public().only("slug", "updated_at").order_by("pk")


class ProcedureSitemap(DatedSitemap):
    changefreq = "monthly"
    priority = 0.5

    def items(self):
        return AdministrativeProcedure.objects.filter(is_public=True).only("slug", "updated_at")

from django.contrib.syndication.views import Feed
from django.urls import reverse

from portal.models import SiteSettings

from .models import LegalDocument


class LatestDocumentsFeed(Feed):
    language = "vi"

    def title(self):
        return f"Văn bản mới ban hành - {SiteSettings.current().department_name}"

    def link(self):
        return reverse("documents:list")

    def description(self):
        return "Văn bản quy phạm pháp luật, văn bản chỉ đạo điều hành mới cập nhật"

    def items(self):
        return LegalDocument.objects.public().for_listing()[:30]

    def item_title(self, item):
        return str(item)

    def item_description(self, item):
        return item.abstract

    def item_pubdate(self, item):
        return item.created_at

    def item_updateddate(self, item):
        return item.updated_at

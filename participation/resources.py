"""What the admin's export of individual page ratings writes (django-import-export)."""

from django.utils import timezone
from import_export import fields, resources

from portal.text import spreadsheet_safe

from .models import PageFeedback


class PageFeedbackResource(resources.ModelResource):
    created_at = fields.Field(attribute="created_at", column_name="Thời điểm")
    kind = fields.Field(attribute="kind_label", column_name="Loại trang")
    page = fields.Field(attribute="page", column_name="Trang")
    url = fields.Field(attribute="page", column_name="Địa chỉ")
    useful = fields.Field(attribute="useful", column_name="Hữu ích")
    comment = fields.Field(attribute="comment", column_name="Góp ý")

    class Meta:
        model = PageFeedback
        fields = ["created_at", "kind", "page", "url", "useful", "comment"]
        export_order = fields

    def get_queryset(self):
        return PageFeedback.objects.none()  # the admin passes its own, filtered queryset

    def filter_export(self, queryset, **kwargs):
        return queryset.select_related("article__category", "program").order_by(
            "-created_at", "-pk"
        )

    def export_field(self, field, instance, **kwargs):
        name = self.get_field_name(field)
        if name == "created_at":
            return timezone.localtime(instance.created_at).strftime("%d/%m/%Y %H:%M")
        if name == "useful":
            return "Có" if instance.useful else "Không"
        if name == "page":
            return spreadsheet_safe(str(instance.page))
        if name == "url":
            return instance.page.get_absolute_url()
        return spreadsheet_safe(super().export_field(field, instance, **kwargs))

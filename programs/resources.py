"""What the admin's outcome export writes (django-import-export). The headers are the ones
the spreadsheet import reads, so an exported file can be edited and loaded back."""

from import_export import fields, resources

from portal.text import spreadsheet_safe, vi_date, vi_number

from .models import Outcome


class OutcomeResource(resources.ModelResource):
    program = fields.Field(attribute="indicator__program__name", column_name="Chương trình")
    year = fields.Field(attribute="year", column_name="Năm")
    indicator_code = fields.Field(attribute="indicator__code", column_name="Mã chỉ tiêu")
    indicator = fields.Field(attribute="indicator__name", column_name="Tên chỉ tiêu")
    unit_of_measure = fields.Field(
        attribute="indicator__unit_of_measure", column_name="Đơn vị tính"
    )
    unit_code = fields.Field(attribute="unit__code", column_name="Mã đơn vị")
    unit = fields.Field(attribute="unit__name", column_name="Tên đơn vị")
    value = fields.Field(attribute="value", column_name="Giá trị")
    status = fields.Field(attribute="status", column_name="Trạng thái")
    source = fields.Field(attribute="source_label", column_name="Nguồn")
    is_illustrative = fields.Field(attribute="is_illustrative", column_name="Số liệu minh họa")
    approved_at = fields.Field(attribute="approved_at", column_name="Ngày duyệt")

    class Meta:
        model = Outcome
        fields = [
            "program", "year", "indicator_code", "indicator", "unit_of_measure", "unit_code",
            "unit", "value", "status", "source", "is_illustrative", "approved_at",
        ]  # fmt: skip
        export_order = fields

    def get_queryset(self):
        return Outcome.objects.none()  # the admin passes its own, narrowed to the user

    def export_field(self, field, instance, **kwargs):
        name = self.get_field_name(field)
        if name == "value":
            value = instance.indicator.quantize(instance.value)
            # XLSX gets a real number; CSV the Vietnamese writing ("1.234,5") the import reads.
            if kwargs.get("force_native_type"):
                return value
            return vi_number(value, instance.indicator.decimals)
        if name == "status":
            return instance.get_status_display()
        if name == "is_illustrative":
            return "Có" if instance.is_illustrative else ""
        if name == "approved_at":
            return vi_date(instance.approved_at, with_weekday=False)
        return spreadsheet_safe(super().export_field(field, instance, **kwargs))

    def filter_export(self, queryset, **kwargs):
        return queryset.select_related("indicator__program", "unit", "source_document").order_by(
            "indicator__program", "year", "indicator__position", "unit__position", "pk"
        )

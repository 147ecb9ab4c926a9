"""Query-string filters. A malformed value answers 400 with the form's Vietnamese message;
an unknown or non-public slug or code simply matches nothing."""

from django import forms
from django.core.validators import ProhibitNullCharactersValidator
from django.db.models import Q
from django_filters import rest_framework as filters
from drf_spectacular.utils import extend_schema_field

from articles.models import Article
from documents.models import LegalDocument, Validity, number_key
from programs.models import AdministrativeUnit, Indicator, Outcome, SupportProgram
from programs.models.outcomes import MAX_YEAR, MIN_YEAR

MAX_ID = 2**31 - 1  # beyond it PostgreSQL would refuse the comparison
# Django's Vietnamese catalogue says "số tổng thể" for a whole number.
INTEGER_ERRORS = {
    "invalid": "Nhập một số nguyên.",
    "min_value": "Giá trị nhỏ nhất là %(limit_value)s.",
    "max_value": "Giá trị lớn nhất là %(limit_value)s.",
}


class IntegerFilter(filters.NumberFilter):
    """A whole number within bounds (NumberFilter would accept "2023.5")."""

    field_class = forms.IntegerField

    def __init__(self, *args, min_value=1, max_value=MAX_ID, help_text="", **kwargs):
        super().__init__(
            *args,
            min_value=min_value,
            max_value=max_value,
            help_text=help_text,
            error_messages=INTEGER_ERRORS,
            **kwargs,
        )
        # Per instance, so each parameter keeps its own description in the schema.
        schema = {"type": "integer", "minimum": min_value, "maximum": max_value}
        extend_schema_field({**schema, "description": help_text})(self)


class YearFilter(IntegerFilter):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, min_value=MIN_YEAR, max_value=MAX_YEAR, **kwargs)


class TextField(forms.CharField):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        # PostgreSQL cannot compare text holding NUL; Django's message for it is English only.
        self.validators = [
            *(v for v in self.validators if not isinstance(v, ProhibitNullCharactersValidator)),
            ProhibitNullCharactersValidator("Không được chứa ký tự NUL."),
        ]


class CharFilter(filters.CharFilter):
    field_class = TextField


class StrictBooleanField(forms.Field):
    """true/false (or 1/0); anything else is an error, not silently "no filter"."""

    VALUES = {"true": True, "1": True, "false": False, "0": False}

    def to_python(self, value):
        if value in (None, ""):
            return None
        try:
            return self.VALUES[str(value).lower()]
        except KeyError:
            raise forms.ValidationError("Chỉ nhận true hoặc false.", code="invalid") from None


class BooleanFilter(filters.BooleanFilter):
    field_class = StrictBooleanField

    def __init__(self, *args, **kwargs):
        # DRF's BooleanWidget turns any unknown word into None before the field sees it.
        super().__init__(*args, widget=forms.TextInput, **kwargs)


def slug_filter(field_name, help_text):
    return CharFilter(field_name=field_name, help_text=help_text)


class ProgramFilter(filters.FilterSet):
    campaign = CharFilter(method="filter_campaign", help_text="Đường dẫn (slug) của phong trào.")
    kind = filters.ChoiceFilter(choices=SupportProgram.Kind.choices, help_text="Loại hỗ trợ.")

    class Meta:
        model = SupportProgram
        fields = ["campaign", "kind"]

    def filter_campaign(self, queryset, name, value):
        return queryset.filter(campaign__slug=value, campaign__is_public=True)


class IndicatorFilter(filters.FilterSet):
    program = slug_filter("program__slug", "Đường dẫn (slug) của chương trình.")
    campaign = CharFilter(
        method="filter_campaign",
        help_text="Đường dẫn (slug) của phong trào: chỉ tiêu chung của phong trào và chỉ tiêu "
        "của các chương trình thuộc phong trào.",
    )
    is_key = BooleanFilter(help_text="Chỉ lấy chỉ tiêu chính (true) hoặc phụ (false).")

    class Meta:
        model = Indicator
        fields = ["program", "campaign", "is_key"]

    def filter_campaign(self, queryset, name, value):
        return queryset.filter(
            Q(campaign__slug=value)
            | Q(program__campaign__slug=value, program__campaign__is_public=True)
        )


class UnitFilter(filters.FilterSet):
    level = filters.ChoiceFilter(
        choices=AdministrativeUnit.Level.choices, help_text="Cấp hành chính."
    )
    parent = IntegerFilter(field_name="parent_id", help_text="Mã số (id) của đơn vị cấp trên.")
    code = CharFilter(help_text="Mã đơn vị hành chính của Tổng cục Thống kê.")
    year = YearFilter(method="filter_year", help_text="Chỉ các đơn vị còn tồn tại trong năm này.")

    class Meta:
        model = AdministrativeUnit
        fields = ["level", "parent", "code", "year"]

    def filter_year(self, queryset, name, value):
        return queryset.valid_in(value)


class OutcomeFilter(filters.FilterSet):
    program = slug_filter("indicator__program__slug", "Đường dẫn (slug) của chương trình.")
    campaign = CharFilter(
        method="filter_campaign",
        help_text="Đường dẫn (slug) của phong trào: số liệu các chỉ tiêu chung của phong trào "
        "và của các chương trình thuộc phong trào.",
    )
    indicator = slug_filter("indicator__code", "Mã chỉ tiêu.")
    unit = CharFilter(field_name="unit__code", help_text="Mã đơn vị hành chính.")
    unit_id = IntegerFilter(field_name="unit_id", help_text="Mã số (id) của địa bàn trong API.")
    year = YearFilter(help_text="Năm.")
    year_from = YearFilter(field_name="year", lookup_expr="gte", help_text="Từ năm (tính cả).")
    year_to = YearFilter(field_name="year", lookup_expr="lte", help_text="Đến năm (tính cả).")

    class Meta:
        model = Outcome
        fields = ["program", "campaign", "indicator", "unit", "unit_id", "year"]

    def filter_campaign(self, queryset, name, value):
        return queryset.filter(
            Q(indicator__campaign__slug=value)
            | Q(
                indicator__program__campaign__slug=value,
                indicator__program__campaign__is_public=True,
            )
        )


class DocumentFilter(filters.FilterSet):
    number = CharFilter(
        method="filter_number",
        help_text="Số, ký hiệu đúng như trên văn bản, có dấu hoặc không: 43/2023/NQ-HĐND.",
    )
    doc_type = slug_filter("doc_type__slug", "Loại văn bản (slug).")
    issuing_body = slug_filter("issuing_body__slug", "Cơ quan ban hành (slug).")
    field = slug_filter("fields__slug", "Lĩnh vực (slug).")
    year = YearFilter(field_name="issued_date__year", help_text="Năm ban hành.")
    validity = filters.ChoiceFilter(choices=Validity.choices, help_text="Tình trạng hiệu lực.")

    class Meta:
        model = LegalDocument
        fields = ["number", "doc_type", "issuing_body", "field", "year", "validity"]

    def filter_number(self, queryset, name, value):
        return queryset.filter(number_key=number_key(value))


class ArticleFilter(filters.FilterSet):
    category = slug_filter("category__slug", "Chuyên mục (slug).")
    published_from = filters.DateFilter(
        field_name="published_at",
        lookup_expr="date__gte",
        help_text="Xuất bản từ ngày (YYYY-MM-DD, giờ Việt Nam, tính cả ngày này).",
    )
    published_to = filters.DateFilter(
        field_name="published_at",
        lookup_expr="date__lte",
        help_text="Xuất bản đến ngày (YYYY-MM-DD, giờ Việt Nam, tính cả ngày này).",
    )

    class Meta:
        model = Article
        fields = ["category", "published_from", "published_to"]

"""What the API shows of each public object: no accounts, internal notes or workflow state.

Related objects appear only when they are public themselves; the views prefetch them already
narrowed (`Prefetch(..., queryset=...public...)`), so the fields here just read the cache.
"""

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from articles.models import Article, Category
from documents.models import DocumentFile, LegalDocument, Validity
from programs.models import (
    AdministrativeUnit,
    BenefitRate,
    Campaign,
    Indicator,
    Outcome,
    OutcomeCorrection,
    SupportProgram,
)


@extend_schema_field(
    {
        "type": "string",
        "format": "decimal",
        "pattern": r"^\d+(\.\d+)?$",
        "description": "Số thập phân chính xác, ghi dạng chuỗi, dấu chấm thập phân.",
        "example": "34960",
    }
)
class DecimalStringField(serializers.Field):
    """An exact decimal as a string without trailing zeros: "34960", "1.86"."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, value):
        return format(value.normalize(), "f")


@extend_schema_field({"type": "string", "format": "uri"})
class PageUrlField(serializers.Field):
    """The absolute address of the object's public HTML page."""

    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, value):
        return self.context["request"].build_absolute_uri(value.get_absolute_url())


def slug_list(**kwargs):
    """Slugs of related public objects (the view prefetches only public ones)."""
    return serializers.SlugRelatedField(slug_field="slug", many=True, read_only=True, **kwargs)


class PublicSlugField(serializers.Field):
    """The slug of a related object that may not be public: null unless it is."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, allow_null=True, **kwargs)

    def get_attribute(self, instance):
        related = super().get_attribute(instance)
        return related if related is not None and related.is_public else None

    def to_representation(self, value):
        return value.slug


extend_schema_field(OpenApiTypes.STR)(PublicSlugField)


class PublicSerializer(serializers.ModelSerializer):
    # Output only: every field read-only, so the schema marks each as always present.
    def get_extra_kwargs(self):
        extra = super().get_extra_kwargs()
        for name in self.Meta.fields:
            extra[name] = {**extra.get(name, {}), "read_only": True}
        return extra


class ErrorSerializer(serializers.Serializer):
    detail = serializers.CharField(read_only=True, help_text="Thông báo lỗi.")


class NamedSerializer(serializers.Serializer):
    slug = serializers.SlugField(read_only=True)
    name = serializers.CharField(read_only=True)


class DocumentRefSerializer(PublicSerializer):
    title = serializers.CharField(source="__str__", read_only=True)
    url = PageUrlField()

    class Meta:
        model = LegalDocument
        fields = ["slug", "number", "title", "url"]


class CampaignSerializer(PublicSerializer):
    programs = slug_list(help_text="Đường dẫn (slug) của các chương trình công khai.")
    legal_basis = slug_list(help_text="Đường dẫn (slug) của các văn bản phát động công khai.")
    url = PageUrlField()

    class Meta:
        model = Campaign
        fields = [
            "slug",
            "name",
            "slogan",
            "launched_by",
            "start_year",
            "end_year",
            "summary",
            "description",
            "programs",
            "legal_basis",
            "url",
        ]


class BenefitRateSerializer(PublicSerializer):
    amount = DecimalStringField()
    text = serializers.CharField(source="__str__", read_only=True)

    class Meta:
        model = BenefitRate
        fields = ["label", "amount", "currency", "per", "note", "text"]


class ProgramSerializer(PublicSerializer):
    kind_label = serializers.CharField(source="get_kind_display", read_only=True)
    campaign = PublicSlugField(help_text="Phong trào (slug), nếu phong trào công khai.")
    rates = BenefitRateSerializer(many=True, read_only=True)
    legal_basis = slug_list(help_text="Đường dẫn (slug) của các văn bản căn cứ công khai.")
    url = PageUrlField()

    class Meta:
        model = SupportProgram
        fields = [
            "slug",
            "name",
            "kind",
            "kind_label",
            "campaign",
            "start_year",
            "end_year",
            "summary",
            "beneficiaries",
            "description",
            "rates",
            "legal_basis",
            "url",
        ]


class IndicatorSerializer(PublicSerializer):
    # Only indicators of a public owner are listed, so the owner's slug is public.
    kind_label = serializers.CharField(source="get_kind_display", read_only=True)
    program = serializers.SlugRelatedField(slug_field="slug", read_only=True, allow_null=True)
    campaign = serializers.SlugRelatedField(slug_field="slug", read_only=True, allow_null=True)

    class Meta:
        model = Indicator
        fields = [
            "code",
            "name",
            "unit_of_measure",
            "kind",
            "kind_label",
            "additive",
            "decimals",
            "is_key",
            "program",
            "campaign",
        ]


class UnitSerializer(PublicSerializer):
    level_label = serializers.CharField(source="get_level_display", read_only=True)
    parent = serializers.PrimaryKeyRelatedField(read_only=True, allow_null=True)
    successors = serializers.PrimaryKeyRelatedField(many=True, read_only=True)

    class Meta:
        model = AdministrativeUnit
        fields = [
            "id",
            "code",
            "name",
            "level",
            "level_label",
            "parent",
            "valid_from",
            "valid_until",
            "successors",
        ]


class OutcomeUnitSerializer(PublicSerializer):
    class Meta:
        model = AdministrativeUnit
        fields = ["id", "code", "name", "level"]


class CorrectionSerializer(PublicSerializer):
    old_value = DecimalStringField()
    new_value = DecimalStringField()

    class Meta:
        model = OutcomeCorrection
        fields = ["old_value", "new_value", "reason", "corrected_at"]


class OutcomeSerializer(PublicSerializer):
    indicator = IndicatorSerializer(read_only=True)
    unit = OutcomeUnitSerializer(read_only=True)
    value = DecimalStringField()
    numerator = DecimalStringField(allow_null=True)
    denominator = DecimalStringField(allow_null=True)
    source = serializers.CharField(
        source="source_label", read_only=True, help_text="Nguồn số liệu như trang web ghi."
    )
    source_document = serializers.SerializerMethodField()
    corrections = CorrectionSerializer(many=True, read_only=True)

    class Meta:
        model = Outcome
        fields = [
            "id",
            "year",
            "indicator",
            "unit",
            "value",
            "numerator",
            "denominator",
            "is_illustrative",
            "source",
            "source_document",
            "approved_at",
            "corrections",
        ]

    @extend_schema_field(DocumentRefSerializer(allow_null=True))
    def get_source_document(self, outcome):
        document = outcome.source_document
        if document is None or not document.is_public:
            return None
        return DocumentRefSerializer(document, context=self.context).data


class DocumentFileSerializer(PublicSerializer):
    title = serializers.SerializerMethodField()
    format = serializers.CharField(source="kind", read_only=True)
    url = PageUrlField()

    class Meta:
        model = DocumentFile
        fields = ["title", "original_name", "format", "content_type", "size", "url"]

    def get_title(self, attachment) -> str:
        return str(attachment)


class DocumentSerializer(PublicSerializer):
    doc_type = NamedSerializer(read_only=True)
    issuing_body = NamedSerializer(read_only=True)
    fields = NamedSerializer(many=True, read_only=True)
    validity = serializers.ChoiceField(choices=Validity.choices, read_only=True)
    validity_label = serializers.CharField(read_only=True)
    replaced_by = PublicSlugField(help_text="Văn bản thay thế (slug), nếu văn bản đó công khai.")
    files = DocumentFileSerializer(many=True, read_only=True)
    url = PageUrlField()

    class Meta:
        model = LegalDocument
        fields = [
            "slug",
            "number",
            "doc_type",
            "issuing_body",
            "abstract",
            "issued_date",
            "effective_date",
            "expiry_date",
            "signer",
            "fields",
            "validity",
            "validity_label",
            "replaced_by",
            "files",
            "url",
        ]


class CategorySerializer(PublicSerializer):
    url = PageUrlField()

    class Meta:
        model = Category
        fields = ["slug", "name", "url"]


class ArticleSerializer(PublicSerializer):
    category = CategorySerializer(read_only=True)
    cover = serializers.SerializerMethodField()
    campaigns = slug_list(help_text="Phong trào công khai được bài viết nhắc tới (slug).")
    programs = slug_list(help_text="Chương trình công khai được bài viết nhắc tới (slug).")
    documents = slug_list(help_text="Văn bản công khai được bài viết trích dẫn (slug).")
    url = PageUrlField()

    class Meta:
        model = Article
        fields = [
            "slug",
            "title",
            "category",
            "summary",
            "byline",
            "published_at",
            "is_featured",
            "cover",
            "cover_alt",
            "cover_caption",
            "campaigns",
            "programs",
            "documents",
            "url",
        ]

    @extend_schema_field(
        {"type": ["string", "null"], "format": "uri", "description": "Ảnh đại diện, nếu có."}
    )
    def get_cover(self, article):
        if not article.cover:
            return None
        return self.context["request"].build_absolute_uri(article.cover.url)


class ArticleDetailSerializer(ArticleSerializer):
    class Meta(ArticleSerializer.Meta):
        fields = [*ArticleSerializer.Meta.fields[:4], "body", *ArticleSerializer.Meta.fields[4:]]

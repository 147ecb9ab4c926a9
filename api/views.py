"""The public read-only API, version 1.

Every queryset starts from the same publishing rules as the public pages and never looks at
`request.user`: a logged-in editor sees exactly what an anonymous visitor sees.
"""

from django.conf import settings
from django.db.models import Prefetch, Q
from django.http import JsonResponse
from django.urls import reverse
from drf_spectacular.utils import OpenApiResponse, extend_schema, extend_schema_view
from drf_spectacular.views import SpectacularJSONAPIView
from rest_framework import viewsets

from articles.models import Article
from documents.models import LegalDocument
from programs.models import AdministrativeUnit, Campaign, Indicator, Outcome, SupportProgram

from . import filters, serializers
from .exceptions import NOT_FOUND
from .pagination import Pagination


def public_campaigns():
    return Campaign.objects.filter(is_public=True)


def public_programs():
    return SupportProgram.objects.filter(is_public=True)


def public_documents():
    return LegalDocument.objects.public()


def public_indicators():
    """Indicators whose programme or campaign is public (each has exactly one owner)."""
    return Indicator.objects.filter(Q(program__is_public=True) | Q(campaign__is_public=True))


class PublicReadOnlyViewSet(viewsets.ReadOnlyModelViewSet):
    pagination_class = Pagination
    # Slugs and codes are ASCII; anything else (a NUL byte would crash PostgreSQL) is a 404.
    lookup_value_regex = "[-a-zA-Z0-9_]{1,200}"

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        # Same header as the open-data downloads: the licence, and where the format is described.
        schema = request.build_absolute_uri(reverse("api:schema"))
        response["Link"] = (
            f'<{settings.OPEN_DATA_LICENSE_URL}>; rel="license", <{schema}>; rel="describedby"'
        )
        return response


FILTER_ERRORS = OpenApiResponse(
    {"type": "object", "additionalProperties": {"type": "array", "items": {"type": "string"}}},
    description="Giá trị lọc không hợp lệ: tên tham số và các thông báo lỗi.",
)
NOT_FOUND_RESPONSE = OpenApiResponse(serializers.ErrorSerializer, description="Không tìm thấy.")
THROTTLED = OpenApiResponse(
    serializers.ErrorSerializer, description="Quá nhiều yêu cầu; xem tiêu đề Retry-After."
)


def documented(resource, serializer, *, many, one, detail_serializer=None, description=""):
    """Summaries and every answer of the list and detail operations of a viewset."""
    return extend_schema_view(
        list=extend_schema(
            summary=many,
            description=description,
            tags=[resource],
            responses={
                200: serializer,
                400: FILTER_ERRORS,
                404: OpenApiResponse(serializers.ErrorSerializer, description="Không có trang."),
                429: THROTTLED,
            },
        ),
        retrieve=extend_schema(
            summary=one,
            description=description,
            tags=[resource],
            responses={
                200: detail_serializer or serializer,
                404: NOT_FOUND_RESPONSE,
                429: THROTTLED,
            },
        ),
    )


@documented(
    "campaigns",
    serializers.CampaignSerializer,
    many="Danh sách phong trào thi đua",
    one="Một phong trào thi đua (theo slug)",
)
class CampaignViewSet(PublicReadOnlyViewSet):
    serializer_class = serializers.CampaignSerializer
    lookup_field = "slug"

    def get_queryset(self):
        return (
            public_campaigns()
            .prefetch_related(
                Prefetch("programs", queryset=public_programs().order_by("position", "name", "pk")),
                Prefetch(
                    "legal_basis", queryset=public_documents().order_by("-issued_date", "-pk")
                ),
            )
            .order_by("position", "-start_year", "name", "pk")
        )


@documented(
    "programs",
    serializers.ProgramSerializer,
    many="Danh sách chương trình hỗ trợ",
    one="Một chương trình hỗ trợ (theo slug)",
)
class ProgramViewSet(PublicReadOnlyViewSet):
    serializer_class = serializers.ProgramSerializer
    filterset_class = filters.ProgramFilter
    lookup_field = "slug"

    def get_queryset(self):
        return (
            public_programs()
            .select_related("campaign")
            .prefetch_related(
                "rates",
                Prefetch(
                    "legal_basis", queryset=public_documents().order_by("-issued_date", "-pk")
                ),
            )
            .order_by("position", "name", "pk")
        )


@documented(
    "indicators",
    serializers.IndicatorSerializer,
    many="Danh sách chỉ tiêu",
    one="Một chỉ tiêu (theo mã)",
    description="Chỉ tiêu của các chương trình và phong trào công khai.",
)
class IndicatorViewSet(PublicReadOnlyViewSet):
    serializer_class = serializers.IndicatorSerializer
    filterset_class = filters.IndicatorFilter
    lookup_field = "code"

    def get_queryset(self):
        return public_indicators().select_related("program", "campaign").order_by("position", "pk")


@documented(
    "units",
    serializers.UnitSerializer,
    many="Danh sách đơn vị hành chính",
    one="Một đơn vị hành chính (theo id)",
)
class UnitViewSet(PublicReadOnlyViewSet):
    serializer_class = serializers.UnitSerializer
    filterset_class = filters.UnitFilter
    lookup_value_regex = "[0-9]{1,9}"

    def get_queryset(self):
        return AdministrativeUnit.objects.prefetch_related(
            Prefetch("successors", queryset=AdministrativeUnit.objects.order_by("pk"))
        ).order_by("position", "name", "pk")


@documented(
    "outcomes",
    serializers.OutcomeSerializer,
    many="Danh sách số liệu đã duyệt",
    one="Một số liệu đã duyệt (theo id)",
    description="Chỉ số liệu đã được duyệt, của các chỉ tiêu thuộc chương trình hoặc phong trào "
    "công khai. Giá trị là số thập phân chính xác ghi dạng chuỗi.",
)
class OutcomeViewSet(PublicReadOnlyViewSet):
    serializer_class = serializers.OutcomeSerializer
    filterset_class = filters.OutcomeFilter
    lookup_value_regex = "[0-9]{1,9}"

    def get_queryset(self):
        return (
            Outcome.objects.public()
            .select_related(
                "indicator__program",
                "indicator__campaign",
                "unit",
                "source_document__doc_type",
            )
            .prefetch_related("corrections")
            .order_by(
                "-year", "indicator__position", "indicator_id", "unit__position", "unit_id", "pk"
            )
        )


@documented(
    "documents",
    serializers.DocumentSerializer,
    many="Danh sách văn bản",
    one="Một văn bản (theo slug)",
)
class DocumentViewSet(PublicReadOnlyViewSet):
    serializer_class = serializers.DocumentSerializer
    filterset_class = filters.DocumentFilter
    lookup_field = "slug"

    def get_queryset(self):
        return (
            public_documents()
            .with_validity()
            .select_related("doc_type", "issuing_body", "replaced_by")
            .prefetch_related("fields", "files")
            .order_by("-issued_date", "-pk")
        )


@documented(
    "articles",
    serializers.ArticleSerializer,
    detail_serializer=serializers.ArticleDetailSerializer,
    many="Danh sách bài viết đã xuất bản",
    one="Một bài viết đã xuất bản (theo slug)",
    description="Chỉ các bài đã xuất bản và đã đến giờ hiện; danh sách không kèm nội dung.",
)
class ArticleViewSet(PublicReadOnlyViewSet):
    filterset_class = filters.ArticleFilter
    lookup_field = "slug"

    def get_serializer_class(self):
        if self.action == "retrieve":
            return serializers.ArticleDetailSerializer
        return serializers.ArticleSerializer

    def get_queryset(self):
        # Evaluated per request: published() compares with the current time.
        articles = Article.objects.published().select_related("category")
        if self.action != "retrieve":
            articles = articles.defer("body")
        return articles.prefetch_related(
            Prefetch("campaigns", queryset=public_campaigns().order_by("pk")),
            Prefetch("programs", queryset=public_programs().order_by("pk")),
            Prefetch("documents", queryset=public_documents().order_by("pk")),
        ).order_by("-published_at", "-pk")


class SchemaView(SpectacularJSONAPIView):
    def _get_filename(self, request, version):
        # The title is Vietnamese; an ASCII file name keeps the header plain everywhere.
        return f"openapi-{version}.json"


def not_found(request, *args, **kwargs):
    """Unknown addresses under /api/ answer in JSON too, not with the site's HTML page."""
    return JsonResponse(
        {"detail": NOT_FOUND}, status=404, json_dumps_params={"ensure_ascii": False}
    )

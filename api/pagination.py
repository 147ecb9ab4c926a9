from rest_framework.pagination import PageNumberPagination
from rest_framework.settings import api_settings


class Pagination(PageNumberPagination):
    """`?page=2&page_size=200`; a client may ask for at most 500 rows a page."""

    page_size_query_param = "page_size"
    max_page_size = 500
    # DRF's Vietnamese catalogue lacks this message.
    page_query_description = "Số thứ tự của trang, bắt đầu từ 1."
    page_size_query_description = (
        f"Số dòng mỗi trang (mặc định {api_settings.PAGE_SIZE}, tối đa {max_page_size})."
    )
    invalid_page_message = "Không có trang “{page_number}”."

    def get_paginated_response_schema(self, schema):
        # OpenAPI 3.1 spells "may be null" as a type list; DRF's schema uses 3.0's `nullable`.
        link = {"type": ["string", "null"], "format": "uri"}
        return {
            "type": "object",
            "required": ["count", "next", "previous", "results"],
            "properties": {
                "count": {"type": "integer", "description": "Tổng số dòng khớp bộ lọc."},
                "next": {**link, "description": "Trang sau, nếu có."},
                "previous": {**link, "description": "Trang trước, nếu có."},
                "results": schema,
            },
        }

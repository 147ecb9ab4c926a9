"""Site-wide views: home page, health check, robots.txt, error pages, editor uploads."""

import logging
import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.core.paginator import Paginator
from django.db import DatabaseError, connection
from django.db.models import F, Q
from django.http import HttpResponse, HttpResponseServerError, JsonResponse
from django.shortcuts import redirect, render
from django.template import loader
from django.templatetags.static import static
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.html import escape
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from articles.models import Article, Category
from programs.models import AdministrativeUnit, Outcome

from . import search
from .images import save_upload
from .memo import memo
from .requestlog import current_request_id

logger = logging.getLogger(__name__)

HOME_FEATURED = 5
HOME_PER_CATEGORY = 4


def home(request):
    articles = Article.objects
    featured = list(articles.published().filter(is_featured=True).for_listing()[:HOME_FEATURED])
    latest = articles.latest_per_category(HOME_PER_CATEGORY, exclude=[a.pk for a in featured[:1]])
    by_category = {}
    for article in latest:
        by_category.setdefault(article.category_id, []).append(article)
    sections = [
        (category, by_category[category.pk])
        for category in Category.objects.all()
        if category.pk in by_category
    ]
    return render(
        request,
        "portal/home.html",
        {
            "lead": featured[0] if featured else None,
            "featured": featured[1:],
            "sections": sections,
            "key_figures": memo("home:key-figures", key_figures),
        },
    )


HOME_FIGURES = 6


def key_figures():
    """The latest approved province-wide value of each key indicator (one query)."""
    latest = {}
    outcomes = (
        Outcome.objects.approved()
        .filter(indicator__is_key=True, unit__level=AdministrativeUnit.Level.PROVINCE)
        .filter(Q(indicator__program__is_public=True) | Q(indicator__campaign__is_public=True))
        .select_related("indicator")
        .order_by(
            F("indicator__campaign").asc(nulls_last=True),  # campaign-wide figures first
            "indicator__program__position",
            "indicator__position",
        )
    )
    for outcome in outcomes:
        current = latest.get(outcome.indicator_id)
        if current is None or outcome.year > current.year:
            latest[outcome.indicator_id] = outcome
    return list(latest.values())[:HOME_FIGURES]


SEARCH_KINDS = [
    ("article", "Tin bài"),
    ("document", "Văn bản"),
    ("procedure", "Thủ tục hành chính"),
    ("campaign", "Phong trào thi đua"),
    ("program", "Chương trình hỗ trợ"),
    ("question", "Hỏi đáp"),
]
SEARCH_PAGE_SIZE = 10
SEARCH_COUNT_LIMIT = 1000


class CappedPaginator(Paginator):
    """Counts at most SEARCH_COUNT_LIMIT + 1 matches, without ranking them: an exact count
    of a very broad query costs more than the page itself, and nobody reads page 101."""

    @cached_property
    def count(self):
        return self.object_list.order_by()[: SEARCH_COUNT_LIMIT + 1].count()

    @property
    def capped(self):
        return self.count > SEARCH_COUNT_LIMIT


@require_GET
def search_view(request):
    """/tim-kiem/?q=…&loai=…&nam=…: public content only, best matches first."""
    query = search.clean_query(request.GET.get("q", ""))
    labels = dict(SEARCH_KINDS)
    kind = request.GET.get("loai", "")
    kind = kind if kind in labels else ""
    year = request.GET.get("nam", "")
    year = int(year) if re.fullmatch(r"[0-9]{4}", year) else None
    entries, terms = search.search(query, kinds=[kind] if kind else list(labels), year=year)
    paginator = CappedPaginator(entries, SEARCH_PAGE_SIZE)
    page = paginator.get_page(request.GET.get("trang"))
    results = [
        {
            "entry": entry,
            "kind_label": labels.get(entry.kind, ""),
            "title": search.highlight(entry.title, terms),
            "snippet": search.snippet(entry, terms),
        }
        for entry in page.object_list
    ]
    this_year = timezone.localdate().year
    return render(
        request,
        "portal/search.html",
        {
            "query": query,
            "terms": terms,
            "kind": kind,
            "year": year,
            "kinds": SEARCH_KINDS,
            "years": range(this_year, this_year - 15, -1),
            "page_obj": page,
            "paginator": paginator,
            "results": results,
        },
    )


@never_cache
@require_GET
def healthz(request):
    """200 when the database answers, 503 otherwise; small JSON for load balancers."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        logger.exception("Health check: database unavailable")
        return JsonResponse({"status": "error", "database": "unavailable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


@require_GET
def robots_txt(request):
    lines = [
        "User-agent: *",
        f"Disallow: /{settings.ADMIN_URL}",
        "Disallow: /media/editor/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@require_GET
def favicon(request):
    # Browsers ask for /favicon.ico on pages without a <link rel="icon">, such as the admin.
    return redirect(static("img/favicon.svg"), permanent=True)


def _upload_error(message, status=400):
    return JsonResponse({"error": {"message": message}}, status=status)


@require_POST
def editor_upload(request):
    """Image upload from CKEditor 5: permission-checked, validated, renamed, re-encoded."""
    if not request.user.is_authenticated or not request.user.has_perm(
        settings.EDITOR_UPLOAD_PERMISSION
    ):
        return _upload_error("Bạn không có quyền tải ảnh lên.", status=403)
    uploaded = request.FILES.get("upload")
    if uploaded is None:
        return _upload_error("Không nhận được tệp ảnh.")
    try:
        name, _width, _height = save_upload(uploaded, "editor")
    except ValidationError as error:
        return _upload_error(error.messages[0])
    return JsonResponse({"url": default_storage.url(name)})


def page_not_found(request, exception):
    return render(request, "404.html", status=404)


def server_error(request):
    """The 500 page with the request id, rendered without context processors or the
    database (it must work when the database is the thing that failed)."""
    request_id = current_request_id()
    try:
        html = loader.get_template("500.html").render({"request_id": request_id})
    except Exception:  # the last resort must not fail in turn
        logger.exception("The 500 page could not be rendered")
        html = (
            '<!doctype html><html lang="vi"><meta charset="utf-8"><title>Lỗi hệ thống</title>'
            f"<h1>Hệ thống đang gặp sự cố</h1><p>Mã sự cố: <code>{escape(request_id)}</code></p>"
        )
    return HttpResponseServerError(html)

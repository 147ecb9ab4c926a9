from django.conf import settings
from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path

from articles.sitemaps import sitemaps as article_sitemaps
from documents.sitemaps import DocumentSitemap, ProcedureSitemap
from organization.sitemaps import sitemaps as organization_sitemaps
from programs.opendata import OpenDataSitemap
from qa.sitemaps import sitemaps as qa_sitemaps

from . import reading, views
from .security import serve_media

portal_patterns = [
    path("", views.home, name="home"),
    path("healthz", views.healthz, name="healthz"),
    path("tim-kiem/", views.search_view, name="search"),
    path("quan-tri-tai-anh/", views.editor_upload, name="editor_upload"),
    path("tro-nang/", reading.set_reading, name="reading"),
]

sitemaps = {
    **article_sitemaps,
    **organization_sitemaps,
    **qa_sitemaps,
    "documents": DocumentSitemap,
    "procedures": ProcedureSitemap,
    "open_data": OpenDataSitemap,
}

urlpatterns = [
    path("", include((portal_patterns, "portal"))),
    path("tin-tuc/", include("articles.urls")),
    path("", include("documents.urls")),
    path("", include("programs.urls")),
    path("api/", include("api.urls")),
    path("", include("qa.urls")),
    path("", include("participation.urls")),
    path("", include("organization.urls")),
    path("robots.txt", views.robots_txt, name="robots"),
    path("favicon.ico", views.favicon),
    # An index of one file per section and page (5,000 articles each), so that every page of
    # a large archive is listed and no single file costs more than one bounded query.
    path(
        "sitemap.xml",
        sitemap_views.index,
        {"sitemaps": sitemaps, "sitemap_url_name": "sitemap_section"},
        name="sitemap",
    ),
    path(
        "sitemap-<section>.xml",
        sitemap_views.sitemap,
        {"sitemaps": sitemaps},
        name="sitemap_section",
    ),
    # Two-step verification pages under the admin's path, before the admin's catch-all.
    path(f"{settings.ADMIN_URL}bao-mat/", include("accounts.urls")),
    path(settings.ADMIN_URL, admin.site.urls),
]

if settings.DEBUG or not settings.PRODUCTION:
    # Local and test serving of uploads; in production the reverse proxy serves /media/.
    urlpatterns += [
        path(f"{settings.MEDIA_URL.strip('/')}/<path:path>", serve_media),
    ]

handler404 = "portal.views.page_not_found"
handler500 = "portal.views.server_error"

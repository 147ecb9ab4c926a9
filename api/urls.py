from django.urls import include, path, re_path
from django.views.generic import RedirectView
from rest_framework.routers import DefaultRouter

from . import views

app_name = "api"


class Router(DefaultRouter):
    include_format_suffixes = False  # JSON is the only format


router = Router()
router.register("campaigns", views.CampaignViewSet, basename="campaign")
router.register("programs", views.ProgramViewSet, basename="program")
router.register("indicators", views.IndicatorViewSet, basename="indicator")
router.register("units", views.UnitViewSet, basename="unit")
router.register("outcomes", views.OutcomeViewSet, basename="outcome")
router.register("documents", views.DocumentViewSet, basename="document")
router.register("articles", views.ArticleViewSet, basename="article")

v1_patterns = [
    path("schema/", views.SchemaView.as_view(), name="schema"),
    *router.urls,
]

urlpatterns = [
    path("", RedirectView.as_view(pattern_name="api:api-root"), name="index"),
    # URLPathVersioning reads the version from the view's keyword arguments.
    path("v1/", include(v1_patterns), {"version": "v1"}),
    # Paths without the trailing slash get it from APPEND_SLASH first, then land here.
    re_path(r"^.*/$", views.not_found),
]

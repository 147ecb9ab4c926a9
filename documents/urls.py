from django.urls import path

from . import feeds, views

app_name = "documents"

urlpatterns = [
    path("van-ban/", views.DocumentListView.as_view(), name="list"),
    path("van-ban/rss.xml", feeds.LatestDocumentsFeed(), name="feed"),
    path("van-ban/tep/<int:pk>/<str:name>", views.download, name="download"),
    path("van-ban/<slug:slug>/", views.DocumentDetailView.as_view(), name="detail"),
    path("thu-tuc-hanh-chinh/", views.ProcedureListView.as_view(), name="procedures"),
    path(
        "thu-tuc-hanh-chinh/<slug:slug>/",
        views.ProcedureDetailView.as_view(),
        name="procedure",
    ),
]

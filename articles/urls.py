from django.urls import path

from . import feeds, views

app_name = "articles"

urlpatterns = [
    path("", views.ArticleListView.as_view(), name="list"),
    path("rss.xml", feeds.LatestArticlesFeed(), name="feed"),
    path("<slug:slug>/", views.CategoryView.as_view(), name="category"),
    path("<slug:slug>/rss.xml", feeds.CategoryFeed(), name="category_feed"),
    path("<slug:category>/<slug:slug>/", views.ArticleDetailView.as_view(), name="detail"),
]

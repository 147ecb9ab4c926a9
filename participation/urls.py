from django.urls import path

from . import views

app_name = "participation"

urlpatterns = [
    path("du-thao-lay-y-kien/", views.DraftListView.as_view(), name="drafts"),
    path("du-thao-lay-y-kien/<slug:slug>/gop-y/", views.comment, name="comment"),
    path("danh-gia-trang/", views.feedback, name="feedback"),
]

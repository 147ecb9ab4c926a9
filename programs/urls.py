from django.urls import path

from . import views

app_name = "programs"

urlpatterns = [
    path("phong-trao-thi-dua/", views.CampaignListView.as_view(), name="campaigns"),
    path("phong-trao-thi-dua/<slug:slug>/", views.CampaignDetailView.as_view(), name="campaign"),
    path("chuong-trinh/", views.ProgramListView.as_view(), name="programs"),
    path("chuong-trinh/<slug:slug>/", views.ProgramDetailView.as_view(), name="program"),
    path("so-lieu/", views.FiguresView.as_view(), name="figures"),
]

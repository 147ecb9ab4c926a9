from django.urls import path

from . import opendata, views

app_name = "programs"

urlpatterns = [
    path("phong-trao-thi-dua/", views.CampaignListView.as_view(), name="campaigns"),
    path("phong-trao-thi-dua/<slug:slug>/", views.CampaignDetailView.as_view(), name="campaign"),
    path("chuong-trinh/", views.ProgramListView.as_view(), name="programs"),
    path("chuong-trinh/<slug:slug>/", views.ProgramDetailView.as_view(), name="program"),
    path(
        "chuong-trinh/<slug:slug>/du-lieu.csv",
        opendata.download,
        {"fmt": "csv"},
        name="program_csv",
    ),
    path(
        "chuong-trinh/<slug:slug>/du-lieu.json",
        opendata.download,
        {"fmt": "json"},
        name="program_json",
    ),
    path("so-lieu/", views.FiguresView.as_view(), name="figures"),
    path("so-lieu/du-lieu.csv", opendata.download, {"fmt": "csv"}, name="figures_csv"),
    path("so-lieu/du-lieu.json", opendata.download, {"fmt": "json"}, name="figures_json"),
    path("du-lieu-mo/", views.OpenDataView.as_view(), name="open_data"),
]

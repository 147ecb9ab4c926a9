from django.urls import path

from . import views

app_name = "qa"

urlpatterns = [
    path("hoi-dap/", views.QuestionListView.as_view(), name="list"),
    path("hoi-dap/dat-cau-hoi/", views.AskView.as_view(), name="ask"),
    path("hoi-dap/da-gui/", views.sent, name="sent"),
    path("hoi-dap/tra-cuu/", views.lookup, name="lookup"),
    path("hoi-dap/<slug:slug>/", views.QuestionDetailView.as_view(), name="detail"),
]

from django.urls import path

from . import views

app_name = "organization"

urlpatterns = [
    path("gioi-thieu/", views.AboutView.as_view(), name="about"),
    path("gioi-thieu/lanh-dao/", views.LeaderListView.as_view(), name="leaders"),
    path("gioi-thieu/don-vi-truc-thuoc/", views.DepartmentListView.as_view(), name="departments"),
    path("gioi-thieu/<slug:slug>/", views.AboutPageView.as_view(), name="page"),
    path("lich-cong-tac/", views.ScheduleView.as_view(), name="schedule"),
    path("en/", views.EnglishHomeView.as_view(), name="english"),
    path("en/<slug:slug>/", views.EnglishPageView.as_view(), name="english_page"),
]

from django.urls import path

from . import views

app_name = "accounts"

# Included under the admin's path (settings.ADMIN_URL) by portal/urls.py.
urlpatterns = [
    path("xac-thuc-hai-buoc/", views.two_factor, name="two_factor"),
    path("xac-thuc-hai-buoc/tat/", views.two_factor_remove, name="two_factor_remove"),
]

from django.urls import path

app_name = "api"

# Filled in by the API work (issue 6): routers for /api/v1/ and the OpenAPI description.
urlpatterns: list = []

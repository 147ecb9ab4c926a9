"""The site logo is shown at 64 px on every page: an upload is stored at most 256 px wide."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from portal.models import SiteSettings

pytestmark = pytest.mark.django_db


def png(side):
    buffer = io.BytesIO()
    Image.new("RGB", (side, side), (180, 30, 40)).save(buffer, "PNG")
    return SimpleUploadedFile("quoc-huy.png", buffer.getvalue(), content_type="image/png")


def test_a_large_logo_is_stored_small(admin_client):
    response = admin_client.post(
        reverse("admin:portal_sitesettings_add"),
        {
            "department_name": "Sở Lao động - Thương binh và Xã hội",
            "one_stop_label": "Một cửa điện tử",
            "logo": png(1600),
            "_save": "Lưu lại",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]

    logo = SiteSettings.objects.get().logo
    with logo.open("rb") as handle, Image.open(handle) as image:
        assert max(image.size) == 256
    assert logo.size < 20_000

"""portal_tags.media_url(): the storage's own URL for every name, written without its slower
path for the local file storage."""

import pytest
from django.core.files.storage import default_storage

from portal.templatetags.portal_tags import media_url

NAMES = [
    "articles/2026/11/anh-bia-800.webp",
    "articles/2026/11/ảnh đẹp quá.jpg",
    "x y.webp",
    "a%20b.jpg",
    "a+b&c=d.jpg",
    "~tilde(1).jpg",
    "q?x=1#f.jpg",
    "../ra-ngoai.jpg",
    "/tuyet-doi.jpg",
    "c:/o-dia.jpg",
    "",
]


@pytest.mark.parametrize("name", NAMES)
def test_the_same_url_as_the_storage(name):
    assert media_url(name) == default_storage.url(name)


def test_another_media_url_is_followed(settings):
    settings.MEDIA_URL = "https://anh.example.gov.vn/tep/"

    assert media_url("a/b.jpg") == "https://anh.example.gov.vn/tep/a/b.jpg"

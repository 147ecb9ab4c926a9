"""Reading aids: larger text and high contrast, remembered in cookies.

Plain links set them (no JavaScript needed); static/js/site.js applies the same links
without reloading the page. The classes go on <html>, so every page shows them at once.
"""

from django.http import HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache

from portal.urlcache import reverse

TEXT_SIZE_COOKIE = "co_chu"
CONTRAST_COOKIE = "tuong_phan"
# value in the URL and cookie -> (label, class on <html>)
TEXT_SIZES = {
    "thuong": ("Cỡ chữ thường", ""),
    "lon": ("Chữ lớn", "text-large"),
    "rat-lon": ("Chữ rất lớn", "text-xlarge"),
}
CONTRASTS = {"thuong": ("Màu thường", ""), "cao": ("Tương phản cao", "contrast-high")}
COOKIE_AGE = 365 * 24 * 3600


def preferences(request):
    """The visitor's choices as (text size, contrast) keys, unknown values ignored."""
    size = request.COOKIES.get(TEXT_SIZE_COOKIE, "thuong")
    contrast = request.COOKIES.get(CONTRAST_COOKIE, "thuong")
    return (
        size if size in TEXT_SIZES else "thuong",
        contrast if contrast in CONTRASTS else "thuong",
    )


def context(request):
    size, contrast = preferences(request)
    back = request.get_full_path()
    base = reverse("portal:reading")
    return {
        "reading_classes": " ".join(
            name for name in (TEXT_SIZES[size][1], CONTRASTS[contrast][1]) if name
        ),
        "reading_sizes": [
            {"value": key, "label": label, "current": key == size}
            for key, (label, _class) in TEXT_SIZES.items()
        ],
        "reading_contrast": {
            "on": contrast == "cao",
            "value": "thuong" if contrast == "cao" else "cao",
        },
        "reading_url": base,
        "reading_back": back,
    }


@never_cache
def set_reading(request):
    """Store the chosen text size and/or contrast, then go back where the visitor was."""
    target = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        target = "/"
    response = HttpResponseRedirect(target)
    for cookie, choices, value in (
        (TEXT_SIZE_COOKIE, TEXT_SIZES, request.GET.get("co-chu")),
        (CONTRAST_COOKIE, CONTRASTS, request.GET.get("tuong-phan")),
    ):
        if value in choices:
            response.set_cookie(
                cookie, value, max_age=COOKIE_AGE, samesite="Lax", secure=request.is_secure()
            )
    return response

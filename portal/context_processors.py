from django.conf import settings
from django.urls import NoReverseMatch, reverse
from django.utils import timezone

from .models import SiteSettings
from .text import vi_date


def site(request):
    """Header and footer data: the site settings (cached) and today's date in Vietnamese."""
    return {
        "site": SiteSettings.current(),
        "today_vi": vi_date(timezone.localdate()),
        "admin_url": f"/{settings.ADMIN_URL}",
        "nav_sections": _sections(request.path),
    }


def _sections(current_path):
    sections = []
    for label, url_name in settings.SITE_SECTIONS:
        try:
            url = reverse(url_name)
        except NoReverseMatch:
            continue
        sections.append({"label": label, "url": url, "current": current_path == url})
    return sections

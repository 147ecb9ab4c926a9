from django.conf import settings
from django.urls import NoReverseMatch
from django.utils import timezone
from django.utils.functional import SimpleLazyObject

from . import reading, visits
from .models import SiteSettings
from .text import vi_date
from .urlcache import reverse


def site(request):
    """Header and footer data: the site settings (cached) and today's date in Vietnamese."""
    site_settings = SiteSettings.current()
    aids = reading.context(request)
    classes = [aids["reading_classes"], "mourning" if site_settings.mourning_mode else ""]
    return {
        "site": site_settings,
        "html_classes": " ".join(name for name in classes if name),
        "today_vi": vi_date(timezone.localdate()),
        "admin_url": f"/{settings.ADMIN_URL}",
        "nav_sections": _sections(request.path),
        "visit_stats": SimpleLazyObject(visits.footer_stats),
        **aids,
    }


def _sections(current_path):
    sections = []
    for label, url_name in settings.SITE_SECTIONS:
        try:
            url = reverse(url_name)
        except NoReverseMatch:
            continue
        # aria-current: "page" on the section itself, "true" on its sub-pages.
        current = "page" if current_path == url else ""
        if not current and url != "/" and current_path.startswith(url):
            current = "true"
        sections.append({"label": label, "url": url, "current": current})
    return sections

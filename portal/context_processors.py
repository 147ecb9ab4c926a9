from django.conf import settings
from django.utils import timezone

from .models import SiteSettings
from .text import vi_date


def site(request):
    """Header and footer data: the site settings (cached) and today's date in Vietnamese."""
    return {
        "site": SiteSettings.current(),
        "today_vi": vi_date(timezone.localdate()),
        "admin_url": f"/{settings.ADMIN_URL}",
    }

from urllib.parse import urlsplit

from django import template
from django.core.cache import cache
from django.core.exceptions import DisallowedHost

from organization import models
from organization.signals import WEB_LINKS_CACHE_KEY

register = template.Library()

WEB_LINKS_TIMEOUT = 6 * 3600  # saving or deleting a link clears it sooner


def _cached_links():
    links = cache.get(WEB_LINKS_CACHE_KEY)
    if links is None:
        links = list(models.WebLink.objects.active().values("name", "url", "group"))
        cache.set(WEB_LINKS_CACHE_KEY, links, WEB_LINKS_TIMEOUT)
    return links


def _host(request):
    try:
        return request.get_host().lower() if request else ""
    except DisallowedHost:
        return ""


@register.inclusion_tag("organization/includes/web_links.html", takes_context=True)
def web_links(context):
    """{% web_links %}: the active links to other agencies, grouped, in the editors' order.

    One query at most; none while the cached list (cleared on every save or delete) lasts.
    """
    own_host = _host(context.get("request"))
    groups = {}
    for link in _cached_links():
        external = urlsplit(link["url"]).netloc.lower() != own_host
        groups.setdefault(link["group"], []).append({**link, "external": external})
    return {"groups": list(groups.items())}


@register.filter
def tel_uri(phone):
    """{{ leader.phone|tel_uri }}: digits for a `tel:` link, without the extension."""
    return models.tel_uri(phone)

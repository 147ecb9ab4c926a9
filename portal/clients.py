"""Who is asking, as far as rate limits and visit counts need to know: the client's address
behind the site's trusted proxies, kept only as a keyed hash, and fixed-window counters in
the cache. Nothing here reaches the database."""

from django.conf import settings
from django.core.cache import cache
from django.utils.crypto import salted_hmac


def client_address(request):
    """REMOTE_ADDR, or the X-Forwarded-For hop the trusted proxies added (NUM_PROXIES);
    a client cannot forge it by sending its own header."""
    remote = request.META.get("REMOTE_ADDR", "")
    proxies = settings.NUM_PROXIES
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if not proxies or not forwarded:
        return remote
    hops = [part.strip() for part in forwarded.split(",") if part.strip()]
    return hops[-min(proxies, len(hops))] if hops else remote


def client_key(request, scope, *extra):
    """A keyed hash of the client's address (and `extra`, e.g. the day or the browser):
    counters can tell clients apart without holding any address in clear."""
    value = "|".join([client_address(request), *(str(part) for part in extra)])
    return salted_hmac(f"portal.clients.{scope}", value).hexdigest()[:32]


def hit(key, window):
    """Count one event under `key` in a window of `window` seconds; returns the count so far.

    When the cache is unreachable the resilient Redis cache answers 0: forms stay open.
    """
    if hasattr(cache, "count_hit"):  # Redis: one round trip (portal/cache.py)
        return cache.count_hit(key, window)
    cache.add(key, 0, window)
    try:
        return cache.incr(key)
    except ValueError:  # the key expired between add() and incr()
        cache.set(key, 1, window)
        return 1


def count(key):
    return cache.get(key) or 0

"""Per-client limits for the public forms, kept in Django's cache only.

The client is known by a keyed hash of its address and the date: nothing personal is stored
in the database, and the key changes every day."""

from documents.models import site_today
from portal import clients


def client_key(request):
    return clients.client_key(request, "participation", site_today().isoformat())


def allow(key, *, limit, window):
    """Count one attempt under `key`; False once more than `limit` fall in `window` seconds.

    When the cache is unreachable (the resilient Redis cache answers 0) the form stays open.
    """
    return clients.hit(f"participation:{key}", window) <= limit

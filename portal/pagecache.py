"""Whole public pages from the cache for anonymous visitors, with exact invalidation.

What is cached: GET requests without a session or messages cookie (so never logged-in staff,
their previews or a visitor who just sent a form), answered 200 with HTML or a feed, that did
not opt out (`never_cache`, `Cache-Control: private`), set no cookie but the CSRF one and are
not downloads. Staff pages and previews always carry a session, so they are never served from
or stored into the cache.

The key holds the host, path and query, the language, the visitor's reading aids (text size,
contrast) and today's date (the header prints it; documents change validity and
consultations close by the day); the entry holds the *generation* it was rendered in, and
only an entry of the current generation is served (read together with it, in one round
trip to Redis). Any save or delete of published content (the
watched apps below) replaces the token once the transaction commits, so the next request
renders afresh; a change made by `QuerySet.update()` calls `changed()` itself. Scheduled
articles need no one: the generation also records when the next scheduled article goes
public, and the first request after that moment starts a new generation.

Where the generation lives: in the cache itself when it is shared by every process (Redis),
otherwise (local memory, one cache per process) in a one-row table, read once per request,
so that a save in one worker is seen by all the others.

CSRF tokens: a page with a form is stored with a placeholder instead of the token and each
visitor gets a fresh token of their own when it is served (the CSRF middleware, outside this
one, then sets their cookie).

Conditional requests: every page that could be cached carries a weak ETag (the page as
stored, the visitor's CSRF cookie and reading aids) and `Cache-Control: no-cache`, and a
matching If-None-Match is answered 304 Not Modified — with the cache on or off.
"""

import hashlib
import logging
import re
import secrets
from contextvars import ContextVar
from datetime import UTC, datetime

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.locmem import LocMemCache
from django.db import DatabaseError, transaction
from django.http import HttpResponse, HttpResponseNotModified
from django.middleware.csrf import get_token
from django.utils import timezone, translation

from . import reading, visits

logger = logging.getLogger(__name__)

STATE_KEY = "pagecache:state"
KEY_PREFIX = "pagecache:page"
HIT_HEADER = "X-Page-Cache"
TOKEN_PLACEHOLDER = "@@csrf-token@@"  # noqa: S105 - a marker, not a secret
TOKEN_IN_FORM = re.compile(rb'name="csrfmiddlewaretoken" value="([A-Za-z0-9]{32,128})"')
# The footer's visit counters change with every visit: kept out of the stored page and drawn
# afresh (from the cache only) each time it is served.
LIVE_BLOCK = re.compile(rb"<!--visit-stats-->.*?<!--/visit-stats-->", re.DOTALL)
LIVE_PLACEHOLDER = b"<!--visit-stats-->@@visit-stats@@<!--/visit-stats-->"
STORED_TYPES = (
    "text/html",
    "application/rss+xml",
    "application/atom+xml",
    "application/xml",
    "text/xml",
)
MAX_BODY = 2 * 1024 * 1024
MAX_QUERY = 512
# Content whose change shows on public pages; anything else (history rows, the search index,
# visit counters, audit logs, page ratings that only the admin summarises) does not count.
WATCHED_APPS = {"articles", "documents", "programs", "organization", "qa", "participation"}
WATCHED_PORTAL_MODELS = {"sitesettings"}
IGNORED_MODELS = {"participation.pagefeedback", "participation.feedbacksummary"}
# The generation a request has read (set by `lookup()` inside a request, cleared when the
# request starts and ends and when this process starts a new one): the memos of the rest of
# the request need not ask again (portal/memo.py).
_in_request = ContextVar("pagecache_in_request", default=False)
_request_generation = ContextVar("pagecache_request_generation", default=None)
# Callables returning the next aware datetime at which content becomes public by itself
# (a scheduled article), or None. Apps register theirs in AppConfig.ready().
_schedules = []


def register_schedule(function):
    if function not in _schedules:
        _schedules.append(function)


def enabled():
    return settings.PAGE_CACHE_SECONDS > 0


def tracking():
    """Whether generations are kept: for the pages and for the memos (portal/memo.py)."""
    return enabled() or settings.CONTENT_MEMO_SECONDS > 0


def page_cache():
    alias = settings.PAGE_CACHE_ALIAS
    return caches[alias if alias in settings.CACHES else "default"]


def _process_local(cache):
    return isinstance(cache, LocMemCache)


def _next_scheduled(now):
    upcoming = [moment for moment in (f(now) for f in _schedules) if moment is not None]
    return min(upcoming) if upcoming else None


def _new_state(now):
    nxt = _next_scheduled(now)
    return (secrets.token_hex(6), nxt.timestamp() if nxt else None)


# --- where the generation is kept ----------------------------------------------------------


def _read_state():
    cache = page_cache()
    if _process_local(cache):
        from .models import PageCacheState

        row = PageCacheState.objects.filter(pk=1).values_list("token", "next_change_at").first()
        if row is None:
            return None
        return (row[0], row[1].timestamp() if row[1] else None)
    return cache.get(STATE_KEY)


def _write_state(state):
    cache = page_cache()
    if _process_local(cache):
        from .models import PageCacheState

        next_change = datetime.fromtimestamp(state[1], tz=UTC) if state[1] is not None else None
        PageCacheState.objects.update_or_create(
            pk=1, defaults={"token": state[0], "next_change_at": next_change}
        )
    else:
        cache.set(STATE_KEY, state, None)


def lookup(key):
    """(current generation token, the entry stored under `key` for it or None): one round trip
    to Redis for both; with a process-local cache the token comes from its table. A new
    generation starts when a scheduled moment has passed."""
    cache = page_cache()
    if _process_local(cache):
        state, stored = _read_state(), cache.get(key)
    else:
        found = cache.get_many([STATE_KEY, key])
        state, stored = found.get(STATE_KEY), found.get(key)
    now = timezone.now()
    if state is None or (state[1] is not None and now.timestamp() >= state[1]):
        state = _new_state(now)
        _write_state(state)
    token = state[0]
    if _in_request.get():
        _request_generation.set(token)
    return token, (stored[1] if stored and stored[0] == token else None)


def request_generation():
    """The generation this request has already read, or None (not yet, or not in a request)."""
    return _request_generation.get()


def _request_started(**kwargs):
    _in_request.set(True)
    _request_generation.set(None)


def _request_finished(**kwargs):
    _in_request.set(False)
    _request_generation.set(None)


def changed():
    """Published content changed: start a new generation once the transaction commits (at
    once outside a transaction), so that no page rendered from the data before the commit is
    stored under the new one. One renewal per transaction however many rows it writes: a
    renewal already waiting for the commit covers every change made since, as it is dropped
    only by a rollback that also undoes them."""
    if not tracking():
        return
    connection = transaction.get_connection()
    if connection.in_atomic_block and any(
        func is _start_generation for _sids, func, _robust in connection.run_on_commit
    ):
        return
    transaction.on_commit(_start_generation)


def _start_generation():
    _request_generation.set(None)  # what this request read is no longer current
    try:
        _write_state(_new_state(timezone.now()))
    except DatabaseError:
        logger.exception("Page cache generation not renewed")


def _on_content_change(sender, **kwargs):
    meta = getattr(sender, "_meta", None)
    if meta is None or meta.model_name.startswith("historical"):
        return
    label = f"{meta.app_label}.{meta.model_name}"
    watched = meta.app_label in WATCHED_APPS or (
        meta.app_label == "portal" and meta.model_name in WATCHED_PORTAL_MODELS
    )
    if watched and label not in IGNORED_MODELS:
        changed()


def connect():
    from django.core.signals import request_finished, request_started
    from django.db.models.signals import m2m_changed, post_delete, post_save

    for signal in (post_save, post_delete, m2m_changed):
        signal.connect(_on_content_change, dispatch_uid=f"pagecache-{id(signal)}")
    request_started.connect(_request_started, dispatch_uid="pagecache-request-started")
    request_finished.connect(_request_finished, dispatch_uid="pagecache-request-finished")


# --- the middleware ------------------------------------------------------------------------


def _request_is_cacheable(request):
    if request.method != "GET":
        return False
    cookies = request.COOKIES
    if settings.SESSION_COOKIE_NAME in cookies or "messages" in cookies:
        return False
    if "HTTP_AUTHORIZATION" in request.META:
        return False
    if len(request.META.get("QUERY_STRING", "")) > MAX_QUERY:
        return False
    path = request.path
    return not path.startswith(settings.PAGE_CACHE_SKIP_PREFIXES)


def _variant(request):
    size, contrast = reading.preferences(request)
    return f"{translation.get_language()}|{size}|{contrast}|{timezone.localdate():%Y%m%d}"


def _key(request, variant):
    """One key per page and variant; the entry records the generation it belongs to."""
    where = f"{request.get_host()}{request.get_full_path()}".encode()
    return f"{KEY_PREFIX}:{variant}:{hashlib.sha256(where).hexdigest()[:32]}"


def _storable(request, response):
    if response.status_code != 200 or response.streaming:
        return False
    if not response.get("Content-Type", "").startswith(STORED_TYPES):
        return False
    if response.has_header("Content-Disposition") or len(response.content) > MAX_BODY:
        return False
    cache_control = response.get("Cache-Control", "").lower()
    if any(word in cache_control for word in ("private", "no-store", "no-cache", "max-age=0")):
        return False
    if set(response.cookies) - {settings.CSRF_COOKIE_NAME}:
        return False
    user = getattr(request, "user", None)
    return not (user is not None and user.is_authenticated)


def _entry(response):
    """(status, headers, body with the CSRF tokens replaced, digest of that body)."""
    body = LIVE_BLOCK.sub(LIVE_PLACEHOLDER, response.content, count=1)
    for token in set(TOKEN_IN_FORM.findall(body)):
        body = body.replace(token, TOKEN_PLACEHOLDER.encode())
    headers = [
        (name, value)
        for name, value in response.items()
        if name.lower() not in ("set-cookie", "content-length", HIT_HEADER.lower())
    ]
    return (response.status_code, headers, body, hashlib.sha256(body).hexdigest()[:32])


def _live_block():
    from .models import CACHE_KEY, SiteSettings

    stats, extra = visits.footer_stats(extra_keys=[CACHE_KEY])  # one round trip for all
    site = extra[CACHE_KEY] or SiteSettings.current()
    return b"<!--visit-stats-->" + visits.stats_html(site, stats).encode() + b"<!--/visit-stats-->"


def _etag(request, entry, variant, token=None):
    """Weak validator of what this visitor gets: the stored page, the variant and, for a page
    with a form, the CSRF secret its token belongs to (a 304 must not keep a stale one)."""
    _status, _headers, body, digest = entry
    secret = request.META.get("CSRF_COOKIE", "") if token else ""
    tag = hashlib.sha256(f"{digest}|{variant}|{secret}".encode()).hexdigest()[:24]
    return f'W/"{tag}"'


def _not_modified(request, etag):
    wanted = request.headers.get("If-None-Match", "")
    tags = [tag.strip() for tag in wanted.split(",")]
    return bool(wanted) and ("*" in tags or etag in tags)


def _token(request, entry):
    """This visitor's CSRF token when the page has a form (sets their cookie if they have none)."""
    return get_token(request) if TOKEN_PLACEHOLDER.encode() in entry[2] else None


def _finish(response, etag, state):
    response["ETag"] = etag
    response["Cache-Control"] = "no-cache"
    response[HIT_HEADER] = state
    return response


def _serve(request, entry, variant, state):
    status, headers, body, _digest = entry
    token = _token(request, entry)
    etag = _etag(request, entry, variant, token)
    if _not_modified(request, etag):
        response = HttpResponseNotModified()
    else:
        if token:
            body = body.replace(TOKEN_PLACEHOLDER.encode(), token.encode())
        if LIVE_PLACEHOLDER in body:
            body = body.replace(LIVE_PLACEHOLDER, _live_block(), 1)
        response = HttpResponse(body, status=status)
    for name, value in headers:
        if response.status_code == 304 and name.lower() == "content-type":
            continue
        response[name] = value
    return _finish(response, etag, state)


class PageCacheMiddleware:
    """Serve and store anonymous public pages (see the module docstring). Placed after the
    CSRF middleware (which must set each visitor's cookie) and before authentication."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _request_is_cacheable(request):
            return self.get_response(request)
        variant = _variant(request)
        key = None
        if enabled():
            key = _key(request, variant)
            try:
                token, entry = lookup(key)
            except DatabaseError:
                logger.exception("Page cache state unreadable; page rendered")
                key = entry = None
            if entry is not None:
                return _serve(request, entry, variant, "hit")
        response = self.get_response(request)
        if not _storable(request, response):
            return response
        entry = _entry(response)
        if key is not None:
            page_cache().set(key, (token, entry), settings.PAGE_CACHE_SECONDS)
        state = "miss" if key else "off"
        etag = _etag(request, entry, variant, _token(request, entry))
        if _not_modified(request, etag):
            return _serve(request, entry, variant, state)
        return _finish(response, etag, state)

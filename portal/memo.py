"""Values derived from published content, computed once per content generation.

A page that is not in the page cache (another page number, a filter nobody asked for yet, the
first visit after a change) still pays for things many pages share: the number of articles
in a category or of documents matching a filter (a COUNT over thousands of rows behind the
pagination), the choices of the register's filters, the footer, a category's newest articles,
the site settings and the menu, the figure blocks of the programme pages and /so-lieu/ (all
approved outcomes of their indicators), a programme's or campaign's linked articles, the
home page's key figures. Those are kept in the cache with the page cache's *generation*
(portal/pagecache.py): any change to published content starts a new one once its
transaction commits, and a scheduled article starts one at its time, so a memo is never
older than the content it was computed from —
the same guarantee as the cached pages, without a timeout to guess.

The generation and the value come back in one round trip to Redis (with the local memory
cache, the generation is a primary-key read of its one-row table). Each process also keeps
the values it has read, with their generation (at most LOCAL_ENTRIES): once a request knows
the current generation (its first memo or the page cache's lookup read it), a value kept for
that generation is used without asking Redis again. `CONTENT_MEMO_SECONDS` bounds how long
an unused value stays; 0 turns memos off (the tests' default, as for pages).

Values are shared, not copied: callers only read them.
"""

import hashlib

from django.conf import settings
from django.core.paginator import Paginator
from django.db import DatabaseError
from django.utils.functional import cached_property

from . import pagecache

KEY_PREFIX = "memo"
LOCAL_ENTRIES = 1024
_local = {}  # key -> (generation, value), this process only


def enabled():
    return settings.CONTENT_MEMO_SECONDS > 0


def _key(name):
    digest = hashlib.sha256(name.encode()).hexdigest()[:32]
    return f"{KEY_PREFIX}:{digest}"


def memo(name, compute):
    """`compute()`, or the value it gave earlier in this content generation. `name` says
    everything the value depends on besides published content (a category, the filters,
    today's date when the answer changes by the day)."""
    if not enabled():
        return compute()
    key = _key(name)
    generation = pagecache.request_generation()
    if generation is not None:
        kept = _local.get(key)
        if kept is not None and kept[0] == generation:
            return kept[1]
    try:
        token, stored = pagecache.lookup(key)
    except DatabaseError:  # the generation table unreadable: compute, do not store
        return compute()
    if stored is not None:
        _keep(key, token, stored[0])
        return stored[0]
    value = compute()
    # Stored under the generation read *before* computing: a change committed meanwhile has
    # started a newer one, and this value is never served under it.
    pagecache.page_cache().set(key, (token, (value,)), settings.CONTENT_MEMO_SECONDS)
    _keep(key, token, value)
    return value


def _keep(key, generation, value):
    if len(_local) >= LOCAL_ENTRIES:
        _local.clear()  # generations turn over often: values are soon recomputed anyway
    _local[key] = (generation, value)


class MemoPaginator(Paginator):
    """Django's Paginator with the count memoised under `count_key` (see `memo`): the
    COUNT behind a list of 12,000 articles read every index entry on every page."""

    def __init__(self, *args, count_key, **kwargs):
        super().__init__(*args, **kwargs)
        self.count_key = count_key

    @cached_property
    def count(self):
        return memo(f"count:{self.count_key}", lambda: Paginator.count.func(self))


class MemoCountMixin:
    """For ListViews: the paginator's count is memoised under `get_count_key()`."""

    def get_count_key(self):
        raise NotImplementedError

    def get_paginator(self, queryset, per_page, orphans=0, allow_empty_first_page=True, **kw):
        return MemoPaginator(
            queryset,
            per_page,
            orphans=orphans,
            allow_empty_first_page=allow_empty_first_page,
            count_key=self.get_count_key(),
            **kw,
        )

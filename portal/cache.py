"""Redis cache that degrades to "always miss" when Redis is down, so pages keep serving.

Two things make an outage harmless rather than slow or stale:
- after a failure the process stops asking Redis for a few seconds (a hung Redis would
  otherwise cost a socket timeout on every cache call of every page);
- deletions that could not reach Redis (cache invalidation after a publish or an edit) are
  remembered and sent as soon as Redis answers again, so a Redis that comes back with its
  old data does not serve stale pages until they expire.
"""

import logging
import threading
import time

from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

RETRY_AFTER = 5.0  # seconds without asking Redis after a failure


class _Outage:
    """Process-wide state (Django gives each thread its own cache object)."""

    def __init__(self):
        self.lock = threading.Lock()
        self.down_until = 0.0
        self.pending_deletes = set()
        self.pending_clear = False

    def is_down(self):
        return time.monotonic() < self.down_until

    def failed(self, method_name, error):
        with self.lock:
            first = not self.is_down()
            self.down_until = time.monotonic() + RETRY_AFTER
        if first:
            logger.warning("Cache unavailable (%s): %s", method_name, error)

    def remember(self, method_name, args, kwargs, cache):
        with self.lock:
            if method_name == "delete":
                self.pending_deletes.add(
                    cache.make_and_validate_key(args[0], kwargs.get("version"))
                )
            elif method_name == "delete_many":
                for key in args[0]:
                    self.pending_deletes.add(
                        cache.make_and_validate_key(key, kwargs.get("version"))
                    )
            elif method_name == "clear":
                self.pending_clear = True

    def take(self):
        with self.lock:
            keys, clear = self.pending_deletes, self.pending_clear
            self.pending_deletes, self.pending_clear = set(), False
        return keys, clear


_outages = {}
_outages_lock = threading.Lock()


def _outage_for(location):
    with _outages_lock:
        return _outages.setdefault(location, _Outage())


def _tolerant(method_name, fallback):
    def method(self, *args, **kwargs):
        outage = _outage_for(",".join(self._servers))
        if outage.is_down():
            outage.remember(method_name, args, kwargs, self)
            return fallback(*args, **kwargs) if callable(fallback) else fallback
        try:
            self._send_pending(outage)
            return getattr(super(ResilientRedisCache, self), method_name)(*args, **kwargs)
        except RedisError as error:
            outage.failed(method_name, error)
            outage.remember(method_name, args, kwargs, self)
            return fallback(*args, **kwargs) if callable(fallback) else fallback

    method.__name__ = method_name
    return method


class ResilientRedisCache(RedisCache):
    get = _tolerant("get", lambda key, default=None, version=None: default)
    get_many = _tolerant("get_many", {})
    set = _tolerant("set", None)
    set_many = _tolerant("set_many", [])
    add = _tolerant("add", False)
    delete = _tolerant("delete", False)
    delete_many = _tolerant("delete_many", None)
    touch = _tolerant("touch", False)
    has_key = _tolerant("has_key", False)
    incr = _tolerant("incr", 0)
    decr = _tolerant("decr", 0)
    clear = _tolerant("clear", None)

    def _send_pending(self, outage):
        """Deletions missed during an outage go first, before anything is read again."""
        keys, clear = outage.take()
        if not (keys or clear):
            return
        try:
            if clear:
                self._cache.clear()
            elif keys:
                self._cache.delete_many(list(keys))
        except RedisError:
            with outage.lock:  # still down: keep them for the next attempt
                outage.pending_deletes |= keys
                outage.pending_clear = outage.pending_clear or clear
            raise
        logger.info("Cache back: %d missed deletions sent", len(keys) + int(clear))

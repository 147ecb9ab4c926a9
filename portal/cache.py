"""Redis cache that degrades to "always miss" when Redis is down, so pages keep serving.

Two things make an outage harmless rather than slow or stale:
- after a failure the process stops asking Redis for a few seconds (a hung Redis would
  otherwise cost a socket timeout on every cache call of every page);
- when Redis answers again, a process that saw it fail first drops every key of this site
  (KEY_PREFIX): invalidations sent during the outage were lost, by this process or by any
  other (a worker, a management command), so a Redis that comes back with its old data
  (a network partition, a restart with persistence) must not serve it.
"""

import logging
import threading
import time

from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

RETRY_AFTER = 5.0  # seconds without asking Redis after a failure


class _Outage:
    """Process-wide state (Django gives each thread its own cache object)."""

    def __init__(self):
        self.lock = threading.Lock()
        self.down_until = 0.0
        self.needs_reset = False

    def is_down(self):
        return time.monotonic() < self.down_until

    def failed(self, method_name, error):
        with self.lock:
            first = not self.is_down()
            self.down_until = time.monotonic() + RETRY_AFTER
            self.needs_reset = True
        if first:
            logger.warning("Cache unavailable (%s): %s", method_name, error)


_outages = {}
_outages_lock = threading.Lock()


def _outage_for(location):
    with _outages_lock:
        return _outages.setdefault(location, _Outage())


def _tolerant(method_name, fallback):
    def method(self, *args, **kwargs):
        outage = _outage_for(",".join(self._servers))
        if outage.is_down():
            return fallback(*args, **kwargs) if callable(fallback) else fallback
        try:
            if outage.needs_reset:
                self._drop_site_keys(outage)
            return getattr(super(ResilientRedisCache, self), method_name)(*args, **kwargs)
        except RedisError as error:
            outage.failed(method_name, error)
            return fallback(*args, **kwargs) if callable(fallback) else fallback

    method.__name__ = method_name
    return method


class _ReusingClient(RedisCacheClient):
    """Django builds a new redis.Redis client (copying its ~170 response callbacks) for every
    cache call, 7 per page; one client per connection pool answers the same."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class ResilientRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = _ReusingClient

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

    def count_hit(self, key, window, version=None):
        """Add one to the counter `key` (created for `window` seconds): one round trip
        (SET NX EX then INCR in a pipeline) instead of add(), exists() and incr(). 0 while
        Redis is unreachable."""

        def count(pipe, key):
            pipe.set(key, 0, ex=window, nx=True)
            pipe.incr(key)
            return lambda results: results[-1]

        return self._pipelined("count_hit", 0, [key], count, version)

    def record_visit(self, counter, counter_window, seen, seen_window, flush, flush_window):
        """A page view in one round trip: count it under `counter`, mark the visitor `seen`
        and claim the `flush` lock, each created only if absent (as add()), for its window.
        Returns (first time seen, flush claimed); (False, False) while Redis is unreachable."""

        def record(pipe, counter, seen, flush):
            pipe.set(counter, 0, ex=counter_window, nx=True)
            pipe.incr(counter)
            pipe.set(seen, 1, ex=seen_window, nx=True)
            pipe.set(flush, 1, ex=flush_window, nx=True)
            return lambda results: (bool(results[2]), bool(results[3]))

        return self._pipelined("record_visit", (False, False), [counter, seen, flush], record)

    def _pipelined(self, method_name, fallback, keys, fill, version=None):
        """One pipeline on the write client: `fill(pipe, *keys)` queues the commands and
        returns how to read the results; `fallback` while Redis is unreachable (as the
        _tolerant methods)."""
        outage = _outage_for(",".join(self._servers))
        if outage.is_down():
            return fallback
        try:
            if outage.needs_reset:
                self._drop_site_keys(outage)
            keys = [self.make_and_validate_key(key, version=version) for key in keys]
            pipe = self._cache.get_client(keys[0], write=True).pipeline(transaction=False)
            read = fill(pipe, *keys)
            return read(pipe.execute())
        except RedisError as error:
            outage.failed(method_name, error)
            return fallback

    def _drop_site_keys(self, outage):
        """After an outage: nothing cached before or during it can be trusted."""
        client = self._cache.get_client(write=True)
        pattern = self.make_key("*")
        dropped = 0
        batch = []
        for key in client.scan_iter(match=pattern, count=500):
            batch.append(key)
            if len(batch) == 500:
                dropped += client.delete(*batch)
                batch = []
        if batch:
            dropped += client.delete(*batch)
        with outage.lock:
            outage.needs_reset = False
        logger.warning("Cache back after an outage: %d cached entries dropped", dropped)

import pytest
from django.core.cache import caches
from django.core.cache.backends.redis import RedisCache
from django.test import override_settings
from redis.exceptions import RedisError

from portal import cache as cache_module
from tests.conftest import require_redis

# Port 1 on loopback: nothing listens there, so every call fails at once.
DOWN = {
    "default": {
        "BACKEND": "portal.cache.ResilientRedisCache",
        "LOCATION": "redis://127.0.0.1:1/0",
        "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
    }
}


def test_redis_cache_down_reads_as_a_miss_and_writes_are_dropped():
    with override_settings(CACHES=DOWN):
        cache = caches.create_connection("default")
        assert isinstance(cache, RedisCache)
        assert cache.get("anything", "fallback") == "fallback"
        assert cache.set("key", "value") is None
        assert cache.delete("key") is False


def test_pages_keep_serving_when_redis_is_down(client, db):
    with override_settings(CACHES=DOWN):
        response = client.get("/")
    assert response.status_code == 200


# --- With a real Redis (the machine's, as in production): outages made by pointing one
# cache object at a dead port while another, on the live server, plays the returning Redis.
LIVE = "redis://127.0.0.1:6379/15"


def live_cache(location=LIVE):
    settings_ = {
        "BACKEND": "portal.cache.ResilientRedisCache",
        "LOCATION": location,
        "KEY_PREFIX": "test-outage",
        "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
    }
    with override_settings(CACHES={"default": settings_}):
        return caches.create_connection("default")


@pytest.fixture
def redis_cache():
    cache = live_cache()
    require_redis(cache, "the outage tests need one")
    cache.clear()
    cache_module._outages.clear()
    yield cache
    cache.clear()
    cache_module._outages.clear()


def test_nothing_cached_before_an_outage_is_served_after_it(redis_cache):
    redis_cache.set("site-settings", "old name")
    other_site = live_cache()
    other_site.key_prefix = "another-site"
    other_site.set("kept", "yes")
    outage = cache_module._outage_for(",".join(redis_cache._servers))

    # Redis stops answering; meanwhile a change is saved and its invalidation is lost
    # (made here by any process: a worker, a management command).
    outage.failed("get", RedisError("timeout"))
    assert redis_cache.delete("site-settings") is False
    assert redis_cache.get("site-settings", "miss") == "miss"  # not even asked while down

    # Redis answers again with its old data: the first call drops this site's keys only.
    outage.down_until = 0.0
    assert redis_cache.get("site-settings", "miss") == "miss"
    assert not outage.needs_reset
    assert other_site.get("kept") == "yes"
    other_site.delete("kept")


class Untouchable:
    def __getattr__(self, name):
        raise AssertionError(f"Redis was asked ({name}) while marked down")


def test_after_a_failure_redis_is_not_asked_again_for_a_few_seconds():
    cache = live_cache("redis://127.0.0.1:1/0")
    cache_module._outages.clear()

    assert cache.get("key", "miss") == "miss"  # one failed connection marks it down
    cache.__dict__["_cache"] = Untouchable()  # any further call to Redis would fail the test
    for _ in range(50):
        assert cache.get("key", "miss") == "miss"
        assert cache.set("key", "value") is None

    assert cache_module._outage_for("redis://127.0.0.1:1/0").is_down()
    cache_module._outages.clear()


def test_a_counter_is_created_with_its_window_and_counted_in_one_round_trip(redis_cache):
    assert redis_cache.count_hit("visits:pending:x", 60) == 1
    assert redis_cache.count_hit("visits:pending:x", 60) == 2
    assert redis_cache.get("visits:pending:x") == 2
    client = redis_cache._cache.get_client(write=True)
    assert 0 < client.ttl(redis_cache.make_key("visits:pending:x")) <= 60


def test_a_counter_answers_zero_while_redis_is_down(redis_cache):
    outage = cache_module._outage_for(",".join(redis_cache._servers))
    outage.failed("get", RedisError("timeout"))

    assert redis_cache.count_hit("visits:pending:y", 60) == 0


def test_one_redis_client_serves_every_call_of_a_cache(redis_cache):
    # Django builds a redis.Redis per call; ours keeps one per connection pool, and it works
    # for reads, writes and pipelines alike.
    first = redis_cache._cache.get_client(write=True)
    redis_cache.set("a", 1)
    assert redis_cache.get("a") == 1
    assert redis_cache.count_hit("hits", 60) == 1
    assert redis_cache.count_hit("hits", 60) == 2
    assert redis_cache._cache.get_client() is first
    assert redis_cache._cache.get_client(write=True) is first


def test_a_visit_is_recorded_in_one_round_trip(redis_cache):
    args = ("views", 600, "seen:abc", 300, "flush-due", 60)
    assert redis_cache.record_visit(*args) == (True, True)  # a new visitor, a flush is due
    assert redis_cache.record_visit(*args) == (False, False)  # seen, flush claimed already
    assert redis_cache.get("views") == 2
    assert redis_cache.get("seen:abc") == 1  # as add() writes it
    client = redis_cache._cache.get_client(write=True)
    assert 0 < client.ttl(redis_cache.make_key("seen:abc")) <= 300
    assert 0 < client.ttl(redis_cache.make_key("flush-due")) <= 60


def test_a_visit_is_dropped_while_redis_is_down(redis_cache):
    outage = cache_module._outage_for(",".join(redis_cache._servers))
    outage.failed("get", RedisError("timeout"))

    assert redis_cache.record_visit("views", 600, "seen:x", 300, "flush-due", 60) == (False, False)

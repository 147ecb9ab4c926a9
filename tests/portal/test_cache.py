from django.core.cache import caches
from django.core.cache.backends.redis import RedisCache
from django.test import override_settings

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

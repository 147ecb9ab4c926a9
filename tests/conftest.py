"""Shared fixtures: one account per role, small factories, isolated media and cache."""

import itertools
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.cache import caches
from django.utils import timezone

from articles.models import Article, Category
from portal import roles

_counter = itertools.count(1)


@pytest.fixture(autouse=True)
def _isolated_media_and_cache(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.DOCUMENTS_ROOT = tmp_path / "documents"
    # Real hashing costs ~0.5 s per user; these accounts guard nothing.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    # Pages are rendered by their views unless a test turns the page cache on
    # (tests/portal/test_page_cache.py); query budgets are those of a rendered page.
    settings.PAGE_CACHE_SECONDS = 0
    # Likewise memos (portal/memo.py): most tests write and read back in one transaction that
    # never commits, so no new generation would start; tests/portal/test_memo.py commits.
    settings.CONTENT_MEMO_SECONDS = 0
    for alias in settings.CACHES:
        caches[alias].clear()
    yield
    for alias in settings.CACHES:
        caches[alias].clear()


def make_user(username, role=None, *, superuser=False, staff=True):
    user = get_user_model().objects.create_user(
        username=username,
        password="MatKhau@123",
        is_staff=staff,
        is_superuser=superuser,
    )
    if role:
        user.groups.add(Group.objects.get(name=role))
    return user


def make_category(name=None, **kwargs):
    n = next(_counter)
    name = name or f"Chuyên mục {n}"
    kwargs.setdefault("slug", f"chuyen-muc-{n}")
    return Category.objects.create(name=name, **kwargs)


def make_article(category=None, *, title=None, status=Article.Status.PUBLISHED, **kwargs):
    n = next(_counter)
    title = title or f"Bài viết số {n}"
    if status == Article.Status.PUBLISHED:
        kwargs.setdefault("published_at", timezone.now() - timedelta(hours=n))
    kwargs.setdefault("slug", f"bai-viet-so-{n}")
    return Article.objects.create(
        title=title, category=category or make_category(), status=status, **kwargs
    )


@pytest.fixture
def editor(db):
    return make_user("bientap", roles.EDITOR)


@pytest.fixture
def publisher(db):
    return make_user("duyetbai", roles.PUBLISHER)


@pytest.fixture
def administrator(db):
    return make_user("quantri", superuser=True)


@pytest.fixture
def category(db):
    return make_category("Giảm nghèo", slug="giam-ngheo")


def article_post_data(category, *, published_at=None, is_featured=False, **overrides):
    """Every field of the admin's article form, as the browser posts it."""
    data = {
        "title": "Hội nghị tổng kết năm",
        "slug": "",
        "category": category.pk,
        "summary": "Sở tổ chức hội nghị tổng kết công tác năm.",
        "body": "<p>Nội dung bài viết.</p>",
        "byline": "Phòng Văn phòng",
        "cover_alt": "",
        "cover_caption": "",
        "status": Article.Status.DRAFT,
        "published_at_0": "",
        "published_at_1": "",
        "_save": "Lưu lại",
    }
    if published_at is not None:
        # The admin splits the datetime into a date and a time in the site's time zone.
        local = timezone.localtime(published_at)
        data["published_at_0"] = local.strftime("%Y-%m-%d")
        data["published_at_1"] = local.strftime("%H:%M:%S")
    if is_featured:
        data["is_featured"] = "on"  # an unticked checkbox is not posted at all
    data.update(overrides)
    return data


def sitemap_text(client):
    """The sitemap index and every file it lists, as one text."""
    import re

    index = client.get("/sitemap.xml")
    assert index.status_code == 200
    parts = [index.content.decode()]
    for loc in re.findall(r"<loc>http://testserver([^<]+)</loc>", parts[0]):
        response = client.get(loc.replace("&amp;", "&"))
        assert response.status_code == 200, loc
        parts.append(response.content.decode())
    return "\n".join(parts)


def require_redis(cache, purpose):
    """Skip (fail in CI) unless the Redis behind `cache` answers."""
    import os

    from redis.exceptions import RedisError

    try:
        cache._cache.get_client(write=True).ping()
    except RedisError:
        if os.environ.get("CI") == "true":
            pytest.fail("Redis is expected on 127.0.0.1:6379 in CI")
        pytest.skip(f"no Redis on 127.0.0.1:6379: {purpose}")


@pytest.fixture
def redis_pages(settings):
    """The machine's Redis as the default cache, holding pages, memos and the generation, as
    in production (skip locally without one, fail in CI)."""
    settings.CACHES = {
        "default": {
            "BACKEND": "portal.cache.ResilientRedisCache",
            "LOCATION": "redis://127.0.0.1:6379/14",
            "KEY_PREFIX": "test-pages",
        }
    }
    settings.PAGE_CACHE_ALIAS = "default"
    redis = caches["default"]
    require_redis(redis, "the page cache's Redis mode needs one")
    redis.clear()
    yield redis
    redis.clear()

"""Whole pages from the cache for anonymous visitors (portal/pagecache.py): what is served
from it, what never is, and that every change is visible on the very next request."""

import re
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from articles import services as article_services
from articles.models import Article
from documents.models import LegalDocument
from participation.models import PageFeedback
from portal import pagecache, visits
from portal.models import PageCacheState, SiteSettings
from tests.conftest import make_article
from tests.documents.factories import make_document

pytestmark = pytest.mark.django_db

# Changes must really commit: the generation is renewed when the transaction commits.
commits = pytest.mark.django_db(transaction=True, serialized_rollback=True)

BROWSER = "Mozilla/5.0 (Linux; Android 14; SM-A155F) AppleWebKit/537.36 Chrome/130 Mobile"


@pytest.fixture(autouse=True)
def cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 600


def get(client, path, **headers):
    return client.get(path, HTTP_USER_AGENT=BROWSER, **headers)


def without_counters(response):
    return pagecache.LIVE_BLOCK.sub(b"", response.content)


def state(response):
    return response.get(pagecache.HIT_HEADER)


@pytest.fixture
def article(category):
    return make_article(category, title="Trao nhà Đại đoàn kết cho hộ nghèo xã Kim Đông")


@pytest.fixture
def publisher_user(publisher):
    return publisher


# --- served from the cache -------------------------------------------------------------


def test_an_anonymous_visitor_gets_the_second_request_from_the_cache(client, article):
    first = get(client, "/")
    with CaptureQueriesContext(connection) as queries:
        second = get(client, "/")

    assert (state(first), state(second)) == ("miss", "hit")
    assert second.status_code == 200
    assert without_counters(second) == without_counters(first)
    # Only the generation is read (from its one-row table, the cache being process-local).
    assert len(queries) == 1


def test_pages_differ_by_path_query_and_reading_aids(client, article):
    get(client, "/")
    assert state(get(client, "/?trang=2")) == "miss"
    client.cookies["co_chu"] = "lon"
    large = get(client, "/")
    assert state(large) == "miss"
    assert 'class="text-large"' in large.content.decode()
    assert state(get(client, "/")) == "hit"
    client.cookies["co_chu"] = "thuong"
    normal = get(client, "/")
    assert state(normal) == "hit"
    assert "text-large" not in normal.content.decode()


def test_a_new_day_renders_afresh(client, article, monkeypatch):
    get(client, "/")
    tomorrow = timezone.now() + timedelta(days=1)
    monkeypatch.setattr(timezone, "now", lambda: tomorrow)

    assert state(get(client, "/")) == "miss"


def test_the_cache_can_be_turned_off(client, article, settings):
    settings.PAGE_CACHE_SECONDS = 0
    get(client, "/")

    assert state(get(client, "/")) == "off"


# --- never cached ------------------------------------------------------------------------


def test_logged_in_staff_are_never_served_from_or_into_the_cache(client, article, editor):
    get(client, "/")  # stored for anonymous visitors
    client.force_login(editor)

    staff_page = get(client, "/")
    assert state(staff_page) is None
    assert editor.username in staff_page.content.decode() or staff_page.status_code == 200

    anonymous = Client()
    assert state(get(anonymous, "/")) == "hit"


def test_a_preview_is_never_stored(client, category, editor):
    draft = make_article(category, title="Bản thảo chưa duyệt", status=Article.Status.DRAFT)
    client.force_login(editor)
    assert get(client, draft.get_absolute_url()).status_code == 200

    anonymous = Client()
    response = get(anonymous, draft.get_absolute_url())
    assert response.status_code == 404
    assert "Bản thảo chưa duyệt" not in response.content.decode()


def test_a_visitor_with_a_message_waiting_is_not_served_from_the_cache(client, article):
    url = article.get_absolute_url()
    get(client, url)
    answer = client.post(
        reverse("participation:feedback"),
        {"target": "bai-viet", "page": article.pk, "useful": "co"},
        HTTP_USER_AGENT=BROWSER,
    )
    assert answer.status_code == 302

    thanked = client.get(answer["Location"], HTTP_USER_AGENT=BROWSER)
    assert state(thanked) is None
    assert "Cảm ơn bạn đã đánh giá." in thanked.content.decode()
    assert PageFeedback.objects.count() == 1
    # … and the thanks were not stored for the next visitor.
    assert "Cảm ơn bạn đã đánh giá." not in get(Client(), url).content.decode()


def test_pages_that_opt_out_are_not_stored(client, db):
    url = reverse("qa:ask")
    get(client, url)
    assert state(get(client, url)) is None


def test_errors_and_the_admin_are_not_stored(client, db):
    get(client, "/khong-co-trang-nay/")
    assert state(get(client, "/khong-co-trang-nay/")) is None
    assert state(get(client, "/quan-tri/login/")) is None


# --- a page with a form ---------------------------------------------------------------------


def token_in(response):
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', response.content.decode())[1]


def test_each_visitor_gets_a_working_csrf_token_of_their_own(article):
    url = article.get_absolute_url()
    first_visitor = Client(enforce_csrf_checks=True)
    get(first_visitor, url)

    second_visitor = Client(enforce_csrf_checks=True)
    page = get(second_visitor, url)
    assert state(page) == "hit"
    assert pagecache.TOKEN_PLACEHOLDER not in page.content.decode()
    assert "csrftoken" in page.cookies  # the CSRF middleware set this visitor's cookie

    answer = second_visitor.post(
        reverse("participation:feedback"),
        {
            "target": "bai-viet",
            "page": article.pk,
            "useful": "co",
            "csrfmiddlewaretoken": token_in(page),
        },
        HTTP_USER_AGENT=BROWSER,
    )
    assert answer.status_code == 302
    assert PageFeedback.objects.count() == 1


def test_the_visit_counters_stay_live_on_cached_pages(client, article):
    SiteSettings.objects.update_or_create(pk=1, defaults={"department_name": "Sở"})
    get(client, "/")
    visits.flush()
    for _ in range(3):
        page = get(client, "/")
    assert state(page) == "hit"
    stats = visits.footer_stats()
    assert f"<dt>Hôm nay</dt><dd>{stats['today'] - 1}</dd>" in page.content.decode() or (
        f"<dt>Hôm nay</dt><dd>{stats['today']}</dd>" in page.content.decode()
    )
    assert stats["today"] >= 4


# --- every change visible on the next request ------------------------------------------------


@commits
def test_a_published_article_shows_at_once(client, category, publisher):
    draft = make_article(category, title="Tin mới về chi trả trợ cấp", status=Article.Status.DRAFT)
    get(client, "/")
    assert state(get(client, "/")) == "hit"

    article_services.article_publish(article=draft, user=publisher)

    page = get(client, "/")
    assert state(page) == "miss"
    assert "Tin mới về chi trả trợ cấp" in page.content.decode()


@commits
def test_an_edit_shows_at_once_on_the_article_and_the_home_page(client, article, publisher):
    get(client, "/")
    get(client, article.get_absolute_url())

    article.title = "Tiêu đề đã sửa"
    article_services.article_save(article=article, user=publisher, loaded_version=article.version)

    assert "Tiêu đề đã sửa" in get(client, "/").content.decode()
    assert "Tiêu đề đã sửa" in get(client, article.get_absolute_url()).content.decode()


@commits
def test_an_unpublished_article_is_gone_at_once(client, article, publisher):
    url = article.get_absolute_url()
    assert get(client, url).status_code == 200
    assert state(get(client, url)) == "hit"

    article_services.article_unpublish(article=article, user=publisher)

    assert get(client, url).status_code == 404
    assert article.title not in get(client, "/").content.decode()


def test_a_scheduled_article_appears_at_its_time_without_anyone_clearing_a_cache(
    client, category, monkeypatch
):
    at = timezone.now() + timedelta(minutes=30)
    make_article(category, title="Thông báo lịch chi trả tháng 12", published_at=at)
    assert "Thông báo lịch chi trả tháng 12" not in get(client, "/").content.decode()
    assert state(get(client, "/")) == "hit"

    later = at + timedelta(seconds=1)
    monkeypatch.setattr(timezone, "now", lambda: later)

    page = get(client, "/")
    assert state(page) == "miss"
    assert "Thông báo lịch chi trả tháng 12" in page.content.decode()


@commits
def test_site_settings_show_at_once(client, article):
    site = SiteSettings.current()
    site.department_name = "Sở Nội vụ tỉnh Ninh Bình"
    site.save()
    get(client, "/")

    site.department_name = "Sở Y tế tỉnh Ninh Bình"
    site.save()

    assert "Sở Y tế tỉnh Ninh Bình" in get(client, "/").content.decode()


@commits
def test_a_document_change_shows_at_once(client, db):
    document = make_document(abstract="Về việc hỗ trợ tiền điện cho hộ nghèo")
    url = document.get_absolute_url()
    get(client, url)
    assert state(get(client, url)) == "hit"

    LegalDocument.objects.get(pk=document.pk).delete()

    assert get(client, url).status_code == 404


def test_a_generation_saved_by_another_process_is_seen(client, article):
    """With local-memory caches every worker has its own pages; the generation is shared
    through the database, so a change saved by any worker reaches all of them."""
    get(client, "/")
    PageCacheState.objects.filter(pk=1).update(token="doi-khac")

    assert state(get(client, "/")) == "miss"


def test_account_changes_do_not_empty_the_cache(client, article):
    get(client, "/")
    get_user_model().objects.create_user("nguoi-moi", password="MatKhau@12345")

    assert state(get(client, "/")) == "hit"


# --- conditional requests --------------------------------------------------------------------


@pytest.mark.parametrize("cache_seconds", [600, 0])
def test_an_unchanged_article_answers_304(client, article, settings, cache_seconds):
    settings.PAGE_CACHE_SECONDS = cache_seconds
    url = article.get_absolute_url()
    first = get(client, url)
    etag = first["ETag"]
    assert etag.startswith('W/"')
    assert first["Cache-Control"] == "no-cache"

    again = get(client, url, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert again.content == b""
    assert again["ETag"] == etag


@commits
def test_a_changed_article_answers_200_with_a_new_etag(client, article, publisher):
    url = article.get_absolute_url()
    etag = get(client, url)["ETag"]

    article.summary = "Tóm tắt mới"
    article_services.article_save(article=article, user=publisher, loaded_version=article.version)

    response = get(client, url, HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 200
    assert response["ETag"] != etag


def test_a_document_page_answers_304(client, db):
    url = make_document().get_absolute_url()
    etag = get(client, url)["ETag"]

    assert get(client, url, HTTP_IF_NONE_MATCH=etag).status_code == 304


def test_the_etag_differs_with_the_reading_aids(client, article):
    url = article.get_absolute_url()
    etag = get(client, url)["ETag"]
    client.cookies["tuong_phan"] = "cao"

    assert get(client, url, HTTP_IF_NONE_MATCH=etag).status_code == 200


# --- the same page, cached or not ------------------------------------------------------------

PUBLIC_PATHS = [
    "/",
    "/tin-tuc/",
    "/van-ban/",
    "/van-ban/?q=dien",
    "/thu-tuc-hanh-chinh/",
    "/chuong-trinh/",
    "/phong-trao-thi-dua/",
    "/so-lieu/",
    "/tim-kiem/?q=ho+ngheo",
    "/hoi-dap/",
    "/lich-cong-tac/",
    "/gioi-thieu/",
    "/en/",
    "/tin-tuc/rss.xml",
    "/sitemap.xml",
]


def comparable(response):
    body = without_counters(response)
    return re.sub(rb'name="csrfmiddlewaretoken" value="[^"]+"', b"", body)


def test_a_cached_page_is_the_page_the_view_renders(client, article, settings):
    document = make_document(abstract="Hỗ trợ tiền điện cho hộ nghèo")
    paths = [*PUBLIC_PATHS, article.get_absolute_url(), document.get_absolute_url()]
    for path in paths:
        get(client, path)
        cached = get(client, path)
        assert cached.status_code == 200, path
        assert state(cached) == "hit", path
        settings.PAGE_CACHE_SECONDS = 0
        fresh = get(client, path)
        settings.PAGE_CACHE_SECONDS = 600
        assert comparable(cached) == comparable(fresh), path
        assert cached["Content-Type"] == fresh["Content-Type"], path


# --- with Redis, as in production ------------------------------------------------------------


@commits
def test_with_redis_a_hit_costs_no_query_and_a_change_shows_at_once(
    client, article, publisher, redis_pages
):
    get(client, "/")
    with CaptureQueriesContext(connection) as queries:
        hit = get(client, "/")
    assert state(hit) == "hit"
    assert len(queries) == 0
    assert redis_pages.get(pagecache.STATE_KEY)  # the generation lives in Redis

    article.title = "Tiêu đề mới sau khi sửa"
    article_services.article_save(article=article, user=publisher, loaded_version=article.version)

    page = get(client, "/")
    assert state(page) == "miss"
    assert "Tiêu đề mới sau khi sửa" in page.content.decode()


def test_one_renewal_per_transaction_however_many_rows_change(category):
    from django.db import transaction

    with transaction.atomic():
        for n in range(20):
            make_article(category, title=f"Bài số {n}")
        waiting = [
            func
            for _sids, func, _robust in connection.run_on_commit
            if func is pagecache._start_generation
        ]
    assert len(waiting) == 1

"""Counts and filter choices kept per content generation (portal/memo.py): computed once,
and never older than the content — every change shows on the very next request."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from articles import services as article_services
from articles.models import Article
from portal import memo as memo_module
from portal import pagecache
from tests.conftest import make_article
from tests.documents.factories import make_document, make_document_type

pytestmark = pytest.mark.django_db

# Changes must really commit: the generation is renewed when the transaction commits.
commits = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture(autouse=True)
def memos_on(settings):
    settings.CONTENT_MEMO_SECONDS = 600  # the page cache stays off: pages are rendered


def counts(queries, table):
    return [q["sql"] for q in queries if "COUNT(" in q["sql"] and table in q["sql"]]


@commits
def test_a_value_is_computed_once_per_generation(category):
    calls = []

    def compute():
        calls.append(1)
        return len(calls)

    assert memo_module.memo("thu", compute) == 1
    assert memo_module.memo("thu", compute) == 1
    assert memo_module.memo("khac", compute) == 2  # another name, another value

    make_article(category)  # committed: a new generation

    assert memo_module.memo("thu", compute) == 3


def test_memos_can_be_turned_off(settings, category):
    settings.CONTENT_MEMO_SECONDS = 0
    values = iter(range(10))
    assert memo_module.memo("thu", lambda: next(values)) == 0
    assert memo_module.memo("thu", lambda: next(values)) == 1


@commits
def test_the_category_count_is_read_once_and_follows_a_publish(client, category, publisher):
    for n in range(3):
        make_article(category, title=f"Tin số {n}")
    draft = make_article(category, title="Tin chờ đăng", status=Article.Status.DRAFT)
    url = category.get_absolute_url()
    assert "3 bài viết" in client.get(url).content.decode()
    with CaptureQueriesContext(connection) as queries:
        again = client.get(url)
    assert "3 bài viết" in again.content.decode()
    assert counts(queries, "articles_article") == []

    article_services.article_publish(article=draft, user=publisher)

    page = client.get(url).content.decode()
    assert "4 bài viết" in page
    assert "Tin chờ đăng" in page


def test_a_scheduled_article_is_counted_from_its_time(client, category, monkeypatch):
    make_article(category, title="Tin đã đăng")
    at = timezone.now() + timedelta(minutes=30)
    make_article(category, title="Tin hẹn giờ", published_at=at)
    url = category.get_absolute_url()
    assert "1 bài viết" in client.get(url).content.decode()

    later = at + timedelta(seconds=1)
    monkeypatch.setattr(timezone, "now", lambda: later)

    page = client.get(url).content.decode()
    assert "2 bài viết" in page
    assert "Tin hẹn giờ" in page


@commits
def test_the_register_count_and_filters_follow_a_new_document(client, db):
    make_document(abstract="Kế hoạch giảm nghèo bền vững")
    assert "Tìm thấy 1 văn bản" in client.get("/van-ban/").content.decode()
    with CaptureQueriesContext(connection) as queries:
        client.get("/van-ban/")
    assert counts(queries, "documents_legaldocument") == []
    assert not [q for q in queries if q["sql"].startswith('SELECT "documents_documenttype"')]

    make_document(doc_type=make_document_type("Chỉ thị"), abstract="Chỉ thị về an sinh")

    page = client.get("/van-ban/").content.decode()
    assert "Tìm thấy 2 văn bản" in page
    assert ">Chỉ thị</option>" in page


def test_filtered_counts_are_kept_apart(client, db):
    make_document(abstract="Kế hoạch giảm nghèo bền vững")
    make_document(abstract="Kế hoạch việc làm cho thanh niên")
    assert "Tìm thấy 2 văn bản" in client.get("/van-ban/").content.decode()
    assert "Tìm thấy 1 văn bản" in client.get("/van-ban/?q=giam+ngheo").content.decode()
    assert "Tìm thấy 2 văn bản" in client.get("/van-ban/").content.decode()


def test_a_validity_count_moves_with_the_date(client, monkeypatch):
    tomorrow = timezone.localdate() + timedelta(days=1)
    make_document(abstract="Quyết định có hiệu lực từ ngày mai", effective_date=tomorrow)
    url = "/van-ban/?hieu_luc=con-hieu-luc"
    assert "Không có văn bản nào" in client.get(url).content.decode()

    later = timezone.now() + timedelta(days=1)
    monkeypatch.setattr(timezone, "now", lambda: later)

    assert "Tìm thấy 1 văn bản" in client.get(url).content.decode()


@commits
def test_with_redis_the_generation_and_the_value_come_in_one_round_trip(
    client, category, publisher, redis_pages
):
    draft = make_article(category, title="Tin chờ đăng", status=Article.Status.DRAFT)
    make_article(category)
    url = category.get_absolute_url()
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert "1 bài viết" in client.get(url).content.decode()
    assert counts(queries, "articles_article") == []
    assert not [q for q in queries if "pagecachestate" in q["sql"]]
    assert redis_pages.get(pagecache.STATE_KEY)

    article_services.article_publish(article=draft, user=publisher)

    assert "2 bài viết" in client.get(url).content.decode()


@commits
def test_the_footer_is_kept_and_follows_a_settings_change(client, category):
    from portal.models import SiteSettings

    make_article(category)
    site = SiteSettings.current()
    site.address = "Số 2 đường Lê Hồng Phong"
    site.save()
    assert "Số 2 đường Lê Hồng Phong" in client.get("/").content.decode()
    stored = [key for key in pagecache.page_cache()._cache if "memo" in key]
    assert stored  # the footer (with the home page's other memos) is kept

    site = SiteSettings.current()
    site.address = "Số 9 đường Trần Hưng Đạo"
    site.save()

    page = client.get(category.get_absolute_url()).content.decode()
    assert "Số 9 đường Trần Hưng Đạo" in page
    assert "Số 2 đường Lê Hồng Phong" not in page


def test_a_memo_block_needs_a_name():
    from django.template import Template, TemplateSyntaxError

    with pytest.raises(TemplateSyntaxError):
        Template("{% load portal_tags %}{% memo %}x{% endmemo %}")


@commits
def test_other_articles_are_one_list_per_category_and_follow_a_publish(client, category, publisher):
    first = make_article(category, title="Tin thứ nhất")
    second = make_article(category, title="Tin thứ hai")
    draft = make_article(category, title="Tin mới đăng", status=Article.Status.DRAFT)
    page = client.get(first.get_absolute_url()).content.decode()
    assert "Tin thứ hai" in page
    with CaptureQueriesContext(connection) as queries:
        page = client.get(second.get_absolute_url()).content.decode()
    # The list read for the first article serves the second, without the article itself.
    assert "Tin thứ nhất" in page.split('class="related"')[1]
    assert "Tin thứ hai" not in page.split('class="related"')[1]
    assert len([q for q in queries if q["sql"].startswith('SELECT "articles_article"')]) == 1

    article_services.article_publish(article=draft, user=publisher)

    assert "Tin mới đăng" in client.get(first.get_absolute_url()).content.decode()


@commits
def test_a_request_reads_the_generation_once(client, category):
    article = make_article(category)
    client.get(article.get_absolute_url())
    with CaptureQueriesContext(connection) as queries:
        client.get(article.get_absolute_url())
    # Settings, menu, footer and "Bài viết khác" are all kept in the process: one read of
    # the generation for the whole request, none of their own tables.
    assert len([q for q in queries if "pagecachestate" in q["sql"]]) == 1
    assert not [q for q in queries if "portal_sitesettings" in q["sql"]]
    assert not [q for q in queries if 'FROM "articles_category"' in q["sql"]]


@commits
def test_values_kept_in_the_process_follow_another_process_change(client, category):
    """Another worker's change reaches this one through the shared generation only: here it
    is written directly, as that worker would, with nothing cleared in this process."""
    from portal.models import SiteSettings

    site = SiteSettings.current()
    site.address = "Số 2 đường Lê Hồng Phong"
    site.save()
    assert "Số 2 đường Lê Hồng Phong" in client.get("/").content.decode()
    SiteSettings.objects.filter(pk=site.pk).update(address="Số 9 đường Trần Hưng Đạo")
    from django.core.cache import cache

    cache.clear()  # the other worker's cache, not this process's kept values
    assert "Số 2 đường Lê Hồng Phong" in client.get("/").content.decode()  # same generation

    pagecache._write_state(pagecache._new_state(timezone.now()))

    assert "Số 9 đường Trần Hưng Đạo" in client.get("/").content.decode()


@commits
def test_a_change_made_during_a_request_is_seen_by_its_later_memos(category):
    from django.core.signals import request_finished, request_started

    calls = []

    def compute():
        calls.append(1)
        return len(calls)

    request_started.send(sender=None)
    try:
        assert memo_module.memo("thu", compute) == 1
        assert memo_module.memo("thu", compute) == 1  # kept: the generation is known
        make_article(category)  # committed: a new generation, in this very request
        assert memo_module.memo("thu", compute) == 2
    finally:
        request_finished.send(sender=None)
    assert pagecache.request_generation() is None

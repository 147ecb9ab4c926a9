"""Visit statistics: counted on the server, bots ignored, written in batches, shown in the
footer without adding queries to pages."""

from datetime import timedelta

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from portal import visits
from portal.models import SiteSettings, VisitDay

pytestmark = pytest.mark.django_db
BROWSER = (
    "Mozilla/5.0 (Linux; Android 14; SM-A155F) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/131.0 Mobile Safari/537.36"
)


@pytest.fixture(autouse=True, params=["local memory", "redis"])
def cache_backend(request):
    """Every count in both modes: Redis counts a view in one pipelined round trip
    (portal/cache.py `record_visit`), the local memory cache with add() and incr()."""
    if request.param == "redis":
        return request.getfixturevalue("redis_pages")
    return None


def visit(client, path="/", agent=BROWSER, **headers):
    return client.get(path, HTTP_USER_AGENT=agent, **headers)


def stored_views():
    return sum(VisitDay.objects.values_list("views", flat=True))


def pending_today():
    return cache.get(f"visits:pending:{timezone.localdate():%Y%m%d}") or 0


def test_a_page_view_by_a_browser_is_counted(client):
    visit(client)
    visit(client, "/tin-tuc/")

    assert stored_views() + pending_today() == 2


@pytest.mark.parametrize(
    "agent",
    [
        "",
        "Googlebot/2.1 (+http://www.google.com/bot.html)",
        "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 HeadlessChrome/131.0 Safari/537.36",
        "curl/8.5.0",
        "python-requests/2.32",
        "facebookexternalhit/1.1",
        "Mozilla/5.0 (compatible; AhrefsBot/7.0)",
    ],
)
def test_bots_and_scripts_are_not_counted(client, agent):
    visit(client, agent=agent)

    assert stored_views() + pending_today() == 0


def test_prefetches_errors_feeds_and_the_admin_are_not_counted(client):
    visit(client, HTTP_SEC_PURPOSE="prefetch")
    visit(client, "/khong-co-trang-nay/")
    visit(client, "/tin-tuc/rss.xml")
    visit(client, "/quan-tri/login/")
    client.post("/tim-kiem/", HTTP_USER_AGENT=BROWSER)

    assert stored_views() + pending_today() == 0


def test_counts_reach_the_database_in_one_batch_per_minute(client):
    for _ in range(5):
        visit(client)

    # The first counted view flushed (one view); the next four wait in the cache.
    assert stored_views() == 1
    assert pending_today() == 4
    cache.delete("visits:flush-due")
    visit(client)
    assert stored_views() == 6
    assert pending_today() == 0


def test_counting_adds_no_query_to_a_page_between_flushes(client):
    visit(client)  # flushes and primes the caches
    visit(client)
    with CaptureQueriesContext(connection) as counted:
        visit(client)
    with CaptureQueriesContext(connection) as by_bot:
        visit(client, agent="Googlebot/2.1")

    assert len(counted) == len(by_bot)


def test_a_flush_costs_a_fixed_number_of_queries_whatever_the_counts(client):
    VisitDay.objects.bulk_create(
        VisitDay(date=timezone.localdate() - timedelta(days=n), views=n) for n in range(1, 400)
    )
    visit(client)
    for _ in range(50):
        visit(client)
    cache.delete("visits:flush-due")
    with CaptureQueriesContext(connection) as flushed:
        visit(client)
    with CaptureQueriesContext(connection) as plain:
        visit(client)

    assert len(flushed) - len(plain) <= 4


def test_the_footer_shows_online_today_month_and_total(client):
    SiteSettings.objects.create(department_name="Sở Lao động")
    today = timezone.localdate()
    VisitDay.objects.create(date=today - timedelta(days=400), views=1_000_000)
    visit(client)

    page = visit(client, "/tin-tuc/").content.decode()  # counted after it is drawn

    assert "Thống kê truy cập" in page
    assert "<dt>Đang truy cập</dt><dd>1</dd>" in page
    assert "<dt>Hôm nay</dt><dd>1</dd>" in page
    assert "<dt>Tháng này</dt><dd>1</dd>" in page
    assert "<dt>Tổng lượt truy cập</dt><dd>1.000.001</dd>" in page


def test_two_browsers_are_two_visitors_online(client):
    visit(client)
    visit(client, agent=BROWSER.replace("SM-A155F", "iPhone"))

    page = visit(client).content.decode()
    assert "<dt>Đang truy cập</dt><dd>2</dd>" in page


def test_the_footer_can_hide_the_statistics(client):
    SiteSettings.objects.create(department_name="Sở Lao động", show_visit_stats=False)
    visit(client)

    assert "Thống kê truy cập" not in visit(client).content.decode()


def test_nothing_about_a_visitor_is_stored(client):
    visit(client, REMOTE_ADDR="203.0.113.9")

    stored = list(VisitDay.objects.values())
    assert stored == [{"id": stored[0]["id"], "date": timezone.localdate(), "views": 1}]


def test_a_database_error_while_flushing_never_breaks_the_page(client, monkeypatch):
    def broken(today):
        raise visits.DatabaseError("database is locked")

    monkeypatch.setattr(visits, "summary_from_database", broken)

    assert visit(client).status_code == 200

"""Visit statistics for the footer, counted on the server without any tracker.

Counting a page view is a cache increment; the counts reach the database in one batched
write at most once a minute (whichever request first finds the flush due), so pages never
wait on a write. The footer reads only the cache. Bots, previews, the admin, non-HTML
answers and errors are not counted. Nothing about a visitor is stored: "online now" counts
distinct hashed address + browser pairs in five-minute windows, in the cache only.
"""

import logging
import re

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, transaction
from django.db.models import F, Q, Sum
from django.utils import timezone

from . import clients
from .text import vi_number

logger = logging.getLogger(__name__)

FLUSH_SECONDS = 60
ONLINE_WINDOW = 300
SUMMARY_KEY = "visits:summary"
BOT = re.compile(
    r"bot|crawl|spider|slurp|fetch|scan|monitor|uptime|preview|headless|lighthouse|python|"
    r"curl|wget|httpclient|java/|go-http|okhttp|axios|node-fetch|facebookexternalhit|"
    r"whatsapp|zalo|telegram|bingpreview|yandex|baidu|semrush|ahrefs|mj12|dotbot",
    re.IGNORECASE,
)


def is_countable(request, response):
    agent = request.META.get("HTTP_USER_AGENT", "")
    purpose = request.headers.get("Sec-Purpose", "") + request.headers.get("Purpose", "")
    return (
        request.method == "GET"
        and response.status_code == 200
        and response.get("Content-Type", "").startswith("text/html")
        and not request.path.startswith(f"/{settings.ADMIN_URL}")
        and len(agent) > 10
        and not BOT.search(agent)
        and "prefetch" not in purpose
    )


def record(request):
    today = timezone.localdate()
    pending = (f"visits:pending:{today:%Y%m%d}", 2 * 24 * 3600)
    window = int(timezone.now().timestamp()) // ONLINE_WINDOW
    who = clients.client_key(request, "visits", request.META.get("HTTP_USER_AGENT", ""))
    seen = (f"visits:seen:{window}:{who}", 2 * ONLINE_WINDOW)
    flush_due = ("visits:flush-due", FLUSH_SECONDS)
    if hasattr(cache, "record_visit"):  # Redis: one round trip (portal/cache.py)
        new_visitor, due = cache.record_visit(*pending, *seen, *flush_due)
    else:
        clients.hit(*pending)
        new_visitor = cache.add(seen[0], 1, seen[1])
        due = cache.add(flush_due[0], 1, flush_due[1])
    if new_visitor:
        clients.hit(f"visits:online:{window}", 3 * ONLINE_WINDOW)
    if due:
        flush(today)


def flush(today=None):
    """Move the pending counts of today and yesterday into the database, then refresh the
    footer's summary. Safe to run from several processes: each moves only what it took."""
    from .models import VisitDay

    today = today or timezone.localdate()
    try:
        for day in (today - timezone.timedelta(days=1), today):
            key = f"visits:pending:{day:%Y%m%d}"
            pending = cache.get(key) or 0
            if not pending:
                continue
            with transaction.atomic():
                updated = VisitDay.objects.filter(date=day).update(views=F("views") + pending)
                if not updated:
                    VisitDay.objects.create(date=day, views=pending)
            cache.decr(key, pending)
        cache.set(SUMMARY_KEY, summary_from_database(today), None)
    except (DatabaseError, ValueError) as error:
        logger.warning("Visit counts not flushed: %s", error)


def summary_from_database(today):
    from .models import VisitDay

    totals = VisitDay.objects.aggregate(
        total=Sum("views"),
        month=Sum("views", filter=Q(date__year=today.year, date__month=today.month)),
        today=Sum("views", filter=Q(date=today)),
    )
    return {"date": today, **{key: value or 0 for key, value in totals.items()}}


def footer_stats(extra_keys=()):
    """What the footer shows, from the cache only (None until the first flush), in one
    round trip; with `extra_keys`, returns (stats, {key: value}) of those too."""
    today = timezone.localdate()
    window = int(timezone.now().timestamp()) // ONLINE_WINDOW
    pending_key = f"visits:pending:{today:%Y%m%d}"
    online_keys = [f"visits:online:{window}", f"visits:online:{window - 1}"]
    found = cache.get_many([SUMMARY_KEY, pending_key, *online_keys, *extra_keys])
    stats = _stats(found, today, pending_key, online_keys)
    if extra_keys:
        return stats, {key: found.get(key) for key in extra_keys}
    return stats


def _stats(found, today, pending_key, online_keys):
    summary = found.get(SUMMARY_KEY)
    if summary is None:
        return None
    pending = found.get(pending_key) or 0
    same_day = summary["date"] == today
    return {
        "online": max((found.get(key) or 0 for key in online_keys), default=0) or 1,
        "today": (summary["today"] if same_day else 0) + pending,
        "month": (summary["month"] if summary["date"].month == today.month else 0) + pending,
        "total": summary["total"] + pending,
    }


STAT_ROWS = (
    ("online", "Đang truy cập"),
    ("today", "Hôm nay"),
    ("month", "Tháng này"),
    ("total", "Tổng lượt truy cập"),
)


def stats_html(site, stats):
    """The footer's counters, in Python: the page cache draws them afresh on every hit
    (a template there cost a tenth of a cached page)."""
    if not (site.show_visit_stats and stats):
        return ""
    rows = "".join(
        f"  <div><dt>{label}</dt><dd>{vi_number(stats[key])}</dd></div>\n"
        for key, label in STAT_ROWS
    )
    return (
        '\n<p class="visit-stats__title">Thống kê truy cập</p>\n'
        f'<dl class="visit-stats">\n{rows}</dl>\n'
    )


class VisitCounterMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if is_countable(request, response):
            try:
                record(request)
            except Exception:  # noqa: BLE001 - statistics must never break a page
                logger.exception("Visit not counted")
        return response

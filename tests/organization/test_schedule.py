"""The leadership's weekly work schedule: one ISO week, published entries, safe navigation."""

from datetime import date, time, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError
from django.urls import reverse
from django.utils import timezone

from organization.models import ScheduleEntry
from organization.weeks import Week
from tests.organization.factories import make_entry, make_leader
from tests.organization.helpers import get_page, h1s, headings, queries_of

pytestmark = pytest.mark.django_db

URL = reverse("organization:schedule")
MONDAY = date(2025, 11, 24)  # 2025-W48, a week that is never "this week" again


def week_url(iso):
    return f"{URL}?tuan={iso}"


def test_schedule_shows_this_week_by_default(client):
    today = timezone.localdate()
    make_entry(today, "Giao ban Lãnh đạo Sở đầu tuần")

    page = get_page(client, URL)

    assert h1s(page) == ["Lịch công tác của Lãnh đạo Sở"]
    assert f"Tuần {Week.containing(today).number} năm" in page
    assert "Giao ban Lãnh đạo Sở đầu tuần" in page
    assert "(hôm nay)" in page
    assert f'<a href="{URL}" aria-current="page">Tuần này</a>' in page


def test_schedule_groups_entries_by_day_with_vietnamese_weekdays(client):
    make_entry(
        MONDAY + timedelta(days=2), "Hội nghị về trẻ em", session=ScheduleEntry.Session.MORNING
    )
    make_entry(MONDAY, "Giao ban đầu tuần", start_time=time(7, 30), end_time=time(9, 0))

    page = get_page(client, week_url("2025-W48"))

    days = headings(page)
    assert days[:7] == [
        "Thứ hai, 24/11/2025",
        "Thứ ba, 25/11/2025",
        "Thứ tư, 26/11/2025",
        "Thứ năm, 27/11/2025",
        "Thứ sáu, 28/11/2025",
        "Thứ bảy, 29/11/2025",
        "Chủ nhật, 30/11/2025",
    ]
    assert (
        page.index("Giao ban đầu tuần")
        < page.index("Thứ ba, 25/11/2025")
        < page.index("Hội nghị về trẻ em")
    )
    start, end = '<time datetime="2025-11-24T07:30">07:30</time>', "2025-11-24T09:00"
    assert f'{start}–<time datetime="{end}">09:00</time>' in page
    assert "Tuần 48 năm 2025: từ" in page


def test_entries_of_a_day_follow_session_then_time(client):
    make_entry(MONDAY, "Chiều họp", session=ScheduleEntry.Session.AFTERNOON, start_time=time(14))
    make_entry(MONDAY, "Sáng muộn", start_time=time(10))
    make_entry(MONDAY, "Sáng sớm", start_time=time(7, 30))

    page = get_page(client, week_url("2025-W48"))

    assert page.index("Sáng sớm") < page.index("Sáng muộn") < page.index("Chiều họp")


def test_entry_shows_chair_participants_location_and_notes(client):
    leader = make_leader("Nguyễn Văn Minh", title="Giám đốc Sở")
    make_entry(
        MONDAY,
        "Tiếp công dân định kỳ",
        leader=leader,
        participants="Thanh tra Sở; Văn phòng Sở",
        location="Phòng tiếp công dân",
        notes="Mang theo hồ sơ",
    )
    make_entry(MONDAY, "Kiểm tra liên ngành", chair_text="Trưởng đoàn kiểm tra liên ngành")

    page = get_page(client, week_url("2025-W48"))

    assert "<dd>Nguyễn Văn Minh, Giám đốc Sở</dd>" in page
    assert "<dd>Trưởng đoàn kiểm tra liên ngành</dd>" in page
    for text in ("Thanh tra Sở; Văn phòng Sở", "Phòng tiếp công dân", "Mang theo hồ sơ"):
        assert f"<dd>{text}</dd>" in page


def test_unpublished_entries_never_appear(client):
    make_entry(MONDAY, "Lịch dự kiến chưa duyệt", is_published=False)
    make_entry(timezone.localdate(), "Bản nháp tuần này", is_published=False)

    assert "Lịch dự kiến chưa duyệt" not in get_page(client, week_url("2025-W48"))
    page = get_page(client, URL)
    assert "Bản nháp tuần này" not in page
    assert "Chưa có lịch công tác được công bố cho tuần này." in page


def test_entries_outside_the_week_are_not_shown(client):
    make_entry(MONDAY - timedelta(days=1), "Chủ nhật tuần trước")
    make_entry(MONDAY + timedelta(days=7), "Thứ hai tuần sau")
    make_entry(MONDAY + timedelta(days=6), "Chủ nhật trong tuần")

    page = get_page(client, week_url("2025-W48"))

    assert "Chủ nhật trong tuần" in page
    assert "Chủ nhật tuần trước" not in page
    assert "Thứ hai tuần sau" not in page


def test_week_navigation_links_to_previous_and_next_weeks(client):
    page = get_page(client, week_url("2025-W48"))

    assert f'href="{URL}?tuan=2025-W47" rel="nofollow">' in page
    assert f'href="{URL}?tuan=2025-W49" rel="nofollow">' in page
    assert f'<a href="{URL}">Tuần này</a>' in page
    for label in ("Tuần trước", "Tuần sau", "Tuần này"):
        assert label in page


def test_week_navigation_crosses_the_year_boundary(client):
    make_entry(date(2027, 1, 3), "Chủ nhật đầu năm")

    last = get_page(client, week_url("2026-W53"))
    first = get_page(client, week_url("2027-W01"))

    assert f"{URL}?tuan=2027-W01" in last
    assert "Chủ nhật, 03/01/2027" in last and "Chủ nhật đầu năm" in last
    assert "Thứ hai, 28/12/2026" in last
    assert f"{URL}?tuan=2026-W53" in first
    assert "Thứ hai, 04/01/2027" in first


def test_a_past_week_has_its_own_canonical_address(client):
    page = get_page(client, week_url("2025-W48"))

    assert 'rel="canonical" href="http://testserver/lich-cong-tac/?tuan=2025-W48"' in page


@pytest.mark.parametrize(
    "value",
    ["abc", "2026-W54", "2025-W53", "2026-W00", "99999-W01", "1900-W01", "2026-W4８",
     "<script>", "2026-W48'--", "%00", "2026-W" + "9" * 500],
)  # fmt: skip
def test_bad_week_values_fall_back_to_this_week_with_a_message(client, value):
    response = client.get(URL, {"tuan": value})

    page = response.content.decode()
    assert response.status_code == 200
    assert "đang hiển thị lịch công tác tuần này" in page
    assert '<meta name="robots" content="noindex">' in page
    assert f"Tuần {Week.containing(timezone.localdate()).number} năm" in page
    assert "<script>" not in page.split("<main", 1)[1]


def test_schedule_queries_do_not_grow_with_entries(client):
    leader = make_leader()
    for n in range(2):
        make_entry(MONDAY + timedelta(days=n), leader=leader)
    few = queries_of(client, week_url("2025-W48"))
    for n in range(10):
        make_entry(MONDAY + timedelta(days=n % 7), leader=make_leader())

    assert queries_of(client, week_url("2025-W48")) == few


# Rules the database keeps too


def test_an_entry_has_one_chair_only():
    leader = make_leader()
    entry = ScheduleEntry(date=MONDAY, content="Họp", leader=leader, chair_text="Người khác")
    with pytest.raises(ValidationError):
        entry.full_clean()
    with pytest.raises(IntegrityError):
        entry.save()


def test_an_entry_cannot_end_before_it_starts():
    entry = ScheduleEntry(date=MONDAY, content="Họp", start_time=time(14), end_time=time(9))
    with pytest.raises(ValidationError):
        entry.full_clean()
    with pytest.raises(IntegrityError):
        entry.save()


def test_entry_links_to_its_week():
    assert make_entry(date(2027, 1, 2)).get_absolute_url() == f"{URL}?tuan=2026-W53"

"""ISO weeks as `?tuan=` names them, across year boundaries."""

from datetime import date

import pytest

from organization.weeks import Week


def test_week_of_a_day_starts_on_monday():
    week = Week.containing(date(2026, 11, 26))  # a Thursday

    assert week.monday == date(2026, 11, 23)
    assert week.sunday == date(2026, 11, 29)
    assert week.iso == "2026-W48"
    assert len(week.days) == 7


def test_parse_names_the_same_week():
    assert Week.parse("2026-W48") == Week(date(2026, 11, 23))
    assert Week.parse(" 2026-w48 ") == Week(date(2026, 11, 23))
    assert Week.parse("2026-W5").iso == "2026-W05"


def test_week_53_leads_into_week_1_of_the_next_year():
    last = Week.parse("2026-W53")

    assert last.monday == date(2026, 12, 28)
    assert last.sunday == date(2027, 1, 3)
    assert last.next.iso == "2027-W01"
    assert Week.parse("2027-W01").previous.iso == "2026-W53"


def test_first_iso_week_may_start_in_the_previous_calendar_year():
    week = Week.containing(date(2025, 12, 31))

    assert week.iso == "2026-W01"
    assert week.previous.iso == "2025-W52"


@pytest.mark.parametrize(
    "text",
    ["", "2026", "2026-48", "2026-W00", "2026-W54", "2025-W53", "1999-W10", "2101-W01",
     "W48-2026", "2026-W48x", "２０２６-W48", "9999-W52", "0000-W01"],
)  # fmt: skip
def test_parse_refuses_what_names_no_week(text):
    assert Week.parse(text) is None


def test_calendar_ends_are_bounded():
    assert Week.parse("2000-W01").previous is None
    assert Week.parse("2100-W53") is None  # 2100 has 52 ISO weeks
    assert Week.parse("2100-W52").next is None

"""ISO weeks (Monday to Sunday) as the work schedule shows them: `?tuan=2026-W48`."""

import re
from dataclasses import dataclass
from datetime import date, timedelta

WEEK_PATTERN = re.compile(r"^([0-9]{4})-W([0-9]{1,2})$", re.IGNORECASE)
# A bounded calendar: crawlers following "next week" links stop somewhere.
MIN_YEAR, MAX_YEAR = 2000, 2100


@dataclass(frozen=True)
class Week:
    monday: date

    @classmethod
    def containing(cls, day):
        return cls(day - timedelta(days=day.weekday()))

    @classmethod
    def parse(cls, text):
        """The week named "2026-W48", or None when the text names no week we show."""
        match = WEEK_PATTERN.match((text or "").strip())
        if not match:
            return None
        year, number = int(match[1]), int(match[2])
        if not MIN_YEAR <= year <= MAX_YEAR:
            return None
        try:
            # Raises for week 0, week 54 and week 53 of a year that has only 52.
            return cls(date.fromisocalendar(year, number, 1))
        except ValueError:
            return None

    @property
    def year(self):
        return self.monday.isocalendar().year

    @property
    def number(self):
        return self.monday.isocalendar().week

    @property
    def iso(self):
        return f"{self.year}-W{self.number:02d}"

    @property
    def sunday(self):
        return self.monday + timedelta(days=6)

    @property
    def days(self):
        return [self.monday + timedelta(days=n) for n in range(7)]

    @property
    def in_range(self):
        return MIN_YEAR <= self.year <= MAX_YEAR

    @property
    def previous(self):
        week = Week(self.monday - timedelta(days=7))
        return week if week.in_range else None

    @property
    def next(self):
        week = Week(self.monday + timedelta(days=7))
        return week if week.in_range else None

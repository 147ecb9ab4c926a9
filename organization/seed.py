"""Demo data for the organisation pages (called once by `manage.py seed_demo`).

Idempotent: rows are looked up by name (schedule entries by day and content) and only
missing ones are created; nothing existing is changed.
"""

import colorsys
import io
from datetime import time, timedelta

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from PIL import Image, ImageDraw

from portal.images import normalize, refresh_renditions

from . import demo_data
from .models import (
    AboutPage,
    Department,
    EnglishPage,
    EnglishSettings,
    Leader,
    ScheduleEntry,
    WebLink,
)
from .weeks import Week

SESSIONS = {
    "morning": ScheduleEntry.Session.MORNING,
    "afternoon": ScheduleEntry.Session.AFTERNOON,
    "evening": ScheduleEntry.Session.EVENING,
    "all_day": ScheduleEntry.Session.ALL_DAY,
}


def seed(out):
    with transaction.atomic():
        _pages(AboutPage, demo_data.ABOUT_PAGES)
        leaders = _leaders()
        _departments()
        created = _schedule(leaders)
        _web_links()
        _english()
    out.write(
        f"Giới thiệu: {AboutPage.objects.count()} trang, {Leader.objects.count()} lãnh đạo, "
        f"{Department.objects.count()} đơn vị; lịch công tác mới: {created}; "
        f"liên kết website: {WebLink.objects.count()}; trang tiếng Anh: "
        f"{EnglishPage.objects.count()}."
    )


def portrait(hue, size=(600, 800)):
    """JPEG bytes of a neutral placeholder portrait: a head-and-shoulders silhouette."""
    width, height = size

    def rgb(lightness, saturation=0.35, shift=0):
        r, g, b = colorsys.hls_to_rgb(((hue + shift) % 360) / 360, lightness, saturation)
        return int(r * 255), int(g * 255), int(b * 255)

    image = Image.new("RGB", size)
    draw = ImageDraw.Draw(image)
    for y in range(height):
        draw.line([(0, y), (width, y)], fill=rgb(0.88 - 0.18 * y / height))
    cx = width // 2
    draw.ellipse([cx - 300, height * 0.62, cx + 300, height * 1.35], fill=rgb(0.3, 0.3, 180))
    draw.polygon(
        [(cx - 70, height * 0.62), (cx, height * 0.78), (cx + 70, height * 0.62)], fill="white"
    )
    draw.rectangle([cx - 45, height * 0.48, cx + 45, height * 0.64], fill=(214, 178, 150))
    draw.ellipse([cx - 120, height * 0.17, cx + 120, height * 0.54], fill=(226, 190, 160))
    draw.chord([cx - 128, height * 0.13, cx + 128, height * 0.42], 180, 360, fill=(45, 38, 34))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=85)
    return buffer.getvalue()


def _pages(model, rows):
    for position, data in enumerate(rows, start=1):
        if not model.objects.filter(title=data["title"]).exists():
            model.objects.create(position=position, **data)


def _leaders():
    leaders = {}
    for position, data in enumerate(demo_data.LEADERS, start=1):
        fields = {k: v for k, v in data.items() if k not in ("key", "hue")}
        leader = Leader.objects.filter(full_name=data["full_name"]).first()
        if leader is None:
            leader = Leader(position=position, **fields)
            photo, _width, _height = normalize(ContentFile(portrait(data["hue"]), "anh.jpg"))
            leader.photo.save(photo.name, photo, save=False)
            leader.save()
            refresh_renditions(leader, "photo", "photo_renditions")
        leaders[data["key"]] = leader
    return leaders


def _departments():
    for position, data in enumerate(demo_data.DEPARTMENTS, start=1):
        if Department.objects.filter(name=data["name"]).exists():
            continue
        kind = data.get("kind", Department.Kind.DIVISION)
        Department.objects.create(
            name=data["name"],
            kind=kind,
            functions=data["functions"],
            head_name=data["head_name"],
            address=demo_data.OFFICE_ADDRESS if kind == Department.Kind.DIVISION else "",
            phone=f"{demo_data.SWITCHBOARD} (máy lẻ {data['ext']})",
            email=data.get("email", ""),
            position=position,
        )


def _clock(text):
    return time.fromisoformat(text) if text else None


def _schedule(leaders):
    """Entries for this week and the next, whichever week the command runs in."""
    monday = Week.containing(timezone.localdate()).monday
    created = 0
    for row in demo_data.SCHEDULE:
        week, weekday, session, start, end, content, leader, chair, people, place, note, pub = row
        day = monday + timedelta(days=7 * week + weekday)
        _entry, was_created = ScheduleEntry.objects.get_or_create(
            date=day,
            content=content,
            defaults={
                "session": SESSIONS[session],
                "start_time": _clock(start),
                "end_time": _clock(end),
                "leader": leaders.get(leader),
                "chair_text": chair,
                "participants": people,
                "location": place,
                "notes": note,
                "is_published": pub,
            },
        )
        created += was_created
    return created


def _web_links():
    for position, (name, url, group, active) in enumerate(demo_data.WEB_LINKS, start=1):
        WebLink.objects.get_or_create(
            url=url,
            defaults={"name": name, "group": group, "position": position, "is_active": active},
        )


def _english():
    if not EnglishSettings.objects.exists():
        EnglishSettings.objects.create(**demo_data.ENGLISH_SETTINGS)
    _pages(EnglishPage, demo_data.ENGLISH_PAGES)

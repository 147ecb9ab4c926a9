"""Small makers for the organisation tests; each row is valid and public unless told."""

import io
import itertools

from django.core.files.base import ContentFile
from PIL import Image

from organization.models import (
    AboutPage,
    Department,
    EnglishPage,
    EnglishSettings,
    Leader,
    ScheduleEntry,
    WebLink,
)
from portal.images import normalize, refresh_renditions

_counter = itertools.count(1)


def make_about_page(title=None, **kwargs):
    n = next(_counter)
    kwargs.setdefault("body", f"<p>Nội dung trang giới thiệu số {n}.</p>")
    return AboutPage.objects.create(title=title or f"Trang giới thiệu {n}", **kwargs)


def make_leader(full_name=None, *, photo=False, **kwargs):
    n = next(_counter)
    kwargs.setdefault("title", "Phó Giám đốc Sở")
    leader = Leader.objects.create(full_name=full_name or f"Lãnh đạo số {n}", **kwargs)
    if photo:
        buffer = io.BytesIO()
        Image.new("RGB", (300, 400), (11, 74, 139)).save(buffer, "JPEG")
        content, _w, _h = normalize(ContentFile(buffer.getvalue(), name="anh.jpg"))
        leader.photo.save(content.name, content)
        refresh_renditions(leader, "photo", "photo_renditions")
    return leader


def make_department(name=None, **kwargs):
    n = next(_counter)
    return Department.objects.create(name=name or f"Phòng chuyên môn số {n}", **kwargs)


def make_entry(date, content=None, *, is_published=True, **kwargs):
    n = next(_counter)
    return ScheduleEntry.objects.create(
        date=date, content=content or f"Công việc số {n}", is_published=is_published, **kwargs
    )


def make_link(name=None, url=None, **kwargs):
    n = next(_counter)
    return WebLink.objects.create(
        name=name or f"Trang liên kết {n}", url=url or f"https://co-quan-{n}.gov.vn/", **kwargs
    )


def make_english_page(title=None, **kwargs):
    n = next(_counter)
    kwargs.setdefault("body", f"<p>Text of English page {n}.</p>")
    return EnglishPage.objects.create(title=title or f"English page {n}", **kwargs)


def make_english_settings(**kwargs):
    defaults = {
        "department_name": "Department of Labour, War Invalids and Social Affairs",
        "address": "Le Hong Phong Street, Ninh Binh",
        "phone": "+84 229 3871 230",
        "email": "contact@example.gov.vn",
    }
    return EnglishSettings.objects.create(**{**defaults, **kwargs})

"""Vietnamese text helpers: slugs, accent folding, dates and numbers as officials write them."""

import unicodedata
from datetime import date, datetime
from decimal import Decimal

from django.utils import timezone
from django.utils.text import slugify

WEEKDAYS = ("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật")


def fold(text):
    """Lower-case text without diacritics; đ/Đ become d (NFKD does not decompose them)."""
    text = (text or "").replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


def slugify_vi(text, max_length=200):
    """ASCII slug for Vietnamese text: "Đường đến trường" -> "duong-den-truong"."""
    # Document numbers such as "43/2023/NQ-HĐND" keep their parts apart: 43-2023-nq-hdnd.
    slug = slugify(fold(text).replace("/", " "))
    return slug[:max_length].strip("-")


def unique_slug(text, queryset, *, slug_field="slug", max_length=200, exclude_pk=None, reserved=()):
    """A slug from text that no row of queryset uses yet, adding -2, -3... on collision.

    `reserved` slugs (paths the site itself uses) count as taken.
    """
    base = slugify_vi(text, max_length=max_length - 6) or "bai-viet"
    taken = queryset.filter(**{f"{slug_field}__startswith": base})
    if exclude_pk is not None:
        taken = taken.exclude(pk=exclude_pk)
    used = set(taken.values_list(slug_field, flat=True)) | set(reserved)
    if base not in used:
        return base
    n = 2
    while f"{base}-{n}" in used:
        n += 1
    return f"{base}-{n}"


def vi_date(value, with_weekday=True):
    """ "Thứ năm, 21/12/2023" in the site's time zone."""
    if value is None or value == "":
        return ""
    if isinstance(value, datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value)
        value = value.date()
    if not isinstance(value, date):
        return ""
    text = value.strftime("%d/%m/%Y")
    return f"{WEEKDAYS[value.weekday()]}, {text}" if with_weekday else text


def vi_number(value, decimals=None):
    """ "34.960", "1,86": dots group thousands, a comma marks decimals."""
    if value is None or value == "":
        return ""
    number = Decimal(str(value))
    if decimals is None:
        decimals = max(0, -number.as_tuple().exponent) if number % 1 else 0
    text = f"{number:,.{decimals}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")

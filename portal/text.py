"""Vietnamese text helpers: slugs, accent folding, dates and numbers as officials write them."""

import unicodedata
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

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
    # Half-up, as officials round by hand (Python's default would give 0,12 for 0,125).
    number = number.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    text = f"{number:,.{decimals}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


class NumberFormatError(ValueError):
    """A number typed the way no Vietnamese spreadsheet writes it; the message is Vietnamese."""


def parse_vi_number(text):
    """Read a number as officials type it: "1.234" (thousands), "41,1", "1.234,5", "1234.5".

    Dots group thousands and a comma marks decimals; a lone dot followed by other than three
    digits ("1234.5", "0.5") is read as a decimal point, as spreadsheets export it.
    Returns a Decimal, or None for an empty cell. Raises NumberFormatError.
    """
    if text is None:
        return None
    if isinstance(text, (int, Decimal)):
        return Decimal(text)
    if isinstance(text, float):
        return Decimal(str(text))
    raw = str(text).strip().replace("\u00a0", "").replace(" ", "")
    if raw == "":
        return None
    if raw.startswith("-"):
        raise NumberFormatError("Số liệu không được âm.")
    raw = raw.lstrip("+")
    if not raw or any(ch not in "0123456789.," for ch in raw) or not any(c.isdigit() for c in raw):
        raise NumberFormatError(f"“{text}” không phải là một số.")
    if raw.count(",") > 1:
        raise NumberFormatError(f"“{text}” có nhiều hơn một dấu thập phân (dấu phẩy).")
    if "," in raw:
        whole, _, fraction = raw.partition(",")
        if "." in fraction:
            raise NumberFormatError(f"“{text}”: dấu chấm phân nhóm hàng nghìn phải đứng trước.")
        whole = _ungroup(whole, text)
    elif raw.count(".") == 1 and (
        len(raw.partition(".")[2]) != 3 or raw.partition(".")[0] in ("", "0")
    ):
        whole, _, fraction = raw.partition(".")
    else:
        whole, fraction = _ungroup(raw, text), ""
    if fraction and not fraction.isdigit():
        raise NumberFormatError(f"“{text}” không phải là một số.")
    return Decimal(f"{whole or '0'}.{fraction or '0'}").normalize() + Decimal(0)


def _ungroup(whole, original):
    if "." not in whole:
        return whole
    groups = whole.split(".")
    if not groups[0] or len(groups[0]) > 3 or any(len(g) != 3 for g in groups[1:]):
        raise NumberFormatError(f"“{original}”: các nhóm hàng nghìn phải có đủ 3 chữ số.")
    return "".join(groups)


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value):
    """Text for a CSV/XLSX cell that Excel will not run as a formula ("=HYPERLINK(…)"):
    such text gets a leading apostrophe, as OWASP advises against CSV injection."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value

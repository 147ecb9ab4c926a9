from django import template
from django.core.files.storage import default_storage
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from portal import text

register = template.Library()


@register.filter
def vi_date(value):
    """{{ article.published_at|vi_date }} -> "Thứ năm, 21/12/2023"."""
    return text.vi_date(value)


@register.filter
def vi_short_date(value):
    return text.vi_date(value, with_weekday=False)


@register.filter
def vi_number(value, decimals=None):
    return text.vi_number(value, None if decimals in (None, "") else int(decimals))


@register.simple_tag
def responsive_image(renditions, alt, sizes="100vw", css_class="", eager=False):
    """A <picture> with WebP and JPEG srcsets from renditions made at upload."""
    if not renditions:
        return ""
    widest = renditions[-1]

    def srcset(key):
        return ", ".join(f"{default_storage.url(r[key])} {r['width']}w" for r in renditions)

    return format_html(
        '<picture><source type="image/webp" srcset="{}" sizes="{}">'
        '<img src="{}" srcset="{}" sizes="{}" width="{}" height="{}" alt="{}"{}{}></picture>',
        srcset("webp"),
        sizes,
        default_storage.url(widest["jpeg"]),
        srcset("jpeg"),
        sizes,
        widest["width"],
        widest["height"],
        alt,
        format_html(' class="{}"', css_class) if css_class else "",
        mark_safe(EAGER if eager else LAZY),
    )


EAGER = ' fetchpriority="high"'
LAZY = ' loading="lazy" decoding="async"'


@register.simple_tag(takes_context=True)
def absolute_url(context, path):
    request = context.get("request")
    return request.build_absolute_uri(path) if request else path


@register.filter
def iso_datetime(value):
    """Machine-readable time for <time datetime>: seconds precision, local offset."""
    if not value:
        return ""
    return timezone.localtime(value).isoformat(timespec="seconds")

import re
from html import escape, unescape
from urllib.parse import unquote

from django import template
from django.conf import settings
from django.core.files.storage import FileSystemStorage, default_storage
from django.utils import timezone
from django.utils.encoding import filepath_to_uri
from django.utils.functional import empty
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from portal import chrome, text, visits
from portal.images import stored_renditions, stored_size
from portal.memo import memo

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


# What each image slot measures, from static/css/site.css: the container pads 1rem a side,
# boxes (.article, .home-section) 1rem, .article 2rem from 48em; .article is at most 50rem
# wide, .article--wide 64rem, the container 72rem. A phone (412 px, DPR 2.6) then asks for
# the rendition its slot needs rather than the widest one.
SIZES = {
    "article": "(min-width: 52em) 46rem, (min-width: 48em) calc(100vw - 6rem), calc(100vw - 4rem)",
    "article-side": "(min-width: 52em) 23rem, (min-width: 48em) calc(50vw - 3rem), "
    "calc(50vw - 2rem)",
    "wide": "(min-width: 66em) 60rem, (min-width: 48em) calc(100vw - 6rem), calc(100vw - 4rem)",
    "wide-side": "(min-width: 66em) 30rem, (min-width: 48em) calc(50vw - 3rem), calc(50vw - 2rem)",
    "home-lead": "(min-width: 72em) 40.2rem, (min-width: 60em) calc(60vw - 3rem), "
    "calc(100vw - 4rem)",
    "home-card": "(min-width: 48em) 12rem, calc(100vw - 4rem)",
    "list-card": "(min-width: 48em) 14rem, calc(100vw - 4rem)",
    "exemplar": "(min-width: 66em) 20rem, (min-width: 48em) calc(34vw - 2.6rem), "
    "calc(100vw - 4rem)",
    "leader": "(min-width: 48em) 10rem, 7rem",
}
# The main image of a page loads first; the others when the reader scrolls near them.
EAGER = ' fetchpriority="high"'
LAZY = ' loading="lazy" decoding="async"'


def media_url(name):
    """default_storage.url(name); for the local file storage without urljoin() on each call
    (a list page asks for about a hundred image URLs), nor the lazy storage's proxy, nor
    quoting a name that needs none."""
    storage = default_storage._wrapped
    if storage is empty:
        default_storage._setup()
        storage = default_storage._wrapped
    if isinstance(storage, FileSystemStorage) and not _UNUSUAL_NAME.search(name):
        return storage.base_url + (name if _PLAIN_NAME.fullmatch(name) else filepath_to_uri(name))
    return storage.url(name)


_UNUSUAL_NAME = re.compile(r"^/|:|\.\.|\\")
_PLAIN_NAME = re.compile(r"[A-Za-z0-9_./-]*")  # filepath_to_uri() leaves these as they are


def picture(renditions, *, alt, sizes, eager=False, css_class="", src=None):
    """A <picture> with WebP and JPEG srcsets; `sizes` is a key of SIZES or a sizes value.
    Written with f-strings: format_html() per image cost more than the rest of a card."""
    sizes = escape(SIZES.get(sizes, sizes))
    widest = renditions[-1]

    def srcset(key):
        return escape(", ".join(f"{media_url(r[key])} {r['width']}w" for r in renditions))

    src = escape(src or media_url(widest["jpeg"]))
    css = f' class="{escape(css_class)}"' if css_class else ""
    loading = EAGER if eager else LAZY
    return mark_safe(  # noqa: S308 - every value is escaped above
        f'<picture><source type="image/webp" srcset="{srcset("webp")}" sizes="{sizes}">'
        f'<img src="{src}" srcset="{srcset("jpeg")}" sizes="{sizes}" '
        f'width="{escape(str(widest["width"]))}" height="{escape(str(widest["height"]))}" '
        f'alt="{escape(alt)}"{css}{loading}></picture>'
    )


@register.simple_tag
def responsive_image(renditions, alt, sizes="100vw", css_class="", eager=False):
    """A <picture> from the renditions made at upload (see `picture`)."""
    if not renditions:
        return ""
    return picture(renditions, alt=alt, sizes=sizes, eager=eager, css_class=css_class)


# Sanitised rich text (portal/richtext.py): nh3 writes every attribute as name="value".
BODY_IMAGE = re.compile(r"(<figure\b[^>]*>\s*)?<img\b([^>]*)>")
ATTRIBUTE = re.compile(r'([\w:-]+)="([^"]*)"')


@register.simple_tag
def rich_text(html, layout="article", eager_first=False):
    """Stored rich text with its images made responsive at render time: the renditions
    made at upload as a srcset, width and height (no layout shift), lazy loading except for
    the first image when it is the page's main one (`eager_first`). `layout` is the box the
    text sits in: "article" or "wide" (SIZES)."""
    if not html or "<img" not in html:
        return mark_safe(html or "")
    count = 0

    def replace(match):
        nonlocal count
        count += 1
        figure, attributes = match.group(1) or "", dict(ATTRIBUTE.findall(match.group(2)))
        side = "image-style-side" in figure
        return figure + body_image(
            {k: unescape(v) for k, v in attributes.items()},
            sizes=f"{layout}-side" if side else layout,
            eager=eager_first and count == 1,
        )

    return mark_safe(BODY_IMAGE.sub(replace, html))


def body_image(attributes, *, sizes, eager):
    src, alt = attributes.get("src", ""), attributes.get("alt", "")
    if not src.startswith("/") or src.startswith("//"):
        return ""  # the sanitiser keeps only this site's images; anything else is not ours
    name = _media_name(src)
    renditions = stored_renditions(name) if name else []
    if renditions:
        return picture(renditions, alt=alt, sizes=sizes, eager=eager, src=src)
    width, height = attributes.get("width", ""), attributes.get("height", "")
    if name and not (width.isdigit() and height.isdigit()):
        width, height = stored_size(name)
    size = format_html(' width="{}" height="{}"', width, height) if width and height else ""
    return format_html(
        '<img src="{}" alt="{}"{}{}>', src, alt, size, mark_safe(EAGER if eager else LAZY)
    )


def _media_name(src):
    """The storage name of an uploaded image's URL, or None for any other URL."""
    prefix = settings.MEDIA_URL
    if not src.startswith(prefix) or "?" in src or "#" in src:
        return None
    return unquote(src[len(prefix) :]) or None


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


class MemoNode(template.Node):
    def __init__(self, nodelist, vary):
        self.nodelist = nodelist
        self.vary = vary

    def render(self, context):
        name = "fragment:" + "|".join(str(value.resolve(context)) for value in self.vary)
        # Rendered as plain text: every variable inside was escaped when it was rendered.
        return mark_safe(memo(name, lambda: str(self.nodelist.render(context))))  # noqa: S308


@register.tag("memo")
def memo_block(parser, token):
    """{% memo "footer" chrome_lang %}…{% endmemo %}: the block as rendered earlier in this
    content generation (portal/memo.py) for the same name and values. Only for markup that
    depends on nothing but published content and those values (never a CSRF token, the
    visitor, the path or the counters)."""
    bits = token.split_contents()[1:]
    if not bits:
        raise template.TemplateSyntaxError("{% memo %} needs a name")
    nodelist = parser.parse(("endmemo",))
    parser.delete_first_token()
    return MemoNode(nodelist, [parser.compile_filter(bit) for bit in bits])


@register.simple_tag(takes_context=True)
def site_header(context):
    """The header of every public page (portal.chrome, written in Python)."""
    return mark_safe(chrome.site_header(context))  # noqa: S308 - escaped value by value


@register.simple_tag(takes_context=True)
def visit_stats(context):
    """The footer's counters (portal.visits.stats_html, also used by the page cache)."""
    return mark_safe(visits.stats_html(context["site"], context.get("visit_stats")))  # noqa: S308

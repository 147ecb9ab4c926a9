"""The site header, written in Python: it is on every public page, and through the template
engine its loops (reading aids, sections, categories) cost as much as an article's own text.

Reads what the context processors put in the context (portal.context_processors.site,
articles.context_processors.navigation) and the request; every value is escaped here.
"""

from html import escape
from urllib.parse import quote

from django.templatetags.static import static

from .urlcache import reverse


def _attr(value):
    return escape(str(value), quote=True)


def _reading_aids(context):
    url = _attr(context["reading_url"])
    back = _attr(quote(context["reading_back"], safe="/"))
    items = []
    for size in context["reading_sizes"]:
        value, label = _attr(size["value"]), _attr(size["label"])
        current = ' aria-current="true"' if size["current"] else ""
        items.append(
            f'<li><a class="reading-aids__size reading-aids__size--{value}" '
            f'href="{url}?co-chu={value}&amp;next={back}" rel="nofollow" data-reading="co_chu" '
            f'data-value="{value}" title="{label}"{current}><span aria-hidden="true">A</span>'
            f'<span class="visually-hidden">{label}</span></a></li>'
        )
    contrast = context["reading_contrast"]
    on = contrast["on"]
    state = ": đang bật, chọn để tắt" if on else ": đang tắt, chọn để bật"
    pressed = ' aria-current="true"' if on else ""
    return (
        '      <ul class="reading-aids" aria-label="Hỗ trợ đọc">\n        '
        + "".join(items)
        + f'\n        <li><a class="reading-aids__contrast" href="{url}?tuong-phan='
        f'{_attr(contrast["value"])}&amp;next={back}" rel="nofollow" data-reading="tuong_phan" '
        f'data-value="{_attr(contrast["value"])}"{pressed}>'
        f'Tương phản cao<span class="visually-hidden">{state}</span></a></li>\n      </ul>\n'
    )


def _search_value(request):
    match = getattr(request, "resolver_match", None)
    if match is None or match.url_name != "search":
        return ""
    return _attr(request.GET.get("q", "")[:200])


def _brand(site):
    logo = site.logo.url if site.logo else static("img/emblem.svg")
    parent = (
        f'        <span class="brand__parent">{_attr(site.parent_body)}</span>\n'
        if site.parent_body
        else ""
    )
    return (
        f'    <a class="brand__link" href="{reverse("portal:home")}">\n'
        f'      <img class="brand__logo" src="{_attr(logo)}" alt="" width="64" height="64">\n'
        '      <span class="brand__text">\n'
        f"{parent}"
        f'        <span class="brand__name">{_attr(site.department_name)}</span>\n'
        "      </span>\n    </a>\n"
    )


def _navigation(context, request, site):
    home = reverse("portal:home")
    here = ' aria-current="page"' if request.path == "/" else ""
    items = [f'<li><a href="{home}"{here}>Trang chủ</a></li>']
    for section in context.get("nav_sections", ()):
        current = f' aria-current="{_attr(section["current"])}"' if section["current"] else ""
        items.append(
            f'<li><a href="{_attr(section["url"])}"{current}>{_attr(section["label"])}</a></li>'
        )
    current_category = context.get("current_category")
    current_pk = getattr(current_category, "pk", None)
    for category in context.get("nav_categories", ()):
        current = (
            ' aria-current="page"' if current_pk is not None and current_pk == category.pk else ""
        )
        items.append(
            f'<li><a href="{_attr(category.get_absolute_url())}"{current}>'
            f"{_attr(category.name)}</a></li>"
        )
    if site.one_stop_url:
        items.append(
            f'<li class="site-nav__external"><a href="{_attr(site.one_stop_url)}" rel="noopener">'
            f'{_attr(site.one_stop_label)}<span class="visually-hidden"> (trang ngoài)</span>'
            "</a></li>"
        )
    return "\n          ".join(items)


def site_header(context):
    request = context["request"]
    site = context["site"]
    lang = context.get("chrome_lang")
    welcome = (
        f'      <p class="topbar__welcome">{_attr(site.welcome_line)}</p>\n'
        if site.welcome_line
        else ""
    )
    lang = f' lang="{_attr(lang)}"' if lang else ""
    return (
        f'<header class="site-header"{lang}>\n'
        '  <div class="topbar">\n    <div class="container topbar__inner">\n'
        f'      <p class="topbar__date">{_attr(context["today_vi"])}</p>\n'
        f"{welcome}"
        f"{_reading_aids(context)}"
        "    </div>\n  </div>\n"
        '  <div class="container brand">\n'
        f'    <form class="site-search" method="get" action="{reverse("portal:search")}" '
        'role="search" aria-label="Tìm kiếm trên cổng">\n'
        '      <label for="site-search-q" class="visually-hidden">Tìm kiếm</label>\n'
        '      <input id="site-search-q" type="search" name="q" maxlength="200" '
        f'placeholder="Tìm tin, văn bản, thủ tục…" value="{_search_value(request)}">\n'
        '      <button type="submit" class="button">Tìm</button>\n    </form>\n'
        f"{_brand(site)}"
        "  </div>\n"
        '  <nav class="site-nav" aria-label="Điều hướng chính">\n    <div class="container">\n'
        '      <details class="site-nav__menu">\n'
        '        <summary class="site-nav__toggle">Danh mục</summary>\n'
        '        <ul class="site-nav__list">\n'
        f"          {_navigation(context, request, site)}\n"
        "        </ul>\n      </details>\n    </div>\n  </nav>\n</header>"
    )

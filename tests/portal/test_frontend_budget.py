"""Issue 9, front end: sized and lazy images, renditions chosen for the screen, nothing from
another origin, hashed and compressed static files, and a home page under 400 KB on a phone."""

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.template import Context, Template
from django.test import RequestFactory, override_settings
from whitenoise.middleware import WhiteNoiseMiddleware

from portal.demo_images import illustration
from portal.templatetags.portal_tags import SIZES
from tests.portal.frontend_factories import (
    PARAGRAPH,
    body_figure,
    make_home,
    make_programme,
    make_story,
)

# Every page fixture is picked by name (request.getfixturevalue); the mark sets the database
# up before any of them, whatever ran before.
pytestmark = pytest.mark.django_db

# A common Android phone, as the issue states it: 412 CSS px wide at a DPR of about 2.6.
PHONE_WIDTH, PHONE_DPR = 412, 2.625
BUDGET = 400 * 1024
ASSET_ATTRIBUTES = {"img": ("src", "srcset"), "source": ("srcset",), "script": ("src",)}
ASSET_LINKS = {"stylesheet", "icon", "preload", "modulepreload", "manifest"}


class Tags(HTMLParser):
    """Every start tag of a page as (name, attributes)."""

    def __init__(self, html):
        super().__init__()
        self.tags = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, {name: value or "" for name, value in attrs}))


def tags(html, name):
    return [attributes for tag, attributes in Tags(html).tags if tag == name]


def content_images(html):
    """The page's <img> elements after the header's logo, in document order."""
    return [img for img in tags(html, "img") if "brand__logo" not in img.get("class", "")]


def candidates(srcset):
    """[(width, url)] of a srcset with width descriptors."""
    pairs = [entry.strip().rsplit(" ", 1) for entry in srcset.split(",")]
    return sorted((int(descriptor.rstrip("w")), url) for url, descriptor in pairs)


@pytest.fixture
def home(client, db):
    make_home()
    return client.get("/").content.decode()


@pytest.fixture
def story(client, db):
    return client.get(make_story().get_absolute_url()).content.decode()


@pytest.fixture
def programme(client, db):
    return client.get(make_programme().get_absolute_url()).content.decode()


@pytest.fixture(params=["home", "story", "programme"])
def any_page(request):
    return request.getfixturevalue(request.param)


@pytest.fixture(params=["home", "story"])
def page_with_main_image(request):
    return request.getfixturevalue(request.param)


def test_every_image_states_its_width_and_height(any_page):
    for img in tags(any_page, "img"):
        assert img.get("width", "").isdigit() and img.get("height", "").isdigit(), img


def test_main_image_loads_first_and_every_later_image_lazily(page_with_main_image):
    main, *others = content_images(page_with_main_image)
    assert "loading" not in main and main.get("fetchpriority") == "high"
    assert others
    for img in others:
        assert img.get("loading") == "lazy" and img.get("decoding") == "async", img


def test_main_image_offers_renditions_and_the_slot_it_fills(page_with_main_image):
    main = content_images(page_with_main_image)[0]
    assert len(candidates(main["srcset"])) >= 2
    assert main["sizes"] in SIZES.values()
    webp = tags(page_with_main_image, "source")[0]
    assert webp["type"] == "image/webp" and webp["sizes"] == main["sizes"]


def test_figure_in_the_article_body_gets_renditions_sizes_and_lazy_loading(story):
    figure = content_images(story)[1]
    assert figure["src"].startswith(f"{settings.MEDIA_URL}editor/")
    assert len(candidates(figure["srcset"])) >= 2
    assert figure["sizes"] == SIZES["article"]
    assert figure["loading"] == "lazy"


def test_first_body_image_is_the_main_one_when_the_article_has_no_cover(client, db):
    article = make_story(cover=False, body=body_figure() + PARAGRAPH + body_figure())
    first, second = content_images(client.get(article.get_absolute_url()).content.decode())
    assert first.get("fetchpriority") == "high" and "loading" not in first
    assert second["loading"] == "lazy"


def test_side_figure_asks_for_half_the_column(client, db):
    body = body_figure(css_class="image image-style-side") + PARAGRAPH
    article = make_story(cover=False, body=body)
    (figure,) = content_images(client.get(article.get_absolute_url()).content.decode())
    assert figure["sizes"] == SIZES["article-side"]


def test_body_image_saved_before_renditions_gets_its_size_from_the_file(client, db):
    # An upload from before renditions existed, and an editor that sent no width/height.
    name = default_storage.save("editor/2023/05/cu.jpg", ContentFile(illustration(90, seed=3)))
    body = f'<figure class="image"><img src="{settings.MEDIA_URL}{name}" alt="Ảnh cũ"></figure>'
    article = make_story(body=body)
    _cover, figure = content_images(client.get(article.get_absolute_url()).content.decode())
    assert (figure["width"], figure["height"]) == ("1200", "800")
    assert "srcset" not in figure and figure["loading"] == "lazy"


def test_body_images_are_rebuilt_from_their_known_attributes_only(db):
    # Stored HTML is sanitised on save; the render step must not undo that if it ever is not.
    html = (
        '<p>a</p><img src="/media/x.jpg" alt="&quot; onerror=&quot;alert(1)" onload="x()">'
        '<img src="javascript:alert(1)" alt="b">'
    )
    out = Template("{% load portal_tags %}{% rich_text html %}").render(Context({"html": html}))
    assert "onload" not in out and 'onerror="' not in out
    assert 'alt="&quot; onerror=&quot;alert(1)"' in out
    assert "javascript" not in out and out.startswith("<p>a</p>")


def test_no_asset_on_the_page_comes_from_another_origin(any_page):
    urls = []
    for tag, attributes in Tags(any_page).tags:
        if tag == "link" and ASSET_LINKS & set(attributes.get("rel", "").split()):
            urls.append(attributes["href"])
        for name in ASSET_ATTRIBUTES.get(tag, ()):
            if name == "srcset" and attributes.get(name):
                urls += [url for _width, url in candidates(attributes[name])]
            elif attributes.get(name):
                urls.append(attributes[name])
    assert urls
    for url in urls:
        assert url.startswith("/") and not url.startswith("//"), url


def test_styles_use_the_system_fonts_and_fetch_nothing_more():
    # System fonts (Segoe UI, Roboto, Noto Sans, Helvetica Neue, Arial) all carry every
    # Vietnamese letter and cost no bytes; a web font would have to be self-hosted.
    for name in ("css/site.css", "css/error.css"):
        css = Path(finders.find(name)).read_text()
        assert "@font-face" not in css and "@import" not in css, name
        assert not re.search(r"url\(\s*['\"]?(\w+:)?//", css), name


def slot_width(sizes, viewport):
    """CSS px that a `sizes` value gives an image at this viewport width (the forms SIZES
    uses: `(min-width: Nem)` conditions; rem, vw and calc(vw - rem) lengths)."""
    for entry in sizes.split(","):
        condition = re.fullmatch(r"\s*\(min-width: ([\d.]+)em\) (.+)", entry)
        if condition and viewport < float(condition[1]) * 16:
            continue
        length = (condition[2] if condition else entry).strip()
        calc = re.fullmatch(r"calc\(([\d.]+)vw - ([\d.]+)rem\)", length)
        if calc:
            return float(calc[1]) * viewport / 100 - float(calc[2]) * 16
        unit = re.fullmatch(r"([\d.]+)(vw|rem)", length)
        assert unit, f"a length this test cannot read: {length}"
        return float(unit[1]) * (viewport / 100 if unit[2] == "vw" else 16)
    raise AssertionError(f"no size applies: {sizes}")


def chosen(srcset, sizes, *, viewport, dpr):
    """The candidate a browser takes: the narrowest at least as wide as the slot needs."""
    need = slot_width(sizes, viewport) * dpr
    options = candidates(srcset)
    return next(((w, url) for w, url in options if w >= need), options[-1])


def media_bytes(url):
    path = Path(settings.MEDIA_ROOT) / url.removeprefix(settings.MEDIA_URL)
    return path.stat().st_size


def static_bytes(url):
    return Path(finders.find(url.removeprefix(settings.STATIC_URL))).stat().st_size


def test_sizes_name_the_column_not_the_screen_on_a_phone(home, story):
    # 412 px less the page's and the box's padding (1rem a side each).
    for page in (home, story):
        main = content_images(page)[0]
        assert slot_width(main["sizes"], PHONE_WIDTH) == PHONE_WIDTH - 64


def test_phone_is_not_sent_the_widest_rendition_of_a_large_photo(client, db):
    article = make_story(cover=(2400, 1600), body=PARAGRAPH)
    cover = content_images(client.get(article.get_absolute_url()).content.decode())[0]
    widths = [w for w, _url in candidates(cover["srcset"])]
    width, _url = chosen(cover["srcset"], cover["sizes"], viewport=PHONE_WIDTH, dpr=PHONE_DPR)
    assert widths[-1] == 2400
    assert width < 2400 and width <= 1.35 * slot_width(cover["sizes"], PHONE_WIDTH) * PHONE_DPR


def test_home_page_first_load_on_a_phone_stays_under_400_kb(home):
    """An upper bound: HTML, CSS and JavaScript uncompressed, and every image of the page
    (lazy ones too) at the WebP rendition a 412-px phone at DPR 2.6 picks."""
    total = len(home.encode())
    for link in tags(home, "link"):
        if {"stylesheet", "icon"} & set(link.get("rel", "").split()):
            total += static_bytes(link["href"])
    total += sum(static_bytes(script["src"]) for script in tags(home, "script") if "src" in script)
    webp = iter(tags(home, "source"))
    for img in tags(home, "img"):
        if "srcset" not in img:
            total += static_bytes(img["src"])
            continue
        source = next(webp)
        _width, url = chosen(source["srcset"], img["sizes"], viewport=PHONE_WIDTH, dpr=PHONE_DPR)
        total += media_bytes(url)
    assert total < BUDGET, f"{total / 1024:.0f} KB"


@pytest.fixture(scope="module")
def production_static(tmp_path_factory):
    """The project's static files collected as production does: hashed names, gzip copies."""
    root = tmp_path_factory.mktemp("static")
    storages = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    with override_settings(
        STATIC_ROOT=root,
        STORAGES=storages,
        STATICFILES_FINDERS=["django.contrib.staticfiles.finders.FileSystemFinder"],
        WHITENOISE_USE_FINDERS=False,
        WHITENOISE_AUTOREFRESH=False,
    ):
        call_command("collectstatic", interactive=False, verbosity=0)
        yield root


def test_production_static_files_have_hashed_names_and_gzip_copies(production_static):
    from django.contrib.staticfiles.storage import staticfiles_storage

    for stem, extension in (("css/site", "css"), ("js/site", "js")):
        hashed = staticfiles_storage.stored_name(f"{stem}.{extension}")
        assert re.fullmatch(rf"{stem}\.[0-9a-f]{{12}}\.{extension}", hashed), hashed
        assert (production_static / f"{hashed}.gz").is_file()


def test_whitenoise_serves_hashed_files_compressed_and_cached_for_ever(production_static):
    from django.contrib.staticfiles.storage import staticfiles_storage

    whitenoise = WhiteNoiseMiddleware(get_response=lambda request: None)
    hashed = staticfiles_storage.url("css/site.css")
    response = whitenoise(RequestFactory().get(hashed, HTTP_ACCEPT_ENCODING="gzip, deflate, br"))
    assert response.status_code == 200
    assert response["Cache-Control"] == "max-age=315360000, public, immutable"
    assert response["Content-Encoding"] in {"gzip", "br"}
    assert "Accept-Encoding" in response["Vary"]
    plain = whitenoise(RequestFactory().get(f"{settings.STATIC_URL}css/site.css"))
    assert "immutable" not in plain["Cache-Control"]

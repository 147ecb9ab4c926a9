"""The home, article and programme pages of issue 9 (front-end budget), with real images.

Covers and in-body figures are the demo illustrations run through the upload pipeline at the
configured rendition widths, so what a page asks a phone to download is what the site serves.
"""

import itertools

from django.conf import settings
from django.core.files.base import ContentFile

from articles.services import article_refresh_cover
from portal.demo_images import illustration
from portal.images import normalize, save_upload
from programs.models import AdministrativeUnit
from tests.conftest import make_article, make_category
from tests.programs.factories import make_indicator, make_outcome, make_program, make_unit

_seed = itertools.count(1)
ALT = "Tranh minh họa: làng quê với những ngôi nhà mái ngói"
SUMMARY = "Sở tổng kết kết quả hỗ trợ hộ nghèo xây mới, sửa chữa nhà ở trong năm."
PARAGRAPH = (
    "<p>Năm 2023, toàn tỉnh hỗ trợ 495 hộ nghèo xây mới, sửa chữa nhà ở với tổng kinh phí "
    "hơn 41,1 tỷ đồng; tỷ lệ hộ nghèo giảm còn 1,86%.</p>"
)


def add_cover(article, size=(1200, 800)):
    n = next(_seed)
    image = illustration(n * 37, seed=n, size=size)
    content, _width, _height = normalize(ContentFile(image, name="a.jpg"))
    article.cover_alt = ALT
    article.cover.save(content.name, content, save=True)
    return article_refresh_cover(article=article)


def body_figure(*, css_class="image", with_size=True):
    """A figure as CKEditor 5 stores it after an upload through the editor."""
    n = next(_seed)
    name, width, height = save_upload(
        ContentFile(illustration(n * 53, seed=n), name="hinh.jpg"), "editor"
    )
    size = f' width="{width}" height="{height}"' if with_size else ""
    return (
        f'<figure class="{css_class}"><img src="{settings.MEDIA_URL}{name}" alt="{ALT}"{size}>'
        "<figcaption>Ảnh minh họa</figcaption></figure>"
    )


def make_story(*, cover=(1200, 800), body=None):
    """An article with a cover (of this size) and one figure in its body, as most have."""
    body = body if body is not None else PARAGRAPH * 3 + body_figure() + PARAGRAPH * 3
    article = make_article(
        make_category(), title="Tổng kết hỗ trợ nhà ở cho hộ nghèo", summary=SUMMARY, body=body
    )
    return add_cover(article, cover) if cover else article


def make_home():
    """A lead story, two more featured ones and three sections whose first item has a cover."""
    lead = add_cover(make_article(make_category(), is_featured=True, summary=SUMMARY))
    for _ in range(2):
        make_article(make_category(), is_featured=True, summary=SUMMARY)
    for _ in range(3):
        category = make_category()
        add_cover(make_article(category, summary=SUMMARY, body=PARAGRAPH))
        make_article(category, summary=SUMMARY)
    return lead


def make_programme():
    """A programme with approved values for three districts over three years (SVG charts)."""
    program = make_program("Hỗ trợ nhà ở cho hộ nghèo", summary=SUMMARY)
    province = make_unit("Tỉnh Ninh Bình", level=AdministrativeUnit.Level.PROVINCE)
    districts = [make_unit(f"Huyện {name}", parent=province) for name in ("Kim Sơn", "Yên Mô")]
    households = make_indicator(program, "Số hộ được hỗ trợ", is_key=True)
    for year in (2021, 2022, 2023):
        for offset, unit in enumerate([province, *districts]):
            make_outcome(households, unit, year, 100 + 10 * year % 7 + offset)
    return program

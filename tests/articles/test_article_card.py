"""{% article_card %}: the card lists and the home page show for each article."""

import re

import pytest
from django.utils import timezone

from articles.templatetags.article_tags import article_card
from tests.conftest import make_article

pytestmark = pytest.mark.django_db

RENDITIONS = [
    {"width": 480, "height": 270, "webp": "anh/a-480.webp", "jpeg": "anh/a-480.jpg"},
    {"width": 800, "height": 450, "webp": "anh/a-800.webp", "jpeg": "anh/a-800.jpg"},
]


@pytest.fixture
def article(category):
    return make_article(
        category,
        title='Hỗ trợ <b>"nhà ở"</b> & điện',
        summary=" ".join(f"từ{n}" for n in range(60)),
        cover_renditions=RENDITIONS,
    )


def test_a_card_links_the_title_and_escapes_every_text(article):
    html = article_card(article)
    url = article.get_absolute_url()
    assert f'<h3 class="card__title"><a href="{url}">' in html
    assert "Hỗ trợ &lt;b&gt;&quot;nhà ở&quot;&lt;/b&gt; &amp; điện" in html
    assert "<b>" not in html
    day = timezone.localtime(article.published_at)
    assert f'<time datetime="{day.isoformat(timespec="seconds")}">{day:%d/%m/%Y}</time>' in html


def test_the_summary_is_cut_at_forty_words(article):
    summary = re.search(r'<p class="card__summary">(.*?)</p>', article_card(article)).group(1)
    assert summary.split()[:40] == [f"từ{n}" for n in range(40)]
    assert summary.endswith(" …")
    assert "từ40" not in summary


def test_the_cover_is_lazy_unless_asked_eager(article):
    lazy = article_card(article)
    assert 'loading="lazy"' in lazy and "fetchpriority" not in lazy
    eager = article_card(article, level=2, image_eager=True)
    assert 'fetchpriority="high"' in eager and 'loading="lazy"' not in eager
    assert '<h2 class="card__title">' in eager
    assert 'sizes="(min-width: 48em) 14rem, calc(100vw - 4rem)"' in lazy  # list-card


def test_a_compact_card_has_no_image_nor_summary_and_may_name_the_category(article):
    html = article_card(article, compact=True, show_category=True)
    assert html.startswith('<article class="card card--compact">')
    assert "<picture>" not in html and "card__summary" not in html
    assert f" · {article.category.name}</p>" in html


def test_an_article_without_cover_or_summary(category):
    html = article_card(
        make_article(category, title="Tin ngắn", summary=""), card_class="card--lead"
    )
    assert html.startswith('<article class="card card--lead">')
    assert "<picture>" not in html and "card__summary" not in html

import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from articles.models import Article
from portal.models import SiteSettings
from tests.conftest import make_article, make_category, make_user, sitemap_text

pytestmark = pytest.mark.django_db


RSS_LINK = '<link rel="alternate" type="application/rss+xml"'


def hours_ago(n):
    return timezone.now() - timedelta(hours=n)


def hours_ahead(n):
    return timezone.now() + timedelta(hours=n)


def html(response):
    return response.content.decode()


def section(response, css_class, tag):
    """The inner HTML of the first `<tag class="css_class ...">` of the page."""
    match = re.search(rf'<{tag} class="{css_class}[^"]*"[^>]*>(.*?)</{tag}>', html(response), re.S)
    assert match, f"no <{tag} class={css_class}> in the page"
    return match.group(1)


@pytest.fixture
def published(category):
    return make_article(category, title="Tin đã xuất bản", published_at=hours_ago(1))


@pytest.fixture
def draft(category):
    return make_article(category, title="Tin bản nháp", status=Article.Status.DRAFT)


@pytest.fixture
def scheduled(category):
    return make_article(category, title="Tin đã lên lịch", published_at=hours_ahead(2))


# Home and lists


def test_home_lists_published_articles_by_category(client, published):
    response = client.get(reverse("portal:home"))

    assert response.status_code == 200
    assert published.title in html(response)
    assert published.category.name in html(response)


def test_home_hides_drafts_and_scheduled(client, published, draft, scheduled):
    content = html(client.get(reverse("portal:home")))

    assert draft.title not in content
    assert scheduled.title not in content


def test_home_leads_with_the_newest_featured_article(client, category):
    make_article(category, title="Tin nổi bật cũ", is_featured=True, published_at=hours_ago(5))
    make_article(category, title="Tin nổi bật mới", is_featured=True, published_at=hours_ago(1))

    response = client.get(reverse("portal:home"))

    assert response.context["lead"].title == "Tin nổi bật mới"
    assert "Tin nổi bật mới" in section(response, "lead", "article")


def test_home_never_leads_with_a_scheduled_featured_article(client, category):
    make_article(category, title="Sắp đăng", is_featured=True, published_at=hours_ahead(1))

    response = client.get(reverse("portal:home"))

    assert response.context["lead"] is None
    assert "Sắp đăng" not in html(response)


def test_home_does_not_repeat_the_lead_in_its_category_section(client, category):
    lead = make_article(category, is_featured=True, published_at=hours_ago(1))
    others = [make_article(category, published_at=hours_ago(h)) for h in range(2, 7)]

    response = client.get(reverse("portal:home"))

    [(section_category, articles)] = response.context["sections"]
    assert section_category == category
    assert articles == others[:4]
    assert lead not in articles


def test_news_list_shows_published_articles_only(client, published, draft, scheduled):
    response = client.get(reverse("articles:list"))

    assert response.status_code == 200
    assert list(response.context["object_list"]) == [published]


def test_category_page_shows_only_its_published_articles(client, published, draft, scheduled):
    other = make_article(make_category(), title="Tin chuyên mục khác")

    response = client.get(published.category.get_absolute_url())

    assert response.status_code == 200
    assert list(response.context["object_list"]) == [published]
    assert other.title not in html(response)


def test_category_page_shows_twelve_articles_per_page(client, category):
    for hours in range(1, 14):
        make_article(category, published_at=hours_ago(hours))

    response = client.get(category.get_absolute_url())

    assert len(response.context["object_list"]) == 12
    assert html(response).count('<article class="card') == 12


def test_category_page_two_holds_the_oldest_articles(client, category):
    for hours in range(1, 13):
        make_article(category, published_at=hours_ago(hours))
    oldest = make_article(category, published_at=hours_ago(100))

    response = client.get(category.get_absolute_url(), {"trang": 2})

    assert response.status_code == 200
    assert list(response.context["object_list"]) == [oldest]


def test_category_page_links_to_the_next_page(client, category):
    for hours in range(1, 14):
        make_article(category, published_at=hours_ago(hours))

    response = client.get(category.get_absolute_url())

    assert '?trang=2" rel="next"' in html(response)


def test_category_page_marks_its_menu_link_as_current(client, category):
    response = client.get(category.get_absolute_url())

    link = f'<a href="{category.get_absolute_url()}" aria-current="page">{category.name}</a>'
    assert link in section(response, "site-nav", "nav")


@pytest.mark.parametrize("page", ["3", "0", "abc"])
def test_category_page_out_of_range_is_404(client, category, page):
    for hours in range(1, 14):
        make_article(category, published_at=hours_ago(hours))

    response = client.get(category.get_absolute_url(), {"trang": page})

    assert response.status_code == 404


def test_unknown_category_is_404(client, db):
    response = client.get(reverse("articles:category", kwargs={"slug": "khong-co"}))

    assert response.status_code == 404


# Article detail


def test_published_article_is_shown(client, published):
    response = client.get(published.get_absolute_url())

    assert response.status_code == 200
    assert f'<h1 class="article__title">{published.title}</h1>' in html(response)


def test_published_article_has_no_preview_banner(client, published):
    content = html(client.get(published.get_absolute_url()))

    assert "preview-banner" not in content
    assert 'name="robots"' not in content


@pytest.mark.parametrize("status", [Article.Status.DRAFT, Article.Status.PENDING])
def test_unpublished_article_is_404_for_anonymous(client, category, status):
    article = make_article(category, status=status)

    assert client.get(article.get_absolute_url()).status_code == 404


def test_scheduled_article_is_404_for_anonymous(client, scheduled):
    assert client.get(scheduled.get_absolute_url()).status_code == 404


def test_unpublished_article_is_404_for_staff_without_view_permission(client, draft):
    client.force_login(make_user("khach"))

    assert client.get(draft.get_absolute_url()).status_code == 404


@pytest.fixture(params=["editor", "publisher"])
def staff_client(request, client):
    client.force_login(request.getfixturevalue(request.param))
    return client


def test_staff_preview_a_draft_with_the_draft_banner(staff_client, draft):
    response = staff_client.get(draft.get_absolute_url())

    assert response.status_code == 200
    assert "<strong>Bản nháp</strong>" in section(response, "preview-banner", "div")


def test_staff_preview_a_scheduled_article_with_the_banner(staff_client, scheduled):
    response = staff_client.get(scheduled.get_absolute_url())

    assert response.status_code == 200
    assert "bài đã lên lịch" in section(response, "preview-banner", "div")


def test_preview_is_never_cached(staff_client, draft):
    response = staff_client.get(draft.get_absolute_url())

    cache_control = response["Cache-Control"]
    assert "no-cache" in cache_control
    assert "no-store" in cache_control


def test_preview_is_not_indexed(staff_client, draft):
    response = staff_client.get(draft.get_absolute_url())

    assert '<meta name="robots" content="noindex">' in html(response)


def test_wrong_category_in_url_redirects_permanently_to_canonical(client, published):
    other = make_category()
    url = reverse("articles:detail", kwargs={"category": other.slug, "slug": published.slug})

    response = client.get(url)

    assert response.status_code == 301
    assert response["Location"] == published.get_absolute_url()


def test_article_page_has_canonical_link(client, published):
    content = html(client.get(published.get_absolute_url()))

    expected = f"http://testserver{published.get_absolute_url()}"
    assert f'<link rel="canonical" href="{expected}">' in content


def test_article_page_has_open_graph_tags(client, published):
    content = html(client.get(published.get_absolute_url()))

    url = f"http://testserver{published.get_absolute_url()}"
    assert '<meta property="og:type" content="article">' in content
    assert f'<meta property="og:title" content="{published.title}">' in content
    assert f'<meta property="og:url" content="{url}">' in content
    assert '<meta property="og:locale" content="vi_VN">' in content
    assert '<meta property="article:published_time"' in content


def test_related_block_lists_the_category_newest_first_without_the_article(client, category):
    older = make_article(category, title="Tin cũ hơn", published_at=hours_ago(5))
    article = make_article(category, title="Tin đang đọc", published_at=hours_ago(3))
    newer = make_article(category, title="Tin mới hơn", published_at=hours_ago(1))
    make_article(make_category(), title="Tin chuyên mục khác", published_at=hours_ago(2))
    make_article(category, title="Tin nháp cùng mục", status=Article.Status.DRAFT)
    make_article(category, title="Tin hẹn giờ cùng mục", published_at=hours_ahead(1))

    response = client.get(article.get_absolute_url())

    block = section(response, "related", "aside")
    assert "Bài viết khác" in block
    assert re.findall(r'<li><a href="[^"]+">([^<]+)</a>', block) == [newer.title, older.title]


def test_related_block_is_absent_when_the_category_has_no_other_article(client, published):
    assert "Bài viết khác" not in html(client.get(published.get_absolute_url()))


def test_print_view_marks_the_page_for_printing(client, published):
    response = client.get(published.get_absolute_url(), {"ban-in": "1"})

    assert response.status_code == 200
    assert '<body class="print-view">' in html(response)


def test_print_view_is_not_indexed_and_points_to_the_article(client, published):
    content = html(client.get(published.get_absolute_url(), {"ban-in": "1"}))

    canonical = f"http://testserver{published.get_absolute_url()}"
    assert '<meta name="robots" content="noindex">' in content
    assert f'<link rel="canonical" href="{canonical}">' in content


# Feeds, sitemap, robots.txt


def test_feed_lists_published_articles_only(client, published, draft, scheduled):
    response = client.get(reverse("articles:feed"))

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    content = html(response)
    assert f"<title>{published.title}</title>" in content
    assert draft.title not in content
    assert scheduled.title not in content


def test_category_feed_lists_its_published_articles_only(client, published, draft, scheduled):
    other = make_article(make_category(), title="Tin chuyên mục khác")

    response = client.get(reverse("articles:category_feed", args=[published.category.slug]))

    content = html(response)
    assert response.status_code == 200
    assert f"<title>{published.title}</title>" in content
    for hidden in (draft, scheduled, other):
        assert hidden.title not in content


def test_category_feed_of_unknown_category_is_404(client, db):
    assert client.get(reverse("articles:category_feed", args=["khong-co"])).status_code == 404


def test_feed_items_link_to_the_article(client, published):
    content = html(client.get(reverse("articles:feed")))

    assert f"<link>http://testserver{published.get_absolute_url()}</link>" in content


@pytest.mark.parametrize("page", ["home", "list", "category", "article"])
def test_pages_announce_the_rss_feed(client, published, page):
    urls = {
        "home": reverse("portal:home"),
        "list": reverse("articles:list"),
        "category": published.category.get_absolute_url(),
        "article": published.get_absolute_url(),
    }

    content = html(client.get(urls[page]))

    assert f'{RSS_LINK} title="Tin tức' in content
    assert f'href="{reverse("articles:feed")}"' in content


@pytest.mark.parametrize("page", ["category", "article"])
def test_category_and_article_pages_announce_the_category_feed(client, published, page):
    page_of = {"category": published.category, "article": published}
    url = page_of[page].get_absolute_url()
    feed = reverse("articles:category_feed", args=[published.category.slug])

    content = html(client.get(url))

    assert f'{RSS_LINK} title="{published.category.name}" href="{feed}">' in content


def test_sitemap_lists_published_articles_only(client, published, draft, scheduled):
    content = sitemap_text(client)

    assert f"<loc>http://testserver{published.get_absolute_url()}</loc>" in content
    assert draft.get_absolute_url() not in content
    assert scheduled.get_absolute_url() not in content


def test_sitemap_lists_categories(client, category):
    content = sitemap_text(client)

    assert f"<loc>http://testserver{category.get_absolute_url()}</loc>" in content


def test_robots_txt_points_to_the_sitemap(client, db):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert "Sitemap: http://testserver/sitemap.xml" in html(response)


def test_robots_txt_keeps_crawlers_out_of_the_admin(client, db):
    assert "Disallow: /quan-tri/" in html(client.get("/robots.txt"))


# Site-wide parts


def test_unknown_page_shows_the_vietnamese_404(client, db):
    response = client.get("/khong-ton-tai/")

    assert response.status_code == 404
    assert "Không tìm thấy trang" in html(response)


def test_unpublished_article_shows_the_vietnamese_404(client, draft):
    response = client.get(draft.get_absolute_url())

    assert "Không tìm thấy trang" in html(response)


def test_header_shows_todays_date_in_vietnamese(client, db):
    response = client.get(reverse("portal:home"))

    date_text = re.search(r'<p class="topbar__date">([^<]*)</p>', html(response)).group(1)
    assert date_text.startswith(("Thứ", "Chủ nhật"))
    assert date_text.endswith(timezone.localdate().strftime(", %d/%m/%Y"))


@pytest.fixture
def site_settings(db):
    return SiteSettings.objects.create(
        department_name="Sở Khoa học và Công nghệ tỉnh Hà Giang",
        parent_body="Ủy ban nhân dân tỉnh Hà Giang",
        address="Số 1 đường Nguyễn Trãi, thành phố Hà Giang",
        phone="0219 3866 000",
        hotline="0219 3866 111",
        email="sokhcn@hagiang.gov.vn",
        licence_line="Giấy phép số 12/GP-TTĐT",
        person_responsible="Chịu trách nhiệm: Giám đốc Sở",
        footer_note="Ghi rõ nguồn khi phát hành lại thông tin từ trang này.",
    )


@pytest.mark.parametrize(
    "field",
    [
        "department_name",
        "address",
        "phone",
        "hotline",
        "email",
        "licence_line",
        "person_responsible",
        "footer_note",
    ],
)
def test_footer_shows_site_settings(client, site_settings, field):
    footer = section(client.get(reverse("portal:home")), "site-footer", "footer")

    assert getattr(site_settings, field) in footer


def test_header_shows_the_department_from_site_settings(client, site_settings):
    header = section(client.get(reverse("portal:home")), "site-header", "header")

    assert site_settings.department_name in header
    assert site_settings.parent_body in header


@pytest.mark.parametrize("page", ["home", "list", "article", "404"])
def test_no_province_is_hard_coded(client, site_settings, published, page):
    urls = {
        "home": reverse("portal:home"),
        "list": reverse("articles:list"),
        "article": published.get_absolute_url(),
        "404": "/khong-ton-tai/",
    }

    content = html(client.get(urls[page]))

    assert site_settings.department_name in content
    assert "Ninh Bình" not in content
    assert "Ninh Binh" not in content


def test_site_settings_change_shows_without_waiting_for_the_cache(client, site_settings):
    client.get(reverse("portal:home"))
    site_settings.department_name = "Sở Tư pháp tỉnh Hà Giang"
    site_settings.save()

    assert "Sở Tư pháp tỉnh Hà Giang" in html(client.get(reverse("portal:home")))

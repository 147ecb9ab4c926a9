from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from articles.forms import ArticleAdminForm
from articles.models import Article, Category
from portal.text import unique_slug
from tests.conftest import make_article, make_category

pytestmark = pytest.mark.django_db


def article_form(user, **data):
    """The admin's article form as the admin builds it for `user`, with only `data` filled."""
    form_class = type("Form", (ArticleAdminForm,), {"user": user})
    return form_class(data={"status": Article.Status.DRAFT, "body": "", **data})


def hours_ago(n):
    return timezone.now() - timedelta(hours=n)


def hours_ahead(n):
    return timezone.now() + timedelta(hours=n)


# Slugs


def test_unique_slug_folds_d_with_stroke():
    assert unique_slug("Đường đến trường", Article.objects.all()) == "duong-den-truong"


def test_admin_form_fills_a_blank_slug_from_the_title_with_d_folded(editor, category):
    form = article_form(editor, title="Đường đến trường", slug="", category=category.pk)

    assert form.is_valid(), form.errors
    assert form.cleaned_data["slug"] == "duong-den-truong"


def test_admin_form_saves_the_folded_slug(editor, category):
    form = article_form(editor, title="Đường đến trường", slug="", category=category.pk)
    assert form.is_valid(), form.errors
    form.save()

    assert Article.objects.get(title="Đường đến trường").slug == "duong-den-truong"


def test_unique_slug_adds_a_number_on_collision(category):
    make_article(category, slug="duong-den-truong")

    assert unique_slug("Đường đến trường", Article.objects.all()) == "duong-den-truong-2"


def test_unique_slug_skips_numbers_already_taken(category):
    make_article(category, slug="duong-den-truong")
    make_article(category, slug="duong-den-truong-2")

    assert unique_slug("Đường đến trường", Article.objects.all()) == "duong-den-truong-3"


def test_admin_form_resolves_a_slug_collision_with_a_suffix(editor, category):
    make_article(category, slug="duong-den-truong")
    form = article_form(editor, title="Đường đến trường", slug="", category=category.pk)

    assert form.is_valid(), form.errors
    assert form.cleaned_data["slug"] == "duong-den-truong-2"


def test_unique_slug_ignores_the_row_being_edited(category):
    article = make_article(category, slug="duong-den-truong")

    slug = unique_slug("Đường đến trường", Article.objects.all(), exclude_pk=article.pk)

    assert slug == "duong-den-truong"


@pytest.mark.parametrize("slug", ["rss", "trang", "tim-kiem"])
def test_reserved_slug_is_refused_for_an_article(category, slug):
    article = Article(title="Tin", slug=slug, category=category)

    with pytest.raises(ValidationError) as error:
        article.full_clean()

    assert "slug" in error.value.message_dict


def test_reserved_slug_is_refused_by_the_admin_form(editor, category):
    form = article_form(editor, title="Tin", slug="rss", category=category.pk)

    assert not form.is_valid()
    assert "slug" in form.errors


@pytest.mark.parametrize("slug", ["rss", "trang", "tim-kiem"])
def test_reserved_slug_is_refused_for_a_category(db, slug):
    category = Category(name="Chuyên mục thử", slug=slug)

    with pytest.raises(ValidationError) as error:
        category.full_clean()

    assert "slug" in error.value.message_dict


def test_category_clean_fills_a_blank_slug_with_d_folded(db):
    category = Category(name="Đào tạo nghề")

    category.full_clean()

    assert category.slug == "dao-tao-nghe"


# Database constraint


def test_database_refuses_a_published_article_without_time(category):
    with pytest.raises(IntegrityError), transaction.atomic():
        Article.objects.create(
            title="Tin", slug="tin", category=category, status=Article.Status.PUBLISHED
        )


def test_database_refuses_clearing_the_time_of_a_published_article(category):
    article = make_article(category)

    with pytest.raises(IntegrityError), transaction.atomic():
        Article.objects.filter(pk=article.pk).update(published_at=None)


def test_database_accepts_a_draft_without_time(category):
    article = make_article(category, status=Article.Status.DRAFT)

    assert Article.objects.get(pk=article.pk).published_at is None


# Article.objects.published()


def test_published_includes_an_article_whose_time_has_passed(category):
    article = make_article(category, published_at=hours_ago(1))

    assert article in Article.objects.published()


@pytest.mark.parametrize("status", [Article.Status.DRAFT, Article.Status.PENDING])
def test_published_excludes_unpublished_statuses(category, status):
    make_article(category, status=status, published_at=hours_ago(1))

    assert not Article.objects.published().exists()


def test_scheduled_article_is_hidden_until_its_time(category):
    make_article(category, published_at=hours_ahead(1))

    assert not Article.objects.published().exists()


def test_scheduled_article_appears_once_its_time_passes(category, monkeypatch):
    article = make_article(category, published_at=hours_ahead(1))
    later = timezone.now() + timedelta(hours=2)
    monkeypatch.setattr(timezone, "now", lambda: later)

    assert list(Article.objects.published()) == [article]


def test_scheduled_article_reports_its_state(category):
    article = make_article(category, published_at=hours_ahead(1))

    assert article.is_scheduled
    assert not article.is_public
    assert article.public_state == "Đã lên lịch"


# latest_per_category


def test_latest_per_category_keeps_the_newest_n_of_each_category(db):
    economy, health = make_category(), make_category()
    economy_articles = [make_article(economy, published_at=hours_ago(h)) for h in range(1, 6)]
    health_articles = [make_article(health, published_at=hours_ago(h)) for h in range(10, 12)]

    latest = Article.objects.latest_per_category(3)

    assert set(latest) == set(economy_articles[:3] + health_articles)


def test_latest_per_category_orders_newest_first(db):
    economy, health = make_category(), make_category()
    old = make_article(economy, published_at=hours_ago(5))
    newest = make_article(health, published_at=hours_ago(1))
    middle = make_article(economy, published_at=hours_ago(3))

    assert list(Article.objects.latest_per_category(3)) == [newest, middle, old]


def test_latest_per_category_ignores_drafts_and_scheduled(category):
    public = make_article(category, published_at=hours_ago(2))
    make_article(category, status=Article.Status.DRAFT)
    make_article(category, status=Article.Status.PENDING)
    make_article(category, published_at=hours_ahead(1))

    assert list(Article.objects.latest_per_category(3)) == [public]


def test_latest_per_category_ranks_only_published_articles(category):
    # A newer draft must not take one of the N places of its category.
    make_article(category, status=Article.Status.DRAFT)
    make_article(category, published_at=hours_ahead(1))
    public = make_article(category, published_at=hours_ago(2))

    assert list(Article.objects.latest_per_category(1)) == [public]


# related_to


def test_related_to_lists_the_same_category_newest_first_without_itself(category):
    older = make_article(category, published_at=hours_ago(5))
    article = make_article(category, published_at=hours_ago(3))
    newer = make_article(category, published_at=hours_ago(1))
    make_article(make_category(), published_at=hours_ago(2))

    assert list(Article.objects.related_to(article)) == [newer, older]


def test_related_to_excludes_drafts_pending_and_scheduled(category):
    article = make_article(category)
    public = make_article(category, published_at=hours_ago(30))
    make_article(category, status=Article.Status.DRAFT)
    make_article(category, status=Article.Status.PENDING)
    make_article(category, published_at=hours_ahead(1))

    assert list(Article.objects.related_to(article)) == [public]


def test_related_to_is_limited(category):
    article = make_article(category)
    for hours in range(10, 17):
        make_article(category, published_at=hours_ago(hours))

    assert len(Article.objects.related_to(article, limit=5)) == 5


# Rich text body


def test_script_in_body_never_reaches_the_database(category):
    article = make_article(category, body="<p>Xin chào</p><script>alert('x')</script>")

    body = Article.objects.get(pk=article.pk).body

    assert "<script" not in body
    assert "alert" not in body
    assert "<p>Xin chào</p>" in body


def test_script_added_on_update_never_reaches_the_database(category):
    article = make_article(category, body="<p>Xin chào</p>")
    article.body = '<p>Sửa</p><script src="https://example.com/x.js"></script>'
    article.save()

    assert "<script" not in Article.objects.get(pk=article.pk).body


def test_event_handlers_and_javascript_links_are_stripped_from_body(category):
    article = make_article(
        category,
        body='<p onclick="steal()">A</p><a href="javascript:steal()">B</a><img src=x onerror=y>',
    )

    body = Article.objects.get(pk=article.pk).body

    assert "onclick" not in body
    assert "javascript:" not in body
    assert "onerror" not in body


def test_allowed_formatting_survives_sanitising(category):
    html = "<h2>Mục</h2><p><strong>Đậm</strong> và <em>nghiêng</em></p>"
    article = make_article(category, body=html)

    assert Article.objects.get(pk=article.pk).body == html

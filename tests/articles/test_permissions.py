"""Who may do what with articles, through real requests to the admin."""

from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils import timezone

from articles import services
from articles.models import Article
from tests.conftest import article_post_data, make_article

pytestmark = pytest.mark.django_db


ADD_URL = reverse("admin:articles_article_add")
CHANGELIST_URL = reverse("admin:articles_article_changelist")
PUBLISHED = Article.Status.PUBLISHED


def change_url(article):
    return reverse("admin:articles_article_change", args=[article.pk])


def action_post_data(action, *articles):
    return {
        "action": action,
        "select_across": "0",
        "index": "0",
        "_selected_action": [article.pk for article in articles],
    }


def stored(article):
    return Article.objects.get(pk=article.pk)


@pytest.fixture
def draft(category):
    return make_article(category, title="Bài nháp", status=Article.Status.DRAFT)


@pytest.fixture
def published(category):
    return make_article(category, title="Bài đã đăng", summary="Tóm tắt gốc")


# Anonymous


@pytest.mark.parametrize("url", [ADD_URL, CHANGELIST_URL])
def test_anonymous_is_redirected_to_login(client, db, url):
    response = client.get(url)

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))


def test_anonymous_cannot_post_an_article(client, category):
    response = client.post(ADD_URL, article_post_data(category))

    assert response.status_code == 302
    assert not Article.objects.exists()


# Editor


@pytest.mark.parametrize("status", [Article.Status.DRAFT, Article.Status.PENDING])
def test_editor_can_add_a_draft_or_pending_article(client, editor, category, status):
    client.force_login(editor)

    response = client.post(ADD_URL, article_post_data(category, status=status))

    assert response.status_code == 302
    assert Article.objects.get().status == status


def test_editor_article_is_not_public(client, editor, category):
    client.force_login(editor)
    client.post(ADD_URL, article_post_data(category, status=Article.Status.PENDING))

    assert not Article.objects.published().exists()


def test_editor_is_not_offered_the_published_status(client, editor):
    client.force_login(editor)

    response = client.get(ADD_URL)

    choices = [
        value for value, _label in response.context["adminform"].form["status"].field.choices
    ]
    assert PUBLISHED not in choices


def test_editor_cannot_publish_through_the_add_form(client, editor, category):
    client.force_login(editor)
    data = article_post_data(category, status=PUBLISHED, published_at=timezone.now())

    response = client.post(ADD_URL, data)

    assert response.status_code == 200
    assert "status" in response.context["adminform"].form.errors
    assert not Article.objects.filter(status=PUBLISHED).exists()


def test_editor_cannot_feature_an_article(client, editor, category):
    client.force_login(editor)

    client.post(ADD_URL, article_post_data(category, is_featured=True))

    assert Article.objects.get().is_featured is False


def test_publisher_can_feature_an_article(client, publisher, category):
    client.force_login(publisher)

    client.post(ADD_URL, article_post_data(category, is_featured=True))

    assert Article.objects.get().is_featured is True


def test_editor_is_not_offered_the_publish_actions(client, editor, draft):
    client.force_login(editor)

    response = client.get(CHANGELIST_URL)

    assert response.status_code == 200
    assert "publish_selected" not in response.content.decode()


def test_editor_cannot_publish_with_a_crafted_bulk_action(client, editor, draft):
    client.force_login(editor)

    client.post(CHANGELIST_URL, action_post_data("publish_selected", draft))

    assert stored(draft).status == Article.Status.DRAFT
    assert not Article.objects.published().exists()


def test_editor_cannot_unpublish_with_a_crafted_bulk_action(client, editor, published):
    client.force_login(editor)

    client.post(CHANGELIST_URL, action_post_data("unpublish_selected", published))

    assert stored(published).status == PUBLISHED


def test_editor_cannot_publish_a_draft_through_its_change_form(client, editor, draft):
    client.force_login(editor)
    data = article_post_data(
        draft.category,
        title=draft.title,
        slug=draft.slug,
        status=PUBLISHED,
        published_at=timezone.now() - timedelta(minutes=5),
    )

    client.post(change_url(draft), data)

    draft = stored(draft)
    assert draft.status == Article.Status.DRAFT
    assert draft.published_at is None


def test_editor_cannot_publish_a_draft_through_a_history_revert(client, editor, draft):
    client.force_login(editor)
    version = draft.history.get()
    url = reverse("admin:articles_article_simple_history", args=[draft.pk, version.pk])
    data = article_post_data(
        draft.category,
        title=draft.title,
        slug=draft.slug,
        status=PUBLISHED,
        published_at=timezone.now() - timedelta(minutes=5),
    )

    client.post(url, data)

    assert stored(draft).status == Article.Status.DRAFT


def test_editor_can_edit_a_draft(client, editor, draft):
    client.force_login(editor)
    data = article_post_data(draft.category, title="Bài nháp đã sửa", slug=draft.slug)

    response = client.post(change_url(draft), data)

    assert response.status_code == 302
    assert stored(draft).title == "Bài nháp đã sửa"


def test_editor_cannot_change_a_published_article(client, editor, published):
    client.force_login(editor)
    data = article_post_data(
        published.category,
        title="Tiêu đề bị sửa",
        slug=published.slug,
        summary="Tóm tắt bị sửa",
        status=Article.Status.DRAFT,
    )

    response = client.post(change_url(published), data)

    assert response.status_code == 403
    after = stored(published)
    assert (after.title, after.summary, after.status) == (published.title, "Tóm tắt gốc", PUBLISHED)


def test_editor_cannot_change_a_scheduled_article(client, editor, category):
    scheduled = make_article(category, published_at=timezone.now() + timedelta(days=1))
    client.force_login(editor)
    data = article_post_data(category, title="Tiêu đề bị sửa", slug=scheduled.slug)

    response = client.post(change_url(scheduled), data)

    assert response.status_code == 403
    assert stored(scheduled).title == scheduled.title


def test_editor_cannot_take_down_a_published_article_through_a_history_revert(
    client, editor, published
):
    client.force_login(editor)
    version = published.history.get()
    url = reverse("admin:articles_article_simple_history", args=[published.pk, version.pk])
    data = article_post_data(
        published.category,
        title="Tiêu đề bị sửa",
        slug=published.slug,
        status=Article.Status.DRAFT,
    )

    client.post(url, data)

    after = stored(published)
    assert (after.title, after.status) == (published.title, PUBLISHED)


def test_editor_cannot_delete_a_published_article(client, editor, published):
    client.force_login(editor)
    url = reverse("admin:articles_article_delete", args=[published.pk])

    response = client.post(url, {"post": "yes"})

    assert response.status_code == 403
    assert Article.objects.filter(pk=published.pk).exists()


def test_editor_cannot_publish_through_the_service(editor, draft):
    with pytest.raises(PermissionDenied):
        services.article_publish(article=draft, user=editor)

    assert stored(draft).status == Article.Status.DRAFT


def test_editor_cannot_unpublish_through_the_service(editor, published):
    with pytest.raises(PermissionDenied):
        services.article_unpublish(article=published, user=editor)

    assert stored(published).status == PUBLISHED


# Publisher


def test_publisher_can_publish_through_the_add_form(client, publisher, category):
    client.force_login(publisher)
    data = article_post_data(category, status=PUBLISHED, published_at=timezone.now())

    response = client.post(ADD_URL, data)

    assert response.status_code == 302
    assert Article.objects.published().count() == 1


def test_publishing_without_a_time_publishes_now(client, publisher, category):
    client.force_login(publisher)
    before = timezone.now()

    client.post(ADD_URL, article_post_data(category, status=PUBLISHED))

    article = Article.objects.get()
    assert article.status == PUBLISHED
    assert article.published_at >= before - timedelta(seconds=1)
    assert article.is_public


def test_publisher_can_publish_a_draft_through_its_change_form(client, publisher, draft):
    client.force_login(publisher)
    data = article_post_data(draft.category, title=draft.title, slug=draft.slug, status=PUBLISHED)

    client.post(change_url(draft), data)

    assert stored(draft).is_public


def test_publisher_can_publish_with_the_bulk_action(client, publisher, draft, category):
    pending = make_article(category, status=Article.Status.PENDING)
    client.force_login(publisher)

    response = client.post(CHANGELIST_URL, action_post_data("publish_selected", draft, pending))

    assert response.status_code == 302
    assert set(Article.objects.published()) == {draft, pending}


def test_publisher_can_schedule_an_article(client, publisher, category):
    client.force_login(publisher)
    at = (timezone.now() + timedelta(days=2)).replace(microsecond=0)

    client.post(ADD_URL, article_post_data(category, status=PUBLISHED, published_at=at))

    article = Article.objects.get()
    assert (article.status, article.published_at) == (PUBLISHED, at)
    assert article.is_scheduled


def test_scheduled_article_is_hidden_from_the_public_until_its_time(client, publisher, category):
    client.force_login(publisher)
    at = timezone.now() + timedelta(days=2)
    client.post(ADD_URL, article_post_data(category, status=PUBLISHED, published_at=at))
    client.logout()

    article = Article.objects.get()

    assert client.get(article.get_absolute_url()).status_code == 404
    assert article.title not in client.get(category.get_absolute_url()).content.decode()


def test_publisher_can_unpublish_with_the_bulk_action(client, publisher, published):
    client.force_login(publisher)

    response = client.post(CHANGELIST_URL, action_post_data("unpublish_selected", published))

    assert response.status_code == 302
    assert stored(published).status == Article.Status.DRAFT


def test_unpublished_article_leaves_the_public_site(client, publisher, published):
    client.force_login(publisher)
    client.post(CHANGELIST_URL, action_post_data("unpublish_selected", published))
    client.logout()

    assert client.get(published.get_absolute_url()).status_code == 404


def test_publisher_can_change_a_published_article(client, publisher, published):
    client.force_login(publisher)
    data = article_post_data(
        published.category,
        title="Tiêu đề đã sửa",
        slug=published.slug,
        status=PUBLISHED,
        published_at=published.published_at,
    )

    response = client.post(change_url(published), data)

    assert response.status_code == 302
    assert stored(published).title == "Tiêu đề đã sửa"


# Who acted


def test_add_records_the_creator(client, editor, category):
    client.force_login(editor)

    client.post(ADD_URL, article_post_data(category))

    article = Article.objects.get()
    assert (article.created_by, article.updated_by) == (editor, editor)


def test_change_records_the_last_editor_and_keeps_the_creator(client, editor, publisher, category):
    client.force_login(editor)
    client.post(ADD_URL, article_post_data(category, status=Article.Status.PENDING))
    article = Article.objects.get()
    client.force_login(publisher)

    client.post(
        change_url(article),
        article_post_data(category, slug=article.slug, status=PUBLISHED),
    )

    article = stored(article)
    assert (article.created_by, article.updated_by) == (editor, publisher)


def test_bulk_publish_records_the_publisher(client, editor, publisher, category):
    article = make_article(category, status=Article.Status.PENDING, created_by=editor)
    client.force_login(publisher)

    client.post(CHANGELIST_URL, action_post_data("publish_selected", article))

    assert stored(article).updated_by == publisher


def test_publishing_is_recorded_in_the_history(publisher, draft):
    services.article_publish(article=draft, user=publisher)

    latest = draft.history.first()
    assert (latest.status, latest.history_change_reason) == (PUBLISHED, "Xuất bản")


# Editor image uploads (CKEditor)


def test_editor_may_reach_the_image_upload(client, editor):
    client.force_login(editor)

    response = client.post(reverse("portal:editor_upload"))

    assert response.status_code == 400


def test_anonymous_cannot_upload_images(client, db):
    response = client.post(reverse("portal:editor_upload"))

    assert response.status_code == 403

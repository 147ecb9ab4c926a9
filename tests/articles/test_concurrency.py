"""Two people editing the same article: the later save from a stale form is refused with a
message, what they typed stays on the screen, and the first change is kept in the history."""

import re
from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from articles import forms, services
from articles.models import Article
from portal import roles
from portal.models import EditConflict
from tests.conftest import article_post_data, make_article, make_user

pytestmark = pytest.mark.django_db

CONFLICT = "Bài viết đã được người khác sửa lúc"
KEPT = "nội dung bạn vừa nhập được giữ trong ô dưới đây"


def change_url(article):
    return reverse("admin:articles_article_change", args=[article.pk])


def stored(article):
    return Article.objects.get(pk=article.pk)


def loaded_version(response):
    """The hidden version the browser will post back, read from the page itself."""
    match = re.search(r'name="loaded_version" value="(\d+)"', response.content.decode())
    assert match, "the form carries no version"
    return match.group(1)


def open_form(client, article, url=None):
    return loaded_version(client.get(url or change_url(article)))


def edit(client, article, version, *, url=None, **fields):
    data = article_post_data(
        article.category, title=article.title, slug=article.slug, loaded_version=version
    )
    data.update(fields)
    return client.post(url or change_url(article), data)


@pytest.fixture
def draft(category):
    return make_article(category, title="Bài nháp chung", status=Article.Status.DRAFT)


@pytest.fixture
def first(editor):
    client = Client()
    client.force_login(editor)
    return client


@pytest.fixture
def second(db):
    client = Client()
    client.force_login(make_user("bientap2", roles.EDITOR))
    return client


def test_the_later_save_of_the_same_article_is_refused_and_the_first_change_survives(
    first, second, draft
):
    version_first, version_second = open_form(first, draft), open_form(second, draft)
    edit(first, draft, version_first, title="Tiêu đề của người thứ nhất")

    response = edit(second, draft, version_second, title="Tiêu đề của người thứ hai")

    assert response.status_code == 200  # the form again, with the message
    html = response.content.decode()
    changed_at = timezone.localtime(stored(draft).updated_at)
    assert f"{CONFLICT} {changed_at:%H:%M} sau khi bạn mở" in html
    assert KEPT in html
    assert 'value="Tiêu đề của người thứ hai"' in html  # what they typed is still there
    assert stored(draft).title == "Tiêu đề của người thứ nhất"


def test_the_history_records_the_first_change_and_not_the_refused_one(first, second, editor, draft):
    version_first, version_second = open_form(first, draft), open_form(second, draft)
    edit(first, draft, version_first, title="Tiêu đề của người thứ nhất")
    edit(second, draft, version_second, title="Tiêu đề của người thứ hai")

    titles = list(draft.history.order_by("history_date").values_list("title", flat=True))
    assert titles == ["Bài nháp chung", "Tiêu đề của người thứ nhất"]
    assert draft.history.latest("history_date").history_user == editor


def test_a_save_without_conflict_still_works_time_after_time(first, draft):
    for title in ("Lần sửa thứ nhất", "Lần sửa thứ hai"):
        response = edit(first, draft, open_form(first, draft), title=title)

        assert response.status_code == 302
        assert stored(draft).title == title


def test_after_reopening_the_second_editor_saves_over_the_first_change(first, second, draft):
    version_first, version_second = open_form(first, draft), open_form(second, draft)
    edit(first, draft, version_first, title="Tiêu đề của người thứ nhất")
    edit(second, draft, version_second, title="Tiêu đề của người thứ hai")

    response = edit(second, draft, open_form(second, draft), title="Tiêu đề của người thứ hai")

    assert response.status_code == 302
    assert stored(draft).title == "Tiêu đề của người thứ hai"


def test_a_publisher_cannot_publish_a_draft_changed_after_they_opened_it(
    first, client, publisher, draft
):
    client.force_login(publisher)
    version_publisher, version_editor = open_form(client, draft), open_form(first, draft)
    edit(first, draft, version_editor, summary="Tóm tắt mới của biên tập viên")

    response = edit(
        client,
        draft,
        version_publisher,
        status=Article.Status.PUBLISHED,
        published_at_0="",
        summary="Tóm tắt cũ",
    )

    assert CONFLICT in response.content.decode()
    after = stored(draft)
    assert (after.status, after.summary) == (Article.Status.DRAFT, "Tóm tắt mới của biên tập viên")


def test_a_revert_opened_before_someone_elses_save_is_refused(first, client, publisher, draft):
    edit(first, draft, open_form(first, draft), title="Tiêu đề thứ hai")
    oldest = draft.history.earliest("history_date")
    revert_url = reverse("admin:articles_article_simple_history", args=[draft.pk, oldest.pk])
    client.force_login(publisher)
    version = open_form(client, draft, revert_url)
    edit(first, draft, open_form(first, draft), title="Tiêu đề thứ ba")

    response = edit(client, draft, version, url=revert_url, title="Bài nháp chung")

    assert CONFLICT in response.content.decode()
    assert stored(draft).title == "Tiêu đề thứ ba"


def test_a_save_that_slips_in_after_the_forms_check_is_still_refused(
    first, second, draft, monkeypatch
):
    """The form's check and the write are two steps: the write itself compares the version
    (UPDATE … WHERE version = loaded) and the form comes back with the message."""
    version_first, version_second = open_form(first, draft), open_form(second, draft)
    edit(first, draft, version_first, title="Tiêu đề của người thứ nhất")
    real_check, calls = forms.article_check_version, []

    def check_that_ran_before_the_other_save(**kwargs):
        calls.append(kwargs)
        return None if len(calls) == 1 else real_check(**kwargs)

    monkeypatch.setattr(forms, "article_check_version", check_that_ran_before_the_other_save)

    response = edit(second, draft, version_second, title="Tiêu đề của người thứ hai")

    assert response.status_code == 200
    assert CONFLICT in response.content.decode()
    assert stored(draft).title == "Tiêu đề của người thứ nhất"
    assert len(calls) == 2  # the write refused, the form was checked again


def test_the_service_refuses_a_stale_version_and_writes_nothing(editor, draft):
    stale = draft.version
    Article.objects.filter(pk=draft.pk).update(title="Sửa ở nơi khác", version=stale + 1)
    draft.title = "Bản cũ"

    with pytest.raises(EditConflict):
        services.article_save(article=draft, user=editor, loaded_version=stale)

    after = stored(draft)
    assert (after.title, after.version) == ("Sửa ở nơi khác", stale + 1)


def test_every_save_and_workflow_step_moves_the_version_on(editor, publisher, draft):
    services.article_save(article=draft, user=editor, loaded_version=draft.version)
    services.article_publish(article=draft, user=publisher, at=timezone.now() - timedelta(1))
    services.article_unpublish(article=draft, user=publisher)

    assert stored(draft).version == 4


def test_publishing_a_row_changed_since_it_was_read_is_refused(publisher, draft):
    Article.objects.filter(pk=draft.pk).update(title="Sửa ở nơi khác", version=draft.version + 1)

    with pytest.raises(EditConflict):
        services.article_publish(article=draft, user=publisher)

    assert stored(draft).status == Article.Status.DRAFT

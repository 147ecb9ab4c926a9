"""History: who changed what and when, for articles, documents, outcomes, the site settings
and users' roles, readable in the admin; an article can be put back to an earlier version."""

from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, update_last_login
from django.urls import reverse
from django.utils import timezone

from articles.models import Article
from portal import roles
from portal.models import RoleChange, SiteSettings
from tests.conftest import article_post_data, make_article, make_user
from tests.documents.factories import make_document
from tests.programs.factories import make_indicator, make_outcome, make_program, make_unit

pytestmark = pytest.mark.django_db

ROLE_LOG_URL = reverse("admin:portal_rolechange_changelist")


def history_url(obj):
    meta = obj._meta
    return reverse(f"admin:{meta.app_label}_{meta.model_name}_history", args=[obj.pk])


def revert_url(article, version):
    return reverse("admin:articles_article_simple_history", args=[article.pk, version.pk])


def stored(obj):
    return type(obj)._base_manager.get(pk=obj.pk)


@pytest.fixture
def admin_client(client, administrator):
    client.force_login(administrator)
    return client


# Site settings


def site_settings_post_data(**overrides):
    data = {
        "department_name": "Sở Lao động - Thương binh và Xã hội",
        "parent_body": "",
        "welcome_line": "",
        "address": "",
        "phone": "",
        "hotline": "",
        "email": "",
        "licence_line": "",
        "person_responsible": "",
        "one_stop_label": "Một cửa điện tử",
        "one_stop_url": "",
        "footer_note": "",
        "show_visit_stats": "on",
        "_save": "Lưu lại",
    }
    data.update(overrides)
    return data


def test_a_change_of_the_site_settings_is_recorded_with_who_and_when(admin_client, administrator):
    site = SiteSettings.objects.create(department_name="Sở cũ")
    url = reverse("admin:portal_sitesettings_change", args=[site.pk])

    response = admin_client.post(url, site_settings_post_data(hotline="1900 1234"))

    assert response.status_code == 302
    latest = site.history.latest("history_date")
    assert (latest.department_name, latest.hotline) == (
        "Sở Lao động - Thương binh và Xã hội",
        "1900 1234",
    )
    assert latest.history_user == administrator
    assert latest.history_date >= timezone.now() - timezone.timedelta(minutes=1)


def test_the_site_settings_history_page_lists_the_changes(admin_client, administrator):
    site = SiteSettings.objects.create(department_name="Sở cũ")
    site.department_name = "Sở mới"
    site.save()

    response = admin_client.get(history_url(site))

    assert response.status_code == 200
    assert "Sở mới" in response.content.decode()


# Roles


def user_post_data(user, groups, **overrides):
    """The fields of Django's user change form, as the browser posts them."""
    joined = timezone.localtime(user.date_joined)
    data = {
        "username": user.username,
        "first_name": user.first_name,
        "last_name": "",
        "email": "",
        "is_active": "on",
        "is_staff": "on",
        "groups": [group.pk for group in groups],
        "date_joined_0": joined.strftime("%Y-%m-%d"),
        "date_joined_1": joined.strftime("%H:%M:%S"),
        "_save": "Lưu lại",
    }
    data.update(overrides)
    return data


def role_log():
    return list(
        RoleChange.objects.order_by("pk").values_list("username", "role", "action", "actor")
    )


def test_giving_a_role_in_the_user_admin_records_who_gave_which_role_to_whom(
    admin_client, administrator, editor
):
    RoleChange.objects.all().delete()
    publisher_role = Group.objects.get(name=roles.PUBLISHER)
    url = reverse("admin:auth_user_change", args=[editor.pk])
    editor_role = Group.objects.get(name=roles.EDITOR)

    response = admin_client.post(url, user_post_data(editor, [editor_role, publisher_role]))

    assert response.status_code == 302
    assert role_log() == [("bientap", roles.PUBLISHER, "granted", administrator.pk)]


def test_taking_a_role_away_and_making_a_superuser_are_recorded(
    admin_client, administrator, editor
):
    RoleChange.objects.all().delete()
    url = reverse("admin:auth_user_change", args=[editor.pk])

    admin_client.post(url, user_post_data(editor, [], is_superuser="on"))

    assert sorted(role_log()) == sorted(
        [
            ("bientap", RoleChange.SUPERUSER, "granted", administrator.pk),
            ("bientap", roles.EDITOR, "revoked", administrator.pk),
        ]
    )


def test_role_changes_from_either_side_and_outside_a_request_are_recorded(editor):
    RoleChange.objects.all().delete()
    publisher_role = Group.objects.get(name=roles.PUBLISHER)

    publisher_role.user_set.add(editor)
    editor.groups.remove(Group.objects.get(name=roles.ADMINISTRATOR))  # never had it
    editor.groups.clear()

    assert role_log() == [
        ("bientap", roles.PUBLISHER, "granted", None),
        ("bientap", roles.EDITOR, "revoked", None),
        ("bientap", roles.PUBLISHER, "revoked", None),
    ]


def test_a_new_account_with_admin_access_is_recorded(db):
    user = get_user_model().objects.create_user("moi", is_staff=True)

    assert list(RoleChange.objects.filter(user=user).values_list("role", "action")) == [
        (RoleChange.STAFF, "granted")
    ]


def test_logging_in_records_no_role_change(editor, django_assert_num_queries):
    before = RoleChange.objects.count()

    with django_assert_num_queries(1):  # the UPDATE of last_login, no look-up of the roles
        update_last_login(None, editor)

    assert RoleChange.objects.count() == before


def test_the_role_log_is_listed_in_the_admin_and_read_only(admin_client, editor):
    editor.groups.add(Group.objects.get(name=roles.PUBLISHER))
    change = RoleChange.objects.latest("pk")

    listing = admin_client.get(ROLE_LOG_URL)
    edit = admin_client.post(
        reverse("admin:portal_rolechange_change", args=[change.pk]), {"role": "Khác"}
    )

    assert listing.status_code == 200
    assert roles.PUBLISHER in listing.content.decode()
    assert edit.status_code == 403
    assert stored(change).role == roles.PUBLISHER


def test_administrators_read_the_role_log_and_editors_do_not(client, editor):
    client.force_login(make_user("quantri.donvi", roles.ADMINISTRATOR))
    assert client.get(ROLE_LOG_URL).status_code == 200

    client.force_login(editor)
    assert client.get(ROLE_LOG_URL).status_code == 403


# Articles, documents, outcomes: the history pages


def test_the_article_history_page_shows_who_changed_what(client, publisher, category):
    client.force_login(publisher)
    article = make_article(category, title="Tiêu đề đầu tiên", status=Article.Status.DRAFT)
    url = reverse("admin:articles_article_change", args=[article.pk])
    client.post(url, article_post_data(category, title="Tiêu đề đã sửa", slug=article.slug))

    response = client.get(history_url(article))

    assert response.status_code == 200
    html = response.content.decode()
    assert "Tiêu đề đã sửa" in html and "duyetbai" in html


def test_the_document_history_page_works(admin_client):
    document = make_document("15/KH-UBND")
    document.abstract = "Kế hoạch đã sửa"
    document.save()

    response = admin_client.get(history_url(document))

    assert response.status_code == 200
    assert document.history.count() == 2


def test_the_outcome_history_page_works(admin_client):
    program = make_program()
    outcome = make_outcome(make_indicator(program), make_unit(), 2024, Decimal("495"))

    response = admin_client.get(history_url(outcome))

    assert response.status_code == 200


# Reverting an article


def revert(client, article, version, **overrides):
    """Open the revert page (as the browser does) and post its form back."""
    page = client.get(revert_url(article, version))
    form = page.context["adminform"].form
    data = article_post_data(
        article.category,
        title=form.initial["title"],
        slug=form.initial["slug"],
        summary=form.initial["summary"],
        status=form.initial["status"],
        published_at=form.initial.get("published_at"),
        loaded_version=form["loaded_version"].value(),
    )
    data.update(overrides)
    return client.post(revert_url(article, version), data)


def test_a_publisher_reverts_a_published_article_to_an_earlier_version(client, publisher, category):
    article = make_article(category, title="Tiêu đề gốc", summary="Tóm tắt gốc")
    first = article.history.get()
    article.title, article.summary = "Tiêu đề sai", "Tóm tắt sai"
    article.save()
    client.force_login(publisher)

    response = revert(client, article, first)

    assert response.status_code == 302
    after = stored(article)
    assert (after.title, after.summary, after.status) == (
        "Tiêu đề gốc",
        "Tóm tắt gốc",
        Article.Status.PUBLISHED,
    )
    latest = article.history.latest("history_date")
    assert latest.history_user == publisher
    assert latest.history_change_reason.startswith("Khôi phục phiên bản lúc ")
    assert article.history.count() == 3  # created, changed, reverted: nothing is lost


def test_an_editor_reverts_a_draft_to_an_earlier_version(client, editor, category):
    article = make_article(category, title="Bản nháp gốc", status=Article.Status.DRAFT)
    first = article.history.get()
    article.title = "Bản nháp sửa hỏng"
    article.save()
    client.force_login(editor)

    response = revert(client, article, first)

    assert response.status_code == 302
    assert stored(article).title == "Bản nháp gốc"


def test_an_editor_cannot_revert_a_published_article(client, editor, category):
    article = make_article(category, title="Tiêu đề gốc")
    first = article.history.get()
    article.title = "Tiêu đề do người duyệt sửa"
    article.save()
    client.force_login(editor)

    client.post(
        revert_url(article, first),
        article_post_data(category, title="Tiêu đề gốc", slug=article.slug),
    )

    assert stored(article).title == "Tiêu đề do người duyệt sửa"

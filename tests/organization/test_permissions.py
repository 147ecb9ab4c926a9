"""Who may edit what in the admin: the schedule and links are routine work for editors;
the agency's pages, leaders, units and English pages belong to publishers and administrators."""

from datetime import date, timedelta

import pytest
from django.urls import reverse

from organization.models import ScheduleEntry, WebLink
from tests.organization.factories import (
    make_about_page,
    make_english_settings,
    make_entry,
    make_leader,
)

pytestmark = pytest.mark.django_db

ROUTINE = ["scheduleentry", "weblink"]
IDENTITY = ["aboutpage", "leader", "department", "englishpage"]


def admin_url(model, action="changelist", *args):
    return reverse(f"admin:organization_{model}_{action}", args=args)


@pytest.mark.parametrize("model", ROUTINE + IDENTITY + ["englishsettings"])
def test_anonymous_is_sent_to_the_login_page(client, model):
    response = client.get(admin_url(model))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))


@pytest.mark.parametrize("role", ["editor", "publisher"])
@pytest.mark.parametrize("model", ROUTINE)
def test_editors_and_publishers_keep_the_schedule_and_links(client, request, role, model):
    client.force_login(request.getfixturevalue(role))

    assert client.get(admin_url(model)).status_code == 200
    assert client.get(admin_url(model, "add")).status_code == 200


@pytest.mark.parametrize("model", ["aboutpage", "department", "englishpage", "englishsettings"])
def test_editors_cannot_open_the_agency_pages(client, editor, model):
    client.force_login(editor)

    assert client.get(admin_url(model)).status_code == 403


def test_editors_see_the_leaders_but_cannot_change_them(client, editor):
    leader = make_leader("Nguyễn Văn Minh")
    client.force_login(editor)

    assert client.get(admin_url("leader")).status_code == 200
    assert client.get(admin_url("leader", "add")).status_code == 403
    response = client.post(admin_url("leader", "change", leader.pk), {"full_name": "Bị sửa"})
    assert response.status_code == 403
    leader.refresh_from_db()
    assert leader.full_name == "Nguyễn Văn Minh"


def test_editor_cannot_change_an_about_page(client, editor):
    about = make_about_page("Chức năng, nhiệm vụ")
    client.force_login(editor)

    response = client.post(admin_url("aboutpage", "change", about.pk), {"title": "Bị sửa"})

    assert response.status_code == 403
    about.refresh_from_db()
    assert about.title == "Chức năng, nhiệm vụ"


@pytest.mark.parametrize("model", IDENTITY + ["englishsettings"])
def test_publishers_edit_the_agency_pages(client, publisher, model):
    client.force_login(publisher)

    assert client.get(admin_url(model)).status_code == 200
    assert client.get(admin_url(model, "add")).status_code == 200


def test_editor_can_pick_a_leader_to_chair_an_entry(client, editor):
    make_leader("Nguyễn Văn Minh")
    client.force_login(editor)

    response = client.get(
        reverse("admin:autocomplete"),
        {
            "app_label": "organization",
            "model_name": "scheduleentry",
            "field_name": "leader",
            "term": "Minh",
        },
    )

    assert response.status_code == 200
    assert [r["text"] for r in response.json()["results"]] == ["Nguyễn Văn Minh (Phó Giám đốc Sở)"]


def test_editor_adds_a_draft_entry_stamped_with_their_name(client, editor):
    client.force_login(editor)

    response = client.post(
        admin_url("scheduleentry", "add"),
        {
            "date": "2026-11-23",
            "session": ScheduleEntry.Session.MORNING,
            "start_time": "07:30",
            "end_time": "",
            "content": "Giao ban đầu tuần",
            "leader": "",
            "chair_text": "",
            "participants": "",
            "location": "",
            "notes": "",
            "_save": "Lưu lại",
        },
    )

    assert response.status_code == 302
    entry = ScheduleEntry.objects.get()
    assert entry.created_by == editor and entry.updated_by == editor
    assert not entry.is_published


def test_admin_refuses_two_chairs(client, editor):
    leader = make_leader()
    client.force_login(editor)

    response = client.post(
        admin_url("scheduleentry", "add"),
        {
            "date": "2026-11-23",
            "session": ScheduleEntry.Session.MORNING,
            "content": "Họp",
            "leader": leader.pk,
            "chair_text": "Người khác",
        },
    )

    assert response.status_code == 200
    assert "không ghi cả hai" in response.content.decode()
    assert not ScheduleEntry.objects.exists()


def action(client, name, *entries):
    return client.post(
        admin_url("scheduleentry"),
        {"action": name, "_selected_action": [e.pk for e in entries], "index": "0"},
    )


def test_copy_to_next_week_makes_unpublished_drafts(client, editor):
    leader = make_leader()
    monday = date(2026, 11, 23)
    entry = make_entry(monday, "Giao ban đầu tuần", leader=leader, location="Phòng họp")
    client.force_login(editor)

    assert action(client, "copy_to_next_week", entry).status_code == 302

    copy = ScheduleEntry.objects.exclude(pk=entry.pk).get()
    assert copy.date == monday + timedelta(days=7)
    assert (copy.content, copy.leader, copy.location) == ("Giao ban đầu tuần", leader, "Phòng họp")
    assert not copy.is_published
    assert copy.created_by == editor


def test_publish_and_withdraw_actions(client, publisher):
    entry = make_entry(date(2026, 11, 23), is_published=False)
    client.force_login(publisher)

    action(client, "publish_selected", entry)
    entry.refresh_from_db()
    assert entry.is_published and entry.updated_by == publisher

    action(client, "unpublish_selected", entry)
    entry.refresh_from_db()
    assert not entry.is_published


def test_editor_adds_a_web_link(client, editor):
    client.force_login(editor)

    response = client.post(
        admin_url("weblink", "add"),
        {
            "name": "Bộ Nội vụ",
            "url": "moha.gov.vn",
            "group": "",
            "position": "1",
            "is_active": "on",
        },
    )

    assert response.status_code == 302
    assert WebLink.objects.get().url == "https://moha.gov.vn"


def test_only_one_english_settings_row_can_be_added(client, publisher):
    make_english_settings()
    client.force_login(publisher)

    assert client.get(admin_url("englishsettings", "add")).status_code == 403


def test_copying_twice_does_not_duplicate_an_entry(client, editor):
    entry = make_entry(date(2026, 11, 23), "Giao ban đầu tuần")
    client.force_login(editor)

    action(client, "copy_to_next_week", entry)
    action(client, "copy_to_next_week", entry)

    assert ScheduleEntry.objects.filter(date=date(2026, 11, 30)).count() == 1

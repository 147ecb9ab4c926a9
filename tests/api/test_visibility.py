"""Nothing unapproved, unpublished or non-public ever leaves through the API."""

import json

import pytest

from tests.api.conftest import get_json, results
from tests.conftest import make_user

pytestmark = pytest.mark.django_db

PRIVATE_KEYS = {
    "status",
    "return_reason",
    "entered_by",
    "last_changed_by",
    "submitted_by",
    "submitted_at",
    "approved_by",
    "corrected_by",
    "created_by",
    "updated_by",
    "is_public",
}


def all_keys(value):
    if isinstance(value, dict):
        return set(value) | {key for item in value.values() for key in all_keys(item)}
    if isinstance(value, list):
        return {key for item in value for key in all_keys(item)}
    return set()


def test_unapproved_outcomes_are_not_listed(client, world):
    listed = {o["id"] for o in results(client, "outcomes/")}
    assert listed.isdisjoint(o.pk for o in world.unapproved)


@pytest.mark.parametrize("index", [0, 1, 2], ids=["draft", "submitted", "returned"])
def test_unapproved_outcome_detail_is_404(client, world, index):
    body = get_json(client, f"outcomes/{world.unapproved[index].pk}/", status=404)
    assert body == {"detail": "Không tìm thấy."}


def test_unapproved_outcomes_stay_hidden_under_filters(client, world):
    assert results(client, "outcomes/", year=2022) == []
    listed = results(client, "outcomes/", indicator="so-ho", unit="377", year_from=2022)
    assert [o["id"] for o in listed] == [world.kim_son_2023.pk]


def test_outcomes_of_hidden_programs_and_campaigns_are_not_shown(client, world):
    listed = {o["id"] for o in results(client, "outcomes/")}
    for outcome in world.hidden_owner_outcomes:
        assert outcome.pk not in listed
        get_json(client, f"outcomes/{outcome.pk}/", status=404)
    assert results(client, "outcomes/", program="chua-cong-bo") == []
    assert results(client, "outcomes/", campaign="noi-bo") == []
    assert results(client, "outcomes/", indicator="chi-tieu-an") == []


def test_indicators_of_hidden_owners_are_not_shown(client, world):
    codes = {i["code"] for i in results(client, "indicators/")}
    assert codes.isdisjoint({"chi-tieu-an", "chi-tieu-noi-bo"})
    get_json(client, "indicators/chi-tieu-an/", status=404)
    get_json(client, "indicators/chi-tieu-noi-bo/", status=404)
    assert results(client, "indicators/", program="chua-cong-bo") == []
    assert results(client, "indicators/", campaign="noi-bo") == []


def test_hidden_campaigns_and_programs_are_not_shown(client, world):
    assert "noi-bo" not in {c["slug"] for c in results(client, "campaigns/")}
    assert "chua-cong-bo" not in {p["slug"] for p in results(client, "programs/")}
    get_json(client, "campaigns/noi-bo/", status=404)
    get_json(client, "programs/chua-cong-bo/", status=404)
    assert get_json(client, "campaigns/chung-tay-vi-nguoi-ngheo/")["programs"] == ["ho-tro-nha-o"]
    assert results(client, "programs/", campaign="noi-bo") == []


def test_non_public_documents_are_not_shown(client, world):
    slug = world.hidden_document.slug
    assert slug not in {d["slug"] for d in results(client, "documents/")}
    get_json(client, f"documents/{slug}/", status=404)
    assert results(client, "documents/", number="15/BC-UBND") == []


def test_draft_pending_and_scheduled_articles_are_not_shown(client, world):
    hidden = [world.draft, world.pending, world.scheduled]
    listed = {a["slug"] for a in results(client, "articles/")}
    assert listed.isdisjoint(a.slug for a in hidden)
    for article in hidden:
        get_json(client, f"articles/{article.slug}/", status=404)
    assert [a["slug"] for a in results(client, "articles/", category="giam-ngheo")] == [
        "ban-giao-nha"
    ]


def test_a_logged_in_administrator_sees_no_more_than_anyone(client, world):
    anonymous = {path: get_json(client, path) for path in ("outcomes/", "articles/", "documents/")}
    client.force_login(make_user("quantri-api", superuser=True))
    for path, body in anonymous.items():
        assert get_json(client, path) == body
    get_json(client, f"outcomes/{world.unapproved[0].pk}/", status=404)
    get_json(client, f"articles/{world.draft.slug}/", status=404)


def test_no_account_or_workflow_field_is_exposed(client, world):
    bodies = [
        get_json(client, path)
        for path in (
            "campaigns/",
            "programs/",
            "indicators/",
            "units/",
            "outcomes/",
            "documents/",
            "articles/",
            f"outcomes/{world.kim_son_2023.pk}/",
            "articles/ban-giao-nha/",
        )
    ]
    assert all_keys(bodies).isdisjoint(PRIVATE_KEYS)
    text = json.dumps(bodies, ensure_ascii=False)
    for secret in ("nhaplieu-mau", "duyet-mau", "dinhchinh", "Thiếu nguồn số liệu."):
        assert secret not in text

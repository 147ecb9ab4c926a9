"""Who may see, enter, approve and return figures in the admin, through real requests."""

import re
from decimal import Decimal
from types import SimpleNamespace

import pytest
from django.urls import reverse

from portal import roles
from programs import services
from programs.models import Outcome
from tests.programs.factories import SOURCE, add_role, make_official, make_outcome

pytestmark = pytest.mark.django_db

CHANGELIST_URL = reverse("admin:programs_outcome_changelist")
ADD_URL = reverse("admin:programs_outcome_add")
ENTRY_URL = reverse("admin:programs_outcome_entry")
SUBMITTED = Outcome.Status.SUBMITTED


def change_url(outcome):
    return reverse("admin:programs_outcome_change", args=[outcome.pk])


def review_url(outcome):
    return reverse("admin:programs_outcome_review", args=[outcome.pk])


def entry_url(program, year):
    return f"{ENTRY_URL}?chuong_trinh={program.pk}&nam={year}"


def stored(outcome):
    return Outcome.objects.get(pk=outcome.pk)


def add_post_data(indicator, unit, **overrides):
    """Every field of the admin's outcome form, as the browser posts it."""
    return {
        "indicator": indicator.pk,
        "unit": unit.pk,
        "year": "2024",
        "raw_value": "1.234",
        "raw_numerator": "",
        "raw_denominator": "",
        "source_document": "",
        "source_text": SOURCE,
        "_save": "Lưu lại",
        **overrides,
    }


def action_post_data(action, *outcomes):
    return {
        "action": action,
        "select_across": "0",
        "index": "0",
        "_selected_action": [outcome.pk for outcome in outcomes],
    }


def listed(response):
    return list(response.context["cl"].result_list)


def offered_actions(response):
    return [name for name, _label in response.context["action_form"].fields["action"].choices]


@pytest.fixture
def outcome_a(official_a, households, unit_a):
    return make_outcome(households, unit_a, 2023, Decimal("495"), status=SUBMITTED, by=official_a)


@pytest.fixture
def outcome_b(official_b, households, unit_b):
    return make_outcome(households, unit_b, 2023, Decimal("300"), status=SUBMITTED, by=official_b)


@pytest.fixture(params=["A", "B"])
def side(request, outcome_a, outcome_b):
    """Official A against district B's figures, and official B against district A's."""
    if request.param == "A":
        own, other = outcome_a, outcome_b
        user = request.getfixturevalue("official_a")
    else:
        own, other = outcome_b, outcome_a
        user = request.getfixturevalue("official_b")
    return SimpleNamespace(user=user, own=own, other=other, unit=own.unit, other_unit=other.unit)


# Anonymous


@pytest.mark.parametrize(
    "url_of",
    [
        lambda outcome: CHANGELIST_URL,
        lambda outcome: ADD_URL,
        lambda outcome: ENTRY_URL,
        change_url,
        review_url,
    ],
    ids=["changelist", "add", "entry", "change", "review"],
)
def test_anonymous_is_redirected_to_login(client, outcome_a, url_of):
    response = client.get(url_of(outcome_a))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))


def test_anonymous_cannot_approve(client, outcome_a):
    response = client.post(review_url(outcome_a), {"action": "approve"})

    assert response.status_code == 302
    assert stored(outcome_a).status == SUBMITTED


# Editor and publisher: the content roles have no access to figures


@pytest.mark.parametrize("role", ["editor", "publisher"])
@pytest.mark.parametrize("url", [CHANGELIST_URL, ADD_URL, ENTRY_URL])
def test_content_roles_cannot_open_the_figures_admin(client, request, role, url):
    client.force_login(request.getfixturevalue(role))

    assert client.get(url).status_code == 403


def test_editor_cannot_open_a_figure(client, editor, outcome_a):
    client.force_login(editor)

    assert client.get(change_url(outcome_a)).status_code == 403
    assert client.get(review_url(outcome_a)).status_code in (403, 404)


# Officials of district A and of district B


def test_official_changelist_lists_only_their_district(client, side):
    client.force_login(side.user)

    response = client.get(CHANGELIST_URL)

    assert response.status_code == 200
    assert listed(response) == [side.own]
    assert change_url(side.other) not in response.content.decode()


def test_official_cannot_open_another_districts_figure(client, side):
    client.force_login(side.user)

    response = client.get(change_url(side.other))

    # Django's admin answers an object outside get_queryset() as missing (302 to the index).
    assert response.status_code in (302, 403, 404)
    assert 'name="raw_value"' not in response.content.decode()


def test_official_cannot_open_the_review_page_of_another_districts_figure(client, side):
    client.force_login(side.user)

    assert client.get(review_url(side.other)).status_code == 404


def test_official_add_form_offers_only_their_district(client, side):
    client.force_login(side.user)

    response = client.get(ADD_URL)

    assert response.status_code == 200
    assert list(response.context["adminform"].form.fields["unit"].queryset) == [side.unit]
    unit_select = re.search(r'<select name="unit".*?</select>', response.content.decode(), re.S)
    assert f'value="{side.unit.pk}"' in unit_select.group()
    assert f'value="{side.other_unit.pk}"' not in unit_select.group()


def test_official_adds_a_draft_for_their_district(client, side, households):
    client.force_login(side.user)

    response = client.post(ADD_URL, add_post_data(households, side.unit))

    assert response.status_code == 302
    outcome = Outcome.objects.get(unit=side.unit, year=2024)
    assert outcome.value == Decimal("1234")
    assert outcome.status == Outcome.Status.DRAFT
    assert outcome.entered_by == side.user


def test_official_crafted_post_for_another_district_creates_nothing(client, side, households):
    client.force_login(side.user)

    response = client.post(ADD_URL, add_post_data(households, side.other_unit))

    assert response.status_code == 200  # the form comes back with its error
    assert response.context["adminform"].form.errors
    assert not Outcome.objects.filter(year=2024).exists()


def test_official_add_form_shows_a_numerator_above_the_denominator_as_a_form_error(
    client, official_a, rate, unit_a
):
    client.force_login(official_a)

    response = client.post(
        ADD_URL,
        add_post_data(rate, unit_a, raw_value="", raw_numerator="12", raw_denominator="10"),
    )

    assert response.status_code == 200  # the form again, not a "403 Forbidden" page
    assert "Tử số không được lớn hơn mẫu số" in response.content.decode()
    assert not Outcome.objects.exists()


def test_official_changing_the_year_of_a_draft_does_not_copy_it(
    client, official_a, households, unit_a
):
    draft = make_outcome(
        households, unit_a, 2023, Decimal("495"), status=Outcome.Status.DRAFT, by=official_a
    )
    client.force_login(official_a)

    client.post(change_url(draft), add_post_data(households, unit_a, year="2024", raw_value="495"))

    assert Outcome.objects.count() == 1


@pytest.mark.parametrize("view", ["history", "version"])
def test_official_cannot_read_another_districts_history(client, side, view):
    client.force_login(side.user)
    if view == "history":
        url = reverse("admin:programs_outcome_history", args=[side.other.pk])
    else:
        version = side.other.history.get().history_id
        url = reverse("admin:programs_outcome_simple_history", args=[side.other.pk, version])

    response = client.get(url)

    assert response.status_code in (302, 403, 404)
    assert side.other_unit.name not in response.content.decode()


def test_official_crafted_entry_cell_for_another_district_saves_nothing(
    client, side, program, households
):
    client.force_login(side.user)

    client.post(
        entry_url(program, 2024),
        {
            f"v-{side.other_unit.pk}-{households.pk}": "777",
            "source_text": SOURCE,
            "_submit": "Lưu và gửi duyệt",
        },
    )

    assert not Outcome.objects.filter(unit=side.other_unit, year=2024).exists()


def test_official_is_not_offered_the_bulk_approval(client, side):
    client.force_login(side.user)

    response = client.get(CHANGELIST_URL)

    assert "submit_selected" in offered_actions(response)
    assert "approve_selected" not in offered_actions(response)


def test_official_posting_the_bulk_approval_changes_nothing(client, side):
    client.force_login(side.user)

    client.post(CHANGELIST_URL, action_post_data("approve_selected", side.own, side.other))

    assert stored(side.own).status == SUBMITTED
    assert stored(side.other).status == SUBMITTED


def test_official_cannot_approve_through_the_review_page(client, side):
    client.force_login(side.user)

    response = client.post(review_url(side.own), {"action": "approve"})

    assert response.status_code == 403
    assert stored(side.own).status == SUBMITTED


# Approver


def test_approver_sees_every_district(client, approver, outcome_a, outcome_b):
    client.force_login(approver)

    response = client.get(CHANGELIST_URL)

    assert response.status_code == 200
    assert set(listed(response)) == {outcome_a, outcome_b}


def test_approver_cannot_enter_figures(client, approver, households, unit_a):
    client.force_login(approver)

    response = client.post(ADD_URL, add_post_data(households, unit_a))

    assert response.status_code == 403
    assert not Outcome.objects.exists()


def test_approver_approves_through_the_review_page(client, approver, outcome_a):
    client.force_login(approver)

    response = client.post(review_url(outcome_a), {"action": "approve"})

    assert response.status_code == 302
    outcome = stored(outcome_a)
    assert outcome.status == Outcome.Status.APPROVED
    assert outcome.approved_by == approver


def test_approver_returns_with_a_reason(client, approver, outcome_a):
    client.force_login(approver)

    response = client.post(
        review_url(outcome_a), {"action": "return", "reason": "Chưa khớp báo cáo của huyện."}
    )

    assert response.status_code == 302
    outcome = stored(outcome_a)
    assert outcome.status == Outcome.Status.RETURNED
    assert outcome.return_reason == "Chưa khớp báo cáo của huyện."


def test_approver_cannot_return_without_a_reason(client, approver, outcome_a):
    client.force_login(approver)

    response = client.post(review_url(outcome_a), {"action": "return", "reason": ""})

    assert response.status_code == 200
    assert "Cần ghi lý do trả lại" in response.content.decode()
    assert stored(outcome_a).status == SUBMITTED


def test_approver_approves_in_bulk(client, approver, outcome_a, outcome_b):
    client.force_login(approver)

    client.post(CHANGELIST_URL, action_post_data("approve_selected", outcome_a, outcome_b))

    assert stored(outcome_a).status == Outcome.Status.APPROVED
    assert stored(outcome_b).status == Outcome.Status.APPROVED


@pytest.fixture
def dual(unit_a, program, households):
    """An official of district A who also holds the approver role."""
    user = make_official("kiemnhiem-kimson", units=[unit_a], programs=[program])
    return add_role(user, roles.DATA_APPROVER)


@pytest.fixture
def own_entry(dual, households, unit_a):
    return services.outcome_save(
        user=dual,
        indicator=households,
        unit=unit_a,
        year=2024,
        value=Decimal("120"),
        source_text=SOURCE,
        submit=True,
    )


def test_approver_cannot_approve_their_own_entry(client, dual, own_entry):
    client.force_login(dual)

    response = client.post(review_url(own_entry), {"action": "approve"})

    assert response.status_code == 403
    assert stored(own_entry).status == SUBMITTED


def test_approver_cannot_return_their_own_entry(client, dual, own_entry):
    client.force_login(dual)

    response = client.post(review_url(own_entry), {"action": "return", "reason": "Sửa lại."})

    assert response.status_code == 403
    assert stored(own_entry).status == SUBMITTED


def test_bulk_approval_skips_the_approvers_own_entry(client, dual, own_entry, outcome_a):
    client.force_login(dual)

    client.post(CHANGELIST_URL, action_post_data("approve_selected", own_entry, outcome_a))

    assert stored(own_entry).status == SUBMITTED
    assert stored(outcome_a).status == Outcome.Status.APPROVED


# Administrator (superuser)


def test_administrator_sees_every_district(client, administrator, outcome_a, outcome_b):
    client.force_login(administrator)

    response = client.get(CHANGELIST_URL)

    assert set(listed(response)) == {outcome_a, outcome_b}


def test_administrator_adds_a_figure_for_any_district(client, administrator, households, unit_b):
    client.force_login(administrator)

    response = client.post(ADD_URL, add_post_data(households, unit_b))

    assert response.status_code == 302
    assert Outcome.objects.get(unit=unit_b, year=2024).entered_by == administrator


def test_administrator_approves_someone_elses_figure(client, administrator, outcome_b):
    client.force_login(administrator)

    response = client.post(review_url(outcome_b), {"action": "approve"})

    assert response.status_code == 302
    assert stored(outcome_b).approved_by == administrator


def test_administrator_cannot_approve_their_own_entry(
    client, administrator, program, households, unit_a
):
    client.force_login(administrator)
    client.post(
        entry_url(program, 2024),
        {f"v-{unit_a.pk}-{households.pk}": "88", "source_text": SOURCE, "_submit": "Gửi"},
    )
    outcome = Outcome.objects.get(unit=unit_a, year=2024)
    assert outcome.status == SUBMITTED

    response = client.post(review_url(outcome), {"action": "approve"})

    assert response.status_code == 403
    assert stored(outcome).status == SUBMITTED

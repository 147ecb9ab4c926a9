"""Two officials saving the same figure: the later save from a stale screen is refused (the
admin form as a whole, the yearly entry screen cell by cell), nothing typed is lost from the
screen, and the history keeps the first change."""

import re
from decimal import Decimal

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from portal.models import EditConflict
from programs import services, year_report
from programs.models import Outcome
from tests.programs.factories import SOURCE, make_official, make_outcome

pytestmark = pytest.mark.django_db

Status = Outcome.Status
CONFLICT = "Số liệu đã được người khác sửa lúc"
CELL_CONFLICT = "Người khác đã sửa ô này lúc"
ENTRY_URL = reverse("admin:programs_outcome_entry")


def change_url(outcome):
    return reverse("admin:programs_outcome_change", args=[outcome.pk])


def review_url(outcome):
    return reverse("admin:programs_outcome_review", args=[outcome.pk])


def entry_url(program, year):
    return f"{ENTRY_URL}?chuong_trinh={program.pk}&nam={year}"


def stored(outcome):
    return Outcome.objects.get(pk=outcome.pk)


def hidden(response, name):
    match = re.search(rf'name="{name}" value="(\d+)"', response.content.decode())
    assert match, f"no hidden {name}"
    return match.group(1)


def cell(unit, indicator):
    return f"v-{unit.pk}-{indicator.pk}"


def cell_html(response, unit, indicator):
    name = cell(unit, indicator)
    match = re.search(
        rf'<td[^>]*>\s*<input [^>]*name="{name}".*?</td>', response.content.decode(), re.S
    )
    assert match, f"no cell {name}"
    return match.group()


def save_screen(client, screen, grid, typed=None):
    """Post an entry screen back as the browser would: each cell's value and version as the
    page shows them, with the cells of `typed` ({indicator: "150"}) typed over."""
    html = screen.content.decode()
    data = {"source_text": SOURCE, "_draft": "Lưu nháp"}
    for unit in grid["units"]:
        for indicator in grid["indicators"]:
            name = cell(unit, indicator)
            value = re.search(rf'name="{name}" [^>]*value="([^"]*)"', html)
            data[name] = value.group(1) if value else ""
            data[f"ver-{unit.pk}-{indicator.pk}"] = hidden(screen, f"ver-{unit.pk}-{indicator.pk}")
    for indicator, text in (typed or {}).items():
        data[cell(grid["units"][0], indicator)] = text
    return client.post(grid["url"], data)


def enter(user, indicator, unit, value, *, submit=False):
    return services.outcome_save(
        user=user,
        indicator=indicator,
        unit=unit,
        year=2024,
        value=Decimal(value),
        source_text=SOURCE,
        submit=submit,
    )


@pytest.fixture
def colleague(unit_a, program, campaign, official_a):
    """A second official of the same district."""
    return make_official("canbo-kimson-2", units=[unit_a], programs=[program], campaigns=[campaign])


@pytest.fixture
def first(official_a):
    client = Client()
    client.force_login(official_a)
    return client


@pytest.fixture
def second(colleague):
    client = Client()
    client.force_login(colleague)
    return client


@pytest.fixture
def draft(official_a, households, unit_a):
    return make_outcome(
        households, unit_a, 2024, Decimal("100"), status=Status.DRAFT, by=official_a
    )


def form_data(outcome, version, raw_value):
    return {
        "raw_value": raw_value,
        "raw_numerator": "",
        "raw_denominator": "",
        "source_document": "",
        "source_text": SOURCE,
        "loaded_version": version,
        "_save": "Lưu lại",
    }


# The admin change form


def test_the_later_save_of_the_same_figure_is_refused_and_the_first_survives(
    first, second, official_a, draft
):
    version_first = hidden(first.get(change_url(draft)), "loaded_version")
    version_second = hidden(second.get(change_url(draft)), "loaded_version")
    assert first.post(change_url(draft), form_data(draft, version_first, "120")).status_code == 302

    response = second.post(change_url(draft), form_data(draft, version_second, "150"))

    assert response.status_code == 200
    html = response.content.decode()
    changed_at = timezone.localtime(stored(draft).updated_at)
    assert f"{CONFLICT} {changed_at:%H:%M} sau khi bạn mở" in html
    assert 'name="raw_value" value="150"' in html  # what they typed stays on the screen
    assert stored(draft).value == Decimal("120")
    history = draft.history.order_by("history_date")
    assert [row.value for row in history] == [Decimal("100"), Decimal("120")]
    assert history.last().history_user == official_a


def test_a_figure_saved_without_conflict_is_saved(first, draft):
    for raw in ("120", "130"):
        version = hidden(first.get(change_url(draft)), "loaded_version")

        response = first.post(change_url(draft), form_data(draft, version, raw))

        assert response.status_code == 302
        assert stored(draft).value == Decimal(raw)


def test_an_approver_cannot_approve_a_figure_that_changed_after_they_opened_it(
    client, approver, official_a, households, unit_a
):
    outcome = enter(official_a, households, unit_a, "100", submit=True)
    client.force_login(approver)
    shown = hidden(client.get(review_url(outcome)), "version")
    # Meanwhile it is returned by a colleague and submitted again with another value.
    services.outcome_return(outcome=outcome, user=approver, reason="Kiểm tra lại số hộ")
    enter(official_a, households, unit_a, "900", submit=True)

    response = client.post(review_url(outcome), {"action": "approve", "version": shown})

    assert CONFLICT in response.content.decode()
    assert stored(outcome).status == Status.SUBMITTED


# The yearly entry screen


@pytest.fixture
def grid(program, unit_a, households, money):
    return {"url": entry_url(program, 2024), "units": [unit_a], "indicators": [households, money]}


def test_a_cell_changed_by_someone_else_is_refused_and_marked(
    first, second, grid, draft, unit_a, households, money
):
    screen_first, screen_second = first.get(grid["url"]), second.get(grid["url"])
    save_screen(first, screen_first, grid, {households: "120"})

    response = save_screen(second, screen_second, grid, {households: "150", money: "41,1"})

    assert response.status_code == 200
    refused = cell_html(response, unit_a, households)
    assert CELL_CONFLICT in refused and "Giá trị bạn gửi: 150" in refused
    assert 'value="120"' in refused  # the other person's value, to look at
    assert 'value="41,1"' in cell_html(response, unit_a, money)  # the rest is kept
    assert stored(draft).value == Decimal("120")
    assert not Outcome.objects.filter(indicator=money).exists()  # all cells or none


def test_saving_the_marked_screen_again_keeps_the_other_value_and_saves_the_rest(
    first, second, grid, draft, unit_a, households, money
):
    screen_first, screen_second = first.get(grid["url"]), second.get(grid["url"])
    save_screen(first, screen_first, grid, {households: "120"})
    marked = save_screen(second, screen_second, grid, {households: "150", money: "41,1"})

    response = save_screen(second, marked, grid)

    assert response.status_code == 302
    assert stored(draft).value == Decimal("120")
    assert Outcome.objects.get(indicator=money).value == Decimal("41.1")


def test_a_cell_someone_else_filled_in_meanwhile_is_refused(
    first, second, grid, unit_a, households
):
    screen_first, screen_second = first.get(grid["url"]), second.get(grid["url"])
    save_screen(first, screen_first, grid, {households: "120"})

    response = save_screen(second, screen_second, grid, {households: "150"})

    assert CELL_CONFLICT in cell_html(response, unit_a, households)
    assert Outcome.objects.get(indicator=households).value == Decimal("120")


def test_cells_nobody_else_touched_are_saved_as_usual(
    first, second, grid, draft, unit_a, households, money
):
    screen_first, screen_second = first.get(grid["url"]), second.get(grid["url"])
    save_screen(first, screen_first, grid, {money: "41,1"})

    response = save_screen(second, screen_second, grid, {households: "150"})

    # The money cell was empty on the second screen: nothing of the first's is touched.
    assert response.status_code == 302
    assert stored(draft).value == Decimal("150")
    assert Outcome.objects.get(indicator=money).value == Decimal("41.1")


def test_a_cell_changed_between_the_check_and_the_write_refuses_the_whole_screen(
    official_a, colleague, program, unit_a, households, money, draft, monkeypatch
):
    cells = {(unit_a.pk, households.pk): "150", (unit_a.pk, money.pk): "41,1"}
    versions = {(unit_a.pk, households.pk): draft.version, (unit_a.pk, money.pk): 0}
    real_lock = year_report._locked_cells

    def lock_after_a_colleague(**kwargs):
        # The colleague's save lands after the checks, before the cells are locked.
        Outcome.objects.filter(pk=draft.pk).update(value=120, version=draft.version + 1)
        return real_lock(**kwargs)

    monkeypatch.setattr(year_report, "_locked_cells", lock_after_a_colleague)

    report = services.save_year_report(
        user=official_a,
        program=program,
        year=2024,
        units=[unit_a],
        cells=cells,
        source_text=SOURCE,
        versions=versions,
    )

    assert report.saved == 0 and report.conflicts == {(unit_a.pk, households.pk)}
    assert CELL_CONFLICT in report.errors[(unit_a.pk, households.pk)]
    assert not Outcome.objects.filter(indicator=money).exists()


# The services


def test_every_step_of_the_workflow_moves_the_version_on(official_a, approver, households, unit_a):
    outcome = enter(official_a, households, unit_a, "100")
    services.outcome_submit(outcome=outcome, user=official_a)
    services.outcome_approve(outcome=outcome, user=approver)

    assert stored(outcome).version == 3


def test_a_step_on_a_figure_changed_since_it_was_read_is_refused(official_a, households, unit_a):
    outcome = enter(official_a, households, unit_a, "100")
    Outcome.objects.filter(pk=outcome.pk).update(value=120, version=outcome.version + 1)

    with pytest.raises(EditConflict):
        services.outcome_submit(outcome=outcome, user=official_a)

    assert stored(outcome).status == Status.DRAFT

"""The outcome list and the yearly entry screen at scale: their queries do not grow with the
number of units, years and values, the filters list only what each user may see, and a save
of the whole grid keeps the workflow's history. bench/admin.py measures the times at
1,000 units and ten years."""

import itertools
from decimal import Decimal

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from programs.models import AdministrativeUnit, OfficialScope, Outcome
from tests.documents.factories import make_document
from tests.programs.factories import SOURCE, make_official, make_outcome, make_unit

pytestmark = pytest.mark.django_db

Status = Outcome.Status
OUTCOMES_URL = reverse("admin:programs_outcome_changelist")
ENTRY_URL = reverse("admin:programs_outcome_entry")
YEARS = [2021, 2022, 2023, 2024, 2025]

# Session, user, two-step device, permissions, the assignment (officials: read by the list
# and by its filters), the years, programmes, indicators and units of the filters, one
# count, the page and the session saved; the same on SQLite and PostgreSQL.
LIST_BUDGET = 18
SEARCH_BUDGET = LIST_BUDGET + 2  # the index look-ups for unit and indicator names
# The same first queries, the programme, its indicators and units, the assignment's units,
# programmes and campaigns, the stored cells (read, then locked), per 500 values one insert
# (or upsert) and one history insert, savepoints and the session saved.
SAVE_BUDGET = 22


@pytest.fixture
def grid(province, program, campaign, households, money, rate):
    """A province whose districts report two programme indicators and the campaign's rate."""
    return {
        "province": province,
        "program": program,
        "indicators": [households, money, rate],
        "units": [],
        "official": make_official(
            "canbo-huyen", units=[], programs=[program], campaigns=[campaign]
        ),
    }


def add_units(grid, count, years):
    """Districts (each with a commune) up to `count`, assigned to the grid's official, with a
    value of every indicator for every year: approved, submitted, drafts."""
    scope = OfficialScope.objects.get(user=grid["official"])
    statuses = itertools.cycle([Status.APPROVED, Status.APPROVED, Status.SUBMITTED, Status.DRAFT])
    while len(grid["units"]) < count:
        n = len(grid["units"]) + 1
        district = make_unit(f"Huyện Kim Sơn {n}", parent=grid["province"])
        make_unit(f"Xã Kim Đông {n}", level=AdministrativeUnit.Level.COMMUNE, parent=district)
        grid["units"].append(district)
        scope.units.add(district)
        for year in years:
            for indicator in grid["indicators"]:
                make_outcome(indicator, district, year, Decimal(n), status=next(statuses))


def list_urls(grid):
    program, households = grid["program"], grid["indicators"][0]
    return {
        "default": "",
        "status": "?status__exact=submitted",
        "year": "?year=2024",
        "programme": f"?indicator__program__id__exact={program.pk}",
        "indicator": f"?indicator__id__exact={households.pk}",
        "level": "?unit__level__exact=huyen",
        "unit": f"?unit__id__exact={grid['units'][0].pk}",
        "sort by indicator": "?o=1",
        "sort by unit": "?o=-2",
        "sort by year": "?o=3",
        "sort by status": "?o=5",
        "sort by last change": "?o=6",
    }


SEARCHES = {"unit name": "?q=kim+son", "with diacritics": "?q=Kim+Sơn", "indicator": "?q=hộ"}


def count_queries(client, url):
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries), response


def counts_at_two_sizes(client, grid, urls):
    add_units(grid, 2, YEARS[:2])
    small = {label: count_queries(client, OUTCOMES_URL + url)[0] for label, url in urls.items()}
    add_units(grid, 6, YEARS)
    large = {label: count_queries(client, OUTCOMES_URL + url)[0] for label, url in urls.items()}
    return small, large


@pytest.fixture
def as_role(client, grid, request):
    def login(role):
        user = grid["official"] if role == "official" else request.getfixturevalue(role)
        client.force_login(user)
        return client

    return login


@pytest.mark.parametrize("role", ["administrator", "approver", "official"])
def test_outcome_list_queries_do_not_grow_with_units_and_years(as_role, grid, role):
    client = as_role(role)
    add_units(grid, 1, YEARS[:1])

    small, large = counts_at_two_sizes(client, grid, list_urls(grid))

    assert small == large
    assert max(large.values()) <= LIST_BUDGET


@pytest.mark.parametrize("role", ["administrator", "official"])
def test_outcome_search_queries_do_not_grow_with_units_and_years(as_role, grid, role):
    client = as_role(role)

    small, large = counts_at_two_sizes(client, grid, SEARCHES)

    assert small == large
    assert max(large.values()) <= SEARCH_BUDGET


def test_outcome_search_finds_a_units_values_with_or_without_diacritics(as_role, grid):
    client = as_role("approver")
    add_units(grid, 2, YEARS[:1])
    first = set(Outcome.objects.filter(unit=grid["units"][0]))

    for q in ("kim son 1", "Kim Sơn 1"):
        response = client.get(OUTCOMES_URL, {"q": q})
        assert set(response.context["cl"].result_list) == first


def filter_choices(response, title):
    """The names a filter offers, without "all" and "empty"."""
    cl = response.context["cl"]
    spec = next(spec for spec in cl.filter_specs if spec.title == title)
    choices = list(spec.choices(cl))[1:]
    return [str(c["display"]) for c in choices if "__isnull" not in c["query_string"]]


def test_an_officials_unit_filter_lists_only_their_units(as_role, grid, unit_b):
    add_units(grid, 2, YEARS[:1])
    client = as_role("official")

    response = client.get(OUTCOMES_URL)

    assert filter_choices(response, "địa bàn") == [str(unit) for unit in grid["units"]]
    assert unit_b.name not in response.content.decode()


def test_an_approvers_unit_filter_lists_provinces_and_districts_not_communes(as_role, grid):
    add_units(grid, 2, YEARS[:1])
    client = as_role("approver")

    choices = filter_choices(client.get(OUTCOMES_URL), "địa bàn")

    assert [grid["province"].name, *[unit.name for unit in grid["units"]]] == choices
    assert not AdministrativeUnit.objects.filter(name__in=choices, level="xa").exists()


def test_the_unit_filter_still_narrows_to_a_commune_named_in_the_url(as_role, grid):
    add_units(grid, 1, YEARS[:1])
    commune = AdministrativeUnit.objects.get(level="xa")
    value = make_outcome(grid["indicators"][0], commune, 2024, Decimal(3))
    client = as_role("approver")

    response = client.get(OUTCOMES_URL, {"unit__id__exact": commune.pk})

    assert list(response.context["cl"].result_list) == [value]


def test_the_year_filter_lists_every_year_between_the_first_and_the_last(as_role, grid):
    add_units(grid, 1, [2021, 2024])
    client = as_role("approver")

    assert filter_choices(client.get(OUTCOMES_URL), "năm") == ["2024", "2023", "2022", "2021"]


def test_an_officials_programme_and_indicator_filters_list_their_assignment(
    as_role, grid, campaign
):
    from tests.programs.factories import make_indicator, make_program

    other = make_program("Chương trình khác", campaign=campaign)
    make_indicator(other, "Chỉ tiêu của chương trình khác")
    client = as_role("official")

    response = client.get(OUTCOMES_URL)

    assert filter_choices(response, "chương trình") == [grid["program"].name]
    assert filter_choices(response, "chỉ tiêu") == [str(i) for i in grid["indicators"]]


def test_outcome_change_form_queries_do_not_grow_with_legal_documents(as_role, grid):
    add_units(grid, 1, [])
    draft = make_outcome(grid["indicators"][0], grid["units"][0], 2024, 5, status=Status.DRAFT)
    client = as_role("official")
    url = reverse("admin:programs_outcome_change", args=[draft.pk])
    make_document()
    client.get(url)  # fills the process's caches (content types)

    small = count_queries(client, url)[0]
    for _ in range(10):
        make_document()
    large = count_queries(client, url)[0]

    assert small == large


# The yearly entry screen


def entry_url(grid, year=2024):
    return f"{ENTRY_URL}?chuong_trinh={grid['program'].pk}&nam={year}"


def typed(n):
    return {0: "1.234", 1: "41,1"}[n % 2]


def post_grid(client, grid, *, action="_draft", offset=0):
    """The screen posted back as the browser does: every open cell typed, with its version."""
    screen = client.get(entry_url(grid))
    data = {"source_text": SOURCE, action: "1"}
    for row in screen.context["rows"]:
        for n, cell in enumerate(row["cells"]):
            if cell["locked"]:
                continue
            data[cell["name"]] = f"{offset + n + 1}{typed(n)[1:]}" if offset else typed(n)
            data[f"ver-{row['unit'].pk}-{cell['indicator'].pk}"] = cell["version"]
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.post(entry_url(grid), data)
    assert response.status_code == 302, response.context and response.context.get("rows")
    return len(queries)


def save_counts(client, grid):
    """Queries of saving new drafts, changing them and submitting them."""
    new = post_grid(client, grid)
    changed = post_grid(client, grid, offset=3)
    submitted = post_grid(client, grid, action="_submit", offset=5)
    return new, changed, submitted


def test_entry_screen_save_queries_do_not_grow_with_units(as_role, grid):
    client = as_role("official")
    add_units(grid, 2, [])
    small = save_counts(client, grid)
    Outcome.objects.all().delete()
    add_units(grid, 8, [])

    large = save_counts(client, grid)

    assert small == large
    assert max(large) <= SAVE_BUDGET
    assert Outcome.objects.filter(status=Status.SUBMITTED).count() == 8 * 2


def test_entry_screen_save_keeps_a_history_row_per_value_and_step(as_role, grid):
    client = as_role("official")
    add_units(grid, 3, [])

    save_counts(client, grid)

    official = grid["official"]
    for outcome in Outcome.objects.all():
        steps = list(outcome.history.order_by("history_id"))
        assert [h.history_change_reason for h in steps] == ["Lưu nháp", "Lưu nháp", "Gửi duyệt"]
        assert [h.history_type for h in steps] == ["+", "~", "~"]
        assert {h.history_user for h in steps} == {official}
        assert [h.status for h in steps] == [Status.DRAFT, Status.DRAFT, Status.SUBMITTED]
        assert outcome.version == 3
        assert outcome.entered_by == outcome.submitted_by == official


def test_entry_screen_save_changes_drafts_and_leaves_approved_and_submitted_cells(as_role, grid):
    client = as_role("official")
    add_units(grid, 2, [2024])  # approved, approved, submitted, draft, …
    locked = {o.pk: (o.value, o.version) for o in Outcome.objects.exclude(status=Status.DRAFT)}
    on_screen = Outcome.objects.filter(status=Status.DRAFT, indicator__program=grid["program"])
    drafts = {o.pk: o.version for o in on_screen}

    post_grid(client, grid, offset=7)

    assert locked == {
        o.pk: (o.value, o.version) for o in Outcome.objects.exclude(status=Status.DRAFT)
    }
    assert drafts
    for outcome in Outcome.objects.filter(pk__in=drafts):
        assert outcome.version == drafts[outcome.pk] + 1
        assert outcome.history.latest("history_id").history_change_reason == "Lưu nháp"

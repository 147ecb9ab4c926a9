"""Open-data downloads (CSV and JSON) and the /du-lieu-mo/ page: approved values of public
programmes only, one column definition for both formats, the licence carried with the data."""

import csv
import io
import json
import re
from decimal import Decimal

import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from portal.models import SiteSettings
from programs import opendata, services
from programs.models import AdministrativeUnit, Outcome, OutcomeCorrection
from tests.conftest import sitemap_text
from tests.documents.factories import make_document, make_document_type
from tests.programs.factories import (
    SOURCE,
    make_approver,
    make_campaign,
    make_indicator,
    make_outcome,
    make_program,
    make_unit,
)

pytestmark = pytest.mark.django_db

Status = Outcome.Status
ALL_CSV = reverse("programs:figures_csv")
ALL_JSON = reverse("programs:figures_json")
OPEN_DATA_URL = reverse("programs:open_data")


def program_csv(program):
    return reverse("programs:program_csv", kwargs={"slug": program.slug})


def program_json(program):
    return reverse("programs:program_json", kwargs={"slug": program.slug})


def body(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


def csv_rows(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return list(csv.DictReader(io.StringIO(body(response).decode("utf-8-sig"), newline="")))


def json_doc(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return json.loads(body(response))


def json_items(client, url):
    return json_doc(client, url)["items"]


def key(row):
    return (row["indicator_code"], row["unit_name"], int(row["year"]))


@pytest.fixture
def values(households, money, rate, province, unit_a, unit_b):
    """Approved values of a programme and of the campaign, one citing a document."""
    report = make_document("15/BC-UBND", doc_type=make_document_type("Báo cáo"))
    return [
        make_outcome(households, unit_a, 2023, Decimal("495")),
        make_outcome(
            households, unit_b, 2023, Decimal("34960"), source_document=report, source_text=""
        ),
        make_outcome(households, unit_a, 2024, Decimal("512"), is_illustrative=True),
        make_outcome(money, unit_a, 2023, Decimal("41100.5")),
        make_outcome(
            rate,
            province,
            2023,
            Decimal("1.8"),
            numerator=Decimal("5832"),
            denominator=Decimal("324000"),
        ),
    ]


# CSV


def test_csv_begins_with_a_bom_and_its_header_is_the_column_list(client, values):
    response = client.get(ALL_CSV)
    content = body(response)

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert content.startswith(b"\xef\xbb\xbf")
    reader = csv.DictReader(io.StringIO(content.decode("utf-8-sig"), newline=""))
    assert reader.fieldnames == opendata.FIELD_NAMES


def test_csv_rows_equal_the_approved_values_in_the_database(client, values):
    rows = csv_rows(client, ALL_CSV)

    expected = {
        (
            o.indicator.code,
            o.unit.name,
            o.year,
            o.indicator.unit_of_measure,
            f"{o.indicator.quantize(o.value):f}",
            o.source_label,
        )
        for o in Outcome.objects.approved().select_related("indicator", "unit")
    }
    assert {
        (*key(row), row["unit_of_measure"], row["value"], row["source"]) for row in rows
    } == expected
    assert len(rows) == len(expected) == 5


def test_values_are_written_for_machines_with_the_indicator_decimals(client, values):
    by_key = {key(row): row for row in csv_rows(client, ALL_CSV)}

    assert by_key[("so-ho", "Huyện Yên Mô", 2023)]["value"] == "34960"
    assert by_key[("kinh-phi", "Huyện Kim Sơn", 2023)]["value"] == "41100.5"
    assert by_key[("ty-le-ho-ngheo", "Tỉnh Ninh Bình", 2023)]["value"] == "1.80"


def test_numerator_and_denominator_are_written_without_trailing_zeros(client, values):
    row = {key(row): row for row in csv_rows(client, ALL_CSV)}[
        ("ty-le-ho-ngheo", "Tỉnh Ninh Bình", 2023)
    ]

    assert (row["numerator"], row["denominator"]) == ("5832", "324000")


def test_a_value_without_a_numerator_leaves_the_cell_empty(client, values):
    row = {key(row): row for row in csv_rows(client, ALL_CSV)}[("so-ho", "Huyện Kim Sơn", 2023)]

    assert (row["numerator"], row["denominator"]) == ("", "")


def test_the_source_names_the_cited_document(client, values):
    rows = {key(row): row for row in csv_rows(client, ALL_CSV)}

    assert rows[("so-ho", "Huyện Yên Mô", 2023)]["source"] == "Báo cáo số 15/BC-UBND"
    assert rows[("so-ho", "Huyện Kim Sơn", 2023)]["source"] == SOURCE


def test_a_cited_document_and_a_source_note_are_both_given(client, households, unit_a):
    report = make_document("15/BC-UBND", doc_type=make_document_type("Báo cáo"))
    make_outcome(
        households, unit_a, 2023, Decimal("495"), source_document=report, source_text="Biểu số 2"
    )

    (row,) = csv_rows(client, ALL_CSV)

    assert row["source"] == "Báo cáo số 15/BC-UBND; Biểu số 2"


def test_units_carry_their_statistics_code_and_level(client, households, province):
    district = make_unit("Huyện Kim Sơn", parent=province, code="375")
    make_outcome(households, district, 2023, Decimal("495"))

    (row,) = csv_rows(client, ALL_CSV)

    assert (row["unit_code"], row["unit_level"]) == ("375", AdministrativeUnit.Level.DISTRICT)


def test_illustrative_values_are_flagged(client, values):
    rows = {key(row): row for row in csv_rows(client, ALL_CSV)}

    assert rows[("so-ho", "Huyện Kim Sơn", 2024)]["is_illustrative"] == "true"
    assert rows[("so-ho", "Huyện Kim Sơn", 2023)]["is_illustrative"] == "false"


def test_the_approval_date_is_an_iso_date(client, values):
    rows = {key(row): row for row in csv_rows(client, ALL_CSV)}

    expected = timezone.localtime(values[0].approved_at).date().isoformat()
    assert rows[("so-ho", "Huyện Kim Sơn", 2023)]["approved_at"] == expected


def test_a_corrected_value_is_flagged_with_its_date(client, households, unit_a, approver):
    outcome = make_outcome(households, unit_a, 2023, Decimal("495"))
    services.outcome_correct(
        outcome=outcome, user=approver, new_value="502", reason="Huyện báo cáo bổ sung."
    )
    corrected_at = timezone.localtime(outcome.corrections.get().corrected_at).date()

    (row,) = csv_rows(client, ALL_CSV)

    assert (row["value"], row["corrected"]) == ("502", "true")
    assert row["last_corrected_at"] == corrected_at.isoformat()


def test_an_uncorrected_value_is_not_flagged(client, values):
    row = {key(row): row for row in csv_rows(client, ALL_CSV)}[("so-ho", "Huyện Kim Sơn", 2023)]

    assert (row["corrected"], row["last_corrected_at"]) == ("false", "")


@pytest.mark.parametrize("status", [Status.DRAFT, Status.SUBMITTED, Status.RETURNED])
def test_unapproved_values_are_left_out(client, households, unit_a, unit_b, status):
    make_outcome(households, unit_a, 2023, Decimal("495"))
    make_outcome(households, unit_b, 2023, Decimal("8123"), status=status)

    rows = csv_rows(client, ALL_CSV)

    assert [row["value"] for row in rows] == ["495"]


def test_values_of_a_non_public_programme_are_left_out(client, campaign, households, unit_a):
    hidden = make_program("Chương trình đang soạn", campaign=campaign, is_public=False)
    make_outcome(make_indicator(hidden, code="so-can-dang-soan"), unit_a, 2023, Decimal("4321"))
    make_outcome(households, unit_a, 2023, Decimal("495"))

    rows = csv_rows(client, ALL_CSV)

    assert [row["indicator_code"] for row in rows] == ["so-ho"]


def test_values_of_a_non_public_campaign_are_left_out(client, households, unit_a):
    hidden = make_campaign("Phong trào đang soạn", is_public=False)
    make_outcome(make_indicator(hidden, code="ty-le-dang-soan"), unit_a, 2023, Decimal("2.5"))
    make_outcome(households, unit_a, 2023, Decimal("495"))

    rows = csv_rows(client, ALL_CSV)

    assert [row["indicator_code"] for row in rows] == ["so-ho"]


def test_a_hidden_campaign_of_a_public_programme_is_not_named(client, unit_a):
    hidden = make_campaign("Phong trào đang soạn", is_public=False)
    program = make_program("Hỗ trợ tiền điện cho hộ nghèo", campaign=hidden)
    make_outcome(make_indicator(program), unit_a, 2023, Decimal("120"))

    (row,) = csv_rows(client, ALL_CSV)

    assert (row["campaign"], row["program"]) == ("", program.slug)


def test_campaign_wide_values_name_the_campaign_and_no_programme(client, campaign, rate, province):
    make_outcome(rate, province, 2023, Decimal("1.86"))

    (row,) = csv_rows(client, ALL_CSV)

    assert (row["campaign"], row["program"]) == (campaign.slug, "")


def test_rows_are_ordered_by_programme_indicator_unit_and_year(client, values):
    rows = csv_rows(client, ALL_CSV)

    assert [key(row) for row in rows] == [
        ("ty-le-ho-ngheo", "Tỉnh Ninh Bình", 2023),  # campaign-wide first, as on /so-lieu/
        ("so-ho", "Huyện Kim Sơn", 2023),
        ("so-ho", "Huyện Kim Sơn", 2024),
        ("so-ho", "Huyện Yên Mô", 2023),
        ("kinh-phi", "Huyện Kim Sơn", 2023),
    ]


def test_csv_is_an_attachment_with_an_ascii_file_name(client, program, values):
    response = client.get(program_csv(program))

    assert response["Content-Disposition"] == (
        'attachment; filename="so-lieu-ho-tro-nha-o.csv"; '
        "filename*=UTF-8''so-lieu-ho-tro-nha-o.csv"
    )


def test_the_year_is_part_of_the_file_name(client, values):
    response = client.get(ALL_CSV, {"nam": "2024"})

    assert 'filename="so-lieu-2024.csv"' in response["Content-Disposition"]


# Licence


@pytest.mark.parametrize("url", [ALL_CSV, ALL_JSON])
def test_downloads_link_to_their_licence(client, values, url):
    response = client.get(url)

    assert f'<{settings.OPEN_DATA_LICENSE_URL}>; rel="license"' in response["Link"]


# JSON


def test_json_carries_the_licence_publisher_and_source(client, values):
    document = json_doc(client, ALL_JSON)

    assert document["license"] == settings.OPEN_DATA_LICENSE
    assert document["license_url"] == settings.OPEN_DATA_LICENSE_URL
    assert document["publisher"] == SiteSettings.current().department_name
    assert document["source_url"] == "http://testserver" + reverse("programs:figures")
    assert document["title"]
    assert document["generated_at"].startswith(timezone.localdate().isoformat())


def test_json_describes_every_column_in_order(client, values):
    document = json_doc(client, ALL_JSON)

    assert [field["name"] for field in document["fields"]] == opendata.FIELD_NAMES
    assert all(field["description"] for field in document["fields"])
    assert all(list(item) == opendata.FIELD_NAMES for item in document["items"])


def test_json_items_are_the_csv_rows(client, values):
    items = json_doc(client, ALL_JSON)["items"]
    rows = csv_rows(client, ALL_CSV)

    def as_csv(value):
        if value is None:
            return ""
        return str(value).lower() if isinstance(value, bool) else str(value)

    assert [{name: as_csv(value) for name, value in item.items()} for item in items] == rows


def test_json_values_against_the_database(client, values, rate):
    document = json_doc(client, ALL_JSON)
    item = next(i for i in document["items"] if i["indicator_code"] == rate.code)

    assert document["count"] == len(document["items"]) == 5
    assert item["year"] == 2023
    assert item["value"] == "1.80"  # a string, to keep the indicator's decimals
    assert (item["numerator"], item["denominator"]) == ("5832", "324000")
    assert item["unit_of_measure"] == "%"
    assert item["program"] is None
    assert item["is_illustrative"] is False


def test_json_keeps_vietnamese_readable(client, values):
    response = client.get(ALL_JSON)

    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert "Huyện Kim Sơn".encode() in response.content
    assert b"\\u" not in response.content


# One programme


@pytest.mark.parametrize(("url", "read"), [(program_csv, csv_rows), (program_json, json_items)])
def test_a_programme_file_contains_only_that_programme(client, program, values, unit_a, url, read):
    other = make_program("Hỗ trợ tiền điện cho hộ nghèo", campaign=program.campaign)
    make_outcome(make_indicator(other, code="tien-dien"), unit_a, 2023, Decimal("120"))

    codes = {row["indicator_code"] for row in read(client, url(program))}

    assert codes == {"so-ho", "kinh-phi"}


@pytest.mark.parametrize("name", ["programs:program_csv", "programs:program_json"])
def test_an_unknown_programme_is_not_found(client, name):
    response = client.get(reverse(name, kwargs={"slug": "khong-co"}))

    assert response.status_code == 404


@pytest.mark.parametrize("name", ["programs:program_csv", "programs:program_json"])
def test_a_non_public_programme_is_not_found(client, campaign, unit_a, name):
    hidden = make_program("Chương trình đang soạn", campaign=campaign, is_public=False)
    make_outcome(make_indicator(hidden), unit_a, 2023, Decimal("4321"))

    response = client.get(reverse(name, kwargs={"slug": hidden.slug}))

    assert response.status_code == 404


# ?nam=


def test_the_year_filter_keeps_only_that_year(client, values):
    rows = csv_rows(client, f"{ALL_CSV}?nam=2024")

    assert [key(row) for row in rows] == [("so-ho", "Huyện Kim Sơn", 2024)]


def test_the_year_filter_applies_to_json(client, values):
    document = json_doc(client, f"{ALL_JSON}?nam=2023")

    assert {item["year"] for item in document["items"]} == {2023}
    assert document["count"] == 4
    assert "2023" in document["title"]


@pytest.mark.parametrize("year", ["abc", "20x3", "１２３４", "1800", "20235", "2023.0"])
@pytest.mark.parametrize("url", [ALL_CSV, ALL_JSON])
def test_a_bad_year_is_refused_in_vietnamese_plain_text(client, values, url, year):
    response = client.get(url, {"nam": year})

    assert response.status_code == 400
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert "năm" in response.content.decode()


def test_an_empty_year_is_ignored(client, values):
    rows = csv_rows(client, f"{ALL_CSV}?nam=")

    assert len(rows) == 5


# Query counts


def bulk_values(indicators, unit_count, years):
    """Approved values for many units at once, every third one corrected."""
    province = AdministrativeUnit.objects.get(level=AdministrativeUnit.Level.PROVINCE)
    approver = make_approver("duyet-nhieu")
    units = AdministrativeUnit.objects.bulk_create(
        AdministrativeUnit(
            name=f"Xã số {n}", level=AdministrativeUnit.Level.COMMUNE, parent=province, position=n
        )
        for n in range(10, 10 + unit_count)
    )
    outcomes = Outcome.objects.bulk_create(
        Outcome(
            indicator=indicator,
            unit=unit,
            year=year,
            value=Decimal("12.5"),
            kind=indicator.kind,
            status=Status.APPROVED,
            source_text=SOURCE,
            entered_by=approver,
            last_changed_by=approver,
            approved_by=approver,
            approved_at=timezone.now(),
        )
        for indicator in indicators
        for unit in units
        for year in years
    )
    OutcomeCorrection.objects.bulk_create(
        OutcomeCorrection(
            outcome=outcome,
            old_value=Decimal("12"),
            new_value=outcome.value,
            reason="Huyện báo cáo bổ sung.",
            corrected_by=approver,
        )
        for outcome in outcomes[::3]
    )
    return len(outcomes)


def count_queries(client, url):
    cache.clear()  # the site settings are read afresh every time: like for like
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
        content = body(response)  # a streamed CSV queries while it is read
    assert response.status_code == 200
    return len(queries), content


# outcomes (one query, read in chunks); + the programme; + the site settings for JSON
QUERIES = {"all_csv": 1, "program_csv": 2, "all_json": 2, "program_json": 3}


@pytest.mark.parametrize("name", QUERIES)
def test_download_queries_do_not_grow_with_rows(client, program, values, households, money, name):
    url = {
        "all_csv": ALL_CSV,
        "all_json": ALL_JSON,
        "program_csv": program_csv(program),
        "program_json": program_json(program),
    }[name]
    few, _ = count_queries(client, url)
    added = bulk_values([households, money], 300, [2021, 2022])
    many, content = count_queries(client, url)

    assert added == 1200  # more than one CSV chunk and one database chunk
    assert few == many == QUERIES[name]
    assert content.count("Xã số".encode()) == added  # every row was read


def test_a_large_csv_streams_in_several_chunks_that_parse_whole(client, values, households):
    added = bulk_values([households], 400, [2021, 2022, 2023])

    response = client.get(ALL_CSV)
    chunks = list(response.streaming_content)

    assert len(chunks) > 2
    rows = list(csv.DictReader(io.StringIO(b"".join(chunks).decode("utf-8-sig"), newline="")))
    assert len(rows) == added + len(values)


# The open data page


def test_open_data_page_queries_do_not_grow_with_programmes(client, program, values, unit_a):
    few, _ = count_queries(client, OPEN_DATA_URL)
    for n in range(5):
        other = make_program(f"Chương trình hỗ trợ số {n}", campaign=program.campaign)
        make_outcome(make_indicator(other), unit_a, 2023, Decimal(n))
    many, page = count_queries(client, OPEN_DATA_URL)

    assert len(re.findall(rb'href="[^"]+/du-lieu\.csv"', page)) == 1 + 6
    assert few == many == 5  # programmes, counts per programme, settings, navigation, links


def test_open_data_page_has_exactly_one_h1(client, values):
    response = client.get(OPEN_DATA_URL)

    assert response.status_code == 200
    assert len(re.findall(r"<h1[\s>]", response.content.decode())) == 1


def test_every_download_linked_from_the_open_data_page_resolves(client, program, values):
    make_program("Hỗ trợ tiền điện cho hộ nghèo", campaign=program.campaign)
    page = client.get(OPEN_DATA_URL).content.decode()

    links = re.findall(r'href="([^"]+/du-lieu\.(?:csv|json))"', page)

    assert len(links) == 2 * 3  # all figures and two programmes, each as CSV and JSON
    for link in links:
        response = client.get(link)
        assert response.status_code == 200, link
        body(response)


def test_open_data_page_counts_the_values_of_each_dataset(client, program, values):
    page = client.get(OPEN_DATA_URL).content.decode()

    assert re.search(r"Toàn bộ số liệu đã duyệt</a></th>\s*<td[^>]*>5</td>", page)
    assert re.search(rf"{program.name}</a></th>\s*<td[^>]*>4</td>", page)


def test_open_data_page_does_not_list_a_non_public_programme(client, campaign):
    hidden = make_program("Chương trình đang soạn", campaign=campaign, is_public=False)

    page = client.get(OPEN_DATA_URL).content.decode()

    assert hidden.name not in page
    assert program_csv(hidden) not in page


def test_open_data_page_states_the_licence_with_its_link(client):
    page = client.get(OPEN_DATA_URL).content.decode()

    assert f'href="{settings.OPEN_DATA_LICENSE_URL}" rel="license"' in page
    assert settings.OPEN_DATA_LICENSE in page


def test_open_data_page_explains_every_column(client):
    page = client.get(OPEN_DATA_URL).content.decode()

    for field in opendata.FIELDS:
        assert f'<th scope="row"><code>{field.name}</code></th>' in page


def test_open_data_page_links_to_the_api(client):
    page = client.get(OPEN_DATA_URL).content.decode()

    assert re.search(r'href="[^"]*/api/v1/"', page)
    assert re.search(r'href="[^"]*/api/v1/schema/"', page)


def test_the_footer_links_to_the_open_data_page(client):
    page = client.get(reverse("portal:home")).content.decode()

    assert f'href="{OPEN_DATA_URL}">Dữ liệu mở</a>' in page


def test_the_sitemap_lists_the_open_data_page(client):
    assert f"http://testserver{OPEN_DATA_URL}</loc>" in sitemap_text(client)


# Links from the figures and programme pages


def test_figures_page_links_to_its_downloads(client, values):
    page = client.get(reverse("programs:figures")).content.decode()

    assert f'href="{ALL_CSV}"' in page
    assert f'href="{ALL_JSON}"' in page


def test_programme_page_links_to_its_downloads(client, program, values):
    page = client.get(program.get_absolute_url()).content.decode()

    assert f'href="{program_csv(program)}"' in page
    assert f'href="{program_json(program)}"' in page

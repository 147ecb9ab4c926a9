"""Public campaign, programme and figures pages: approved values only, shown as officials
write them, with their sources, corrections and charts that agree with their tables."""

import html as html_lib
import re
from datetime import timedelta
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone

from articles.models import Article
from programs import services
from programs.models import AdministrativeUnit, Outcome
from tests.conftest import make_article
from tests.documents.factories import make_document, make_document_type, make_issuer
from tests.programs.factories import (
    make_campaign,
    make_indicator,
    make_outcome,
    make_program,
    make_rate,
)

pytestmark = pytest.mark.django_db

FIGURES_URL = reverse("programs:figures")
Status = Outcome.Status


def html(response):
    return response.content.decode()


def get(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return html(response)


PAGES = {
    "programme": lambda program: program.get_absolute_url(),
    "campaign": lambda program: program.campaign.get_absolute_url(),
    "figures": lambda program: FIGURES_URL,
}


def chart_pairs(page):
    """(SVG value labels, table cells) of every chart on the page and the table beside it."""
    pairs = []
    for block in re.findall(r'<div class="chart-pair">(.*?)</details></div>', page, re.S):
        svg, _, table = block.partition("</svg>")
        labels = re.findall(r'<text class="value"[^>]*>(.*?)</text>', svg)
        cells = re.findall(r"<td>(.*?)</td>", table)
        pairs.append(
            ([html_lib.unescape(t) for t in labels], [html_lib.unescape(c) for c in cells])
        )
    return pairs


@pytest.fixture
def approved_2023(households, unit_a, unit_b):
    """Approved district values for 2023, without a province-wide value."""
    return [
        make_outcome(households, unit_a, 2023, Decimal("495")),
        make_outcome(households, unit_b, 2023, Decimal("300")),
    ]


# Lists


def test_campaign_list_shows_public_campaigns(client, program):
    hidden = make_campaign("Phong trào chưa công bố", is_public=False)

    page = get(client, reverse("programs:campaigns"))

    assert program.campaign.name in page
    assert program.campaign.get_absolute_url() in page
    assert hidden.name not in page


def test_programme_list_shows_public_programmes_with_their_rates(client, program):
    make_rate(program, Decimal("100"), currency="triệu đồng", per="căn", label="Xây mới")
    hidden = make_program("Chương trình chưa công bố", is_public=False)

    page = get(client, reverse("programs:programs"))

    assert program.get_absolute_url() in page
    assert "100 triệu đồng/căn xây mới" in page
    assert hidden.name not in page


# Only approved values


@pytest.mark.parametrize("page_name", PAGES)
@pytest.mark.parametrize("status", [Status.DRAFT, Status.SUBMITTED, Status.RETURNED])
def test_unapproved_values_never_appear(
    client, program, households, rate, province, unit_a, unit_b, approved_2023, page_name, status
):
    make_outcome(households, unit_b, 2024, Decimal("8123"), status=status)
    make_outcome(rate, province, 2024, Decimal("7.77"), status=status)
    make_outcome(rate, province, 2023, Decimal("1.86"))

    page = get(client, PAGES[page_name](program))

    assert "8.123" not in page
    assert "8.423" not in page  # nor summed with an approved value
    assert "7,77" not in page
    assert '<th scope="col">2024</th>' not in page


@pytest.mark.parametrize("page_name", PAGES)
def test_approved_programme_values_appear(client, program, approved_2023, page_name):
    page = get(client, PAGES[page_name](program))

    assert "795 hộ" in page


@pytest.mark.parametrize("page_name", ["campaign", "figures"])
def test_approved_campaign_values_appear(client, program, rate, province, page_name):
    make_outcome(rate, province, 2023, Decimal("1.86"))

    page = get(client, PAGES[page_name](program))

    assert "1,86%" in page


# The programme page


def test_programme_page_shows_benefit_rates_as_officials_write_them(client, program):
    make_rate(program, Decimal("100"), currency="triệu đồng", per="căn", label="Xây mới")
    make_rate(program, Decimal("55400"), currency="đồng", per="hộ/tháng", position=1)

    page = get(client, program.get_absolute_url())

    assert "100 triệu đồng/căn xây mới" in page
    assert "55.400 đồng/hộ/tháng" in page


def test_programme_legal_basis_links_to_the_register(client, program):
    document = make_document(
        "43/2023/NQ-HĐND",
        doc_type=make_document_type("Nghị quyết"),
        issuer=make_issuer("Hội đồng nhân dân tỉnh Ninh Bình"),
    )
    program.legal_basis.add(document)

    page = get(client, program.get_absolute_url())

    assert (
        f'<a href="{document.get_absolute_url()}">Nghị quyết số 43/2023/NQ-HĐND</a>'
        " của Hội đồng nhân dân tỉnh Ninh Bình" in page
    )
    assert client.get(document.get_absolute_url()).status_code == 200


def test_campaign_legal_basis_links_to_the_register(client, campaign):
    document = make_document("200/KH-UBND", doc_type=make_document_type("Kế hoạch"))
    campaign.legal_basis.add(document)

    page = get(client, campaign.get_absolute_url())

    assert f'<a href="{document.get_absolute_url()}">Kế hoạch số 200/KH-UBND</a>' in page


def test_programme_page_tables_values_by_district_and_year(client, program, approved_2023):
    page = get(client, program.get_absolute_url())

    assert re.search(r"<th scope=\"row\">Huyện Kim Sơn</th>\s*<td>495 hộ</td>", page)
    assert re.search(r"<th scope=\"row\">Huyện Yên Mô</th>\s*<td>300 hộ</td>", page)


def test_illustrative_values_carry_the_notice(client, program, households, unit_a):
    make_outcome(households, unit_a, 2023, Decimal("495"), is_illustrative=True)

    page = get(client, program.get_absolute_url())

    assert "minh họa" in page


def test_real_values_carry_no_illustrative_notice(client, program, approved_2023):
    page = get(client, program.get_absolute_url())

    assert "minh họa" not in page


def test_a_correction_is_shown_with_its_date_and_old_and_new_values(
    client, program, households, unit_a, approver
):
    outcome = make_outcome(households, unit_a, 2023, Decimal("495"))
    services.outcome_correct(
        outcome=outcome, user=approver, new_value="502", reason="Huyện báo cáo bổ sung."
    )
    corrected_at = timezone.localtime(outcome.corrections.get().corrected_at)

    page = get(client, program.get_absolute_url())

    assert (
        f"Đính chính ngày {corrected_at:%d/%m/%Y}: Huyện Kim Sơn năm 2023 từ 495 thành 502. "
        "Lý do: Huyện báo cáo bổ sung." in page
    )
    assert "502 hộ" in page


def test_the_source_and_approval_date_are_shown(client, program, approved_2023):
    approved_at = timezone.localtime(max(o.approved_at for o in approved_2023))

    page = get(client, program.get_absolute_url())

    assert "Nguồn: Báo cáo số 15/BC-UBND" in page
    assert f"Số liệu duyệt đến ngày {approved_at:%d/%m/%Y}" in page


# Charts and tables


def test_every_number_in_a_chart_is_in_the_table_beside_it(
    client, program, rate, province, unit_a, unit_b, approved_2023
):
    make_outcome(rate, province, 2022, Decimal("2.48"))
    make_outcome(rate, province, 2023, Decimal("1.86"))
    make_outcome(rate, unit_a, 2023, Decimal("3.1"))
    make_outcome(rate, unit_b, 2023, Decimal("2.05"))

    pairs = chart_pairs(get(client, FIGURES_URL))

    assert len(pairs) == 4  # by year and by district, for households and for the rate
    for labels, cells in pairs:
        assert labels
        assert set(labels) <= set(cells)
    labels = {label for pair_labels, _ in pairs for label in pair_labels}
    assert {"1,86%", "3,10%", "495 hộ", "300 hộ", "795 hộ"} <= labels


def test_the_province_value_is_used_for_the_by_year_figure(
    client, program, households, province, approved_2023
):
    make_outcome(households, province, 2023, Decimal("1000"))

    page = get(client, program.get_absolute_url())

    assert "<strong>1.000 hộ</strong> năm 2023" in page
    assert "795 hộ" not in page


def test_additive_districts_are_summed_without_a_province_value(client, program, approved_2023):
    page = get(client, program.get_absolute_url())

    assert "<strong>795 hộ</strong> năm 2023" in page


def test_a_rate_without_a_province_value_is_not_summed(client, campaign, rate, unit_a, unit_b):
    make_outcome(rate, unit_a, 2023, Decimal("3.1"))
    make_outcome(rate, unit_b, 2023, Decimal("2.05"))

    page = get(client, campaign.get_absolute_url())

    assert "5,15%" not in page
    assert "Tỷ lệ hộ nghèo theo năm" not in page
    assert "3,10%" in page  # still charted by district


def test_communes_are_not_added_into_the_province_figure(
    client, program, households, unit_a, approved_2023
):
    commune = AdministrativeUnit.objects.create(
        name="Xã Ân Hòa", level=AdministrativeUnit.Level.COMMUNE, parent=unit_a
    )
    make_outcome(households, commune, 2023, Decimal("40"))

    page = get(client, program.get_absolute_url())

    assert "<strong>795 hộ</strong> năm 2023" in page


# What the public may not see


def test_a_non_public_programme_is_not_found(client, campaign):
    hidden = make_program("Chương trình đang soạn", campaign=campaign, is_public=False)

    assert client.get(hidden.get_absolute_url()).status_code == 404


def test_a_non_public_campaign_is_not_found(client):
    hidden = make_campaign("Phong trào đang soạn", is_public=False)

    assert client.get(hidden.get_absolute_url()).status_code == 404


def test_a_non_public_programmes_figures_stay_off_the_public_pages(client, campaign, unit_a):
    hidden = make_program("Chương trình đang soạn", campaign=campaign, is_public=False)
    indicator = make_indicator(hidden, "Số căn nhà đang soạn", is_key=True)
    make_outcome(indicator, unit_a, 2023, Decimal("4321"))

    for url in (FIGURES_URL, campaign.get_absolute_url(), reverse("programs:programs")):
        page = get(client, url)
        assert "4.321" not in page
        assert hidden.name not in page


def test_a_programme_page_does_not_link_to_a_non_public_campaign(client):
    hidden = make_campaign("Phong trào đang soạn", is_public=False)
    program = make_program("Hỗ trợ tiền điện cho hộ nghèo", campaign=hidden)

    page = get(client, program.get_absolute_url())

    assert hidden.get_absolute_url() not in page
    assert hidden.name not in page


def test_figures_page_lists_campaign_wide_figures_before_programmes(
    client, program, households, rate, province, unit_a
):
    make_outcome(households, unit_a, 2023, Decimal("495"))
    make_outcome(rate, province, 2023, Decimal("1.86"))

    page = get(client, FIGURES_URL)

    assert page.index(rate.name) < page.index(households.name)


def test_only_published_articles_are_listed_on_the_programme_page(client, program):
    published = make_article(title="Bàn giao nhà Đại đoàn kết ở Kim Sơn")
    draft = make_article(title="Bản nháp về nhà ở", status=Article.Status.DRAFT)
    scheduled = make_article(
        title="Tin hẹn giờ về nhà ở", published_at=timezone.now() + timedelta(hours=2)
    )
    for article in (published, draft, scheduled):
        article.programs.add(program)

    page = get(client, program.get_absolute_url())

    assert published.title in page
    assert published.get_absolute_url() in page
    assert draft.title not in page
    assert scheduled.title not in page


def test_only_published_articles_are_listed_on_the_campaign_page(client, campaign):
    published = make_article(title="Tổng kết phong trào năm 2023")
    draft = make_article(title="Bản nháp tổng kết", status=Article.Status.DRAFT)
    for article in (published, draft):
        article.campaigns.add(campaign)

    page = get(client, campaign.get_absolute_url())

    assert published.title in page
    assert draft.title not in page

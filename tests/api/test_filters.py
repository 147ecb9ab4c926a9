"""Filters by programme, campaign, indicator, unit, year and the rest; bad values are 400."""

from datetime import timedelta

import pytest
from django.utils import timezone

from tests.api.conftest import get_json, results

pytestmark = pytest.mark.django_db


def outcome_ids(client, **params):
    return sorted(o["id"] for o in results(client, "outcomes/", **params))


def pks(*outcomes):
    return sorted(o.pk for o in outcomes)


def test_outcomes_filter_by_program(client, world):
    assert outcome_ids(client, program="ho-tro-nha-o") == pks(
        world.kim_son_2023, world.yen_mo_2023, world.province_2024
    )


def test_outcomes_filter_by_campaign_includes_its_programs(client, world):
    assert outcome_ids(client, campaign="chung-tay-vi-nguoi-ngheo") == pks(*world.approved)


def test_outcomes_filter_by_indicator(client, world):
    assert outcome_ids(client, indicator="ty-le-ho-ngheo") == pks(world.rate_2023)


def test_outcomes_filter_by_unit_code_and_id(client, world):
    assert outcome_ids(client, unit="376") == pks(world.yen_mo_2023)
    assert outcome_ids(client, unit_id=world.province.pk) == pks(
        world.province_2024, world.rate_2023
    )


def test_outcomes_filter_by_year_and_year_range(client, world):
    assert outcome_ids(client, year=2024) == pks(world.province_2024)
    assert outcome_ids(client, year_from=2024) == pks(world.province_2024)
    assert outcome_ids(client, year_to=2023) == pks(
        world.kim_son_2023, world.yen_mo_2023, world.rate_2023
    )
    assert outcome_ids(client, year_from=2021, year_to=2022) == []


def test_outcomes_filters_combine(client, world):
    assert outcome_ids(client, program="ho-tro-nha-o", unit="377", year=2023) == pks(
        world.kim_son_2023
    )


def test_outcomes_are_ordered_newest_year_first(client, world):
    years = [o["year"] for o in results(client, "outcomes/")]
    assert years == sorted(years, reverse=True)


def test_unknown_slug_or_code_matches_nothing(client, world):
    assert results(client, "outcomes/", program="khong-co") == []
    assert results(client, "outcomes/", unit="99999") == []


def test_indicators_filter_by_program_and_campaign(client, world):
    assert [i["code"] for i in results(client, "indicators/", program="ho-tro-nha-o")] == ["so-ho"]
    by_campaign = results(client, "indicators/", campaign="chung-tay-vi-nguoi-ngheo")
    assert [i["code"] for i in by_campaign] == ["so-ho", "ty-le-ho-ngheo"]
    assert [i["code"] for i in results(client, "indicators/", is_key="true")] == ["so-ho"]


def test_programs_filter_by_campaign(client, world):
    listed = results(client, "programs/", campaign="chung-tay-vi-nguoi-ngheo")
    assert [p["slug"] for p in listed] == ["ho-tro-nha-o"]


def test_units_filter_by_level_parent_and_year(client, world):
    assert [u["code"] for u in results(client, "units/", level="huyen")] == ["377", "376"]
    assert len(results(client, "units/", parent=world.province.pk)) == 3
    assert [u["code"] for u in results(client, "units/", year=2026)] == ["37", "14500"]


def test_documents_filter_by_type_body_field_year_validity_and_number(client, world):
    slug = world.document.slug
    matching = {
        "doc_type": world.document.doc_type.slug,
        "issuing_body": "ubnd-tinh",
        "field": "giam-ngheo",
        "year": 2023,
        "validity": "bi-thay-the",
        "number": "200/kh-ubnd",
    }
    for name, value in matching.items():
        assert [d["slug"] for d in results(client, "documents/", **{name: value})] == [slug]
    assert results(client, "documents/", year=2022) == []
    assert results(client, "documents/", validity="con-hieu-luc") == []


def test_articles_filter_by_category_and_date_range(client, world):
    today = timezone.localdate()
    assert [a["slug"] for a in results(client, "articles/", category="tin-hoat-dong")] == ["tin-cu"]
    recent = results(client, "articles/", published_from=today - timedelta(days=7))
    assert [a["slug"] for a in recent] == ["ban-giao-nha"]
    older = results(client, "articles/", published_to=today - timedelta(days=7))
    assert [a["slug"] for a in older] == ["tin-cu"]


@pytest.mark.parametrize(
    ("path", "params", "field"),
    [
        ("outcomes/", {"year": "hai-nghin"}, "year"),
        ("outcomes/", {"year": "2023.5"}, "year"),
        ("outcomes/", {"year_from": "99999999999999999999"}, "year_from"),
        ("outcomes/", {"unit_id": "-1"}, "unit_id"),
        ("units/", {"level": "thon"}, "level"),
        ("units/", {"parent": "abc"}, "parent"),
        ("documents/", {"validity": "vinh-vien"}, "validity"),
        ("articles/", {"published_from": "31/12/2024"}, "published_from"),
        ("indicators/", {"is_key": "co"}, "is_key"),
    ],
)
def test_bad_filter_value_is_a_400_in_vietnamese(client, world, path, params, field):
    body = get_json(client, path, status=400, **params)
    assert list(body) == [field]
    [message] = body[field]
    assert any(letter in message for letter in "ảãạấầẩẫậắằẳẵặđếềểễệỉịốồổỗộớờởỡợủũụứừửữựỳỷỹỵ")


def test_nul_character_in_a_filter_is_a_400_not_a_database_error(client, world):
    body = get_json(client, "outcomes/", status=400, program="ho-tro\x00")
    assert body == {"program": ["Không được chứa ký tự NUL."]}

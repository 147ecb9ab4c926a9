"""Every endpoint lists and shows one object, with absolute links to the public pages."""

import pytest

from tests.api.conftest import API, get_json, results

pytestmark = pytest.mark.django_db

SITE = "http://testserver"


def test_root_lists_every_endpoint(client, world):
    root = get_json(client, "")
    assert sorted(root) == sorted(
        ["articles", "campaigns", "documents", "indicators", "outcomes", "programs", "units"]
    )
    assert root["outcomes"] == f"{SITE}{API}outcomes/"


def test_api_prefix_redirects_to_the_current_version(client, db):
    response = client.get("/api/")
    assert response.status_code == 302
    assert response["Location"] == API


def test_campaigns_list_and_detail(client, world):
    assert [c["slug"] for c in results(client, "campaigns/")] == [world.campaign.slug]
    campaign = get_json(client, f"campaigns/{world.campaign.slug}/")
    assert campaign["name"] == "Cả nước chung tay vì người nghèo"
    assert campaign["programs"] == ["ho-tro-nha-o"]
    assert campaign["legal_basis"] == [world.document.slug]
    assert campaign["url"] == f"{SITE}{world.campaign.get_absolute_url()}"


def test_programs_list_and_detail(client, world):
    slugs = [p["slug"] for p in results(client, "programs/")]
    assert sorted(slugs) == ["cua-noi-bo", "ho-tro-nha-o"]
    program = get_json(client, "programs/ho-tro-nha-o/")
    assert program["campaign"] == "chung-tay-vi-nguoi-ngheo"
    assert program["kind"] == "housing"
    assert program["kind_label"] == "Hỗ trợ nhà ở"
    assert program["rates"] == [
        {
            "label": "Xây mới",
            "amount": "100000000",
            "currency": "đồng",
            "per": "căn",
            "note": "",
            "text": "100.000.000 đồng/căn xây mới",
        }
    ]
    assert program["legal_basis"] == [world.document.slug]
    assert program["url"] == f"{SITE}/chuong-trinh/ho-tro-nha-o/"


def test_program_of_a_hidden_campaign_does_not_name_it(client, world):
    assert get_json(client, "programs/cua-noi-bo/")["campaign"] is None


def test_indicators_list_and_detail(client, world):
    codes = [i["code"] for i in results(client, "indicators/")]
    assert codes == ["so-ho", "ty-le-ho-ngheo"]
    rate = get_json(client, "indicators/ty-le-ho-ngheo/")
    assert rate == {
        "code": "ty-le-ho-ngheo",
        "name": "Tỷ lệ hộ nghèo",
        "unit_of_measure": "%",
        "kind": "rate",
        "kind_label": "Tỷ lệ (%)",
        "additive": False,
        "decimals": 2,
        "is_key": False,
        "program": None,
        "campaign": "chung-tay-vi-nguoi-ngheo",
    }


def test_units_list_and_detail(client, world):
    names = [u["name"] for u in results(client, "units/")]
    assert names == ["Tỉnh Ninh Bình", "Huyện Kim Sơn", "Huyện Yên Mô", "Xã Kim Sơn"]
    unit = get_json(client, f"units/{world.kim_son.pk}/")
    assert unit == {
        "id": world.kim_son.pk,
        "code": "377",
        "name": "Huyện Kim Sơn",
        "level": "huyen",
        "level_label": "Huyện, quận, thị xã, thành phố thuộc tỉnh",
        "parent": world.province.pk,
        "valid_from": None,
        "valid_until": "2025-06-30",
        "successors": [world.commune.pk],
    }


def test_outcomes_list_and_detail(client, world):
    ids = [o["id"] for o in results(client, "outcomes/")]
    assert sorted(ids) == sorted(o.pk for o in world.approved)
    outcome = get_json(client, f"outcomes/{world.kim_son_2023.pk}/")
    assert outcome["year"] == 2023
    assert outcome["value"] == "120"
    assert outcome["indicator"]["code"] == "so-ho"
    assert outcome["indicator"]["name"] == "Số hộ được hỗ trợ"
    assert outcome["indicator"]["unit_of_measure"] == "hộ"
    assert outcome["unit"] == {
        "id": world.kim_son.pk,
        "code": "377",
        "name": "Huyện Kim Sơn",
        "level": "huyen",
    }
    assert outcome["source"] == "Báo cáo số 15/BC-UBND của Ủy ban nhân dân huyện"
    assert outcome["source_document"] is None
    assert outcome["corrections"] == [
        {
            "old_value": "112",
            "new_value": "120",
            "reason": "Nhập nhầm số của tháng 11.",
            "corrected_at": outcome["corrections"][0]["corrected_at"],
        }
    ]


def test_outcome_values_are_exact_decimal_strings(client, world):
    rate = get_json(client, f"outcomes/{world.rate_2023.pk}/")
    assert (rate["value"], rate["numerator"], rate["denominator"]) == ("1.86", "5890", "316667")
    assert rate["is_illustrative"] is True
    assert get_json(client, f"outcomes/{world.kim_son_2023.pk}/")["numerator"] is None


def test_outcome_source_document_is_linked_when_public(client, world):
    outcome = get_json(client, f"outcomes/{world.yen_mo_2023.pk}/")
    assert outcome["source_document"] == {
        "slug": world.document.slug,
        "number": "200/KH-UBND",
        "title": str(world.document),
        "url": f"{SITE}{world.document.get_absolute_url()}",
    }


def test_documents_list_and_detail(client, world):
    assert [d["slug"] for d in results(client, "documents/")] == [world.document.slug]
    document = get_json(client, f"documents/{world.document.slug}/")
    assert document["number"] == "200/KH-UBND"
    assert document["issuing_body"] == {"slug": "ubnd-tinh", "name": "Ủy ban nhân dân tỉnh"}
    assert document["fields"] == [{"slug": "giam-ngheo", "name": "Giảm nghèo"}]
    assert document["validity"] == "bi-thay-the"
    assert document["validity_label"] == "Bị thay thế"
    assert document["replaced_by"] is None  # the replacement is not public
    [attachment] = document["files"]
    assert attachment["title"] == "Toàn văn"
    assert attachment["url"].startswith(f"{SITE}/van-ban/tep/")
    assert document["url"] == f"{SITE}{world.document.get_absolute_url()}"


def test_articles_list_and_detail(client, world):
    listed = results(client, "articles/")
    assert [a["slug"] for a in listed] == ["ban-giao-nha", "tin-cu"]
    assert "body" not in listed[0]
    article = get_json(client, "articles/ban-giao-nha/")
    assert article["body"] == "<p>Nội dung đầy đủ.</p>"
    assert article["category"]["slug"] == "giam-ngheo"
    assert article["url"] == f"{SITE}/tin-tuc/giam-ngheo/ban-giao-nha/"
    assert article["cover"] is None


def test_article_links_only_public_campaigns_programs_and_documents(client, world):
    article = get_json(client, "articles/ban-giao-nha/")
    assert article["campaigns"] == ["chung-tay-vi-nguoi-ngheo"]
    assert article["programs"] == ["ho-tro-nha-o"]
    assert article["documents"] == [world.document.slug]

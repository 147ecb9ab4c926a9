"""Vietnamese text helpers: slugs, accent folding, dates and numbers."""

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from articles.models import Article
from portal.text import fold, slugify_vi, unique_slug, vi_date, vi_number
from tests.conftest import make_article


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Đường đến trường", "duong-den-truong"),
        ("ĐẮK LẮK", "dak-lak"),
        ("Nguyễn Thị Ánh Tuyết", "nguyen-thi-anh-tuyet"),
        ("Ưu tiên hộ nghèo ở vùng sâu", "uu-tien-ho-ngheo-o-vung-sau"),
        ("Hội nghị: tổng kết năm 2023!", "hoi-nghi-tong-ket-nam-2023"),
        (
            "  Xây dựng  nông thôn mới — giai đoạn 2021-2025  ",
            "xay-dung-nong-thon-moi-giai-doan-2021-2025",
        ),
        ('"Tết" (Quý Mão), đoàn kết & sẻ chia?', "tet-quy-mao-doan-ket-se-chia"),
    ],
    ids=[
        "duong",
        "dak-lak-capitals",
        "personal-name",
        "u-horn",
        "colon-bang",
        "dash-spaces",
        "quotes-parens",
    ],
)
def test_slugify_vi_turns_vietnamese_into_ascii_slug(text, slug):
    assert slugify_vi(text) == slug


def test_slugify_vi_keeps_d_from_d_stroke_where_django_drops_it():
    assert slugify_vi("Đà Nẵng") == "da-nang"


@pytest.mark.parametrize(
    "text", ["", None, "   ", "?!…", "—"], ids=["empty", "none", "spaces", "punct", "dash"]
)
def test_slugify_vi_of_text_without_letters_is_empty(text):
    assert slugify_vi(text) == ""


def test_slugify_vi_truncates_without_trailing_dash():
    slug = slugify_vi("Chương trình mục tiêu quốc gia", max_length=16)
    assert slug == "chuong-trinh-muc"
    assert len(slugify_vi("Chương trình mục tiêu quốc gia", max_length=13)) <= 13
    assert not slugify_vi("Chương trình mục tiêu quốc gia", max_length=13).endswith("-")


def test_fold_lowercases_and_removes_every_diacritic():
    assert fold("Đồng bào DÂN TỘC thiểu số Ơ Đu") == "dong bao dan toc thieu so o du"


def test_fold_of_none_is_empty_string():
    assert fold(None) == ""


def test_unique_slug_returns_base_when_free(db):
    assert unique_slug("Đường đến trường", Article.objects.all()) == "duong-den-truong"


def test_unique_slug_adds_two_on_first_collision(db):
    make_article(slug="duong-den-truong")
    assert unique_slug("Đường đến trường", Article.objects.all()) == "duong-den-truong-2"


def test_unique_slug_skips_every_taken_suffix(db):
    category = make_article(slug="duong-den-truong").category
    make_article(category, slug="duong-den-truong-2")
    make_article(category, slug="duong-den-truong-3")
    assert unique_slug("Đường đến trường", Article.objects.all()) == "duong-den-truong-4"


def test_unique_slug_ignores_slugs_that_only_share_a_prefix(db):
    make_article(slug="duong-den-truong-moi")
    assert unique_slug("Đường đến trường", Article.objects.all()) == "duong-den-truong"


def test_unique_slug_excludes_the_row_being_edited(db):
    article = make_article(slug="duong-den-truong")
    slug = unique_slug("Đường đến trường", Article.objects.all(), exclude_pk=article.pk)
    assert slug == "duong-den-truong"


def test_unique_slug_falls_back_for_text_without_letters(db):
    assert unique_slug("???", Article.objects.all()) == "bai-viet"


def test_unique_slug_leaves_room_for_suffix_within_max_length(db):
    title = "Tổng kết " * 40
    first = unique_slug(title, Article.objects.all(), max_length=50)
    make_article(slug=first)
    second = unique_slug(title, Article.objects.all(), max_length=50)
    assert len(first) <= 50
    assert len(second) <= 50
    assert second == f"{first}-2"


def test_vi_date_writes_weekday_and_day_first():
    assert vi_date(date(2023, 12, 21)) == "Thứ năm, 21/12/2023"


def test_vi_date_names_sunday_chu_nhat():
    assert vi_date(date(2023, 12, 24)) == "Chủ nhật, 24/12/2023"


def test_vi_date_names_monday_thu_hai():
    assert vi_date(date(2024, 1, 1)) == "Thứ hai, 01/01/2024"


def test_vi_date_converts_aware_datetime_to_ho_chi_minh_time():
    evening_utc = datetime(2023, 12, 20, 18, 0, tzinfo=UTC)
    assert vi_date(evening_utc) == "Thứ năm, 21/12/2023"


def test_vi_date_keeps_aware_datetime_before_local_midnight_on_same_day():
    afternoon_utc = datetime(2023, 12, 20, 16, 59, tzinfo=UTC)
    assert vi_date(afternoon_utc) == "Thứ tư, 20/12/2023"


def test_vi_date_without_weekday():
    assert vi_date(date(2023, 12, 21), with_weekday=False) == "21/12/2023"


@pytest.mark.parametrize("value", [None, "", "21/12/2023"], ids=["none", "empty", "string"])
def test_vi_date_of_a_non_date_is_empty(value):
    assert vi_date(value) == ""


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (34960, "34.960"),
        (Decimal("1.86"), "1,86"),
        (1.86, "1,86"),
        (133.998, "133,998"),
        (2039, "2.039"),
        (Decimal("1234567.5"), "1.234.567,5"),
        (0, "0"),
        (-15000, "-15.000"),
        (Decimal("2039.00"), "2.039"),
    ],
    ids=[
        "thousands",
        "decimal",
        "float",
        "three-decimals",
        "four-digits",
        "both",
        "zero",
        "negative",
        "whole-decimal",
    ],
)
def test_vi_number_groups_with_dots_and_marks_decimals_with_comma(value, text):
    assert vi_number(value) == text


def test_vi_number_with_fixed_decimals_pads_and_rounds():
    assert vi_number(Decimal("41.1"), decimals=2) == "41,10"
    assert vi_number(Decimal("12345.678"), decimals=1) == "12.345,7"


@pytest.mark.parametrize("value", [None, ""], ids=["none", "empty"])
def test_vi_number_of_nothing_is_empty(value):
    assert vi_number(value) == ""

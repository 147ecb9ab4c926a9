"""Numbers as Vietnamese officials type them, and the checks each indicator adds."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from portal.text import NumberFormatError, parse_vi_number
from programs.services import clean_value

# parse_vi_number


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("1.234", Decimal("1234")),
        ("41,1", Decimal("41.1")),
        ("1.234,5", Decimal("1234.5")),
        ("1234.5", Decimal("1234.5")),
        ("34.960", Decimal("34960")),
        ("133,998", Decimal("133.998")),
        ("1.234.567", Decimal("1234567")),
        ("0,5", Decimal("0.5")),
        ("0", Decimal("0")),
    ],
)
def test_parse_vi_number_reads_dots_as_thousands_and_comma_as_decimal_mark(text, number):
    assert parse_vi_number(text) == number


def test_parse_vi_number_reads_a_spreadsheet_decimal_point():
    assert parse_vi_number("0.5") == Decimal("0.5")


@pytest.mark.parametrize("text", ["", "   ", None])
def test_parse_vi_number_of_an_empty_cell_is_none(text):
    assert parse_vi_number(text) is None


@pytest.mark.parametrize(
    ("text", "number"),
    [(" 1.234 ", Decimal("1234")), ("1 234", Decimal("1234")), ("34\u00a0960", Decimal("34960"))],
)
def test_parse_vi_number_ignores_spaces(text, number):
    assert parse_vi_number(text) == number


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("abc", "“abc” không phải là một số."),
        ("12 hộ", "“12 hộ” không phải là một số."),
        ("-5", "Số liệu không được âm."),
        ("1,2,3", "“1,2,3” có nhiều hơn một dấu thập phân (dấu phẩy)."),
        ("1.23.4", "“1.23.4”: các nhóm hàng nghìn phải có đủ 3 chữ số."),
        ("1e5", "“1e5” không phải là một số."),
        ("5%", "“5%” không phải là một số."),
    ],
)
def test_parse_vi_number_refuses_with_a_vietnamese_message(text, message):
    with pytest.raises(NumberFormatError) as error:
        parse_vi_number(text)

    assert str(error.value) == message


def test_parse_vi_number_reads_a_leading_zero_before_three_digits_as_a_decimal_point():
    # No thousands group starts with 0: "0.125" is a spreadsheet's 0.125, never 125.
    assert parse_vi_number("0.125") == Decimal("0.125")


def test_parse_vi_number_refuses_english_thousands_with_a_decimal_comma_after_a_dot():
    with pytest.raises(NumberFormatError, match="dấu chấm phân nhóm hàng nghìn phải đứng trước"):
        parse_vi_number("1,234.5")


# clean_value


def test_clean_value_accepts_a_whole_count(households):
    assert clean_value(households, "1.234") == Decimal("1234")


def test_clean_value_refuses_a_fractional_count(households):
    with pytest.raises(ValidationError) as error:
        clean_value(households, "12,5")

    assert error.value.code == "whole"
    assert "số nguyên (hộ)" in error.value.messages[0]


def test_clean_value_refuses_a_rate_above_100(rate):
    with pytest.raises(ValidationError) as error:
        clean_value(rate, "100,5")

    assert error.value.messages == ["Tỷ lệ phải nằm trong khoảng 0 – 100%."]


def test_clean_value_accepts_a_rate_of_exactly_100(rate):
    assert clean_value(rate, "100") == Decimal("100")


def test_clean_value_refuses_more_decimals_than_the_indicator_keeps(money):
    with pytest.raises(ValidationError) as error:
        clean_value(money, "41,15")

    assert error.value.code == "decimals"
    assert error.value.messages[0].startswith("Kinh phí hỗ trợ lấy tối đa 1 chữ số")


def test_clean_value_accepts_the_decimals_the_indicator_keeps(money, rate):
    assert clean_value(money, "41,1") == Decimal("41.1")
    assert clean_value(rate, "1,86") == Decimal("1.86")


def test_clean_value_turns_a_typing_mistake_into_a_validation_error(money):
    with pytest.raises(ValidationError) as error:
        clean_value(money, "4l,1")

    assert error.value.messages == ["“4l,1” không phải là một số."]


def test_clean_value_of_an_empty_cell_is_none(money):
    assert clean_value(money, "") is None


def test_clean_value_refuses_a_value_too_large_to_store(money):
    # Outcome.value is DECIMAL(18, 4): 10^14 and above do not fit.
    with pytest.raises(ValidationError):
        clean_value(money, "100.000.000.000.000")

"""Reading one typed or imported value for an indicator, with Vietnamese errors."""

from decimal import Decimal

from django.core.exceptions import ValidationError

from portal.text import NumberFormatError, parse_vi_number

from .models import Indicator

# Outcome.value is DECIMAL(18, 4): at most 14 digits before the decimal mark.
MAX_VALUE = Decimal("99999999999999.9999")


def parse_number(raw):
    try:
        return parse_vi_number(raw)
    except NumberFormatError as error:
        raise ValidationError(str(error), code="number") from None


def clean_value(indicator, raw):
    """Parse and check one typed value for an indicator; returns a Decimal or None."""
    value = parse_number(raw)
    if value is None:
        return None
    if value < 0:  # a numeric spreadsheet cell arrives as a number, not as text with "-"
        raise ValidationError("Số liệu không được âm.", code="negative")
    if value > MAX_VALUE:
        raise ValidationError("Giá trị quá lớn, hãy kiểm tra lại đơn vị tính.", code="too_big")
    if indicator.kind == Indicator.Kind.COUNT and value != value.to_integral_value():
        raise ValidationError(
            f"{indicator.name} đếm bằng số nguyên ({indicator.unit_of_measure}), "
            f"không nhận “{raw}”.",
            code="whole",
        )
    if indicator.kind == Indicator.Kind.RATE and value > 100:
        raise ValidationError("Tỷ lệ phải nằm trong khoảng 0 – 100%.", code="rate")
    if value != indicator.quantize(value):
        limit = (
            "chỉ nhận số nguyên"
            if indicator.decimals == 0
            else f"lấy tối đa {indicator.decimals} chữ số sau dấu phẩy"
        )
        raise ValidationError(f"{indicator.name} {limit}.", code="decimals")
    return value

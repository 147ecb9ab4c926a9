"""The database itself refuses bad figures, whatever code writes them."""

from decimal import Decimal

import pytest
from django.db import IntegrityError, transaction

from programs.models import Indicator, Outcome
from tests.programs.factories import make_indicator, make_outcome

pytestmark = pytest.mark.django_db

DRAFT = Outcome.Status.DRAFT


def refused():
    """The database raises IntegrityError; the savepoint keeps the test's transaction usable."""
    return pytest.raises(IntegrityError)


def test_a_valid_row_is_accepted(households, unit_a):
    make_outcome(households, unit_a, 2023, Decimal("495"))

    assert Outcome.objects.count() == 1


def test_two_values_for_the_same_indicator_unit_and_year_are_refused(households, unit_a):
    make_outcome(households, unit_a, 2023, Decimal("495"))

    with refused(), transaction.atomic():
        make_outcome(households, unit_a, 2023, Decimal("500"), status=DRAFT)

    assert Outcome.objects.count() == 1


def test_a_negative_value_is_refused(households, unit_a):
    with refused(), transaction.atomic():
        make_outcome(households, unit_a, 2023, Decimal("-1"), status=DRAFT)


def test_a_rate_above_100_is_refused(rate, unit_a):
    with refused(), transaction.atomic():
        make_outcome(rate, unit_a, 2023, Decimal("100.01"), status=DRAFT)


def test_a_rate_of_100_is_accepted(rate, unit_a):
    make_outcome(rate, unit_a, 2023, Decimal("100"), status=DRAFT)

    assert Outcome.objects.get().value == Decimal("100")


def test_a_count_above_100_is_accepted(households, unit_a):
    make_outcome(households, unit_a, 2023, Decimal("1234"))

    assert Outcome.objects.get().value == Decimal("1234")


@pytest.mark.parametrize("year", [1800, 2101])
def test_a_year_out_of_range_is_refused(households, unit_a, year):
    with refused(), transaction.atomic():
        make_outcome(households, unit_a, year, Decimal("1"), status=DRAFT)


def test_a_numerator_above_the_denominator_is_refused(rate, unit_a):
    with refused(), transaction.atomic():
        make_outcome(
            rate,
            unit_a,
            2023,
            Decimal("50"),
            numerator=Decimal("12"),
            denominator=Decimal("10"),
            status=DRAFT,
        )


def test_a_zero_denominator_is_refused(rate, unit_a):
    with refused(), transaction.atomic():
        make_outcome(
            rate, unit_a, 2023, Decimal("0"), numerator=Decimal(0), denominator=0, status=DRAFT
        )


def test_an_approved_value_without_an_approver_is_refused(households, unit_a):
    with refused(), transaction.atomic():
        make_outcome(households, unit_a, 2023, Decimal("495"), approved_by=None)


def test_a_value_without_any_source_is_refused(households, unit_a):
    with refused(), transaction.atomic():
        make_outcome(households, unit_a, 2023, Decimal("495"), source_text="", status=DRAFT)


def test_an_indicator_of_both_a_programme_and_a_campaign_is_refused(program, campaign):
    with refused(), transaction.atomic():
        make_indicator(program, campaign=campaign)

    assert not Indicator.objects.exists()


def test_an_indicator_of_neither_a_programme_nor_a_campaign_is_refused(db):
    with refused(), transaction.atomic():
        Indicator.objects.create(name="Số hộ nghèo", code="so-ho-ngheo", unit_of_measure="hộ")


def test_a_count_indicator_with_decimals_is_refused(program):
    with refused(), transaction.atomic():
        make_indicator(program, decimals=1)

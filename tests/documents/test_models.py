"""Documents: validity derived from dates and replacements, numbers, slugs and constraints."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from documents.models import LegalDocument, Validity, validate_number
from tests.documents.factories import make_document, make_issuer

pytestmark = pytest.mark.django_db

NUMBER_MESSAGE = "Số, ký hiệu chưa đúng mẫu; ví dụ: 43/2023/NQ-HĐND, 200/KH-UBND, 09-NQ/TU."


def days(n):
    """The date `n` days from today (negative: in the past)."""
    return timezone.localdate() + timedelta(days=n)


def validity_in_python(document, today):
    return LegalDocument.objects.get(pk=document.pk).get_validity(today=today)


def validity_in_sql(document, today):
    return LegalDocument.objects.with_validity(today=today).get(pk=document.pk).validity


# Each validity rule is checked both ways: they must never disagree.
both_ways = pytest.mark.parametrize(
    "validity_of", [validity_in_python, validity_in_sql], ids=["python", "queryset"]
)


# Validity


@both_ways
def test_document_without_dates_beyond_issue_is_in_force(validity_of):
    document = make_document(issued_date=days(-10))

    assert validity_of(document, days(0)) == Validity.IN_FORCE


@both_ways
def test_document_effective_today_is_in_force(validity_of):
    document = make_document(issued_date=days(-10), effective_date=days(0))

    assert validity_of(document, days(0)) == Validity.IN_FORCE


@both_ways
def test_document_effective_in_the_future_is_not_yet_in_force(validity_of):
    document = make_document(issued_date=days(-10), effective_date=days(5))

    assert validity_of(document, days(0)) == Validity.NOT_YET


@both_ways
def test_validity_is_computed_as_of_the_given_day(validity_of):
    document = make_document(issued_date=days(-10), effective_date=days(5))

    assert validity_of(document, days(5)) == Validity.IN_FORCE


@both_ways
def test_document_expiring_today_has_expired(validity_of):
    document = make_document(issued_date=days(-10), expiry_date=days(0))

    assert validity_of(document, days(0)) == Validity.EXPIRED


@both_ways
def test_document_expired_in_the_past_has_expired(validity_of):
    document = make_document(issued_date=days(-10), expiry_date=days(-1))

    assert validity_of(document, days(0)) == Validity.EXPIRED


@both_ways
def test_document_expiring_tomorrow_is_still_in_force(validity_of):
    document = make_document(issued_date=days(-10), expiry_date=days(1))

    assert validity_of(document, days(0)) == Validity.IN_FORCE


@both_ways
def test_document_replaced_by_an_effective_document_is_replaced(validity_of):
    replacement = make_document(issued_date=days(-3), effective_date=days(-1))
    document = make_document(issued_date=days(-100), replaced_by=replacement)

    assert validity_of(document, days(0)) == Validity.REPLACED


@both_ways
def test_document_replaced_by_one_effective_on_issue_is_replaced(validity_of):
    replacement = make_document(issued_date=days(-3))
    document = make_document(issued_date=days(-100), replaced_by=replacement)

    assert validity_of(document, days(0)) == Validity.REPLACED


@both_ways
def test_document_replaced_by_one_not_yet_effective_stays_in_force(validity_of):
    replacement = make_document(issued_date=days(-3), effective_date=days(20))
    document = make_document(issued_date=days(-100), replaced_by=replacement)

    assert validity_of(document, days(0)) == Validity.IN_FORCE


@both_ways
def test_document_replaced_by_one_not_yet_effective_keeps_its_own_expiry(validity_of):
    replacement = make_document(issued_date=days(-3), effective_date=days(20))
    document = make_document(issued_date=days(-100), expiry_date=days(-1), replaced_by=replacement)

    assert validity_of(document, days(0)) == Validity.EXPIRED


def test_validity_label_is_vietnamese():
    document = make_document(issued_date=days(-10), effective_date=days(5))

    assert document.validity_label == "Chưa có hiệu lực"


def test_in_force_keeps_only_documents_in_force():
    in_force = make_document(issued_date=days(-10))
    make_document(issued_date=days(-10), effective_date=days(3))
    make_document(issued_date=days(-10), expiry_date=days(-1))
    make_document(issued_date=days(-100), replaced_by=make_document(issued_date=days(-5)))

    in_force_now = LegalDocument.objects.in_force(today=days(0))

    # The replacement itself (issued five days ago) is in force too.
    assert in_force in in_force_now
    assert in_force_now.count() == 2


def test_public_excludes_documents_that_are_not_public():
    public = make_document()
    make_document(is_public=False)

    assert list(LegalDocument.objects.public()) == [public]


# Numbers


@pytest.mark.parametrize(
    "number",
    [
        "43/2023/NQ-HĐND",
        "200/KH-UBND",
        "1234/QĐ-UBND",
        "09-NQ/TU",
        "38/2013/QH13",
        "15/2023/TT-BLĐTBXH",
        "2390/LĐTBXH-BTXH",
        "17/2023/QĐ-TTg",
        "43/2023/nq-hđnd",
        " 200 / KH-UBND ",
    ],
)
def test_validate_number_accepts_the_usual_forms(number):
    validate_number(number)


@pytest.mark.parametrize("number", ["abc", "43", "NQ-HĐND/43", "", "43//NQ"])
def test_validate_number_refuses_other_text_in_vietnamese(number):
    with pytest.raises(ValidationError) as error:
        validate_number(number)

    assert error.value.messages == [NUMBER_MESSAGE]


def test_saving_removes_spaces_from_the_number():
    document = make_document(" 43 / 2023 / NQ-HĐND ")

    assert LegalDocument.objects.get(pk=document.pk).number == "43/2023/NQ-HĐND"


def test_saving_keeps_the_number_as_written():
    # "TTg" (Thủ tướng) is written with a lower-case g on the document itself.
    document = make_document("17/2023/QĐ-TTg")

    assert LegalDocument.objects.get(pk=document.pk).number == "17/2023/QĐ-TTg"


def test_saving_fills_the_folded_number_key():
    document = make_document("43/2023/NQ-HĐND")

    assert document.number_key == "43/2023/nq-hdnd"


def test_saving_makes_a_slug_from_the_number():
    document = make_document("43/2023/NQ-HĐND")

    assert document.slug == "43-2023-nq-hdnd"


def test_same_number_from_other_bodies_and_years_gets_distinct_slugs():
    first = make_document("43/2023/NQ-HĐND", issued_date=days(-400))
    second = make_document("43/2023/NQ-HĐND", issued_date=days(-20))
    third = make_document("43/2023/NQ-HĐND", issued_date=days(-20))

    assert len({first.slug, second.slug, third.slug}) == 3
    assert all(doc.slug.startswith("43-2023-nq-hdnd") for doc in (first, second, third))


def test_saving_again_keeps_the_slug():
    document = make_document("43/2023/NQ-HĐND")

    document.abstract = "Trích yếu đã sửa"
    document.save()

    assert LegalDocument.objects.get(pk=document.pk).slug == "43-2023-nq-hdnd"


# Dates


def test_database_refuses_effective_date_before_issued_date():
    with pytest.raises(IntegrityError), transaction.atomic():
        make_document(issued_date=days(-5), effective_date=days(-6))


def test_clean_refuses_effective_date_before_issued_date_in_vietnamese():
    document = LegalDocument(
        number="43/2023/NQ-HĐND", issued_date=days(-5), effective_date=days(-6)
    )

    with pytest.raises(ValidationError) as error:
        document.clean()

    assert error.value.message_dict == {
        "effective_date": ["Ngày có hiệu lực không được trước ngày ban hành."]
    }


def test_clean_refuses_expiry_date_before_effective_date():
    document = LegalDocument(issued_date=days(-5), effective_date=days(3), expiry_date=days(1))

    with pytest.raises(ValidationError) as error:
        document.clean()

    assert error.value.message_dict == {
        "expiry_date": ["Ngày hết hiệu lực phải sau ngày có hiệu lực."]
    }


# Uniqueness


def test_database_refuses_the_same_number_from_the_same_body_on_the_same_day():
    issuer = make_issuer()
    make_document("43/2023/NQ-HĐND", issuer=issuer, issued_date=days(-5))

    with pytest.raises(IntegrityError), transaction.atomic():
        make_document("43/2023/NQ-HĐND", issuer=issuer, issued_date=days(-5))


def test_database_refuses_the_same_number_written_differently():
    issuer = make_issuer()
    make_document("43/2023/NQ-HĐND", issuer=issuer, issued_date=days(-5))

    with pytest.raises(IntegrityError), transaction.atomic():
        make_document("43/2023/nq-hdnd", issuer=issuer, issued_date=days(-5))


def test_same_number_from_another_body_is_allowed():
    make_document("43/2023/NQ-HĐND", issued_date=days(-5))

    make_document("43/2023/NQ-HĐND", issued_date=days(-5))

    assert LegalDocument.objects.filter(number="43/2023/NQ-HĐND").count() == 2


def test_full_clean_reports_a_duplicate_number():
    existing = make_document("43/2023/NQ-HĐND", issued_date=days(-5))
    duplicate = LegalDocument(
        number="43/2023/NQ-HĐND",
        doc_type=existing.doc_type,
        issuing_body=existing.issuing_body,
        abstract="Bản trùng",
        issued_date=existing.issued_date,
    )

    with pytest.raises(ValidationError):
        duplicate.full_clean()


def test_admin_reports_a_duplicate_number_instead_of_failing(client, publisher):
    existing = make_document("43/2023/NQ-HĐND", issued_date=days(-5))
    client.force_login(publisher)
    client.raise_request_exception = False

    response = client.post(
        reverse("admin:documents_legaldocument_add"),
        {
            "number": "43/2023/NQ-HĐND",
            "doc_type": existing.doc_type_id,
            "issuing_body": existing.issuing_body_id,
            "abstract": "Bản trùng",
            "issued_date": existing.issued_date.isoformat(),
            "is_public": "on",
            "files-TOTAL_FORMS": "0",
            "files-INITIAL_FORMS": "0",
            "files-MIN_NUM_FORMS": "0",
            "files-MAX_NUM_FORMS": "1000",
            "_save": "Lưu lại",
        },
    )

    assert response.status_code == 200
    assert LegalDocument.objects.count() == 1

"""Query budgets: register, document and procedure pages cost the same whatever the content."""

from datetime import timedelta

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from tests.conftest import make_article
from tests.documents.factories import (
    make_document,
    make_document_type,
    make_field,
    make_file,
    make_issuer,
    make_procedure,
)

pytestmark = pytest.mark.django_db

# Measured with an empty cache, the site settings and navigation included (SQLite and
# PostgreSQL alike); any extra query is a regression to look at.
# year choices, count, page, fields of the page, 3 filter choices, site settings, navigation,
# web links
LIST_BUDGET = 10
FILTERED_LIST_BUDGET = 11  # the same and the field named in ?linh_vuc=
# document with type, body and replacement, its fields, its files, documents it replaces,
# amends and is amended by, procedures, articles, site settings, navigation, web links
DETAIL_BUDGET = 11
PROCEDURES_BUDGET = 5  # procedures with their field, fields, site settings, navigation, web links
# procedure with its field, legal basis, their types, site settings, navigation, web links
PROCEDURE_BUDGET = 6


@pytest.fixture
def lists(db):
    """A few types, bodies and fields to spread the documents over."""
    return {
        "types": [make_document_type() for _ in range(3)],
        "issuers": [make_issuer() for _ in range(3)],
        "fields": [make_field() for _ in range(3)],
    }


def count_queries(client, url):
    # Same starting point every time: nothing cached, so the counts compare like for like.
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def add_documents(lists, count, **kwargs):
    today = timezone.localdate()
    documents = []
    for n in range(count):
        documents.append(
            make_document(
                doc_type=lists["types"][n % 3],
                issuer=lists["issuers"][n % 3],
                fields=lists["fields"][: n % 3 + 1],
                issued_date=today - timedelta(days=n + 1),
                # Every validity status shows up in the list.
                effective_date=today + timedelta(days=5) if n % 4 == 1 else None,
                expiry_date=today - timedelta(days=n % 4) if n % 4 == 2 else None,
                **kwargs,
            )
        )
    return documents


def test_register_queries_do_not_grow_with_documents(client, lists):
    add_documents(lists, 5)
    small = count_queries(client, reverse("documents:list"))
    add_documents(lists, 35)
    large = count_queries(client, reverse("documents:list"))

    assert small == large
    assert large <= LIST_BUDGET


def test_filtered_register_queries_do_not_grow_with_documents(client, lists):
    url = reverse("documents:list") + f"?linh_vuc={lists['fields'][0].slug}&q=ke+hoach"
    add_documents(lists, 5)
    small = count_queries(client, url)
    add_documents(lists, 35)
    large = count_queries(client, url)

    assert small == large
    assert large <= FILTERED_LIST_BUDGET


def test_document_page_queries_do_not_grow_with_related_documents(client, lists, category):
    replacement = make_document(issued_date=timezone.localdate())
    document = make_document(
        issued_date=timezone.localdate() - timedelta(days=400),
        fields=lists["fields"][:2],
        replaced_by=replacement,
    )
    make_file(document, name="Toàn văn.pdf")
    make_file(document, name="Phụ lục.pdf", position=1)

    def relate(count):
        # Documents it replaces, amends and is amended by; procedures and articles citing it.
        for n, other in enumerate(add_documents(lists, count)):
            if n % 3 == 0:
                other.replaced_by = document
                other.save()
            elif n % 3 == 1:
                document.amends.add(other)
            else:
                other.amends.add(document)
            if n % 5 == 0:
                make_procedure(legal_basis=[document])
                make_article(category).documents.add(document)

    relate(5)
    small = count_queries(client, document.get_absolute_url())
    relate(35)
    large = count_queries(client, document.get_absolute_url())

    assert small == large
    assert large <= DETAIL_BUDGET


def test_procedures_page_queries_do_not_grow_with_procedures(client, lists):
    basis = add_documents(lists, 3)

    def add_procedures(count):
        for n in range(count):
            make_procedure(field=lists["fields"][n % 3], legal_basis=basis[: n % 3 + 1])

    add_procedures(5)
    small = count_queries(client, reverse("documents:procedures"))
    add_procedures(35)
    large = count_queries(client, reverse("documents:procedures"))

    assert small == large
    assert large <= PROCEDURES_BUDGET


def test_procedure_page_queries_do_not_grow_with_its_legal_basis(client, lists):
    procedure = make_procedure(field=lists["fields"][0])
    procedure.legal_basis.set(add_documents(lists, 5))
    small = count_queries(client, procedure.get_absolute_url())
    procedure.legal_basis.add(*add_documents(lists, 35))
    large = count_queries(client, procedure.get_absolute_url())

    assert small == large
    assert large <= PROCEDURE_BUDGET

"""Every list costs the same number of queries for 2 rows as for 20."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from programs.models import AdministrativeUnit, OutcomeCorrection
from tests.api.conftest import API
from tests.conftest import make_article, make_category, make_user
from tests.documents.factories import make_document, make_field, make_file
from tests.programs.factories import (
    make_campaign,
    make_indicator,
    make_outcome,
    make_program,
    make_rate,
    make_unit,
)

pytestmark = pytest.mark.django_db

# Measured on SQLite and PostgreSQL alike: count + page, plus one per prefetched relation.
BUDGETS = {
    "campaigns": 4,  # count, page, public programmes, public legal basis
    "programs": 4,  # count, page with campaign, rates, public legal basis
    "indicators": 2,  # count, page with programme and campaign
    "units": 3,  # count, page, successors
    "outcomes": 3,  # count, page with indicator, owner, unit and source, corrections
    "documents": 4,  # count, page with type, body and replacement, fields, files
    "articles": 5,  # count, page with category, public campaigns, programmes, documents
}


def add_campaigns(n):
    document = make_document()
    for _ in range(n):
        campaign = make_campaign()
        make_program(campaign=campaign)
        campaign.legal_basis.set([document])


def add_programs(n):
    document = make_document()
    campaign = make_campaign()
    for _ in range(n):
        program = make_program(campaign=campaign)
        make_rate(program, Decimal("55400"), per="hộ/tháng")
        program.legal_basis.set([document])


def add_indicators(n):
    program, campaign = make_program(campaign=make_campaign()), make_campaign()
    for i in range(n):
        make_indicator(program if i % 2 else campaign)


def add_units(n):
    province = make_unit(level=AdministrativeUnit.Level.PROVINCE)
    for _ in range(n - 1):
        make_unit(parent=province).successors.set([province])


def add_outcomes(n):
    indicator = make_indicator(make_program(campaign=make_campaign()))
    document = make_document()
    corrector = get_user_model().objects.filter(username="dinhchinh").first()
    corrector = corrector or make_user("dinhchinh")
    for _ in range(n):
        outcome = make_outcome(indicator, make_unit(), 2023, 10, source_document=document)
        OutcomeCorrection.objects.create(
            outcome=outcome, old_value=9, new_value=10, reason="Sửa số.", corrected_by=corrector
        )


def add_documents(n):
    field = make_field()
    for _ in range(n):
        replacement = make_document()
        make_file(make_document(fields=[field], replaced_by=replacement))


def add_articles(n):
    category, campaign, program = make_category(), make_campaign(), make_program()
    document = make_document()
    for i in range(n):
        article = make_article(category, published_at=timezone.now() - timedelta(hours=i + 1))
        article.campaigns.set([campaign])
        article.programs.set([program])
        article.documents.set([document])


ADD = {
    "campaigns": add_campaigns,
    "programs": add_programs,
    "indicators": add_indicators,
    "units": add_units,
    "outcomes": add_outcomes,
    "documents": add_documents,
    "articles": add_articles,
}


def count_queries(client, resource):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(f"{API}{resource}/")
    assert response.status_code == 200
    return len(queries), response.json()["count"]


@pytest.mark.parametrize("resource", sorted(ADD))
def test_list_query_count_does_not_grow_with_rows(client, resource):
    ADD[resource](2)
    small, small_rows = count_queries(client, resource)
    ADD[resource](18)
    large, large_rows = count_queries(client, resource)
    assert large_rows > small_rows >= 2
    assert small == large == BUDGETS[resource]

"""Figure blocks kept per content generation (portal/memo.py, the {% memo %} blocks of the
programme and /so-lieu/ pages): rendered once, and an approval or a correction shows on the
very next request."""

from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles import services as article_services
from articles.models import Article
from programs import services
from programs.models import Outcome
from tests.conftest import make_article
from tests.programs.factories import make_outcome

# Changes must really commit: the generation is renewed when the transaction commits.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture(autouse=True)
def memos_on(settings):
    settings.CONTENT_MEMO_SECONDS = 600  # the page cache stays off: pages are rendered


def outcome_reads(queries):
    return [q["sql"] for q in queries if '"programs_outcome"' in q["sql"]]


@pytest.mark.parametrize("where", ["program", "figures", "home"])
def test_blocks_are_rendered_once_and_follow_an_approval(
    client, where, program, households, province, unit_a, approver
):
    make_outcome(households, province, 2024, Decimal("1200"))
    url = {"program": program.get_absolute_url(), "figures": "/so-lieu/", "home": "/"}[where]
    assert "1.200 hộ" in client.get(url).content.decode()
    with CaptureQueriesContext(connection) as queries:
        again = client.get(url).content.decode()
    assert "1.200 hộ" in again
    assert outcome_reads(queries) == []  # the kept blocks: no outcome read

    waiting = make_outcome(
        households, province, 2025, Decimal("1350"), status=Outcome.Status.SUBMITTED
    )
    assert "1.350 hộ" not in client.get(url).content.decode()  # not approved: not public
    services.outcome_approve(outcome=waiting, user=approver)

    assert "1.350 hộ" in client.get(url).content.decode()


def test_a_correction_shows_on_the_next_request(client, program, households, province, admin_user):
    outcome = make_outcome(households, province, 2024, Decimal("1200"))
    assert "1.200 hộ" in client.get(program.get_absolute_url()).content.decode()

    services.outcome_correct(
        outcome=outcome, user=admin_user, new_value="1250", reason="Cộng sót một xã"
    )

    html = client.get(program.get_absolute_url()).content.decode()
    assert "1.250 hộ" in html
    assert "Cộng sót một xã" in html


def test_linked_articles_follow_a_publish(client, program, category, publisher):
    first = make_article(category, title="Bàn giao nhà đại đoàn kết đợt một")
    first.programs.add(program)
    url = program.get_absolute_url()
    assert "Bàn giao nhà đại đoàn kết đợt một" in client.get(url).content.decode()
    draft = make_article(category, title="Bàn giao đợt hai", status=Article.Status.DRAFT)
    draft.programs.add(program)
    assert "Bàn giao đợt hai" not in client.get(url).content.decode()

    article_services.article_publish(article=draft, user=publisher)

    html = client.get(url).content.decode()
    assert "Bàn giao đợt hai" in html
    assert f'href="{draft.get_absolute_url()}"' in html

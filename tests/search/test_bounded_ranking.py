"""On PostgreSQL a common word ranks only the newest RANK_CANDIDATES matches (and an exact
document number), so its cost does not grow with the archive."""

import pytest

from portal import search
from tests.conftest import make_article
from tests.documents.factories import make_document
from tests.search.conftest import ago, found, postgres_only

pytestmark = [pytest.mark.django_db, postgres_only]


def test_only_the_newest_matches_are_ranked(client, category, monkeypatch):
    monkeypatch.setattr(search, "RANK_CANDIDATES", 3)
    for days in range(1, 7):
        make_article(category, title=f"Chi trả trợ cấp đợt {days}", published_at=ago(days=days))

    assert sorted(found(client, "tro cap")) == [f"Chi trả trợ cấp đợt {n}" for n in (1, 2, 3)]


def test_an_exact_document_number_is_found_however_old(client, category, monkeypatch):
    monkeypatch.setattr(search, "RANK_CANDIDATES", 1)
    make_document("15/2010/QĐ-UBND", abstract="Quy định trợ cấp xã hội")
    for days in range(1, 4):
        make_article(category, title=f"Tin 15/2010/QĐ-UBND số {days}", published_at=ago(days=days))

    results = found(client, "15/2010/QĐ-UBND")
    assert len(results) == 2  # the newest article, and the old document by its number
    assert results[0].endswith("số 15/2010/QĐ-UBND")  # the document, first

import pytest
from django.conf import settings


@pytest.fixture
def documents_storage(db):
    """The per-test folder the documents storage writes to (set in tests/conftest.py)."""
    return settings.DOCUMENTS_ROOT

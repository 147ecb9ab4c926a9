import pytest
from django.core.files.storage import storages

from documents.models import DocumentFile


@pytest.fixture(autouse=True)
def documents_storage(settings, tmp_path, monkeypatch):
    """The "documents" storage in a per-test directory; returns that directory."""
    location = tmp_path / "docs"
    settings.STORAGES = {
        **settings.STORAGES,
        "documents": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": location},
        },
    }
    # Django calls a FileField's storage callable once, when the model class is built, so
    # DocumentFile.file keeps the storage of DOCUMENTS_ROOT whatever STORAGES says later:
    # point the field at the storage the setting now describes.
    monkeypatch.setattr(DocumentFile._meta.get_field("file"), "storage", storages["documents"])
    return location

"""The organisation demo data: complete, with processed photos, and safe to run twice."""

import pytest
from django.core.files.storage import default_storage

from organization import seed
from organization.models import (
    AboutPage,
    Department,
    EnglishPage,
    EnglishSettings,
    Leader,
    ScheduleEntry,
    WebLink,
)

MODELS = [AboutPage, Department, EnglishPage, EnglishSettings, Leader, ScheduleEntry, WebLink]


class _Sink:
    def write(self, text):
        return len(text)


@pytest.fixture
def seeded(db, settings):
    settings.IMAGE_RENDITION_WIDTHS = (320,)
    seed.seed(_Sink())


def test_seed_fills_every_part_of_the_section(seeded):
    assert AboutPage.objects.public().count() == 2
    assert Leader.objects.current().count() == 4
    assert Department.objects.public().count() == 8
    assert WebLink.objects.active().count() == 7
    assert WebLink.objects.filter(is_active=False).exists()
    assert EnglishPage.objects.public().count() == 2
    assert ScheduleEntry.objects.published().exists()
    assert ScheduleEntry.objects.filter(is_published=False).exists()


def test_seed_leaders_have_processed_photos(seeded):
    for leader in Leader.objects.all():
        assert default_storage.exists(leader.photo.name)
        assert leader.photo_renditions
        for rendition in leader.photo_renditions:
            assert default_storage.exists(rendition["webp"])


def test_seed_is_idempotent(seeded):
    counts = [model.objects.count() for model in MODELS]

    seed.seed(_Sink())

    assert [model.objects.count() for model in MODELS] == counts

import pytest
from django.contrib.auth import get_user_model
from django.core.files.storage import default_storage
from django.core.management import CommandError, call_command

from articles.models import Article, Category
from portal import roles
from portal.models import SiteSettings


def run_seed(**options):
    call_command("seed_demo", stdout=_Sink(), **options)


class _Sink:
    """Swallows the command's progress lines: tests print nothing."""

    def write(self, text):
        return len(text)

    def flush(self):
        pass


@pytest.fixture
def seeded(db, settings):
    # One rendition width keeps each seeding fast; the pipeline is the same.
    settings.IMAGE_RENDITION_WIDTHS = (320,)
    run_seed()


def test_seed_demo_creates_site_categories_articles_and_accounts(seeded):
    assert SiteSettings.objects.count() == 1
    assert Category.objects.count() >= 8
    assert Article.objects.count() >= 12
    User = get_user_model()
    assert User.objects.get(username="quantri").is_superuser
    assert User.objects.get(username="bientap").groups.filter(name=roles.EDITOR).exists()
    assert User.objects.get(username="duyetbai").groups.filter(name=roles.PUBLISHER).exists()


def test_seed_demo_has_one_draft_and_one_scheduled_article(seeded):
    assert Article.objects.filter(status=Article.Status.DRAFT).count() == 1
    scheduled = [
        a for a in Article.objects.filter(status=Article.Status.PUBLISHED) if a.is_scheduled
    ]
    assert len(scheduled) == 1
    assert scheduled[0] not in Article.objects.published()


def test_seed_demo_tells_the_seed_story_with_its_figures(seeded):
    story = Article.objects.get(category__slug="thi-dua-khen-thuong", is_featured=True)
    for figure in ("495", "41,1 tỷ đồng", "34.960", "1,86%", "133,998"):
        assert figure in story.body


def test_seed_demo_articles_have_stored_covers_with_renditions(seeded):
    article = Article.objects.published().first()
    assert article.cover_alt and article.cover_caption
    assert default_storage.exists(article.cover.name)
    for rendition in article.cover_renditions:
        assert default_storage.exists(rendition["webp"])
        assert default_storage.exists(rendition["jpeg"])
    assert "<figcaption>" in article.body


def test_seed_demo_is_idempotent(seeded):
    from documents.models import AdministrativeProcedure, LegalDocument

    models = [Article, Category, LegalDocument, AdministrativeProcedure, get_user_model()]
    counts = [model.objects.count() for model in models]
    run_seed()
    assert counts == [model.objects.count() for model in models]


def test_seed_demo_refuses_production_without_force(db, settings):
    settings.PRODUCTION = True
    with pytest.raises(CommandError, match="production"):
        run_seed()
    assert not Article.objects.exists()


def test_seed_demo_links_the_seed_story_to_the_documents_it_cites(seeded):
    from documents.models import LegalDocument

    story = Article.objects.get(category__slug="thi-dua-khen-thuong", is_featured=True)
    numbers = set(story.documents.values_list("number", flat=True))
    assert {"09-NQ/TU", "200/KH-UBND", "43/2023/NQ-HĐND"} <= numbers
    for document in LegalDocument.objects.filter(number__in=numbers):
        assert document.files.exists()


def test_seed_demo_documents_show_every_validity_status(seeded):
    from documents.models import LegalDocument, Validity

    statuses = set(LegalDocument.objects.with_validity().values_list("validity", flat=True))
    assert statuses == set(Validity.values)
    assert LegalDocument.objects.filter(is_public=False).exists()

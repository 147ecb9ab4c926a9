"""`seed_demo` with scale counts (small ones here): totals, public pages, search, re-runs."""

import tempfile
from io import StringIO

from django.core.management import call_command
from django.db.models import F
from django.test import TestCase, override_settings

from articles.models import Article
from documents.models import LegalDocument, validate_number
from portal import demo_data
from portal.models import SearchEntry
from portal.scale_seed import outcomes as scale_outcomes
from portal.scale_seed.indicators import SPECS
from portal.text import fold, slugify_vi
from programs.models import AdministrativeUnit, Indicator, OfficialScope, Outcome

COUNTS = {"articles": 300, "documents": 50, "units": 60, "indicators": 24, "years": 3}
SCALE_CODES = {spec[0] for specs in SPECS.values() for spec in specs}
DEMO_SLUGS = {slugify_vi(article["title"]) for article in demo_data.ARTICLES}


def run_seed():
    out = StringIO()
    call_command("seed_demo", stdout=out, **COUNTS)
    return out.getvalue()


def table_counts():
    models = [Article, LegalDocument, AdministrativeUnit, Indicator, Outcome, SearchEntry]
    return {model.__name__: model.objects.count() for model in models}


class ScaleSeedTests(TestCase):
    @classmethod
    def setUpClass(cls):
        folder = cls.enterClassContext(tempfile.TemporaryDirectory())
        cls.enterClassContext(
            override_settings(
                MEDIA_ROOT=f"{folder}/media",
                DOCUMENTS_ROOT=f"{folder}/documents",
                QA_FILES_ROOT=f"{folder}/qa",
                IMAGE_RENDITION_WIDTHS=(320,),
                PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"],
            )
        )
        super().setUpClass()

    @classmethod
    def setUpTestData(cls):
        cls.report = run_seed()
        cls.scale_articles = Article.objects.published().exclude(slug__in=DEMO_SLUGS)

    def test_reaches_each_count_and_reports_in_vietnamese(self):
        self.assertEqual(Article.objects.count(), 300)
        self.assertEqual(LegalDocument.objects.count(), 50)
        self.assertEqual(AdministrativeUnit.objects.count(), 60)
        self.assertEqual(Indicator.objects.count(), 24)
        self.assertEqual(
            set(
                Outcome.objects.filter(indicator__code__in=SCALE_CODES).values_list(
                    "year", flat=True
                )
            ),
            set(scale_outcomes.years_of(3)),
        )
        self.assertIn("Xong: 300 bài viết, 50 văn bản, 60 đơn vị hành chính", self.report)
        self.assertIn("tổng thời gian", self.report)

    def test_articles_spread_over_categories_states_and_years(self):
        articles = Article.objects.all()
        self.assertEqual(len(set(articles.values_list("category", flat=True))), 8)
        self.assertEqual(
            set(articles.values_list("status", flat=True)), {"draft", "pending", "published"}
        )
        self.assertTrue(any(a.is_scheduled for a in articles.filter(status="published")))
        years = {a.published_at.year for a in self.scale_articles}
        self.assertGreaterEqual(len(years), 8)
        article = self.scale_articles.first()
        self.assertGreater(article.body.count("<p>"), 2)
        self.assertTrue(300 <= len(article.body.split()) <= 1200)

    def test_scale_articles_are_listed_in_their_category(self):
        article = self.scale_articles.order_by("-published_at").first()
        response = self.client.get(article.category.get_absolute_url())
        self.assertContains(response, article.get_absolute_url())

    def test_search_finds_a_scale_article_typed_without_diacritics(self):
        article = self.scale_articles.first()
        query = fold(article.title)
        self.assertNotEqual(query, article.title)
        response = self.client.get(
            "/tim-kiem/", {"q": query, "loai": "article", "nam": article.published_at.year}
        )
        self.assertContains(response, article.get_absolute_url())

    def test_every_article_and_document_is_in_the_search_index(self):
        for model, kind in ((Article, "article"), (LegalDocument, "document")):
            indexed = set(SearchEntry.objects.filter(kind=kind).values_list("object_id", flat=True))
            self.assertEqual(indexed, set(model.objects.values_list("pk", flat=True)))

    def test_documents_have_valid_numbers_and_appear_in_the_register(self):
        for number in LegalDocument.objects.values_list("number", flat=True):
            validate_number(number)
        document = LegalDocument.objects.public().order_by("-pk").first()
        response = self.client.get("/van-ban/", {"q": document.number})
        self.assertContains(response, document.get_absolute_url())
        self.assertTrue(LegalDocument.objects.filter(is_public=False).exists())

    def test_units_span_both_reforms_and_ended_communes_have_successors(self):
        communes = AdministrativeUnit.objects.filter(level="xa")
        self.assertTrue(communes.filter(valid_until="2019-12-31").exists())
        self.assertTrue(communes.filter(valid_from="2020-01-01").exists())
        self.assertTrue(communes.filter(valid_from="2025-07-01", parent__level="tinh").exists())
        ended = communes.filter(valid_until__isnull=False)
        self.assertFalse(ended.filter(successors__isnull=True).exists())
        self.assertEqual(len(set(communes.exclude(code="").values_list("code", flat=True))), 49)

    def test_a_district_official_also_reports_for_its_communes(self):
        scope = OfficialScope.objects.get(user__username="canbo.kimson")
        kim_son = scope.units.get(level="huyen")
        communes = AdministrativeUnit.objects.filter(parent=kim_son)
        self.assertTrue(communes.exists())
        self.assertFalse(communes.exclude(pk__in=scope.units.all()).exists())
        self.assertTrue(scope.units.filter(predecessors=kim_son).exists())

    def test_outcomes_only_in_the_years_their_unit_existed_and_for_every_such_unit(self):
        for year in scale_outcomes.years_of(3):
            valid = AdministrativeUnit.objects.valid_in(year)
            self.assertFalse(Outcome.objects.filter(year=year).exclude(unit__in=valid).exists())
            for indicator in Indicator.objects.filter(code__in=SCALE_CODES):
                if indicator.owner.covers(year):
                    outcomes = Outcome.objects.filter(indicator=indicator, year=year)
                    self.assertEqual(outcomes.count(), valid.count(), indicator.code)

    def test_outcomes_keep_the_rules_of_rates_and_approval(self):
        outcomes = Outcome.objects.filter(is_illustrative=True)
        self.assertFalse(outcomes.filter(kind="rate", value__gt=100).exists())
        self.assertFalse(outcomes.filter(numerator__gt=F("denominator")).exists())
        self.assertFalse(outcomes.filter(status="approved", approved_by__isnull=True).exists())
        self.assertFalse(outcomes.filter(approved_by=F("entered_by")).exists())
        statuses = set(outcomes.values_list("status", flat=True))
        self.assertEqual(statuses, {"approved", "submitted", "draft", "returned"})

    def test_province_figure_adds_up_its_communes(self):
        year = scale_outcomes.years_of(3)[0]
        scale = Indicator.objects.filter(code__in=SCALE_CODES, kind="count")
        indicator = scale.filter(outcomes__year=year).distinct().first()
        values = Outcome.objects.filter(indicator=indicator, year=year)
        province = values.get(unit__level="tinh").value
        communes = sum(values.filter(unit__level="xa").values_list("value", flat=True))
        self.assertEqual(province, communes)

    def test_public_figures_page_shows_the_scale_figures(self):
        key = Indicator.objects.filter(code__in=SCALE_CODES, is_key=True)
        indicator = key.filter(outcomes__status="approved").distinct().first()
        response = self.client.get("/so-lieu/")
        self.assertContains(response, indicator.name)

    def test_running_again_adds_nothing(self):
        before = table_counts()
        run_seed()
        self.assertEqual(table_counts(), before)

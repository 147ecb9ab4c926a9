from datetime import datetime
from typing import NamedTuple

from django.conf import settings
from django.db.models import F, Prefetch, Q
from django.utils.functional import SimpleLazyObject
from django.views.generic import DetailView, ListView, TemplateView

from portal.memo import memo

from . import opendata
from .figures import collect
from .models import Campaign, ExemplaryModel, Indicator, SupportProgram


class LinkedArticle(NamedTuple):
    title: str
    url: str
    published_at: datetime


def _public_articles(owner):
    """The newest published articles linked to a campaign or programme (articles depend on
    programs), kept per content generation (portal/memo.py): only what the list shows."""

    def newest():
        articles = (
            owner.articles.published()
            .select_related("category")
            .only("title", "slug", "published_at", "category__slug")
            .order_by("-published_at", "-pk")[:10]
        )
        return [LinkedArticle(a.title, a.get_absolute_url(), a.published_at) for a in articles]

    return memo(f"programs:articles:{owner._meta.model_name}:{owner.pk}", newest)


class CampaignListView(ListView):
    template_name = "programs/campaign_list.html"
    context_object_name = "campaigns"

    def get_queryset(self):
        return Campaign.objects.filter(is_public=True).prefetch_related(
            Prefetch("programs", queryset=SupportProgram.objects.filter(is_public=True))
        )


class CampaignDetailView(DetailView):
    template_name = "programs/campaign_detail.html"
    context_object_name = "campaign"

    def get_queryset(self):
        return Campaign.objects.filter(is_public=True).prefetch_related(
            "legal_basis__doc_type",
            Prefetch(
                "exemplars",
                queryset=ExemplaryModel.objects.filter(is_public=True).select_related("unit"),
            ),
        )

    def get_context_data(self, **kwargs):
        campaign = self.object
        programs = list(campaign.programs.filter(is_public=True))
        key_indicators = Indicator.objects.filter(is_key=True, program__in=programs)
        figures = collect(list(campaign.indicators.all()) + list(key_indicators))
        by_program = {}
        for fig in figures:
            if fig.indicator.program_id:
                by_program.setdefault(fig.indicator.program_id, []).append(fig)
        return super().get_context_data(
            programs=[(program, by_program.get(program.pk, [])) for program in programs],
            campaign_figures=[fig for fig in figures if fig.indicator.campaign_id],
            articles=_public_articles(campaign),
            **kwargs,
        )


class ProgramListView(ListView):
    template_name = "programs/program_list.html"
    context_object_name = "programs"

    def get_queryset(self):
        return (
            SupportProgram.objects.filter(is_public=True)
            .select_related("campaign")
            .prefetch_related("rates")
        )


class ProgramDetailView(DetailView):
    template_name = "programs/program_detail.html"
    context_object_name = "program"

    def get_queryset(self):
        return (
            SupportProgram.objects.filter(is_public=True)
            .select_related("campaign")
            .prefetch_related("rates", "legal_basis__doc_type", "legal_basis__issuing_body")
        )

    def get_context_data(self, **kwargs):
        program = self.object
        return super().get_context_data(
            # Lazy: the template keeps the rendered blocks per content generation ({% memo %}),
            # and a kept block needs no outcome read at all.
            figures=SimpleLazyObject(lambda: collect(program.indicators.all())),
            articles=_public_articles(program),
            **kwargs,
        )


class FiguresView(TemplateView):
    """/so-lieu/: the campaign-wide indicators and each programme's key indicators."""

    template_name = "programs/figures.html"

    def get_context_data(self, **kwargs):
        # Lazy, as on the programme page: read only when the memoised blocks are not kept.
        return super().get_context_data(groups=SimpleLazyObject(self.groups), **kwargs)

    @staticmethod
    def groups():
        indicators = (
            Indicator.objects.filter(is_key=True)
            .filter(Q(program__is_public=True) | Q(campaign__is_public=True))
            .select_related("program", "campaign")
            .order_by(F("campaign").asc(nulls_last=True), "program__position", "position")
        )
        groups = {}
        for fig in collect(indicators, overview=True):
            if fig.years:
                groups.setdefault(fig.indicator.owner, []).append(fig)
        return list(groups.items())


class OpenDataView(TemplateView):
    """/du-lieu-mo/: what is published, the downloads, the licence and the data dictionary."""

    template_name = "programs/open_data.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            datasets=opendata.datasets(),
            fields=opendata.FIELDS,
            license=settings.OPEN_DATA_LICENSE,
            license_url=settings.OPEN_DATA_LICENSE_URL,
            **kwargs,
        )

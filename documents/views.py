from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.views.decorators.http import require_GET
from django.views.generic import DetailView, ListView

from portal.files import sandboxed_download
from portal.memo import MemoCountMixin

from .forms import DocumentFilterForm
from .models import AdministrativeProcedure, DocumentFile, Field, LegalDocument


class DocumentListView(MemoCountMixin, ListView):
    template_name = "documents/legaldocument_list.html"
    paginate_by = 20
    page_kwarg = "trang"

    def get_queryset(self):
        self.filter_form = DocumentFilterForm(self.request.GET or None)
        self.filters = self.filter_form.search_kwargs()
        return LegalDocument.objects.public().for_listing().search(**self.filters)

    def get_count_key(self):
        # Validity is worked out against today's date: the count may change overnight.
        values = [str(getattr(v, "pk", v) or "") for _name, v in sorted(self.filters.items())]
        return f"documents:{timezone.localdate():%Y%m%d}:" + "|".join(values)

    def get_context_data(self, **kwargs):
        return super().get_context_data(filter_form=self.filter_form, **kwargs)


class DocumentDetailView(DetailView):
    template_name = "documents/legaldocument_detail.html"
    context_object_name = "document"

    def get_queryset(self):
        return (
            LegalDocument.objects.public()
            .with_validity()
            .select_related("doc_type", "issuing_body", "replaced_by__doc_type")
            .prefetch_related("fields", "files")
        )

    def get_context_data(self, **kwargs):
        document = self.object
        related = LegalDocument.objects.public().select_related("doc_type")
        return super().get_context_data(
            replaces=related.filter(replaced_by=document),
            amends=related.filter(amended_by=document),
            amended_by=related.filter(amends=document),
            procedures=document.procedures.filter(is_public=True),
            citing_articles=self._citing_articles(document),
            **kwargs,
        )

    @staticmethod
    def _citing_articles(document):
        # Articles depend on documents, not the reverse: reach them by the reverse relation.
        articles = getattr(document, "articles", None)
        return articles.published().for_listing()[:20] if articles is not None else []


@require_GET
def download(request, pk, name):
    """Send a public document's file as an attachment that keeps its Vietnamese name."""
    attachment = get_object_or_404(
        DocumentFile.objects.select_related("document"), pk=pk, document__is_public=True
    )
    try:
        handle = attachment.file.open("rb")
    except FileNotFoundError:
        raise Http404("Tệp không còn trên máy chủ.") from None
    return sandboxed_download(
        handle, filename=attachment.original_name, content_type=attachment.content_type
    )


class ProcedureListView(ListView):
    template_name = "documents/procedure_list.html"
    context_object_name = "procedures"

    def get_queryset(self):
        procedures = AdministrativeProcedure.objects.filter(is_public=True).select_related("field")
        self.field = None
        if slug := self.request.GET.get("linh_vuc"):
            self.field = Field.objects.filter(slug=slug).first()
            procedures = procedures.filter(field=self.field) if self.field else procedures.none()
        if (level := self.request.GET.get("cap")) in AdministrativeProcedure.Level.values:
            procedures = procedures.filter(level=level)
        return procedures

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            fields=Field.objects.filter(procedures__is_public=True).distinct(),
            levels=AdministrativeProcedure.Level.choices,
            current_field=self.field,
            current_level=self.request.GET.get("cap", ""),
            **kwargs,
        )


class ProcedureDetailView(DetailView):
    template_name = "documents/procedure_detail.html"
    context_object_name = "procedure"

    def get_queryset(self):
        return (
            AdministrativeProcedure.objects.filter(is_public=True)
            .select_related("field")
            .prefetch_related("legal_basis__doc_type")
        )

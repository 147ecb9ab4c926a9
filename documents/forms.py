from django import forms
from django.utils import timezone

from portal.memo import memo
from portal.widgets import FastSelect

from .models import DocumentType, Field, IssuingBody, LegalDocument, Validity


class DocumentFilterForm(forms.Form):
    """The register's filters, read from the query string so a filtered list can be shared."""

    q = forms.CharField(
        label="Số, ký hiệu hoặc trích yếu",
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"placeholder": "Ví dụ: 43/2023/NQ-HĐND", "type": "search"}),
    )
    loai = forms.ModelChoiceField(
        label="Loại văn bản",
        queryset=DocumentType.objects.all(),
        required=False,
        to_field_name="slug",
        empty_label="Tất cả",
        widget=FastSelect,
    )
    co_quan = forms.ModelChoiceField(
        label="Cơ quan ban hành",
        queryset=IssuingBody.objects.all(),
        required=False,
        to_field_name="slug",
        empty_label="Tất cả",
        widget=FastSelect,
    )
    linh_vuc = forms.ModelChoiceField(
        label="Lĩnh vực",
        queryset=Field.objects.all(),
        required=False,
        to_field_name="slug",
        empty_label="Tất cả",
        widget=FastSelect,
    )
    nam = forms.TypedChoiceField(
        label="Năm ban hành", required=False, coerce=int, empty_value=None, widget=FastSelect
    )
    hieu_luc = forms.ChoiceField(
        label="Tình trạng hiệu lực",
        required=False,
        choices=[("", "Tất cả"), *Validity.choices],
        widget=FastSelect,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Four queries on every page of the register otherwise (portal/memo.py).
        lists = memo("documents:filter-choices", _choice_lists)
        for name in ("loai", "co_quan", "linh_vuc"):
            self.fields[name].choices = [("", self.fields[name].empty_label), *lists[name]]
        this_year = timezone.localdate().year
        years = range(this_year, (lists["first_year"] or this_year) - 1, -1)
        self.fields["nam"].choices = [("", "Tất cả"), *((y, str(y)) for y in years)]

    def search_kwargs(self):
        """Keyword arguments for `LegalDocumentQuerySet.search`; invalid filters are ignored."""
        data = {}
        if self.is_bound:
            # Validation keeps the valid filters in cleaned_data; a tampered one is dropped.
            self.is_valid()
            data = self.cleaned_data
        return {
            "q": data.get("q", ""),
            "doc_type": data.get("loai"),
            "issuer": data.get("co_quan"),
            "field": data.get("linh_vuc"),
            "year": data.get("nam"),
            "validity": data.get("hieu_luc", ""),
        }

    @property
    def is_filtered(self):
        return any(self.search_kwargs().values())


def _choice_lists():
    """The selects' options as the model choice fields write them (slug, name), and the
    year of the oldest public document."""
    lists = {
        name: [(item.slug, str(item)) for item in model.objects.all()]
        for name, model in (("loai", DocumentType), ("co_quan", IssuingBody), ("linh_vuc", Field))
    }
    lists["first_year"] = (
        LegalDocument.objects.public()
        .order_by("issued_date")
        .values_list("issued_date__year", flat=True)
        .first()
    )
    return lists

"""{% document_row %}: one row of the register."""

from datetime import timedelta

import pytest
from django.utils import timezone

from documents.models import LegalDocument
from documents.templatetags.document_tags import document_row
from tests.documents.factories import make_document, make_document_type, make_issuer

pytestmark = pytest.mark.django_db


def listed(document):
    return LegalDocument.objects.public().for_listing().get(pk=document.pk)


def test_a_row_links_the_number_and_escapes_every_text():
    document = make_document(
        "12/2025/QĐ-UBND",
        doc_type=make_document_type("Quyết định"),
        issuer=make_issuer('UBND tỉnh <Ninh Bình> & "Sở"'),
        abstract="Về mức hỗ trợ <script>alert(1)</script>",
        issued_date=timezone.localdate().replace(month=3, day=5) - timedelta(days=366),
    )
    html = document_row(listed(document))
    issued = document.issued_date
    assert f'<a href="{document.get_absolute_url()}">Quyết định số 12/2025/QĐ-UBND</a>' in html
    assert "Về mức hỗ trợ &lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "UBND tỉnh &lt;Ninh Bình&gt; &amp; &quot;Sở&quot;" in html
    assert f'<time datetime="{issued:%Y-%m-%d}">{issued:%d/%m/%Y}</time>' in html
    assert "<script>" not in html


@pytest.mark.parametrize(
    ("days_to_effect", "css", "label"),
    [(-1, "con-hieu-luc", "Còn hiệu lực"), (3, "chua-co-hieu-luc", "Chưa có hiệu lực")],
)
def test_a_row_shows_the_validity_of_today(days_to_effect, css, label):
    today = timezone.localdate()
    document = make_document(effective_date=today + timedelta(days=days_to_effect))
    assert f'<span class="validity validity--{css}">{label}</span>' in document_row(
        listed(document)
    )

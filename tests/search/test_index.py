"""The index follows every save and can be rebuilt from scratch by a management command."""

from io import StringIO

import pytest
from django.core.management import call_command

from portal import search
from portal.models import SearchEntry
from tests.conftest import make_article
from tests.documents.factories import make_document, make_document_type, make_field, make_procedure
from tests.programs.factories import make_campaign, make_program, make_unit
from tests.search.conftest import found

pytestmark = pytest.mark.django_db


def test_edited_title_is_found_by_the_new_word_not_the_old(client):
    article = make_article(title="Hội thảo chuyển đổi số")

    article.title = "Hội thảo nông nghiệp xanh"
    article.save()

    assert found(client, "nong nghiep xanh") == ["Hội thảo nông nghiệp xanh"]
    assert found(client, "chuyen doi so") == []


def test_rebuild_command_restores_every_entry(client):
    make_article(title="Khuyến nông vùng cao")
    make_document("21/KH-UBND", abstract="Kế hoạch khuyến nông")
    make_procedure("Thủ tục khuyến nông")
    make_campaign("Thi đua khuyến nông")
    make_program("Chương trình khuyến nông")
    make_unit("Huyện Kim Sơn")
    rows = sum(model._default_manager.count() for model in search.registered())
    SearchEntry.objects.all().delete()
    assert found(client, "khuyen nong") == []

    out = StringIO()
    call_command("rebuild_search_index", stdout=out)

    assert "100%" in out.getvalue()
    assert f"({rows}/{rows})" in out.getvalue()
    assert f"Đã lập chỉ mục {rows} mục." in out.getvalue()
    assert SearchEntry.objects.count() == rows
    assert len(found(client, "khuyen nong")) == 5


def test_new_document_is_found_by_its_field_name(client):
    # The admin saves the document first and its fields (many-to-many) just after.
    make_document(
        "22/KH-UBND",
        doc_type=make_document_type("Kế hoạch"),
        fields=[make_field("Bảo trợ xã hội")],
    )

    assert found(client, "bao tro xa hoi") == ["Kế hoạch số 22/KH-UBND"]

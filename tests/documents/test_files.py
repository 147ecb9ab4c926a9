"""Document files: validation by content, the admin inline upload and the download view."""

import io
import random
import re
import zipfile
from urllib.parse import quote

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from documents.admin import DocumentFileForm
from documents.models import DocumentFile, LegalDocument
from portal.demo_files import simple_pdf
from portal.files import FORMATS, OLE2_MAGIC, validate_document_file
from tests.documents.factories import (
    make_document,
    make_document_type,
    make_file,
    make_issuer,
    stored_files,
)

pytestmark = pytest.mark.django_db

ADD_URL = reverse("admin:documents_legaldocument_add")
DATED_RANDOM_NAME = re.compile(r"^tep/\d{4}/\d{2}/[0-9a-f]{24}\.pdf$")

MISMATCH = (
    "Nội dung tệp không đúng định dạng {} như tên tệp cho biết; tệp có thể bị đổi tên hoặc bị hỏng."
)
CORRUPT_PDF = "Tệp PDF bị hỏng hoặc không đọc được."
ENCRYPTED = "Tệp đang được đặt mật khẩu; hãy gỡ mật khẩu rồi tải lên lại."
BOMB = "Tệp nén có dung lượng giải nén bất thường, không thể nhận."
EXTENSION = "Chỉ nhận tệp PDF, DOC, DOCX, XLS, XLSX hoặc ODT."


# --- file factories --------------------------------------------------------------------------


def pdf():
    return simple_pdf(["Nghị quyết 43/2023/NQ-HĐND", "Toàn văn"])


def zip_package(parts, compression=zipfile.ZIP_DEFLATED):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in parts.items():
            # OpenDocument wants its mimetype entry stored, not compressed.
            kind = zipfile.ZIP_STORED if name == "mimetype" else compression
            archive.writestr(name, data, compress_type=kind)
    return buffer.getvalue()


CONTENT_TYPES = b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/"/>'


def docx(**extra_parts):
    return zip_package(
        {
            "[Content_Types].xml": CONTENT_TYPES,
            "word/document.xml": b"<w:document><w:body>Nghi quyet 43</w:body></w:document>",
            **extra_parts,
        }
    )


def xlsx():
    return zip_package(
        {"[Content_Types].xml": CONTENT_TYPES, "xl/workbook.xml": b"<workbook><sheets/></workbook>"}
    )


def odt():
    return zip_package(
        {
            "mimetype": b"application/vnd.oasis.opendocument.text",
            "content.xml": b"<office:document-content>Nghi quyet</office:document-content>",
        }
    )


def ole2():
    """An OLE2 compound file header (old Word/Excel, or encrypted Office) and padding."""
    return OLE2_MAGIC + bytes(2048)


def zip_bomb():
    """A DOCX of about 20 KB that unpacks to 20 MB."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("word/document.xml", b"<w:document/>")
        archive.writestr("word/media/zeros.bin", bytes(20 * 1024 * 1024), compresslevel=9)
    return buffer.getvalue()


def png():
    return b"\x89PNG\r\n\x1a\n" + bytes(200)


ACCEPTED = [
    pytest.param("Toàn văn.pdf", pdf, id="pdf"),
    pytest.param("Dự thảo.docx", docx, id="docx"),
    pytest.param("Phụ lục.xlsx", xlsx, id="xlsx"),
    pytest.param("Văn bản.odt", odt, id="odt"),
    pytest.param("Toàn văn.doc", ole2, id="doc"),
    pytest.param("Biểu mẫu.xls", ole2, id="xls"),
]

REFUSED = [
    pytest.param(
        "trang.pdf",
        lambda: b"<!doctype html><script>alert(1)</script>",
        MISMATCH.format("PDF"),
        id="html-as-pdf",
    ),
    pytest.param(
        "setup.docx",
        lambda: b"MZ\x90\x00" + bytes(500),
        MISMATCH.format("Word (DOCX)"),
        id="exe-as-docx",
    ),
    pytest.param("anh.pdf", png, MISMATCH.format("PDF"), id="png-as-pdf"),
    pytest.param(
        "cut.pdf", lambda: pdf()[: pdf().rindex(b"%%EOF")], CORRUPT_PDF, id="truncated-pdf"
    ),
    pytest.param(
        "thu.docx",
        lambda: zip_package({"thu.txt": b"xin chao"}),
        MISMATCH.format("Word (DOCX)"),
        id="zip-as-docx",
    ),
    pytest.param("bom.docx", zip_bomb, BOMB, id="zip-bomb"),
    pytest.param("mat-khau.docx", ole2, ENCRYPTED, id="password-protected-docx"),
    pytest.param("setup.exe", lambda: b"MZ\x90\x00" + bytes(500), EXTENSION, id="exe"),
    pytest.param("trang.html", lambda: b"<html></html>", EXTENSION, id="html"),
    pytest.param(
        "hinh.svg", lambda: b"<svg xmlns='http://www.w3.org/2000/svg'/>", EXTENSION, id="svg"
    ),
    pytest.param("ma.js", lambda: b"alert(1)", EXTENSION, id="js"),
]


def upload(name, content):
    return SimpleUploadedFile(name, content, content_type="application/octet-stream")


# --- validate_document_file ------------------------------------------------------------------


@pytest.mark.parametrize(("name", "content"), ACCEPTED)
def test_validate_document_file_accepts_real_documents(name, content):
    extension = "." + name.rsplit(".", 1)[1]

    assert validate_document_file(upload(name, content())) == FORMATS[extension]


@pytest.mark.parametrize(("name", "content", "message"), REFUSED)
def test_validate_document_file_refuses_with_a_vietnamese_message(name, content, message):
    with pytest.raises(ValidationError) as error:
        validate_document_file(upload(name, content()))

    assert error.value.messages == [message]


def test_validate_document_file_refuses_an_empty_file():
    with pytest.raises(ValidationError) as error:
        validate_document_file(upload("trong.pdf", b""))

    assert error.value.messages == ["Tệp trống."]


def test_validate_document_file_refuses_an_oversize_file(settings):
    settings.DOCUMENT_MAX_BYTES = 512 * 1024

    with pytest.raises(ValidationError) as error:
        validate_document_file(upload("lon.pdf", pdf() + bytes(512 * 1024)))

    assert error.value.messages == ["Tệp quá lớn: tối đa 0,5 MB."]


def test_validate_document_file_refuses_a_docx_unpacking_past_the_limit(settings):
    settings.DOCUMENT_MAX_UNZIPPED_BYTES = 4096
    noise = random.Random(1).randbytes(8192)  # incompressible: the ratio stays low

    with pytest.raises(ValidationError) as error:
        validate_document_file(upload("lon.docx", docx(**{"word/media/noise.bin": noise})))

    assert error.value.messages == [BOMB]


def test_validate_document_file_rewinds_the_upload():
    uploaded = upload("Toàn văn.pdf", pdf())

    validate_document_file(uploaded)

    assert uploaded.read() == pdf()


# --- admin inline upload ---------------------------------------------------------------------


@pytest.fixture
def publisher_client(client, publisher):
    client.force_login(publisher)
    return client


def post_document(client, uploaded, **overrides):
    data = {
        "number": "43/2023/NQ-HĐND",
        "doc_type": make_document_type("Nghị quyết").pk,
        "issuing_body": make_issuer("Hội đồng nhân dân tỉnh").pk,
        "abstract": "Quy định chính sách hỗ trợ nhà ở",
        "signer": "",
        "issued_date": "2023-12-08",
        "effective_date": "",
        "expiry_date": "",
        "replaced_by": "",
        "is_public": "on",
        "files-TOTAL_FORMS": "1",
        "files-INITIAL_FORMS": "0",
        "files-MIN_NUM_FORMS": "0",
        "files-MAX_NUM_FORMS": "1000",
        "files-0-file": uploaded,
        "files-0-title": "Toàn văn",
        "files-0-position": "0",
        "_save": "Lưu lại",
        **overrides,
    }
    return client.post(ADD_URL, data)


def test_admin_add_page_has_the_file_inline(publisher_client):
    content = publisher_client.get(ADD_URL).content.decode()

    assert 'name="files-TOTAL_FORMS"' in content
    assert 'name="files-0-file"' in content


@pytest.mark.parametrize(("name", "content"), ACCEPTED)
def test_admin_stores_an_accepted_file_with_its_details(
    publisher_client, documents_storage, name, content
):
    data = content()

    response = post_document(publisher_client, upload(name, data))

    assert response.status_code == 302
    attachment = DocumentFile.objects.get()
    assert attachment.document == LegalDocument.objects.get()
    assert attachment.original_name == name
    assert attachment.content_type == FORMATS["." + name.rsplit(".", 1)[1]][0]
    assert attachment.size == len(data)
    assert (documents_storage / attachment.file.name).read_bytes() == data


@pytest.mark.parametrize(("name", "content", "message"), REFUSED)
def test_admin_refuses_a_bad_file_and_stores_nothing(
    publisher_client, documents_storage, name, content, message
):
    response = post_document(publisher_client, upload(name, content()))

    assert response.status_code == 200
    assert message in response.content.decode()
    assert not LegalDocument.objects.exists()
    assert stored_files(documents_storage) == []


def test_admin_refuses_an_empty_file_and_stores_nothing(publisher_client, documents_storage):
    response = post_document(publisher_client, upload("trong.pdf", b""))

    assert response.status_code == 200
    assert "Tập tin được gửi là rỗng." in response.content.decode()
    assert not LegalDocument.objects.exists()
    assert stored_files(documents_storage) == []


def test_admin_refuses_an_oversize_file_and_stores_nothing(
    publisher_client, documents_storage, settings
):
    settings.DOCUMENT_MAX_BYTES = 512 * 1024

    response = post_document(publisher_client, upload("lon.pdf", pdf() + bytes(512 * 1024)))

    assert response.status_code == 200
    assert "Tệp quá lớn: tối đa 0,5 MB." in response.content.decode()
    assert not LegalDocument.objects.exists()
    assert stored_files(documents_storage) == []


def test_admin_stores_a_path_traversal_name_under_a_random_name(
    publisher_client, documents_storage
):
    response = post_document(publisher_client, upload("../../etc/x.pdf", pdf()))

    assert response.status_code == 302
    attachment = DocumentFile.objects.get()
    assert DATED_RANDOM_NAME.match(attachment.file.name)
    assert attachment.original_name == "x.pdf"
    assert stored_files(documents_storage) == [attachment.file.name]


def test_file_form_drops_the_folders_of_a_path_traversal_name(documents_storage):
    # The test client already sends only the base name: post the raw name to the form.
    form = DocumentFileForm(
        data={"title": "", "position": "0"},
        files={"file": upload("../../etc/x.pdf", pdf())},
        instance=DocumentFile(document=make_document()),
    )

    assert form.is_valid(), form.errors
    attachment = form.save()

    assert attachment.original_name == "x.pdf"
    assert stored_files(documents_storage) == [attachment.file.name]


def test_file_form_keeps_only_the_last_part_of_a_windows_path(documents_storage):
    document = make_document()
    form = DocumentFileForm(
        data={"title": "", "position": "0"},
        files={"file": upload("C:\\Users\\van-thu\\..\\Toàn văn.pdf", pdf())},
        instance=DocumentFile(document=document),
    )

    assert form.is_valid(), form.errors
    attachment = form.save()

    assert attachment.original_name == "Toàn văn.pdf"
    assert DATED_RANDOM_NAME.match(attachment.file.name)


# --- downloads -------------------------------------------------------------------------------


def download(client, attachment):
    response = client.get(attachment.get_absolute_url())
    body = b"".join(response.streaming_content) if response.streaming else response.content
    response.close()
    return response, body


def test_download_sends_the_file(client):
    attachment = make_file(make_document(), name="Toàn văn Nghị quyết 43.pdf", content=pdf())

    response, body = download(client, attachment)

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert body == pdf()


def test_download_is_an_attachment_keeping_the_vietnamese_name(client):
    attachment = make_file(make_document(), name="Toàn văn Nghị quyết 43.pdf")

    response, _body = download(client, attachment)

    disposition = response["Content-Disposition"]
    assert disposition.startswith("attachment")
    assert f"filename*=utf-8''{quote('Toàn văn Nghị quyết 43.pdf')}" in disposition


def test_download_is_sandboxed_and_not_sniffed(client):
    attachment = make_file(make_document())

    response, _body = download(client, attachment)

    assert "sandbox" in response["Content-Security-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"


def test_download_url_is_ascii(client):
    attachment = make_file(make_document(), name="Toàn văn Nghị quyết 43.pdf")

    assert attachment.get_absolute_url().endswith("/toan-van-nghi-quyet-43.pdf")


def test_download_of_a_document_that_is_not_public_is_404(client):
    attachment = make_file(make_document(is_public=False))

    response, _body = download(client, attachment)

    assert response.status_code == 404


def test_download_of_a_file_missing_on_disk_is_404(client, documents_storage):
    attachment = make_file(make_document())
    (documents_storage / attachment.file.name).unlink()

    response, _body = download(client, attachment)

    assert response.status_code == 404


def test_download_refuses_post(client):
    attachment = make_file(make_document())

    response = client.post(attachment.get_absolute_url())

    assert response.status_code == 405

"""Attachments: checked by content, size-capped, stored outside MEDIA_ROOT, staff-only."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from portal.demo_files import simple_pdf
from qa.models import Question
from tests.qa.factories import form_data

pytestmark = pytest.mark.django_db

ASK_URL = reverse("qa:ask")


def upload(name, content, content_type="application/octet-stream"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def ask_with(client, topic, attachment):
    return client.post(ASK_URL, {**form_data(client, topic), "attachment": attachment})


def stored(root):
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


def test_a_pdf_is_kept_outside_media_root(client, topic, question_files, settings):
    response = ask_with(
        client, topic, upload("Giấy xác nhận hộ nghèo.pdf", simple_pdf(["Xac nhan"]))
    )
    assert response.status_code == 302
    question = Question.objects.get()
    assert question.attachment_name == "Giấy xác nhận hộ nghèo.pdf"
    assert question.attachment_type == "application/pdf"
    [path] = stored(question_files)
    assert path.name.endswith(".pdf") and "xac-nhan" not in path.name  # a random name
    assert stored(settings.MEDIA_ROOT) == []


@pytest.mark.parametrize(
    "name, content",
    [
        ("giay-to.pdf", b"MZ\x90\x00" + b"\x00" * 2000),  # a Windows program renamed
        ("don.docx", b"<html><script>alert(1)</script></html>"),  # a web page renamed
        ("anh.jpg", b"<svg xmlns='http://www.w3.org/2000/svg'></svg>"),
        ("chuong-trinh.exe", b"MZ\x90\x00" + b"\x00" * 2000),
        ("trang.html", b"<html></html>"),
    ],
    ids=["exe-as-pdf", "html-as-docx", "svg-as-jpg", "exe", "html"],
)
def test_disguised_or_unaccepted_files_are_refused(client, topic, question_files, name, content):
    response = ask_with(client, topic, upload(name, content))
    assert response.status_code == 200
    assert response.context["form"].has_error("attachment")
    assert not Question.objects.exists()
    assert stored(question_files) == []


def test_an_oversized_file_is_refused(client, topic, settings):
    settings.QA_ATTACHMENT_MAX_BYTES = 1024
    pdf = simple_pdf(["Trang"] * 200)
    assert len(pdf) > 1024
    response = ask_with(client, topic, upload("dai.pdf", pdf))
    assert "Tệp quá lớn: tối đa 1 KB." in response.content.decode()
    assert not Question.objects.exists()


def test_a_photo_is_re_encoded_without_its_metadata(client, topic, question_files):
    buffer = io.BytesIO()
    exif = Image.Exif()
    exif[0x010F] = "Dien thoai cua nguoi hoi"  # camera make
    Image.new("RGB", (400, 300), (10, 120, 200)).save(buffer, "JPEG", exif=exif)
    response = ask_with(client, topic, upload("So ho ngheo.jpg", buffer.getvalue(), "image/jpeg"))
    assert response.status_code == 302
    [path] = stored(question_files)
    with Image.open(path) as image:
        assert image.format == "JPEG"
        assert not image.getexif()
    assert Question.objects.get().attachment_type == "image/jpeg"


# Download: staff with the permission only, always as an attachment


@pytest.fixture
def with_file(client, topic):
    ask_with(client, topic, upload("Đơn đề nghị.pdf", simple_pdf(["Don de nghi"])))
    question = Question.objects.get()
    client.logout()
    return question


def download_url(question):
    return reverse("admin:qa_question_attachment", args=[question.pk])


def test_staff_download_the_file_as_an_attachment(client, with_file, editor):
    client.force_login(editor)
    response = client.get(download_url(with_file))
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    assert (
        "filename*=utf-8''%C4%90%C6%A1n%20%C4%91%E1%BB%81%20ngh%E1%BB%8B.pdf"
        in (response["Content-Disposition"])
    )
    assert response["Content-Type"] == "application/pdf"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "sandbox; default-src 'none'"
    assert b"".join(response.streaming_content).startswith(b"%PDF-")


def test_anonymous_visitors_cannot_download(client, with_file):
    response = client.get(download_url(with_file))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))


def test_staff_without_the_permission_cannot_download(client, with_file, official):
    client.force_login(official)
    assert client.get(download_url(with_file)).status_code == 403


def test_no_public_url_reaches_the_file(client, with_file, settings):
    name = with_file.attachment.name
    assert client.get(f"{settings.MEDIA_URL}{name}").status_code == 404
    with pytest.raises(NotImplementedError):
        with_file.attachment.url  # noqa: B018


def test_the_file_is_named_in_the_admin_for_staff(client, with_file, editor):
    client.force_login(editor)
    response = client.get(reverse("admin:qa_question_change", args=[with_file.pk]))
    assert f'href="{download_url(with_file)}">Đơn đề nghị.pdf</a>' in response.content.decode()

"""Every upload path against the same hostile files: refused with a 4xx answer or a form
error (never a 500), nothing stored; an image carrying junk is stored only re-encoded; a
hostile file name never chooses where a file goes. And uploads are never served as pages.
"""

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.test import Client
from django.test.client import encode_multipart
from django.urls import reverse
from PIL import Image

from articles.models import Article
from documents.models import DocumentFile, LegalDocument
from organization.models import Leader
from portal import roles
from portal.models import SiteSettings
from programs.models import ExemplaryModel, Outcome, OutcomeImport
from qa.models import Question
from tests.conftest import article_post_data, make_category, make_user
from tests.documents.factories import make_document_type, make_issuer
from tests.programs.factories import (
    make_campaign,
    make_indicator,
    make_official,
    make_program,
    make_unit,
)
from tests.qa.factories import form_data, make_topic
from tests.security import hostile_files as hostile

BOUNDARY = "hostile-upload-boundary"
ROWS = [
    Article,
    ExemplaryModel,
    Leader,
    SiteSettings,
    LegalDocument,
    DocumentFile,
    Question,
    OutcomeImport,
    Outcome,
]
# Stored names that keep any of these came from the uploader's file name.
NAME_TRACES = ("passwd", "windows", "cron", "%2e", "php", "\x1b", "\u202e", "aaaaaaaaaa")


@pytest.fixture(autouse=True)
def _small_caps_and_private_roots(settings, tmp_path):
    settings.QA_FILES_ROOT = tmp_path / "hoi-dap"
    settings.QA_CHALLENGE_MIN_SECONDS = 0
    for name in ("IMAGE", "DOCUMENT", "QA_ATTACHMENT", "IMPORT"):
        setattr(settings, f"{name}_MAX_BYTES", hostile.MAX_BYTES)
    settings.IMAGE_MAX_PIXELS = hostile.MAX_PIXELS


def multipart(fields, file_field, filename, content):
    """A form post with the file name exactly as given (the test client would keep only its
    base name, as a browser does; an attacker's client sends anything)."""
    body = encode_multipart(BOUNDARY, fields)
    end = f"--{BOUNDARY}--\r\n".encode()
    part = (
        f"--{BOUNDARY}\r\n"
        f'Content-Disposition: form-data; name="{file_field}"; filename="{filename}"\r\n'
        "Content-Type: application/octet-stream\r\n\r\n"
    ).encode() + content
    return body[: -len(end)] + part + b"\r\n" + end


@dataclass
class UploadPath:
    name: str
    kind: str  # "image", "document", "attachment" (document or photo), "spreadsheet"
    client: object
    url: str
    file_field: str
    fields: object  # callable returning the other fields of the form

    def post(self, filename, content):
        return self.client.post(
            self.url,
            data=multipart(self.fields(), self.file_field, filename, content),
            content_type=f"multipart/form-data; boundary={BOUNDARY}",
        )

    @property
    def takes_images(self):
        return self.kind in ("image", "attachment")

    @property
    def valid(self):
        """A legitimate file for this path: (extension, bytes)."""
        if self.takes_images:
            return ".png", hostile.image("PNG")
        if self.kind == "spreadsheet":
            return ".csv", hostile.csv_bytes()
        return ".pdf", hostile.pdf()


def _admin(client, user):
    client.force_login(user)
    return client


def _cover(client):
    category = make_category()
    publisher = make_user("duyetbai-anh", roles.PUBLISHER)
    fields = lambda: article_post_data(category, cover_alt="Ảnh bìa")  # noqa: E731
    return _admin(client, publisher), reverse("admin:articles_article_add"), "cover", fields


def _editor(client):
    editor = make_user("bientap-anh", roles.EDITOR)
    return _admin(client, editor), reverse("portal:editor_upload"), "upload", dict


def _superuser(client):
    return _admin(client, make_user("quantri-anh", superuser=True))


def _exemplar(client):
    campaign = make_campaign()
    fields = {
        "campaign": campaign.pk,
        "name": "Hộ ông Nguyễn Văn An",
        "kind": ExemplaryModel.Kind.HOUSEHOLD,
        "place": "Xã Kim Hải",
        "achievement": "Thoát nghèo bền vững nhờ nuôi ngao.",
        "year": "2024",
        "photo_alt": "Ông An bên đầm ngao",
        "is_public": "on",
        "_save": "Lưu lại",
    }
    url = reverse("admin:programs_exemplarymodel_add")
    return _superuser(client), url, "photo", lambda: dict(fields)


def _leader(client):
    fields = {
        "full_name": "Trần Thị Bình",
        "title": "Giám đốc Sở",
        "position": "0",
        "is_current": "on",
        "_save": "Lưu lại",
    }
    url = reverse("admin:organization_leader_add")
    return _superuser(client), url, "photo", lambda: dict(fields)


def _logo(client):
    fields = {
        "department_name": "Sở Lao động - Thương binh và Xã hội",
        "one_stop_label": "Một cửa điện tử",
        "show_visit_stats": "on",
        "_save": "Lưu lại",
    }
    url = reverse("admin:portal_sitesettings_add")
    return _superuser(client), url, "logo", lambda: dict(fields)


def _documents(client):
    fields = {
        "number": "12/QĐ-SLĐTBXH",
        "doc_type": make_document_type("Quyết định").pk,
        "issuing_body": make_issuer("Sở Lao động - Thương binh và Xã hội").pk,
        "abstract": "Quyết định phê duyệt danh sách hộ nghèo",
        "issued_date": "2024-03-01",
        "is_public": "on",
        "files-TOTAL_FORMS": "1",
        "files-INITIAL_FORMS": "0",
        "files-MIN_NUM_FORMS": "0",
        "files-MAX_NUM_FORMS": "1000",
        "files-0-title": "Toàn văn",
        "files-0-position": "0",
        "_save": "Lưu lại",
    }
    url = reverse("admin:documents_legaldocument_add")
    return _superuser(client), url, "files-0-file", lambda: dict(fields)


def _question(client):
    topic = make_topic()
    return client, reverse("qa:ask"), "attachment", lambda: form_data(client, topic)


def _import(client):
    unit = make_unit("Huyện Kim Sơn", code="01")
    program = make_program("Hỗ trợ nhà ở", start_year=2021, end_year=2025)
    make_indicator(program, "Số hộ", code="so-ho")
    official = make_official("canbo-tep", units=[unit], programs=[program])
    fields = {"program": program.pk, "year": "2024", "source_text": "Báo cáo số 15/BC-UBND"}
    url = reverse("admin:programs_outcome_import")
    return _admin(client, official), url, "file", lambda: dict(fields)


PATHS = {
    "article-cover": ("image", _cover),
    "editor-upload": ("image", _editor),
    "exemplary-model-photo": ("image", _exemplar),
    "leader-photo": ("image", _leader),
    "site-logo": ("image", _logo),
    "document-file": ("document", _documents),
    "question-attachment": ("attachment", _question),
    "outcome-import": ("spreadsheet", _import),
}


@pytest.fixture(params=list(PATHS))
def path(request, db, client):
    kind, build = PATHS[request.param]
    return UploadPath(request.param, kind, *build(client))


def roots():
    return [
        Path(django_settings.MEDIA_ROOT),
        Path(django_settings.DOCUMENTS_ROOT),
        Path(django_settings.QA_FILES_ROOT),
    ]


def stored_files():
    return {p for root in roots() if root.exists() for p in root.rglob("*") if p.is_file()}


def state():
    return stored_files(), [model.objects.count() for model in ROWS]


# How each page shows a form error: the admin, the admin import screen, the question form.
FORM_ERRORS = (b'class="errornote"', b'class="errorlist', b"qa-field--error")


def assert_refused(response):
    """A 4xx answer, or the form shown again with an error (the valid-file test below shows
    the same form is otherwise accepted, so the error is the file's)."""
    content = response.content
    form_error = response.status_code == 200 and any(mark in content for mark in FORM_ERRORS)
    assert 400 <= response.status_code < 500 or form_error, (response.status_code, content[:300])


@pytest.mark.parametrize(
    ("name", "content"),
    [pytest.param(name, content, id=case) for case, name, content in hostile.REFUSED],
)
def test_hostile_file_is_refused_and_nothing_is_stored(path, name, content):
    before = state()
    response = path.post(name, content())
    assert_refused(response)
    assert state() == before


@pytest.mark.parametrize(
    ("name", "content"),
    [pytest.param(name, content, id=case) for case, name, content in hostile.IMAGE_WITH_JUNK],
)
def test_image_carrying_junk_is_stored_re_encoded_or_refused(path, name, content):
    files, rows = state()
    response = path.post(name, content())
    if not path.takes_images:
        assert_refused(response)
        assert state() == (files, rows)
        return
    assert response.status_code in (200, 302), response.content[:300]
    new = stored_files() - files
    assert new, "the image was not stored"
    for stored in new:
        data = stored.read_bytes()
        assert [junk for junk in hostile.JUNK if junk in data] == [], stored
        with Image.open(stored) as image:
            assert image.format in {"JPEG", "PNG", "WEBP"}
            assert not image.info.get("Comment")


@pytest.mark.parametrize(
    "pattern", [pytest.param(pattern, id=case) for case, pattern in hostile.HOSTILE_NAMES]
)
def test_hostile_file_name_never_chooses_where_a_file_goes(path, pattern):
    files, _rows = state()
    extension, content = path.valid
    filename = pattern.format(ext=extension)
    response = path.post(filename, content)
    assert response.status_code < 500
    inside = [root.resolve() for root in roots()]
    for stored in stored_files() - files:
        resolved = stored.resolve()
        assert any(resolved.is_relative_to(root) for root in inside), stored
        relative = next(str(resolved.relative_to(r)) for r in inside if resolved.is_relative_to(r))
        assert not any(trace in relative for trace in NAME_TRACES), relative
    kept = [
        *DocumentFile.objects.values_list("original_name", flat=True),
        *Question.objects.values_list("attachment_name", flat=True),
        *OutcomeImport.objects.values_list("file_name", flat=True),
    ]
    for name in kept:
        assert name.isprintable() and len(name) <= 200, repr(name)
        assert "/" not in name and "\\" not in name and ".." not in name, name


def test_every_upload_path_takes_a_valid_file(path):
    """The refusals above are not a path that refuses everything."""
    files, rows = state()
    extension, content = path.valid
    response = path.post(f"tep-hop-le{extension}", content)
    assert response.status_code in (200, 302), response.content[:300]
    if path.kind == "spreadsheet":  # a preview to confirm; the file itself is never kept
        assert OutcomeImport.objects.count() == rows[ROWS.index(OutcomeImport)] + 1
        assert stored_files() == files
    else:
        assert stored_files() - files


# --- serving: an upload is an image or a sandboxed download, never a page ---------------------


@pytest.fixture
def media(settings):
    root = Path(settings.MEDIA_ROOT)
    (root / "editor").mkdir(parents=True)
    for fmt in ("PNG", "WEBP", "JPEG"):
        (root / "editor" / f"anh.{fmt.lower()}").write_bytes(hostile.image(fmt))
    for name, content in (("trang.html", hostile.HTML), ("hinh.svg", hostile.SVG)):
        (root / "editor" / name).write_bytes(content)
    return "/media/editor/"


@pytest.mark.parametrize("fmt", ["png", "webp", "jpeg"])
def test_an_image_upload_is_served_as_an_image_in_a_sandbox(client, media, fmt):
    response = client.get(f"{media}anh.{fmt}")
    assert response.status_code == 200
    assert response["Content-Type"] == f"image/{fmt}"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"].startswith("sandbox;")
    assert not response.get("Content-Disposition", "").startswith("attachment")


@pytest.mark.parametrize("name", ["trang.html", "hinh.svg"])
def test_any_other_file_in_media_is_a_sandboxed_download(client, media, name):
    response = client.get(media + name)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/octet-stream"
    assert response["Content-Disposition"] == "attachment"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in response["Content-Security-Policy"].split("; ")


def test_media_serving_does_not_leave_the_media_folder(db, media):
    client = Client(raise_request_exception=False)  # as the server answers, not re-raised
    for path in ("/media/../portal/settings.py", "/media/%2e%2e/portal/settings.py"):
        assert client.get(path).status_code in (400, 404), path


def test_media_folders_are_not_listed(client, db, media):
    assert client.get(f"/media/editor/{date.today():%Y}/").status_code == 404
    assert client.get("/media/editor/").status_code == 404

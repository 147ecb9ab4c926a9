"""Image uploads: the CKEditor endpoint and the article cover in the admin."""

import io
import random
import re
import struct
import zlib
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from PIL import ExifTags, Image

from articles.models import Article
from portal.images import MESSAGES, save_upload
from tests.conftest import article_post_data, make_user

RED = (220, 20, 20)
BLUE = (20, 20, 220)
VIETNAMESE = re.compile(r"[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđăâêôơư]", re.I)


# --- image factories -------------------------------------------------------------------------


def _exif_with_orientation_and_gps(orientation=6):
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = orientation
    exif[ExifTags.Base.Make] = "Canon"
    exif[ExifTags.Base.Model] = "EOS 80D"
    exif[ExifTags.Base.Artist] = "Nguyễn Văn A"
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = (21.0, 1.0, 42.0)
    gps[ExifTags.GPS.GPSLongitudeRef] = "E"
    gps[ExifTags.GPS.GPSLongitude] = (105.0, 51.0, 12.0)
    return exif


def _two_band_image(size=(80, 40)):
    """Red top half, blue bottom half: shows which way the pipeline rotated it."""
    width, height = size
    image = Image.new("RGB", size, RED)
    image.paste(BLUE, (0, height // 2, width, height))
    return image


def _jpeg(size=(80, 40), exif=None):
    buffer = io.BytesIO()
    kwargs = {"exif": exif} if exif is not None else {}
    _two_band_image(size).save(buffer, "JPEG", quality=90, **kwargs)
    return buffer.getvalue()


def _png(size=(60, 30), mode="RGB"):
    buffer = io.BytesIO()
    color = (10, 120, 60, 128) if mode == "RGBA" else (10, 120, 60)
    Image.new(mode, size, color).save(buffer, "PNG")
    return buffer.getvalue()


def _noisy_jpeg(size=(256, 256)):
    buffer = io.BytesIO()
    noise = random.Random(size[0]).randbytes(size[0] * size[1] * 3)  # fixed seed: repeatable
    Image.frombytes("RGB", size, noise).save(buffer, "JPEG")
    return buffer.getvalue()


def _png_claiming(width, height):
    """A real 1x1 PNG whose IHDR claims width x height, with a valid CRC."""
    data = bytearray(_png((1, 1)))
    # Signature (8) + chunk length (4) + b"IHDR" (4) = offset 16 for width and height.
    data[16:24] = struct.pack(">II", width, height)
    crc = zlib.crc32(bytes(data[12:29])) & 0xFFFFFFFF
    data[29:33] = struct.pack(">I", crc)
    return bytes(data)


def _large_bilevel_png(side):
    buffer = io.BytesIO()
    Image.new("1", (side, side), 0).save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def _bmp():
    buffer = io.BytesIO()
    Image.new("RGB", (20, 20), RED).save(buffer, "BMP")
    return buffer.getvalue()


PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
SVG_WITH_SCRIPT = (
    b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)">'
    b"<script>alert(document.cookie)</script></svg>"
)


# --- helpers ---------------------------------------------------------------------------------


def _stored_files(settings):
    root = Path(settings.MEDIA_ROOT)
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


def _path_for(url, settings):
    assert url.startswith(settings.MEDIA_URL)
    return Path(settings.MEDIA_ROOT) / url.removeprefix(settings.MEDIA_URL)


def _upload(client, name, data, content_type="image/jpeg"):
    upload = SimpleUploadedFile(name, data, content_type=content_type)
    return client.post(reverse("portal:editor_upload"), {"upload": upload})


def _upload_raw_filename(client, filename, data):
    """Multipart body built by hand: the test client would reduce the name to its basename."""
    boundary = "portal-test-boundary"
    head = (
        f"--{boundary}\r\n"
        f'Content-Disposition: form-data; name="upload"; filename="{filename}"\r\n'
        "Content-Type: image/jpeg\r\n\r\n"
    ).encode()
    body = head + data + f"\r\n--{boundary}--\r\n".encode()
    return client.post(
        reverse("portal:editor_upload"),
        data=body,
        content_type=f"multipart/form-data; boundary={boundary}",
    )


def _message(code, settings):
    return MESSAGES[code].format(
        mb=settings.IMAGE_MAX_BYTES // (1024 * 1024), mp=settings.IMAGE_MAX_PIXELS // 1_000_000
    )


def _dated_folder():
    return f"{timezone.localdate():%Y/%m}"


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


# --- permissions -----------------------------------------------------------------------------


def test_anonymous_upload_is_refused_with_403_json(client, db, settings):
    response = _upload(client, "anh.jpg", _jpeg())
    assert response.status_code == 403
    assert VIETNAMESE.search(response.json()["error"]["message"])
    assert _stored_files(settings) == []


def test_staff_user_without_change_article_permission_is_refused(client, db, settings):
    client.force_login(make_user("nhanvien"))
    response = _upload(client, "anh.jpg", _jpeg())
    assert response.status_code == 403
    assert "error" in response.json()
    assert _stored_files(settings) == []


@pytest.mark.parametrize("role", ["editor", "publisher", "administrator"])
def test_users_who_may_change_articles_may_upload(db, client, request, role):
    client.force_login(request.getfixturevalue(role))
    response = _upload(client, "anh.jpg", _jpeg())
    assert response.status_code == 200
    assert "url" in response.json()


def test_upload_without_csrf_token_is_refused(editor):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    response = _upload(client, "anh.jpg", _jpeg())
    assert response.status_code == 403


def test_get_is_not_allowed(editor_client):
    assert editor_client.get(reverse("portal:editor_upload")).status_code == 405


# --- accepted uploads ------------------------------------------------------------------------


def test_jpeg_is_stored_under_dated_editor_folder_with_random_hex_name(editor_client, settings):
    response = _upload(editor_client, "Lễ ra quân.jpg", _jpeg())
    url = response.json()["url"]
    assert response.status_code == 200
    assert re.fullmatch(rf"/media/editor/{_dated_folder()}/[0-9a-f]{{24}}\.jpg", url)
    assert _path_for(url, settings).is_file()


def test_stored_file_is_a_jpeg_of_the_same_size(editor_client, settings):
    url = _upload(editor_client, "anh.jpg", _jpeg((80, 40))).json()["url"]
    with Image.open(_path_for(url, settings)) as stored:
        assert stored.format == "JPEG"
        assert stored.size == (80, 40)


def test_same_file_uploaded_twice_gets_two_random_names(editor_client):
    first = _upload(editor_client, "anh.jpg", _jpeg()).json()["url"]
    second = _upload(editor_client, "anh.jpg", _jpeg()).json()["url"]
    assert first != second


def test_opaque_png_is_stored_as_jpeg(editor_client, settings):
    response = _upload(editor_client, "bieu-do.png", _png(), content_type="image/png")
    url = response.json()["url"]
    assert response.status_code == 200
    assert re.fullmatch(rf"/media/editor/{_dated_folder()}/[0-9a-f]{{24}}\.jpg", url)
    with Image.open(_path_for(url, settings)) as stored:
        assert stored.format == "JPEG"


def test_transparent_png_is_stored_as_png_keeping_alpha(editor_client, settings):
    response = _upload(editor_client, "logo.png", _png(mode="RGBA"), content_type="image/png")
    url = response.json()["url"]
    assert url.endswith(".png")
    with Image.open(_path_for(url, settings)) as stored:
        assert stored.mode == "RGBA"
        assert stored.getpixel((0, 0))[3] == 128


def test_uploaded_jpeg_loses_its_exif_and_gps(editor_client, settings):
    original = _jpeg(exif=_exif_with_orientation_and_gps())
    assert Image.open(io.BytesIO(original)).getexif()  # the fixture really carries EXIF
    url = _upload(editor_client, "dien-thoai.jpg", original).json()["url"]
    with Image.open(_path_for(url, settings)) as stored:
        assert dict(stored.getexif()) == {}
        assert "exif" not in stored.info


def test_uploaded_jpeg_is_rotated_by_its_exif_orientation(editor_client, settings):
    # Orientation 6: the camera was turned, the picture is shown rotated 90° clockwise.
    original = _jpeg((80, 40), exif=_exif_with_orientation_and_gps(orientation=6))
    url = _upload(editor_client, "doc.jpg", original).json()["url"]
    with Image.open(_path_for(url, settings)) as stored:
        stored = stored.convert("RGB")
        assert stored.size == (40, 80)
        right, left = stored.getpixel((35, 40)), stored.getpixel((4, 40))
    assert right[0] > 150 > right[2]  # the red top band is now on the right
    assert left[2] > 150 > left[0]  # the blue bottom band is now on the left


def test_image_larger_than_max_side_is_scaled_down(editor_client, settings):
    settings.IMAGE_MAX_SIDE = 100
    url = _upload(editor_client, "rong.jpg", _jpeg((300, 150))).json()["url"]
    with Image.open(_path_for(url, settings)) as stored:
        assert stored.size == (100, 50)


def test_traversal_filename_is_stored_under_editor_with_random_name(editor_client, settings):
    response = _upload_raw_filename(editor_client, "../../etc/passwd.jpg", _jpeg())
    url = response.json()["url"]
    assert response.status_code == 200
    assert ".." not in url
    assert "passwd" not in url
    assert re.fullmatch(rf"/media/editor/{_dated_folder()}/[0-9a-f]{{24}}\.jpg", url)
    media_root = Path(settings.MEDIA_ROOT).resolve()
    assert _path_for(url, settings).resolve().is_relative_to(media_root)
    # Only the upload and its renditions (<name>-<width>w.webp/.jpg), side by side.
    stored = _path_for(url, settings).resolve()
    for path in _stored_files(settings):
        assert path.resolve().parent == stored.parent, path
        assert re.fullmatch(rf"{stored.stem}(\.jpg|-\d+w\.(webp|jpg))", path.name), path


def test_backslash_traversal_filename_stays_inside_media_root(editor_client, settings):
    response = _upload_raw_filename(editor_client, "..\\..\\windows\\anh.jpg", _jpeg())
    url = response.json()["url"]
    assert response.status_code == 200
    assert re.fullmatch(rf"/media/editor/{_dated_folder()}/[0-9a-f]{{24}}\.jpg", url)
    assert _path_for(url, settings).resolve().is_relative_to(Path(settings.MEDIA_ROOT).resolve())


def test_save_upload_ignores_a_traversal_name_that_reaches_it_unsanitised(db, settings):
    # ContentFile keeps the name as given, unlike Django's upload handlers.
    name, width, height = save_upload(ContentFile(_jpeg(), name="../../etc/passwd.jpg"), "editor")
    assert re.fullmatch(rf"editor/{_dated_folder()}/[0-9a-f]{{24}}\.jpg", name)
    assert (width, height) == (80, 40)
    assert default_storage.path(name).startswith(str(Path(settings.MEDIA_ROOT)))


# --- refused uploads -------------------------------------------------------------------------

BAD_UPLOADS = [
    ("text-named-jpg", "anh.jpg", b"Day khong phai la anh, chi la van ban.\n" * 5, "not_image"),
    ("pdf-named-png", "tai-lieu.png", PDF, "not_image"),
    ("html-named-jpg", "trang.jpg", b"<!doctype html><script>alert(1)</script>", "not_image"),
    ("svg-with-script", "hinh.svg", SVG_WITH_SCRIPT, "extension"),
    ("svg-named-png", "hinh.png", SVG_WITH_SCRIPT, "not_image"),
    ("exe-extension", "photo.exe", _jpeg(), "extension"),
    ("double-extension", "photo.jpg.exe", _jpeg(), "extension"),
    ("php-extension", "anh.php", _jpeg(), "extension"),
    ("no-extension", "anh", _jpeg(), "extension"),
    ("truncated-jpeg", "cat.jpg", _noisy_jpeg()[:4000], "not_image"),
    ("corrupt-jpeg", "hong.jpg", b"\xff\xd8\xff\xe0" + bytes(range(256)) * 8, "not_image"),
    ("bmp-named-jpg", "anh.jpg", _bmp(), "format"),
    ("empty-file", "rong.jpg", b"", "empty"),
    ("header-claims-64-megapixels", "bom.png", _png_claiming(8000, 8000), "pixels"),
    ("header-claims-10-gigapixels", "bom.png", _png_claiming(100_000, 100_000), "pixels"),
]


@pytest.mark.parametrize(
    ("name", "data", "code"),
    [case[1:] for case in BAD_UPLOADS],
    ids=[case[0] for case in BAD_UPLOADS],
)
def test_bad_upload_is_refused_with_vietnamese_400_and_nothing_stored(
    editor_client, settings, name, data, code
):
    response = _upload(editor_client, name, data)
    assert response.status_code == 400
    assert response.json() == {"error": {"message": _message(code, settings)}}
    assert VIETNAMESE.search(response.json()["error"]["message"])
    assert _stored_files(settings) == []


def test_real_bilevel_png_over_pixel_cap_is_refused_before_decoding(editor_client, settings):
    settings.IMAGE_MAX_PIXELS = 1_000_000
    data = _large_bilevel_png(3000)  # 9 megapixels in a few kilobytes
    assert len(data) < 50_000
    response = _upload(editor_client, "bom.png", data, content_type="image/png")
    assert response.status_code == 400
    assert response.json()["error"]["message"] == _message("pixels", settings)
    assert _stored_files(settings) == []


def test_upload_over_byte_cap_is_refused(editor_client, settings):
    settings.IMAGE_MAX_BYTES = 1024
    data = _noisy_jpeg((64, 64))
    assert len(data) > 1024
    response = _upload(editor_client, "lon.jpg", data)
    assert response.status_code == 400
    assert response.json()["error"]["message"] == _message("too_big", settings)
    assert _stored_files(settings) == []


def test_missing_file_is_refused_with_400(editor_client, settings):
    response = editor_client.post(reverse("portal:editor_upload"), {})
    assert response.status_code == 400
    assert VIETNAMESE.search(response.json()["error"]["message"])
    assert _stored_files(settings) == []


def test_file_under_another_field_name_is_refused_with_400(editor_client, settings):
    upload = SimpleUploadedFile("anh.jpg", _jpeg(), content_type="image/jpeg")
    response = editor_client.post(reverse("portal:editor_upload"), {"file": upload})
    assert response.status_code == 400
    assert _stored_files(settings) == []


# --- article cover in the admin --------------------------------------------------------------


@pytest.fixture
def publisher_client(client, publisher):
    client.force_login(publisher)
    return client


def _post_article(client, category, cover):
    return client.post(
        reverse("admin:articles_article_add"),
        article_post_data(
            category,
            title="Hội nghị tổng kết công tác giảm nghèo",
            cover=cover,
            cover_alt="Quang cảnh hội nghị",
        ),
    )


def _cover_errors(response):
    return response.context["adminform"].form.errors.get("cover", [])


def test_admin_refuses_non_image_cover_and_redisplays_the_form(
    publisher_client, category, settings
):
    cover = SimpleUploadedFile("anh.jpg", b"khong phai anh", content_type="image/jpeg")
    response = _post_article(publisher_client, category, cover)
    assert response.status_code == 200
    assert _cover_errors(response)
    assert not Article.objects.exists()
    assert _stored_files(settings) == []


def test_admin_non_image_cover_error_is_in_vietnamese(publisher_client, category):
    cover = SimpleUploadedFile("anh.jpg", b"khong phai anh", content_type="image/jpeg")
    errors = _cover_errors(_post_article(publisher_client, category, cover))
    assert errors
    assert all("ảnh" in error.lower() and VIETNAMESE.search(error) for error in errors), errors


def test_admin_cover_with_disallowed_extension_is_refused_in_vietnamese(
    publisher_client, category, settings
):
    cover = SimpleUploadedFile("photo.exe", _jpeg(), content_type="image/jpeg")
    response = _post_article(publisher_client, category, cover)
    errors = _cover_errors(response)
    assert response.status_code == 200
    assert not Article.objects.exists()
    assert _stored_files(settings) == []
    assert errors
    assert all(VIETNAMESE.search(error) for error in errors), errors


def test_admin_cover_over_pixel_cap_is_refused_with_the_pixel_message(
    publisher_client, category, settings
):
    cover = SimpleUploadedFile("bom.png", _png_claiming(8000, 8000), content_type="image/png")
    response = _post_article(publisher_client, category, cover)
    assert response.status_code == 200
    assert _cover_errors(response) == [_message("pixels", settings)]
    assert not Article.objects.exists()
    assert _stored_files(settings) == []


def test_admin_saves_article_with_valid_cover(publisher_client, category):
    cover = SimpleUploadedFile("hoi-nghi.jpg", _jpeg((1000, 600)), content_type="image/jpeg")
    response = _post_article(publisher_client, category, cover)
    assert response.status_code == 302
    article = Article.objects.get()
    assert article.slug == "hoi-nghi-tong-ket-cong-tac-giam-ngheo"
    assert re.fullmatch(rf"anh-bai-viet/{_dated_folder()}/[0-9a-f]{{24}}\.jpg", article.cover.name)
    assert default_storage.exists(article.cover.name)
    assert (article.cover_width, article.cover_height) == (1000, 600)


def test_admin_cover_gets_webp_and_jpeg_renditions_no_wider_than_original(
    publisher_client, category
):
    cover = SimpleUploadedFile("hoi-nghi.jpg", _jpeg((1000, 600)), content_type="image/jpeg")
    _post_article(publisher_client, category, cover)
    renditions = Article.objects.get().cover_renditions
    assert [r["width"] for r in renditions] == [480, 800, 1000]
    for rendition in renditions:
        assert rendition["width"] <= 1000
        for key, fmt in (("webp", "WEBP"), ("jpeg", "JPEG")):
            assert default_storage.exists(rendition[key])
            with default_storage.open(rendition[key]) as handle, Image.open(handle) as image:
                assert image.format == fmt
                assert image.size == (rendition["width"], rendition["height"])


def test_admin_cover_is_oriented_and_stripped_of_exif(publisher_client, category):
    original = _jpeg((1000, 600), exif=_exif_with_orientation_and_gps(orientation=6))
    cover = SimpleUploadedFile("dien-thoai.jpg", original, content_type="image/jpeg")
    _post_article(publisher_client, category, cover)
    article = Article.objects.get()
    assert (article.cover_width, article.cover_height) == (600, 1000)
    names = [article.cover.name] + [
        r[k] for r in article.cover_renditions for k in ("webp", "jpeg")
    ]
    for name in names:
        with default_storage.open(name) as handle, Image.open(handle) as image:
            assert dict(image.getexif()) == {}, name

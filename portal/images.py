"""One image pipeline for every upload shown on the site.

Uploads are opened with Pillow, checked against byte and pixel caps, auto-oriented, stripped
of EXIF/metadata by re-encoding, and given WebP/JPEG renditions at upload time, so a page
view never resizes anything.
"""

import io
import secrets
import warnings
from pathlib import PurePosixPath

from django import forms
from django.conf import settings
from django.core.exceptions import SuspiciousFileOperation, ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.validators import FileExtensionValidator
from django.db import models
from django.utils import timezone
from PIL import Image, ImageOps

from .text import vi_number

ALLOWED_FORMATS = {"JPEG", "PNG", "WEBP", "GIF"}
ALLOWED_EXTENSIONS = {".jpg", ".jpeg", ".png", ".webp", ".gif"}

MESSAGES = {
    "empty": "Tệp ảnh trống.",
    "too_big": "Ảnh quá lớn: tối đa {mb} MB.",
    "extension": "Chỉ nhận ảnh JPEG, PNG, WebP hoặc GIF (đuôi .jpg, .jpeg, .png, .webp, .gif).",
    "not_image": "Tệp tải lên không phải là ảnh hợp lệ hoặc đã bị hỏng.",
    "format": "Định dạng ảnh không được hỗ trợ: chỉ nhận JPEG, PNG, WebP hoặc GIF.",
    "pixels": "Ảnh có kích thước quá lớn: tối đa {mp} triệu điểm ảnh.",
}


validate_image_extension = FileExtensionValidator(
    allowed_extensions=sorted(ext.lstrip(".") for ext in ALLOWED_EXTENSIONS),
    message=MESSAGES["extension"],
)


class ImageFormField(forms.ImageField):
    default_validators = [validate_image_extension]


class ImageField(models.ImageField):
    """Model image field that names only the formats the pipeline accepts, in Vietnamese."""

    default_validators = [validate_image_extension]

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": ImageFormField, **kwargs})


def dated_random_name(prefix, extension):
    """`prefix/2026/11/<random>.ext`: no user-chosen part ever reaches the file system."""
    today = timezone.localdate()
    return f"{prefix}/{today:%Y/%m}/{secrets.token_hex(12)}{extension}"


def _megapixels(pixels):
    return vi_number(round(pixels / 1_000_000, 1))


def _error(code, **kwargs):
    return ValidationError(MESSAGES[code].format(**kwargs), code=code)


def open_checked(uploaded):
    """Open an upload with Pillow and enforce every cap; returns a loaded, oriented Image."""
    size = getattr(uploaded, "size", None)
    if not size:
        raise _error("empty")
    if size > settings.IMAGE_MAX_BYTES:
        raise _error("too_big", mb=vi_number(round(settings.IMAGE_MAX_BYTES / 1024 / 1024, 1)))
    extension = PurePosixPath(getattr(uploaded, "name", "") or "").suffix.lower()
    if extension not in ALLOWED_EXTENSIONS:
        raise _error("extension")
    max_pixels = settings.IMAGE_MAX_PIXELS
    uploaded.seek(0)
    try:
        with warnings.catch_warnings():
            # Pillow warns above MAX_IMAGE_PIXELS and raises at twice it; we refuse both.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(uploaded) as probe:
                if probe.format not in ALLOWED_FORMATS:
                    raise _error("format")
                width, height = probe.size
                if width * height > max_pixels:
                    raise _error("pixels", mp=_megapixels(max_pixels))
                probe.verify()
            uploaded.seek(0)
            image = Image.open(uploaded)
            image.load()
    except ValidationError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise _error("pixels", mp=_megapixels(max_pixels)) from None
    except Exception:  # Pillow raises many types for corrupt or hostile files
        raise _error("not_image") from None
    finally:
        uploaded.seek(0)
    image = ImageOps.exif_transpose(image)
    return image


def _flatten(image):
    """RGB for JPEG, keeping transparency only where the output format supports it."""
    if image.mode in ("RGBA", "LA") or (image.mode == "P" and "transparency" in image.info):
        return image.convert("RGBA")
    return image.convert("RGB")


def _encode(image, fmt, quality=82):
    buffer = io.BytesIO()
    if fmt == "JPEG":
        if image.mode != "RGB":
            background = Image.new("RGB", image.size, (255, 255, 255))
            rgba = image.convert("RGBA")
            background.paste(rgba, mask=rgba.split()[-1])
            image = background
        image.save(buffer, "JPEG", quality=quality, optimize=True, progressive=True)
    elif fmt == "PNG":
        image.save(buffer, "PNG", optimize=True)
    else:
        image.save(buffer, "WEBP", quality=quality, method=4)
    return buffer.getvalue()


def normalize(uploaded, max_side=None):
    """A clean copy of an upload: oriented, capped in size (`max_side`, by default
    IMAGE_MAX_SIDE), metadata stripped.

    Returns (ContentFile, width, height); the ContentFile's name has the right extension.
    """
    image = _flatten(open_checked(uploaded))
    max_side = max_side or settings.IMAGE_MAX_SIDE
    if max(image.size) > max_side:
        image.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
    fmt, extension = ("PNG", ".png") if image.mode == "RGBA" else ("JPEG", ".jpg")
    data = _encode(image, fmt, quality=88)
    return ContentFile(data, name=f"image{extension}"), image.width, image.height


def normalized_upload(value, max_side=None):
    """For a form's clean_<field>(): a new upload comes back normalized, anything else
    (the file already stored, nothing) as it was."""
    from django.core.files.uploadedfile import UploadedFile

    if isinstance(value, UploadedFile):
        content, _width, _height = normalize(value, max_side)
        return content
    return value


def save_upload(uploaded, prefix):
    """Normalise an upload, store it under a dated random name and make its renditions
    beside it (rich text keeps only the URL; `stored_renditions` finds them by name).

    Returns (name, w, h).
    """
    content, width, height = normalize(uploaded)
    extension = PurePosixPath(content.name).suffix
    name = default_storage.save(dated_random_name(prefix, extension), content)
    make_renditions(name)
    return name, width, height


def rendition_name(stem, width, extension):
    return f"{stem}-{width}w{extension}"


def make_renditions(name, storage=default_storage):
    """WebP and JPEG copies of a stored image at the configured widths (never upscaled).

    Returns a list of {"width", "height", "webp", "jpeg"} with storage names, widest last.
    """
    with storage.open(name, "rb") as handle:
        image = _flatten(Image.open(handle))
        image.load()
    stem = str(PurePosixPath(name).with_suffix(""))
    widths = [w for w in settings.IMAGE_RENDITION_WIDTHS if w < image.width] + [image.width]
    renditions = []
    for width in sorted(set(widths)):
        height = round(image.height * width / image.width)
        copy = image if width == image.width else image.resize((width, height), Image.LANCZOS)
        entry = {"width": width, "height": height}
        for fmt, extension in (("WEBP", ".webp"), ("JPEG", ".jpg")):
            target = rendition_name(stem, width, extension)
            if storage.exists(target):
                storage.delete(target)
            entry[fmt.lower()] = storage.save(target, ContentFile(_encode(copy, fmt)))
        renditions.append(entry)
    return renditions


def refresh_renditions(instance, image_field, renditions_field):
    """Make the renditions of `instance.<image_field>` (at upload, never on a page view),
    store them in `<renditions_field>` with a single UPDATE and delete the old files."""
    old = getattr(instance, renditions_field) or []
    image = getattr(instance, image_field)
    new = make_renditions(image.name) if image else []
    setattr(instance, renditions_field, new)
    type(instance)._default_manager.filter(pk=instance.pk).update(**{renditions_field: new})
    delete_renditions([entry for entry in old if entry not in new])
    return new


def delete_renditions(renditions, storage=default_storage):
    for entry in renditions or []:
        for key in ("webp", "jpeg"):
            if entry.get(key):
                storage.delete(entry[key])


def stored_renditions(name, storage=default_storage):
    """The renditions `make_renditions` left beside a stored image, found by their names
    (rich text keeps only the image's URL). Empty for images stored before renditions."""
    width, height = stored_size(name, storage)
    if not width:
        return []
    stem = str(PurePosixPath(name).with_suffix(""))
    renditions = []
    for size in sorted({*(w for w in settings.IMAGE_RENDITION_WIDTHS if w < width), width}):
        files = {
            key: rendition_name(stem, size, ext)
            for key, ext in (("webp", ".webp"), ("jpeg", ".jpg"))
        }
        if all(storage.exists(file) for file in files.values()):
            renditions.append({"width": size, "height": round(height * size / width), **files})
    return renditions


def stored_size(name, storage=default_storage):
    """(width, height) of a stored image read from its header; (None, None) if unreadable."""
    try:
        with storage.open(name, "rb") as handle, Image.open(handle) as image:
            return image.size
    except (OSError, ValueError, SuspiciousFileOperation, Image.DecompressionBombError):
        return None, None

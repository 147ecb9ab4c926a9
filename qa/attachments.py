"""A citizen's attachment: a document checked by its content, or a photo re-encoded.

Photos of papers taken with a phone are the usual attachment; re-encoding them through the
image pipeline also strips EXIF, which often holds the place the photo was taken.
"""

from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files import File

from portal import images
from portal.files import FORMATS, display_name, extension_of, validate_document_file
from portal.text import vi_number

ACCEPTED = "PDF, DOC, DOCX, XLS, XLSX, ODT hoặc ảnh JPEG, PNG"
IMAGE_TYPES = {".png": "image/png", ".jpg": "image/jpeg"}


def size_label(size):
    """ "5 MB", "1,5 MB", "800 KB": a limit as people read it."""
    if size >= 1048576:
        return f"{vi_number(round(size / 1048576, 1))} MB"
    return f"{vi_number(max(1, round(size / 1024)))} KB"


@dataclass
class PreparedAttachment:
    content: File
    name: str  # the asker's file name, made safe; shown to staff only
    content_type: str
    size: int


def prepare_attachment(uploaded):
    """Check an upload and return what to store; ValidationError in Vietnamese otherwise."""
    size = getattr(uploaded, "size", 0) or 0
    limit = settings.QA_ATTACHMENT_MAX_BYTES
    if size > limit:
        raise ValidationError(f"Tệp quá lớn: tối đa {size_label(limit)}.", code="too_big")
    extension = extension_of(uploaded.name)
    name = display_name(uploaded.name)
    if extension in images.ALLOWED_EXTENSIONS:
        content, _width, _height = images.normalize(uploaded)
        new_extension = extension_of(content.name)
        stem = name[: -len(extension)] if name.lower().endswith(extension) else name
        return PreparedAttachment(
            content=content,
            name=f"{stem}{new_extension}",
            content_type=IMAGE_TYPES[new_extension],
            size=content.size,
        )
    if extension not in FORMATS:
        raise ValidationError(f"Chỉ nhận tệp {ACCEPTED}.", code="extension")
    content_type, _label = validate_document_file(uploaded)
    return PreparedAttachment(content=uploaded, name=name, content_type=content_type, size=size)

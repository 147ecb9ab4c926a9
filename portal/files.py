"""Validation of document uploads (PDF, DOC, DOCX, XLS, XLSX, ODT) by their content.

A file is accepted only when its bytes are what its extension says: a renamed executable,
HTML page, image or corrupt file is refused with a Vietnamese message before anything is
stored. Office Open XML and OpenDocument files are ZIP archives, checked for the parts
their format requires and for zip bombs. A web page at the start of a PDF or glued after
the end of a PDF or ZIP (a polyglot, readable both ways) is refused too.
"""

import re
import zipfile
from pathlib import PurePosixPath

from django.conf import settings
from django.core.exceptions import ValidationError

from .text import vi_number

OLE2_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
PDF_MAGIC = b"%PDF-"
ZIP_MAGIC = b"PK\x03\x04"

# extension -> (content type, label shown to visitors)
FORMATS = {
    ".pdf": ("application/pdf", "PDF"),
    ".doc": ("application/msword", "Word (DOC)"),
    ".docx": (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "Word (DOCX)",
    ),
    ".xls": ("application/vnd.ms-excel", "Excel (XLS)"),
    ".xlsx": (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "Excel (XLSX)",
    ),
    ".odt": ("application/vnd.oasis.opendocument.text", "OpenDocument (ODT)"),
}
# Parts that must exist inside each ZIP-based format.
ZIP_REQUIRED = {
    ".docx": ("[Content_Types].xml", "word/document.xml"),
    ".xlsx": ("[Content_Types].xml", "xl/workbook.xml"),
    ".odt": ("mimetype", "content.xml"),
}
ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"
ZIP_END_MAGIC = b"PK\x05\x06"
# Tags that make bytes a web page. None of them can be a PDF hex string or part of a ZIP end
# record, and inside compressed data one turns up by chance about never.
MARKUP = re.compile(rb"<(?:!doctype|html|head|body|script|iframe|object|embed|svg[\s/>])", re.I)
MAX_ZIP_ENTRIES = 5000
MAX_ZIP_RATIO = 100
NAME_MAX = 200

MESSAGES = {
    "empty": "Tệp trống.",
    "too_big": "Tệp quá lớn: tối đa {mb} MB.",
    "extension": "Chỉ nhận tệp PDF, DOC, DOCX, XLS, XLSX hoặc ODT.",
    "mismatch": "Nội dung tệp không đúng định dạng {label} như tên tệp cho biết; "
    "tệp có thể bị đổi tên hoặc bị hỏng.",
    "corrupt": "Tệp {label} bị hỏng hoặc không đọc được.",
    "encrypted": "Tệp đang được đặt mật khẩu; hãy gỡ mật khẩu rồi tải lên lại.",
    "bomb": "Tệp nén có dung lượng giải nén bất thường, không thể nhận.",
    "polyglot": "Tệp {label} có gắn kèm nội dung khác (như một trang web), không thể nhận.",
}


def _error(code, **kwargs):
    return ValidationError(MESSAGES[code].format(**kwargs), code=code)


def display_name(name):
    """A file name safe to keep and send back: no folders, separators or control characters.

    "Toàn văn 43/2023/NQ-HĐND.pdf" becomes "Toàn văn 43-2023-NQ-HĐND.pdf".
    """
    name = "".join(ch for ch in (name or "") if ch.isprintable())
    name = name.rsplit("\\", 1)[-1].strip()  # a Windows path: keep the last part
    if name.startswith("/") or ".." in name:
        name = name.rsplit("/", 1)[-1]
    name = name.replace("/", "-").strip(" .-")
    if len(name) > NAME_MAX:  # shorten the stem, keep the extension the name ends with
        extension = PurePosixPath(name).suffix[:16]
        name = name[: NAME_MAX - len(extension)].rstrip(" .-") + extension
    return name or "tep"


def extension_of(name):
    return PurePosixPath(name or "").suffix.lower()


def _read(uploaded, start, length):
    uploaded.seek(start, 0 if start >= 0 else 2)
    return uploaded.read(length)


def _check_pdf(uploaded, label):
    head = _read(uploaded, 0, 1024)
    if not head.lstrip().startswith(PDF_MAGIC):
        raise _error("mismatch", label=label)
    tail = _read(uploaded, -min(uploaded.size, 2048), 2048)
    if b"%%EOF" not in tail:
        raise _error("corrupt", label=label)
    if MARKUP.search(head) or MARKUP.search(tail[tail.rindex(b"%%EOF") :]):
        raise _error("polyglot", label=label)


def _check_zip_end(uploaded, label):
    """Nothing after a ZIP's end record and its comment, and no web page from the first end
    record on (a page glued on, then a second end record so that ZIP readers still agree)."""
    tail = _read(uploaded, -min(uploaded.size, 66 * 1024), 66 * 1024)
    first, last = tail.find(ZIP_END_MAGIC), tail.rfind(ZIP_END_MAGIC)
    if first == -1:
        raise _error("corrupt", label=label)
    comment_length = int.from_bytes(tail[last + 20 : last + 22], "little")
    if len(tail) > last + 22 + comment_length or MARKUP.search(tail[first:]):
        raise _error("polyglot", label=label)


def _check_ole2(uploaded, label):
    if _read(uploaded, 0, 8) != OLE2_MAGIC:
        raise _error("mismatch", label=label)
    if uploaded.size < 1536:  # header sector plus at least two more: anything less is broken
        raise _error("corrupt", label=label)


def check_zip_container(uploaded, extension, label, max_unzipped=None):
    """An OOXML/ODF file: a real, unencrypted ZIP with its format's parts, and no zip bomb."""
    if max_unzipped is None:
        max_unzipped = settings.DOCUMENT_MAX_UNZIPPED_BYTES
    head = _read(uploaded, 0, 8)
    if head == OLE2_MAGIC:
        # Office saves password-protected DOCX/XLSX as an OLE2 container.
        raise _error("encrypted")
    if not head.startswith(ZIP_MAGIC):
        raise _error("mismatch", label=label)
    uploaded.seek(0)
    try:
        with zipfile.ZipFile(uploaded) as archive:
            infos = archive.infolist()
            if len(infos) > MAX_ZIP_ENTRIES:
                raise _error("bomb")
            total = sum(info.file_size for info in infos)
            packed = sum(info.compress_size for info in infos) or 1
            if total > max_unzipped or total / packed > MAX_ZIP_RATIO:
                raise _error("bomb")
            if any(info.flag_bits & 0x1 for info in infos):
                raise _error("encrypted")
            names = set(archive.namelist())
            if not all(part in names for part in ZIP_REQUIRED[extension]):
                raise _error("mismatch", label=label)
            if extension == ".odt" and archive.read("mimetype").strip() != ODT_MIMETYPE:
                raise _error("mismatch", label=label)
            if archive.testzip() is not None:
                raise _error("corrupt", label=label)
        _check_zip_end(uploaded, label)
    except ValidationError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, KeyError):
        raise _error("corrupt", label=label) from None


def validate_document_file(uploaded):
    """Raise ValidationError unless `uploaded` really is one of the accepted formats.

    Returns (content type, label) for the file.
    """
    size = getattr(uploaded, "size", 0) or 0
    if not size:
        raise _error("empty")
    if size > settings.DOCUMENT_MAX_BYTES:
        raise _error("too_big", mb=vi_number(round(settings.DOCUMENT_MAX_BYTES / 1048576, 1)))
    extension = extension_of(uploaded.name)
    if extension not in FORMATS:
        raise _error("extension")
    content_type, label = FORMATS[extension]
    try:
        if extension == ".pdf":
            _check_pdf(uploaded, label)
        elif extension in (".doc", ".xls"):
            _check_ole2(uploaded, label)
        else:
            check_zip_container(uploaded, extension, label)
    finally:
        uploaded.seek(0)
    return content_type, label


def sandboxed_download(handle, *, filename, content_type):
    """An uploaded file sent as an attachment that keeps its name (RFC 5987) and that the
    browser must never run or render in this site's origin, whatever it holds."""
    from django.http import FileResponse

    response = FileResponse(
        handle,
        as_attachment=True,
        filename=filename,
        content_type=content_type or "application/octet-stream",
    )
    response["Content-Security-Policy"] = "sandbox; default-src 'none'"
    response["X-Content-Type-Options"] = "nosniff"
    return response

"""Hostile uploads, built in memory: polyglots, bombs, files in disguise, oversize files.

Each is (id, file name, bytes, what it is). `IMAGE_WITH_JUNK` files are real images that
carry something else; an image path may take them, re-encoded so that no trace remains.
"""

import functools
import io
import random
import struct
import zipfile
import zlib

from openpyxl import Workbook
from PIL import Image

from portal.demo_files import simple_pdf

HTML = (
    b"<!doctype html><html><body><script>alert(1);console.log('XSS-FIRED')</script></body></html>"
)
SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)">'
    b"<script>console.log('XSS-FIRED')</script></svg>"
)
# Bytes that must never reach storage from a file that carried them.
JUNK = (b"<script", b"<html", b"alert(", b"XSS-FIRED", b"PK\x03\x04", b"Payload.class")
# Caps the tests set (settings), so an oversize file stays small.
MAX_BYTES = 200 * 1024
MAX_PIXELS = 1_000_000


def image(fmt, size=(64, 48)):
    buffer = io.BytesIO()
    Image.new("RGB", size, (11, 74, 139)).save(buffer, fmt)
    return buffer.getvalue()


def zip_of(members):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _png_chunk(kind, data):
    crc = zlib.crc32(kind + data) & 0xFFFFFFFF
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)


def png_with_text_chunk(text):
    """A real PNG with `text` in a tEXt chunk right after its header."""
    data = image("PNG")
    return data[:33] + _png_chunk(b"tEXt", b"Comment\x00" + text) + data[33:]


def png_claiming(width, height):
    """A real 1x1 PNG whose header claims width x height (a decompression bomb's header)."""
    data = bytearray(image("PNG", (1, 1)))
    data[16:24] = struct.pack(">II", width, height)
    data[29:33] = struct.pack(">I", zlib.crc32(bytes(data[12:29])) & 0xFFFFFFFF)
    return bytes(data)


@functools.cache
def bilevel_bomb():
    """A real 3000x3000 PNG (9 megapixels) in a few kilobytes."""
    buffer = io.BytesIO()
    Image.new("1", (3000, 3000), 0).save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


@functools.cache
def noisy_png(side=320):
    """A valid PNG over MAX_BYTES: random pixels do not compress."""
    buffer = io.BytesIO()
    Image.frombytes("RGB", (side, side), random.Random(side).randbytes(side * side * 3)).save(
        buffer, "PNG"
    )
    return buffer.getvalue()


def pdf():
    return simple_pdf(["Quyết định số 12/QĐ-SLĐTBXH"])


CONTENT_TYPES = b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/"/>'


def docx():
    return zip_of({"[Content_Types].xml": CONTENT_TYPES, "word/document.xml": b"<w:document/>"})


@functools.cache
def xlsx():
    workbook = Workbook()
    workbook.active.append(["Mã đơn vị", "Tên đơn vị"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


@functools.cache
def zip_bomb(required):
    """The parts a format requires, then 20 MB of zeros deflated to about 20 KB."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in required:
            archive.writestr(name, CONTENT_TYPES if name.endswith(".xml") else b"x")
        archive.writestr("media/zeros.bin", bytes(20 * 1024 * 1024))
    return buffer.getvalue()


def csv_bytes():
    return "Mã đơn vị,Tên đơn vị,Số hộ\r\n01,Huyện Kim Sơn,12\r\n".encode()


# (id, name, bytes) of real images carrying something else: a page, an archive, a script.
IMAGE_WITH_JUNK = [
    ("gif-html-polyglot", "anh.gif", lambda: image("GIF") + HTML),
    (
        "gifar-jpeg-zip",
        "anh.jpg",
        lambda: image("JPEG") + zip_of({"Payload.class": b"\xca\xfe\xba\xbe" + HTML}),
    ),
    ("png-script-in-text-chunk", "anh.png", lambda: png_with_text_chunk(HTML)),
]

# (id, name, bytes) that no upload path may take.
REFUSED = [
    # Polyglots a browser could read as a page, and images a browser would run.
    ("gif-javascript-polyglot", "anh.gif", lambda: b"GIF89a/*" + bytes(16) + b"*/=1;alert(1);"),
    ("pdf-html-polyglot", "van-ban.pdf", lambda: b"%PDF-1.4\n" + HTML + b"\n%%EOF\n"),
    ("pdf-with-page-appended", "van-ban.pdf", lambda: pdf() + HTML),
    ("docx-with-page-appended", "van-ban.docx", lambda: docx() + HTML),
    ("xlsx-with-page-appended", "so-lieu.xlsx", lambda: xlsx() + HTML),
    # Bombs.
    ("decompression-bomb-header", "bom.png", lambda: png_claiming(60_000, 60_000)),
    ("decompression-bomb-real", "bom.png", bilevel_bomb),
    ("zip-bomb-docx", "bom.docx", lambda: zip_bomb(("[Content_Types].xml", "word/document.xml"))),
    ("zip-bomb-xlsx", "bom.xlsx", lambda: zip_bomb(("[Content_Types].xml", "xl/workbook.xml"))),
    # Over the size caps.
    ("oversize-image", "lon.png", noisy_png),
    ("oversize-pdf", "lon.pdf", lambda: pdf() + b"%" + bytes(MAX_BYTES) + b"\n%%EOF\n"),
    ("oversize-csv", "lon.csv", lambda: csv_bytes() * (MAX_BYTES // 40)),
    # In disguise.
    ("svg-named-png", "hinh.png", lambda: SVG),
    ("svg-named-jpg", "hinh.jpg", lambda: SVG),
    ("html-named-jpg", "trang.jpg", lambda: HTML),
    ("html-named-pdf", "trang.pdf", lambda: HTML),
    ("html-named-docx", "trang.docx", lambda: HTML),
    ("html-named-xlsx", "trang.xlsx", lambda: HTML),
    ("html-named-csv", "trang.csv", lambda: HTML),
    ("svg-after-comment-named-csv", "hinh.csv", lambda: b"<!-- so lieu -->\n" + SVG),
    (
        "utf16-html-named-csv",
        "trang.csv",
        lambda: "\ufeff".encode("utf-16-le") + HTML.decode().encode("utf-16-le"),
    ),
    # Extensions no path takes.
    ("html-extension", "trang.html", lambda: HTML),
    ("svg-extension", "hinh.svg", lambda: SVG),
    ("exe-extension", "cai-dat.exe", lambda: b"MZ\x90\x00" + bytes(256)),
    ("double-extension", "anh.jpg.html", lambda: HTML),
]

# Names that try to leave the upload folder or smuggle characters, each with a valid file.
HOSTILE_NAMES = [
    ("dot-dot-slash", "../../etc/passwd{ext}"),
    ("dot-dot-backslash", "..\\..\\windows\\x{ext}"),
    ("absolute", "/etc/cron.d/x{ext}"),
    ("encoded-dot-dot", "%2e%2e%2f%2e%2e%2fx{ext}"),
    ("nul-byte", "anh\x00.php{ext}"),
    ("control-characters", "a\x1b[31m\x07\x08b{ext}"),
    ("right-to-left-override", "anh\u202egpj{ext}"),
    ("very-long", "a" * 300 + "{ext}"),
]

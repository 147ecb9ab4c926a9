"""Small valid PDF files for demo documents, written by hand (one page, Helvetica).

The standard PDF fonts have no Vietnamese glyphs, so the text is written without accents.
"""

from .text import fold


def _escape(text):
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def simple_pdf(lines):
    """PDF bytes with `lines` of text on an A4 page."""
    ascii_lines = [fold(line).upper() if i == 0 else fold(line) for i, line in enumerate(lines)]
    stream_lines = ["BT", "/F1 11 Tf", "14 TL", "60 780 Td"]
    for line in ascii_lines:
        for chunk in [line[i : i + 90] for i in range(0, max(len(line), 1), 90)]:
            stream_lines.append(f"({_escape(chunk)}) Tj T*")
    stream_lines.append("ET")
    stream = "\n".join(stream_lines).encode("latin-1", "replace")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)

"""Small PDF documents for the demo resources, written locally without a PDF library."""

import textwrap
import unicodedata

from django.core.files.base import ContentFile
from django.utils.text import slugify
from wagtail.documents import get_document_model

from kluby.demo.toolkit import remember_stored_file

PAGE_WIDTH, PAGE_HEIGHT = 595, 842  # A4 in points
LINES_PER_PAGE = 46


def pdf_text(text):
    """Text the standard Helvetica font can show: Polish and Romanian letters lose their
    diacritics (the built-in fonts have no glyphs for most of them)."""
    text = text.replace("ł", "l").replace("Ł", "L").replace("–", "-").replace("’", "'")
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = text.encode("latin-1", "replace").decode("latin-1")
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def minimal_pdf(title, paragraphs):
    """A valid single- or multi-page PDF 1.4: a title and wrapped paragraphs of text."""
    lines = []
    for paragraph in paragraphs:
        lines.extend(textwrap.wrap(paragraph, 88) or [""])
        lines.append("")
    pages = [lines[start : start + LINES_PER_PAGE] for start in range(0, len(lines), LINES_PER_PAGE)] or [[]]

    objects = {1: b"<< /Type /Catalog /Pages 2 0 R >>"}
    font_id = 3
    objects[font_id] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    kids = []
    for number, page_lines in enumerate(pages):
        page_id, content_id = 4 + 2 * number, 5 + 2 * number
        operations = ["BT", f"50 {PAGE_HEIGHT - 60} Td"]
        if number == 0:
            operations += ["/F1 16 Tf", f"({pdf_text(title)}) Tj", "0 -30 Td"]
        operations.append("/F1 11 Tf")
        for line in page_lines:
            operations += [f"({pdf_text(line)}) Tj", "0 -15 Td"]
        operations.append("ET")
        stream = "\n".join(operations).encode("latin-1")
        objects[content_id] = b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream)
        objects[page_id] = (
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] "
            b"/Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>"
            % (PAGE_WIDTH, PAGE_HEIGHT, font_id, content_id)
        )
        kids.append(b"%d 0 R" % page_id)
    objects[2] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(kids), len(kids))
    info_id = max(objects) + 1
    objects[info_id] = b"<< /Title (%s) /Producer (Kluby demo content) >>" % pdf_text(title).encode("latin-1")

    output = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for object_id in sorted(objects):
        offsets[object_id] = len(output)
        output += b"%d 0 obj\n%s\nendobj\n" % (object_id, objects[object_id])
    xref_at = len(output)
    output += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for object_id in sorted(objects):
        output += b"%010d 00000 n \n" % offsets[object_id]
    output += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        info_id,
        xref_at,
    )
    return bytes(output)


def demo_document(title, paragraphs):
    """The demo PDF called `title`, created on first use and reused afterwards."""
    Document = get_document_model()
    existing = Document.objects.filter(title=title).first()
    if existing:
        return existing
    document = Document(title=title)
    document.file = ContentFile(minimal_pdf(title, paragraphs), name=f"{slugify(pdf_text(title))[:60]}.pdf")
    document._set_document_file_metadata()  # size and hash, as an upload in the admin would
    document.save()
    remember_stored_file(document.file.name)
    return document

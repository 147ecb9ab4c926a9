"""Small factories for the documents app: types, bodies, fields, documents, procedures, files."""

import itertools
from datetime import timedelta

from django.core.files.base import ContentFile
from django.utils import timezone

from documents.models import (
    AdministrativeProcedure,
    DocumentFile,
    DocumentType,
    Field,
    IssuingBody,
    LegalDocument,
)
from portal.demo_files import simple_pdf
from portal.files import FORMATS, extension_of
from portal.text import slugify_vi

_counter = itertools.count(1)


def _named(model, name, default_prefix, kwargs):
    n = next(_counter)
    name = name or f"{default_prefix} {n}"
    kwargs.setdefault("slug", slugify_vi(name) or f"muc-{n}")
    return model.objects.create(name=name, **kwargs)


def make_document_type(name=None, **kwargs):
    return _named(DocumentType, name, "Loại văn bản", kwargs)


def make_issuer(name=None, **kwargs):
    return _named(IssuingBody, name, "Cơ quan", kwargs)


def make_field(name=None, **kwargs):
    return _named(Field, name, "Lĩnh vực", kwargs)


def make_document(
    number=None,
    *,
    doc_type=None,
    issuer=None,
    abstract=None,
    issued_date=None,
    fields=(),
    amends=(),
    **kwargs,
):
    """A public document issued ten days ago, in force, unless told otherwise."""
    n = next(_counter)
    document = LegalDocument.objects.create(
        number=number or f"{n}/KH-UBND",
        doc_type=doc_type or make_document_type(),
        issuing_body=issuer or make_issuer(),
        # No digits: a search for part of a number must not match the abstract by chance.
        abstract=abstract or "Kế hoạch thực hiện nhiệm vụ trọng tâm",
        issued_date=issued_date or timezone.localdate() - timedelta(days=10),
        **kwargs,
    )
    if fields:
        document.fields.set(fields)
    if amends:
        document.amends.set(amends)
    return document


def make_procedure(name=None, *, field=None, legal_basis=(), **kwargs):
    n = next(_counter)
    kwargs.setdefault("slug", f"thu-tuc-{n}")
    kwargs.setdefault("level", AdministrativeProcedure.Level.PROVINCE)
    procedure = AdministrativeProcedure.objects.create(
        name=name or f"Thủ tục số {n}", field=field or make_field(), **kwargs
    )
    if legal_basis:
        procedure.legal_basis.set(legal_basis)
    return procedure


def make_file(document, *, name="Toàn văn.pdf", content=None, title="", **kwargs):
    """A file of `document`, written to the documents storage as the admin would."""
    content = simple_pdf(["Toàn văn"]) if content is None else content
    attachment = DocumentFile(
        document=document,
        title=title,
        original_name=name,
        content_type=FORMATS.get(extension_of(name), ("application/octet-stream", ""))[0],
        size=len(content),
        **kwargs,
    )
    attachment.file.save(name, ContentFile(content), save=True)
    return attachment


def stored_files(location):
    """Every file under a storage directory, as relative paths."""
    if not location.exists():
        return []
    return sorted(str(p.relative_to(location)) for p in location.rglob("*") if p.is_file())

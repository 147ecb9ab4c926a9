"""Demo legal documents and procedures (called by `manage.py seed_demo`)."""

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils.html import escape

from portal.demo_files import simple_pdf
from portal.files import FORMATS, display_name
from portal.text import slugify_vi

from . import demo_data
from .models import (
    AdministrativeProcedure,
    DocumentFile,
    DocumentType,
    Field,
    IssuingBody,
    LegalDocument,
    number_key,
)


def seed(out):
    """Document types, issuers, fields, documents with a PDF each, and procedures.

    Returns {key: LegalDocument} for the demo keys of documents/demo_data.py.
    """
    lists = {
        model: {
            name: model.objects.get_or_create(
                name=name, defaults={"slug": slugify_vi(name), "position": position}
            )[0]
            for position, name in enumerate(names, start=1)
        }
        for model, names in (
            (DocumentType, demo_data.DOCUMENT_TYPES),
            (IssuingBody, demo_data.ISSUING_BODIES),
            (Field, demo_data.FIELDS),
        )
    }
    documents, created = {}, 0
    for data in demo_data.DOCUMENTS:
        issuer = lists[IssuingBody][data["issuer"]]
        document = LegalDocument.objects.filter(
            number_key=number_key(data["number"]),
            issuing_body=issuer,
            issued_date=data["issued"],
        ).first()
        if document is None:
            with transaction.atomic():
                document = _create_document(data, lists, issuer)
            created += 1
        documents[data["key"]] = document
    for data in demo_data.DOCUMENTS:
        document = documents[data["key"]]
        if data.get("replaced_by") and document.replaced_by_id is None:
            document.replaced_by = documents[data["replaced_by"]]
            document.save(update_fields=["replaced_by"])
        document.amends.add(*(documents[key] for key in data.get("amends", [])))
    out.write(f"Văn bản mới: {created} (tổng {LegalDocument.objects.count()}).")
    _seed_procedures(out, documents, lists[Field])
    return documents


def _create_document(data, lists, issuer):
    document = LegalDocument.objects.create(
        number=data["number"],
        doc_type=lists[DocumentType][data["type"]],
        issuing_body=issuer,
        abstract=data["abstract"],
        issued_date=data["issued"],
        effective_date=data.get("effective"),
        expiry_date=data.get("expiry"),
        signer=data.get("signer", ""),
        is_public=data.get("public", True),
    )
    document.fields.add(*(lists[Field][name] for name in data.get("fields", [])))
    title = data.get("file_title") or f"Toàn văn {document}"
    pdf = simple_pdf(
        [
            str(document),
            f"{document.issuing_body.name}, ngay {document.issued_date:%d/%m/%Y}",
            document.abstract,
            "Ban dien tu dung cho du lieu mau cua cong thong tin.",
        ]
    )
    original_name = display_name(f"{title}.pdf")
    attachment = DocumentFile(
        document=document,
        title=title,
        original_name=original_name,
        content_type=FORMATS[".pdf"][0],
        size=len(pdf),
    )
    attachment.file.save(original_name, ContentFile(pdf), save=False)
    attachment.save()
    return document


def _seed_procedures(out, documents, fields):
    created = 0
    for data in demo_data.PROCEDURES:
        slug = slugify_vi(data["name"])
        if AdministrativeProcedure.objects.filter(slug=slug).exists():
            continue
        procedure = AdministrativeProcedure.objects.create(
            name=data["name"],
            slug=slug,
            code=data.get("code", ""),
            field=fields[data["field"]],
            level=data["level"],
            processing_time=data.get("processing_time", ""),
            fee=data.get("fee", "Không"),
            where_to_submit=data.get("where", ""),
            required_papers=_html_list(data.get("papers", []), "ul"),
            steps=_html_list(data.get("steps", []), "ol"),
            online_url=data.get("online_url", ""),
        )
        procedure.legal_basis.add(*(documents[key] for key in data.get("legal_basis", [])))
        created += 1
    total = AdministrativeProcedure.objects.count()
    out.write(f"Thủ tục hành chính mới: {created} (tổng {total}).")


def _html_list(items, tag):
    if not items:
        return ""
    return f"<{tag}>" + "".join(f"<li>{escape(item)}</li>" for item in items) + f"</{tag}>"

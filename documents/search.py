from portal.search import Entry, register

from .models import AdministrativeProcedure, LegalDocument


def build_document(document):
    fields = ", ".join(field.name for field in document.fields.all())
    return Entry(
        title=str(document),
        url=document.get_absolute_url(),
        summary=document.abstract,
        body=f"{document.issuing_body.name}. {document.signer}. {fields}",
        date=document.issued_date,
        is_public=document.is_public,
        number_key=document.number_key,
    )


def build_procedure(procedure):
    return Entry(
        title=procedure.name,
        url=procedure.get_absolute_url(),
        summary=f"{procedure.field.name}. {procedure.get_level_display()}. {procedure.code}",
        body=f"{procedure.required_papers} {procedure.steps} {procedure.where_to_submit}",
        date=procedure.updated_at,
        is_public=procedure.is_public,
    )


def connect():
    register(
        LegalDocument,
        "document",
        build_document,
        m2m=["fields"],
        queryset=lambda: LegalDocument.objects.select_related(
            "doc_type", "issuing_body"
        ).prefetch_related("fields"),
    )
    register(
        AdministrativeProcedure,
        "procedure",
        build_procedure,
        lambda: AdministrativeProcedure.objects.select_related("field"),
    )

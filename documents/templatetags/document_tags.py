"""A row of the register, written in Python: twenty per page, and the template engine spent
more on them than the database did on the whole page."""

from html import escape

from django import template
from django.utils.safestring import mark_safe

register = template.Library()


@register.simple_tag
def document_row(document):
    """<li class="document-item">: type and number linked, abstract, date issued, issuer and
    validity (as documents/includes/validity.html writes it)."""
    issued = document.issued_date
    validity = document.get_validity()
    return mark_safe(  # noqa: S308 - every value is escaped
        '<li class="document-item">\n'
        f'    <p class="document-item__number"><a href="{escape(document.get_absolute_url())}">'
        f"{escape(document.doc_type.name)} số {escape(document.number)}</a></p>\n"
        f'    <p class="document-item__abstract">{escape(document.abstract)}</p>\n'
        '    <p class="document-item__meta">\n'
        f'      <span>Ban hành: <time datetime="{issued:%Y-%m-%d}">'
        f"{issued:%d/%m/%Y}</time></span>\n"
        f"      <span>{escape(document.issuing_body.name)}</span>\n"
        f'      <span class="validity validity--{escape(validity)}">'
        f"{escape(document.validity_label)}</span>\n"
        "    </p>\n"
        "  </li>"
    )

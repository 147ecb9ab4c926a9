"""The one seam for rich text: the model field editors type into and its sanitiser.

Every public HTML field uses `RichTextField`; whatever the editor (or a crafted request)
sends is cleaned with nh3 against an allow-list before it reaches the database.
"""

import nh3
from django_ckeditor_5.fields import CKEditor5Field

ALLOWED_TAGS = {
    "h2", "h3", "h4", "p", "br", "hr", "strong", "b", "em", "i", "u", "s", "sub", "sup",
    "ul", "ol", "li", "a", "blockquote", "table", "caption", "thead", "tbody", "tfoot",
    "tr", "th", "td", "figure", "figcaption", "img", "span",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "width", "height"},
    "th": {"colspan", "rowspan", "scope"},
    "td": {"colspan", "rowspan"},
    "*": {"style"},
}
# CKEditor marks figures with these classes; anything else is dropped.
ALLOWED_CLASSES = {
    "figure": {"image", "table", "image-style-side", "image-style-block-align-left",
               "image-style-block-align-right", "image_resized"},
}  # fmt: skip
ALLOWED_STYLE_PROPERTIES = {"text-align"}
TEXT_ALIGN_VALUES = {"left", "right", "center", "justify"}
URL_SCHEMES = {"http", "https", "mailto", "tel"}


def _filter_attribute(element, attribute, value):
    """After nh3's own checks: text-align only with a keyword (the public CSP allows exactly
    those styles by hash), and images only from this site (the CSP blocks other origins)."""
    if attribute == "style":
        for declaration in value.split(";"):
            name, _, side = declaration.partition(":")
            side = side.strip().lower()
            if name.strip().lower() == "text-align" and side in TEXT_ALIGN_VALUES:
                return f"text-align:{side}"
        return None
    if element == "img" and attribute == "src":
        return value if value.startswith("/") and not value.startswith("//") else None
    return value


def sanitize_html(html):
    """Clean HTML against the allow-list; relative URLs stay, unsafe schemes go."""
    if not html:
        return ""
    cleaned = nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        allowed_classes=ALLOWED_CLASSES,
        filter_style_properties=ALLOWED_STYLE_PROPERTIES,
        url_schemes=URL_SCHEMES,
        attribute_filter=_filter_attribute,
        link_rel="noopener noreferrer",
        strip_comments=True,
    )
    return cleaned.strip()


class RichTextField(CKEditor5Field):
    """A CKEditor 5 field whose value is sanitised every time the row is saved."""

    def pre_save(self, model_instance, add):
        value = sanitize_html(getattr(model_instance, self.attname))
        setattr(model_instance, self.attname, value)
        return value

    def clean(self, value, model_instance):
        return super().clean(sanitize_html(value), model_instance)

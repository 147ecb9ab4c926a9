"""What stored rich text may hold, checked independently of nh3: the allow-list of
portal/richtext.py read back from parsed HTML, plus the markers of script that must never
appear (the browser test checks the same on the DOM Chromium builds)."""

import re
from html.parser import HTMLParser

from django.apps import apps

from portal import richtext
from portal.richtext import RichTextField

FORBIDDEN_TAG = re.compile(
    r"<\s*/?\s*(script|iframe|object|embed|svg|math|style|base|meta|link|form|input|button|"
    r"textarea|template|noscript|xmp|title|frame|frameset|applet|plaintext)\b",
    re.IGNORECASE,
)
SCHEME = re.compile(r"^([a-z][a-z0-9+.\-]*):", re.IGNORECASE)
URL_ATTRIBUTES = {"href", "src"}
# The one style property rich text keeps, with the values CKEditor's alignment writes.
STYLE = re.compile(r"^(?:text-align:(?:left|right|center|justify);?)*$")
# nh3 adds rel to every link (link_rel in portal/richtext.py).
ADDED = {"a": {"rel"}}


def rich_text_fields():
    """(model, field) for every RichTextField of the project, found by introspection; the
    change-history copies (django-simple-history) are never shown to the public."""
    return [
        (model, field)
        for model in apps.get_models()
        if not hasattr(model, "instance_type")  # a simple-history model
        for field in model._meta.get_fields()
        if isinstance(field, RichTextField)
    ]


def field_label(model, field):
    return f"{model._meta.label}.{field.name}"


def url_scheme(value):
    """The scheme a browser reads in a URL attribute: tabs and newlines removed, leading and
    trailing controls and spaces stripped (the URL standard); "" for a relative URL."""
    url = re.sub(r"[\t\n\r]", "", value).strip("".join(map(chr, range(0x21))))
    match = SCHEME.match(url)
    return match.group(1).lower() if match else ""


class _Checker(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems = []

    def handle_starttag(self, tag, attrs):
        if tag not in richtext.ALLOWED_TAGS:
            self.problems.append(f"tag <{tag}>")
            return
        allowed = (
            richtext.ALLOWED_ATTRIBUTES.get(tag, set())
            | richtext.ALLOWED_ATTRIBUTES.get("*", set())
            | ADDED.get(tag, set())
        )
        for name, value in attrs:
            value = value or ""
            if name == "class" and tag in richtext.ALLOWED_CLASSES:
                extra = set(value.split()) - richtext.ALLOWED_CLASSES[tag]
                if extra:
                    self.problems.append(f"class {extra} on <{tag}>")
                continue
            if name not in allowed or name.startswith("on"):
                self.problems.append(f"attribute {name}= on <{tag}>")
                continue
            if name in URL_ATTRIBUTES:
                scheme = url_scheme(value)
                if scheme and scheme not in richtext.URL_SCHEMES:
                    self.problems.append(f"URL scheme {scheme!r} in {name}= on <{tag}>")
            if name == "style" and not STYLE.match(value.replace(" ", "").lower()):
                self.problems.append(f"style {value!r} on <{tag}>")

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_comment(self, data):
        self.problems.append("comment")

    def handle_decl(self, decl):
        self.problems.append(f"declaration {decl!r}")

    def handle_pi(self, data):
        self.problems.append(f"processing instruction {data!r}")

    def unknown_decl(self, data):
        self.problems.append(f"declaration {data!r}")


def allowlist_problems(html):
    """Everything in `html` outside the rich-text allow-list; an empty list when clean."""
    checker = _Checker()
    checker.feed(html)
    checker.close()
    # Markup of a forbidden element anywhere outside an attribute value (text is escaped).
    outside_attributes = re.sub(r'"[^"]*"', '""', html)
    checker.problems += [f"raw {m.group(0)!r}" for m in FORBIDDEN_TAG.finditer(outside_attributes)]
    return checker.problems

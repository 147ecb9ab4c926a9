"""The whole XSS corpus through the sanitiser of every rich-text field, without a browser.

tests/browser/test_xss_corpus.py renders the same payloads on the public pages in Chromium.
"""

import re
from pathlib import Path

import pytest

from portal.richtext import sanitize_html
from tests.security.allowlist import allowlist_problems, field_label, rich_text_fields
from tests.security.xss_corpus import PAYLOADS, XSS_MARKER

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
SAFE_OUTPUT = re.compile(r"\{\{\s*[\w.]*?(\w+)\s*\|\s*safe\s*\}\}")


def _params():
    return [pytest.param(p, id=str(n)) for n, p in enumerate(PAYLOADS)]


def _stored(model, field, payload):
    """What the model's save path writes for `payload` (RichTextField.pre_save sanitises)."""
    instance = model()
    setattr(instance, field.attname, payload)
    return field.pre_save(instance, add=True)


def test_the_corpus_is_large_and_every_script_body_is_observable():
    assert len(PAYLOADS) >= 150
    assert len(set(PAYLOADS)) == len(PAYLOADS)
    with_script = [p for p in PAYLOADS if "alert(" in p]
    assert all(XSS_MARKER in p for p in with_script)


def test_every_html_field_is_found():
    labels = {field_label(model, field) for model, field in rich_text_fields()}
    assert {
        "articles.Article.body",
        "programs.Campaign.description",
        "programs.SupportProgram.description",
        "qa.Question.answer",
        "organization.AboutPage.body",
        "organization.EnglishPage.body",
        "documents.AdministrativeProcedure.steps",
        "documents.AdministrativeProcedure.required_papers",
    } <= labels


def test_templates_mark_safe_only_rich_text_fields():
    """`|safe` in a template is only for a RichTextField (sanitised on save)."""
    rich = {field.name for _model, field in rich_text_fields()}
    uses = [
        (path.relative_to(TEMPLATES), match.group(1))
        for path in TEMPLATES.rglob("*.html")
        for match in SAFE_OUTPUT.finditer(path.read_text(encoding="utf-8"))
    ]
    assert uses, "the pattern no longer finds the templates' |safe"
    assert [(path, name) for path, name in uses if name not in rich] == []


@pytest.mark.parametrize("payload", _params())
def test_every_field_stores_only_the_allow_list(payload):
    for model, field in rich_text_fields():
        stored = _stored(model, field, payload)
        assert allowlist_problems(stored) == [], (field_label(model, field), payload, stored)
        assert "\x00" not in stored  # PostgreSQL refuses NUL in text


@pytest.mark.parametrize("payload", _params())
def test_sanitised_html_is_stable_when_sanitised_again(payload):
    """A second pass changes nothing: what is stored parses back to the same tree (a
    sanitiser whose output mutates on re-parsing is how mutation XSS gets through)."""
    once = sanitize_html(payload)
    assert sanitize_html(once) == once
